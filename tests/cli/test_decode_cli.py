"""jiaokan decode FILE [--json], run as a user runs it."""
import json
import subprocess
import sys

from tests.core.decode_cases import paragraph
from tests.paths import ROOT


def _jiaokan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor", *args], cwd=ROOT, capture_output=True, timeout=120)


def test_gbk_file_to_stdout_as_utf8(tmp_path):
    text = paragraph("000")
    path = tmp_path / "issue.txt"
    path.write_bytes(text.encode("gbk"))
    done = _jiaokan("decode", str(path))
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, text)


def test_json_fields(tmp_path):
    path = tmp_path / "issue.txt"
    path.write_bytes("\U00020000工会\x07".encode("utf-8") + paragraph("001").encode("utf-8"))
    report = json.loads(_jiaokan("decode", "--json", str(path)).stdout)
    assert set(report) == {"path", "encoding", "confidence", "repairs", "warnings", "text"}
    assert (report["path"], report["encoding"]) == (str(path), "utf-8")
    assert report["warnings"] == [{"kind": "control", "position": 3, "char": "\x07"}]


def test_json_reports_repairs(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes("中国工人".encode("gbk").decode("latin-1").encode("utf-8"))
    report = json.loads(_jiaokan("decode", "--json", str(path)).stdout)
    assert report["text"] == "中国工人" and report["repairs"][0].startswith("mojibake: GBK text")


def test_error_names_the_file_and_exits_non_zero(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    done = _jiaokan("decode", str(path))
    assert done.returncode != 0 and done.stdout == b""
    assert done.stderr.decode().strip() == f"jiaokan: {path}: a PNG image, not plain text: " \
                                           "an image has no text to import; run OCR on it first"


def test_missing_file(tmp_path):
    done = _jiaokan("decode", str(tmp_path / "nope.txt"))
    assert done.returncode != 0 and "nope.txt: no such file or folder" in done.stderr.decode()

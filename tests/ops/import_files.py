"""Files to import, written into a test folder from the sample transcriptions."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from tests.paths import sample

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>标题</title></head>
<body>{body}</body></html>"""


def lines(key: str, n: int = 12) -> list[str]:
    """The first ``n`` non-empty lines of a sample."""
    return [ln for ln in sample(key).split("\n") if ln.strip()][:n]


def text(key: str, n: int = 12) -> str:
    return "\n".join(lines(key, n)) + "\n"


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def html_bytes(paragraphs: list[str], charset: str, codec: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(charset=charset, body=body).encode(codec)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def every_kind(folder: Path) -> dict[str, Path]:
    """One file of each supported suffix, in the encodings raw transcriptions come in."""
    return {
        "gbk.txt": write(folder, "gbk.txt", text("000").encode("gbk")),
        "big5.txt": write(folder, "big5.txt", text("003").encode("cp950")),
        "utf16.txt": write(folder, "utf16.txt", text("001").encode("utf-16")),
        "notes.md": write(folder, "notes.md", ("# " + text("002")).encode("utf-8")),
        "page.html": write(folder, "page.html", html_bytes(lines("004", 6), "gb2312", "gbk")),
        "page.htm": write(folder, "page.htm", html_bytes(lines("002", 6), "utf-8", "utf-8")),
        "word.docx": write(folder, "word.docx", docx_bytes(lines("001", 8))),
    }


def broken_docx() -> bytes:
    """A Word package whose document part is not well-formed XML."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(["你好"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            z.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else src.read(item))
    return out.getvalue()

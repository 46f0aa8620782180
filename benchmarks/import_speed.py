"""How fast a folder of 1,000 raw transcriptions imports through ops into a fresh store.

    python benchmarks/import_speed.py [files] [repeats]

The files are the five sample transcriptions in the encodings and formats they come in
(UTF-8, GBK/GB18030, Big5, UTF-16, Markdown, HTML, .docx), each with a numbered line so that
every file has distinct bytes. Each mode imports the whole folder into a new store ``repeats``
times: without cleanup (profile None) and with the default cleanup profile. Prints the median
wall time, files/s and MB/s of the input bytes. No assertions: compare the numbers between changes.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from editor.core.cleanup.profiles import DEFAULT  # noqa: E402
from editor.ops.importing import import_paths  # noqa: E402
from editor.store import Store  # noqa: E402
from tests.ops.import_files import docx_bytes, html_bytes  # noqa: E402
from tests.paths import sample  # noqa: E402

KEYS = ("000", "001", "002", "003", "004")


def _encoded(text: str, codecs: tuple[str, ...]) -> tuple[bytes, str]:
    for codec in codecs:
        try:
            return text.encode(codec), codec
        except UnicodeEncodeError:
            continue
    return text.encode("utf-8"), "utf-8"


def make_file(n: int) -> tuple[str, bytes, str]:
    """File ``n``: (name, bytes, what it is)."""
    key = KEYS[n % len(KEYS)]
    text = f"{sample(key)}\nNo. {n}\n"
    simplified = key != "003"
    style = n // len(KEYS) % 10  # every sample in every style
    if style == 7:
        paragraphs = [ln for ln in text.split("\n") if ln.strip()]
        return f"{n:04d}.html", html_bytes(paragraphs, "utf-8", "utf-8"), "html utf-8"
    if style == 8 and n // len(KEYS) % 20 == 8:
        return f"{n:04d}.docx", docx_bytes([ln for ln in text.split("\n") if ln.strip()]), "docx"
    if style == 9:
        return f"{n:04d}.md", text.encode("utf-8"), "markdown utf-8"
    if style in (1, 4):
        data, codec = _encoded(text, ("gbk", "gb18030") if simplified else ("cp950", "big5hkscs"))
        return f"{n:04d}.txt", data, codec
    if style == 6:
        return f"{n:04d}.txt", text.encode("utf-16"), "utf-16"
    return f"{n:04d}.txt", text.encode("utf-8"), "utf-8"


def write_folder(folder: Path, count: int) -> tuple[int, dict[str, int]]:
    total, kinds = 0, {}
    for n in range(count):
        name, data, what = make_file(n)
        (folder / name).write_bytes(data)
        total += len(data)
        kinds[what] = kinds.get(what, 0) + 1
    return total, kinds


def run(folder: Path, work: Path, profile) -> tuple[float, int]:
    db = work / f"store-{time.monotonic_ns()}.db"
    store = Store.open(db)
    try:
        start = time.perf_counter()
        report = import_paths(store, [folder], profile)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    return elapsed, len(report.by_status("imported"))


def main(count: int = 1000, repeats: int = 3) -> None:
    work = Path(tempfile.mkdtemp(prefix="jiaokan-import-bench-"))
    try:
        folder = work / "in"
        folder.mkdir()
        size, kinds = write_folder(folder, count)
        print(f"{count} files, {size / 1e6:.1f} MB: " + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())))
        print(f"{'mode':22} {'imported':>8} {'median s':>9} {'files/s':>8} {'MB/s':>6}")
        for label, profile in (("no cleanup", None), ("default cleanup", DEFAULT)):
            times, imported = [], 0
            for _ in range(repeats):
                elapsed, imported = run(folder, work, profile)
                times.append(elapsed)
            median = statistics.median(times)
            print(f"{label:22} {imported:8d} {median:9.2f} {count / median:8.1f} {size / median / 1e6:6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))

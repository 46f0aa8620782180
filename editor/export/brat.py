"""brat standoff: a .zip holding one folder, a brat collection, that unzips into brat's data
directory as it is: per document ``NAME.txt`` (the text, UTF-8) and ``NAME.ann`` (one line
per accepted span, ``T1<TAB>PER 0 3<TAB>张三``), plus ``annotation.conf`` declaring the labels
used, so brat shows the collection without further setup. One file per export keeps the
registry's one-stream writer; brat itself needs the .txt/.ann pairs side by side.

Offsets are code points (brat's server reads the .txt as a Python unicode string and indexes
it). A span that runs over a line break becomes a discontinuous annotation, one fragment per
line (``T2<TAB>ORG 0 4;5 9<TAB>江西 工会``: brat joins fragment texts with a space), because
brat's annotation text field is one line. A carriage return in the text is written as a line
feed: one character for one, so offsets hold, and brat's line handling cannot shift them.
"""
from __future__ import annotations

import re
import zipfile
from typing import BinaryIO

from editor.core.model import IssueView, Span
from editor.export.base import ExportOptions
from editor.export.files import file_stem, safe_name
from editor.export.spans import exported_spans


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    folder = file_stem(issue.meta, issue.id)
    labels: set[str] = set()
    names: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for doc in issue.documents:
            name = _unique(safe_name(_without_txt(doc.name)) or f"document-{doc.id}", names)
            spans = exported_spans(doc, options)
            labels.update(brat_type(s.label) for s in spans)
            archive.writestr(f"{folder}/{name}.txt", doc.text.replace("\r", "\n").encode("utf-8"))
            archive.writestr(f"{folder}/{name}.ann", ann(doc.text, spans).encode("utf-8"))
        archive.writestr(f"{folder}/annotation.conf", _conf(labels).encode("utf-8"))


def ann(text: str, spans: list[Span]) -> str:
    lines = []
    for number, span in enumerate(spans, start=1):
        pieces = fragments(text, span)
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        quote = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"T{number}\t{brat_type(span.label)} {offsets}\t{quote}\n")
    return "".join(lines)


def fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """The span cut at line breaks, without empty pieces."""
    pieces, start = [], span.start
    for m in re.finditer(r"[\r\n]", text[span.start:span.end]):
        pieces.append((start, span.start + m.start()))
        start = span.start + m.end()
    pieces.append((start, span.end))
    return [(s, e) for s, e in pieces if s < e]


def brat_type(label: str) -> str:
    """brat type names are single tokens."""
    return re.sub(r"\s+", "_", label.strip())


def _conf(labels: set[str]) -> str:
    return "[entities]\n" + "".join(f"{label}\n" for label in sorted(labels)) + \
        "\n[relations]\n\n[events]\n\n[attributes]\n"


def _without_txt(name: str) -> str:
    return name[:-4] if name.lower().endswith(".txt") else name


def _unique(name: str, taken: set[str]) -> str:
    """Case-insensitively unique, as on Windows and macOS file systems."""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate.casefold())
    return candidate

"""Plain text: for one document exactly core.reading.reading_text (what `jiaokan clean`
writes); for several, their reading texts one after another with a blank line between, leaving
out documents with no text. UTF-8 without BOM, LF line ends. No metadata header: the text is
the articles and nothing else, so it diffs cleanly against the cleaned text."""
from __future__ import annotations

from typing import BinaryIO

from editor.core.model import IssueView
from editor.core.layout.reading import reading_text
from editor.export.base import ExportOptions


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    out.write(issue_text(issue).encode("utf-8"))


def issue_text(issue: IssueView) -> str:
    texts = [reading_text(d.text, d.structure) for d in issue.documents]
    if len(texts) == 1:
        return texts[0]
    return "\n".join(t for t in texts if t.strip()) or "\n"

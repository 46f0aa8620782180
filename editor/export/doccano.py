"""doccano sequence-labelling JSONL: one line per document,
``{"id": 12, "text": "...", "label": [[start, end, "LABEL"], ...]}``, accepted spans only.

Offsets are code points (Python str indices), end exclusive. doccano's importer stores the
numbers as it reads them, and Python tools (spaCy, Hugging Face, this project's
core.jsonl reader) index the text the same way, so the file round-trips exactly. doccano's
browser view counts UTF-16 code units instead (doccano issue #2290): in a text with a character
beyond the BMP, such as 𠀀 (U+20000), its highlights after that character sit one place to the
right per such character. We do not bend the data to that display bug. For texts without such
characters (nearly all Chinese text) the two counts agree.
"""
from __future__ import annotations

import json
from typing import BinaryIO

from editor.core.model import IssueView
from editor.export.base import ExportOptions
from editor.export.spans import exported_spans


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    for doc in issue.documents:
        line = {"id": doc.id, "text": doc.text,
                "label": [[s.start, s.end, s.label] for s in exported_spans(doc, options)]}
        out.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")

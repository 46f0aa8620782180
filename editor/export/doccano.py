"""doccano sequence-labelling JSONL: one line per document,
``{"id": "pd98-dev-00006", "text": "...", "label": [[start, end, "LABEL"], ...]}``, accepted
spans only, end exclusive. ``id`` is the dataset's own id when the document came from one
(an imported JSONL line), else the store's document id.

Offsets are UTF-16 code units by default: doccano's annotation view counts them (JavaScript
string indices, doccano issue #2290), so a span after 𠀀 (U+20000) written in code points
would sit one place to the right there per such character. ``offsets="codepoints"`` writes
Python str indices instead, for datasets read by Python tools (spaCy, Hugging Face). The two
agree on texts inside the BMP (nearly all Chinese text); the report names the documents where
they differ, so the user knows the choice mattered.
"""
from __future__ import annotations

import json
from typing import BinaryIO

from editor.core.model import IssueView
from editor.core.text.units import CODEPOINTS, astral, to_utf16
from editor.export.base import ExportOptions
from editor.export.spans import exported_spans


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> list[str]:
    outside = []
    for doc in issue.documents:
        at = astral(doc.text)
        if at:
            outside.append(doc.name)
        unit = (lambda cp: cp) if options.offsets == CODEPOINTS else to_utf16(doc.text, at)
        line = {"id": doc.dataset_id if doc.dataset_id is not None else doc.id, "text": doc.text,
                "label": [[unit(s.start), unit(s.end), s.label] for s in exported_spans(doc, options)]}
        out.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    if not outside:
        return []
    unit = "code points" if options.offsets == CODEPOINTS else "UTF-16 code units (doccano's view)"
    return [f"{len(outside)} texts with characters outside the BMP (first: {outside[0]}): "
            f"offsets written in {unit}"]

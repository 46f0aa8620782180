"""Label Studio tasks JSON: a list of tasks, one per document, each with the text in
``data.text`` and one annotation whose ``result`` holds the accepted spans as
``{"type": "labels", "from_name": "label", "to_name": "text",
   "value": {"start", "end", "text", "labels": ["LABEL"]}}``.
A document without accepted spans gets an annotation with an empty result (reviewed, nothing
to mark), as doccano's export gives it an empty label list. The suggestions still waiting
(proposed spans, origin ``suggest:<name>``) go to ``predictions``, one per suggester with its
name as ``model_version``, which Label Studio shows as pre-annotations to accept or fix.

The names match Label Studio's Named Entity Recognition template:
``<View><Labels name="label" toName="text"><Label value="PER"/>...</Labels>
<Text name="text" value="$text"/></View>``.

Offsets: Unicode code points, the same numbers as Python str indices, so no conversion. The
brief for this module expected UTF-16 code units (JavaScript string indices); Label Studio's
source says otherwise. Its editor counts text offsets with ``[...text].length``
(web/libs/editor/src/utils/selection-tools.js, findGlobalOffset and charsToCodePoints: "In
python and other modern tools complex unicode symbols handled as code points ... for external
usage js length should be converted to code points count"), and the RichText DomManager splits
text with ``[...text]`` as well; a Text region serialises those global offsets as start/end.
Label Studio versions before that fix (2021-2022, issue #1347) counted UTF-16 units: there, a
span after 𠀀 (U+20000) would show one character to the left.
"""
from __future__ import annotations

import json
from typing import BinaryIO

from editor.core.model import DocumentView, IssueView, Span
from editor.export.base import ExportOptions
from editor.export.spans import exported_spans, wanted


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    tasks = []
    for doc in issue.documents:
        task = {"data": {"text": doc.text, "document_id": doc.id, "name": doc.name},
                "annotations": [{"result": [_region(doc, f"d{doc.id}-s{i}", s, "manual")
                                            for i, s in enumerate(exported_spans(doc, options))]}]}
        predictions = _predictions(doc, options)
        if predictions:
            task["predictions"] = predictions
        tasks.append(task)
    out.write(json.dumps(tasks, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")


def _region(doc: DocumentView, region_id: str, s: Span, origin: str) -> dict:
    return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels", "origin": origin,
            "value": {"start": s.start, "end": s.end, "text": doc.text[s.start:s.end], "labels": [s.label]}}


def _predictions(doc: DocumentView, options: ExportOptions) -> list[dict]:
    by_model: dict[str, list[Span]] = {}
    for s in sorted(doc.suggestions, key=lambda s: (s.start, s.end)):
        if 0 <= s.start < s.end <= len(doc.text) and wanted(s, options):
            by_model.setdefault(s.origin.removeprefix("suggest:"), []).append(s)
    return [{"model_version": model,
             "result": [_region(doc, f"d{doc.id}-p{model}-{i}", s, "prediction") for i, s in enumerate(spans)]}
            for model, spans in by_model.items()]

"""Import annotated JSONL (doccano's shape, read by core.jsonl): one file becomes one issue, each
line one document with its spans accepted.

The texts are already clean: no cleanup runs on them, since a rule's edit would move the
spans the file was annotated on. The source row keeps the file's bytes; each line's text is a
decoding of it (``part`` = the line's record number), so raw stays reproducible.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from editor.core.decoding.jsonl import AnnotatedText, read_annotated_jsonl
from editor.core.model import Decoded, IssueMeta, Span, Status
from editor.core.text.units import UTF16
from editor.store import Store

CONTEXT = 12  # characters kept on each side of a span, to re-anchor it if offsets drift
_NAME_KEYS = ("id", "name", "title")


def is_annotated_jsonl(name: str, data: bytes) -> bool:
    """A .jsonl file, or any file whose first line is a JSON object with a "text" string."""
    if Path(name).suffix.lower() == ".jsonl":
        return True
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):  # also bytes that are not UTF-8, deep nesting
        return False
    return isinstance(obj, dict) and isinstance(obj.get("text"), str)


def import_annotated(store: Store, data: bytes, name: str, path: str | None,
                     offsets: str = UTF16) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Store the file in one transaction; returns (document ids, problems the reader found).
    Raises InputError (naming the file and line) when a line is not an annotated text.
    ``offsets``: "utf16" (doccano's unit, the default) or "codepoints"."""
    records = read_annotated_jsonl(data, path or name, offsets)
    with store.atomic():
        source_id = store.sources.add(data, name, path, "jsonl")
        issue_id = store.issues.add(IssueMeta())
        for label in sorted({s.label for r in records for s in r.spans}):
            store.labels.ensure(label)
        ids = tuple(_add_document(store, source_id, issue_id, part, record, name)
                    for part, record in enumerate(records))
    return ids, tuple(p for r in records for p in r.problems)


def _add_document(store: Store, source_id: int, issue_id: int, part: int, record: AnnotatedText,
                  file_name: str) -> int:
    decoding_id = store.sources.add_decoding(source_id, Decoded(record.text, "utf-8", 1.0), part=part)
    doc_id = store.documents.add(source_id, decoding_id, document_name(record, file_name), issue_id)
    store.spans.add(doc_id, decoding_id, 0, [with_context(s, record.text) for s in record.spans])
    store.documents.set_status(doc_id, Status.ANNOTATED)
    return doc_id


def document_name(record: AnnotatedText, file_name: str) -> str:
    """The line's own id (or its meta's id, name or title), else "<file> #<line>"."""
    for holder in (record.meta, record.meta.get("meta")):
        if isinstance(holder, dict):
            for key in _NAME_KEYS:
                value = holder.get(key)
                if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
                    return str(value).strip()
    return f"{file_name} #{record.line}"


def with_context(span: Span, text: str) -> Span:
    return replace(span, prefix=text[max(0, span.start - CONTEXT):span.start],
                   suffix=text[span.end:span.end + CONTEXT])

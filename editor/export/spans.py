"""The spans a writer exports: accepted, of the chosen labels, checked against their text."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from editor.core.errors import InputError
from editor.core.model import DocumentView, Span, SpanStatus
from editor.export.base import ExportOptions


def exported_spans(doc: DocumentView, options: ExportOptions) -> list[Span]:
    """Accepted spans of the chosen labels, by start (longest first). A span whose offsets do
    not fit the text is an error, not something to skip silently."""
    chosen = [s for s in doc.spans if s.status == SpanStatus.ACCEPTED and wanted(s, options)]
    for span in chosen:
        if not 0 <= span.start < span.end <= len(doc.text):
            raise InputError(f"document {doc.name}",
                             f"{span.label} span {span.start}..{span.end} does not fit the text "
                             f"({len(doc.text)} characters)")
    return sorted(chosen, key=lambda s: (s.start, -s.end, s.label))


def wanted(span: Span, options: ExportOptions) -> bool:
    return options.labels is None or span.label in options.labels


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """For formats that cannot hold overlapping spans (BIO tags, spaCy's doc.ents): the longest
    span wins, then the earliest; the result is in text order."""
    taken: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def not_held(spans: list[Span], kept: list[Span], fmt: str, why: str) -> list[str]:
    """The report's note on spans a format could not hold, by label; none when all were kept."""
    dropped = Counter(s.label for s in spans) - Counter(s.label for s in kept)
    if not dropped:
        return []
    labels = ", ".join(f"{n} {label}" for label, n in sorted(dropped.items()))
    return [f"{sum(dropped.values())} spans not written ({labels}): {fmt} {why}"]

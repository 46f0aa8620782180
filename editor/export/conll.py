"""CoNLL BIO, one character per line, as Chinese NER corpora (People's Daily, MSRA) ship:
``字<TAB>B-PER``, ``字<TAB>O``, and a blank line after each sentence. Accepted spans only.
Each document opens with ``-DOCSTART-<TAB>O`` and a blank line, the CoNLL-2003 document mark
that seqeval and the CoNLL readers of spaCy and Hugging Face pass over or split on.

Sentences end after a run of 。！？ (with the closing quotes and brackets ”’）》」』 that follow
it) and at each line break, but never inside a span. Whitespace characters are not written:
they carry no tag in these corpora and a space or tab would break the column format. So each
non-whitespace character of a document's text is exactly one line, in text order. Overlapping
spans cannot all be BIO-tagged: the longest wins (spans.non_overlapping), and the report
counts the others (a nested 江西省 inside 江西省总工会), so none is lost unseen.
"""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from editor.core.model import IssueView, Span
from editor.export.base import ExportOptions
from editor.export.spans import exported_spans, non_overlapping, not_held

SENTENCE_END = re.compile(r"[。！？]+[”’）》」』]*|\n")


DOCSTART = "-DOCSTART-\tO\n\n"


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> list[str]:
    notes: list[str] = []
    everything: list[Span] = []
    kept_all: list[Span] = []
    for doc in issue.documents:
        chosen = exported_spans(doc, options)
        spans = non_overlapping(chosen)
        everything += chosen
        kept_all += spans
        out.write(DOCSTART.encode("utf-8"))
        for sentence in tagged_sentences(doc.text, spans):
            out.write("".join(f"{ch}\t{tag}\n" for ch, tag in sentence).encode("utf-8") + b"\n")
    notes += not_held(everything, kept_all, "CoNLL BIO", "holds one label per character (nested or overlapping)")
    return notes


def tagged_sentences(text: str, spans: list[Span]) -> Iterator[list[tuple[str, str]]]:
    owner: dict[int, Span] = {i: s for s in spans for i in range(s.start, s.end)}
    inside = {i for s in spans for i in range(s.start + 1, s.end)}  # cutting there splits a span
    cuts = [m.end() for m in SENTENCE_END.finditer(text) if m.end() not in inside]
    begun: set[int] = set()
    for start, end in zip([0, *cuts], [*cuts, len(text)]):
        sentence = []
        for i in range(start, end):
            if text[i].isspace():
                continue
            span = owner.get(i)
            if span is None:
                sentence.append((text[i], "O"))
            else:
                sentence.append((text[i], f"{'I' if id(span) in begun else 'B'}-{span.label}"))
                begun.add(id(span))
        if sentence:
            yield sentence


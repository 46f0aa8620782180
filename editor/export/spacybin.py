"""spaCy DocBin (.spacy), the training format of ``spacy train``; needs the ``spacy`` extra.

One Doc per document, tokenised one token per character (a Chinese character is the unit NER
corpora tag, and every span boundary then falls on a token boundary, which a word segmenter
such as jieba or pkuseg would not guarantee), no token followed by a space, so ``doc.text`` is
the document's text. ``doc.ents`` are the accepted spans (overlaps resolved by
spans.non_overlapping, as doc.ents cannot overlap); every accepted span, nested ones included,
is also in ``doc.spans["jiaokan"]``, and the report counts the spans ``doc.ents`` could not
hold. ``doc.user_data`` keeps the document id and name. Load with ``DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab)``.
"""
from __future__ import annotations

from typing import BinaryIO

from editor.core.model import IssueView
from editor.export.base import ExportOptions
from editor.export.spans import exported_spans, non_overlapping, not_held


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> list[str]:
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    docs = DocBin(store_user_data=True)
    everything, kept_all = [], []
    for view in issue.documents:
        doc = Doc(vocab, words=list(view.text), spaces=[False] * len(view.text))
        chosen = exported_spans(view, options)
        kept = non_overlapping(chosen)
        everything += chosen
        kept_all += kept
        doc.ents = [doc.char_span(s.start, s.end, label=s.label) for s in kept]
        doc.spans["jiaokan"] = [doc.char_span(s.start, s.end, label=s.label) for s in chosen]
        doc.user_data["jiaokan_document_id"] = view.id
        doc.user_data["jiaokan_document_name"] = view.name
        docs.add(doc)
    out.write(docs.to_bytes())
    return not_held(everything, kept_all, "spaCy doc.ents", "cannot overlap; all are in doc.spans[\"jiaokan\"]")

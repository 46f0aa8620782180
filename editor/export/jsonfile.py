"""JSON with everything: metadata, each document's text, structure and spans, so the issue can
be rebuilt exactly (``issue_from_json``).

    {"format": "jiaokan-issue", "version": 1, "id": 7,
     "meta": {"publication", "issue_label", "date", "page", "editors": [[role, name]],
              "furniture": [...]},
     "documents": [{"id", "name", "text",
                    "articles": [{"kicker": {"kind", "start", "end"} | null, "title", "subtitle",
                                  "byline", "body": [block], "figures": [{"caption": block | null,
                                  "credit": block | null, "image": base64 | null,
                                  "image_type"}]}],
                    "spans": [{"start", "end", "label", "quote", "origin", "status", "prefix",
                               "suffix", "id"}]}]}

Offsets are code points into the document's "text" (Python str indices; a JavaScript reader
must convert, e.g. with Array.from(text)). Spans of every status are kept (this is the full
record, not a dataset); the label filter applies.
"""
from __future__ import annotations

import base64
import json
from typing import Any, BinaryIO

from editor.core.model import (Article, Block, DocumentView, Figure, IssueMeta, IssueView, Span,
                               Structure)
from editor.export.base import ExportOptions
from editor.export.spans import wanted

FORMAT_ID = "jiaokan-issue"
VERSION = 1
_HEAD = ("kicker", "title", "subtitle", "byline")
_SPAN_FIELDS = ("start", "end", "label", "quote", "origin", "status", "prefix", "suffix", "id")


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    out.write(json.dumps(issue_to_dict(issue, options), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def issue_to_dict(issue: IssueView, options: ExportOptions = ExportOptions()) -> dict[str, Any]:
    meta = issue.meta
    return {
        "format": FORMAT_ID, "version": VERSION, "id": issue.id,
        "meta": {"publication": meta.publication, "issue_label": meta.issue_label,
                 "date": meta.date, "page": meta.page,
                 "editors": [list(e) for e in meta.editors], "furniture": list(meta.furniture)},
        "documents": [{
            "id": d.id, "name": d.name, "text": d.text,
            "articles": [_article(a) for a in d.structure.articles],
            "spans": [{f: str(getattr(s, f)) if f == "status" else getattr(s, f) for f in _SPAN_FIELDS}
                      for s in d.spans if wanted(s, options)],
        } for d in issue.documents],
    }


def _block(block: Block | None) -> dict | None:
    return None if block is None else {"kind": block.kind, "start": block.start, "end": block.end}


def _article(article: Article) -> dict:
    out = {k: _block(getattr(article, k)) for k in _HEAD}
    out["body"] = [_block(b) for b in article.body]
    out["figures"] = [{"caption": _block(f.caption), "credit": _block(f.credit),
                       "image": base64.b64encode(f.image).decode("ascii") if f.image else None,
                       "image_type": f.image_type} for f in article.figures]
    return out


def issue_from_json(data: bytes) -> IssueView:
    """The IssueView a JSON export was written from."""
    d = json.loads(data)
    m = d["meta"]
    meta = IssueMeta(m["publication"], m["issue_label"], m["date"], m["page"],
                     tuple(tuple(e) for e in m["editors"]), tuple(m["furniture"]))
    docs = tuple(DocumentView(doc["id"], doc["name"], doc["text"],
                              Structure(tuple(_read_article(a) for a in doc["articles"])),
                              tuple(Span(**s) for s in doc["spans"]))
                 for doc in d["documents"])
    return IssueView(d["id"], meta, docs)


def _read_block(b: dict | None) -> Block | None:
    return None if b is None else Block(b["kind"], b["start"], b["end"])


def _read_article(a: dict) -> Article:
    figures = tuple(Figure(_read_block(f["caption"]), _read_block(f["credit"]),
                           base64.b64decode(f["image"]) if f["image"] else None, f["image_type"])
                    for f in a["figures"])
    return Article(*(_read_block(a[k]) for k in _HEAD), body=tuple(_read_block(b) for b in a["body"]),
                   figures=figures)

"""Find and replace across documents: every match listed before anything changes, then the
ticked ones replaced as one undoable operation (kind "replace"), its edits attributed to the
replacement ("replace:<pattern>") in the edit log. A replacement can be kept in a replacement
list, so later cleanups make it as the ``user.replacements`` rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace as with_fields
from typing import Iterable, Sequence

from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.core.errors import ConflictError, InputError
from editor.core.opchanges import OpChanges
from editor.core.progress import NullProgress, Progress, check
from editor.core.text.edits import Edit
from editor.core.text.find import Query, context, find
from editor.ops import texts
from editor.ops.operation import recorded
from editor.store import Store

CORRECTED, RAW = "corrected", "raw"


@dataclass(frozen=True, slots=True)
class Hit:
    document_id: int
    document: str  # its name
    seq: int  # the log length the corrected text was read at (0 for raw)
    start: int  # code points in the text searched
    end: int
    text: str
    replacement: str | None
    before: str  # context
    after: str


@dataclass(frozen=True, slots=True)
class Search:
    query: Query
    source: str  # CORRECTED or RAW
    replacement: str | None
    hits: tuple[Hit, ...]
    documents: int  # searched

    @property
    def touched(self) -> int:
        return len({h.document_id for h in self.hits})


def search(store: Store, document_ids: Sequence[int], query: Query, source: str = CORRECTED,
           replacement: str | None = None, progress: Progress = NullProgress()) -> Search:
    """Every match in the documents' corrected (or raw) texts, in document order. Writes nothing."""
    if source not in (CORRECTED, RAW):
        raise ValueError(f"unknown text {source!r}")
    if replacement is not None and source == RAW:
        raise InputError("replace", "the raw text is never changed: search the corrected text to replace")
    query.compiled()  # an InputError before any document is read
    hits: list[Hit] = []
    for i, doc_id in enumerate(document_ids):
        check(progress)
        name = store.documents.get(doc_id).name
        progress.report(i, len(document_ids), name)
        cur = texts.current(store, doc_id)
        text, seq = (cur.text, cur.seq) if source == CORRECTED else (cur.raw, 0)
        for f in find(text, query, replacement):
            before, _, after = context(text, f.start, f.end)
            hits.append(Hit(doc_id, name, seq, f.start, f.end, f.text, f.replacement, before, after))
    progress.report(len(document_ids), len(document_ids), "")
    return Search(query, source, replacement, tuple(hits), len(document_ids))


def author(query: Query) -> str:
    return f"replace:{query.pattern}"


def replace_hits(store: Store, search_result: Search, hits: Iterable[Hit]) -> OpChanges:
    """Replace the chosen hits of a search in one operation; ConflictError, and nothing
    changed, when a document's text moved on since the search. The value is the count."""
    if search_result.source != CORRECTED or search_result.replacement is None:
        raise InputError("replace", "only a search of the corrected text with a replacement can replace")
    by_doc: dict[int, list[Hit]] = {}
    for h in hits:
        by_doc.setdefault(h.document_id, []).append(h)
    count = sum(len(v) for v in by_doc.values())
    detail = {"pattern": search_result.query.pattern, "replacement": search_result.replacement,
              "count": count, "documents": len(by_doc)}
    with recorded(store, "replace", detail) as op:
        for doc_id, doc_hits in by_doc.items():
            cur = texts.current(store, doc_id)
            if any(h.seq != cur.seq or cur.text[h.start:h.end] != h.text for h in doc_hits):
                raise ConflictError(doc_hits[0].document, "changed since the search: search again")
            # last first, so each edit's offsets are those the search found
            edits = [Edit(h.start, h.end, h.replacement, h.text)
                     for h in sorted(doc_hits, key=lambda h: h.start, reverse=True) if h.replacement != h.text]
            if edits:
                texts.append(store, doc_id, edits, author(search_result.query), op=op)
    return op.changes.with_value(count)


def save_to_list(store: Store, list_name: str, query: Query, replacement: str, note: str = "") -> OpChanges:
    """Add the replacement to the end of a replacement list (made, switched on, when there is
    none of that name); a row already there is not added twice. Value: the list."""
    list_name = list_name.strip()
    if not list_name:
        raise InputError("replacement list", "the name is empty")
    query.compiled()
    if query.whole_words:
        raise InputError(f"pattern {query.pattern!r}", "a replacement list has no whole-words matching: "
                                                        "save it without “whole words”")
    pattern, regex = query.pattern, query.regex
    if not query.case_sensitive:  # lists have no case option: the expression carries it
        pattern, regex = "(?i)" + (pattern if regex else re.escape(pattern)), True
    row = Replacement(pattern, replacement, regex, note)
    with store.atomic():
        existing = {lst.name: lst for lst in store.profiles.replacement_lists()}
        lst = existing.get(list_name, ReplacementList(list_name))
        if all((e.pattern, e.replacement, e.regex) != (row.pattern, row.replacement, row.regex) for e in lst.entries):
            lst = with_fields(lst, entries=lst.entries + (row,))
            store.profiles.save_replacement_list(lst)
    return OpChanges(settings=True, value=lst)

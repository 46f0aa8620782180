"""Full-text search over corrected text, raw text and entity spans, with hits in context.

The index follows the store by itself (triggers mark what changed, see store/search.py); a
search first re-indexes the documents marked since the last one, and ``refresh_index`` does
the same in batches for the worker when the window is idle."""
from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.progress import NullProgress, Progress
from editor.ops.texts import current
from editor.store import Store

CONTEXT = 20  # characters each side of a hit
BATCH = 200
WHERE = ("corrected", "raw", "entities")
_LABEL = re.compile(r"^label:(\S+)\s*(.*)$", re.S)


@dataclass(frozen=True, slots=True)
class Hit:
    document_id: int
    name: str
    where: str  # corrected | raw | entity
    start: int  # code points into that text (the corrected text for an entity)
    end: int
    context: str
    label: str | None = None

    def to_json(self) -> dict:
        out = {"document": self.document_id, "name": self.name, "in": self.where,
               "start": self.start, "end": self.end, "context": self.context}
        if self.label is not None:
            out["label"] = self.label
        return out


def refresh_index(store: Store, progress: Progress = NullProgress(), batch: int = BATCH) -> int:
    """Index every document marked stale, ``batch`` documents per transaction (so a window
    saving meanwhile waits at most one batch). Returns how many were indexed."""
    done, total = 0, store.search.stale_count()
    while not progress.cancelled():
        with store.atomic():
            ids = store.search.stale(batch)
            if not ids:
                break
            rows = []
            for document_id in ids:
                cur = current(store, document_id)
                rows.append((document_id, cur.text, cur.raw))
            store.search.put(rows)
        done += len(ids)
        progress.report(min(done, total), total)
    return done


def _context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    left = start - width if start > width else 0
    right = end + width
    snippet = text[left:right]
    if "\n" in snippet or "\r" in snippet:  # str.replace: translate() is slow on Chinese
        snippet = snippet.replace("\r", " ").replace("\n", " ")
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


def search(store: Store, query: str, where: str = "corrected", issue_id: int | None = None,
           limit: int = 100) -> list[Hit]:
    """Hits of ``query``, best documents first, in text order within a document. ``where``:
    corrected, raw or entities (``label:PER 龚建华``: spans of that label whose text holds
    龚建华; ``label:PER`` alone: all of them). Matching ignores ASCII case, as the index does."""
    if where not in WHERE:
        raise ValueError(f"search in corrected, raw or entities, not {where!r}")
    query = query.strip()
    label = None
    if (m := _LABEL.match(query)) is not None:
        label, query = m.group(1), m.group(2).strip()
        where = "entities"
    if where == "entities":
        return [Hit(e.document_id, e.name, "entity", e.start, e.end, e.quote, e.label)
                for e in store.search.entities(query, label, issue_id, limit)]
    if not query:
        return []
    if store.search.stale_count():
        refresh_index(store)
    pattern = re.compile(re.escape(query), re.IGNORECASE | re.ASCII)
    found = []
    ranked = store.search.ranked(query)
    # The character index may offer documents holding the characters apart: ask for a few more.
    for c in store.search.candidates(query, where, issue_id, limit + limit // 2 if ranked else 10 ** 9):
        spans = [(m.start(), m.end()) for m in pattern.finditer(c.text)]
        if spans:
            found.append((c, spans))
    if not ranked:  # a scan has no bm25: most hits per length first
        found.sort(key=lambda f: (-len(f[1]) / max(len(f[0].text), 1), f[0].document_id))
    found = found[:limit]
    return [Hit(c.document_id, c.name, where, s, e, _context(c.text, s, e)) for c, spans in found for s, e in spans]

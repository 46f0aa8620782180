"""Page furniture in the issue metadata follows the changes that take it out of a document's
text or put it back, so the metadata holds exactly the furniture the text no longer does."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from editor.core.layout.dates import tidy
from editor.core.layout.metadata import furniture_meta
from editor.ops.grouping import completed
from editor.store import Store


def taken_out(store: Store, document_id: int, lines: Iterable[str]) -> None:
    """Furniture lines removed from the text fill what the issue metadata lacks and join its
    furniture lines."""
    lines = tuple(lines)
    issue_id = store.documents.get(document_id).issue_id
    if issue_id is None or not lines:
        return
    have = store.issues.get(issue_id).meta
    found = furniture_meta(lines)
    merged = replace(completed(have, found), furniture=tuple(dict.fromkeys(have.furniture + found.furniture)))
    if merged != have:
        store.issues.update(issue_id, merged)


def put_back(store: Store, document_id: int, line: str) -> None:
    """A furniture line restored to the text leaves the issue's furniture list; the fields read
    from it stay, since the editor may have confirmed them."""
    issue_id = store.documents.get(document_id).issue_id
    if issue_id is None:
        return
    have = store.issues.get(issue_id).meta
    kept = tuple(f for f in have.furniture if f != tidy(line))
    if kept != have.furniture:
        store.issues.update(issue_id, replace(have, furniture=kept))

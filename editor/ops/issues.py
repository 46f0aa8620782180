"""Issues as the editor arranges them: edit the metadata, move a document, merge two issues.

An issue exists for its documents: one left empty by a move or a merge is dropped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from editor.core.layout import dates
from editor.core.errors import ConflictError, InputError
from editor.core.model import IssueMeta
from editor.ops.grouping import completed
from editor.store import Store


@dataclass(frozen=True, slots=True)
class IssueSummary:
    id: int
    meta: IssueMeta
    documents: int


def _clean(meta: IssueMeta, subject: str) -> IssueMeta:
    """Blank fields as None, names stripped; InputError for a date that is not YYYY-MM-DD."""
    def tidy(value: str | None) -> str | None:
        return value.strip() or None if value else None

    date = tidy(meta.date)
    if date is not None:
        try:
            date = dt.date.fromisoformat(date).isoformat()
        except ValueError:
            raise InputError(subject, f"{date!r} is not a date (YYYY-MM-DD)") from None
    editors = tuple((r.strip(), n.strip()) for r, n in meta.editors if n.strip())
    return replace(meta, publication=tidy(meta.publication), issue_label=tidy(meta.issue_label), date=date,
                   page=tidy(meta.page), editors=editors)


def parse_date(text: str, year: int | None = None) -> str | None:
    """A date as an editor types it ("2020-03-15", "2020 年 3 月 15 日", "2020.2.24", or "3月14日"
    in ``year``) as YYYY-MM-DD; None for blank; InputError when it is no date."""
    text = text.strip()
    if not text:
        return None
    found = dates.find_date(text) or (dates.find_month_day(text, year) if year else None)
    if found is None:
        raise InputError(text, "is not a date: type it as 2020-03-15, 2020 年 3 月 15 日 or 2020.3.15")
    return found


def summaries(store: Store) -> list[IssueSummary]:
    """Every issue with documents, in the order of the issue tree."""
    counts: dict[int, int] = {}
    for row in store.documents.tree():
        if row.issue_id is not None:
            counts[row.issue_id] = counts.get(row.issue_id, 0) + 1
    return [IssueSummary(i, store.issues.get(i).meta, n) for i, n in counts.items()]


def update_meta(store: Store, issue_id: int, meta: IssueMeta) -> IssueMeta:
    """Save the editor's metadata; returns it as stored."""
    meta = _clean(meta, f"issue {issue_id}")
    with store.atomic():
        store.issues.get(issue_id)  # KeyError for an issue that is gone
        store.issues.update(issue_id, meta)
    return meta


def move_document(store: Store, document_id: int, issue_id: int) -> None:
    """Put the document at the end of ``issue_id``; its old issue goes if it is left empty."""
    with store.atomic():
        old = store.documents.get(document_id).issue_id
        store.issues.get(issue_id)
        if old == issue_id:
            return
        store.documents.move(document_id, issue_id)
        if old is not None:
            store.issues.drop_if_empty(old)


def move_to_new_issue(store: Store, document_id: int, meta: IssueMeta = IssueMeta()) -> int:
    """A new issue holding only this document; returns its id."""
    meta = _clean(meta, f"document {document_id}")
    with store.atomic():
        issue_id = store.issues.add(meta)
        move_document(store, document_id, issue_id)
    return issue_id


def merge_issues(store: Store, into_id: int, from_id: int) -> None:
    """The documents of ``from_id`` follow those of ``into_id``, which keeps its metadata and
    takes the fields it lacks from the other; ``from_id`` is dropped."""
    if into_id == from_id:
        raise ConflictError(f"issue {into_id}", "cannot be merged with itself")
    with store.atomic():
        into, other = store.issues.get(into_id).meta, store.issues.get(from_id).meta
        store.issues.merge(into_id, from_id)
        if (fuller := completed(into, other)) != into:
            store.issues.update(into_id, fuller)

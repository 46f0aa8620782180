"""Issues as the editor arranges them: edit the metadata, move a document, merge two issues.

An issue exists for its documents: one left empty by a move or a merge is dropped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Sequence

from editor.core.layout import dates
from editor.core.errors import ConflictError, InputError
from editor.core.model import IssueMeta, Status
from editor.core.opchanges import OpChanges
from editor.ops.grouping import completed
from editor.ops.operation import recorded
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


def update_meta(store: Store, issue_id: int, meta: IssueMeta) -> OpChanges:
    """Save the editor's metadata; the value is the metadata as stored."""
    meta = _clean(meta, f"issue {issue_id}")
    with recorded(store, "metadata", {"issue": _name(meta)}) as op:
        store.issues.get(issue_id)  # KeyError for an issue that is gone
        store.issues.update(issue_id, meta)
        op.note(OpChanges(tree=True))
    return op.changes.with_value(meta)


def _name(meta: IssueMeta) -> str:
    return " ".join(p for p in (meta.publication, meta.issue_label, meta.date) if p)


def _move(store: Store, document_id: int, issue_id: int) -> None:
    old = store.documents.get(document_id).issue_id
    store.issues.get(issue_id)
    if old == issue_id:
        return
    store.documents.move(document_id, issue_id)
    if old is not None:
        store.issues.drop_if_empty(old)


def move_documents(store: Store, document_ids: Sequence[int], issue_id: int) -> OpChanges:
    """Put the documents at the end of ``issue_id``, one undo step; an issue left empty goes."""
    names = [store.documents.get(d).name for d in document_ids]
    with recorded(store, "move", {"document": names[0] if len(names) == 1 else "", "count": len(names)}) as op:
        for doc_id in document_ids:
            _move(store, doc_id, issue_id)
        op.note(OpChanges(tree=True))
    return op.changes


def move_document(store: Store, document_id: int, issue_id: int) -> OpChanges:
    return move_documents(store, [document_id], issue_id)


def move_to_new_issue(store: Store, document_id: int, meta: IssueMeta = IssueMeta()) -> OpChanges:
    """A new issue holding only this document; the value is its id."""
    meta = _clean(meta, f"document {document_id}")
    name = store.documents.get(document_id).name
    with recorded(store, "move", {"document": name, "count": 1}) as op:
        issue_id = store.issues.add(meta)
        _move(store, document_id, issue_id)
        op.note(OpChanges(tree=True))
    return op.changes.with_value(issue_id)


def merge_issues(store: Store, into_id: int, from_id: int) -> OpChanges:
    """The documents of ``from_id`` follow those of ``into_id``, which keeps its metadata and
    takes the fields it lacks from the other; ``from_id`` is dropped."""
    if into_id == from_id:
        raise ConflictError(f"issue {into_id}", "cannot be merged with itself")
    into, other = store.issues.get(into_id).meta, store.issues.get(from_id).meta
    with recorded(store, "merge", {"issue": _name(into), "other": _name(other)}) as op:
        store.issues.merge(into_id, from_id)
        if (fuller := completed(into, other)) != into:
            store.issues.update(into_id, fuller)
        op.note(OpChanges(tree=True))
    return op.changes


def set_status(store: Store, document_ids: Sequence[int], status: Status | str) -> OpChanges:
    """The editor's proofreading status for the documents, one undo step."""
    status = Status(status)
    with recorded(store, "status", {"status": status.value, "count": len(document_ids)}) as op:
        for doc_id in document_ids:
            store.documents.set_status(doc_id, status)
        op.note(OpChanges(statuses={d: status.value for d in document_ids}))  # the tree updates in place
    return op.changes

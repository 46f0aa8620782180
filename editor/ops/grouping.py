"""Which issue each imported document joins, judged from the metadata of its header lines.

Documents with the same publication, issue label and date are one issue: found in the store or
created. A document with neither an issue label nor a date joins the unsorted issue of its
folder and publication in this import batch (created on first use), so a folder of undated
files stays together for the editor to sort, and a later import never mixes into it.

A report dated only by month and day ("3月14日") takes its year from the dates of the other
documents of its folder in the batch, else of the whole batch; one imported before any dated
sibling is looked at again when the batch ends and moves to its dated issue.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from editor.core.layout.metadata import suggest_meta
from editor.core.model import IssueMeta
from editor.store import Store


def completed(meta: IssueMeta, more: IssueMeta) -> IssueMeta:
    """``meta`` with the fields it lacks taken from ``more``."""
    return replace(meta, publication=meta.publication or more.publication,
                   issue_label=meta.issue_label or more.issue_label, date=meta.date or more.date,
                   page=meta.page or more.page, editors=meta.editors or more.editors,
                   furniture=meta.furniture or more.furniture)


class IssueGrouping:
    """The grouping state of one import batch."""

    def __init__(self, store: Store):
        self.store = store
        self._years: dict[str | None, Counter[int]] = {}
        self._unsorted: dict[tuple[str | None, str | None], int] = {}
        self._undated: list[tuple[int, str | None]] = []  # (document, folder) a batch year may date

    def year_hint(self, folder: str | None) -> int | None:
        """The most common year of the batch's dates in ``folder``, else in the whole batch."""
        counts = self._years.get(folder)
        if not counts:
            counts = sum(self._years.values(), Counter())
        return counts.most_common(1)[0][0] if counts else None

    def suggest(self, text: str, folder: str | None) -> IssueMeta:
        meta = suggest_meta(text)
        if meta.date is None and (year := self.year_hint(folder)) is not None:
            meta = suggest_meta(text, year)
        return meta

    def issue_for(self, meta: IssueMeta, folder: str | None) -> int:
        """The issue a document with ``meta`` joins; call inside the document's transaction."""
        if meta.issue_label or meta.date:
            found = self.store.issues.find(meta)
            if found is None:
                return self.store.issues.add(meta)
            have = self.store.issues.get(found).meta
            if (fuller := completed(have, meta)) != have:
                self.store.issues.update(found, fuller)
            return found
        key = (folder, meta.publication)
        issue_id = self._unsorted.get(key)
        if issue_id is None or not self._exists(issue_id):
            issue_id = self._unsorted[key] = self.store.issues.add(IssueMeta(publication=meta.publication))
        return issue_id

    def _exists(self, issue_id: int) -> bool:
        """False when the transaction that created it was rolled back, or the issue was merged away."""
        try:
            self.store.issues.get(issue_id)
        except KeyError:
            return False
        return True

    def imported(self, document_id: int, meta: IssueMeta, folder: str | None) -> None:
        """Learn from a committed document: its year, or that it may be dated later."""
        if meta.date:
            self._years.setdefault(folder, Counter())[int(meta.date[:4])] += 1
        else:
            self._undated.append((document_id, folder))

    def finish(self) -> list[int]:
        """Date and regroup the documents the batch's years now date, each in its own
        transaction; returns the documents that moved."""
        moved = []
        for document_id, folder in self._undated:
            year = self.year_hint(folder)
            if year is None:
                continue
            doc = self.store.documents.get(document_id)
            meta = suggest_meta(self.store.sources.decoding(doc.decoding_id).decoded.text, year)
            if meta.date is None:
                continue
            with self.store.atomic():
                issue_id = self.issue_for(meta, folder)
                if issue_id != doc.issue_id:
                    self.store.documents.move(document_id, issue_id)
                    if doc.issue_id is not None:
                        self.store.issues.drop_if_empty(doc.issue_id)
                    moved.append(document_id)
        self._undated.clear()
        return moved

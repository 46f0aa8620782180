"""Deciding on rule proposals after the fact: revert an applied change, accept a proposed one.

Both append an edit to the log (the log never shrinks) at the change's position mapped
through every edit since the change was made. A change whose text was edited since is
stale: it can no longer be applied or reverted automatically.
"""
from __future__ import annotations

from editor.core.text.edits import Edit, map_range
from editor.core.errors import ConflictError
from editor.core.model import ChangeStatus
from editor.ops import texts
from editor.store import Store
from editor.store.changes import ChangeRow


def locate(store: Store, row: ChangeRow, blank_edits_touch: bool = True) -> tuple[int, int, bool]:
    """Where the change's text stands in the current text: (start, end, edited since).

    ``row.seq`` is the last edit that applied or reverted the change; without one, the
    proposal's own span in the text it was made against. With ``blank_edits_touch`` false,
    edits that only replaced white space by white space (blank lines collapsed around a removed
    line) do not count as editing it."""
    if row.seq is not None:
        edit, *edits = store.log.edits(row.document_id, row.decoding_id, since=row.seq)
        start, end = edit.start, edit.start + len(edit.insert)
    else:
        edits = store.log.edits(row.document_id, row.decoding_id, since=row.base_seq)
        start, end = row.change.start, row.change.end
    return map_range(edits, start, end, ignore=None if blank_edits_touch else _blank)


def _blank(edit: Edit) -> bool:
    return not edit.insert.strip() and not (edit.before or "").strip()


def revert(store: Store, change_id: int, by: str = "user") -> Edit:
    with store.atomic():
        row = store.changes.get(change_id)
        doc = store.documents.get(row.document_id)
        if row.status != ChangeStatus.ACCEPTED:
            raise ConflictError(f"change {change_id}", f"is {row.status}, not applied: nothing to revert")
        if row.decoding_id != doc.decoding_id:
            raise ConflictError(f"change {change_id}", "belongs to an earlier decoding of the document")
        # A removed line can be put back where blank lines around it were tidied since.
        start, end, touched = locate(store, row, blank_edits_touch=bool(row.change.after))
        cur = texts.current(store, doc.id)
        if touched or cur.text[start:end] != row.change.after:
            raise ConflictError(f"change {change_id}", "its text was edited since; revert it by hand")
        edit = Edit(start, end, row.change.before, row.change.after)
        result = texts.append(store, doc.id, [edit], by, [change_id])
        store.changes.set_status(change_id, ChangeStatus.REJECTED, result.seq - 1, by)
        if row.change.data and "furniture" in row.change.data:
            from editor.ops import furniture  # its line patterns cost start-up time; few changes need them

            furniture.put_back(store, doc.id, row.change.data["furniture"])
        return edit


def accept(store: Store, change_id: int, by: str = "user") -> Edit:
    with store.atomic():
        row = store.changes.get(change_id)
        doc = store.documents.get(row.document_id)
        if row.status == ChangeStatus.ACCEPTED:
            raise ConflictError(f"change {change_id}", "is already applied")
        if row.decoding_id != doc.decoding_id:
            raise ConflictError(f"change {change_id}", "belongs to an earlier decoding of the document")
        start, end, touched = locate(store, row)
        cur = texts.current(store, doc.id)
        if not touched and cur.text[start:end] == row.change.before:
            edit = Edit(start, end, row.change.after, row.change.before)
            result = texts.append(store, doc.id, [edit], by, [change_id])
            store.changes.set_status(change_id, ChangeStatus.ACCEPTED, result.seq - 1, by)
            if row.change.data and "furniture" in row.change.data:
                from editor.ops import furniture  # see revert

                furniture.taken_out(store, doc.id, [row.change.data["furniture"]])
            return edit
        store.changes.set_status(change_id, ChangeStatus.STALE, row.seq, by)
    raise ConflictError(f"change {change_id}", "the text it would change was edited since (stale)")


def reject(store: Store, change_id: int, by: str = "user") -> None:
    row = store.changes.get(change_id)
    if row.status == ChangeStatus.ACCEPTED:
        raise ConflictError(f"change {change_id}", "is applied: revert it instead")
    store.changes.set_status(change_id, ChangeStatus.REJECTED, row.seq, by)

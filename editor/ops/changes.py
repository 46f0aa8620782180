"""Deciding on rule proposals after the fact: revert an applied change, apply a proposed one,
reject a proposal; one at a time or many at once, each call one undo step.

Applying and reverting append an edit to the log (the log never shrinks) at the change's
position mapped through every edit since the change was made. A change whose text was edited
since is stale: it can no longer be applied or reverted automatically.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from editor.core.errors import ConflictError
from editor.core.model import ChangeStatus
from editor.core.opchanges import OpChanges
from editor.core.text.edits import Edit, apply_simultaneous, map_range
from editor.core.text.marks import locate as locate_marks
from editor.ops import texts
from editor.ops.operation import Recorder, recorded
from editor.store import Store
from editor.store.changes import ChangeRow


def locate(store: Store, row: ChangeRow, blank_edits_touch: bool = True) -> tuple[int, int, bool]:
    """Where the change's text stands in the current text: (start, end, edited since).

    With ``blank_edits_touch`` false, edits that only replaced white space by white space
    (blank lines collapsed around a removed line) do not count as editing it."""
    since = row.seq if row.seq is not None else row.base_seq
    return _locate_in(store.log.edits(row.document_id, row.decoding_id, since=since), row, since,
                      None if blank_edits_touch else _blank)


def _locate_in(log, row: ChangeRow, offset: int, ignore=None) -> tuple[int, int, bool]:
    """``row`` located through ``log`` (which starts at log position ``offset``). ``row.seq`` is
    the last edit that applied or reverted the change; without one, the proposal's own span in
    the text it was made against."""
    if row.seq is not None:
        edit, *edits = log[row.seq - offset:]
        start, end = edit.start, edit.start + len(edit.insert)
    else:
        edits = log[row.base_seq - offset:]
        start, end = row.change.start, row.change.end
    return map_range(edits, start, end, ignore=ignore)


def _blank(edit: Edit) -> bool:
    return not edit.insert.strip() and not (edit.before or "").strip()


def _detail(rows: Sequence[ChangeRow]) -> dict:
    rules = sorted({r.change.rule for r in rows})
    detail: dict = {"count": len(rows), "rules": rules}
    if len(rows) == 1:
        detail.update(before=rows[0].change.before[:24], after=rows[0].change.after[:24])
    return detail


def revert(store: Store, change_id: int, by: str = "user") -> OpChanges:
    return revert_many(store, [change_id], by)


def accept(store: Store, change_id: int, by: str = "user") -> OpChanges:
    return accept_many(store, [change_id], by)


def reject(store: Store, change_id: int, by: str = "user") -> OpChanges:
    return reject_many(store, [change_id], by)


def revert_many(store: Store, change_ids: Iterable[int], by: str = "user") -> OpChanges:
    """Put back the text the applied changes replaced, in one operation. ConflictError names the
    first that cannot be (not applied, edited since); then nothing is written."""
    rows = [store.changes.get(cid) for cid in change_ids]
    with recorded(store, "revert", _detail(rows), by) as op:
        for row in _by_document(rows):
            _revert_one(store, row, by, op)
    return op.changes


def accept_many(store: Store, change_ids: Iterable[int], by: str = "user") -> OpChanges:
    """Apply the proposals in one operation. A proposal whose text was edited since is marked
    stale (a fact found, not a step to undo) and skipped; asked for alone, that is a
    ConflictError. The value is the ids of the stale ones."""
    rows = [store.changes.get(cid) for cid in change_ids]
    for row in rows:
        if row.status == ChangeStatus.ACCEPTED:
            raise ConflictError(f"change {row.id}", "is already applied")
        _check_decoding(store, row)
    with store.atomic():
        located = {}
        for doc_rows in _documents(rows):
            located.update(_located(store.log.edits(doc_rows[0].document_id, doc_rows[0].decoding_id), doc_rows))
        text_of = {d: texts.current(store, d).text for d in {r.document_id for r in rows}}
        stale = [r for r in rows if located[r.id][2] or
                 text_of[r.document_id][located[r.id][0]:located[r.id][1]] != r.change.before]
        for row in stale:
            store.changes.set_status(row.id, ChangeStatus.STALE, row.seq, by)
    noted = OpChanges(changes=frozenset(r.id for r in stale), change_documents=frozenset(r.document_id for r in stale))
    if stale and len(rows) == 1:
        raise ConflictError(f"change {stale[0].id}", "the text it would change was edited since (stale)")
    ready = [r for r in rows if r not in stale]
    if not ready:
        return noted.with_value(tuple(r.id for r in stale))
    skipped: list[int] = []
    with recorded(store, "accept", _detail(ready), by) as op:
        for doc_rows in _documents(ready):
            _accept_in_document(store, doc_rows, by, op, skipped)
    return (noted | op.changes).with_value(tuple(r.id for r in stale) + tuple(skipped))


def reject_many(store: Store, change_ids: Iterable[int], by: str = "user") -> OpChanges:
    """Decline proposals without touching the text (an applied one must be reverted)."""
    rows = [store.changes.get(cid) for cid in change_ids]
    with recorded(store, "reject", _detail(rows), by) as op:
        for row in rows:
            if row.status == ChangeStatus.ACCEPTED:
                raise ConflictError(f"change {row.id}", "is applied: revert it instead")
            store.changes.set_status(row.id, ChangeStatus.REJECTED, row.seq, by)
            op.note(OpChanges(changes=frozenset([row.id]), change_documents=frozenset([row.document_id])))
    return op.changes


def _by_document(rows: Sequence[ChangeRow]) -> list[ChangeRow]:
    return sorted(rows, key=lambda r: (r.document_id, -r.raw_start))


def _documents(rows: Sequence[ChangeRow]) -> list[list[ChangeRow]]:
    out: dict[int, list[ChangeRow]] = {}
    for r in rows:
        out.setdefault(r.document_id, []).append(r)
    return list(out.values())


def _check_decoding(store: Store, row: ChangeRow) -> None:
    if row.decoding_id != store.documents.get(row.document_id).decoding_id:
        raise ConflictError(f"change {row.id}", "belongs to an earlier decoding of the document")


def _revert_one(store: Store, row: ChangeRow, by: str, op: Recorder) -> None:
    row = store.changes.get(row.id)  # an earlier revert of this batch may have decided it
    if row.status != ChangeStatus.ACCEPTED:
        raise ConflictError(f"change {row.id}", f"is {row.status}, not applied: nothing to revert")
    _check_decoding(store, row)
    # A removed line can be put back where blank lines around it were tidied since.
    start, end, touched = locate(store, row, blank_edits_touch=bool(row.change.after))
    cur = texts.current(store, row.document_id)
    if touched or cur.text[start:end] != row.change.after:
        raise ConflictError(f"change {row.id}", "its text was edited since; revert it by hand")
    seq = texts.append(store, row.document_id, [Edit(start, end, row.change.before, row.change.after)], by,
                          [row.id], op=op)
    store.changes.set_status(row.id, ChangeStatus.REJECTED, seq - 1, by)
    op.note(OpChanges(changes=frozenset([row.id]), change_documents=frozenset([row.document_id])))
    if row.change.data and "furniture" in row.change.data:
        from editor.ops import furniture  # its line patterns cost start-up time; few changes need them

        furniture.put_back(store, row.document_id, row.change.data["furniture"])
        op.note(OpChanges(tree=True))


def _accept_in_document(store: Store, rows: list[ChangeRow], by: str, op: Recorder, stale: list[int]) -> None:
    """The document's proposals (checked: not edited since) located in one walk over its log and
    applied as one batch of edits right to left (their positions stay valid), in one append."""
    doc_id = rows[0].document_id
    log = store.log.edits(doc_id, rows[0].decoding_id)
    where = _located(log, rows)
    ready = [(where[r.id][0], where[r.id][1], r) for r in rows]
    ready.sort(key=lambda t: (t[0], t[1]))
    kept: list[tuple[int, int, ChangeRow]] = []
    for item in ready:  # two proposals for one place: the first wins, the other goes stale
        if kept and item[0] < kept[-1][1] or kept and item[0] == kept[-1][0] == item[1] == kept[-1][1]:
            store.changes.set_status(item[2].id, ChangeStatus.STALE, item[2].seq, by)
            stale.append(item[2].id)
            continue
        kept.append(item)
    if not kept:
        return
    edits = [Edit(s, e, r.change.after, r.change.before) for s, e, r in reversed(kept)]
    result = apply_simultaneous(texts.current(store, doc_id).text, edits)  # right to left: one pass
    seq = texts.append(store, doc_id, edits, by, [r.id for _, _, r in reversed(kept)], result=result, op=op)
    first = seq - len(edits)
    furniture_lines = []
    for i, (_, _, row) in enumerate(reversed(kept)):
        store.changes.set_status(row.id, ChangeStatus.ACCEPTED, first + i, by)
        if row.change.data and "furniture" in row.change.data:
            furniture_lines.append(row.change.data["furniture"])
    op.note(OpChanges(changes=frozenset(r.id for _, _, r in kept), change_documents=frozenset([doc_id])))
    if furniture_lines:
        from editor.ops import furniture  # see _revert_one

        furniture.taken_out(store, doc_id, furniture_lines)
        op.note(OpChanges(tree=True))


def _located(log, rows: Sequence[ChangeRow]) -> dict[int, tuple[int, int, bool]]:
    """(start, end, edited since) of each proposal in the current text. One walk over the log
    for many; a single one goes through ``locate``'s exact mapping."""
    if len(rows) == 1:
        return {rows[0].id: _locate_in(log, rows[0], 0)}
    applied = [(r.id, r.seq, "") for r in rows if r.seq is not None]
    pending = [(r.id, r.base_seq, r.change.start, r.change.end, "") for r in rows if r.seq is None]
    return {m.key: (m.start, m.end, False) for m in locate_marks(log, applied, pending)}

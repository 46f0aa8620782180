"""Carry annotation spans through a batch of edits in one pass.

Most spans lie wholly before or after what a save changed: those before stay, those after
shift by the batch's length change, and only the few near the edits are mapped edit by edit.
A span whose text was deleted becomes orphaned, never dropped.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from editor.core.model import SpanStatus
from editor.core.text.edits import Edit, StepMap, map_range, map_through
from editor.core.text.marks import batches

# Past this many edits (a cleanup run) the batch is mapped through StepMaps, not edit by edit.
_EXACT_MAX = 64


class Placed(NamedTuple):
    id: int
    start: int
    end: int
    status: str


class Carried(NamedTuple):
    id: int
    start: int
    end: int
    status: str
    touched: bool  # an edit changed text inside it: its extent is not a plain shift of before


def _reach(edits: Sequence[Edit]) -> tuple[int, int, int]:
    """(lo, hi, delta): positions of the text before the batch below ``lo`` do not move, those
    above ``hi`` move by ``delta``."""
    lo = min(e.start for e in edits)
    hi, delta = -1, 0
    for j, e in enumerate(edits):
        pos = e.end  # this edit's reach, taken back to the coordinates before the batch
        for prev in reversed(edits[:j]):
            pos = _back(prev, pos)
        hi = max(hi, pos)
        delta += e.delta
    return lo, hi, delta


def _back(edit: Edit, pos: int) -> int:
    if pos <= edit.start:
        return pos
    if pos >= edit.start + len(edit.insert):
        return pos - edit.delta
    return edit.end


def carry_reach(edits: Sequence[Edit]) -> tuple[int, int, int] | None:
    """(lo, hi, delta) of a batch of a few edits: a span ending before ``lo`` does not move, one
    starting after ``hi`` moves by ``delta``; only the others need mapping. None for a long batch
    (a cleanup run), which maps every span."""
    return _reach(edits) if edits and len(edits) <= _EXACT_MAX else None


def carry(spans: Sequence[Placed], edits: Sequence[Edit]) -> list[Carried]:
    """The spans that the edits (applied one after another) move or change, in their new place;
    spans after everything a short batch reaches are left to the caller's shift."""
    if not edits or not spans:
        return []
    if len(edits) > _EXACT_MAX:
        return _carry_batched(spans, edits)
    lo, hi, delta = _reach(edits)
    out = []
    for s in spans:
        if s.end < lo:
            continue
        if s.start > hi:
            continue  # shifted by ``delta`` with all the others after the edits
        start, end, touched = map_range(edits, s.start, s.end)
        status = _status(s, start, end)
        if (start, end, status) != (s.start, s.end, s.status) or touched:
            out.append(Carried(s.id, start, end, status, touched or status != s.status))
    return out


def _status(span: Placed, start: int, end: int) -> str:
    if end <= start and span.end > span.start and span.status != SpanStatus.ORPHANED:
        return SpanStatus.ORPHANED  # its text was deleted: kept for review
    return span.status


def _carry_batched(spans: Sequence[Placed], edits: Sequence[Edit]) -> list[Carried]:
    maps = [StepMap(edits[i:j]) if j - i > 1 else edits[i] for i, j in batches(edits)]
    out = []
    for s in spans:
        start, end, touched = s.start, s.end, False
        for m in maps:
            if isinstance(m, StepMap):
                ns, ne = m.map(start, 1), m.map(end, -1)
                touched = touched or (ne - ns) != (end - start)
                start, end = ns, max(ns, ne)
            else:
                touched = touched or map_range((m,), start, end)[2]
                start, end = map_through(m, start, 1)[0], max(map_through(m, start, 1)[0],
                                                                map_through(m, end, -1)[0])
        status = _status(s, start, end)
        if (start, end, status) != (s.start, s.end, s.status):
            out.append(Carried(s.id, start, end, status, touched or status != s.status))
    return out

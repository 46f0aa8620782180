"""Layout hints: roles that rules record on lines ("title" where a "# " mark was removed,
"caption" where a photo caption stood), keyed by the offset of the line's start, and carried
from the text a rule saw to every later text.

A change whose ``data`` has a "role" marks the line on which the change ends (for a removed
"## " that is the heading's own line; for a removed line, the line after it; for a moved
caption, the caption's line). A hint is dropped when its whole line is deleted or when the
line is joined onto the line before it.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from editor.core.text.edits import Edit, StepMap, apply_simultaneous
from editor.core.model import Change, ChangeStatus

if TYPE_CHECKING:  # clean.py imports this module
    from editor.core.cleanup.pipeline import CleanRun

# Stronger roles win when two land on one line ("## **标题**" is a heading, not just bold).
PRIORITY = ("title", "heading", "caption", "list", "bold", "rule")


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_RANK = {role: rank for rank, role in enumerate(PRIORITY)}


def _put(hints: dict[int, str], pos: int, role: str) -> None:
    old = hints.get(pos)
    if old is None or _RANK.get(role, len(PRIORITY)) < _RANK.get(old, len(PRIORITY)):
        hints[pos] = role


def _landing(after: str, candidates: Iterable[int]) -> int | None:
    """The first candidate that sits at the start of a line's content (leading spaces allowed)."""
    for pos in candidates:
        start = line_start(after, pos)
        if not after[start:pos].strip():
            return start
    return None


def _erased(ordered: Sequence[Edit], starts: Sequence[int], start: int, end: int) -> bool:
    """Did the batch delete every character of [start, end) without putting text in its place?"""
    if end <= start:
        return False
    covered, i = 0, max(0, bisect_right(starts, start) - 1)
    while i < len(ordered) and ordered[i].start < end:
        e = ordered[i]
        lo, hi = max(e.start, start), min(e.end, end)
        if hi > lo:
            if e.insert.strip():
                return False
            covered += hi - lo
        i += 1
    return covered == end - start


def advance(hints: Mapping[int, str], before: str, batch: Sequence[Edit], after: str,
            changes: Iterable[Change] = (), step_map: StepMap | None = None) -> dict[int, str]:
    """Carry ``hints`` of ``before`` through one batch of simultaneous edits to ``after`` and add
    the roles of ``changes`` (the batch's accepted changes, in ``before`` coordinates).
    ``step_map``: the batch's StepMap, when the caller has built it already."""
    roles = [(c.end, c.data["role"]) for c in changes if c.data and c.data.get("role")]
    if not hints and not roles:
        return {}
    m = step_map or StepMap(batch)
    out: dict[int, str] = {}
    if hints:
        _carry(hints, before, batch, after, m, out)
    for end, role in roles:
        _put(out, line_start(after, m.map(end, 1)), role)
    return out


def _carry(hints: Mapping[int, str], before: str, batch: Sequence[Edit], after: str, m: StepMap,
           out: dict[int, str]) -> None:
    ordered: list[Edit] | None = None
    for pos, role in hints.items():
        end = before.find("\n", pos)
        end = len(before) if end < 0 else end
        # Most lines are left alone by a batch: when no edit comes near the line nor the line
        # break before it, the line only moves by the edits before it.
        if pos == 0 or before[pos - 1] == "\n":
            shift = m.shift_between(pos - 1, end)
            if shift is not None:
                _put(out, pos + shift, role)
                continue
        if ordered is None:
            ordered = sorted(batch, key=lambda e: e.start)
            starts = [e.start for e in ordered]
        if _erased(ordered, starts, pos, end):
            continue
        # Past text inserted at the line start first (a line inserted above), else before it
        # (a quote mark restored at the start); works with either edge convention of StepMap.
        landed = _landing(after, (m.map(pos, 1), m.map(pos, -1)))
        if landed is not None:
            _put(out, landed, role)


def hints_from_run(run: CleanRun) -> dict[int, str]:
    """Line hints for ``run.text`` from the roles in the accepted changes of a cleanup run.

    The run's log holds one batch per rule (proposals with the same ``base_seq``); each batch
    is replayed over the text it applied to, carrying the earlier hints forward.
    """
    accepted = [p for p in run.proposals if p.status == ChangeStatus.ACCEPTED and p.seq is not None]
    by_base: dict[int, list[Change]] = {}
    for p in accepted:
        by_base.setdefault(p.base_seq, []).append(p.change)
    text, hints = run.raw, {}
    for base in sorted(by_base):
        changes = by_base[base]
        batch = run.edits[base:base + len(changes)]
        after = apply_simultaneous(text, batch)
        hints = advance(hints, text, batch, after, changes)
        text = after
    return hints

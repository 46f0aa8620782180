"""Where the changes of an edit log stand in the current text, for marking them on screen.

A cleanup run logs each rule's changes right to left, so a run of consecutive edits that each
lie entirely left of the one before is a batch of simultaneous replacements: one StepMap maps
a position through the whole batch in O(log n). Typing produces single edits. Walking the log
once, batch by batch, carries every mark to the current text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from editor.core.text.edits import Edit, StepMap, map_through


@dataclass(frozen=True, slots=True)
class Mark:
    key: int  # the caller's id, e.g. a change id
    start: int
    end: int
    kind: str  # e.g. "applied", "proposed"


def batches(log: Sequence[Edit]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of the log that apply as one simultaneous batch."""
    out, i = [], 0
    while i < len(log):
        j = i + 1
        while j < len(log):
            prev, e = log[j - 1], log[j]
            if e.end > prev.start or (e.start == e.end == prev.start):
                break
            j += 1
        out.append((i, j))
        i = j
    return out


def _carry(mark: tuple[int, int], maps: Iterable) -> tuple[int, int]:
    start, end = mark
    for m in maps:
        if isinstance(m, StepMap):
            start, end = m.map(start, 1), m.map(end, -1)
        else:
            start, end = map_through(m, start, 1)[0], map_through(m, end, -1)[0]
        end = max(start, end)
    return start, end


def locate(log: Sequence[Edit], applied: Sequence[tuple[int, int, str]],
           pending: Sequence[tuple[int, int, int, int, str]] = ()) -> list[Mark]:
    """Marks in the text after the whole log.

    ``applied``: (key, seq, kind) for the text inserted by log[seq].
    ``pending``: (key, base_seq, start, end, kind) for a span of the text after base_seq edits.
    """
    spans = batches(log)
    maps: list = [StepMap(log[i:j]) if j - i > 1 else log[i] for i, j in spans]
    batch_of = {}
    for b, (i, j) in enumerate(spans):
        for s in range(i, j):
            batch_of[s] = b
    starts = {i: b for b, (i, _) in enumerate(spans)}
    starts[len(log)] = len(spans)
    out = []
    for key, seq, kind in applied:
        b = batch_of[seq]
        e = log[seq]
        m = maps[b]
        first = (m.map(e.start, -1), m.map(e.end, 1)) if isinstance(m, StepMap) else (e.start, e.start + len(e.insert))
        out.append(Mark(key, *_carry(first, maps[b + 1:]), kind))
    for key, base, start, end, kind in pending:
        b = starts.get(base)
        if b is None:  # not on a batch boundary: walk that stretch edit by edit
            b = batch_of[base]
            start, end = _carry((start, end), log[base:spans[b][1]])
            b += 1
        out.append(Mark(key, *_carry((start, end), maps[b:]), kind))
    return sorted(out, key=lambda m: (m.start, m.end))

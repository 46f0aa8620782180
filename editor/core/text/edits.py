"""Replace steps over text, their inverses and position maps (ProseMirror's StepMap idea).

An edit log is a sequence of ``Edit`` values, each in the coordinates of the text that the
edits before it produced. Folding the log over the raw text gives the corrected text;
mapping a position through the log's step maps carries an offset (an annotation, a
proposed change) from an older text to the current one.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice
from operator import attrgetter, le
from typing import Callable, Iterable, NamedTuple, Sequence


class _EditFields(NamedTuple):
    start: int
    end: int
    insert: str
    before: str | None = None


class Edit(_EditFields):
    """Replace ``text[start:end]`` by ``insert``. ``before`` is the replaced text when known.

    A named tuple: a cleanup run makes an edit for every line it changes, and code that has
    its ranges checked already makes them with ``Edit.trusted`` (tuple.__new__, no checks)."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, insert: str, before: str | None = None):
        if not 0 <= start <= end:
            raise ValueError(f"bad edit range {start}..{end}")
        return tuple.__new__(cls, (start, end, insert, before))

    @classmethod
    def trusted(cls, start: int, end: int, insert: str, before: str | None) -> "Edit":
        return tuple.__new__(cls, (start, end, insert, before))

    def apply(self, text: str) -> str:
        if self.end > len(text):
            raise ValueError(f"edit {self.start}..{self.end} beyond text of length {len(text)}")
        if self.before is not None and text[self.start:self.end] != self.before:
            raise ValueError(
                f"edit {self.start}..{self.end} expected {self.before!r}, found {text[self.start:self.end]!r}"
            )
        return text[: self.start] + self.insert + text[self.end:]

    def inverse(self, text: str) -> "Edit":
        """The edit that undoes this one, given the text this one applies to."""
        return Edit(self.start, self.start + len(self.insert), text[self.start:self.end], self.insert)

    @property
    def delta(self) -> int:
        return len(self.insert) - (self.end - self.start)

    def map(self, pos: int, assoc: int = 1) -> int:
        return map_through(self, pos, assoc)[0]


def map_through(edit: Edit, pos: int, assoc: int = 1) -> tuple[int, bool]:
    """Map ``pos`` through one edit. Returns (new position, deleted).

    As in ProseMirror: the edges of a replaced range stay on their side (its start before the
    inserted text, its end after it); ``assoc`` decides only at a pure insertion point (< 0
    stays left, > 0 moves past the inserted text) and strictly inside a replaced range,
    where ``deleted`` is true.
    """
    start, end = edit.start, edit.end
    if pos < start:
        return pos, False
    if pos > end:
        return pos + edit.delta, False
    if start != end and pos == start:
        return start, False
    if start != end and pos == end:
        return start + len(edit.insert), False
    return (start if assoc < 0 else start + len(edit.insert)), start < pos < end


def map_pos(edits: Iterable[Edit], pos: int, assoc: int = 1) -> tuple[int, bool]:
    deleted = False
    for e in edits:
        pos, d = map_through(e, pos, assoc)
        deleted = deleted or d
    return pos, deleted


def touches(edit: Edit, start: int, end: int) -> bool:
    """Does the edit change text strictly inside [start, end)?"""
    if edit.start == edit.end:
        return start < edit.start < end
    return edit.start < end and edit.end > start


def map_range(edits: Iterable[Edit], start: int, end: int,
              ignore: Callable[[Edit], bool] | None = None) -> tuple[int, int, bool]:
    """Map a span: start sticks right (assoc +1), end sticks left (assoc -1), so text typed at
    either edge stays outside. Returns (start, end, touched): touched is true when an edit
    replaced or inserted text inside the span, other than the edits ``ignore`` accepts."""
    touched = False
    for e in edits:
        touched = touched or touches(e, start, end) and not (ignore and ignore(e))
        start, _ = map_through(e, start, 1)
        end, _ = map_through(e, end, -1)
        end = max(start, end)
    return start, end, touched


def fold(text: str, edits: Iterable[Edit]) -> str:
    for e in edits:
        text = e.apply(text)
    return text


def sequential(text: str, simultaneous: Iterable[Edit]) -> list[Edit]:
    """Turn non-overlapping edits that all refer to ``text`` into a log that applies in order.

    Applying right to left keeps every edit's coordinates valid; ``before`` is filled in.
    Raises ValueError when two edits overlap.
    """
    ordered = sorted(simultaneous, key=lambda e: (e.start, e.end))
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end or (a.start == b.start and a.end == b.end == a.start):
            raise ValueError(f"overlapping edits at {a.start}..{a.end} and {b.start}..{b.end}")
    return [Edit(e.start, e.end, e.insert, text[e.start:e.end]) for e in reversed(ordered)]


class StepMap:
    """The position map of many non-overlapping replacements applied at once to one text.

    Mapping costs O(log n) per position, so a rule with thousands of proposals does not
    make mapping quadratic. ``ranges`` are (start, end, inserted length) in old coordinates.
    """

    __slots__ = ("_old", "_new", "_ranges")

    def __init__(self, edits: Iterable[Edit]):
        self._set(sorted((e.start, e.end, len(e.insert)) for e in edits))

    @classmethod
    def of_ranges(cls, ranges: list[tuple[int, int, int]]) -> "StepMap":
        """The map of (start, end, inserted length) ranges, already sorted and not overlapping."""
        m = cls.__new__(cls)
        m._set(ranges)
        return m

    def _set(self, ranges: list[tuple[int, int, int]]) -> None:
        self._ranges = ranges
        self._old = [start for start, _, _ in ranges]
        self._new = new = []
        shift = 0
        for start, end, size in ranges:
            new.append(start + shift)
            shift += size - (end - start)

    def map(self, pos: int, assoc: int = 1) -> int:
        """Old coordinates to new."""
        i = bisect_right(self._old, pos) - 1
        if i < 0:
            return pos
        start, end, size = self._ranges[i]
        new_start = self._new[i]
        if pos > end:
            return new_start + size + (pos - end)
        if start != end and pos == start:
            return new_start
        if start != end and pos == end:
            return new_start + size
        return new_start if assoc < 0 else new_start + size

    def shift_between(self, lo: int, hi: int) -> int | None:
        """How far every position of [lo, hi] moves, when no replacement starts or ends in it
        nor spans it; else None."""
        i = bisect_left(self._old, lo)
        if i < len(self._old) and self._old[i] <= hi:
            return None
        if not i:
            return 0
        _, end, size = self._ranges[i - 1]
        return None if end >= lo else self._new[i - 1] + size - end

    def invert(self, pos: int, assoc: int = -1) -> int:
        """New coordinates back to old."""
        return self._invert_each((pos,), assoc, assoc)[0]

    def invert_all(self, positions: Sequence[int], assoc: int = -1) -> list[int]:
        """``invert`` of many positions at once. Sorted positions (a rule's proposals are) are
        taken a gap at a time: all those between two replacements shift together, so the cost
        follows the gaps that hold positions, not the positions nor the replacements."""
        return self._invert(positions, assoc, assoc)

    def invert_bounds(self, bounds: Sequence[int]) -> list[int]:
        """``invert_all`` of spans given as [start, end, start, end, ...]: starts with assoc 1,
        ends with assoc -1, all in one pass (a span's start and end mostly share a gap)."""
        return self._invert(bounds, 1, -1)

    def _invert(self, positions: Sequence[int], even: int, odd: int) -> list[int]:
        """``invert`` of each position, with assoc ``even`` at even indices, ``odd`` at odd ones."""
        if not all(map(le, positions, islice(positions, 1, None))):
            return self._invert_each(positions, even, odd)
        new, ranges, out = self._new, self._ranges, []
        j, n, last = 0, len(positions), len(ranges) - 1
        while j < n:
            pos = positions[j]
            i = bisect_right(new, pos) - 1
            if i < 0:  # before the first replacement: unchanged
                k = bisect_left(positions, new[0], j) if ranges else n
                out.extend(positions[j:k])
                j = k
                continue
            start, end, size = ranges[i]
            new_start = new[i]
            hi = new_start + size
            if pos > hi:  # in the gap after replacement i, with every position up to the next one
                k = bisect_left(positions, new[i + 1], j) if i < last else n
                shift = end - hi
                if k == j + 1:  # a gap holding one position or one span, the common cases:
                    out.append(pos + shift)  # no list to make
                elif k == j + 2:
                    out.append(pos + shift)
                    out.append(positions[j + 1] + shift)
                else:
                    out.extend([p + shift for p in positions[j:k]] if shift else positions[j:k])
                j = k
                continue
            if size and pos == new_start:
                out.append(start)
            elif size and pos == hi:
                out.append(end)
            else:
                out.append(start if (odd if j & 1 else even) < 0 else end)
            j += 1
        return out

    def _invert_each(self, positions: Sequence[int], even: int, odd: int) -> list[int]:
        """``_invert`` position by position, the loop inlined."""
        new, ranges, out = self._new, self._ranges, []
        for j, pos in enumerate(positions):
            i = bisect_right(new, pos) - 1
            if i < 0:
                out.append(pos)
                continue
            start, end, size = ranges[i]
            new_start = new[i]
            if pos > new_start + size:
                out.append(end + (pos - new_start - size))
            elif size and pos == new_start:
                out.append(start)
            elif size and pos == new_start + size:
                out.append(end)
            else:
                out.append(start if (odd if j & 1 else even) < 0 else end)
        return out


_span = attrgetter("start", "end")


def apply_simultaneous(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits that all refer to ``text`` in one pass (linear time)."""
    out, last = [], 0
    for e in sorted(edits, key=_span):
        out.append(text[last:e.start])
        out.append(e.insert)
        last = e.end
    out.append(text[last:])
    return "".join(out)

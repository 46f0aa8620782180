"""Where a place of the raw text stands in the corrected text, and back, through the edit log:
the exact mapping the side-by-side panes scroll by (never a percentage of the length).

A cleanup run logs each rule's changes as one batch of simultaneous replacements, so the
log maps through one StepMap per batch; typing adds one map per edit.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from editor.core.text.edits import Edit, StepMap
from editor.core.text.marks import batches


class Alignment:
    def __init__(self, log: Sequence[Edit] = ()):
        self._maps = [StepMap(log[i:j]) for i, j in batches(log)]

    def extend(self, edits: Iterable[Edit]) -> None:
        """Edits appended to the log (typing, an undo): they map one by one."""
        self._maps += [StepMap((e,)) for e in edits]

    def to_corrected(self, raw_pos: int) -> int:
        pos = raw_pos
        for m in self._maps:
            pos = m.map(pos, 1)  # a character, not a gap: text inserted at its place goes before it
        return pos

    def to_raw(self, corrected_pos: int) -> int:
        pos = corrected_pos
        for m in reversed(self._maps):
            pos = m.invert(pos, 1)
        return pos

"""Hard-wrapped column text: a run of short lines of about the same width, broken wherever
the printed column ended ("为减轻新冠肺炎疫情对小微企业生产和\\n员工生活的影响，…"), unwrapped
into whole paragraphs.

Within a block of lines (no blank line between them) the column width is the typical line
width; a sentence ending on a line clearly shorter than the column ends a paragraph, a full
line runs on. Width is printed width, unless the block reads as wrapped at a number of
characters (a fixed-line-length export), where lines with digits only look short. Lines that
are never wrapped text (marked headings "◆ 1月24日", bylines,
credits, lines the markup hinted as titles) split the block and stay on their own.
"""
from __future__ import annotations

from collections.abc import Sequence

from editor.core.layout.lines import CLAUSE_PUNCT, Line, ends_sentence, own_block_shape, split_lines, width
from editor.core.cleanup.joins import join_changes
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.layout.segment import is_laid_out

# Columns wider than this are not hard-wrapped newspaper columns (web text wraps at 80 ASCII).
COLUMN_MAX = 45.0
# A line within this many columns of the column width is full; a first line may be indented.
TOLERANCE = 2.5
INDENT = 4.5
STOP_ROLES = ("title", "heading", "caption", "list")
LAID_OUT_PARAGRAPH = 4
_new = tuple.__new__


def _column(widths: list[float]) -> tuple[float, list[bool]]:
    """The column width (most lines are full, the last of each paragraph is short) and which
    lines fill it."""
    column = sorted(widths)[(3 * len(widths)) // 4]
    return column, [w >= column - TOLERANCE for w in widths]


def _measure(run: Sequence[Line], ends: Sequence[bool]) -> tuple[list[float], float, list[bool]]:
    """Line widths, the column width and the full lines of a run. A printed column wraps at a
    width (digits and Latin letters half as wide as ideographs); a text exported with a fixed
    line length wraps at a number of characters, where a line with digits looks narrower than
    the rest. In a column only the last line of a paragraph is short, and it ends a sentence:
    the measure that leaves fewer short lines inside a sentence is the one the text wrapped at."""
    stripped = [ln.text.strip() for ln in run]
    widths = list(map(width, stripped))
    column, full = _column(widths)
    cut_short = _short_mid_sentence(full, ends)
    if not cut_short:
        return widths, column, full
    lengths = [float(len(s)) for s in stripped]
    by_length, full_by_length = _column(lengths)
    if _short_mid_sentence(full_by_length, ends) < cut_short:
        return lengths, by_length, full_by_length
    return widths, column, full


def _short_mid_sentence(full: Sequence[bool], ends: Sequence[bool]) -> int:
    return sum(1 for f, e in zip(full[:-1], ends[:-1]) if not f and not e)


class UnwrapRule:
    id = "paragraphs.unwrap"
    title = "Hard-wrapped columns"
    description = "Unwraps runs of short column lines into whole paragraphs."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        out: list[Change] = []
        # Text laid out one block per line may hold short paragraphs of about one width by
        # chance: there only longer runs count as a column.
        shortest = LAID_OUT_PARAGRAPH if is_laid_out(text, ctx.hints) else 2
        hints = ctx.hints
        for block in self._blocks(text):
            run: list[Line] = []
            for ln in block:
                if hints and hints.get(ln.start) in STOP_ROLES or own_block_shape(ln.text):
                    out.extend(self._run(text, run, shortest))
                    run = []
                else:
                    run.append(ln)
            out.extend(self._run(text, run, shortest))
        return out

    @staticmethod
    def _blocks(text: str):
        """Runs of three non-blank lines or more: the only places a column can be wrapped."""
        block: list[Line] = []
        for ln in split_lines(text):
            if ln.text.strip():
                block.append(ln)
                continue
            if len(block) >= 3:
                yield block
            block = []
        if len(block) >= 3:
            yield block

    def _run(self, text: str, run: Sequence[Line], shortest: int) -> list[Change]:
        if len(run) < 3:
            return []
        ends = [ends_sentence(ln.text) for ln in run]
        widths, column, full = _measure(run, ends)
        if column > COLUMN_MAX:
            return []
        if sum(full) < 2 or max(widths) > column + TOLERANCE:
            return []
        # A column cuts sentences anywhere; lines that mostly end sentences are whole blocks.
        if 3 * sum(ends[:-1]) > len(run) - 1:
            return []
        out, start = [], 0
        for i in range(1, len(run) + 1):
            if i == len(run) or not full[i - 1] and ends[i - 1]:
                out.extend(self._paragraph(text, run[start:i], widths[start:i], column, shortest, ends[i - 1]))
                start = i
        return out

    def _paragraph(self, text: str, lines: Sequence[Line], widths: Sequence[float], column: float, shortest: int,
                   ends: bool) -> list[Change]:
        if len(lines) < shortest or widths[0] < column - INDENT:
            return []
        if any(w < column - TOLERANCE for w in widths[1:-1]):
            return []  # a short line inside: not the run of one column
        if not ends and not any(p in ln.text for ln in lines for p in CLAUSE_PUNCT):
            return []  # a stack of display lines (kicker, title, subtitle), not prose
        confidence = 0.9 if len(lines) > 2 else 0.8
        return join_changes(self.id, text, lines, "line wrapped at the column edge", confidence)


RULE = UnwrapRule()

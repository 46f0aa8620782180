"""A photo caption printed inside a column, transcribed in the middle of the sentence it
interrupts ("…为巩固群众性创新基础,给\\n\\n\\n\\n2020年江西省“天工杯”…竞赛\\n\\n职工创新成果提供
展示平台,…"): the sentence is joined again and the caption moved after its paragraph.

The caption is a display line set apart by blank lines (the picture's hole in the text)
between a paragraph cut without a sentence end and a piece of running text that ends its
paragraph. The move is one change, from the cut to the end of the paragraph, so accepting or
rejecting it keeps the text whole; it records ``role="caption"`` for the moved line.
"""
from __future__ import annotations

import re

from editor.core.layout.lines import Line, byline_prefix, ends_sentence, shape, starts_item
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.joins import joiner
from editor.core.layout.running import cut_by_shape

# At most this many display lines stand in for one picture (a caption and its credit).
CAPTION_LINES = 2
# Two blank lines or more: the hole a picture leaves in a transcribed column.
_HOLE = re.compile(r"\n(?:[ \t\r]*\n){2,}")


class InterruptedRule:
    id = "paragraphs.interrupted"
    title = "Captions inside a sentence"
    description = "Joins a sentence a photo caption interrupts and moves the caption after the paragraph."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        out, done = [], -1
        for hole in _HOLE.finditer(text):
            if hole.start() < done:
                continue
            a = _line_before(text, hole.start())
            lines = _lines_after(text, hole.end(), CAPTION_LINES + 1)
            n = self._caption_lines(a, lines, ctx) if a is not None else 0
            if not n:
                continue
            captions, c = lines[:n], lines[n]
            start = a.start + len(a.text.rstrip())
            end = c.start + len(c.text.rstrip())
            body = c.text.strip()
            after = joiner(a.text.rstrip(), body) + body + "\n" + "\n".join(ln.text.strip() for ln in captions)
            out.append(Change(self.id, start, end, text[start:end], after,
                              "photo caption inside a sentence moved after its paragraph", 0.6, {"role": "caption"}))
            done = end
        return out

    @staticmethod
    def _caption_lines(a: Line, lines: list[Line], ctx: Context) -> int:
        """How many of ``lines`` are captions interrupting the sentence ``a`` leaves unfinished."""
        sa = a.text.strip()
        if not sa or ends_sentence(sa) or not cut_by_shape(sa) or shape(sa) not in ("paragraph", "display"):
            return 0
        for n in range(1, min(CAPTION_LINES, len(lines) - 1) + 1):
            x = lines[n - 1]
            if ctx.hints.get(x.start) in ("title", "heading", "list") or shape(x.text) not in ("display", "credit"):
                return 0
            c = lines[n]
            sc = c.text.strip()
            if shape(sc) == "paragraph" and ends_sentence(sc) and not ctx.hints.get(c.start) \
                    and not starts_item(sc) and byline_prefix(sc) is None:
                return n
        return 0


def _line_before(text: str, end: int) -> Line | None:
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].removesuffix("\r")
    return Line(start, start + len(line), line) if line.strip() else None


def _lines_after(text: str, start: int, count: int) -> list[Line]:
    """The next ``count`` non-blank lines from ``start`` on."""
    out = []
    while len(out) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].removesuffix("\r")
        if line.strip():
            out.append(Line(start, start + len(line), line))
        start = end + 1
    return out


RULE = InterruptedRule()

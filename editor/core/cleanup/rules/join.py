"""Paragraphs broken in the middle of a sentence by a page or column break ("帮助\\n\\n企业排解
困难", "需\\n\\n要长期", "坚持\\n\\n不懈") joined again.

A break is joined when the line before it does not end a sentence, the line after it does
not begin a block of its own (a title, heading, byline, caption, credit or list item), and
the line before is running text (core/running.py), or continues a paragraph already joined
or begun under a heading, or stands alone between paragraphs where no sibling heading is. A
short display line after running text (a heading, or a photo caption standing in the column)
is joined only with a low confidence, and never when blank lines set it apart or a space
splits it like a display title.
"""
from __future__ import annotations

from collections.abc import Sequence

from editor.core.layout.lines import (Line, byline_prefix, continues, ends_sentence, has_inner_sentence_end,
                               has_separator_space, own_block_shape, shape, split_lines, starts_item)
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.joins import join_change
from editor.core.layout.running import running_evidence
from editor.core.layout.segment import is_laid_out

BLOCK_ROLES = ("title", "heading", "caption", "list")


def lone_lines(lines: Sequence[Line], ctx: Context) -> set[int]:
    """Short lines standing between paragraphs that have no sibling of their shape in the same
    article: a section heading rarely comes alone, a paragraph cut after its first words does.
    Articles are told apart by titles, bylines and stacks of display lines."""
    regions: list[list[int]] = [[]]
    for k, ln in enumerate(lines):
        kind = shape(ln.text)
        after = shape(lines[k + 1].text) if k + 1 < len(lines) else None
        if ctx.hints.get(ln.start) in ("title", "heading") or kind == "byline" or byline_prefix(ln.text) \
                or kind == "display" and after == "display":
            regions.append([])
        elif kind == "display" and after == "paragraph" and k and ends_sentence(lines[k - 1].text):
            regions[-1].append(k)
    return {r[0] for r in regions if len(r) == 1}


class JoinRule:
    id = "paragraphs.join"
    title = "Broken paragraphs"
    description = "Joins paragraphs that a page or column break cut in the middle of a sentence."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        lines = [ln for ln in split_lines(text) if ln.text.strip()]
        # In text already laid out one block per line, a line without a sentence end may be
        # a whole paragraph as its writer left it: only a cut after a comma is sure there.
        strict = is_laid_out(text, ctx.hints)
        lone = lone_lines(lines, ctx)
        out: list[Change] = []
        joined = False
        for k in range(len(lines) - 1):
            a, b = lines[k], lines[k + 1]
            after_heading = k > 0 and not joined and shape(lines[k - 1].text) == "marked"
            confidence = self._confidence(text, lines, k, joined or after_heading, k in lone, ctx)
            if strict and confidence is not None and confidence < 0.95:
                confidence = None
            joined = confidence is not None
            if joined:
                out.append(join_change(self.id, text, a, b, "sentence broken by a page or column break", confidence))
        return out

    def _confidence(self, text: str, lines: list[Line], k: int, in_body: bool, lone: bool,
                    ctx: Context) -> float | None:
        a, b = lines[k], lines[k + 1]
        sa, sb = a.text.strip(), b.text.strip()
        if ends_sentence(sa) or self._own_block(a, ctx) or self._own_block(b, ctx) or starts_item(sb) \
                or byline_prefix(sb):
            return None
        if shape(sb) == "display" and k + 2 < len(lines) \
                and (shape(lines[k + 2].text) == "byline" or byline_prefix(lines[k + 2].text)):
            return None  # b is a title over a byline
        if continues(sb) or sa[-1] in "，、,":
            return 0.95
        evidence = running_evidence(sa, sb, in_body)
        if evidence is None and lone and shape(sb) == "paragraph":
            evidence = 0.6
        if evidence is None:
            return None
        if shape(sb) == "display" and not has_inner_sentence_end(sb):
            # b may be a heading, or a photo caption standing where the column broke: only a
            # line that is running text by its own shape may take it
            shaped = evidence >= 0.9 or in_body
            if not shaped or sa.endswith("—") or text.count("\n", a.end, b.start) > 2 or has_separator_space(sb):
                return None
            return min(evidence, 0.6)
        return evidence

    @staticmethod
    def _own_block(ln: Line, ctx: Context) -> bool:
        return ctx.hints.get(ln.start) in BLOCK_ROLES or own_block_shape(ln.text)


RULE = JoinRule()

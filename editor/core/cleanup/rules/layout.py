"""The block layout of the corrected text: one block per line (title, heading, byline,
paragraph, caption...), one blank line before each article, no other blank lines, no blank
lines at the top, and Windows or old Mac line ends made plain.

Where the articles begin is decided by segmentation (core/segment.py) on the text as the
rules before left it, with the hints they recorded; a photo caption it finds records
``role="caption"`` so the final text keeps that knowledge once the blank lines around the
caption are gone.
"""
from __future__ import annotations

from editor.core.layout.lines import split_lines
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.layout.segment import article_parts, caption_starts


class LayoutRule:
    id = "layout.blocks"
    title = "Block layout"
    description = "One block per line and one blank line between articles."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        parts = article_parts(text, ctx.hints)
        starts = {part[0].start for part in parts}
        captions: set[int] | None = None  # found only for a text whose layout changes
        lines = [ln for ln in split_lines(text) if ln.text.strip()]
        if not lines:
            return []
        out = []
        if lines[0].start > 0:
            out.append(Change(self.id, 0, lines[0].start, text[:lines[0].start], "", "blank lines at the top", 0.95))
        for a, b in zip(lines, lines[1:]):
            before = text[a.end:b.start]
            content = b.start + len(b.text) - len(b.text.lstrip())
            new_article = content in starts
            if before == ("\n\n" if new_article else "\n"):
                continue
            if captions is None:
                captions = caption_starts(parts)
            out.append(self._break(a.end, b.start, before, new_article, content in captions))
        tail = text[lines[-1].end:]
        if tail and tail != "\n":
            out.append(Change(self.id, lines[-1].end, len(text), tail, "\n", "blank lines at the end", 0.95))
        return out

    def _break(self, start: int, end: int, before: str, new_article: bool, caption: bool) -> Change:
        blank = before.count("\n") > 1
        if new_article:
            reason, confidence = "blank line before an article", 0.95 if blank else 0.7
        else:
            reason, confidence = ("blank line inside an article", 0.9) if blank else ("line end", 0.95)
        after = "\n\n" if new_article else "\n"
        return Change(self.id, start, end, before, after, reason, confidence, {"role": "caption"} if caption else None)


RULE = LayoutRule()

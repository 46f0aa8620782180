"""Carry a document's article structure through the editor's edits, so fixing a typo keeps the
articles, titles and bylines that segmentation found instead of segmenting again.

Blocks are mapped through the edits with text typed at either edge inside the block. Then the
structure is repaired to fit the new text: a block whose text the editor deleted is dropped;
a block the editor broke into more lines keeps its first line and the rest become paragraphs
after it; blocks that the edits made overlap are cut back so each character belongs to one
block; paragraphs the editor joined onto one line become one; a line typed between blocks
becomes a paragraph of the article it falls in.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from editor.core.text.edits import Edit, StepMap, map_pos, map_range
from editor.core.text.marks import batches
from editor.core.model import Article, Block, Figure, Structure
from editor.core.lang.cjk import lines_with_offsets

HEAD = ("kicker", "title", "subtitle", "byline")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Maps:
    """The edits as position maps: edit by edit for a few, one StepMap per simultaneous batch for
    a cleanup run or thousands of accepted proposals (mapping every block through every edit
    took minutes there)."""

    def __init__(self, edits: Sequence[Edit]):
        self.edits = edits
        self.maps = [StepMap(edits[i:j]) for i, j in batches(edits)] if len(edits) > 64 else None

    def range(self, start: int, end: int) -> tuple[int, int]:
        if self.maps is None:
            return map_range(self.edits, start, end)[:2]
        for m in self.maps:
            start, end = m.map(start, 1), m.map(end, -1)
            end = max(start, end)
        return start, end

    def pos(self, pos: int, assoc: int) -> int:
        if self.maps is None:
            return map_pos(self.edits, pos, assoc)[0]
        for m in self.maps:
            pos = m.map(pos, assoc)
        return pos


def _mapped(block: Block, before: str, edits: "_Maps", after: str) -> list[Block]:
    """The block in the new text: one block, or one per line when the edits broke it into more
    lines than it had; none when its text was deleted."""
    inner_start, inner_end = edits.range(block.start, block.end)
    if inner_end <= inner_start and block.end > block.start:
        return []
    start = edits.pos(block.start, -1)
    end = edits.pos(block.end, 1)
    if after.count("\n", start, end) <= before.count("\n", block.start, block.end):
        start, end = _trimmed(after, start, end)
        return [Block(block.kind, start, end)] if end > start else []
    pieces, pos = [], start
    while pos < end:
        cut = after.find("\n", pos, end)
        stop = end if cut < 0 else cut
        left, right = _trimmed(after, pos, stop)
        if right > left:
            pieces.append(Block(block.kind if not pieces else "paragraph", left, right))
        pos = stop + 1
    return pieces


# A placed block: (block, article index, slot), slot being a HEAD name, "body", or
# ("caption" | "credit", figure index).
Placed = tuple[Block, int, object]


def _placed(structure: Structure, before: str, edits: _Maps, after: str) -> list[Placed]:
    out: list[Placed] = []
    for i, article in enumerate(structure.articles):
        for slot in HEAD:
            block = getattr(article, slot)
            if block is not None:
                pieces = _mapped(block, before, edits, after)
                out += [(b, i, slot if k == 0 else "body") for k, b in enumerate(pieces)]
        for block in article.body:
            out += [(b, i, "body") for b in _mapped(block, before, edits, after)]
        for f, fig in enumerate(article.figures):
            for part in ("caption", "credit"):
                block = getattr(fig, part)
                if block is not None:
                    pieces = _mapped(block, before, edits, after)
                    out += [(b, i, (part, f) if k == 0 else "body") for k, b in enumerate(pieces)]
    return out


def _without_overlaps(placed: list[Placed], text: str) -> list[Placed]:
    """Each character in at most one block: a block is cut to start after the one before it."""
    out: list[Placed] = []
    reach = 0
    for block, article, slot in sorted(placed, key=lambda p: (p[0].start, p[0].end)):
        start, end = _trimmed(text, max(block.start, reach), block.end)
        if end > start:
            out.append((Block(block.kind, start, end), article, slot))
            reach = end
    return out


def _joined(body: list[Block], text: str) -> list[Block]:
    """Consecutive paragraphs on one line, with only spaces between them, are one paragraph."""
    out: list[Block] = []
    for b in sorted(body, key=lambda b: b.start):
        prev = out[-1] if out else None
        gap = text[prev.end:b.start] if prev is not None else ""
        if prev is not None and prev.kind == b.kind == "paragraph" and not gap.strip() and "\n" not in gap:
            out[-1] = Block("paragraph", prev.start, b.end)
        else:
            out.append(b)
    return out


def _with_new_lines(placed: list[Placed], text: str) -> list[Placed]:
    """Lines no block touches become paragraphs of the article they fall in."""
    covered = [(b.start, b.end) for b, _, _ in placed]  # sorted and disjoint
    article_at = [(b.start, a) for b, a, _ in placed]
    out = list(placed)
    for start, end, _ in lines_with_offsets(text):
        left, right = _trimmed(text, start, end)
        if right <= left:
            continue
        i = bisect_right(covered, (left, len(text) + 1)) - 1
        if i >= 0 and covered[i][1] > left or (i + 1 < len(covered) and covered[i + 1][0] < right):
            continue
        k = bisect_right(article_at, (left, float("inf"))) - 1
        out.append((Block("paragraph", left, right), article_at[k][1] if k >= 0 else
                    (article_at[0][1] if article_at else 0), "body"))
    return out


def _rebuild(placed: list[Placed], text: str) -> Structure:
    parts: dict[int, dict] = {}
    for block, article, slot in placed:
        part = parts.setdefault(article, {"head": {}, "body": [], "figures": {}})
        if slot == "body":
            part["body"].append(block)
        elif isinstance(slot, tuple):
            part["figures"].setdefault(slot[1], {})[slot[0]] = block
        else:
            part["head"][slot] = block
    articles = []
    for article in sorted(parts):
        part = parts[article]
        figures = tuple(Figure(f.get("caption"), f.get("credit")) for _, f in sorted(part["figures"].items()))
        articles.append(Article(**part["head"], body=tuple(_joined(part["body"], text)), figures=figures))
    return Structure(tuple(articles))


def carry(structure: Structure, before: str, edits: Sequence[Edit], after: str) -> Structure:
    """``structure`` of ``before`` fitted to ``after``, the text ``edits`` (applied one after
    another) made of it."""
    placed = _without_overlaps(_placed(structure, before, _Maps(edits), after), after)
    return _rebuild(_with_new_lines(placed, after), after)

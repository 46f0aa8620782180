"""Carry a document's article structure through the editor's edits, so fixing a typo keeps the
articles, titles and bylines that segmentation found instead of segmenting again.

Blocks are mapped through the edits with text typed at either edge inside the block. Then the
structure is repaired to fit the new lines: a block the editor emptied is dropped; a block the
editor broke into lines keeps its first line and the rest become paragraphs after it;
paragraphs the editor joined onto one line become one; a line typed between blocks becomes a
paragraph of the article it falls in.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Iterable, Sequence

from editor.core.edits import Edit, map_pos
from editor.core.model import Article, Block, Figure, Structure
from editor.core.text import lines_with_offsets


def _mapped(block: Block | None, edits: Sequence[Edit], text: str) -> list[Block]:
    """The block in the new text, one piece per line it now covers; none when emptied."""
    if block is None:
        return []
    start, _ = map_pos(edits, block.start, -1)
    end, _ = map_pos(edits, block.end, 1)
    pieces, pos = [], start
    while pos < end:
        cut = text.find("\n", pos, end)
        stop = end if cut < 0 else cut
        left, right = _trimmed(text, pos, stop)
        if right > left:
            pieces.append(Block(block.kind if not pieces else "paragraph", left, right))
        pos = stop + 1
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _joined(body: Iterable[Block], text: str) -> list[Block]:
    """Consecutive paragraphs on one line, with only spaces between them, are one paragraph."""
    out: list[Block] = []
    for b in sorted(body, key=lambda b: b.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == b.kind == "paragraph" and prev.end <= b.start
                and not text[prev.end:b.start].strip() and "\n" not in text[prev.end:b.start]):
            out[-1] = Block("paragraph", prev.start, b.end)
        else:
            out.append(b)
    return out


def _carry_article(article: Article, edits: Sequence[Edit], text: str) -> Article | None:
    head, extra = {}, []
    for slot in ("kicker", "title", "subtitle", "byline"):
        pieces = _mapped(getattr(article, slot), edits, text)
        head[slot] = pieces[0] if pieces else None
        extra += pieces[1:]
    body = [piece for b in article.body for piece in _mapped(b, edits, text)]
    figures = []
    for fig in article.figures:
        caption, credit = _mapped(fig.caption, edits, text), _mapped(fig.credit, edits, text)
        extra += caption[1:] + credit[1:]
        if caption or credit:
            figures.append(replace(fig, caption=caption[0] if caption else None,
                                   credit=credit[0] if credit else None))
    if not any(head.values()) and not body and not extra and not figures:
        return None
    return Article(**head, body=tuple(_joined(body + extra, text)), figures=tuple(figures))


def _blocks(article: Article) -> list[Block]:
    return [*article.head(), *article.body,
            *(b for f in article.figures for b in (f.caption, f.credit) if b is not None)]


def _with_new_lines(articles: list[Article], text: str) -> list[Article]:
    """Lines no block covers become paragraphs of the article they fall in."""
    covered = sorted((b.start, b.end) for a in articles for b in _blocks(a))
    starts = [min(b.start for b in _blocks(a)) for a in articles]
    added: dict[int, list[Block]] = {}
    for start, end, line in lines_with_offsets(text):
        left, right = _trimmed(text, start, end)
        if right <= left:
            continue
        i = bisect_right(covered, (left, len(text) + 1)) - 1
        if i >= 0 and covered[i][1] > left or (i + 1 < len(covered) and covered[i + 1][0] < right):
            continue
        at = max(0, bisect_right(starts, left) - 1)
        added.setdefault(at, []).append(Block("paragraph", left, right))
    if not articles and added:
        return [Article(body=tuple(added[0]))]
    return [replace(a, body=tuple(_joined([*a.body, *added.get(i, [])], text))) if i in added else a
            for i, a in enumerate(articles)]


def carry(structure: Structure, edits: Sequence[Edit], text: str) -> Structure:
    """``structure`` of the text before ``edits`` (applied one after another), fitted to ``text``,
    the text after them."""
    articles = [a for a in (_carry_article(a, edits, text) for a in structure.articles) if a is not None]
    return Structure(tuple(_with_new_lines(articles, text)))

"""Articles in a cleaned text: kicker, title, subtitle, byline, body (paragraphs and in-article
headings in order) and figures (caption and credit), as blocks with code-point offsets.

Two layouts are read. In the corrected text the line rules produce (one block per line, one
blank line between articles) the blank lines are the article boundaries, and a text without
blank lines is one article. In any other text (raw transcriptions, where blank lines stand
between every paragraph) articles are found by their heads: a run of display lines starts an
article when it has a title hint from the markup, two lines or more (kicker and title), a
byline after it, or follows an article that closed with its byline; a single display line
inside an article is an in-article heading.
``hints`` (line start -> role, see core/hints.py) carry what the raw layout said: markup
titles and headings, photo captions.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from editor.core.layout.lines import CLAUSE_PUNCT, byline_prefix, byline_suffix, has_separator_space, shape, split_lines, width
from editor.core.model import Article, Block, Figure, Structure

HEADISH = ("display", "title", "heading")
BODY = ("paragraph", "marked", "caption", "credit")
_CONTENT = re.compile(r"\S")
# The end of a line and the blank lines after it.
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


@dataclass(slots=True)
class _Line:
    start: int  # content, without surrounding spaces
    end: int
    text: str
    kind: str  # caption, title, heading, credit, byline, marked, display, paragraph
    blanks: int  # blank lines before it


def _kind(s: str, hint: str | None) -> str:
    return hint if hint in ("caption", "title", "heading") else shape(s)


def read_lines(text: str, hints: Mapping[int, str]) -> list[_Line]:
    out, blanks = [], 0
    for ln in split_lines(text):
        s = ln.text.strip()
        if not s:
            blanks += 1
            continue
        start = ln.start + len(ln.text) - len(ln.text.lstrip())
        out.append(_Line(start, start + len(s), s, _kind(s, hints.get(ln.start)), blanks))
        blanks = 0
    return out


def laid_out(lines: Sequence[_Line]) -> bool:
    """One block per line, and a single blank line only before an article's head, as the line
    rules leave it (a text without blank lines is one article laid out so). Raw layouts have
    blank lines before paragraphs too, or several in a row."""
    return all(ln.blanks <= 1 and (not ln.blanks or ln.kind != "paragraph") for ln in lines[1:])


def is_laid_out(text: str, hints: Mapping[int, str]) -> bool:
    """laid_out() of ``text``, looking only at the lines that follow blank lines (found by a
    regular expression: a hard-wrapped column has hundreds of lines and few blank ones)."""
    first = _CONTENT.search(text)
    if first is None:
        return True
    for m in _BLANK_LINES.finditer(text, first.start()):
        start = m.end()
        end = text.find("\n", start)
        s = text[start:] if end < 0 else text[start:end]
        s = s.strip()
        if s and (m.group().count("\n") > 2 or _kind(s, hints.get(start)) == "paragraph"):
            return False
    return True


def _mark_captions(lines: Sequence[_Line]) -> None:
    """Raw layout: a display line set apart by two blank lines or more after body text is a
    photo caption standing in the column (the picture left a hole in the transcription),
    unless a byline follows: then it is a headline."""
    for k in range(1, len(lines)):
        prev, ln = lines[k - 1], lines[k]
        after = lines[k + 1] if k + 1 < len(lines) else None
        if after is not None and (after.kind == "byline" or byline_prefix(after.text) is not None):
            continue
        if ln.kind == "display" and ln.blanks >= 2 and prev.kind in ("paragraph", "caption"):
            ln.kind = "caption"


def _groups(lines: Sequence[_Line]) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    for ln in lines:
        if ln.blanks and groups[-1]:
            groups.append([])
        groups[-1].append(ln)
    return groups


def _opens_article(run: Sequence[_Line], after: _Line | None, closed: bool, titled_doc: bool) -> bool:
    if closed or len(run) >= 2 or any(ln.kind == "title" for ln in run):
        return True
    if after is not None and (after.kind == "byline" or byline_prefix(after.text) is not None):
        return True
    # "##" marks titles in a text without "#" ones, in-article headings under "#" titles.
    return any(ln.kind == "heading" for ln in run) and (not titled_doc or run[0].blanks >= 2)


def split_articles(lines: Sequence[_Line], titled_doc: bool) -> list[list[_Line]]:
    parts: list[list[_Line]] = [[]]
    body = closed = False
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind in HEADISH and (body or not parts[-1]):
            j = i
            while j < len(lines) and lines[j].kind in HEADISH:
                j += 1
            run = lines[i:j]
            if parts[-1] and _opens_article(run, lines[j] if j < len(lines) else None, closed, titled_doc):
                parts.append([])
                body = closed = False
            parts[-1].extend(run)
            i = j
            continue
        parts[-1].append(ln)
        body = body or ln.kind in BODY
        closed = closed or body and (ln.kind == "byline" or ln.kind == "paragraph" and byline_suffix(ln.text) is not None)
        i += 1
    return [p for p in parts if p]


def _block(kind: str, ln: _Line) -> Block:
    return Block(kind, ln.start, ln.end)


def _split(ln: _Line, cut: int) -> tuple[Block, Block]:
    """Blocks before and after ``cut`` (an index into the line's text), spaces trimmed."""
    left, right = ln.text[:cut], ln.text[cut:]
    a = Block("", ln.start, ln.start + len(left.rstrip()))
    b = Block("", ln.start + cut + len(right) - len(right.lstrip()), ln.end)
    return a, b


class _Body:
    """Body blocks, figures and the byline of one article, read line by line."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.figures: list[list[Block | None]] = []
        self.byline: Block | None = None
        self.prev: str | None = None
        self.heading_widths: list[float] = []
        self.paragraphs = 0

    def add(self, ln: _Line, more_text_follows: bool) -> None:
        kind = ln.kind
        if kind == "caption":
            self.figures.append([_block("caption", ln), None])
        elif kind == "credit":
            self._credit(ln)
        elif kind == "byline" and self.byline is None:
            self.byline = _block("byline", ln)
        elif kind in ("marked", "title", "heading", "display") and more_text_follows:
            self.blocks.append(_block("heading", ln))
            self.heading_widths.append(width(ln.text))
        else:
            self._paragraph(ln)
        self.prev = kind

    def _credit(self, ln: _Line) -> None:
        credit = _block("credit", ln)
        if self.prev == "caption" and self.figures and self.figures[-1][1] is None:
            self.figures[-1][1] = credit
        elif self.prev in ("paragraph", "display") and self.blocks and self.blocks[-1].kind == "paragraph":
            last = self.blocks.pop()
            self.figures.append([Block("caption", last.start, last.end), credit])
        else:
            self.figures.append([None, credit])

    def _paragraph(self, ln: _Line) -> None:
        self.paragraphs += 1
        cut = byline_prefix(ln.text) if self.paragraphs == 1 and self.byline is None else None
        if cut:
            byline, rest = _split(ln, cut)
            self.byline = Block("byline", byline.start, byline.end)
            ln = _Line(rest.start, rest.end, ln.text[cut:].strip(), ln.kind, 0)
        cut = byline_suffix(ln.text) if self.byline is None else None
        if cut:
            rest, byline = _split(ln, cut)
            self.byline = Block("byline", byline.start, byline.end)
            self.blocks.append(Block("paragraph", rest.start, rest.end))
        else:
            self.blocks.append(_block("paragraph", ln))


def _heading_like(ln: _Line, widths: Sequence[float]) -> bool:
    """Shaped like the article's own section headings: it belongs to the body, not the head."""
    w = width(ln.text)
    return (ln.kind == "display" and min(widths) - 1 <= w <= max(widths) + 1
            and not has_separator_space(ln.text) and not any(p in ln.text for p in CLAUSE_PUNCT))


def _title_index(head: Sequence[_Line]) -> int:
    for kind in ("title", "heading"):
        found = next((i for i, ln in enumerate(head) if ln.kind == kind), None)
        if found is not None:
            return found
    if len(head) == 1:
        return 0
    subtitle_like = [any(p in ln.text for p in CLAUSE_PUNCT) for ln in head[:2]]
    return 0 if len(head) == 2 and subtitle_like[1] and not subtitle_like[0] else 1


def build_article(lines: Sequence[_Line]) -> Article:
    i = 0
    while i < len(lines) and lines[i].kind in HEADISH:
        i += 1
    head = list(lines[:i])
    bylines = []
    while i < len(lines) and lines[i].kind == "byline":
        bylines.append(lines[i])
        i += 1
    rest = lines[i:]
    body = _Body()
    if bylines:
        body.byline = Block("byline", bylines[0].start, bylines[-1].end)
    last_text = max((k for k, ln in enumerate(rest) if ln.kind in ("paragraph", "display", "marked", "heading", "title")),
                    default=-1)
    for k, ln in enumerate(rest):
        body.add(ln, k < last_text)
    moved = []
    while body.heading_widths and len(head) >= 2 and _heading_like(head[-1], body.heading_widths):
        moved.insert(0, head.pop())
    blocks = [_block("heading", ln) for ln in moved] + body.blocks
    kicker = title = subtitle = None
    if head:
        t = _title_index(head)
        title = _block("title", head[t])
        kicker = _block("kicker", head[t - 1]) if t >= 1 else None
        subtitle = _block("subtitle", head[t + 1]) if t + 1 < len(head) else None
        extra = head[:max(0, t - 1)] + head[t + 2:]
        blocks = [_block("heading", ln) for ln in extra] + blocks
    figures = tuple(Figure(caption, credit) for caption, credit in body.figures)
    return Article(kicker=kicker, title=title, subtitle=subtitle, byline=body.byline,
                   body=tuple(blocks), figures=figures)


def article_parts(text: str, hints: Mapping[int, str] | None = None) -> list[list[_Line]]:
    """The lines of each article of ``text`` in reading order: what segment() builds its
    articles from. An article begins at its first line (every line becomes a block)."""
    lines = read_lines(text, hints or {})
    if laid_out(lines):
        return _groups(lines) if lines else []
    _mark_captions(lines)
    return split_articles(lines, any(ln.kind == "title" for ln in lines))


def segment(text: str, hints: Mapping[int, str] | None = None) -> Structure:
    """The articles of ``text`` in reading order."""
    return Structure(tuple(build_article(part) for part in article_parts(text, hints)))


def caption_starts(parts: Sequence[Sequence[_Line]]) -> set[int]:
    """Where the photo captions of the articles ``parts`` (from article_parts) begin."""
    return {f.caption.start for part in parts for f in build_article(part).figures if f.caption}

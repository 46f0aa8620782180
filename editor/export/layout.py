"""What the issue formats share: the issue's heading, an article's blocks in reading order,
and text made fit for XML."""
from __future__ import annotations

import re
from typing import Iterator

from editor.core.model import Article, Block, IssueMeta

# XML 1.0 cannot carry these (lxml refuses them); they become U+FFFD, one code point for one,
# so offsets inside a block keep their meaning.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def issue_details(meta: IssueMeta) -> list[str]:
    """Issue label, date and page, those that are known."""
    return [p for p in (meta.issue_label, meta.date, meta.page) if p]


def issue_title(meta: IssueMeta, issue_id: int) -> str:
    return " ".join(p for p in (meta.publication, *issue_details(meta)) if p) or f"#{issue_id}"


def bounds(text: str, block: Block | None) -> tuple[int, int] | None:
    """The block's range without surrounding whitespace; None when nothing is left."""
    if block is None:
        return None
    start, end = block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def head_blocks(article: Article) -> Iterator[tuple[str, Block]]:
    """(kind, block) of kicker, title, subtitle and byline, in print order."""
    for kind in ("kicker", "title", "subtitle", "byline"):
        block = getattr(article, kind)
        if block is not None:
            yield kind, block


def sections(article: Article) -> tuple[list[Block], list[tuple[Block, list[Block]]]]:
    """The body as the blocks before the first in-article heading, then each heading with the
    blocks up to the next one."""
    lead: list[Block] = []
    parts: list[tuple[Block, list[Block]]] = []
    for block in article.body:
        if block.kind == "heading":
            parts.append((block, []))
        elif parts:
            parts[-1][1].append(block)
        else:
            lead.append(block)
    return lead, parts

"""Markdown (CommonMark): the issue as one file.

``# publication``, a line with issue label, date and page, then the articles in order, a
``* * *`` rule between them. In an article: the kicker in italics, ``## title``, the subtitle
in bold, the byline as its own paragraph, in-article headings as ``###``, paragraphs, and each
figure as an image (embedded as a data: URI when the figure has one) and an italic caption
followed by its credit. Characters Markdown would read as markup are backslash-escaped.
"""
from __future__ import annotations

import re
from typing import BinaryIO

from editor.core.model import Article, DocumentView, IssueView
from editor.export.base import ExportOptions
from editor.export.images import data_uri
from editor.export.layout import bounds, head_blocks, issue_details

_INLINE = re.compile(r"([\\`*_\[\]<>#|!~])")
# Line starts that would open a list, quote, heading or setext underline.
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    out.write(markdown(issue).encode("utf-8"))


def markdown(issue: IssueView) -> str:
    blocks = []
    if issue.meta.publication:
        blocks.append(f"# {escape(issue.meta.publication)}")
    if issue_details(issue.meta):
        blocks.append(escape(" · ".join(issue_details(issue.meta))))
    articles = ["\n\n".join(_article(d, a)) for d in issue.documents for a in d.structure.articles]
    blocks.append("\n\n* * *\n\n".join(a for a in articles if a))
    return "\n\n".join(b for b in blocks if b) + "\n"


def _article(doc: DocumentView, article: Article) -> list[str]:
    def text(block) -> str | None:
        span = bounds(doc.text, block)
        return escape(doc.text[span[0]:span[1]]) if span else None

    style = {"kicker": "*{}*", "title": "## {}", "subtitle": "**{}**", "byline": "{}"}
    parts = [style[kind].format(t) for kind, block in head_blocks(article) if (t := text(block))]
    for block in article.body:
        if t := text(block):
            parts.append(f"### {t}" if block.kind == "heading" else t)
    for fig in article.figures:
        caption, credit = text(fig.caption), text(fig.credit)
        if uri := data_uri(fig):
            parts.append(f"![]({uri})")  # the caption follows as text; an alt would repeat it
        line = " ".join(p for p in (f"*{caption}*" if caption else None, credit) if p)
        if line:
            parts.append(line)
    return parts


def escape(text: str) -> str:
    """One line of text as literal Markdown: inline markup characters escaped, and a line start
    that would begin a block (list item, quote, heading underline) neutralised."""
    text = " ".join(text.splitlines())
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), text)


def _escape_start(token: str) -> str:
    if token[0].isdigit():
        return token[:-1] + "\\" + token[-1]
    return "\\" + token

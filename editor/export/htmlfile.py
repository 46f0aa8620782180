"""HTML: one self-contained file (inline CSS, figure images as data: URIs).

The issue header (publication, then issue label, date and page) and one <article> per article:
<p class="kicker">, <h2> title, <p class="subtitle">, <p class="byline">, <h3> in-article
headings, <p> paragraphs, <figure> with <img> and <figcaption> (caption, then
<span class="credit">). With ``mark_entities``, accepted spans are
<mark class="ent LABEL" title="LABEL">; a span that crosses a block or another span's edge is
marked in pieces (see inline.py).
"""
from __future__ import annotations

import re
from typing import BinaryIO

from lxml import etree, html
from lxml.html import builder as E

from editor.core.model import DEFAULT_LABELS, Article, Block, DocumentView, IssueView
from editor.export.base import ExportOptions
from editor.export.images import data_uri
from editor.export.inline import Mark, SpanIndex, fill, nest
from editor.export.layout import bounds, head_blocks, issue_details, issue_title, xml_safe
from editor.export.spans import exported_spans

_CSS = """
body { max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8;
       font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
header.issue { border-bottom: 3px double #333; margin-bottom: 2em; }
header.issue h1 { margin-bottom: 0.2em; }
.issue-details, .kicker, .subtitle, .byline, figcaption { color: #444; }
.kicker { margin-bottom: 0; }
h2 { margin-top: 0.2em; }
.byline { font-style: italic; }
article + article { border-top: 1px solid #ccc; margin-top: 2em; }
figure { margin: 1.5em 0; }
figure img { max-width: 100%; }
.credit { font-size: 0.9em; margin-left: 0.5em; }
mark.ent { background: none; border-bottom: 2px solid #999; }
""" + "".join(f"mark.ent.{lbl.name} {{ border-color: {lbl.color}; }}\n" for lbl in DEFAULT_LABELS)

_HEAD_TAG = {"kicker": ("p", "kicker"), "title": ("h2", None), "subtitle": ("p", "subtitle"),
             "byline": ("p", "byline")}


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(xml_safe(issue_title(issue.meta, issue.id))),
               E.STYLE(_CSS)),
        E.BODY(*_header(issue), *(node for d in issue.documents for node in _articles(d, options))),
        lang="zh-CN")
    out.write(html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html"))


def _header(issue: IssueView) -> list:
    parts = []
    if issue.meta.publication:
        parts.append(E.H1(xml_safe(issue.meta.publication)))
    details = issue_details(issue.meta)
    if details:
        line = E.P(E.CLASS("issue-details"))
        for i, part in enumerate(map(xml_safe, details)):
            node = E.TIME(part, datetime=part) if part == issue.meta.date else E.SPAN(part)
            if i:
                line[-1].tail = " · "
            line.append(node)
        parts.append(line)
    return [E.HEADER(E.CLASS("issue"), *parts)] if parts else []


def _articles(doc: DocumentView, options: ExportOptions) -> list:
    spans = SpanIndex(exported_spans(doc, options) if options.mark_entities else [])
    return [_article(doc, a, spans) for a in doc.structure.articles]


def _article(doc: DocumentView, article: Article, spans: SpanIndex):
    node = E.ARTICLE()

    def add(tag: str, block: Block | None, cls: str | None = None, parent=None):
        span = bounds(doc.text, block)
        if span is None:
            return None
        el = etree.SubElement(node if parent is None else parent, tag)
        if cls:
            el.set("class", cls)
        fill(el, doc.text, *span, nest(spans.meeting(*span), *span), _mark, xml_safe)
        return el

    for kind, block in head_blocks(article):
        tag, cls = _HEAD_TAG[kind]
        add(tag, block, cls)
    for block in article.body:
        add("h3" if block.kind == "heading" else "p", block)
    for fig in article.figures:
        figure = etree.SubElement(node, "figure")
        if uri := data_uri(fig):
            etree.SubElement(figure, "img", src=uri, alt="")  # the figcaption describes it
        figcaption = etree.SubElement(figure, "figcaption")
        caption_el = add("span", fig.caption, "caption", figcaption)
        if add("span", fig.credit, "credit", figcaption) is not None and caption_el is not None:
            caption_el.tail = " "
        if len(figcaption) == 0:
            figure.remove(figcaption)
        if len(figure) == 0:
            node.remove(figure)
    return node


def _mark(parent, mark: Mark):
    return etree.SubElement(parent, "mark", {"class": f"ent {_css_class(mark.span.label)}",
                                             "title": xml_safe(mark.span.label)})


def _css_class(label: str) -> str:
    return re.sub(r"[^\w-]", "_", label)

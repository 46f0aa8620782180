"""TEI P5 XML (lxml), the issue as one <TEI> document in the TEI namespace.

teiHeader/fileDesc: titleStmt (the issue's title; page editors as respStmt), publicationStmt,
sourceDesc/bibl (publication as <title level="j">, issue label and page as <biblScope>, date as
<date when="YYYY-MM-DD">). text/body: one <div type="article"> per article with
<head type="kicker">, <head> (title), <head type="subtitle">, <byline>, the paragraphs before
the first in-article heading as <p>, the figures (<figure> with <graphic> when there is an
image, <head> for the caption, <head type="credit"> for the credit), then one
<div type="section"> per in-article heading (<head> + its <p>s): TEI allows heads only at the
start of a div, so in-article headings open nested divs.

With ``mark_entities``, accepted spans become persName (PER), orgName (ORG), placeName (LOC),
date (DATE), time (TIME), measure type="currency" (MONEY), measure (QUANTITY), measure
type="percent" (PERCENT), title (WORK, and TITLE of older stores), and
<name type="LABEL"> for any other label; each element's text is the span's text. A span that
crosses a block edge or the edge of an enclosing span is SPLIT there, not skipped: its pieces
carry xml:id and are chained with @next/@prev (TEI's virtual join), so the pieces in order hold
exactly the span's text that lies inside exported blocks.
"""
from __future__ import annotations

import re
from typing import BinaryIO

from lxml import etree

from editor import __version__
from editor.core.model import Article, Block, DocumentView, IssueMeta, IssueView
from editor.export.base import ExportOptions
from editor.export.images import data_uri, media_type
from editor.export.inline import Mark, SpanIndex, fill, nest
from editor.export.layout import bounds, head_blocks, issue_title, sections, xml_safe
from editor.export.spans import exported_spans

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# label: (element, type attribute)
ENTITY = {"PER": ("persName", None), "ORG": ("orgName", None), "LOC": ("placeName", None),
          "DATE": ("date", None), "MONEY": ("measure", "currency"), "QUANTITY": ("measure", None),
          "TITLE": ("title", None), "WORK": ("title", None), "TIME": ("time", None),
          "PERCENT": ("measure", "percent")}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    node = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", {k: xml_safe(v) for k, v in attrs.items() if v})
    if text:
        node.text = xml_safe(text)
    return node


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", "zh")
    _header(root, issue)
    body = _el(_el(root, "text"), "body")
    for doc in issue.documents:
        _Document(doc, options).write(body)
    if len(body) == 0:
        _el(body, "p")  # TEI's body may not be empty
    out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _header(root, issue: IssueView) -> None:
    meta: IssueMeta = issue.meta
    file_desc = _el(_el(root, "teiHeader"), "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", issue_title(meta, issue.id))
    for role, name in meta.editors:
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", role)
        _el(resp, "name", name)
    _el(_el(file_desc, "publicationStmt"), "p", f"Exported from Jiaokan {__version__}.")
    bibl = _el(_el(file_desc, "sourceDesc"), "bibl")
    if meta.publication:
        _el(bibl, "title", meta.publication, level="j")
    if meta.issue_label:
        _el(bibl, "biblScope", meta.issue_label, unit="issue")
    if meta.page:
        _el(bibl, "biblScope", meta.page, unit="page")
    if meta.date:
        _el(bibl, "date", meta.date, when=meta.date if _ISO_DATE.fullmatch(meta.date) else None)


class _Document:
    """One document's articles; remembers the pieces of each split span to chain them."""

    def __init__(self, doc: DocumentView, options: ExportOptions):
        self.doc = doc
        self.spans = SpanIndex(exported_spans(doc, options) if options.mark_entities else [])
        self.pieces: dict[int, list[etree._Element]] = {}

    def write(self, body) -> None:
        for article in self.doc.structure.articles:
            self._article(body, article)
        self._chain()

    def _article(self, body, article: Article) -> None:
        div = _el(body, "div", type="article")
        for kind, block in head_blocks(article):
            tag, kind_attr = ("byline", None) if kind == "byline" else ("head", kind)
            self._block(div, tag, block, type=None if kind == "title" else kind_attr)
        lead, parts = sections(article)
        for block in lead:
            self._block(div, "p", block)
        for fig in article.figures:
            figure = _el(div, "figure")
            if uri := data_uri(fig):
                _el(figure, "graphic", url=uri, mimeType=media_type(fig))
            self._block(figure, "head", fig.caption)
            self._block(figure, "head", fig.credit, type="credit")
            if len(figure) == 0:
                div.remove(figure)
        for heading, blocks in parts:
            section = _el(div, "div", type="section")
            self._block(section, "head", heading)
            for block in blocks:
                self._block(section, "p", block)

    def _block(self, parent, tag: str, block: Block | None, **attrs) -> None:
        span = bounds(self.doc.text, block)
        if span is not None:
            marks = nest(self.spans.meeting(*span), *span)
            fill(_el(parent, tag, **attrs), self.doc.text, *span, marks, self._entity, xml_safe)

    def _entity(self, parent, mark: Mark) -> etree._Element:
        tag, kind = ENTITY.get(mark.span.label, ("name", mark.span.label))
        node = _el(parent, tag, type=kind)
        self.pieces.setdefault(id(mark.span), []).append(node)
        return node

    def _chain(self) -> None:
        number = 0
        for nodes in self.pieces.values():
            if len(nodes) < 2:
                continue
            number += 1
            ids = [f"d{self.doc.id}-e{number}.{i}" for i in range(1, len(nodes) + 1)]
            for i, node in enumerate(nodes):
                node.set(f"{{{XML_NS}}}id", ids[i])
                if i:
                    node.set("prev", f"#{ids[i - 1]}")
                if i + 1 < len(nodes):
                    node.set("next", f"#{ids[i + 1]}")


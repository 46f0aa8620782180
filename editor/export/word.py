"""Word (.docx) through python-docx, with named paragraph styles an editor can restyle at once.

The issue: publication in "Title", issue label, date and page in "Issue Details". Each article:
"Kicker", "Heading 1" (title), "Subtitle", "Byline", "Heading 2" for in-article headings,
"Normal" paragraphs; each figure: its picture (when the figure has an image, at most the text
width), then "Caption" and "Credit". Styles the default template lacks are defined here, and
East Asian fonts (宋体 for text, 黑体 for headings) and the zh-CN language are set, so Word
does not fall back to a Western font for the Chinese text.
"""
from __future__ import annotations

import re
import zipfile

from io import BytesIO
from typing import BinaryIO

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from editor.core.errors import InputError
from editor.core.model import Article, DocumentView, Figure, IssueView
from editor.export.base import ExportOptions
from editor.export.layout import bounds, head_blocks, issue_details, issue_title, xml_safe

STYLE = {"kicker": "Kicker", "title": "Heading 1", "subtitle": "Subtitle", "byline": "Byline",
         "heading": "Heading 2", "paragraph": "Normal", "caption": "Caption", "credit": "Credit"}
# name: (based on, size in points, italic, grey)
_NEW_STYLES = {"Kicker": ("Normal", 11, False, True), "Byline": ("Normal", 10.5, True, True),
               "Credit": ("Caption", 9, False, True), "Issue Details": ("Normal", 11, False, True)}
MAX_PICTURE_WIDTH = Cm(15)


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    word = _Word()
    word.document.core_properties.title = core_property(issue_title(issue.meta, issue.id))
    word.document.core_properties.language = "zh-CN"
    if issue.meta.publication:
        word.paragraph(issue.meta.publication, "Title")
    if details := issue_details(issue.meta):
        word.paragraph(" · ".join(details), "Issue Details")
    for doc in issue.documents:
        for article in doc.structure.articles:
            word.article(doc, article)
    buffer = BytesIO()
    word.document.save(buffer)
    out.write(_reproducible(buffer.getvalue()))


class _Word:
    def __init__(self):
        self.document = docx.Document()
        _define_styles(self.document)
        names = {*STYLE.values(), "Title", "Issue Details"}
        self.style_ids = {name: self.document.styles[name].style_id for name in names}
        self.end = self.document.element.body.sectPr  # paragraphs go before it

    def paragraph(self, text: str, style: str) -> None:
        # Built as XML and put before the section properties directly: python-docx's
        # add_paragraph looks the style up by name (scanning every style for the default) and
        # searches the body's children for the insertion point, both per paragraph, which made
        # a 20,000-paragraph issue take over 8 s.
        p = OxmlElement("w:p")
        if style != "Normal":
            p.style = self.style_ids[style]
        p.add_r().text = xml_safe(text)
        self.end.addprevious(p)

    def article(self, doc: DocumentView, article: Article) -> None:
        def block(b, kind: str) -> None:
            span = bounds(doc.text, b)
            if span:
                self.paragraph(doc.text[span[0]:span[1]], STYLE[kind])

        for kind, b in head_blocks(article):
            block(b, kind)
        for b in article.body:
            block(b, "heading" if b.kind == "heading" else "paragraph")
        for fig in article.figures:
            if fig.image:
                self.picture(doc, fig)
            block(fig.caption, "caption")
            block(fig.credit, "credit")

    def picture(self, doc: DocumentView, fig: Figure) -> None:
        try:
            shape = self.document.add_picture(BytesIO(fig.image))
        except UnrecognizedImageError:
            raise InputError(f"document {doc.name}", "a figure image is not PNG, JPEG, GIF, BMP or "
                                                     "TIFF, which Word documents can hold") from None
        if shape.width > MAX_PICTURE_WIDTH:
            shape.height = int(shape.height * MAX_PICTURE_WIDTH / shape.width)
            shape.width = MAX_PICTURE_WIDTH


def core_property(text: str, limit: int = 255) -> str:
    """A DOCX core property as Word takes it: no control characters (XML refuses most, Word
    the rest), white space runs as one space, at most 255 characters (python-docx refuses more)."""
    text = re.sub(r"[\x00-\x1f\x7f-\x9f]+", " ", xml_safe(text))
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _define_styles(document) -> None:
    styles = document.styles
    for name, (base, size, italic, grey) in _NEW_STYLES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.italic = italic
        if grey:
            style.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    _east_asian(styles["Normal"], "宋体")
    for name in ("Title", "Heading 1", "Heading 2", "Subtitle"):
        _east_asian(styles[name], "黑体")


def _east_asian(style, font: str) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)  # a theme font would win over the name
    fonts.set(qn("w:eastAsia"), font)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.insert_element_before(OxmlElement("w:lang"),
                                         "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _reproducible(data: bytes) -> bytes:
    """The package with every member dated 1980-01-01, so the same issue exports to the same
    bytes whenever it is exported (python-docx stamps each member with the time of saving)."""
    source = zipfile.ZipFile(BytesIO(data))
    target = BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, source.read(info.filename))
    return target.getvalue()

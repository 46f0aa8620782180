"""docx: read back with python-docx."""
import io
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from editor.core.errors import InputError
from editor.core.model import Figure
from editor.export.word import MAX_PICTURE_WIDTH
from tests.export.issues import gold_issue, photo_issue, render, tiny_png


def read(issue):
    return docx.Document(io.BytesIO(render("docx", issue)))


def styled(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_publication_is_the_title_and_issue_details_follow():
    document = read(gold_issue("000"))
    assert styled(document, "Title") == ["赣鄱工人有力量（江西工会信息）"]
    assert styled(document, "Issue Details") == ["第11期 · 2020-03-15"]


def test_article_titles_are_heading_1():
    assert styled(read(gold_issue("000")), "Heading 1")[:2] == [
        "龚建华深入在昌产业开展慰问调研", "饶剑明赴南昌和江铜开展慰问调研"]


def test_kicker_and_byline_have_their_own_styles():
    document = read(gold_issue("004"))
    assert styled(document, "Kicker") == ["精准施策 持续作战", "万众一心 阻击疫情"]
    assert styled(document, "Byline") == ["（陈煜蕾）"]


def test_in_article_headings_are_heading_2():
    assert styled(read(gold_issue("004")), "Heading 2")[:2] == ["出台政策惠企业", "当好防疫复工勤务员"]


def test_paragraph_texts_in_order():
    issue = gold_issue("004")
    doc = issue.documents[0]
    expected = [doc.text[b.start:b.end] for a in doc.structure.articles for b in a.body if b.kind == "paragraph"]
    assert styled(read(issue), "Normal") == expected


def test_caption_and_credit_are_styled_and_the_picture_embedded():
    document = read(photo_issue(tiny_png()))
    assert styled(document, "Caption")[0].startswith("3月21日,在位于石泉县")
    assert styled(document, "Credit") == ["新华社记者 张博文 摄"]
    assert len(document.inline_shapes) == 1


def test_no_picture_without_an_image():
    assert len(read(photo_issue()).inline_shapes) == 0


def test_chinese_text_gets_an_east_asian_font():
    fonts = read(gold_issue("004")).styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"


def test_an_image_word_cannot_hold_is_a_clear_error():
    issue = photo_issue()
    doc = issue.documents[0]
    article = doc.structure.articles[0]
    figure = Figure(article.figures[0].caption, article.figures[0].credit, b"not an image", "image/png")
    doc = replace(doc, structure=replace(doc.structure, articles=(replace(article, figures=(figure,)),)))
    with pytest.raises(InputError, match="a figure image is not PNG, JPEG"):
        render("docx", replace(issue, documents=(doc,)))


def test_a_wide_picture_fits_the_text_width():
    (shape,) = read(photo_issue(tiny_png(4000, 10))).inline_shapes
    assert shape.width == MAX_PICTURE_WIDTH


def test_the_same_issue_exports_to_the_same_bytes_at_any_time(monkeypatch):
    import time
    from io import BytesIO
    from editor.export import BY_NAME
    from editor.export.base import ExportOptions
    one, two = BytesIO(), BytesIO()
    BY_NAME["docx"].write(gold_issue(), one, ExportOptions())
    real = time.localtime
    monkeypatch.setattr(time, "localtime", lambda *a: real(time.time() + 3600 * 5))  # hours later
    BY_NAME["docx"].write(gold_issue(), two, ExportOptions())
    assert one.getvalue() == two.getvalue()

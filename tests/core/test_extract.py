"""extract(): the document text of .txt, .md, .html and .docx files."""
import io

import docx
import pytest

from editor.core.errors import InputError
from editor.core.decoding.extract import extract
from tests.core.decode_cases import paragraph, paragraphs
from tests.paths import ENCODINGS

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>页面标题</title>
<style>p {{ color: red }}</style><script>var hidden = "脚本";</script></head>
<body><h1>{title}</h1><p>{first}<br>{second}</p>
<div>第一段&nbsp;与<!-- 注释 -->　全角空格</div><script>document.write("不显示")</script>尾</body></html>"""


def _page(charset: str = "gb2312", codec: str = "gbk") -> bytes:
    lines = paragraphs("000")
    return PAGE.format(charset=charset, title=lines[0][:10], first=lines[1], second=lines[2]).encode(codec)


def _docx(paragraph_texts, table=None) -> bytes:
    document = docx.Document()
    for text in paragraph_texts:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_text_file_is_decoded():
    data = paragraph("003").encode("big5")
    extracted = extract("a.txt", data)
    assert (extracted.kind, extracted.text, extracted.encoding) == ("text", paragraph("003"), "big5")


def test_markdown_is_decoded_as_text():
    extracted = extract("notes.MD", "# 标题\n\n正文".encode("utf-8"))
    assert (extracted.kind, extracted.text) == ("markdown", "# 标题\n\n正文")


def test_html_visible_text_one_block_per_line():
    lines = paragraphs("000")
    text = extract("p.html", _page()).text
    assert text.split("\n") == [lines[0][:10], lines[1], lines[2], "第一段\xa0与　全角空格", "尾"]


def test_html_drops_head_script_and_style():
    text = extract("p.htm", _page()).text
    assert not any(s in text for s in ("页面标题", "脚本", "不显示", "color"))


def test_html_declared_charset_of_the_same_family_keeps_the_narrowest_codec():
    extracted = extract("p.html", _page("gb18030", "gbk"))
    assert (extracted.encoding, extracted.repairs) == ("gb2312", ())


def test_html_wrong_declared_charset_is_overruled_and_said():
    extracted = extract("p.html", _page("big5", "gbk"))
    assert extracted.encoding == "gb2312"
    assert extracted.repairs == ("the page declares big5, which does not fit its bytes; read as gb2312",)


def test_html_without_declaration_is_detected():
    data = (ENCODINGS / "chardet__Big5__chromium_Big5_with_no_encoding_specified.html").read_bytes()
    extracted = extract("news.html", data)
    assert extracted.encoding == "big5" and extracted.text.startswith("台北看守所昨天抽查前總統陳水扁的房舍")


def test_html_warnings_are_positions_in_the_visible_text():
    data = f"<p>\U00020000职工\x07</p><p>{paragraph('000')}</p>".encode("utf-8")
    warnings = extract("x.html", data).warnings
    assert [(w.kind, w.position) for w in warnings] == [("control", 3)]


def test_docx_paragraphs_one_per_line():
    lines = paragraphs("001")[:3]
    extracted = extract("issue.docx", _docx(lines))
    assert (extracted.kind, extracted.text, extracted.encoding, extracted.decoded) == \
        ("docx", "\n".join(lines), "docx", None)


def test_docx_tables_follow_in_order():
    extracted = extract("t.docx", _docx(["前言"], table=[["甲", "乙"], ["丙", "丁"]]))
    assert extracted.text == "前言\n甲\n乙\n丙\n丁"


def test_docx_found_by_content_under_another_name():
    assert extract("issue.txt", _docx(["职工"])).kind == "docx"


def test_docx_name_on_text_bytes():
    with pytest.raises(InputError, match="not a .docx file"):
        extract("fake.docx", "职工".encode("utf-8"))


def test_unsupported_extension():
    with pytest.raises(InputError) as err:
        extract("scan.xyz", b"hello")
    assert str(err.value) == "scan.xyz: not a supported file type (.xyz)"


def test_pdf_is_refused_by_content():
    with pytest.raises(InputError, match="PDF is not supported"):
        extract("issue.pdf", b"%PDF-1.4\n")


def test_empty_file():
    with pytest.raises(InputError, match="the file is empty"):
        extract("a.txt", b"")

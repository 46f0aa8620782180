"""md: Markdown read back with a CommonMark parser (markdown-it-py)."""
from dataclasses import replace

import markdown_it
import pytest

from editor.core.model import IssueMeta
from editor.export.md import escape
from tests.export.issues import gold_issue, photo_issue, render, tiny_png


def tokens(issue):
    return markdown_it.MarkdownIt("commonmark").parse(render("md", issue).decode("utf-8"))


def plain(inline) -> str:
    """The text a reader sees (escapes resolved)."""
    return "".join(c.content for c in inline.children if c.type == "text")


def headings(issue, tag):
    toks = tokens(issue)
    return [plain(toks[i + 1]) for i, t in enumerate(toks) if t.type == "heading_open" and t.tag == tag]


def test_publication_is_the_first_heading():
    issue = gold_issue("000")
    assert headings(issue, "h1") == [issue.meta.publication]


def test_issue_label_and_date_follow_the_publication():
    text = render("md", gold_issue("000")).decode("utf-8")
    assert text.splitlines()[2] == "第11期 · 2020-03-15"


def test_article_titles_are_second_level_headings():
    assert headings(gold_issue("000"), "h2") == [
        "龚建华深入在昌产业开展慰问调研", "饶剑明赴南昌和江铜开展慰问调研",
        "上饶市总工会主动担当抗疫使命 积极助力复工复产", "宜春市总工会发挥工会职能 做好疫情防控 助力企业复工复产"]


def test_in_article_headings_are_third_level():
    assert headings(gold_issue("004"), "h3")[:2] == ["出台政策惠企业", "当好防疫复工勤务员"]


def test_every_paragraph_is_a_paragraph():
    issue = gold_issue("004")
    doc = issue.documents[0]
    paragraphs = {doc.text[b.start:b.end] for a in doc.structure.articles for b in a.body if b.kind == "paragraph"}
    inline = {t.content for t in tokens(issue) if t.type == "inline"}
    assert paragraphs <= inline


def test_kicker_is_emphasised():
    toks = tokens(gold_issue("004"))
    i = next(i for i, t in enumerate(toks) if t.type == "inline" and t.content == "*精准施策 持续作战*")
    assert toks[i].children[0].type == "em_open"


def test_figure_image_is_embedded_and_caption_follows():
    text = render("md", photo_issue(tiny_png())).decode("utf-8")
    assert "](data:image/png;base64," in text
    assert text.rstrip().endswith("新华社记者 张博文 摄")


def test_markup_characters_stay_literal():
    issue = replace(gold_issue("004"), meta=IssueMeta(publication="# 1. *工会* [通讯] <b>"))
    assert headings(issue, "h1") == ["# 1. *工会* [通讯] <b>"]


@pytest.mark.parametrize("line", ["- 列表", "1. 第一", "> 引用", "=====", "+ 加"])
def test_a_line_that_would_open_a_block_stays_a_paragraph(line):
    toks = markdown_it.MarkdownIt("commonmark").parse(escape(line) + "\n")
    assert [t.type for t in toks] == ["paragraph_open", "inline", "paragraph_close"]
    assert plain(toks[1]) == line

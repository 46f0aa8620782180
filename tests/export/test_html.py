"""html: one self-contained page, read back with lxml.html."""
from collections import Counter
from dataclasses import replace

from lxml import html

from editor.core.model import SpanStatus
from editor.export import ExportOptions
from tests.export.issues import gold_issue, ner_issue, photo_issue, render, tiny_png, with_astral, with_status


def page(issue, **options):
    return html.fromstring(render("html", issue, ExportOptions(**options)))


def marks(root):
    return Counter((m.get("title"), m.text_content()) for m in root.iter("mark"))


def test_publication_and_issue_details_head_the_page():
    root = page(gold_issue("000"))
    assert root.findtext(".//header/h1") == "赣鄱工人有力量（江西工会信息）"
    assert root.find(".//header/p").text_content() == "第11期 · 2020-03-15"
    assert root.find(".//header//time").get("datetime") == "2020-03-15"


def test_one_article_element_per_article_with_its_title():
    root = page(gold_issue("000"))
    assert [a.find("h2").text_content() for a in root.iter("article")][:2] == [
        "龚建华深入在昌产业开展慰问调研", "饶剑明赴南昌和江铜开展慰问调研"]


def test_kicker_byline_and_headings_are_marked_up():
    article = next(page(gold_issue("004")).iter("article"))
    assert article.find("p[@class='kicker']").text_content() == "精准施策 持续作战"
    assert article.find("p[@class='byline']").text_content() == "（陈煜蕾）"
    assert [h.text_content() for h in article.findall("h3")][:2] == ["出台政策惠企业", "当好防疫复工勤务员"]


def test_paragraph_texts_are_the_document_paragraphs():
    issue = gold_issue("004")
    doc = issue.documents[0]
    expected = [doc.text[b.start:b.end] for b in doc.structure.articles[0].body if b.kind == "paragraph"]
    article = next(page(issue, mark_entities=False).iter("article"))
    assert [p.text_content() for p in article.findall("p") if not p.get("class")] == expected


def test_the_page_is_self_contained():
    root = page(photo_issue(tiny_png()))
    assert root.find(".//head/style") is not None
    assert root.find(".//figure/img").get("src").startswith("data:image/png;base64,")
    assert not root.xpath("//link | //script | //*[@src and not(starts-with(@src, 'data:'))]")


def test_figure_caption_then_credit():
    figcaption = page(photo_issue(tiny_png())).find(".//figure/figcaption")
    assert figcaption.find("span[@class='credit']").text_content() == "新华社记者 张博文 摄"
    assert figcaption.text_content().startswith("3月21日,在位于石泉县")


def test_every_accepted_span_is_one_mark_with_its_text():
    issue = gold_issue("004")
    doc = issue.documents[0]
    assert marks(page(issue)) == Counter((s.label, s.quote) for s in doc.spans)


def test_mark_carries_the_label_as_class_and_title():
    mark = next(page(gold_issue("004")).iter("mark"))
    assert mark.get("class") == "ent LOC" and mark.get("title") == "LOC"


def test_marks_hold_their_text_after_an_astral_character():
    issue = ner_issue(3)
    doc = with_astral(issue.documents[0])
    issue = replace(issue, documents=(doc,))
    assert marks(page(issue)) == Counter((s.label, doc.text[s.start:s.end]) for s in doc.spans)


def test_no_marks_when_not_asked():
    assert not list(page(gold_issue("004"), mark_entities=False).iter("mark"))


def test_only_the_chosen_labels_are_marked():
    assert {m.get("title") for m in page(gold_issue("004"), labels=frozenset({"PER"})).iter("mark")} == {"PER"}


def test_spans_not_accepted_are_not_marked():
    issue = gold_issue("004")
    doc = with_status(issue.documents[0], SpanStatus.PROPOSED)
    issue = replace(issue, documents=(doc,))
    accepted = Counter((s.label, s.quote) for s in doc.spans if s.status == SpanStatus.ACCEPTED)
    assert marks(page(issue)) == accepted

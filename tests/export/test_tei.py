"""tei: TEI P5 XML, parsed back with lxml's strict XML parser."""
from dataclasses import replace

from lxml import etree

from editor.core.model import IssueMeta, Span
from editor.export import ExportOptions
from tests.export.issues import gold_issue, ner_issue, photo_issue, render, tiny_png, with_astral

NS = {"t": "http://www.tei-c.org/ns/1.0"}
ENTITY_TAGS = ("persName", "orgName", "placeName", "date", "measure", "title", "name")
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def tei(issue, **options):
    return etree.fromstring(render("tei", issue, ExportOptions(**options)))


def entities(root):
    return root.xpath("//t:body//*[" + " or ".join(f"self::t:{t}" for t in ENTITY_TAGS) + "]", namespaces=NS)


def with_spans(issue, *extra):
    doc = issue.documents[0]
    return replace(issue, documents=(replace(doc, spans=doc.spans + tuple(extra)),))


def test_well_formed_tei_in_the_tei_namespace():
    root = tei(gold_issue("004"))
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:title", NS) is not None
    assert root.find("t:text/t:body", NS) is not None


def test_source_description_has_publication_issue_and_date():
    bibl = tei(gold_issue("000")).find(".//t:sourceDesc/t:bibl", NS)
    assert bibl.findtext("t:title[@level='j']", namespaces=NS) == "赣鄱工人有力量（江西工会信息）"
    assert bibl.findtext("t:biblScope[@unit='issue']", namespaces=NS) == "第11期"
    assert bibl.find("t:date", NS).get("when") == "2020-03-15"


def test_page_editors_are_named_in_the_title_statement():
    issue = replace(gold_issue("004"), meta=IssueMeta(date="2020-02-24", editors=(("责编", "汪自力"),)))
    resp = tei(issue).find(".//t:titleStmt/t:respStmt", NS)
    assert (resp.findtext("t:resp", namespaces=NS), resp.findtext("t:name", namespaces=NS)) == ("责编", "汪自力")


def test_a_date_that_is_not_iso_has_no_when():
    issue = replace(gold_issue("004"), meta=IssueMeta(date="庚子年二月"))
    assert tei(issue).find(".//t:sourceDesc//t:date", NS).get("when") is None


def test_one_article_div_per_article_with_heads_and_byline():
    root = tei(gold_issue("004"), mark_entities=False)
    first = root.find(".//t:body/t:div[@type='article']", NS)
    assert first.findtext("t:head[@type='kicker']", namespaces=NS) == "精准施策 持续作战"
    assert first.xpath("t:head[not(@type)]", namespaces=NS)[0].text == "无锡各级工会多管齐下保复工"
    assert first.findtext("t:byline", namespaces=NS) == "（陈煜蕾）"


def test_in_article_headings_open_section_divs():
    root = tei(gold_issue("004"), mark_entities=False)
    sections = root.findall(".//t:div[@type='article']/t:div[@type='section']", NS)
    assert [s.findtext("t:head", namespaces=NS) for s in sections][:2] == ["出台政策惠企业", "当好防疫复工勤务员"]
    assert all(len(s.findall("t:p", NS)) >= 1 for s in sections)


def test_paragraphs_before_the_first_heading_stay_in_the_article():
    root = tei(gold_issue("000"), mark_entities=False)
    first = root.find(".//t:div[@type='article']", NS)
    assert len(first.findall("t:p", NS)) == 3


def test_figure_with_graphic_caption_and_credit():
    figure = tei(photo_issue(tiny_png())).find(".//t:figure", NS)
    assert figure.find("t:graphic", NS).get("url").startswith("data:image/png;base64,")
    (caption,) = figure.xpath("t:head[not(@type)]", namespaces=NS)
    assert "".join(caption.itertext()).startswith("3月21日,在位于石泉县")
    assert "".join(figure.find("t:head[@type='credit']", NS).itertext()) == "新华社记者 张博文 摄"


def test_each_entity_element_holds_exactly_its_span_text():
    issue = gold_issue("004")
    found = sorted((etree.QName(e).localname, "".join(e.itertext())) for e in entities(tei(issue)))
    tag = {"PER": "persName", "ORG": "orgName", "LOC": "placeName"}
    assert found == sorted((tag[s.label], s.quote) for s in issue.documents[0].spans)


def test_entity_text_holds_after_an_astral_character():
    issue = ner_issue(5)
    docs = tuple(with_astral(d) for d in issue.documents)
    root = tei(replace(issue, documents=docs))
    expected = sorted(d.text[s.start:s.end] for d in docs for s in d.spans)
    assert sorted("".join(e.itertext()) for e in entities(root)) == expected


def test_labels_map_to_tei_elements():
    issue = gold_issue("004")
    p = issue.documents[0].structure.articles[0].body[1]
    text = issue.documents[0].text
    extra = [Span(p.start + i, p.start + i + n, label, text[p.start + i:p.start + i + n])
             for i, n, label in ((0, 1, "DATE"), (1, 1, "MONEY"), (2, 1, "QUANTITY"), (3, 1, "TITLE"), (4, 1, "EVENT"))]
    root = tei(with_spans(issue, *extra), labels=frozenset({"DATE", "MONEY", "QUANTITY", "TITLE", "EVENT"}))
    got = [(etree.QName(e).localname, e.get("type")) for e in entities(root)]
    assert got == [("date", None), ("measure", "currency"), ("measure", None), ("title", None), ("name", "EVENT")]


def test_nested_spans_nest():
    issue = gold_issue("004")
    doc = issue.documents[0]
    start = doc.text.index("无锡市总工会要求")
    root = tei(with_spans(issue, Span(start, start + 2, "LOC", "无锡")))
    org = next(e for e in entities(root) if "".join(e.itertext()) == "无锡市总工会")
    assert [("".join(c.itertext()), etree.QName(c).localname) for c in org] == [("无锡", "placeName")]


def test_a_span_across_blocks_is_split_into_chained_pieces():
    issue = gold_issue("004")
    text = issue.documents[0].text
    start = text.index("持续作战")
    span = Span(start, start + len("持续作战\n无锡"), "EVENT", text[start:start + 7])
    root = tei(with_spans(issue, span), labels=frozenset({"EVENT"}))
    first, second = root.xpath("//t:name[@type='EVENT']", namespaces=NS)
    assert ("".join(first.itertext()), "".join(second.itertext())) == ("持续作战", "无锡")
    assert first.get("next") == "#" + second.get(XML_ID)
    assert second.get("prev") == "#" + first.get(XML_ID)


def test_characters_xml_cannot_hold_do_not_break_the_file():
    issue = gold_issue("004")
    doc = issue.documents[0]
    root = tei(replace(issue, documents=(replace(doc, text=doc.text.replace("，", "\x0b", 1)),)))
    assert "\ufffd" in "".join(root.find(".//t:body", NS).itertext())


def test_an_issue_without_articles_still_has_a_body_with_content():
    issue = gold_issue("004")
    doc = replace(issue.documents[0], structure=replace(issue.documents[0].structure, articles=()))
    body = tei(replace(issue, documents=(doc,))).find(".//t:body", NS)
    assert len(body) == 1

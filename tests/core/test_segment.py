import json

import pytest

from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.hints import hints_from_run
from editor.core.model import Structure
from editor.core.layout.segment import is_laid_out, laid_out, read_lines, segment
from tests.paths import GOLD, sample


def as_gold(text: str, structure: Structure) -> list[dict]:
    """The structure in the shape of ../shared/gold/*.json articles."""
    out = []
    for a in structure.articles:
        field = lambda b: b.text(text) if b else None  # noqa: E731
        paragraphs, sections = [], []
        for b in a.body:
            if b.kind == "heading":
                sections.append({"before_paragraph": len(paragraphs), "heading": b.text(text)})
            else:
                paragraphs.append(b.text(text))
        out.append({"kicker": field(a.kicker), "title": field(a.title), "subtitle": field(a.subtitle),
                    "byline": field(a.byline), "paragraphs": paragraphs, "sections": sections,
                    "figures": [{"caption": field(f.caption), "credit": field(f.credit)} for f in a.figures]})
    return out


def gold(prefix: str) -> tuple[str, list[dict]]:
    (path,) = GOLD.glob(f"{prefix}_*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = ("kicker", "title", "subtitle", "byline", "paragraphs", "sections", "figures")
    return (path.with_suffix("").with_suffix(".clean.txt").read_text(encoding="utf-8"),
            [{k: a[k] for k in keys} for a in data["articles"]])


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_the_gold_reading_text_segments_into_the_gold_structure(prefix):
    text, expected = gold(prefix)
    assert as_gold(text, segment(text)) == expected


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_the_cleaned_seed_has_the_gold_articles_and_blocks(prefix):
    run = clean.run(sample(prefix))
    found = as_gold(run.text, segment(run.text, hints_from_run(run)))
    _, expected = gold(prefix)
    assert [(a["kicker"], a["title"], a["byline"]) for a in found] == \
           [(a["kicker"], a["title"], a["byline"]) for a in expected]
    assert [len(a["paragraphs"]) for a in found] == [len(a["paragraphs"]) for a in expected]
    assert [[s["before_paragraph"] for s in a["sections"]] for a in found] == \
           [[s["before_paragraph"] for s in a["sections"]] for a in expected]


def seed_002() -> list[dict]:
    run = clean.run(sample("002"))
    return as_gold(run.text, segment(run.text, hints_from_run(run)))


def test_seed_002_has_ten_articles_with_kickers_and_subtitles():
    articles = seed_002()
    assert len(articles) == 10
    first = articles[0]
    assert first["kicker"] == "向每户困难职工发放1000元特殊困难生活救助金"
    assert first["title"] == "重庆市总突出解决职工突发性紧迫性生活困难"
    assert first["subtitle"].startswith("建立困难群体动态监测机制")


def test_a_byline_glued_to_the_lead_becomes_its_own_block():
    first = seed_002()[0]
    assert first["byline"] == "本报讯（记者李国）"
    assert first["paragraphs"][0].startswith("3月14日，重庆市总工会宣布")


def test_a_photo_caption_takes_its_credit():
    photo = seed_002()[1]
    assert photo["title"] == "特色产业助脱贫" and photo["paragraphs"] == []
    assert photo["figures"][0]["credit"] == "新华社记者 张博文 摄"
    assert photo["figures"][0]["caption"].startswith("3月21日，在位于石泉县")


def test_a_byline_over_two_lines_is_one_block():
    assert seed_002()[-1]["byline"] == "本报记者 李昱霖\n本报通讯员 刘月 王冠喜"


def test_a_byline_printed_after_the_last_sentence_is_split_off():
    run = clean.run(sample("003"))
    (article,) = as_gold(run.text, segment(run.text, hints_from_run(run)))
    assert article["byline"] == "（辛闻 赵新谕）"
    assert article["paragraphs"][-1].endswith("共同打赢疫情防控战。")


def test_captions_under_a_repeated_headline_become_figures():
    run = clean.run(sample("003"))
    (article,) = as_gold(run.text, segment(run.text, hints_from_run(run)))
    assert [f["caption"] for f in article["figures"]] == [
        "技能大师郑志明正在对工艺装备进行调试", "市人大常委会副主任、总工会主席梁日春在广西汽车集团调研", "复工后五菱柳机一线工人在生产"]
    assert [s["heading"] for s in article["sections"]] == [
        "解难题，进企业走访调研", "维权益，指导企业有序复工复产", "促发展，激发劳动者创造热情"]


def test_block_offsets_are_code_points():
    text = "𠀀标题\n本报记者 张静\n正文第一段。\n"
    (article,) = segment(text).articles
    assert article.title.text(text) == "𠀀标题" and article.byline.text(text) == "本报记者 张静"
    assert article.body[0].text(text) == "正文第一段。"


def test_a_blank_line_in_laid_out_text_starts_an_article():
    text = "乌鲁木齐市总为职工送去慰问金\n市总工会日前组成3个慰问组。\n\n淄博市总多举措助企业复工复产\n摸排返岗人员情况。\n"
    assert [a.title.text(text) for a in segment(text).articles] == ["乌鲁木齐市总为职工送去慰问金", "淄博市总多举措助企业复工复产"]


def test_a_single_display_line_inside_an_article_is_a_heading():
    text = "无锡各级工会多管齐下保复工\n为减轻疫情影响，帮助企业渡过难关。\n出台政策惠企业\n推出线上企业招聘定制服务。\n"
    (article,) = segment(text).articles
    assert [b.kind for b in article.body] == ["paragraph", "heading", "paragraph"]


def test_a_trailing_fragment_stays_a_paragraph():
    run = clean.run(sample("001"))
    article = segment(run.text, hints_from_run(run)).articles[-1]
    assert article.body[-1].kind == "paragraph" and article.body[-1].text(run.text) == "本版图片由"


def test_empty_text_has_no_articles():
    assert segment("\n\n").articles == ()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_is_laid_out_agrees_with_reading_every_line(prefix):
    """is_laid_out() looks only at the lines after blank lines; it must say what laid_out()
    says after reading them all, on raw, cleaned and re-spaced texts."""
    run = clean.run(sample(prefix))
    hints = hints_from_run(run)
    texts = [(sample(prefix), {}), (run.text, hints), (run.text.replace("\n", "\r\n"), {}),
             (" \n\n" + run.text.replace("\n\n", "\n \u3000\n\n"), {}), ("\n\n\n", {}), ("", {})]
    for text, h in texts:
        assert is_laid_out(text, h) == laid_out(read_lines(text, h))

from editor.core.cleanup.rules.furniture import RULE
from tests.core.cleanup.rules.helpers import apply, proposals
from tests.paths import sample

PAGE_004 = " 精准施策 持续作战\n\n无锡各级工会多管齐下保复工\n\nA06 20202020..22..2424 星期一星期一\n" \
           "责编责编 汪自力汪自力 ｜｜ 版式版式 邹琦邹琦 ｜｜ 校对校对 王欣王欣\n\n出台政策惠企业\n"


def test_page_line_and_editor_credits_leave_the_text():
    assert apply(RULE, PAGE_004) == " 精准施策 持续作战\n\n无锡各级工会多管齐下保复工\n\n\n出台政策惠企业\n"


def test_removed_lines_are_kept_tidied_for_the_metadata():
    furniture = [c.data["furniture"] for c in proposals(RULE, PAGE_004)]
    assert furniture == ["A06 2020.2.24 星期一", "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣"]


def test_newsletter_masthead_is_furniture_down_to_its_date():
    changes = proposals(RULE, sample("000"))
    masthead = [c.data["furniture"] for c in changes if c.data["kind"] == "masthead"]
    assert masthead == ["赣鄱工人有力量", "（江西工会信息）", "第11期", "江西省总工会办公室", "2020年3月15日"]


def test_the_first_headline_after_the_masthead_stays():
    assert "## 龚建华深入在昌产业开展慰问调研" in apply(RULE, sample("000"))


def test_distribution_list_and_editor_line_at_the_end_are_furniture():
    kinds = {c.data["kind"]: c.data["furniture"] for c in proposals(RULE, sample("000"))}
    assert kinds["distribution"].startswith("本期送：省委、省政府")
    assert kinds["editors"] == "编辑：应朝晖、郑姣"


def test_certainty_differs_by_kind():
    conf = {c.data["furniture"]: c.confidence for c in proposals(RULE, sample("000"))}
    assert conf["第11期"] > conf["赣鄱工人有力量"]
    assert conf["编辑：应朝晖、郑姣"] < 0.9


def test_article_text_mentioning_dates_and_editors_stays():
    for n in ("001", "002", "003"):
        assert proposals(RULE, sample(n)) == []


def test_a_kicker_and_title_above_the_page_line_are_no_masthead():
    texts = [c.before for c in proposals(RULE, PAGE_004)]
    assert not any("精准施策" in t or "多管齐下" in t for t in texts)

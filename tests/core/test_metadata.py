from editor.core.cleanup import pipeline as clean
from editor.core.layout.dates import cn_number, find_date, tidy, undouble
from editor.core.layout.metadata import furniture_meta, suggest_meta
from tests.paths import sample


def test_masthead_gives_publication_issue_and_date():
    meta = suggest_meta(sample("000"))
    assert meta.publication == "赣鄱工人有力量（江西工会信息）"
    assert (meta.issue_label, meta.date) == ("第11期", "2020-03-15")
    assert meta.editors == (("编辑", "应朝晖"), ("编辑", "郑姣"))


def test_page_line_with_doubled_glyphs_gives_page_date_and_editors():
    meta = suggest_meta(sample("004"))
    assert (meta.page, meta.date, meta.publication) == ("A06", "2020-02-24", None)
    assert meta.editors == (("责编", "汪自力"), ("版式", "邹琦"), ("校对", "王欣"))
    assert meta.furniture == ("A06 2020.2.24 星期一", "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣")


def test_cleaned_text_gives_the_same_metadata_from_the_furniture_it_lost():
    run = clean.run(sample("000"))
    lines = [p.change.data["furniture"] for p in run.accepted() if p.change.data and "furniture" in p.change.data]
    assert furniture_meta(lines) == suggest_meta(sample("000"))


def test_a_report_date_needs_a_year():
    assert suggest_meta(sample("002")).date == "2020-03-14"
    assert suggest_meta("本报讯（记者李国）3月14日，重庆市总工会宣布发放救助金。").date is None
    assert suggest_meta("本报讯（记者李国）3月14日，重庆市总工会宣布发放救助金。", year_hint=2021).date == "2021-03-14"


def test_issue_labels_are_written_without_spaces():
    assert furniture_meta(["第 11 期"]).issue_label == "第11期"
    assert furniture_meta(["第十一期"]).issue_label == "第11期"


def test_dates_in_their_printed_forms():
    assert find_date("2020 年 3 月 15 日") == "2020-03-15"
    assert find_date("A06 2020.2.24 星期一") == "2020-02-24"
    assert find_date("二〇二〇年三月十五日") == "2020-03-15"
    assert find_date("2020年2月30日") is None


def test_chinese_numerals():
    assert [cn_number(s) for s in ("15", "十五", "十", "二十", "二〇二〇")] == [15, 15, 10, 20, 2020]


def test_undoubling_needs_the_whole_line_doubled():
    assert undouble("责编责编 汪自力汪自力 ｜｜ 版式版式 邹琦邹琦") == "责编 汪自力 ｜ 版式 邹琦"
    assert undouble("谢谢 大家") == "谢谢 大家"
    assert tidy("(江西工会信息)") == "（江西工会信息）"


def test_no_furniture_no_metadata():
    meta = suggest_meta(sample("003"))
    assert (meta.publication, meta.issue_label, meta.date, meta.furniture) == (None, None, None, ())


def test_text_with_its_glyphs_already_undoubled_gives_the_same_metadata():
    undoubled = sample("004").replace("A06 20202020..22..2424 星期一星期一", "A06 2020.2.24 星期一").replace(
        "责编责编 汪自力汪自力 ｜｜ 版式版式 邹琦邹琦 ｜｜ 校对校对 王欣王欣", "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣")
    assert suggest_meta(undoubled) == suggest_meta(sample("004"))

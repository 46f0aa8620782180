from editor.core.cleanup.rules.glyphs import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_doubled_date_line_is_undone():
    line = seed_line("004", "A06")
    assert applied(RULE, line) == "A06 2020.2.24 星期一"


def test_doubled_editor_line_is_undone():
    line = seed_line("004", "责编责编")
    assert applied(RULE, line) == "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣"


def test_each_doubled_run_is_its_own_change():
    line = seed_line("004", "A06")
    removed = [c.before for c in proposals(RULE, line)]
    assert removed == ["2020", ".", "2", ".", "24", "星期一"]


def test_real_reduplications_stay():
    text = "谢谢大家，常常看看，人人天天，两手抓、两手硬。"
    assert proposals(RULE, text) == []


def test_repeated_digits_stay():
    assert proposals(RULE, "编号1111 2222 3333，2020年11月11日") == []


def test_doubled_punctuation_marks_of_chinese_stay():
    assert proposals(RULE, "看看——想想……好好！！") == []


def test_lone_doubled_word_is_only_proposed():
    (change,) = proposals(RULE, "2月24日 星期一星期一")
    assert change.confidence < 0.5


def test_offsets_count_code_points():
    line = "𠀀 责编责编 汪自力汪自力"
    assert applied(RULE, line) == "𠀀 责编 汪自力"


def test_chinese_doubled_marks_inside_a_doubled_region_are_undone():
    line = "吴宓先生吴宓先生————他早已是他早已是。。"
    assert applied(RULE, line) == "吴宓先生——他早已是。"


def test_headline_alone_on_its_line_in_bold_is_undone():
    line = seed_line("004", "万众一心 阻击疫情").strip().replace(" ", "")
    text = f"{line * 2}\n本报记者 张静\n"
    assert applied(RULE, text) == f"{line}\n本报记者 张静\n"


def test_doubled_word_inside_a_line_is_still_only_proposed():
    (change,) = proposals(RULE, "他连声说：对不起对不起，我来晚了。")
    assert change.confidence < 0.5


def test_full_width_digits_are_no_doubled_marks():
    assert proposals(RULE, "面积达１１００多平方公里，约３３００万公顷") == []


def test_doubled_full_width_digits_in_a_bold_line_are_undone():
    assert applied(RULE, "２０２０２０２０..２２..２４２４ 星期一星期一") == "２０２０.２.２４ 星期一"


def test_a_line_of_one_repeated_character_stays():
    assert [c for c in proposals(RULE, "哈哈哈哈哈哈\n") if c.confidence >= 0.5] == []


def test_bold_headline_with_a_doubled_dash_is_undone():
    assert applied(RULE, "看完第二个景点看完第二个景点——————\n") == "看完第二个景点———\n"


def test_a_bold_line_drawn_four_times_is_undone_in_one_pass():
    from editor.core.cleanup import pipeline
    from editor.core.cleanup.profiles import DEFAULT
    once = pipeline.run("————星期一星期一星期一星期一", DEFAULT).text
    assert once == "——星期一" and not pipeline.run(once, DEFAULT).proposals

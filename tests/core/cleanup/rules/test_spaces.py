from editor.core.cleanup.rules.spaces import RULE
from tests.paths import sample
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_spaces_around_digits_go():
    assert applied(RULE, seed_line("000", "2020 年")) == "2020年3月15日"
    assert applied(RULE, seed_line("000", "第 11 期")) == "第11期"


def test_space_between_percent_and_chinese_goes():
    assert "产能已达100%时" in applied(RULE, seed_line("000", "100% 时"))


def test_letterspaced_heading_closes_up():
    assert applied(RULE, seed_line("002", "阅 读 提 示")) == "## 阅读提示"


def test_leading_space_of_a_line_goes():
    assert applied(RULE, seed_line("004", "精准施策")) == "精准施策 持续作战"


def test_title_halves_keep_their_space():
    line = seed_line("000", "上饶市总工会主动担当抗疫使命")
    assert proposals(RULE, line) == []


def test_byline_spaces_stay():
    for containing in ("本报记者 张静", "新华社记者 张博文 摄", "本报通讯员 刘月 王冠喜"):
        assert proposals(RULE, seed_line("002", containing)) == [], containing


def test_spaces_inside_parenthesised_byline_stay():
    line = seed_line("002", "(记者柳姗姗 彭冰 通讯员张阿明)")
    assert all(c.start > line.index(")") or c.start < line.index("(") for c in proposals(RULE, line))


def test_space_after_punctuation_goes():
    assert applied(RULE, "各行各业来说都是一次大考， 企业要在大考中") == "各行各业来说都是一次大考，企业要在大考中"


def test_space_in_a_sentence_is_only_proposed():
    line = seed_line("001", " 安康杯 ")
    change = next(c for c in proposals(RULE, line) if c.start == line.index(" 安康杯 "))
    assert change.confidence < 0.5


def test_field_marks_keep_their_spaces():
    assert proposals(RULE, "责编 汪自力 ｜ 版式 邹琦") == []


def test_date_before_weekday_keeps_its_space():
    assert proposals(RULE, "A06 2020.2.24 星期一\n") == []


def test_latin_words_keep_their_spaces():
    assert proposals(RULE, "Hello, world and COVID-19") == []


def test_full_width_space_between_title_halves_becomes_plain():
    assert applied(RULE, "万众一心\u3000阻击疫情") == "万众一心 阻击疫情"


def test_newlines_are_never_touched():
    text = "第 11 期\n\n 精准施策 \n"
    assert applied(RULE, text, threshold=0).count("\n") == 3


def test_space_cutting_a_word_goes():
    line = seed_line("002", "疫情防控专项慰问资金")
    damaged = line.replace("疫情防控专项", "疫情防 控专项")
    assert applied(RULE, damaged) == line


def test_spaces_around_a_mark_inside_a_number_go():
    assert applied(RULE, "比重达41 · 4％，以11 ∶ 0获胜，1 ／ 8决赛") == "比重达41·4％，以11∶0获胜，1／8决赛"


def test_spaced_marks_between_latin_numbers_stay():
    assert proposals(RULE, "score 1 / 8 and 2 · 3") == []


def test_scattered_spaces_go_where_no_quotes_were_stripped():
    # Spaces that cut words (疫情防 控) show a text whose spaces are scattered: the ones that
    # fall between words go as well.
    line = seed_line("000", "疫情防控 and").replace(" and ", "和")
    damaged = line.replace("疫情防控", "疫情防 控").replace("复工复产", "复工 复产").replace("各级", "各 级")
    assert applied(RULE, damaged) == line


def test_spaces_around_a_term_the_document_shows_are_left_to_the_quotes_rule():
    page = sample("001")  # 赣工贷 is set off four times
    at = page.index(" 赣工贷 ")
    assert not [c for c in proposals(RULE, page) if c.start in (at, at + 4)]


def test_spaces_around_a_term_set_off_once_are_still_proposed_for_removal():
    page = sample("001")
    at = page.index(" 安康杯 ")
    assert [c.confidence for c in proposals(RULE, page) if c.start in (at, at + 4)] == [0.3, 0.3]


def test_a_space_beside_a_spaced_field_mark_stays_so_a_second_pass_changes_nothing():
    from tests.core.cleanup.rules.apply import applied, proposals
    from editor.core.cleanup.rules import BY_ID
    rule = BY_ID["spaces.cjk"]
    once = applied(rule, " 天工杯 ｜\u3000｜", 0.0)
    assert [c for c in proposals(rule, once) if c.confidence >= 0.5] == []

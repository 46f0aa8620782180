from editor.core.cleanup.rules.punctuation import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_commas_and_semicolons_in_chinese_become_full_width():
    line = seed_line("001", "医疗保障计划;开展")
    out = applied(RULE, line)
    assert "医疗保障计划；开展" in out and "," not in out and ";" not in out


def test_question_and_exclamation_marks_become_full_width():
    line = seed_line("002", "过年好!")
    assert applied(RULE, line).startswith("“过年好！我是咱们社区的网格员，请问家里有没有从疫情严重地区回来的亲属吗？”")


def test_colon_after_chinese_becomes_full_width():
    assert applied(RULE, "分享到:") == "分享到："


def test_parenthesised_byline_becomes_full_width():
    line = seed_line("002", "(记者李国)")
    assert "（记者李国）3月14日，" in applied(RULE, line)


def test_numbers_keep_their_marks():
    text = "比分1:0，共5,000元，5000+，46.65万元，2.5万"
    assert proposals(RULE, text) == []


def test_latin_text_keeps_its_marks():
    assert proposals(RULE, "他说 Hello, world (COVID-19) f(x)") == []


def test_urls_and_email_addresses_keep_their_marks():
    assert proposals(RULE, "详见 https://www.acftu.org/news?id=1,2;3 或 a.b@acftu.org。") == []


def test_number_in_parentheses_before_chinese_pairs_full_width():
    assert applied(RULE, "(1)加强组织领导") == "（1）加强组织领导"


def test_triple_hyphen_between_titles_becomes_dash():
    line = seed_line("003", "---")
    assert "復工復產——廣西" in applied(RULE, line)


def test_markdown_rule_line_is_not_a_dash():
    assert proposals(RULE, "正文。\n---\n本期送") == []


def test_three_dots_become_chinese_ellipsis():
    assert applied(RULE, "我深受感染...”") == "我深受感染……”"


def test_latin_ellipsis_stays():
    assert proposals(RULE, "wait... what") == []


def test_full_stop_at_line_end_after_chinese():
    assert applied(RULE, "这回老牛的心愿终于达成.\n但是") == "这回老牛的心愿终于达成。\n但是"


def test_dot_between_chinese_names_stays():
    assert proposals(RULE, "尔肯江.吐拉洪表示") == []


def test_offsets_count_code_points():
    text = "𠀀𠀀,好"
    (change,) = proposals(RULE, text)
    assert (change.start, change.after) == (2, "，")


def _read_as_gb2312(line):
    """The line as Python's GB2312 table decodes its GBK bytes: ・ for ·, ―― for ——."""
    return line.encode("gbk").decode("gb2312")


def test_gb2312_middle_dot_in_a_name_becomes_the_chinese_one():
    damaged = _read_as_gb2312(seed_line("002", "尔肯江·吐拉洪走进"))
    assert "尔肯江・吐拉洪" in damaged and "尔肯江·吐拉洪走进" in applied(RULE, damaged)


def test_gb2312_dash_halves_become_the_chinese_dash():
    damaged = _read_as_gb2312(seed_line("002", "一则消息——武汉"))
    assert "消息――武汉" in damaged and "消息——武汉" in applied(RULE, damaged)


def test_katakana_middle_dot_between_kana_stays():
    assert proposals(RULE, "サッカー・ボール") == []


def test_a_single_horizontal_bar_stays():
    assert proposals(RULE, "第一―第二") == []

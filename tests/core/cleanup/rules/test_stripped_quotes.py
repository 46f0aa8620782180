from editor.core.cleanup.rules.stripped_quotes import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def quoted(line):
    return applied(RULE, line, threshold=0)


def test_term_between_two_spaces_is_quoted():
    assert "广泛开展“天工杯”十大示范性劳动" in quoted(seed_line("001", "天工杯"))


def test_function_word_between_terms_stays_outside():
    assert "深入开展“小革新、小发明、小设计、小建议、小改造”的“五小”活动" in quoted(seed_line("001", "五小"))


def test_adjacent_terms_share_one_space():
    assert "建成“爱心驿站”“劳动者港湾”“邮爱驿站”“散工驿站”等各类" in quoted(seed_line("001", "爱心驿站"))


def test_single_space_quotes_the_shorter_side():
    assert "有一种温暖来自“娘家人”。" in quoted(seed_line("001", "有一种温暖来自"))


def test_short_half_of_a_title_is_proposed():
    assert quoted(seed_line("001", "倾力当好职工")) == "倾力当好职工“娘家人”"


def test_two_half_titles_are_not_quoted():
    for line in ("精准施策 持续作战", "万众一心 阻击疫情", seed_line("000", "上饶市总工会主动担当")):
        assert proposals(RULE, line) == [], line


def test_bylines_are_not_quoted():
    assert proposals(RULE, seed_line("002", "本报通讯员 刘月 王冠喜")) == []


def test_proposals_without_evidence_stay_below_the_default_threshold():
    line = seed_line("001", "爱心驿站") + "“职工之家”建设。"  # the page prints quotation marks
    changes = proposals(RULE, line)
    assert changes and all(c.confidence < 0.5 for c in changes)

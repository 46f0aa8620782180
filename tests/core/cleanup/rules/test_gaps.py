from editor.core.lang import gaps
from tests.core.cleanup.rules.apply import seed_line
from tests.paths import sample


def kinds(text):
    return [g.kind for g in gaps.cjk_gaps(text)]


def test_letterspaced_heading():
    assert kinds(seed_line("002", "阅 读 提 示")) == [gaps.LETTERSPACED] * 3


def test_byline_names_are_separators():
    assert kinds(seed_line("002", "本报通讯员 刘月")) == [gaps.SEPARATOR] * 2
    assert kinds(seed_line("002", "新华社记者")) == [gaps.SEPARATOR] * 2


def test_parenthesised_names_are_separators():
    assert kinds(seed_line("003", "(辛聞 趙新諭)")) == [gaps.SEPARATOR]


def test_display_title_halves():
    assert kinds(" 精准施策 持续作战\n") == [gaps.TITLE]


def test_single_space_in_book_title_is_a_separator():
    assert kinds(seed_line("004", "《齐心协力 众志成城")) == [gaps.SEPARATOR]


def test_spaces_inside_a_sentence_are_terms():
    assert kinds(seed_line("001", "天工杯")) == [gaps.TERM] * 2


def test_several_spaces_in_book_title_are_terms():
    line = seed_line("001", "《关于进一步做好 六稳")
    title = line[line.index("《关于进一步做好"):line.index("》", line.index("《关于进一步做好")) + 1]
    assert kinds(title) == [gaps.TERM] * 5


def test_hard_wrapped_column_line_is_no_display_line():
    text = sample("004")
    start = text.index("区总工会联合百家企业")
    end = text.index("\n", start)
    assert not gaps.is_display(text, start, end)


def test_space_cutting_a_word_is_split():
    line = seed_line("000", "疫情防控 and").replace("疫情防控 and", "疫情防 控和")
    assert gaps.SPLIT in kinds(line)


def test_term_spaces_fall_between_words():
    assert gaps.SPLIT not in kinds(sample("001"))


def test_gaps_of_a_text_with_scattered_spaces_are_stray():
    text = "疫情防 控期间，各 级工会 组织了招 聘活动，帮助企业 复工。"
    found = kinds(text)
    assert gaps.SPLIT in found and gaps.TERM not in found and gaps.STRAY in found


def test_stripped_quotes_never_make_gaps_stray():
    assert gaps.STRAY not in kinds(sample("001"))


def test_quoted_halves_of_like_length_are_separators():
    assert kinds(seed_line("003", "溫暖回城 安全復工").replace("溫暖回城 安全復工", "温暖回城 安全复工")) == [gaps.SEPARATOR]


def test_quoted_space_that_is_no_parallel_halves_is_no_separator():
    assert kinds("提出“新时代 奋进者的使命与担当”这一主题。") == [gaps.TERM]


def test_quoted_space_cutting_a_word_is_split():
    assert kinds("一再散布“中国威 胁论”") == [gaps.SPLIT]


QUOTELESS = ("各地开展 安康杯 竞赛,推进 职工书屋 建设,评选 最美职工 活动。每年5月的 世界环境日 前后,工会都组织宣传。")


def test_on_a_quoteless_page_of_set_off_terms_a_word_cut_at_a_term_end_is_a_term_gap():
    # jieba reads 日前 across the gap after 世界环境日: one half of a stripped pair
    found = gaps.cjk_gaps(QUOTELESS)
    after = QUOTELESS.index("日 前后") + 1
    assert next(g.kind for g in found if g.start == after) == gaps.TERM


def test_a_page_that_prints_quotation_marks_keeps_the_split():
    text = QUOTELESS + "“职工之家”"
    after = text.index("日 前后") + 1
    assert next(g.kind for g in gaps.cjk_gaps(text) if g.start == after) == gaps.SPLIT

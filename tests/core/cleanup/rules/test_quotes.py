from editor.core.cleanup.rules.quotes import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_straight_quotes_in_chinese_pair_as_curly():
    line = seed_line("002", "“一对一”调研").replace("“", '"').replace("”", '"')
    assert applied(RULE, line) == seed_line("002", "“一对一”调研")


def test_quote_closing_on_the_next_wrapped_line_pairs():
    text = '推出"企业职工复工返岗防疫须知学习抽奖\n活动",引导职工'
    assert applied(RULE, text) == '推出“企业职工复工返岗防疫须知学习抽奖\n活动”,引导职工'


def test_quotes_do_not_pair_across_paragraphs():
    text = '他说"好\n\n她说"行"'
    changes = proposals(RULE, text)
    assert [c.after for c in changes if c.start > 4] == ["“", "”"]


def test_english_quotes_stay():
    assert proposals(RULE, 'He said "hello" twice.') == []


def test_apostrophes_stay():
    assert proposals(RULE, "don't stop 说‘好’") == []


def test_single_quotes_next_to_chinese_pair():
    assert applied(RULE, "战'疫'的胜利") == "战‘疫’的胜利"


def test_odd_count_is_only_proposed():
    changes = proposals(RULE, '奇数"一个"两个"三个')
    assert changes and all(c.confidence < 0.5 for c in changes)


def test_lone_quote_after_a_colon_opens_for_certain():
    (change,) = proposals(RULE, '党的十五大报告指出:"随着企业改革深化，职工下岗是难以避免的。')
    assert (change.after, change.confidence >= 0.5) == ("“", True)


def test_lone_quote_after_a_sentence_end_closes_for_certain():
    (change,) = proposals(RULE, '我要把这几年的见识，用在种庄稼地上。"\n下一段')
    assert (change.after, change.confidence >= 0.5) == ("”", True)

from editor.core.rules.doubled_chars import RULE
from tests.core.rules.apply import applied, proposals, seed_line


def test_typed_twice_is_repaired():
    assert "把工会系统全面从严治党引向深入" in applied(RULE, seed_line("001", "从从严"))


def test_doubled_function_word_is_repaired():
    assert applied(RULE, "加快科学技术的的发展速度") == "加快科学技术的发展速度"


def test_doubled_suffix_before_a_non_word_is_repaired():
    assert applied(RULE, "不少厕所所收费偏高") == "不少厕所收费偏高"


def test_dictionary_reduplications_stay():
    text = "谢谢你常常来看看，人人天天学习，一一落实，层层把关，把门关得严严实实。"
    assert proposals(RULE, text) == []


def test_two_words_meeting_on_one_character_stay():
    assert proposals(RULE, "各级工会要关心职工工作，援鄂医疗队队员出发") == []


def test_suffix_and_title_stay():
    assert proposals(RULE, "斯特拉斯堡市市长罗朗·雷斯") == []


def test_reduplicated_given_name_stays():
    assert proposals(RULE, seed_line("002", "第一个递交入党申请书的是宋丽丽")) == []


def test_runs_of_three_stay():
    assert proposals(RULE, "他笑着说哈哈哈，好好好") == []


def test_confidence_sits_between_the_profiles():
    (change,) = proposals(RULE, seed_line("001", "从从严"))
    assert 0.5 <= change.confidence < 0.9

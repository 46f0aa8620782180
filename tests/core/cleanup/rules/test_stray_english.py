from editor.core.cleanup.rules.stray_english import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_and_between_chinese_becomes_he():
    assert "疫情防控和复工复产等各项工作" in applied(RULE, seed_line("000", " and "))


def test_default_profile_applies_it_and_conservative_does_not():
    (change,) = proposals(RULE, seed_line("000", " and "))
    assert 0.5 <= change.confidence < 0.9


def test_english_between_latin_stays():
    assert proposals(RULE, "研究 research and development 项目") == []


def test_english_word_inside_a_longer_word_stays():
    assert proposals(RULE, "疫情防控 android 复工") == []


def test_other_function_words_follow_the_table():
    assert applied(RULE, "职工 or 家属，企业 with 工会") == "职工或家属，企业与工会"

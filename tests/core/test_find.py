import pytest

from editor.core.errors import InputError
from editor.core.text.find import Query, context, find


def test_literal_offsets_are_code_points_past_an_astral_character():
    text = "𠀀先生说：疫情防控，疫情"
    found = find(text, Query("疫情"))
    assert [(f.start, f.end) for f in found] == [(5, 7), (10, 12)]
    assert all(text[f.start:f.end] == "疫情" for f in found)


def test_literal_pattern_is_not_a_regular_expression():
    assert [f.start for f in find("a.b axb", Query("a.b"))] == [0]
    assert [f.start for f in find("a.b axb", Query("a.b", regex=True))] == [0, 4]


def test_whole_words_look_at_latin_letters_only():
    text = "防控and复工, band, and"
    starts = [f.start for f in find(text, Query("and", whole_words=True))]
    assert starts == [2, len(text) - 3]
    assert len(find(text, Query("and"))) == 3


def test_regex_replacement_expands_groups():
    found = find("３月１０日 𠀀 3 月", Query(r"(\d) 月", regex=True), replacement=r"\1月")
    assert [(f.text, f.replacement) for f in found] == [("3 月", "3月")]
    assert found[0].start == 8


def test_case_insensitive_and_empty_matches():
    assert len(find("ABC abc", Query("abc", case_sensitive=False))) == 2
    assert find("abc", Query("x*", regex=True)) == []


def test_bad_patterns_name_themselves():
    with pytest.raises(InputError, match="not a regular expression"):
        find("abc", Query("(", regex=True))
    with pytest.raises(InputError, match="empty"):
        find("abc", Query(""))
    with pytest.raises(InputError, match="cannot be made"):
        find("abc", Query("(b)", regex=True), replacement=r"\2")


def test_context_is_one_line():
    before, match, after = context("第一行\n疫情防控\n第三行", 4, 6, width=3)
    assert (before, match, after) == ("…一行⏎", "疫情", "防控⏎…")

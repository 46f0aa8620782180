from editor.core.cleanup.replacement_check import (BAD_PATTERN, BAD_REPLACEMENT, DUPLICATE_NAME, EMPTY_NAME, problems,
                                           row_problem)
from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.core.cleanup.rules.replacements import dry_run_count


def test_literal_rows_are_never_refused():
    assert row_problem(Replacement("[a-", "\\9")) is None


def test_a_pattern_that_does_not_compile_is_named_with_pythons_reason():
    kind, detail = row_problem(Replacement("[0-9", "x", regex=True))
    assert kind == BAD_PATTERN and "unterminated character set" in detail


def test_a_replacement_must_refer_to_groups_the_pattern_has():
    assert row_problem(Replacement(r"(\d+)\s+万元", r"\1万元", regex=True)) is None
    assert row_problem(Replacement(r"(\d+)\s+万元", r"\2万元", regex=True))[0] == BAD_REPLACEMENT
    assert row_problem(Replacement(r"(?P<n>\d+)万", r"\g<n>\g<0>", regex=True)) is None
    assert row_problem(Replacement(r"(?P<n>\d+)万", r"\g<m>", regex=True))[0] == BAD_REPLACEMENT
    assert row_problem(Replacement(r"(?i)(a)", r"\1", regex=True)) is None  # global flags stay first


def test_a_replacement_the_check_accepts_expands_in_a_real_run():
    row = Replacement(r"(?P<n>\d+)\s+(万)元", r"\g<n>\2元", regex=True)
    assert row_problem(row) is None
    assert dry_run_count("投入 46 万元", [ReplacementList("a", (row,))]) == {"a": 1}


def test_lists_need_their_own_names_and_problems_come_in_order():
    lists = [ReplacementList("ocr", (Replacement("ok", "x"), Replacement("(", "x", regex=True))),
             ReplacementList(" "), ReplacementList("ocr")]
    found = problems(lists)
    assert [(p.kind, p.list_index, p.row) for p in found] == [(BAD_PATTERN, 0, 1), (EMPTY_NAME, 1, None),
                                                               (DUPLICATE_NAME, 2, None)]
    assert found[0].pattern == "(" and found[0].list_name == "ocr"

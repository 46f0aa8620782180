import pytest

from editor.core.errors import InputError
from editor.core.cleanup.rules.base import Context, Replacement, ReplacementList
from editor.core.cleanup.rules.replacements import RULE, dry_run_count
from tests.core.cleanup.rules.apply import applied, proposals, seed_line

OCR = ReplacementList("ocr", (Replacement("己经", "已经"), Replacement(r"(\d+)\s+万元", r"\1万元", regex=True)))


def test_literal_rows_replace_with_full_confidence():
    changes = proposals(RULE, "他己经来了", Context(replacements=(OCR,)))
    assert [(c.before, c.after, c.confidence) for c in changes] == [("己经", "已经", 1.0)]


def test_regex_rows_expand_groups():
    line = seed_line("000", "46.65 万元")
    assert "46.65万元" in applied(RULE, line, ctx=Context(replacements=(OCR,)))


def test_earlier_list_wins_an_overlap():
    exception = ReplacementList("keep", (Replacement("工会经费", "工会经费"),))
    swap = ReplacementList("swap", (Replacement("会经", "XX"),))
    changes = proposals(RULE, "小微企业工会经费", Context(replacements=(exception, swap)))
    assert all(c.after != "XX" for c in changes)


def test_disabled_lists_do_not_apply():
    off = ReplacementList("off", OCR.entries, enabled=False)
    assert proposals(RULE, "他己经来了", Context(replacements=(off,))) == []


def test_dry_run_counts_each_list():
    off = ReplacementList("off", (Replacement("工会", "公会"),), enabled=False)
    text = seed_line("000", "46.65 万元")
    assert dry_run_count(text, [OCR, off]) == {"ocr": 4, "off": text.count("工会")}


def test_bad_regex_names_the_list_and_row():
    bad = ReplacementList("mine", (Replacement("(", "x", regex=True),))
    with pytest.raises(InputError, match="mine.*'\\('"):
        proposals(RULE, "文本", Context(replacements=(bad,)))

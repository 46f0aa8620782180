import gc

import pytest

from editor.core.cleanup import pipeline as clean
from editor.core.model import Change, ChangeStatus
from editor.core.cleanup.profiles import DEFAULT


class Dedupe:
    id, title, description = "t.dedupe", "dedupe", "drop a doubled run"

    def propose(self, text, ctx):
        i = text.find("星期一星期一")
        return [Change(self.id, i + 3, i + 6, "星期一", "", "doubled", 0.95)] if i >= 0 else []


class Comma:
    id, title, description = "t.comma", "comma", "full-width comma"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, ",", "，", "width", 0.8 if i < 10 else 0.2)
                for i, ch in enumerate(text) if ch == ","]


def test_accepted_changes_make_the_text_and_the_rest_stay_proposed():
    raw = "星期一星期一,好,很好好好好好,坏"
    run = clean.run(raw, DEFAULT, rules=[Dedupe(), Comma()])
    assert run.text == "星期一，好，很好好好好好,坏"
    statuses = [(p.change.rule, p.status) for p in run.proposals]
    assert statuses.count(("t.comma", ChangeStatus.PROPOSED)) == 1


def test_raw_coordinates_point_at_the_raw_text():
    raw = "星期一星期一,好"
    run = clean.run(raw, DEFAULT, rules=[Dedupe(), Comma()])
    comma = next(p for p in run.proposals if p.change.rule == "t.comma")
    assert raw[comma.raw_start:comma.raw_end] == ","


def test_disabled_rule_and_protected_span_are_respected():
    raw = "星期一星期一,好"
    profile = DEFAULT.with_setting("t.dedupe", enabled=False)
    assert clean.run(raw, profile, rules=[Dedupe(), Comma()]).text == "星期一星期一，好"
    assert clean.run(raw, DEFAULT, rules=[Dedupe(), Comma()], protected=[(5, 8)]).text == "星期一星期一,好"


def test_log_replays_to_the_result():
    from editor.core.text.edits import fold
    raw = "星期一星期一,好,坏"
    run = clean.run(raw, DEFAULT, rules=[Dedupe(), Comma()])
    assert fold(raw, run.edits) == run.text


def test_raw_spans_of_a_whole_rule_agree_with_one_by_one_mapping():
    from editor.core.text.edits import Edit, StepMap
    text = "星期一星期一,好,很好"
    maps = [StepMap([Edit(3, 6, "")]), StepMap([Edit(3, 4, "，"), Edit(5, 5, "x")])]
    spans = [(0, 0), (0, 3), (2, 4), (3, 4), (4, 6), (5, 6), (6, 8), (8, 8)]
    assert clean.raw_ranges(maps, spans) == [clean.raw_range(maps, s, e) for s, e in spans]
    assert clean.raw_ranges([], spans) == spans


def test_every_proposal_of_a_seed_maps_to_the_raw_text_it_changes():
    from tests.paths import sample
    raw = sample("004")
    run = clean.run(raw, DEFAULT)
    for p in run.proposals:
        if p.base_seq == 0:  # the first rule saw the raw text itself
            assert raw[p.raw_start:p.raw_end] == p.change.before


class Fails:
    id, title, description = "t.fails", "fails", "a rule that raises"

    def propose(self, text, ctx):
        raise RuntimeError("broken rule")


def test_a_run_leaves_the_garbage_collector_as_it_found_it():
    assert gc.isenabled()
    clean.run("星期一星期一,好", DEFAULT, rules=[Dedupe(), Comma()])
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        clean.run("好", DEFAULT, rules=[Fails()])
    assert gc.isenabled()
    gc.disable()
    try:
        clean.run("星期一星期一,好", DEFAULT, rules=[Dedupe(), Comma()])
        assert not gc.isenabled()
    finally:
        gc.enable()


class Fixed:
    """A rule that proposes the changes it is given (spans as (start, end))."""

    id, title, description = "t.fixed", "fixed", "proposes given spans"

    def __init__(self, spans):
        self.spans = spans

    def propose(self, text, ctx):
        return [Change(self.id, s, e, text[s:e], "X", "given", 0.9) for s, e in self.spans]


@pytest.mark.parametrize("spans", [
    [(0, 3), (2, 4)],  # overlapping
    [(2, 2), (2, 2)],  # two insertions at one point
    [(3, 1)],  # end before start
    [(-1, 2)],  # before the text
    [(5, 40)],  # past its end
])
def test_a_rule_with_bad_or_overlapping_spans_is_refused_by_name(spans):
    with pytest.raises(ValueError, match="t.fixed"):
        clean.run("一二三四五六七八", DEFAULT, rules=[Fixed(spans)])


def test_adjacent_changes_and_an_insertion_between_them_are_fine():
    run = clean.run("一二三四五六七八", DEFAULT, rules=[Fixed([(0, 2), (2, 2), (2, 4)])])
    assert run.text == "XXX五六七八"

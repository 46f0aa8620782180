"""Priors from the editor's decisions, per rule and pattern."""
from hypothesis import given, strategies as st

from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.priors import Decision, Prior, learn
from editor.core.cleanup.profiles import DEFAULT
from tests.core.cleanup.rules.apply import seed_line

LINE = seed_line("001", " 安康杯 ")


def _quote(run):
    return next(p for p in run.proposals if p.change.rule == "quotes.stripped" and "安康杯" in p.change.after)


def test_an_accepted_term_is_applied_next_time_with_the_reason():
    learned = learn([Decision("quotes.stripped", " 安康杯 ", "“安康杯”", True)])
    p = _quote(clean.run(LINE, DEFAULT, priors=learned))
    assert p.status == "accepted" and "accepted once by the editor before in this publication" in p.change.reason


def test_the_pattern_ignores_the_spaces_around_the_term():
    learned = learn([Decision("quotes.stripped", "安康杯 ", "“安康杯”", True)])
    assert _quote(clean.run(LINE, DEFAULT, priors=learned)).status == "accepted"


def test_a_rejected_pattern_is_no_longer_applied():
    text = "全面从从严治党，推动工会工作。"
    learned = learn([Decision("chars.doubled", "从", "", False)])
    assert "从从严" not in clean.run(text, DEFAULT).text
    assert "从从严" in clean.run(text, DEFAULT, priors=learned).text


def test_a_profile_can_turn_learning_off():
    from dataclasses import replace

    learned = learn([Decision("quotes.stripped", " 安康杯 ", "“安康杯”", True)])
    assert _quote(clean.run(LINE, replace(DEFAULT, learn=False), priors=learned)).status == "proposed"


def test_spaces_alone_teach_nothing():
    assert not learn([Decision("spaces.cjk", " ", "", True, 5)])


@given(st.integers(0, 20), st.integers(0, 20), st.floats(0, 1))
def test_more_acceptances_never_lower_the_confidence(a, r, c):
    assert Prior(a + 1, r).confidence(c) >= Prior(a, r).confidence(c)

"""Properties of the whole pipeline: idempotent, clean text stays clean, and Chinese text is
deleted only by the declared noise, furniture and doubling rules."""
import json
import re
from collections import Counter
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from editor.core.cleanup import pipeline as clean
from editor.core.model import ChangeStatus
from editor.core.cleanup.rules import RULES
from editor.core.lang.cjk import CJK_RE
from tests.paths import GOLD, NER_DEV, SAMPLES

DELETERS = {"noise", "furniture", "glyphs.doubled", "chars.doubled"}


@lru_cache(maxsize=1)
def sentences() -> list[str]:
    with NER_DEV.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def cjk(s: str) -> Counter:
    return Counter(CJK_RE.findall(s))


def assert_idempotent(text: str) -> None:
    again = clean.run(clean.run(text).text)
    assert [p.change for p in again.proposals if p.change.confidence >= 0.5] == []


def assert_keeps_chinese(text: str) -> None:
    for p in clean.run(text).proposals:
        if p.status == ChangeStatus.ACCEPTED and p.change.rule not in DELETERS:
            assert len(CJK_RE.findall(p.change.after)) >= len(CJK_RE.findall(p.change.before)), p.change


SEEDS = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_cleaning_the_cleaned_seed_proposes_nothing(path):
    assert_idempotent(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_only_noise_and_furniture_delete_chinese_in_the_seeds(path):
    assert_keeps_chinese(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.clean.txt")), ids=lambda p: p.name[:3])
def test_gold_text_passes_through_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert clean.run(text).accepted() == []


def test_clean_paragraphs_pass_through_unchanged():
    paragraphs = ["".join(sentences()[i:i + 5]) for i in range(0, 1000, 5)]
    text = "\n".join(paragraphs) + "\n"
    assert clean.run(text).accepted() == []


def test_clean_sentences_pass_through_unchanged_one_by_one():
    changed = [s for s in sentences() if any(p.change.rule != "chars.lookalike" for p in clean.run(s).proposals)]
    assert changed == []


def test_clean_sentences_draw_few_look_alike_proposals_and_none_applied():
    # OCR look-alikes are guesses from a language model: at most one in 10,000 characters of
    # clean text, and never applied at the default threshold.
    found = [p for s in sentences() for p in clean.run(s).proposals if p.change.rule == "chars.lookalike"]
    assert len(found) <= sum(map(len, sentences())) / 10_000
    assert all(p.status == "proposed" for p in found)


def paragraph(draw) -> str:
    start = draw(st.integers(0, len(sentences()) - 6))
    return "".join(sentences()[start:start + draw(st.integers(1, 5))])


@lru_cache(maxsize=1)
def headlines() -> list[str]:
    """First clauses of the sentences that read like headlines (no date or number)."""
    clauses = (re.split(r"[，、；：。！？“”《》（）]", s)[0] for s in sentences())
    return [c for c in clauses if 6 <= len(c) <= 20 and not any(ch.isdigit() for ch in c)]


def title(draw) -> str:
    return draw(st.sampled_from(headlines()))


@st.composite
def damaged(draw) -> str:
    """Newspaper-like text with line damage: marks, page breaks, wrapped columns, noise,
    captions standing inside a sentence."""
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["title", "para", "broken", "wrapped", "noise", "interrupted"]))
        p = paragraph(draw)
        if kind == "title":
            blocks.append(draw(st.sampled_from(["", "# ", "## "])) + title(draw))
        elif kind == "broken":
            cut = draw(st.integers(1, len(p) - 1))
            blocks.append(p[:cut] + "\n" * draw(st.integers(1, 4)) + p[cut:])
        elif kind == "interrupted":
            cut = draw(st.integers(1, len(p) - 1))
            blocks.append(p[:cut] + "\n\n\n\n" + title(draw) + "\n\n" + p[cut:])
        elif kind == "wrapped":
            w = draw(st.integers(8, 20))
            blocks.append("\n".join(p[i:i + w] for i in range(0, len(p), w)))
        elif kind == "noise":
            blocks.append(draw(st.sampled_from(["分享到：", "3", "责编 汪自力 ｜ 版式 邹琦", "---",
                                                "A06 2020.2.24 星期一", "\n\n本报记者 张静", "**本报讯** （记者李国）" + p])))
        else:
            blocks.append(p)
    return "\n\n".join(blocks) + draw(st.sampled_from(["", "\n", "\n\n"]))


@st.composite
def laid_out_doc(draw) -> str:
    """Clean articles as the line rules lay them out: title, byline, paragraphs."""
    articles = []
    for _ in range(draw(st.integers(1, 4))):
        lines = [title(draw)] + draw(st.sampled_from([[], ["本报记者 张静"], ["（陈煜蕾）"]]))
        lines += [paragraph(draw) for _ in range(draw(st.integers(1, 4)))]
        articles.append("\n".join(lines))
    return "\n\n".join(articles) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laid_out_doc())
def test_laid_out_clean_articles_pass_through(text):
    assert [p.change for p in clean.run(text).proposals if p.change.confidence >= 0.5] == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_rules_are_idempotent_on_damaged_text(text):
    assert_idempotent(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_rules_never_delete_chinese_outside_noise_and_furniture(text):
    assert_keeps_chinese(text)


def test_every_registered_rule_is_described():
    for rule in RULES:
        assert rule.id and rule.title and rule.description.endswith(".")

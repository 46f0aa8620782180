"""Properties every character-level rule keeps, on generated damaged text and on clean text."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.text.edits import sequential
from editor.core.cleanup.rules import RULES
from editor.core.lang.classes import CJK_RE
from tests.core.cleanup.rules.apply import applied, proposals
from tests.paths import GOLD, NER_DEV, sample

DEFAULT = 0.5
DELETES_CHINESE = {"glyphs.doubled", "chars.doubled"}
SEED_LINES = [line for prefix in ("000", "001", "002", "003", "004") for line in sample(prefix).splitlines() if line.strip()]
# Pieces of damage and of the text the rules must leave alone.
TOKENS = [
    "星期一星期一", "20202020..22..2424", "责编责编 汪自力汪自力 ｜｜ ", "从从严", "谢谢", "看看", "1111",
    "復工復產", "裡", "１９９７", "ＡＢＣ", " and ", " or ", "3 月 10 日", "阅 读 提 示", " 天工杯 ", " 的 ",
    "\u3000", " ", "  ", "\n", "\n\n", ",", ".", ":", ";", "!", "?", "(", ")", '"', "'", "---", "--", "...", "…",
    "，", "。", "、", "“", "”", "《", "》", "（", "）", "——", "……", "｜", "·", "%", "+", "46.65", "1:0",
    "COVID-19", "Hello, world", "don't", "https://a.cn/x?y=1,2", "a@b.cn", "𠀀", "工会", "职工", "防控", "疫情",
    "本报记者 张静", "(记者李国)", "精准施策 持续作战", "A06 ", "◆ ", "#", "**", "・", "――", "サッカー",
    "１１００", "41 · 4％", "王王", "年年",
]
texts = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
    st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=4).map("\n".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.sampled_from(SEED_LINES)), max_size=12).map("".join),
)
CHECK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINE_RULES = {"markup", "furniture", "noise", "paragraphs.unwrap", "paragraphs.interrupted", "paragraphs.join",
              "layout.blocks"}
CHAR_RULES = [r for r in RULES if r.id not in LINE_RULES]
by_id = pytest.mark.parametrize("rule", CHAR_RULES, ids=[r.id for r in CHAR_RULES])


def dev_sentences():
    with open(NER_DEV, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


@by_id
@CHECK
@given(text=texts, threshold=st.sampled_from([0.0, 0.2, 0.3, 0.45, DEFAULT]))
def test_idempotent(rule, text, threshold):
    once = applied(rule, text, threshold)
    assert [c for c in proposals(rule, once) if c.confidence >= DEFAULT] == []


@by_id
@CHECK
@given(text=texts)
def test_proposals_do_not_overlap_and_keep_lines(rule, text):
    changes = proposals(rule, text)
    from editor.core.text.edits import Edit
    sequential(text, [Edit(c.start, c.end, c.after) for c in changes])
    for c in changes:
        assert text[c.start:c.end] == c.before
        assert "\n" not in c.before and "\n" not in c.after
        assert 0.0 <= c.confidence <= 1.0


@by_id
@CHECK
@given(text=texts)
def test_only_the_doubling_rules_delete_chinese(rule, text):
    if rule.id in DELETES_CHINESE:
        return
    for c in proposals(rule, text):
        assert len(CJK_RE.findall(c.after)) >= len(CJK_RE.findall(c.before)), c


@by_id
def test_clean_sentences_stay_clean(rule):
    flagged = [(s, c) for s in dev_sentences() for c in proposals(rule, s) if c.confidence >= DEFAULT]
    assert flagged == []


@by_id
def test_gold_corrections_stay_clean(rule):
    for path in sorted(GOLD.glob("*.clean.txt")):
        text = path.read_text(encoding="utf-8")
        assert [c for c in proposals(rule, text) if c.confidence >= DEFAULT] == [], path.name


@by_id
@CHECK
@given(paragraphs=st.lists(st.lists(st.sampled_from(dev_sentences()), min_size=1, max_size=6, unique=True)
                           .map("".join), min_size=1, max_size=5))
def test_clean_paragraphs_stay_clean(rule, paragraphs):
    # unique: a sentence twice in a row ("…会议召开…会议召开") is what PDF bold makes of a headline,
    # not clean text.
    text = "\n".join(paragraphs)
    assert [c for c in proposals(rule, text) if c.confidence >= DEFAULT] == []

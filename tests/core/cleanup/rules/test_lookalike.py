"""chars.lookalike on real snippets: each kind of look-alike, what it leaves alone, learning."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.cleanup.lookalike_learning import RULE_ID, Decision, learn
from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.rules.lookalike import RULE
from editor.core.lang.lookalikes import lookalikes, similarity
from editor.core.lang.words import MIN_FREQ, dictionary
from editor.paths import RULE_DATA
from tests.core.cleanup.rules.apply import applied, proposals, seed_line

NEWS = "目前，全省己经有120家企业复工复产，职工返岗率超过八成。"


def _at(text, ch):
    return [c for c in proposals(RULE, text) if text[c.start] == ch]


def test_ji_jing_is_proposed_as_yi_jing_with_the_reading_found():
    (change,) = proposals(RULE, NEWS)
    assert (change.before, change.after, NEWS[change.start]) == ("己", "已", "己")
    assert change.reason == "己经 → 已经: 已经 is a word, 己经 is none"
    assert change.confidence < 0.5  # waits in the Changes panel at the default threshold
    assert applied(RULE, NEWS) == NEWS


def test_ziji_is_left_alone():
    line = seed_line("000", "自己")  # 省劳模张包春开着自己的广播宣传车
    assert proposals(RULE, line) == []
    assert proposals(RULE, "我们自己经营的小店") == []


# (sample, word as printed, the look-alike OCR read): 问/间, 情/请, 人/入, 目/日, 大/太, 特/持,
# 织/积, 经/径, 视/祝, 赢/嬴.
KINDS = [("000", "慰问", "慰间"), ("000", "疫情", "疫请"), ("000", "工人", "工入"), ("000", "目标", "日标"),
         ("000", "广大", "广太"), ("000", "特殊", "持殊"), ("000", "组织", "组积"), ("000", "经营", "径营"),
         ("000", "巡视", "巡祝"), ("000", "双赢", "双嬴")]


@pytest.mark.parametrize("prefix, word, misread", KINDS, ids=[k[2] for k in KINDS])
def test_each_kind_of_look_alike_is_proposed(prefix, word, misread):
    line = seed_line(prefix, word)
    damaged = line.replace(word, misread, 1)
    at = damaged.index(misread) + next(k for k in range(len(word)) if word[k] != misread[k])
    assert [(c.start, c.after) for c in proposals(RULE, damaged) if c.start == at] == [(at, line[at])]
    assert proposals(RULE, line) == []


def test_a_name_is_left_alone():
    # 张末 is a name: a lone surname and an unexplained character; 这是末来 is a slip.
    assert proposals(RULE, "记者张末来到现场采访。") == []
    assert [c.after for c in proposals(RULE, "这是末来的方向。")] == ["未"]
    assert proposals(RULE, "本报记者 郭华") == []


def test_numbers_and_latin_are_left_alone():
    assert proposals(RULE, "COVID-19 疫情 2020 年 3 月 1O 日 ABC") == []
    assert [c.start for c in proposals(RULE, "Windows 己经 1.0")] == [8]


def test_a_pair_rejected_in_a_context_is_not_proposed_there_again():
    (change,) = proposals(RULE, NEWS)
    left, right = NEWS[change.start - 2:change.start], NEWS[change.end:change.end + 2]
    knowledge = learn([Decision("己", "已", False, left, right)], [])
    ctx = Context(learned={RULE_ID: knowledge})
    assert proposals(RULE, NEWS, ctx) == []
    other = "他说，大家己经尽力了。"
    assert [c.after for c in proposals(RULE, other, ctx)] == ["已"]
    assert proposals(RULE, other, ctx)[0].confidence < proposals(RULE, other)[0].confidence


def test_acceptances_raise_the_confidence_of_a_pair():
    line = seed_line("000", "慰问").replace("慰问", "慰间", 1)
    before = _at(line, "间")[0].confidence
    knowledge = learn([Decision("间", "问", True, "", "")] * 5, [])
    after = _at(line, "间") and proposals(RULE, line, Context(learned={RULE_ID: knowledge}))
    assert after and after[0].confidence > before
    assert after[0].confidence >= 0.5  # a publication's recurring confusion is applied


def test_the_stores_corrected_text_is_evidence():
    knowledge = learn([], ["今年已经是第三年。我们已经完成任务。"])
    assert knowledge.text_gain("他己经走了", 1, "已") > 0
    assert knowledge.text_gain("他已经走了", 1, "己") < 0


def test_the_table_covers_level_one_characters_with_scores():
    # The commonest characters (通用规范汉字表 level 1 is checked when the table is built).
    for ch in "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会":
        assert lookalikes(ch), ch
    assert similarity("己", "已") > 0.9 and similarity("己", "已") == similarity("已", "己")
    assert (RULE_DATA / "README.md").read_text(encoding="utf-8").count("lookalikes.tsv")


WORDS = sorted(w for w, f in dictionary().items()
               if 2 <= len(w) <= 4 and f >= MIN_FREQ and all("\u4e00" <= ch <= "\u9fff" for ch in w))[::40]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(["", "，", "。"]))
def test_text_made_only_of_dictionary_words_draws_no_proposal(words, sep):
    assert proposals(RULE, sep.join(words)) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="己已经未末来人入土士大太没设有问间慰师的了是我们自日目", min_size=1, max_size=9), st.data())
def test_the_gain_bound_is_never_below_the_reading_gain(run, data):
    from editor.core.cleanup.rules.lookalike import _gain_bound
    from editor.core.lang.words import reading

    at = data.draw(st.integers(0, len(run) - 1))
    alt = data.draw(st.sampled_from("己已未末人入大太没设问间"))
    new = run[:at] + alt + run[at + 1:]
    assert reading(new)[0] - reading(run)[0] <= _gain_bound(run, at, alt)

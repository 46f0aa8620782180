"""Document evidence for stripped quotation marks, on the sample page that has them (001)."""
from hypothesis import given, settings, strategies as st

from editor.core.cleanup import evidence
from editor.core.cleanup.rules.stripped_quotes import RULE
from editor.core.lang import gaps
from tests.core.cleanup.rules.apply import applied, proposals
from tests.paths import sample

PAGE = sample("001")


def _by_term(text, term):
    return [c for c in proposals(RULE, text) if c.after.strip("“”") == term]


def test_a_term_set_off_several_times_is_quoted_everywhere_with_the_evidence_named():
    found = _by_term(PAGE, "十件实事")
    assert len(found) == 4 and all(c.confidence >= 0.8 for c in found)
    assert found[0].reason == "set off 4 times in this document"


def test_the_one_space_forms_at_a_comma_and_a_line_start_are_quoted_too():
    out = applied(RULE, PAGE)
    assert "随着复工复产的有序推进,“赣工贷”进一步扩大" in out
    assert "\n“十件实事”服务职工。" in out


def test_a_term_set_off_once_and_printed_in_quotes_elsewhere_is_quoted():
    (change,) = _by_term(PAGE, "天工杯")
    assert change.confidence >= 0.8 and "printed “天工杯” once" in change.reason


def test_terms_the_document_shows_leave_the_words_between_them_unquoted():
    assert "扎实做好“六稳”工作、落实“六保”任务" in applied(RULE, PAGE)


def test_a_single_set_off_term_without_evidence_stays_for_the_editor():
    (change,) = _by_term(PAGE, "安康杯")
    assert change.confidence < 0.5


def test_a_page_without_quotation_marks_raises_every_set_off_term():
    line = next(line for line in PAGE.splitlines() if "爱心驿站" in line)
    assert "“" not in line
    (change,) = [c for c in proposals(RULE, line) if "爱心驿站" in c.after]
    assert change.confidence >= 0.5 and "prints no quotation marks and sets off 4 terms" in change.reason


def test_conflicting_evidence_keeps_it_low():
    bare = "工会推进职工书屋建设。" * 4  # 职工书屋 mostly in running text, without marks
    text = "各地开展 职工书屋 建设,推动 职工书屋 提质。" + bare
    assert all(c.confidence < 0.5 for c in _by_term(text, "职工书屋"))


def _confidence(text, term):
    return max((c.confidence for c in _by_term(text, term)), default=0.0)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["天工杯", "安康杯", "十件实事", "职工书屋", "赣工贷"]),
       st.integers(min_value=0, max_value=4), st.sampled_from([
           "今年全省继续开展 {} 活动。", "各级工会积极推动 {} 落地,", "\n{} 服务职工。"]))
def test_adding_the_same_set_off_term_again_never_lowers_its_confidence(term, times, form):
    text = "各地广泛开展 {} 劳动竞赛。".format(term) + "工会推进职工书屋建设。" + form.format(term) * times
    before = _confidence(text, term)
    assert _confidence(text + form.format(term), term) >= before


def test_evidence_counts_both_forms():
    found = evidence.of(PAGE, gaps.cjk_gaps(PAGE))
    assert found.set_off["赣工贷"] == 4 and "赣工贷" in found.both_sides and found.quotes_used

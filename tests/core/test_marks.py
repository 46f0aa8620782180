from hypothesis import given, strategies as st

from editor.core.cleanup import pipeline as clean
from editor.core.text.edits import Edit, fold, map_range, sequential
from editor.core.text.marks import batches, locate
from editor.core.model import Change


def test_a_right_to_left_run_is_one_batch_and_typing_is_not():
    log = sequential("abcdef", [Edit(0, 1, "A"), Edit(2, 3, "C"), Edit(4, 5, "E")])
    assert batches(log) == [(0, 3)]
    typing = [Edit(0, 0, "x"), Edit(1, 1, "y"), Edit(2, 2, "z")]
    assert batches(typing) == [(0, 1), (1, 2), (2, 3)]


def _brute(log, seq):
    """Slow reference: the inserted text of log[seq], carried edit by edit."""
    e = log[seq]
    return map_range(log[seq + 1:], e.start, e.start + len(e.insert))[:2]


class Upper:
    id, title, description = "t.upper", "upper", "x"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, c, c.upper() * 2, "u", 0.9) for i, c in enumerate(text) if c in "ab"]


class Drop:
    id, title, description = "t.drop", "drop", "x"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, c, "", "d", 0.9) for i, c in enumerate(text) if c == "-"]


@given(st.text("ab-c𠀀", max_size=30), st.lists(st.tuples(st.integers(0, 40), st.text("xa", max_size=2)), max_size=4))
def test_marks_match_edit_by_edit_mapping(text, typing):
    run = clean.run(text, rules=[Upper(), Drop()])
    log = list(run.edits)
    current = run.text
    for pos, ins in typing:
        pos = min(pos, len(current))
        e = Edit(pos, pos, ins, "")
        log.append(e)
        current = e.apply(current)
    assert fold(text, log) == current
    applied = [(i, i, "applied") for i in range(len(run.edits))]
    marks = {m.key: (m.start, m.end) for m in locate(log, applied)}
    for i in range(len(run.edits)):
        assert marks[i] == _brute(log, i)


def test_pending_proposal_is_carried_from_its_base():
    text = "a-b"
    run = clean.run(text, rules=[Drop()])  # deletes "-" at 1
    log = list(run.edits) + [Edit(0, 0, "前")]
    (mark,) = locate(log, [], [(7, 0, 2, 3, "proposed")])  # "b" in the raw text
    assert fold(text, log)[mark.start:mark.end] == "b"

from hypothesis import given, strategies as st

from editor.core.text.edits import Edit
from editor.ui.session import minimal


def test_whole_block_rewrite_shrinks_to_the_typed_characters():
    e = minimal(Edit(10, 15, "龚建华同志深入", "龚建华深入"))
    assert (e.start, e.end, e.insert, e.before) == (13, 13, "同志", "")


def test_formatting_only_change_is_no_edit():
    assert minimal(Edit(0, 3, "abc", "abc")) is None


@given(st.text("ab中", max_size=8), st.text("ab中", max_size=8), st.integers(0, 5))
def test_minimal_edit_has_the_same_effect(before, insert, pad):
    text = "x" * pad + before + "y"
    e = Edit(pad, pad + len(before), insert, before)
    m = minimal(e)
    assert (m.apply(text) if m else text) == e.apply(text)

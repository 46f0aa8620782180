from hypothesis import given, strategies as st

from editor.core.text.alignment import Alignment
from editor.core.text.edits import Edit, fold, sequential


def test_a_place_after_removed_spaces_maps_both_ways():
    raw = "3 月 10 日，龚建华"
    log = sequential(raw, [Edit(1, 2, ""), Edit(3, 4, ""), Edit(6, 7, "")])
    text = fold(raw, log)
    a = Alignment(log)
    assert text == "3月10日，龚建华"
    assert text[a.to_corrected(raw.index("龚")):].startswith("龚")
    assert raw[a.to_raw(text.index("龚")):].startswith("龚")


def test_typing_extends_the_map_with_astral_text():
    a = Alignment()
    a.extend([Edit(0, 0, "𠀀")])
    assert a.to_corrected(0) == 1 and a.to_raw(1) == 0 and a.to_raw(0) == 0  # code points: 𠀀 counts one


@given(st.text("ab 中", min_size=1, max_size=12), st.data())
def test_unchanged_characters_map_onto_themselves(raw, data):
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    log = [Edit(start, end, data.draw(st.text("xy", max_size=3)), raw[start:end])]
    text = fold(raw, log)
    a = Alignment(log)
    for pos in list(range(0, start)) + list(range(end, len(raw))):
        assert text[a.to_corrected(pos)] == raw[pos] and a.to_raw(a.to_corrected(pos)) == pos

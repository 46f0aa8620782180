import pytest
from hypothesis import example, given, strategies as st

from editor.core.text.edits import Edit, StepMap, apply_simultaneous, fold, map_pos, map_range, sequential


def test_apply_and_inverse_round_trip():
    text = "星期一星期一"
    e = Edit(3, 6, "")
    out = e.apply(text)
    assert out == "星期一"
    assert e.inverse(text).apply(out) == text


def test_before_mismatch_is_refused():
    try:
        Edit(0, 1, "x", before="b").apply("abc")
    except ValueError as err:
        assert "expected" in str(err)
    else:
        raise AssertionError("mismatch accepted")


def test_map_pos_assoc_at_insertion():
    e = Edit(2, 2, "XY")
    assert map_pos([e], 2, -1) == (2, False)
    assert map_pos([e], 2, 1) == (4, False)
    assert map_pos([e], 5, 1) == (7, False)


def test_position_inside_deletion_is_reported_deleted():
    assert map_pos([Edit(2, 6, "")], 4) == (2, True)
    assert map_pos([Edit(2, 6, "")], 2, -1) == (2, False)


def test_map_range_keeps_text_typed_at_edges_outside():
    # span "bc" in "abcd"; type at both edges
    start, end, touched = map_range([Edit(1, 1, "X"), Edit(4, 4, "Y")], 1, 3)
    assert (start, end, touched) == (2, 4, False)


def test_map_range_reports_an_edit_inside():
    assert map_range([Edit(2, 3, "Z")], 1, 3)[2] is True


def test_sequential_refuses_overlap():
    with pytest.raises(ValueError):
        sequential("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


edits_strategy = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), st.text("xy𠀀", max_size=3)), max_size=8)


def _disjoint(text, raw):
    used, out = set(), []
    for start, length, insert in raw:
        start = min(start, len(text))
        end = min(start + length, len(text))
        cells = set(range(start, end + 1))
        if cells & used:
            continue
        used |= cells
        out.append(Edit(start, end, insert))
    return out


@given(st.text("ab𠀀中", max_size=40), edits_strategy)
def test_sequential_log_equals_simultaneous_application(text, raw):
    edits = _disjoint(text, raw)
    assert fold(text, sequential(text, edits)) == apply_simultaneous(text, edits)


@given(st.text("ab𠀀中", max_size=40), edits_strategy, st.integers(0, 40))
def test_stepmap_agrees_with_sequential_mapping(text, raw, pos):
    edits = _disjoint(text, raw)
    pos = min(pos, len(text))
    log = sequential(text, edits)
    m = StepMap(log)
    for assoc in (-1, 1):
        assert m.map(pos, assoc) == map_pos(log, pos, assoc)[0]


@given(st.text("ab𠀀中", max_size=40), edits_strategy, st.integers(0, 40))
def test_stepmap_invert_lands_on_unchanged_text(text, raw, pos):
    edits = _disjoint(text, raw)
    pos = min(pos, len(text))
    changed = any(e.start < pos < e.end or e.start == pos or e.end == pos for e in edits)
    if not changed:
        m = StepMap(edits)
        assert m.invert(m.map(pos)) == pos


@given(st.text("ab𠀀中", max_size=40), edits_strategy, st.lists(st.integers(0, 60), max_size=10))
def test_stepmap_invert_all_agrees_with_invert(text, raw, positions):
    m = StepMap(_disjoint(text, raw))
    for assoc in (-1, 1):
        assert m.invert_all(positions, assoc) == [m.invert(p, assoc) for p in positions]


@given(st.text("ab𠀀中", max_size=40), edits_strategy, st.lists(st.integers(0, 60), min_size=16, max_size=40))
def test_stepmap_invert_all_of_sorted_positions_agrees_with_invert(text, raw, positions):
    m = StepMap(_disjoint(text, raw))
    positions.sort()
    for assoc in (-1, 1):
        assert m.invert_all(positions, assoc) == [m.invert(p, assoc) for p in positions]


@given(st.text("ab𠀀中", max_size=40), edits_strategy, st.lists(st.integers(0, 60), max_size=40), st.booleans())
@example("abab", [(1, 2, "")], [1, 1], True)  # an empty span where text was deleted: [3, 1]
def test_stepmap_invert_bounds_inverts_starts_forward_and_ends_backward(text, raw, positions, ordered):
    m = StepMap(_disjoint(text, raw))
    if ordered:
        positions.sort()
    expected = [m.invert(p, -1 if i % 2 else 1) for i, p in enumerate(positions)]
    assert m.invert_bounds(positions) == expected


@pytest.mark.parametrize("start, end", [(3, 1), (-1, 2)])
def test_an_edit_with_a_bad_range_is_refused(start, end):
    with pytest.raises(ValueError, match="bad edit range"):
        Edit(start, end, "x")


def test_a_step_map_of_sorted_ranges_maps_as_one_of_edits():
    edits = [Edit(2, 4, "xyz"), Edit(7, 7, "q"), Edit(9, 12, "")]
    direct = StepMap.of_ranges([(e.start, e.end, len(e.insert)) for e in edits])
    built = StepMap(reversed(edits))
    for pos in range(15):
        for assoc in (-1, 1):
            assert direct.map(pos, assoc) == built.map(pos, assoc)
            assert direct.invert(pos, assoc) == built.invert(pos, assoc)

from hypothesis import given, strategies as st

from editor.ui.offsets import OffsetMap, utf16_len

ALPHABET = "ab中𠀀\n𪚥"


def test_identity_without_astral_characters():
    m = OffsetMap("中文abc")
    assert m.identity and m.to_utf16(3) == 3 and m.to_cp(3) == 3


def test_extension_b_counts_two_units():
    text = "a𠀀b"
    m = OffsetMap(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert m.to_cp(3) == 2 and m.to_cp(1) == 1


@given(st.text(ALPHABET, max_size=30))
def test_round_trip_matches_python_utf16(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_cp(u) == cp
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2


@given(st.text(ALPHABET, max_size=20), st.integers(0, 20), st.integers(0, 5), st.text(ALPHABET, max_size=5))
def test_incremental_replace_equals_rebuild(text, start, length, inserted):
    start = min(start, len(text))
    end = min(start + length, len(text))
    m = OffsetMap(text)
    m.replace(start, end, inserted)
    after = text[:start] + inserted + text[end:]
    fresh = OffsetMap(after)
    assert [m.to_utf16(i) for i in range(len(after) + 1)] == [fresh.to_utf16(i) for i in range(len(after) + 1)]

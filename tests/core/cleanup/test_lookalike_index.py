"""lookalike_index: the places of a text the look-alike rule tries, found in numpy."""
from editor.core.cleanup import lookalike_index as index
from editor.core.cleanup.rules import lookalike
from tests.core.cleanup.rules.apply import seed_line


def _maps():
    return lookalike._maps()


def test_pair_maps_hold_what_was_added_and_nothing_else():
    maps = index.PairMaps("己已经自𠀀")
    maps.add_products(index.LEFT, "自", "己已")
    maps.add(index.WORD, ["已经", "𠀀己", "x"])
    assert (index.LEFT, "自己") in maps and (index.LEFT, "自已") in maps
    assert (index.LEFT, "己自") not in maps and (index.RIGHT, "自己") not in maps
    assert (index.WORD, "已经") in maps and (index.WORD, "𠀀己") in maps  # beyond the BMP
    assert (index.WORD, "己经") not in maps and (index.WORD, "你好") not in maps  # outside the alphabet


def test_the_slip_is_a_place_and_the_word_around_it_is_not():
    text = "目前，全省己经有120家企业复工复产。"
    assert text.index("己") in index.places(_maps(), text)
    assert index.places(_maps(), "目前，全省已经有120家企业复工复产。") == []


def test_places_count_code_points_after_an_astral_character():
    assert index.places(_maps(), "𠀀他己经来了") == [2]


def test_a_clean_line_of_the_seeds_has_few_places():
    line = seed_line("000", "自己")
    assert len(index.places(_maps(), line)) <= len(line) // 20
    assert index.places(_maps(), "") == index.places(_maps(), "己") == []


def test_long_words_tell_which_places_lie_inside_one():
    words = index.LongWords(["当务之急", "莫斯科", "𠀀𠀀𠀀"])
    text = "当务之急是去莫斯科，𠀀𠀀𠀀"
    places = [2, 4, 7, 9, 11]
    assert words.inside(text, places).tolist() == [True, False, True, False, True]
    assert words.inside(text, []).tolist() == []

from editor.core.lang import words


def test_segmentation_by_products_are_no_words():
    assert words.is_word("工会") and words.is_word("谢谢")
    assert words.dictionary().get("托托", 0) > 0 and not words.is_word("托托")


def test_reading_segments_as_jieba_does():
    assert words.reading("职工工作")[1] == ["职工", "工作"]
    assert words.reading("若干干重大")[1] == ["若干", "干", "重大"]


def test_a_reading_with_a_stray_character_scores_lower():
    assert words.reading("全面从严治党")[0] > words.reading("全面从从严治党")[0]


def test_single_characters_have_their_dictionary_tag():
    assert words.char_tag("从") == "p" and words.char_tag("的").startswith("u")
    assert words.char_tag("𠀀") == ""


def test_a_word_across_a_line_break_is_found():
    assert words.spans_word("各级工会联", "系职工")
    assert not words.spans_word("精准施策。", "持续作战")


def test_a_space_cutting_a_word_splits_it():
    assert words.splits_word("疫情防", "控工作")
    assert not words.splits_word("开展", "天工杯")

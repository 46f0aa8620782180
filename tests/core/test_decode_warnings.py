"""Warnings at code-point positions, candidates, confidence, decode_as."""
from editor.core.decoding.decode import candidates, decode, decode_as, text_issues
from editor.core.model import TextIssue
from tests.core.decode_cases import paragraph

ASTRAL = "\U00020000"  # 𠀀: one code point, two UTF-16 units, four UTF-8 bytes


def test_replacement_position_counts_code_points():
    text = f"{ASTRAL}工会\ufffd职工"
    assert decode(text.encode("utf-8")).warnings == (TextIssue("replacement", 3, "\ufffd"),)


def test_control_position_counts_code_points():
    text = f"{ASTRAL}{ASTRAL}无锡\x07" + paragraph("000")
    assert decode(text.encode("utf-8")).warnings == (TextIssue("control", 4, "\x07"),)


def test_private_use_position_counts_code_points():
    text = f"职工{ASTRAL}\ue000" + paragraph("000")
    assert decode(text.encode("utf-16")).warnings == (TextIssue("private-use", 3, "\ue000"),)


def test_tab_newline_cr_and_form_feed_are_not_warnings():
    assert text_issues("一\t二\n三\r\n四\f五") == ()


def test_vertical_tab_and_c1_controls_are_warnings():
    assert [i.kind for i in text_issues("一\x0b二\x85")] == ["control", "control"]


def test_decode_as_gives_the_same_warnings():
    data = f"{ASTRAL}工会\x01{paragraph('001')}".encode("utf-8")
    assert decode_as(data, "utf-8").warnings == decode(data).warnings


def test_decode_as_takes_the_chosen_codec():
    data = paragraph("003").encode("big5")
    decoded = decode_as(data, "gb18030")
    assert (decoded.encoding, decoded.text) == ("gb18030", data.decode("gb18030"))


def test_decode_as_strips_a_utf8_bom():
    decoded = decode_as(b"\xef\xbb\xbf\xe4\xb8\xad", "utf-8")
    assert (decoded.text, decoded.encoding) == ("中", "utf-8-sig")


def test_first_candidate_is_what_decode_returns():
    data = paragraph("003").encode("big5")
    assert candidates(data)[0] == decode(data)


def test_candidates_offer_the_wrong_readings_too():
    data = paragraph("000").encode("gbk")
    encodings = [c.encoding for c in candidates(data)]
    assert encodings[0] == "gb2312" and "cp1252" in encodings


def test_candidates_respect_the_limit():
    assert len(candidates(paragraph("000").encode("gbk"), limit=2)) == 2


def test_candidate_confidences_are_shares():
    confidences = [c.confidence for c in candidates("中".encode("gbk"), limit=20)]
    assert len(confidences) > 2 and sum(confidences) <= 1.0001


def test_confidence_is_low_when_the_choice_is_close():
    assert decode("中".encode("gbk")).confidence < 0.9


def test_confidence_is_high_for_a_paragraph():
    assert decode(paragraph("001").encode("gbk")).confidence > 0.99

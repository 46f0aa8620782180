"""A stretch of UTF-8 inside a GBK file is decoded as UTF-8 and reported with its position;
UTF-16 with lone surrogates is decoded with a warning."""
from editor.core.decoding.decode import decode
from tests.core.decode_cases import paragraphs


def test_utf8_fragment_in_gbk_text_is_repaired_and_reported():
    a, b, c = paragraphs("000", 20)[:3]
    data = a.encode("gbk") + b"\n" + b.encode("utf-8") + b"\n" + c.encode("gbk")
    decoded = decode(data)
    assert decoded.text == f"{a}\n{b}\n{c}"
    (repair,) = decoded.repairs
    start = len(a) + 1
    assert "UTF-8 fragment" in repair and f"characters {start}-{start + len(b)}" in repair


def test_gbk_text_without_utf8_gets_no_fragment_repair():
    text = "\n".join(paragraphs("004", 20))
    assert decode(text.encode("gbk")).repairs == ()


def test_utf16_with_many_lone_surrogates_is_decoded_with_a_warning():
    text = "\n".join(paragraphs("001", 20)[:3])
    units = text.encode("utf-16-le")
    damaged = b"\xff\xfe" + b"".join(units[i:i + 20] + b"\x3d\xd8" for i in range(0, len(units), 20))
    decoded = decode(damaged)
    assert decoded.text.replace("\ufffd", "") == text
    assert "lone UTF-16 surrogate" in decoded.repairs[0]
    assert {w.kind for w in decoded.warnings} == {"replacement"}

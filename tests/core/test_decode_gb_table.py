"""GB2312-range files are decoded with the GB18030 table: A1A4 is the middle dot U+00B7 of a
transliterated name and A1AA the dash U+2014 of ——, not Python's gb2312 katakana dot and bar."""
import pytest

from editor.core.decoding.decode import decode, decode_as
from tests.paths import sample


def _lines_with(mark: str) -> list[str]:
    return [line for line in sample("002").split("\n") if mark in line and len(line) > 20]


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gbk").decode("gb2312")
    except UnicodeError:
        return False
    return True


def encodable(text: str) -> str:
    """The text without the characters outside GB2312 (whatever Python's gb2312 table calls them)."""
    return "".join(ch for ch in text if _in_gb2312(ch))


def _gb2312_range(text: str) -> bytes:
    data = encodable(text).encode("gbk")
    data.decode("gb2312")  # the file really lies in the GB2312 range
    return data


@pytest.mark.parametrize("mark, raw", [("·", b"\xa1\xa4"), ("——", b"\xa1\xaa\xa1\xaa")])
def test_gb2312_range_file_decodes_dot_and_dash_as_chinese_text_means_them(mark, raw):
    text = encodable("\n".join(_lines_with(mark)))
    data = _gb2312_range(text)
    assert raw in data
    decoded = decode(data)
    assert decoded.encoding == "gb2312"
    assert decoded.text == text
    assert "\u30fb" not in decoded.text and "\u2015" not in decoded.text


def test_a_transliterated_name_keeps_its_middle_dot():
    data = _gb2312_range("美国国务卿理查德·赖尔登说，双方将继续合作——这是第一步。" * 3)
    assert "理查德\u00b7赖尔登" in decode(data).text and "\u2014\u2014" in decode(data).text


def test_choosing_gb2312_by_hand_uses_the_same_table():
    data = _gb2312_range("\n".join(_lines_with("·")))
    assert decode_as(data, "gb2312").text == data.decode("gb18030")


def test_choosing_gb2312_by_hand_still_refuses_bytes_outside_it():
    with pytest.raises(Exception, match="not valid gb2312"):
        decode_as("镕".encode("gbk") * 10, "gb2312")

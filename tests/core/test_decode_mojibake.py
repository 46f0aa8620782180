"""decode() undoing mojibake that arrived as valid UTF-8 (or UTF-16) files."""
import re

from rapidfuzz.distance import Levenshtein

from editor.core.decoding.decode import decode
from editor.core.decoding.mojibake import repair
from tests.core.decode_cases import as_windows_cp1252, paragraph, paragraphs
from tests.paths import sample


def test_gbk_read_as_latin1():
    text = paragraph("000")
    decoded = decode(text.encode("gbk").decode("latin-1").encode("utf-8"))
    assert decoded.text == text
    assert decoded.repairs == ("mojibake: GBK text that was read as Latin-1 and saved as UTF-8",)


def test_gbk_read_as_cp1252():
    text = sample("004") + "\n王堃"  # 堃 is 88 D2: cp1252 shows 0x88 as ˆ, Latin-1 as a control
    decoded = decode(as_windows_cp1252(text.encode("gbk")).encode("utf-8"))
    assert decoded.text == text
    assert decoded.repairs == ("mojibake: GBK text that was read as cp1252 and saved as UTF-8",)


def test_big5_read_as_latin1():
    text = paragraph("003")
    decoded = decode(text.encode("big5").decode("latin-1").encode("utf-8"))
    assert decoded.text == text and "Big5 text that was read as Latin-1" in decoded.repairs[0]


def test_short_gbk_mojibake():
    assert decode("ÖÐ¹ú".encode("utf-8")).text == "中国"


def test_utf8_read_as_gbk_the_windows_way_is_lossless():
    text = sample("002")  # gb18030 decodes GBK's user-defined area to private use, as cp936 does
    decoded = decode(text.encode("utf-8").decode("gb18030", "replace").encode("utf-8"))
    assert "mojibake: UTF-8 text that was read as GBK and saved as UTF-8 again" in decoded.repairs[0]
    assert Levenshtein.normalized_similarity(decoded.text, text) > 0.85


def test_utf8_read_as_gbk_without_lost_bytes_is_exact():
    text = "中国工人"  # an even number of UTF-8 bytes, all of them GBK pairs
    assert decode("涓\ue15e浗宸ヤ汉".encode("utf-8")).text == text


def test_lossy_utf8_read_as_gbk_reports_what_is_lost():
    text = sample("000")
    decoded = decode(text.encode("utf-8").decode("gbk", "replace").encode("utf-8"))
    lost = int(re.search(r"(\d+) characters could not be recovered", decoded.repairs[0]).group(1))
    assert lost == decoded.text.count("\ufffd") == sum(w.kind == "replacement" for w in decoded.warnings)
    assert Levenshtein.normalized_similarity(decoded.text, text) > 0.8


def test_lossy_repair_lowers_confidence():
    text = sample("000")
    decoded = decode(text.encode("utf-8").decode("gbk", "replace").encode("utf-8"))
    assert decoded.confidence < 0.95


def test_double_encoded_utf8():
    text = paragraph("001")
    decoded = decode(text.encode("utf-8").decode("cp1252", "replace").encode("utf-8"))
    assert decoded.text.replace("\ufffd", "") != ""
    assert "UTF-8 text that was read as cp1252 and saved as UTF-8 again (double-encoded)" in decoded.repairs[0]


def test_double_encoded_utf8_via_latin1_is_exact():
    text = sample("003")
    assert decode(text.encode("utf-8").decode("latin-1").encode("utf-8")).text == text


def test_only_the_garbled_lines_are_repaired():
    clean, garbled = paragraphs("000")[:3], paragraphs("001")[:3]
    text = "\n".join(clean + garbled)
    mixed = "\n".join(clean + [line.encode("gbk").decode("latin-1") for line in garbled])
    decoded = decode(mixed.encode("utf-8"))
    assert decoded.text == text and "(in 3 of 6 lines)" in decoded.repairs[0]


def test_mojibake_in_a_utf16_file():
    text = paragraph("000")
    decoded = decode(b"\xff\xfe" + text.encode("gbk").decode("latin-1").encode("utf-16-le"))
    assert decoded.text == text and decoded.repairs[0].endswith("saved as UTF-16")


def test_latin_words_in_clean_text_are_left_alone():
    text = "Herr Müller aß im Café 中国工人。\n"
    assert repair(text) is None


def test_clean_chinese_is_left_alone():
    assert repair(sample("001")) is None


def test_utf8_of_replacement_characters_read_as_gbk_stays_lost():
    garbled = "工会\ufffd\ufffd工会".encode("utf-8").decode("gb18030", "replace")
    assert "锟斤拷" in garbled
    assert decode(garbled.encode("utf-8")).text.startswith("工会\ufffd\ufffd工")

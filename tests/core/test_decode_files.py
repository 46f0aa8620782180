"""decode() on real encoded files and on the sample transcriptions in every supported encoding."""
import csv

import pytest

from editor.core.decoding.charmodel import table_variants
from editor.core.decoding.decode import decode, table_decode
from tests.core.decode_cases import encodable, paragraph, paragraphs, prefix_bytes
from tests.paths import ENCODINGS, sample

MANIFEST = list(csv.DictReader(open(ENCODINGS / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))


@pytest.mark.parametrize("row", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_reference_file_decodes_to_its_reference_text(row):
    data = (ENCODINGS / row["file"]).read_bytes()
    # GB2312 files are read with the GB18030 table (test_decode_gb_table.py)
    assert decode(data).text == table_decode(data, row["python_codec"])


@pytest.mark.parametrize("row", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_reference_file_is_decoded_confidently(row):
    assert decode((ENCODINGS / row["file"]).read_bytes()).confidence >= 0.9


SIMPLIFIED = ("000", "001", "002", "004")


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "gb18030", "utf-16-le", "utf-16-be", "hz"])
@pytest.mark.parametrize("key", SIMPLIFIED)
def test_simplified_paragraph_round_trips(key, codec):
    text = encodable(paragraph(key), codec)
    # gb2312's table maps A1A4 and A1AA to other code points than gbk's: the narrowest wins
    assert table_variants(decode(text.encode(codec)).text, text)


@pytest.mark.parametrize("codec", ["big5", "cp950", "utf-8", "utf-16-le"])
def test_traditional_paragraph_round_trips(codec):
    text = paragraph("003")
    assert decode(text.encode(codec)).text == text


@pytest.mark.parametrize("codec,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_bom_is_stripped(codec, bom):
    text = paragraph("000")
    decoded = decode(bom + text.encode(codec))
    assert decoded.text == text and decoded.confidence == 1.0


def test_bom_codec_reproduces_the_text():
    data = b"\xff\xfe" + paragraph("000").encode("utf-16-le")
    decoded = decode(data)
    assert data.decode(decoded.encoding) == decoded.text


def test_whole_sample_in_gbk_is_named_by_the_narrowest_codec():
    data = sample("004").encode("gbk")
    decoded = decode(data)
    assert decoded.encoding == "gb2312" and table_decode(data, "gb2312") == decoded.text


def test_gbk_only_characters_make_it_gbk_not_gb18030():
    text = paragraph("000") + "镕堃"  # outside GB2312, inside GBK
    decoded = decode(text.encode("gbk"))
    assert (decoded.encoding, decoded.text) == ("gbk", text)


def test_200_byte_gbk_file():
    text, data = prefix_bytes(sample("000").lstrip(), "gbk", 200)
    assert decode(data).text == text


def test_short_gbk_line():
    text = "无锡市总工会"
    assert decode(text.encode("gbk")).text == text


def test_short_big5_line():
    text = paragraph("003")[:8]
    decoded = decode(text.encode("big5"))
    assert (decoded.encoding, decoded.text) == ("big5", text)


def test_big5_bytes_are_not_taken_for_gb18030():
    data = paragraph("003").encode("big5")
    assert decode(data).encoding == "big5"


def test_eten_extension_makes_it_cp950():
    text = paragraph("003") + "裏"  # F9D8: not in Python's big5
    decoded = decode(text.encode("cp950"))
    assert (decoded.encoding, decoded.text) == ("cp950", text)


def test_utf16_without_bom_and_without_ascii():
    text = "".join(ch for ch in paragraph("002") if not ch.isascii())
    assert decode(text.encode("utf-16-le")).text == text


def test_every_line_of_the_samples_in_gbk():
    lines = [line for key in SIMPLIFIED for line in paragraphs(key, 2)]
    wrong = [line for line in lines if not table_variants(decode(line.encode("gbk")).text, line)]
    assert wrong == []


def test_crlf_line_endings_are_kept():
    text = "\r\n".join(paragraphs("000")[:3])
    assert decode(text.encode("gbk")).text == text


def test_pure_ascii_is_ascii():
    decoded = decode(b"A06 2020.2.24\n")
    assert decoded.encoding == "ascii" and decoded.confidence > 0.99


def test_truncated_gbk_file_keeps_its_text_and_says_so():
    data = paragraph("000").encode("gbk")[:-1]
    decoded = decode(data)
    assert decoded.text.startswith(paragraph("000")[:-1]) and decoded.text.endswith("\ufffd")
    assert decoded.repairs == ("1 undecodable byte sequence replaced by U+FFFD",)

"""Bad input to decode() and decode_as(): one clear InputError line naming the file."""
import io
import random
import zipfile

import pytest

from editor.core.decoding.decode import candidates, decode, decode_as
from editor.core.errors import InputError
from tests.core.decode_cases import paragraph


def _problem(data: bytes, path: str = "in/issue.txt") -> str:
    with pytest.raises(InputError) as err:
        decode(data, path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return err.value.problem


def test_empty_file():
    assert _problem(b"") == "the file is empty"


def test_nul_laden_binary():
    assert "binary data (NUL bytes)" in _problem(random.Random(1).randbytes(300) + bytes(100))


def test_png_is_named():
    assert _problem(b"\x89PNG\r\n\x1a\n" + bytes(64)).startswith("a PNG image, not plain text")


def test_pdf_is_named_with_what_to_do():
    assert _problem(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == \
        "a PDF file, not plain text: PDF is not supported; export its text first"


def test_docx_is_named():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert _problem(buf.getvalue()).startswith("a Word document (.docx)")


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_not_text(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(2000))
    assert "do not read as text" in _problem(data)


def test_short_random_bytes_are_not_text():
    assert _problem(bytes.fromhex("79 42 bd f2 21 06 ef 9f 77 62 f1 b4 de 4b 76 4d"))


def test_candidates_refuse_empty_input():
    with pytest.raises(InputError):
        candidates(b"")


def test_decode_as_names_file_and_codec():
    data = paragraph("000").encode("gbk")
    with pytest.raises(InputError) as err:
        decode_as(data, "utf-8", "in/a.txt")
    assert str(err.value).startswith("in/a.txt: cannot decode as utf-8: bytes ")


def test_decode_as_unknown_codec():
    with pytest.raises(InputError) as err:
        decode_as(b"abc", "klingon", "a.txt")
    assert str(err.value) == "a.txt: 'klingon' is not a known encoding"

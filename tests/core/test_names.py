from pathlib import Path

from editor.core.text.names import visible


def test_undecodable_bytes_become_escapes_that_encode():
    name = Path(b"\xb9\xa4\xbb\xe1.txt".decode("utf-8", "surrogateescape"))
    assert visible(name) == "\\xb9\\xa4\\xbb\\xe1.txt"
    visible(name).encode("utf-8")


def test_control_characters_and_bidi_overrides_are_shown():
    assert visible("a\nb\tc\x1b[0m\u202etxt.exe") == "a\\nb\\tc\\x1b[0m\\u202etxt.exe"


def test_ordinary_names_are_unchanged():
    assert visible("赣鄱工人有力量 第11期.txt") == "赣鄱工人有力量 第11期.txt"
    assert visible(b"plain.txt") == "plain.txt" and visible(12) == "12"

"""Test inputs made from the sample transcriptions: paragraphs, and the ways they get garbled."""
from __future__ import annotations

from tests.paths import sample


def paragraphs(key: str, min_len: int = 40) -> list[str]:
    """The sample's lines that are long and not plain ASCII."""
    return [line for line in sample(key).split("\n") if len(line) >= min_len and not line.isascii()]


def paragraph(key: str) -> str:
    """The sample's longest line."""
    return max(sample(key).split("\n"), key=len)


def prefix_bytes(text: str, codec: str, size: int) -> tuple[str, bytes]:
    """The longest prefix of ``text`` whose encoding is at most ``size`` bytes."""
    chars = text
    while len(chars.encode(codec)) > size:
        chars = chars[:-1]
    return chars, chars.encode(codec)


def as_windows_cp1252(data: bytes) -> str:
    """What Windows and browsers show for bytes read as cp1252: the five undefined bytes stay C1."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def encodable(text: str, codec: str) -> str:
    """The text without the characters the codec has no bytes for (HZ is GB2312 only)."""
    def ok(ch: str) -> bool:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            return False
        return True
    return "".join(ch for ch in text if ok(ch))

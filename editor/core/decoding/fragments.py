"""Stretches of UTF-8 inside a GBK/GB18030 file: a paste from a web page or a UTF-8 editor into
a GBK document. Read as GBK they come out as rare characters (其他 as 鍏朵粬), so each run of
bytes that is valid multi-byte UTF-8, begins on a GBK character boundary and reads
clearly better as UTF-8 than as GBK is decoded as UTF-8, and reported with its position.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from editor.core.decoding.charmodel import score

# At least three multi-byte UTF-8 sequences in a row: one or two alone are often GBK bytes.
_UTF8_RUN = re.compile(
    rb"(?:[\xe0-\xef][\x80-\xbf]{2}|[\xc2-\xdf][\x80-\xbf]|[\xf0-\xf4][\x80-\xbf]{3}){3,}")
_MARGIN = 2.5  # nats per character the UTF-8 reading must read better by


class Fragment(NamedTuple):
    start: int  # code points, in the repaired text
    end: int
    garbled: str  # the GBK reading of the bytes


def _boundary(data: bytes, pos: int, lo: int) -> bool:
    """Does a GBK/GB18030 character start at byte ``pos``? Parsed from the last ASCII byte
    before it (where a character surely starts), at least ``lo``."""
    i = pos - 1
    while i >= lo and data[i] >= 0x80:
        i -= 1
    i += 1
    while i < pos:
        if data[i] < 0x80:
            i += 1
        elif i + 1 < len(data) and 0x30 <= data[i + 1] <= 0x39:
            i += 4  # a four-byte GB18030 sequence
        else:
            i += 2
    return i == pos


def repair_utf8(data: bytes, codec: str) -> tuple[str, tuple[Fragment, ...]] | None:
    """The bytes decoded with ``codec`` except their UTF-8 fragments, decoded as UTF-8; None
    when there is none. Raises UnicodeDecodeError when the rest does not decode."""
    if data.isascii():
        return None
    parts, found, last, lo, length = [], [], 0, 0, 0
    for m in _UTF8_RUN.finditer(data):
        s, e = m.span()
        if not _boundary(data, s, lo):
            continue
        utf8 = data[s:e].decode("utf-8")
        try:
            garbled = data[s:e].decode(codec)
        except UnicodeDecodeError:
            garbled = data[s:e].decode(codec, "replace")
        if score(utf8).mean - score(garbled).mean < _MARGIN:
            continue
        before = data[last:s].decode(codec)
        parts += [before, utf8]
        if found and last and data[last:s].isascii():  # "100% " inside one pasted stretch
            prev = found.pop()
            found.append(Fragment(prev.start, length + len(before) + len(utf8), prev.garbled + before + garbled))
        else:
            found.append(Fragment(length + len(before), length + len(before) + len(utf8), garbled))
        length += len(before) + len(utf8)
        last = lo = e
    if not found:
        return None
    parts.append(data[last:].decode(codec))
    return "".join(parts), tuple(found)


def describe(fragments: tuple[Fragment, ...]) -> str:
    where = ", ".join(f"{f.start}-{f.end}" for f in fragments[:5]) + (", …" if len(fragments) > 5 else "")
    s = "" if len(fragments) == 1 else "s"
    return (f"{len(fragments)} UTF-8 fragment{s} in GBK text decoded as UTF-8 "
            f"(characters {where}; read as GBK: {fragments[0].garbled[:12]}…)")

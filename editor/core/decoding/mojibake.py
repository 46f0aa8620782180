"""Undo mojibake in text that reached us as valid Unicode: text that some program decoded
with the wrong codec and then saved as UTF-8 ("ÖÐ¹ú", "涓浗", "ä¸­å›½" for 中国).

The repair reverses the wrong step: encode the text with the codec that misread it, giving
back the original bytes, and decode those with the right one. Whether that reads better is
judged by the character model, over the whole document, then line by line (a byte sequence
never spans a newline in any of these codecs, so lines repair independently and a file that
is only partly garbled is repaired only there).

Misreading as GBK or Big5 is often lossy: a byte the misreading program could not pair became
U+FFFD or "?". Those bytes are gone; the characters they belonged to come out as U+FFFD and
the repair says how many.
"""
from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from typing import Callable

from editor.core.decoding.charmodel import score

_LOST = b"\xff"  # stands for a byte the misreading destroyed; never valid in UTF-8, GBK or Big5


def _absorb_lost(err: UnicodeDecodeError) -> tuple[str, int]:
    """One U+FFFD for a UTF-8 sequence that lost a byte, with the bytes it still has."""
    data, start, end = err.object, err.start, err.end
    lead = data[start]
    if lead == _LOST[0]:  # the lead byte was lost: its continuation bytes go with it
        while end < len(data) and end - start < 4 and 0x80 <= data[end] <= 0xBF:
            end += 1
    elif lead >= 0xC0 and end < len(data) and data[end] in b"\xff?":
        need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        end += 1
        while end < min(len(data), start + need) and 0x80 <= data[end] <= 0xBF:
            end += 1
    return "\ufffd", end


codecs.register_error("jiaokan.absorb_lost", _absorb_lost)

# The bytes behind text misread as Latin-1 or as cp1252 (whose five undefined bytes Windows
# and browsers pass through as the C1 controls Latin-1 gives them).
_CP1252_ONLY = {bytes([b]).decode("cp1252", errors="ignore"): bytes([b]) for b in range(0x80, 0xA0)}
_CP1252_ONLY.pop("")
_CP1252 = {chr(b): bytes([b]) for b in range(256)} | _CP1252_ONLY
_CP1252_LINE = re.compile("[\x00-\xff\ufffd%s]*" % "".join(_CP1252_ONLY))
_HIGH = re.compile("[\x80-\xff]")
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\ue000-\uf8ff\uff00-\uffef]")


def _from_cp1252(line: str) -> bytes | None:
    if not _HIGH.search(line) or not _CP1252_LINE.fullmatch(line):
        return None
    return b"".join(_CP1252.get(ch, _LOST) for ch in line)


def _from_gbk(line: str) -> bytes | None:
    """gb18030 rather than gbk: it is what reads GBK's user-defined area as private use (as
    Windows does) and A2E3 as €; a character it needs four bytes for was never a GBK pair."""
    if not _CJK.search(line):
        return None
    parts = line.split("\ufffd")
    data = [p.encode("gb18030") for p in parts]
    lost = len(parts) - 1
    if sum(map(len, data)) != len(line) + _non_ascii(line) - 2 * lost:
        return None
    return _LOST.join(data)


def _from_big5(line: str) -> bytes | None:
    if not _CJK.search(line):
        return None
    try:
        return line.replace("\ufffd", "\x00").encode("cp950").replace(b"\x00", _LOST)
    except UnicodeEncodeError:
        return None


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


@dataclass(frozen=True, slots=True)
class _Misreading:
    inner: str  # what the text really was
    reader: str  # what it was misread as
    encode: Callable[[str], bytes | None]  # the bytes back, or None when the line cannot be this
    codec: str  # decodes the bytes back

    def undo(self, line: str) -> str | None:
        """The line as it was before the misreading, or None when it cannot have been
        misread this way."""
        data = self.encode(line)
        if data is None:
            return None
        if self.codec != "utf-8":  # a lost byte ends a pair: decode around it
            return "\ufffd".join(part.decode(self.codec, "replace") for part in data.split(_LOST))
        if "\ufffd" in line or "?" in line:
            return data.decode(self.codec, "jiaokan.absorb_lost")
        return data.decode(self.codec, "replace")  # the same without lost bytes, and much faster


_MISREADINGS = (
    _Misreading("GBK", "cp1252", _from_cp1252, "gb18030"),
    _Misreading("Big5", "cp1252", _from_cp1252, "cp950"),
    _Misreading("UTF-8", "cp1252", _from_cp1252, "utf-8"),
    _Misreading("UTF-8", "GBK", _from_gbk, "utf-8"),
    _Misreading("UTF-8", "Big5", _from_big5, "utf-8"),
)
_MIN_GAIN = 10.0  # nats over the document: a couple of characters' worth of evidence
_MIN_GAIN_PER_CHAR = 2.0  # per non-ASCII character of a repaired line
_EVIDENCE_LINES = 2000


@dataclass(frozen=True, slots=True)
class Repaired:
    text: str
    repairs: tuple[str, ...]
    lost: int  # characters that could not be recovered (now U+FFFD)
    gain: float  # how much more plausible the repaired text is, in nats


def _gain(line: str, new: str | None) -> float:
    """How much more plausible the undone line is; -inf when it is not worth it."""
    if new is None or new == line:
        return -math.inf
    g = score(new).logp - score(line).logp
    return g if g >= _MIN_GAIN_PER_CHAR * max(1, _non_ascii(new)) else -math.inf


def _evidence(m: _Misreading, lines: list[str]) -> float:
    """The gain over the lines that undo with little loss: enough to tell the misreading
    without scoring every line of a clean text (almost all of it would be lost). A long text
    is judged on lines spread evenly through it."""
    total = 0.0
    for line in lines[::max(1, len(lines) // _EVIDENCE_LINES)]:
        new = m.undo(line)
        if new is not None and new.count("\ufffd") * 2 <= _non_ascii(new):
            total += max(0.0, _gain(line, new))
    return total


def _apply(m: _Misreading, lines: list[str]) -> tuple[dict[int, str], int]:
    """The lines that read better undone, lossy or not, and the characters lost."""
    fixed, lost = {}, 0
    for i, line in enumerate(lines):
        new = m.undo(line)
        if _gain(line, new) > -math.inf:
            fixed[i], lost = new, lost + new.count("\ufffd")
    return fixed, lost


def _describe(m: _Misreading, lines: list[str], fixed: dict[int, str], lost: int, container: str) -> str:
    reader = m.reader
    if reader == "cp1252" and not any(c in _CP1252_ONLY for i in fixed for c in lines[i]):
        reader = "Latin-1"
    again = " again" if m.inner == container else ""
    if again and m.reader == "cp1252":
        again += " (double-encoded)"
    text = f"mojibake: {m.inner} text that was read as {reader} and saved as {container}{again}"
    garbled = sum(1 for line in lines if not line.isascii())
    if len(fixed) < garbled:
        text += f" (in {len(fixed)} of {garbled} lines)"
    if lost:
        text += f"; {lost} characters could not be recovered and are marked U+FFFD"
    return text


def repair(text: str, container: str = "UTF-8", rounds: int = 3) -> Repaired | None:
    """The text with its mojibake undone, or None when it reads best as it is.

    ``container`` names the encoding the garbled text was saved in, for the description.
    Up to ``rounds`` layers are undone (text garbled, then garbled again).
    """
    lines = text.split("\n")
    repairs, lost_total, gain_total = [], 0, 0.0
    for _ in range(rounds):
        gain, m = max(((_evidence(m, lines), m) for m in _MISREADINGS), key=lambda e: e[0])
        if gain < _MIN_GAIN:
            break  # no misreading explains the text
        fixed, lost = _apply(m, lines)
        if lost * 2 > sum(_non_ascii(line) for line in fixed.values()):
            break  # undoing it would leave mostly U+FFFD
        repairs.append(_describe(m, lines, fixed, lost, container))
        lines = [fixed.get(i, line) for i, line in enumerate(lines)]
        lost_total, gain_total = lost_total + lost, gain_total + gain
    if not repairs:
        return None
    return Repaired("\n".join(lines), tuple(repairs), lost_total, gain_total)

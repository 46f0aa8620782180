"""Bytes to text: find the encoding of a raw transcription, undo mojibake, flag odd characters.

Every codec that decodes the bytes is a candidate reading, and the readings are judged by their
text (charmodel: common Chinese characters and punctuation versus rare characters, symbols and
control codes), not by a detector's label: gb18030 decodes most Big5 bytes without error, so
"the first codec that does not fail" is no rule. Readings that decode to the same text are one
reading, named by the narrowest codec (gb2312 before gbk before gb18030; big5 before cp950
before big5hkscs). A reading in a Unicode encoding is also tried with its mojibake undone, a
GB-family reading with its UTF-8 fragments decoded as UTF-8 (decoding/fragments.py).

Bytes in the GB2312 range are decoded with the GB18030 table: Python's gb2312 codec maps A1A4
to U+30FB (katakana ・) and A1AA to U+2015 (―), where Chinese text means U+00B7 (·, 理查德·赖尔登)
and U+2014 (the halves of ——), as GBK and GB18030 map them. UTF-16 with lone surrogates (a
character cut in half) is decoded, each lone half replaced by U+FFFD and reported.
"""
from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from pathlib import Path

from editor.core.decoding.charmodel import score, table_variants
from editor.core.errors import InputError
from editor.core.decoding.magic import sniff
from editor.core.model import Decoded, TextIssue
from editor.core.decoding.mojibake import repair
from editor.core.decoding import fragments
from editor.core.lang.cjk import CJK_RE

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_ASCII_COMPATIBLE = ("utf-8", "gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "cp1252", "latin-1")
_UTF16 = ("utf-16-le", "utf-16-be")
_SINGLE_BYTE = ("cp1252", "latin-1")  # no byte is ever invalid: nothing to replace
_CONTAINERS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
               "utf-16-be": "UTF-16", "utf-32": "UTF-32"}

_UTF8_PRIOR = 3.0  # nats per multi-byte sequence: how unlikely valid UTF-8 is by accident
_TEMPERATURE = 4.0  # nats; characters are not independent, so soften the likelihood ratios
_MIN_MEAN_LOGP = -12.5  # below this per character a reading is noise, not text
_GOOD_MEAN_LOGP = -8.5  # Chinese prose scores -6 to -7 per character, mojibake -11 and below
_MAX_CONTROL_SHARE = 0.02  # a stray control code is damage; many are noise
_MAX_NUL_SHARE = 0.01  # more NUL bytes than this (outside UTF-16) is binary data
_SAMPLE_BYTES = 256 * 1024  # readings of longer files are compared on the same leading share

_GB_FAMILY = ("gb2312", "gbk", "gb18030")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_ISSUE = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class _Reading:
    text: str
    encoding: str
    repairs: tuple[str, ...]
    logp: float  # log P(text) plus the prior of the encoding: higher is more plausible


def text_issues(text: str) -> tuple[TextIssue, ...]:
    """Lone U+FFFD, control characters (but tab, newline, CR and form feed) and private-use
    characters, at their code-point positions."""
    issues = []
    for m in _ISSUE.finditer(text):
        ch = m.group()
        kind = "replacement" if ch == "\ufffd" else "control" if ch <= "\x9f" else "private-use"
        issues.append(TextIssue(kind, m.start(), ch))
    return tuple(issues)


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def table_decode(data: bytes, codec: str, errors: str = "strict") -> str:
    """``data.decode(codec)``, but bytes valid as GB2312 are read with the GB18030 table (see
    the module's docstring); UnicodeDecodeError when they are not valid ``codec``."""
    if codec.replace("_", "").lower() == "gb2312":
        if errors == "strict":
            data.decode("gb2312")  # the range check: raises on bytes outside GB2312
        return data.decode("gb18030", errors)
    return data.decode(codec, errors)


def _utf16_surrogates(data: bytes, codec: str) -> tuple[str, tuple[str, ...]] | None:
    """UTF-16 whose only fault is lone surrogates: the text with each replaced by U+FFFD."""
    try:
        text = data.decode(codec, "surrogatepass")
    except UnicodeDecodeError:
        return None
    lone = [m.start() for m in _LONE_SURROGATE.finditer(text)]
    if not lone:
        return None
    text = _LONE_SURROGATE.sub("\ufffd", text)
    where = ", ".join(map(str, lone[:5])) + (", …" if len(lone) > 5 else "")
    s = "" if len(lone) == 1 else "s"
    return text, (f"{len(lone)} lone UTF-16 surrogate{s} (half a character) replaced by U+FFFD at {where}",)


def _decodings(data: bytes, codec_names: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(text, codec, repairs) for each codec that decodes the bytes, strictly or with a few
    bad bytes replaced by U+FFFD (a truncated or slightly damaged file)."""
    out, damaged = [], []
    allowance = max(2, len(data) // 1000)
    for codec in codec_names:
        try:
            out.append((table_decode(data, codec), codec, ()))
        except UnicodeDecodeError:
            if codec.startswith("utf-16"):
                halves = _utf16_surrogates(data, codec)
                if halves is not None:
                    out.append((halves[0], codec, halves[1]))
                    continue
            if codec in _SINGLE_BYTE or codec == "gb2312":
                continue  # gb2312: gbk says the same with fewer replacements
            text = data.decode(codec, "replace")
            bad = text.count("\ufffd")
            if bad <= allowance:
                s = "" if bad == 1 else "s"
                damaged.append((text, codec, (f"{bad} undecodable byte sequence{s} replaced by U+FFFD",)))
    return out + damaged


def _with_repairs(text: str, codec: str, repairs: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The reading itself and, for text in a Unicode encoding, the reading with its mojibake undone."""
    readings = [(text, codec, repairs)]
    if codec in _CONTAINERS:
        fixed = repair(text, _CONTAINERS[codec])
        if fixed is not None:
            readings.insert(0, (fixed.text, codec, repairs + fixed.repairs))
    return readings


def _raw_readings(data: bytes) -> list[tuple[str, str, tuple[str, ...]]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decodings(data, (codec,))
    nuls = data.count(0)
    if data.isascii() and not nuls:
        text = data.decode("ascii")
        hz = [r for r in _decodings(data, ("hz",)) if not r[2] and CJK_RE.search(r[0])] \
            if b"~{" in data else []
        # CJK in UTF-16 can be all ASCII bytes; text with control codes or little of it may be that
        utf16 = _decodings(data, _UTF16) if len(data) % 2 == 0 and (len(data) <= 64 or _ISSUE.search(text)) else []
        return hz + [(text, "ascii", ())] + utf16
    codec_names = _UTF16 if len(data) % 2 == 0 or nuls else ()
    if nuls <= len(data) * _MAX_NUL_SHARE:
        codec_names = _ASCII_COMPATIBLE + codec_names
    return _decodings(data, codec_names)


def _utf8_fragments(data: bytes, raw: list[tuple[str, str, tuple[str, ...]]]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The GB reading with its UTF-8 fragments decoded as UTF-8, when the bytes are no plain
    UTF-8 (the fragments may keep them from decoding as GBK at all)."""
    if data.isascii() or any(c.startswith("utf-8") and not r for _, c, r in raw):
        return []
    try:
        found = fragments.repair_utf8(data, "gb18030")
    except UnicodeDecodeError:
        return []
    return [] if found is None else [(found[0], "gb18030", (fragments.describe(found[1]),))]


def _prior(text: str, codec: str) -> float:
    return _UTF8_PRIOR * (_non_ascii(text) - text.count("\ufffd")) if codec.startswith("utf-8") else 0.0


def _head(text: str, share: float) -> str:
    return text if share >= 1.0 else text[:math.ceil(len(text) * share)]


def _readings(data: bytes, path: str | Path | None) -> list[_Reading]:
    """Every distinct reading of the bytes, best first."""
    if not data:
        raise InputError(path, "the file is empty")
    kind = sniff(data)
    if kind is not None:
        raise InputError(path, kind.problem())
    share = min(1.0, _SAMPLE_BYTES / len(data))
    seen: dict[str, _Reading] = {}
    raw = _raw_readings(data)
    for text, codec, repairs in raw + _utf8_fragments(data, raw):
        prior = _prior(_head(text, share), codec)
        for t, c, r in _with_repairs(text, codec, repairs):
            if t not in seen:
                seen[t] = _Reading(t, c, r, score(_head(t, share)).logp + prior)
    return sorted(seen.values(), key=lambda r: -r.logp)  # stable: ties keep the narrowest codec


def _reads(text: str) -> float:
    """Mean log-probability per character, leaving out U+FFFD (a loss, counted apart)."""
    return score(text[:_SAMPLE_BYTES].replace("\ufffd", "")).mean


def _plausible(text: str) -> bool:
    text = text[:_SAMPLE_BYTES]
    controls = sum(1 for issue in text_issues(text) if issue.kind == "control")
    return _reads(text) >= _MIN_MEAN_LOGP and controls <= len(text) * _MAX_CONTROL_SHARE


def _confidence(readings: list[_Reading], i: int) -> float:
    """The share of the readings' probability held by reading ``i`` and those that differ from
    it only by a table variant (a dash, a dot); less when the text itself reads poorly or has
    characters replaced by U+FFFD."""
    top = readings[0].logp
    weights = [math.exp((r.logp - top) / _TEMPERATURE) for r in readings]
    mine = readings[i]
    agree = sum(w for r, w in zip(readings, weights)
                if r is mine or (w > 1e-9 and table_variants(r.text, mine.text)))
    lost = mine.text.count("\ufffd") / max(1, _non_ascii(mine.text))
    mean = _reads(mine.text)
    reads = min(1.0, max(0.0, (mean - _MIN_MEAN_LOGP) / (_GOOD_MEAN_LOGP - _MIN_MEAN_LOGP)))
    return round(agree / sum(weights) * (1.0 - lost) * reads, 4)


def _decoded(readings: list[_Reading], i: int) -> Decoded:
    r = readings[i]
    return Decoded(r.text, r.encoding, _confidence(readings, i), r.repairs, text_issues(r.text))


def decode(data: bytes, path: str | Path | None = None) -> Decoded:
    """The most plausible text of the bytes; InputError when they are empty, binary or noise."""
    readings = _readings(data, path)
    if not readings or not _plausible(readings[0].text):
        if data.count(0) > len(data) * _MAX_NUL_SHARE:
            raise InputError(path, "binary data (NUL bytes), not text")
        raise InputError(path, "the bytes do not read as text in any supported encoding "
                               "(UTF-8, UTF-16, GB18030/GBK, Big5, HZ, cp1252)")
    return _decoded(readings, 0)


def candidates(data: bytes, limit: int = 5) -> list[Decoded]:
    """The plausible readings of the bytes, best first (the first is what decode() returns),
    each with its share of the confidence: for choosing another reading by eye."""
    readings = _readings(data, None)
    return [_decoded(readings, i) for i in range(min(limit, len(readings)))]


def decode_as(data: bytes, encoding: str, path: str | Path | None = None) -> Decoded:
    """The bytes decoded with the codec a person chose; confidence 1.0 because it is a choice."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(path, f"{encoding!r} is not a known encoding") from None
    if not data:
        raise InputError(path, "the file is empty")
    try:
        text = table_decode(data, name)
    except UnicodeDecodeError as err:
        bad = data[err.start:err.end].hex(" ")
        raise InputError(path, f"cannot decode as {encoding}: bytes {bad} at offset {err.start} "
                               f"are not valid {name}") from None
    if text.startswith("\ufeff") and name in ("utf-8", "utf-16-le", "utf-16-be"):
        text, encoding = text[1:], {"utf-8": "utf-8-sig"}.get(name, "utf-16")
    return Decoded(text, encoding, 1.0, (), text_issues(text))

"""Traditional characters in a mainland publication (a mirror site's conversion) -> simplified.

Only a document that is predominantly traditional is converted: a simplified text still has
a few characters that OpenCC would change (著名's 著, 乾隆's 乾), and those must stay. The
configuration follows the variant: Taiwan forms (裡, 著 as a particle, 線, 衛) -> tw2s, Hong
Kong forms (裏, 綫, 衞) -> hk2s, otherwise t2s; all of them give mainland forms (裡 -> 里,
臺 -> 台, 於 -> 于). A change covers one run of ideographs (a phrase between punctuation),
trimmed to its converted characters and cut at the edges of protected spans, so that a
protected name keeps its characters and the text around it still converts.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import CJK

_BMP_CJK = "".join(chr(c) for c in range(0x4E00, 0xA000)) + "".join(chr(c) for c in range(0x3400, 0x4DC0))
# Forms that tell the two standards apart (the particle 着 is Hong Kong's, Taiwan writes 著).
_TAIWAN = "裡線衛"
_HONG_KONG = "裏綫衞着"
_RUN = re.compile(f"[{CJK}]+")
MIN_TRADITIONAL = 5  # fewer traditional-only characters than this is noise, not a script
SAMPLE_CHARS = 100_000
_new = tuple.__new__


@lru_cache(maxsize=None)
def converter(config: str):
    import opencc  # loaded on first use: the binding costs start-up time

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Characters that t2s changes (traditional-only) and that s2t changes (simplified-only)."""
    def changed(config: str) -> str:
        out = converter(config).convert(_BMP_CJK)
        return "".join(a for a, b in zip(_BMP_CJK, out) if a != b)

    return re.compile(f"[{changed('t2s')}]"), re.compile(f"[{changed('s2t')}]")


def _sample(text: str, size: int = SAMPLE_CHARS, chunks: int = 100) -> str:
    """Evenly spaced pieces of a long text: the script of a document shows in any part."""
    if len(text) <= size:
        return text
    step, width = len(text) // chunks, size // chunks
    return "".join(text[i:i + width] for i in range(0, len(text), step))


def is_traditional(text: str) -> bool:
    """Is the text written predominantly in traditional characters?"""
    trad_re, simp_re = _script_patterns()
    text = _sample(text)
    traditional = len(trad_re.findall(text))
    if traditional < MIN_TRADITIONAL:
        return False
    return traditional > 2 * len(simp_re.findall(text))


def variant_config(text: str) -> str:
    """The OpenCC configuration for the traditional standard the text follows."""
    taiwan = sum(text.count(c) for c in _TAIWAN)
    hong_kong = sum(text.count(c) for c in _HONG_KONG)
    if taiwan > hong_kong:
        return "tw2s"
    if hong_kong > taiwan:
        return "hk2s"
    return "t2s"


class TraditionalToSimplified:
    id = "script.t2s"
    title = "Traditional to simplified"
    description = "A predominantly traditional transcription converted to mainland simplified forms."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        if not is_traditional(text):
            return []
        config = variant_config(text)
        convert = converter(config).convert
        cuts = sorted({p for span in ctx.protected for p in span})
        reason = f"traditional to simplified ({config})"
        out = convert(text)
        if len(out) == len(text):
            return self._aligned(text, out, cuts, reason)
        changes, pos = [], 0
        for line in text.split("\n"):  # a phrase changed length somewhere: align line by line
            converted = convert(line)
            if len(converted) == len(line):
                changes += self._aligned(line, converted, [c - pos for c in cuts], reason, pos)
            elif converted != line:
                changes.append(Change(self.id, pos, pos + len(line), line, converted, reason, 0.9))
            pos += len(line) + 1
        return changes

    def _aligned(self, text: str, out: str, cuts: list[int], reason: str, offset: int = 0) -> list[Change]:
        """One change per run of ideographs that conversion changed, trimmed to its changed
        characters and cut at protected-span edges."""
        changes, rule = [], self.id
        append = changes.append
        for m in _RUN.finditer(text):
            start, end = m.span()
            if text[start:end] == out[start:end]:
                continue
            inner = cuts[bisect_right(cuts, start):bisect_left(cuts, end)] if cuts else ()
            for a, b in zip((start, *inner), (*inner, end)) if inner else ((start, end),):
                while a < b and text[a] == out[a]:
                    a += 1
                while b > a and text[b - 1] == out[b - 1]:
                    b -= 1
                if a < b:
                    # tuple.__new__ spares the named tuple's Python-level constructor: a
                    # traditional text has a change in nearly every phrase.
                    append(_new(Change, (rule, offset + a, offset + b, text[a:b], out[a:b], reason, 0.95, None)))
        return changes


RULE = TraditionalToSimplified()

"""Stray English function words inside Chinese: "疫情防控 and 复工复产" -> "疫情防控和复工复产".

An input method left in English mode, or a translation tool, leaves a function word where
the Chinese one stood. Only words with one clear Chinese counterpart are in the table, and
only between two ideographs (past spaces): "A and B" in Latin text, "vs" and "PK" (which
Chinese uses as such) stay. The spaces around the word go with it. The editor may know
better (和 or 与? 或 or 或者?), so the confidence is just above the default threshold and
the conservative profile leaves it for review.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import CJK, SPACE

CHINESE = {"and": "和", "or": "或", "with": "与", "of": "的"}
_WORD = re.compile(f"(?=[{SPACE}A-Za-z])[{SPACE}]*(?P<word>[A-Za-z]+)[{SPACE}]*(?=[{CJK}])")
_CJK = re.compile(f"[{CJK}]")
CONFIDENCE = 0.6


class StrayEnglish:
    id = "words.stray_english"
    title = "Stray English words"
    description = "English function words between Chinese words replaced by their Chinese counterparts."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        lowered = text.lower()
        if not any(word in lowered for word in CHINESE):
            return []  # most Chinese texts: one pass in C instead of the pattern's at every position
        return [Change(self.id, m.start(), m.end(), m.group(), CHINESE[m.group("word").lower()],
                       f"stray English word {m.group('word')!r} in Chinese text", CONFIDENCE)
                for m in _WORD.finditer(text)
                if m.group("word").lower() in CHINESE and m.start() and _CJK.match(text, m.start() - 1)]


RULE = StrayEnglish()

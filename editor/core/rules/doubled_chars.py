"""A character typed twice: "全面从从严治党" -> "全面从严治党".

Chinese doubles characters on purpose (谢谢, 常常, 人人, 看看, 层层, 一一, 严严实实, 宋丽丽),
and two words meet on the same character (职工|工作, 医疗队|队员, 斯堡市|市长), so a doubled
pair XX is proposed for repair only when the jieba dictionary says that
  - XX is not a word, and no word of three or more characters covers it with its
    neighbours (严严实实, 一道道, 不了了之), and
  - no word ends with the first X while another starts with the second, and
  - with one X removed, X does form a word with a neighbour (从严) or is a function word
    (的的, 和和), which is the evidence that the second X is a slip and not a name or a rare
    reduplication.
Runs of three or more (哈哈哈) are left alone. The dictionary is loaded on the first
candidate (jieba takes most of a second to load).
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.rules.base import Context
from editor.core.rules.classes import CJK
from editor.core.rules.words import dictionary, is_word

_PAIR = re.compile(f"([{CJK}])\\1")
# Place and organisation suffixes, which the title of their head repeats: 斯特拉斯堡市|市长,
# 西安电影制片厂|厂长, 中联部|部长. The dictionary cannot see such a boundary when the name
# before the suffix is not a word itself, so a word starting with the second one suffices.
_SUFFIXES = frozenset("国省市县区乡镇村州部委局厅署司处科室厂矿校院所站队团组社会馆店行")
LONGEST_WORD = 6
FUNCTION_WORD_FREQ = 100_000  # 的, 是, 和, 与, 了, 在...: used alone, never doubled
CONFIDENCE = 0.55


def _covered_by_word(text: str, i: int) -> bool:
    """Is the pair at [i, i+2) a word or inside a longer word with its neighbours?"""
    for start in range(max(0, i - LONGEST_WORD + 2), i + 1):
        for end in range(i + 2, min(len(text), start + LONGEST_WORD) + 1):
            if is_word(text[start:end]):
                return True
    return False


def _word_starts(text: str, pos: int) -> bool:
    return any(is_word(text[pos:e]) for e in range(pos + 2, min(len(text), pos + 4) + 1))


def _word_boundary(text: str, i: int) -> bool:
    """Does a word end with the first character and another start with the second (职工|工作)?"""
    ends = any(is_word(text[s:i + 1]) for s in range(max(0, i - 3), i))
    return ends and _word_starts(text, i + 1)


def _forms_word_once(text: str, i: int) -> bool:
    """With the second character of the pair removed, is the first part of a word, or a
    function word on its own (的的, 是是, 和和)?"""
    if dictionary().get(text[i], 0) >= FUNCTION_WORD_FREQ:
        return True
    left = text[max(0, i - 3):i]
    joined = left + text[i] + text[i + 2:i + 5]
    pos = len(left)
    return any(is_word(joined[s:e])
               for s in range(0, pos + 1) for e in range(max(pos + 1, s + 2), min(len(joined), s + 4) + 1))


class DoubledCharacters:
    id = "chars.doubled"
    title = "Doubled characters"
    description = "A character typed twice where Chinese has it once (从从严 -> 从严)."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        changes = []
        for m in _PAIR.finditer(text):
            i, ch = m.start(), m.group(1)
            if (i > 0 and text[i - 1] == ch) or (m.end() < len(text) and text[m.end()] == ch):
                continue
            if ch in _SUFFIXES and _word_starts(text, i + 1):
                continue
            if _covered_by_word(text, i) or _word_boundary(text, i) or not _forms_word_once(text, i):
                continue
            changes.append(Change(self.id, i + 1, i + 2, ch, "", "character typed twice", CONFIDENCE))
        return changes


RULE = DoubledCharacters()

"""A character typed twice: "全面从从严治党" -> "全面从严治党".

Chinese doubles characters on purpose (谢谢, 常常, 人人, 看看, 层层, 一一, 严严实实, 宋丽丽),
and two words meet on the same character (职工|工作, 医疗队|队员, 斯堡市|市长), so a doubled
pair XX is judged with jieba's dictionary:
  - repaired when a unit follows a number twice (1937年年12月), unless a word of position
    in time starts with the second (1998年|年底);
  - kept when XX is a word, or a word of three or more characters covers it with its
    neighbours (严严实实, 一道道, 不了了之), or it is half of an AABB phrase (纷纷纭纭);
    when the second X begins the title of the head of a place or body the first one names
    (斯特拉斯堡市|市长, 中联部|部长); when a measure word is reduplicated after 一 (一张张);
  - kept when the likeliest segmentation of the text (jieba's unigram model) ends a word
    with the first X and starts another with the second (去年|年底, 左眼|眼底, 长江|江水)
    and the text without the second X reads hardly likelier; one that leaves an X alone
    (若干|干|重大, 中国|国|政府, 富有|有|感染力) shows a slip;
  - repaired when a common surname is doubled before the given name and after no other
    surname (王王怡);
  - repaired when X, with the second removed, forms a word with a neighbour (从严) or is a
    function word (的的, 和和);
  - kept when X is a character Chinese reduplicates alone: a verb whose reduplicated forms
    the dictionary knows (看一看, 找找看) unless a particle follows (筹筹得), or a character of
    names (丽丽, 伊拉拉); repaired otherwise (pronouns, prepositions, adverbs, particles,
    modal verbs, nouns and bound morphemes: 由由, 它它, 仍仍, 们们, 能能, 路路).
Runs of three or more (哈哈哈) are left alone. The dictionary is loaded on the first
candidate (jieba takes most of a second to load).
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import CJK
from editor.core.lang.words import MIN_FREQ, char_tag, dictionary, is_word, reading

_PAIR = re.compile(f"([{CJK}])\\1")
_CJK_CHAR = re.compile(f"[{CJK}]")
# Place and organisation suffixes, and the titles of their heads that repeat them: 斯特拉斯堡市
# 市长, 西安电影制片厂|厂长, 中联部|部长, 某某市|市委. The dictionary cannot see such a
# boundary when the name before the suffix is not a word itself.
_SUFFIXES = frozenset("国省市县区乡镇村州部委局厅署司处科室厂矿校院所站队团组社会馆店行")
_TITLES = ("长", "委", "民", "属", "直", "级", "领导", "党委", "主任", "书记")
# Units that a number takes once; 一 is left out: 一年年, 一天天 are reduplications.
_UNITS = frozenset("年月日号时点分秒个元岁次届期")
_NUMERAL = re.compile("[0-9０-９二三四五六七八九十百千万两几]")
_MEASURE_TAGS = frozenset(("q",))
# Verbs that do not reduplicate: modals and causatives, and 没.
_MODAL = frozenset("能会要可该应得让使令需须敢肯愿没")
_NAME_TAGS = ("nr", "ns")
# The commonest Chinese surnames. A given name may repeat a character (宋丽丽, 李林林), so a
# doubled surname that no other surname precedes is a slip.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤庞凌")
# A reduplicated verb takes an object or a complement (看看书, 换换环境), never a particle.
_PARTICLES = frozenset("了着过得的地")
# Words of position in time that follow a number and a unit: 1998年|年底, 3月|月初.
_TIME_POSITIONS = frozenset("底初中末内尾终")
LONGEST_WORD = 6
WINDOW = 6  # characters each side of the pair that its segmentation looks at
# How much likelier (natural log) the text must read with one X than with two words meeting
# on X for the pair to be a slip: 去年|年底 gains 5.8 from dropping a 年, 若干|干重 8.
SINGLE_GAIN = 6.0
FUNCTION_WORD_FREQ = 100_000  # 的, 是, 和, 与, 了, 在...: used alone, never doubled
CONFIDENCE = 0.55


def _covered_by_word(text: str, i: int) -> bool:
    """Is the pair at [i, i+2) a word or inside a longer word with its neighbours?"""
    get, n = dictionary().get, len(text)
    # From the pair itself leftwards: most pairs are words (谢谢, 常常) and end the search.
    for start in reversed(range(max(0, i - LONGEST_WORD + 2), i + 1)):
        for end in range(i + 2, min(n, start + LONGEST_WORD) + 1):
            f = get(text[start:end])
            if f is None:
                break  # the dictionary holds every prefix of its words: none is longer
            if f >= MIN_FREQ:
                return True
    return False


def _aabb(text: str, i: int) -> bool:
    """Is the pair one half of a reduplicated AABB phrase (纷纷纭纭，干干净净的): two doubled
    ideographs that end where the phrase does, at punctuation or before 的/地?"""
    start = i - 2 if i >= 2 and text[i - 2] == text[i - 1] != text[i] else i
    if start == i and not (i + 3 < len(text) and text[i + 2] == text[i + 3] != text[i]):
        return False
    end = start + 4
    return (_CJK_CHAR.match(text, start) is not None and _CJK_CHAR.match(text, start + 2) is not None
            and (end == len(text) or not _CJK_CHAR.match(text, end) or text[end] in "的地"))


def _word_starts(text: str, pos: int) -> bool:
    return any(is_word(text[pos:e]) for e in range(pos + 2, min(len(text), pos + 4) + 1))


def _read_apart(text: str, i: int) -> bool:
    """Does the likeliest segmentation of the pair's neighbourhood end a word with the first X
    and start another with the second (去年|年底, 职工|工作), rather than leave one alone
    (富有|有|感染力, 若干|干|重大), and is the text without the second X hardly likelier?"""
    start, end = i, i + 2
    while start > 0 and i - start < WINDOW and _CJK_CHAR.match(text, start - 1):
        start -= 1
    while end < len(text) and end - i - 2 < WINDOW and _CJK_CHAR.match(text, end):
        end += 1
    score, tokens = reading(text[start:end])
    seam, pos, before = i + 1 - start, 0, ""
    for token in tokens:
        if pos == seam:
            if len(before) < 2 or len(token) < 2:
                return False
            return reading(text[start:i + 1] + text[i + 2:end])[0] - score < SINGLE_GAIN
        pos, before = pos + len(token), token
    return False


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


def _reduplicable(ch: str) -> bool:
    """A character Chinese doubles alone: a verb whose reduplicated forms the dictionary knows
    (看一看, 试了试, 找找看), or a character of names (丽丽)."""
    tag = char_tag(ch)
    if tag.startswith("v"):
        freq = dictionary()
        return ch not in _MODAL and any(freq.get(form, 0) > 0 for form in (ch + "一" + ch, ch + "了" + ch, ch * 2 + "看", ch * 2))
    return tag.startswith(_NAME_TAGS)


def is_slip(text: str, i: int) -> bool:
    """Is the pair at [i, i+2) a character typed twice?"""
    ch = text[i]
    if i > 0 and ch in _UNITS and _NUMERAL.match(text, i - 1):
        return not text.startswith(tuple(_TIME_POSITIONS), i + 2)
    if _covered_by_word(text, i) or _aabb(text, i):
        return False
    if ch in _SUFFIXES and text.startswith(_TITLES, i + 2) and _word_starts(text, i + 1):
        return False
    if i > 0 and text[i - 1] == "一" and char_tag(ch) in _MEASURE_TAGS:
        return False
    if _read_apart(text, i):
        return False
    if ch in _SURNAMES and _CJK_CHAR.match(text, i + 2) and not (i > 0 and text[i - 1] in _SURNAMES):
        return True  # a surname typed twice before the given name: 王王怡, 邹邹常城
    if _forms_word_once(text, i):
        return True
    return not _reduplicable(ch) or text[i + 2:i + 3] in _PARTICLES


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
            if is_slip(text, i):
                changes.append(Change(self.id, i + 1, i + 2, ch, "", "character typed twice", CONFIDENCE))
        return changes


RULE = DoubledCharacters()

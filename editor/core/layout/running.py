"""Is a line that stops without a sentence end a piece of running text cut by a page or
column break, or a display line (title, heading, caption) that never had one?

The evidence, strongest first: the line's own shape (too long for a display line, a
sentence ending inside it, cut after a clause or right after one: "时已立春，万"), then what
paragraphs open with ("与此同时，") and headings do not, an unclosed quote or bracket, the next
line opening with a one-character clause ("了。当天，…"), clauses of a sentence rather than
parallel phrases, a dictionary word across the cut ("联|系"), a function word at the end or a
pronoun at the start.
"""
from __future__ import annotations

import re

from editor.core.layout.lines import CLAUSE_PUNCT, DISPLAY_MAX, has_inner_sentence_end, has_separator_space, shape, wider
from editor.core.lang.words import is_word, spans_word

# Characters and words a heading does not end on but a cut-off sentence often does, and
# pronouns a heading does not begin with.
_FUNCTION_END = set("的了和与及在对把被从向为给以于等而并或但也就都又还要会能这那其之个不所将则即着过")
_FUNCTION_WORDS = ("一些", "这些", "那些", "某些", "受到", "得到", "进行", "可以", "能够", "应该", "已经", "正在",
                   "不仅", "而且", "以及", "并且", "对于", "关于", "通过", "根据", "按照", "此次", "这次", "一个", "一次")
_PRONOUNS = ("它", "他", "她", "这", "那", "该", "其", "此")
# Paragraphs open with these; headings never do.
_OPENER = re.compile(
    r"(?:与此同时|此外|同时|另外|目前|据了解|据悉|据介绍|据统计|近日|近年来|日前|截至目前|其中|因此|但是|然而|而且|"
    r"首先|其次|最后|总之|当天|当日|前天|昨天|今天|现在|随后|如今|今年以来|去年以来|近期|为此|对此|记者了解到|"
    r"由于|因为|虽然|尽管|如果|随着|为了|比如说|比如|例如|一方面|另一方面|不过|可是|所以|于是|接着|后来|当时|这时|"
    r"\d{1,2}月\d{1,2}日|(?:\d{4}年|今年|去年|明年)(?:\d{1,2}月)?)[，,]"
)
_CLAUSE_SPLIT = re.compile(f"[{CLAUSE_PUNCT}。！？!?]")
_OPEN = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】"}


def _cut_short(s: str) -> bool:
    """The last clause is a stub ("时已立春，万"), not one of parallel display phrases
    ("稳就业，保民生，促发展")."""
    clauses = _CLAUSE_SPLIT.split(s)
    if len(clauses) < 2:
        return False
    tail = len(clauses[-1])
    return tail <= 2 or tail <= 4 and 2 * tail <= max(len(c) for c in clauses[:-1])


def _sentence_like(s: str) -> bool:
    """Clauses of a sentence ("我久久立在蝴蝶的这堆尸体边，梦幻般在脑际"), not the short parallel
    phrases a display line joins with a comma ("解难题，进企业走访调研")."""
    clauses = re.split(r"[，,]", s)
    return len(clauses) >= 2 and len(clauses[0]) >= 5 and abs(len(clauses[0]) - len(clauses[-1])) >= 3


def unbalanced(s: str) -> bool:
    """An opening quote or bracket that the line does not close."""
    for opening, closing in _OPEN.items():
        if s.count(opening) > s.count(closing):
            return True
    return False


def cut_by_shape(s: str) -> bool:
    """The line's own shape says it is running text."""
    return s[-1] in CLAUSE_PUNCT or wider(s, DISPLAY_MAX) or has_inner_sentence_end(s) or _cut_short(s)


def running_evidence(sa: str, sb: str, in_body: bool = False) -> float | None:
    """How sure it is that ``sa`` is running text cut before ``sb`` (None: no evidence).
    ``in_body``: ``sa`` continues a paragraph or stands right under a heading."""
    if cut_by_shape(sa):
        return 0.9
    if in_body:
        return 0.8
    if has_separator_space(sa):
        return None  # a display title printed in halves
    if _OPENER.match(sa) or unbalanced(sa):
        return 0.8
    if len(_CLAUSE_SPLIT.split(sb, 1)[0]) == 1:
        return 0.75  # b opens with the last word of a sentence: "了。当天，…", "我：“…”"
    if _sentence_like(sa) and shape(sb) == "paragraph":
        return 0.7
    if spans_word(sa, sb):
        return 0.7
    if sa.endswith(_FUNCTION_WORDS) or sa[-1] in _FUNCTION_END and not is_word(sa[-2:]) or sa.startswith(_PRONOUNS):
        return 0.65
    return None

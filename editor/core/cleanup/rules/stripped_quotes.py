"""Quotation marks stripped by extraction, leaving a space-delimited term inside a sentence:
"开展 天工杯 十大示范性劳动" -> "开展“天工杯”十大示范性劳动".

Extraction turned “ and ” into spaces (and dropped them next to punctuation), so within a
clause the spaces between ideographs (gaps.TERM) cut it into segments, each either a term
that was quoted or the text around it. A term lies between two such spaces, or between one
and the clause's edge; two adjacent terms share one space (”“). Every space must border a
term. The rule takes every inner segment as a term unless it is a function word (的, 和,
来: "小革新、…、小改造 的 五小 活动"), then covers the remaining spaces with an edge segment:
the one beside a function word, or the shorter one when a clause has a single space.
Display lines (gaps.TITLE) get a proposal only when a half is short enough to be a term
("倾力当好职工 娘家人"), which two-half titles ("精准施策 持续作战") are not.

Only the editor can confirm such a reading, so every proposal stays below the default
threshold: 0.3 for terms between two spaces, 0.2 where an edge had to be chosen.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.lang import gaps
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import SPACE

_CLAUSE_MARKS = "，。；：！？,;:!?（）()“”‘’《》「」『』【】…—｜|\n"
_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
_CONNECTORS = frozenset("的地得和与及或等在是为来去把被对向从给将了着过也都就又而并让以于之其该此") | {
    "以及", "或者", "并且", "还是", "还有", "而且"}
INNER_MAX, EDGE_MAX, TITLE_TERM_MAX = 25, 16, 3
INNER, EDGE = 0.3, 0.2


class StrippedQuotes:
    id = "quotes.stripped"
    title = "Stripped quotation marks"
    description = "Terms left between spaces where quotation marks were stripped, proposed as “…”."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        changes: list[Change] = []
        clause: list[gaps.Gap] = []
        clause_end = -1
        for gap in gaps.cjk_gaps(text):
            if gap.kind not in (gaps.TERM, gaps.TITLE):
                continue
            if clause and gap.start < clause_end:
                clause.append(gap)
                continue
            changes += self._clause(text, clause)
            clause = [gap]
            end = _CLAUSE_END.search(text, gap.end)
            clause_end = end.start() if end else len(text)
        changes += self._clause(text, clause)
        return changes

    def _clause(self, text: str, clause: list[gaps.Gap]) -> list[Change]:
        if not clause:
            return []
        start = _clause_start(text, clause[0].start)
        end = _CLAUSE_END.search(text, clause[-1].end)
        end = end.start() if end else len(text)
        bounds = [start] + [p for g in clause for p in (g.start, g.end)] + [end]
        segments = [text[bounds[2 * i]:bounds[2 * i + 1]].strip(SPACE) for i in range(len(clause) + 1)]
        terms = _terms(segments)
        if clause[0].kind == gaps.TITLE:
            if not any(len(segments[i]) <= TITLE_TERM_MAX for i in terms):
                return []
            terms = {i: EDGE for i in terms}
        return self._changes(text, clause, bounds, segments, terms)

    def _changes(self, text, clause, bounds, segments, terms) -> list[Change]:
        changes, i, last = [], 0, len(segments) - 1
        while i <= last:
            if i not in terms:
                i += 1
                continue
            j = i
            while j + 1 in terms:
                j += 1
            start = clause[i - 1].start if i > 0 else bounds[0] + _lead(text, bounds[0])
            end = clause[j].end if j < last else bounds[-1] - _trail(text, bounds[-1])
            after = "“" + "”“".join(segments[i:j + 1]) + "”"
            confidence = min(terms[k] for k in range(i, j + 1))
            changes.append(Change(self.id, start, end, text[start:end], after,
                                  "term set off by spaces: stripped quotation marks?", confidence))
            i = j + 1
        return changes


def _terms(segments: list[str]) -> dict[int, float]:
    """Which segments are terms, with the confidence of each reading."""
    last = len(segments) - 1
    terms = {i: INNER for i in range(1, last) if _could_be_term(segments[i], INNER_MAX)}
    for k in range(1, last + 1):  # the space between segments k-1 and k
        if k - 1 in terms or k in terms:
            continue
        edges = [i for i in (k - 1, k) if i in (0, last) and _could_be_term(segments[i], EDGE_MAX)]
        if edges:
            terms[min(edges, key=lambda i: (len(segments[i]), i))] = EDGE
    return terms


def _could_be_term(segment: str, longest: int) -> bool:
    return 0 < len(segment) <= longest and segment not in _CONNECTORS


def _clause_start(text: str, pos: int) -> int:
    i = pos - 1
    while i >= 0 and text[i] not in _CLAUSE_MARKS:
        i -= 1
    return i + 1


def _lead(text: str, pos: int) -> int:
    n = 0
    while text[pos + n] in SPACE:
        n += 1
    return n


def _trail(text: str, pos: int) -> int:
    n = 0
    while text[pos - n - 1] in SPACE:
        n += 1
    return n


RULE = StrippedQuotes()

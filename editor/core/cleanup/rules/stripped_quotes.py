"""Quotation marks stripped by extraction, leaving a space-delimited term inside a sentence:
"开展 天工杯 十大示范性劳动" -> "开展“天工杯”十大示范性劳动".

Extraction turned “ and ” into spaces (and dropped them next to punctuation), so within a
clause the spaces between ideographs (gaps.TERM) cut it into segments, each either a term
that was quoted or the text around it. A term lies between two such spaces, or between one
and the clause's edge; two adjacent terms share one space (”“). Every space must border a
term.

The document's evidence (cleanup/evidence.py) comes first: a term it shows to be a stripped
quotation (set off several times, or set off and elsewhere printed in “ ”) is one wherever
it recurs, in either form, with high confidence and a reason naming the evidence. The
spaces it leaves uncovered are read one clause at a time (evidence.guess_terms): every inner
segment is a term unless it is a function word (的, 和, 来: "小革新、…、小改造 的 五小 活动"), then the remaining
spaces are covered with an edge segment: the one beside a function word, or the shorter one
when a clause has a single space. Only the editor can confirm such a reading, so it stays
below the default threshold (0.3 for terms between two spaces, 0.2 where an edge had to be
chosen), except on a page that prints no quotation marks and sets off several terms.
Display lines (gaps.TITLE) get a proposal only when a half is short enough to be a term
("倾力当好职工 娘家人"), which two-half titles ("精准施策 持续作战") are not.
"""
from __future__ import annotations

from editor.core.model import Change
from editor.core.lang import gaps
from editor.core.cleanup import evidence
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import SPACE

TITLE_TERM_MAX = 3


class StrippedQuotes:
    id = "quotes.stripped"
    title = "Stripped quotation marks"
    description = "Terms left between spaces where quotation marks were stripped, proposed as “…”."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        found = evidence.of(text, gaps.cjk_gaps(text))
        changes: list[Change] = []
        for clause in found.clauses:
            changes += self._clause(text, clause, found)
        return changes

    def _clause(self, text: str, clause: evidence.Clause, found: evidence.Evidence) -> list[Change]:
        segments = clause.segments
        if clause.gaps[0].kind == gaps.TITLE:
            terms = {i: (evidence.EDGE, evidence.GUESS) for i in evidence.guess_terms(segments, {})}
            if not any(len(segments[i]) <= TITLE_TERM_MAX for i in terms):
                return []
        else:
            terms = found.terms(clause)
        return self._changes(text, clause, terms)

    def _changes(self, text, clause: evidence.Clause, terms) -> list[Change]:
        changes, i, segments, bounds = [], 0, clause.segments, clause.bounds
        last = len(segments) - 1
        while i <= last:
            if i not in terms:
                i += 1
                continue
            j = i
            while j + 1 in terms:
                j += 1
            start = clause.gaps[i - 1].start if i > 0 else bounds[0] + _lead(text, bounds[0])
            end = clause.gaps[j].end if j < last else bounds[-1] - _trail(text, bounds[-1])
            after = "“" + "”“".join(segments[i:j + 1]) + "”"
            confidence = min(terms[k][0] for k in range(i, j + 1))
            reason = "; ".join(dict.fromkeys(terms[k][1] for k in range(i, j + 1)))
            changes.append(Change(self.id, start, end, text[start:end], after, reason, confidence))
            i = j + 1
        return changes


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

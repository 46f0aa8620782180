"""What a whole document says about its set-off terms: shared by the spaces and stripped-quotes
rules, so that both read every space between ideographs the same way.

A single space-delimited term inside a sentence may be a quotation whose marks extraction
stripped, or a stray space. The document decides: a term set off several times ("赣工贷" four
times, some of them at a comma or line start with a single space, "，赣工贷 进一步"), or set off
once and elsewhere printed in “ ”, is a stripped quotation wherever it recurs. On a page that
prints no quotation mark at all while several terms stand set off, a set-off term is likely
one too. Where the term also stands in running text without marks or spaces more often than
set off, the evidence conflicts and the reading stays uncertain.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from editor.core.lang import gaps
from editor.core.lang.classes import SPACE

CLAUSE_MARKS = "，。；：！？,;:!?（）()“”‘’《》「」『』【】…—｜|\n"
_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")
_QUOTED = re.compile("“([^“”\n]{1,25})”")
CONNECTORS = frozenset("的地得和与及或等在是为来去把被对向从给将了着过也都就又而并让以于之其该此") | {
    "以及", "或者", "并且", "还是", "还有", "而且"}
TERM_MAX, EDGE_MAX = 25, 16
INNER, EDGE = 0.3, 0.2  # guesses: only the editor can confirm them
GUESS = "term set off by spaces: stripped quotation marks?"
NO_QUOTES_MIN_TERMS = 3  # distinct terms set off on both sides before a quote-less page counts
RECURRING, NO_QUOTES = 0.8, 0.6


@dataclass(frozen=True, slots=True)
class Clause:
    """The stretch between two clause marks holding set-off gaps; ``segments[i]`` lies between
    ``bounds[2i]`` and ``bounds[2i + 1]`` (the gaps between them), stripped of spaces."""

    gaps: tuple[gaps.Gap, ...]
    bounds: tuple[int, ...]
    segments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    clauses: tuple[Clause, ...] = ()
    set_off: Counter = field(default_factory=Counter)  # term -> clauses that set it off (either form)
    both_sides: frozenset = frozenset()  # terms set off on both sides at least once
    quoted: Counter = field(default_factory=Counter)
    bare: Counter = field(default_factory=Counter)
    quotes_used: bool = True
    shown: dict = field(default_factory=dict)  # term -> strong(term), for the terms that are

    def strong(self, term: str) -> tuple[float, str] | None:
        """Confidence and reason when the document shows ``term`` is a stripped quotation."""
        return self.shown.get(term)

    def _strong(self, term: str) -> tuple[float, str] | None:
        n, q = self.set_off[term], self.quoted[term]
        if len(term) < 2 or not could_be_term(term) or self.bare[term] > n + q:
            return None
        if n >= 1 and q >= 1:
            return min(0.95, RECURRING + 0.05 * (n + q)), f"set off {_times(n)} and printed “{term}” {_times(q)} in this document"
        if n >= 2:
            return min(0.95, RECURRING + 0.025 * (n - 2)), f"set off {_times(n)} in this document"
        return None

    def terms(self, clause: Clause) -> dict[int, tuple[float, str]]:
        """Which segments of a clause are terms, with the confidence and reason of each
        reading: the ones the document shows first, then guesses for the spaces they leave
        uncovered. Two terms that share a space are one change, so a guess never borders a
        term the document shows."""
        segments, shown = clause.segments, self.shown
        strong = {i: shown[seg] for i, seg in enumerate(segments) if seg in shown}
        return guess_terms(segments, strong, self.quoteless())

    def explained(self) -> set[int]:
        """The starts of the gaps that border a term the document backs (confidence at least
        NO_QUOTES): quotes.stripped applies it, so the spaces rule leaves them alone."""
        out = set()
        for c in self.clauses:
            if c.gaps[0].kind != gaps.TERM:
                continue
            for i, (confidence, _) in self.terms(c).items():
                if confidence >= NO_QUOTES:
                    out.update(g.start for g in c.gaps[max(0, i - 1):i + 1])
        return out

    def quoteless(self) -> tuple[float, str] | None:
        """Confidence and reason for any set-off term of a page without quotation marks."""
        if self.quotes_used or len(self.both_sides) < NO_QUOTES_MIN_TERMS:
            return None
        return NO_QUOTES, f"the page prints no quotation marks and sets off {len(self.both_sides)} terms"


def guess_terms(segments, strong: dict, quoteless=None) -> dict[int, tuple[float, str]]:
    """``strong`` and, for the spaces it leaves uncovered, a guess: every inner segment is a
    term unless it is a function word (的, 和, 来: "小革新、…、小改造 的 五小 活动"), then each
    space still uncovered takes an edge segment: the one beside a function word, or the
    shorter one when a clause has a single space."""
    last = len(segments) - 1
    terms = dict(strong)
    inner = quoteless or (INNER, GUESS)
    for i in range(1, last):
        if i not in terms and i - 1 not in strong and i + 1 not in strong and could_be_term(segments[i]):
            terms[i] = inner
    for k in range(1, last + 1):  # the space between segments k-1 and k
        if k - 1 in terms or k in terms:
            continue
        edges = [i for i in (k - 1, k) if i in (0, last) and could_be_term(segments[i], EDGE_MAX)
                 and i - 1 not in strong and i + 1 not in strong]
        if edges:
            terms[min(edges, key=lambda i: (len(segments[i]), i))] = (EDGE, GUESS)
    return terms


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def could_be_term(segment: str, longest: int = TERM_MAX) -> bool:
    return 0 < len(segment) <= longest and segment not in CONNECTORS


def clause_start(text: str, pos: int) -> int:
    i = pos - 1
    while i >= 0 and text[i] not in CLAUSE_MARKS:
        i -= 1
    return i + 1


def _clause(text: str, clause: list[gaps.Gap]) -> Clause:
    start = clause_start(text, clause[0].start)
    end = _CLAUSE_END.search(text, clause[-1].end)
    end = end.start() if end else len(text)
    bounds = (start, *[p for g in clause for p in (g.start, g.end)], end)
    segments = tuple(text[bounds[2 * i]:bounds[2 * i + 1]].strip(SPACE) for i in range(len(clause) + 1))
    return Clause(tuple(clause), bounds, segments)


def clauses(text: str, found: list[gaps.Gap]) -> list[Clause]:
    """The clauses of ``text`` with TERM or TITLE gaps, each with its gaps and segments."""
    out: list[Clause] = []
    clause: list[gaps.Gap] = []
    clause_end = -1
    for gap in found:
        if gap.kind not in (gaps.TERM, gaps.TITLE):
            continue
        if clause and gap.start < clause_end:
            clause.append(gap)
            continue
        if clause:
            out.append(_clause(text, clause))
        clause = [gap]
        end = _CLAUSE_END.search(text, gap.end)
        clause_end = end.start() if end else len(text)
    if clause:
        out.append(_clause(text, clause))
    return out


def _whole_line(text: str, c: Clause) -> bool:
    """A line without any clause mark: a heading, however the gaps module classed it."""
    start, end = c.bounds[0], c.bounds[-1]
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def of(text: str, found: list[gaps.Gap]) -> Evidence:
    """The document's evidence, from its gaps (gaps.cjk_gaps)."""
    found_clauses = clauses(text, found)
    if not found_clauses:
        return Evidence()
    contexts: dict[str, set] = {}
    both = set()
    for c in found_clauses:
        if c.gaps[0].kind != gaps.TERM or _whole_line(text, c):
            continue  # display lines: their halves are no evidence
        last = len(c.segments) - 1
        for i, seg in enumerate(c.segments):
            # An edge is evidence only in the one-space form ("，赣工贷 进一步"): beside an
            # inner term it is just the text that follows or precedes it. A clause repeated
            # word for word is one piece of evidence, not two.
            if could_be_term(seg) and (0 < i < last or last == 1):
                contexts.setdefault(seg, set()).add(c.segments)
                if 0 < i < last:
                    both.add(seg)
    set_off = Counter({t: len(seen) for t, seen in contexts.items()})
    printed = Counter(_QUOTED.findall(text)) if "“" in text else Counter()
    quoted = Counter({t: printed[t] for t in set_off if t in printed})
    # Only a term set off twice, or set off and printed in quotes, can be shown; the search
    # for its bare uses is the costly part, so it is left for those few.
    recurring = {t for t, n in set_off.items() if n >= 2 or t in quoted}
    occurrences = Counter(seg for c in found_clauses for seg in c.segments if seg in recurring)
    bare = Counter({t: max(0, text.count(t) - occurrences[t] - quoted[t]) for t in recurring})
    quotes_used = "“" in text or "”" in text
    ev = Evidence(tuple(found_clauses), set_off, frozenset(both), quoted, bare, quotes_used)
    ev.shown.update((t, found) for t in recurring if (found := ev._strong(t)))
    return ev

"""What a store teaches the look-alike rule (chars.lookalike): the editor's decisions on its
proposals and the characters of the text they corrected or reviewed.

Qt-free and SQL-free: ops reads the decisions and texts from the store and hands them here;
the rule gets the result through ``Context.learned[RULE_ID]``.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

RULE_ID = "chars.lookalike"
CONTEXT = 2  # characters each side that make "the context" of a refused proposal


class Decision(NamedTuple):
    """A look-alike proposal the editor decided, with the CONTEXT characters each side of it
    when it was proposed (the rule records them in the change's data)."""

    before: str
    after: str
    accepted: bool
    left: str
    right: str


def context(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def context_key(text: str, start: int, end: int, before: str, after: str) -> tuple[str, str, str, str]:
    return (before, after) + context(text, start, end)


@dataclass(frozen=True)
class Knowledge:
    accepted: Counter = field(default_factory=Counter)  # (before, after) -> times accepted
    rejected: Counter = field(default_factory=Counter)
    refused: frozenset = frozenset()  # context_key of every rejected proposal
    bigrams: Counter = field(default_factory=Counter)  # character bigrams of corrected text
    chars: Counter = field(default_factory=Counter)

    def refuses(self, text: str, start: int, end: int, before: str, after: str) -> bool:
        return context_key(text, start, end, before, after) in self.refused

    def pair_bonus(self, before: str, after: str) -> float:
        """How much the editor's decisions on this pair raise (or lower) a proposal's
        confidence: a publication's recurring confusion gains with every acceptance, so that
        after two or three the default profile applies it; a rejection costs more than an
        acceptance gains."""
        a, r = self.accepted[(before, after)], self.rejected[(before, after)]
        return 0.04 * min(a, 6) - 0.1 * min(r, 3)

    def text_gain(self, text: str, i: int, after: str) -> float:
        """Log-odds, from the store's own text, of ``after`` against the character at ``i``
        with the neighbours it has there: 0 when the store has no text."""
        if not self.chars:
            return 0.0
        gain = 0.0
        for pair_new, pair_old in ((text[i - 1:i] + after, text[i - 1:i + 1]), (after + text[i + 1:i + 2], text[i:i + 2])):
            if len(pair_new) == 2:
                gain += math.log((self.bigrams[pair_new] + 0.5) / (self.bigrams[pair_old] + 0.5))
        return gain


EMPTY = Knowledge()


def learn(decisions: Iterable[Decision], texts: Iterable[str]) -> Knowledge:
    accepted, rejected, refused = Counter(), Counter(), set()
    for d in decisions:
        (accepted if d.accepted else rejected)[(d.before, d.after)] += 1
        if not d.accepted:
            refused.add((d.before, d.after, d.left, d.right))
    bigrams, chars = Counter(), Counter()
    for text in texts:
        chars.update(text)
        bigrams.update(map("".join, zip(text, text[1:])))
    return Knowledge(accepted, rejected, frozenset(refused), bigrams, chars)

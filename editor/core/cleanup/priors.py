"""What the editor's earlier decisions teach: a prior per rule and pattern.

Every proposal the editor accepted or rejected (not the ones a profile applied on its own) is
evidence about the same proposal elsewhere in the same publication: a term they quoted in
one issue is quoted in the next, a conversion they refused is refused again. The store
collects the decisions of the publication of the document being cleaned (for a document
without a publication, of the whole store); ``learn`` turns them into priors, and the
pipeline moves a proposal's confidence with the prior of its rule and pattern.

A pattern is the change without the spaces around it ("赣工贷→“赣工贷”"), so a term decided
once is recognised in its other forms. A change whose pattern holds no ideograph (a space
removed, a comma widened) says nothing beyond its place, which the store does not keep:
it is not learned from.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, NamedTuple

from editor.core.lang.classes import SPACE
from editor.core.lang.cjk import CJK_RE
from editor.core.model import Change

RAISE_TO, SPREAD = 0.5, 0.45  # learned confidence: 0.5 +- 0.45 * (margin of decisions)


class Decision(NamedTuple):
    """``count`` decisions on proposals of ``rule`` with this before and after."""

    rule: str
    before: str
    after: str
    accepted: bool
    count: int = 1


@dataclass(frozen=True, slots=True)
class Prior:
    accepted: int
    rejected: int

    def confidence(self, confidence: float) -> float:
        a, r = self.accepted, self.rejected
        if a == r:
            return confidence
        learned = RAISE_TO + SPREAD * (a - r) / (a + r + 1)
        return max(confidence, learned) if a > r else min(confidence, learned)

    def reason(self, scope: str) -> str:
        parts = [f"accepted {_times(self.accepted)}" if self.accepted else "",
                 f"rejected {_times(self.rejected)}" if self.rejected else ""]
        return f"{' and '.join(p for p in parts if p)} by the editor before in {scope}"


@dataclass(frozen=True, slots=True)
class Learned:
    """Priors by rule, then by pattern; ``scope`` names where the decisions come from."""

    priors: Mapping[str, Mapping[str, Prior]]
    scope: str = "this publication"

    def __bool__(self) -> bool:
        return bool(self.priors)

    def adjust(self, rule: str, changes: list[Change]) -> list[Change]:
        by_pattern = self.priors.get(rule)
        if not by_pattern:
            return changes
        out = []
        for c in changes:
            prior = by_pattern.get(pattern(c.before, c.after))
            if prior is not None:
                confidence = prior.confidence(c.confidence)
                if confidence != c.confidence:
                    c = c._replace(confidence=confidence, reason=f"{c.reason}; {prior.reason(self.scope)}")
            out.append(c)
        return out


NOTHING = Learned({})


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def pattern(before: str, after: str) -> str:
    return f"{before.strip(SPACE)}→{after.strip(SPACE)}"


def learnable(before: str, after: str) -> bool:
    return CJK_RE.search(before) is not None or CJK_RE.search(after) is not None


def learn(decisions: Iterable[Decision], scope: str = "this publication") -> Learned:
    counts: dict[str, dict[str, list[int]]] = {}
    for d in decisions:
        if not learnable(d.before, d.after):
            continue
        tally = counts.setdefault(d.rule, {}).setdefault(pattern(d.before, d.after), [0, 0])
        tally[0 if d.accepted else 1] += d.count
    return Learned({rule: {p: Prior(a, r) for p, (a, r) in by.items()} for rule, by in counts.items()}, scope)

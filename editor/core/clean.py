"""Run the cleanup rules over a raw text: proposals, the edits of the accepted ones, the result.

Rules run in registry order, each on the output of the accepted proposals of the rules
before it. Every proposal is recorded with ``base_seq``: the number of log edits that
produced the text it refers to, so it can be mapped to any later text (accepting it later,
or finding it stale). Accepted proposals become edits in the log, attributed to the rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from editor.core.edits import Edit, StepMap, apply_simultaneous, sequential
from editor.core.hints import advance
from editor.core.model import Change, ChangeStatus
from editor.core.profiles import DEFAULT, Profile
from editor.core.rules.base import Context, Rule


@dataclass(frozen=True, slots=True)
class Proposal:
    """A change as the pipeline recorded it."""

    change: Change
    base_seq: int  # log edits that precede the text the rule saw
    status: str  # ChangeStatus
    seq: int | None  # index of its edit in the log, when accepted
    raw_start: int  # the span in raw coordinates, for display next to the raw text
    raw_end: int


@dataclass(frozen=True, slots=True)
class CleanRun:
    raw: str
    text: str
    edits: tuple[Edit, ...]
    proposals: tuple[Proposal, ...]

    def accepted(self) -> list[Proposal]:
        return [p for p in self.proposals if p.status == ChangeStatus.ACCEPTED]


def to_raw(maps: Sequence[StepMap], pos: int, assoc: int = -1) -> int:
    """Map a position in the text after the batches ``maps`` back to the text before them."""
    for m in reversed(maps):
        pos = m.invert(pos, assoc)
    return pos


def raw_range(maps: Sequence[StepMap], start: int, end: int) -> tuple[int, int]:
    """The raw span of [start, end): tight when the span lies in unchanged text, otherwise
    widened to cover the earlier replacements it falls inside."""
    s, e = to_raw(maps, start, 1), to_raw(maps, end, -1)
    if e < s or (start < end and e == s):
        s, e = to_raw(maps, start, -1), to_raw(maps, end, 1)
    return s, e


def _forward(maps: Sequence[StepMap], pos: int, assoc: int) -> int:
    for m in maps:
        pos = m.map(pos, assoc)
    return pos


def _overlaps(change: Change, protected: Iterable[tuple[int, int]]) -> bool:
    return any(change.start < e and change.end > s or (change.start == change.end and s < change.start < e)
               for s, e in protected)


def run(raw: str, profile: Profile = DEFAULT, rules: Sequence[Rule] | None = None,
        protected: Sequence[tuple[int, int]] = ()) -> CleanRun:
    """Clean ``raw``; ``protected`` spans are in raw coordinates."""
    if rules is None:
        from editor.core.rules import RULES
        rules = RULES
    text, log, proposals, maps, hints = raw, [], [], [], {}
    for rule in rules:
        if not profile.enabled(rule.id):
            continue
        guard = tuple((_forward(maps, s, 1), _forward(maps, e, -1)) for s, e in protected)
        ctx = Context(protected=guard, replacements=profile.replacements, hints=hints)
        changes = [c for c in rule.propose(text, ctx) if c.before != c.after and not _overlaps(c, guard)]
        threshold = profile.threshold_for(rule.id)
        take = sorted((c for c in changes if c.confidence >= threshold), key=lambda c: c.start)
        base = len(log)
        steps = sequential(text, [Edit(c.start, c.end, c.after) for c in take])
        seq_of = {id(c): base + len(take) - 1 - i for i, c in enumerate(take)}
        for c in sorted(changes, key=lambda c: (c.start, c.end)):
            accepted = id(c) in seq_of
            raw_span = raw_range(maps, c.start, c.end)
            proposals.append(Proposal(
                change=c, base_seq=base,
                status=ChangeStatus.ACCEPTED if accepted else ChangeStatus.PROPOSED,
                seq=seq_of.get(id(c)),
                raw_start=raw_span[0], raw_end=raw_span[1],
            ))
        after = apply_simultaneous(text, steps)
        hints = advance(hints, text, steps, after, take)
        text = after
        log.extend(steps)
        if steps:  # an empty map maps every position to itself: mapping through it is waste
            maps.append(StepMap(steps))
    return CleanRun(raw=raw, text=text, edits=tuple(log), proposals=tuple(proposals))

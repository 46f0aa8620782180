"""Run the cleanup rules over a raw text: proposals, the edits of the accepted ones, the result.

Rules run in registry order, each on the output of the accepted proposals of the rules
before it. Every proposal is recorded with ``base_seq``: the number of log edits that
produced the text it refers to, so it can be mapped to any later text (accepting it later,
or finding it stale). Accepted proposals become edits in the log, attributed to the rule.
What the editor's earlier decisions taught (``priors``, core/cleanup/priors.py) moves the
confidence of the proposals it knows before the profile's threshold is applied, unless the
profile turns learning off.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter, le, lt
from typing import Iterable, Mapping, NamedTuple, Sequence

from editor.core.text.edits import Edit, StepMap
from editor.core.cleanup.hints import advance
from editor.core.cleanup.priors import NOTHING, Learned
from editor.core.model import Change, ChangeStatus
from editor.core.cleanup.profiles import DEFAULT, Profile
from editor.core.cleanup.rules.base import Context, Rule


class Proposal(NamedTuple):
    """A change as the pipeline recorded it (a named tuple: a run may record one for every line
    of a text, and a frozen dataclass costs four times as much to make)."""

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


_span = attrgetter("start", "end")
_start, _end = attrgetter("start"), attrgetter("end")
_new = tuple.__new__  # makes a Proposal without the named tuple's Python-level constructor


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


def raw_ranges(maps: Sequence[StepMap], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``raw_range`` of many spans, each map applied to all of them in one pass: a rule may
    propose a change for every line of a text."""
    starts, ends = _raw_bounds(maps, [s for s, _ in spans], [e for _, e in spans])
    return [raw_range(maps, start, end) if _inside_replaced(start, end, s, e) else (s, e)
            for (start, end), s, e in zip(spans, starts, ends)]


def _raw_bounds(maps: Sequence[StepMap], starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Starts and ends mapped to raw coordinates the tight way (``raw_range``'s first try)."""
    if maps and all(map(le, ends, islice(starts, 1, None))):  # spans in order, none overlapping
        bounds = [p for span in zip(starts, ends) for p in span]
        for m in reversed(maps):
            bounds = m.invert_bounds(bounds)
        return bounds[0::2], bounds[1::2]
    for m in reversed(maps):
        starts, ends = m.invert_all(starts, 1), m.invert_all(ends, -1)
    return starts, ends


def _inside_replaced(start: int, end: int, raw_start: int, raw_end: int) -> bool:
    """Did the tight mapping of [start, end) collapse or cross: it lies in replaced text?"""
    return raw_end <= raw_start and (raw_end < raw_start or start < end)


def _forward(maps: Sequence[StepMap], pos: int, assoc: int) -> int:
    for m in maps:
        pos = m.map(pos, assoc)
    return pos


def _overlaps(change: Change, protected: Iterable[tuple[int, int]]) -> bool:
    return any(change.start < e and change.end > s or (change.start == change.end and s < change.start < e)
               for s, e in protected)


def _batch(text: str, take: Sequence[Change]) -> list[Edit]:
    """The accepted changes (sorted by start, not overlapping) as a log that applies in order:
    right to left, so that every edit's coordinates stay valid (``edits.sequential``)."""
    a_start, a_end = -1, 0
    for b in take:
        if not b.start <= b.end <= len(text) or b.start < a_end or a_start == b.start == b.end == a_end:
            raise ValueError(f"bad or overlapping change at {b.start}..{b.end} ({b.rule}), after {a_start}..{a_end}")
        a_start, a_end = b.start, b.end
    trusted = Edit.trusted  # the ranges are checked above
    return [trusted(c.start, c.end, c.after, text[c.start:c.end]) for c in reversed(take)]


def _splice(text: str, take: Sequence[Change]) -> str:
    """``text`` with the accepted changes (sorted, not overlapping) made."""
    out, last = [], 0
    for c in take:
        out.append(text[last:c.start])
        out.append(c.after)
        last = c.end
    out.append(text[last:])
    return "".join(out)


_collector_lock = threading.Lock()
_collector_pauses = 0  # runs under way that paused the collector
_collector_was_enabled = False


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector. A run makes a few objects for every line of a
    text, none of them in a reference cycle, and the collections they set off scan the whole
    heap again and again: a tenth of the run time. Counted, so that runs in several threads
    (the UI's worker, the CLI) restore the collector only when the last one ends."""
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()


def run(raw: str, profile: Profile = DEFAULT, rules: Sequence[Rule] | None = None,
        protected: Sequence[tuple[int, int]] = (), learned: Mapping[str, object] | None = None,
        priors: Learned = NOTHING) -> CleanRun:
    """Clean ``raw``; ``protected`` spans are in raw coordinates; ``learned``: what the store
    taught the rules, by rule id (Context.learned); ``priors``: what the editor's decisions
    teach about rules and patterns (core/cleanup/priors.py), unless the profile turns it off."""
    with _collector_paused():
        return _run(raw, profile, rules, protected, learned or {}, priors if profile.learn else NOTHING)


def _run(raw: str, profile: Profile, rules: Sequence[Rule] | None, protected: Sequence[tuple[int, int]],
         learned: Mapping[str, object], priors: Learned) -> CleanRun:
    if rules is None:
        from editor.core.cleanup.rules import RULES
        rules = RULES
    text, log, proposals, maps, hints = raw, [], [], [], {}
    accepted, proposed = ChangeStatus.ACCEPTED, ChangeStatus.PROPOSED
    for rule in rules:
        if not profile.enabled(rule.id):
            continue
        guard = tuple((_forward(maps, s, 1), _forward(maps, e, -1)) for s, e in protected)
        ctx = Context(protected=guard, replacements=profile.replacements, hints=hints, learned=learned)
        changes = [c for c in rule.propose(text, ctx) if c.before != c.after]
        if guard:
            changes = [c for c in changes if not _overlaps(c, guard)]
        if not changes:
            continue
        if priors and rule.id not in learned:  # a rule taught by the store itself is not taught twice
            changes = priors.adjust(rule.id, changes)
        starts = list(map(_start, changes))
        if not all(map(lt, starts, islice(starts, 1, None))):  # rules mostly propose in order
            changes.sort(key=_span)
            starts = list(map(_start, changes))
        threshold = profile.threshold_for(rule.id)
        take = [c for c in changes if c.confidence >= threshold]
        base = len(log)
        steps = _batch(text, take)
        raw_starts, raw_ends = _raw_bounds(maps, starts, list(map(_end, changes)))
        seq = base + len(take)  # the batch logs the accepted changes right to left
        for c, raw_start, raw_end in zip(changes, raw_starts, raw_ends):
            if raw_end <= raw_start and _inside_replaced(c.start, c.end, raw_start, raw_end):
                raw_start, raw_end = raw_range(maps, c.start, c.end)
            if c.confidence >= threshold:
                seq -= 1
                proposals.append(_new(Proposal, (c, base, accepted, seq, raw_start, raw_end)))
            else:
                proposals.append(_new(Proposal, (c, base, proposed, None, raw_start, raw_end)))
        if not steps:
            continue
        step_map = StepMap.of_ranges([(c.start, c.end, len(c.after)) for c in take])
        after = _splice(text, take)
        hints = advance(hints, text, steps, after, take, step_map)
        text = after
        log.extend(steps)
        maps.append(step_map)
    return CleanRun(raw=raw, text=text, edits=tuple(log), proposals=tuple(proposals))

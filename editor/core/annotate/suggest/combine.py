"""All suggesters over one text: their suggestions in priority order, without those that
overlap what is already annotated or a suggestion kept before, or that were rejected before
for the same string in the same context."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable, Sequence

from editor.core.annotate.suggest import SUGGESTERS, Context, Suggester, Suggestion, context_key


@dataclass(frozen=True, slots=True)
class Suggested:
    suggestions: tuple[Suggestion, ...]  # in text order
    skipped: tuple[tuple[str, str], ...] = ()  # (suggester, why it did not run)


def suggest(text: str, context: Context, *, annotated: Iterable[tuple[int, int]] = (),
            rejected: Collection[tuple[str, str, str, str]] = frozenset(),
            labels: Collection[str] | None = None,
            suggesters: Sequence[Suggester] = SUGGESTERS) -> Suggested:
    """``annotated``: (start, end) of spans the text has (accepted or waiting); a suggestion
    crossing or repeating one is left out, one nested inside or around it too (the user
    decided there). ``labels``: propose only these."""
    taken = sorted(annotated)
    kept: list[Suggestion] = []
    skipped = []
    for suggester in suggesters:
        why = suggester.unavailable(context)
        if why is not None:
            skipped.append((suggester.name, why))
            continue
        for s in suggester.suggest(text, context):
            if s.end <= s.start or (labels is not None and s.label not in labels):
                continue
            if not text[s.start:s.end].strip() or context_key(text, s.start, s.end, s.label) in rejected:
                continue
            if any(s.start < e and b < s.end for b, e in taken):
                continue
            taken.append((s.start, s.end))
            kept.append(s)
    return Suggested(tuple(sorted(kept)), tuple(skipped))

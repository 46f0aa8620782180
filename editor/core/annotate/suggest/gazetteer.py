"""The store's accepted names found again: every occurrence of a string accepted as an entity
elsewhere, longest first, with the label it was accepted under most often. Single characters
are left out (中 and 美 are names only in context); the learned model handles them."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Mapping

from editor.core.annotate.suggest.base import Context, Suggestion


def gazetteer(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(quote, label) pairs -> quote: its most frequent label."""
    counts = Counter((q.strip(), l) for q, l in pairs if len(q.strip()) >= 2 and "\n" not in q)
    best: dict[str, tuple[int, str]] = {}
    for (quote, label), n in counts.items():
        if quote not in best or (n, label) > best[quote]:
            best[quote] = (n, label)
    return {q: l for q, (n, l) in best.items()}


@lru_cache(maxsize=4)
def _matcher(names: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


class Gazetteer:
    name = "gazetteer"
    labels = frozenset()  # whatever the store accepted

    def unavailable(self, context: Context) -> str | None:
        return None if context.gazetteer else "no accepted annotations yet"

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        names: Mapping[str, str] = context.gazetteer
        if not names:
            return []
        return [Suggestion(m.start(), m.end(), names[m.group()], self.name)
                for m in _matcher(frozenset(names)).finditer(text)]


SUGGESTER = Gazetteer()

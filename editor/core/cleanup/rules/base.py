"""What a cleanup rule is: an id, a description, and ``propose(text, ctx) -> [Change]``."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol, Sequence

from editor.core.model import Change


@dataclass(frozen=True, slots=True)
class Replacement:
    """One row of a user replacement list (e.g. a common OCR confusion)."""

    pattern: str
    replacement: str
    regex: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReplacementList:
    name: str
    entries: tuple[Replacement, ...] = ()
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may know beyond the text it sees.

    ``protected``: spans of this text that no rule may change (names the editor protects);
    the pipeline drops proposals that overlap them, rules may also consult them.
    ``hints``: line-start offsets of this text -> the layout role earlier rules recorded
    there (see core/hints.py), e.g. "title" where the markup rule removed a "# " mark.
    ``learned``: rule id -> what the store taught that rule (e.g. the look-alike rule's
    Knowledge from the editor's decisions); empty outside a store.
    """

    protected: tuple[tuple[int, int], ...] = ()
    replacements: tuple[ReplacementList, ...] = ()
    hints: Mapping[int, str] = field(default_factory=dict)
    learned: Mapping[str, object] = field(default_factory=dict)


class Rule(Protocol):
    id: str  # stable, dotted: "glyphs.doubled"
    title: str  # short English name; the UI translates it
    description: str  # one sentence: the error class it repairs

    def propose(self, text: str, ctx: Context) -> Sequence[Change]:
        """Proposals against ``text``; they must not overlap one another."""
        ...

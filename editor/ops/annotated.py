"""What an annotation operation changed, for the window to refresh only that (labels in the
label bar, documents whose spans to redraw) and to say in the status bar."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Annotated:
    labels: frozenset[str] = frozenset()  # label names added, changed or removed (a rename: both)
    documents: frozenset[int] = frozenset()  # documents whose spans changed
    spans: tuple[int, ...] = ()  # ids of the spans added or changed
    message: str = ""  # one line for the status bar, e.g. "12 suggestions"

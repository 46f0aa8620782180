"""What an annotation operation changed, as the OpChanges every operation reports: the
documents whose spans changed (``spans``), whether labels changed (``labels``), documents'
new statuses, and as ``value`` an Annotated with the label names and span ids touched and one
line for the status bar."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from editor.core.opchanges import OpChanges


@dataclass(frozen=True, slots=True)
class Annotated:
    labels: frozenset[str] = frozenset()  # label names added, changed or removed (a rename: both)
    spans: tuple[int, ...] = ()  # ids of the spans added or decided
    message: str = ""  # e.g. "12 suggestions"


def annotated(documents: Iterable[int] = (), labels: Iterable[str] = (), spans: Iterable[int] = (),
              message: str = "", statuses: Mapping[int, str] | None = None) -> OpChanges:
    labels = frozenset(labels)
    return OpChanges(spans=frozenset(documents), labels=bool(labels), statuses=dict(statuses or {}),
                     value=Annotated(labels, tuple(spans), message))

"""What an export format is, and the options every writer takes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Literal

from editor.core.model import IssueView


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """``labels``: the span labels to export (None: all). ``mark_entities``: mark accepted spans
    inline in the formats that can (html, tei). ``offsets``: the unit of doccano offsets,
    "utf16" (what doccano's annotation view counts) or "codepoints" (Python tools)."""

    labels: frozenset[str] | None = None
    mark_entities: bool = True
    offsets: Literal["utf16", "codepoints"] = "utf16"


# A writer may return notes for the export report: what the format could not hold, texts
# whose offsets differ between units. None or an empty iterable: nothing to say.
Writer = Callable[[IssueView, BinaryIO, ExportOptions], Iterable[str] | None]


@dataclass(frozen=True, slots=True)
class Format:
    """An export format. ``kind`` "issue" publishes the text; "dataset" writes accepted spans
    for NLP tools. ``extension`` has no leading dot and differs between formats, so every
    format of one issue can go to the same folder."""

    name: str
    title: str
    extension: str
    kind: Literal["issue", "dataset"]
    write: Writer

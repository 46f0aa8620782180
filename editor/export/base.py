"""What an export format is, and the options every writer takes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Callable, Literal

from editor.core.model import IssueView


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """``labels``: the span labels to export (None: all). ``mark_entities``: mark accepted spans
    inline in the formats that can (html, tei)."""

    labels: frozenset[str] | None = None
    mark_entities: bool = True


Writer = Callable[[IssueView, BinaryIO, ExportOptions], None]


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

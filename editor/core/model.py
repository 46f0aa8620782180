"""The value objects every layer passes around. Offsets are code points, ends exclusive."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Mapping, NamedTuple


class Status(StrEnum):
    """A document's place in the workflow, shown in the issue tree."""

    RAW = "raw"
    CORRECTED = "corrected"
    ANNOTATED = "annotated"
    REVIEWED = "reviewed"


class ChangeStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    STALE = "stale"  # the text it would replace was edited since it was proposed


class SpanStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    ORPHANED = "orphaned"  # its text was deleted by an edit; kept for review


@dataclass(frozen=True, slots=True)
class TextIssue:
    """Something suspicious in decoded text, e.g. a lone U+FFFD or a control character."""

    kind: str  # "replacement", "control", "private-use"
    position: int
    char: str

    def describe(self) -> str:
        return f"{self.kind} U+{ord(self.char):04X} at {self.position}"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Bytes turned into text. ``encoding`` is a Python codec name that reproduces ``text``
    from the original bytes (after the listed repairs)."""

    text: str
    encoding: str
    confidence: float
    repairs: tuple[str, ...] = ()
    warnings: tuple[TextIssue, ...] = ()


class Change(NamedTuple):
    """A rule's proposal: replace ``before`` at [start, end) of the text the rule saw by ``after``.

    A named tuple rather than a frozen dataclass: a rule may propose a change for every line of
    a text, and a frozen dataclass costs three times as much to make."""

    rule: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    confidence: float
    data: Mapping[str, Any] | None = None  # e.g. {"furniture": "责编 汪自力"} for page furniture


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of an article in the corrected text: kind is one of BLOCK_KINDS."""

    kind: str
    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start:self.end]


BLOCK_KINDS = ("kicker", "title", "subtitle", "byline", "heading", "paragraph", "caption", "credit")


@dataclass(frozen=True, slots=True)
class Figure:
    caption: Block | None
    credit: Block | None = None
    image: bytes | None = None
    image_type: str | None = None  # e.g. "image/png"


@dataclass(frozen=True, slots=True)
class Article:
    kicker: Block | None = None
    title: Block | None = None
    subtitle: Block | None = None
    byline: Block | None = None
    body: tuple[Block, ...] = ()  # headings and paragraphs in reading order
    figures: tuple[Figure, ...] = ()

    def head(self) -> tuple[Block, ...]:
        return tuple(b for b in (self.kicker, self.title, self.subtitle, self.byline) if b is not None)


@dataclass(frozen=True, slots=True)
class IssueMeta:
    """What identifies a printed issue, mostly read from page furniture."""

    publication: str | None = None
    issue_label: str | None = None  # e.g. 第11期
    date: str | None = None  # ISO YYYY-MM-DD
    page: str | None = None  # e.g. A06
    editors: tuple[tuple[str, str], ...] = ()  # (role, name): ("责编", "汪自力")
    furniture: tuple[str, ...] = ()  # lines taken out of the text as page furniture


@dataclass(frozen=True, slots=True)
class Structure:
    """A document's articles, in reading order."""

    articles: tuple[Article, ...] = ()


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    color: str
    shortcut: str | None = None
    description: str = ""


DEFAULT_LABELS = (
    Label("PER", "#e6550d", "Ctrl+1", "person"),
    Label("ORG", "#3182bd", "Ctrl+2", "organization"),
    Label("LOC", "#31a354", "Ctrl+3", "place"),
    Label("DATE", "#756bb1", "Ctrl+4", "date"),
    Label("TIME", "#9e9ac8", "Ctrl+5", "time of day"),
    Label("MONEY", "#d6a01d", "Ctrl+6", "amount of money with its unit, as 83万元"),
    Label("QUANTITY", "#636363", "Ctrl+7", "number with its unit, as 28家, 126065人"),
    Label("PERCENT", "#17becf", "Ctrl+8", "percentage, as 14％"),
    Label("WORK", "#c51b8a", "Ctrl+9", "title of a work or document, as in 《…》"),
    Label("EVENT", "#8c564b", "Ctrl+0", "named event"),
)


@dataclass(frozen=True, slots=True)
class Span:
    """An annotation on the corrected text."""

    start: int
    end: int
    label: str
    quote: str
    origin: str = "user"  # "user", "import", "suggest:<name>"
    status: str = SpanStatus.ACCEPTED
    prefix: str = ""  # a little context on each side, to re-anchor if offsets drift
    suffix: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentView:
    """Everything an exporter needs of one document."""

    id: int
    name: str
    text: str
    structure: Structure
    spans: tuple[Span, ...] = ()  # accepted
    suggestions: tuple[Span, ...] = ()  # proposed, origin suggest:<name>
    dataset_id: str | int | None = None  # the id the line had in an imported dataset


@dataclass(frozen=True, slots=True)
class IssueView:
    """Everything an exporter needs of one issue."""

    id: int
    meta: IssueMeta
    documents: tuple[DocumentView, ...] = field(default_factory=tuple)

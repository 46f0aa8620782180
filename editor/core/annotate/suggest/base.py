"""The suggester interface: a name, the labels it can propose, and ``suggest(text, context)``
returning spans in code points. What a suggester needs beyond the text (the store's accepted
names, a learned model, the lexical analysis shared by two suggesters) comes in the Context."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping, NamedTuple, Protocol, Sequence

CONTEXT = 6  # characters on each side that make "the same context" of a rejected suggestion


class Suggestion(NamedTuple):
    start: int
    end: int
    label: str
    source: str  # the suggester's name; stored as origin "suggest:<source>"


class Word(NamedTuple):
    start: int
    end: int
    tag: str  # the lexical analyzer's tag: PER, LOC, ORG, TIME, n, v, nw, w, ...


@dataclass
class Context:
    """``gazetteer``: accepted names to their label; ``model``: a learned tagger or None;
    ``analyze``: text -> words (the lexical analyzer), None when it cannot load."""

    gazetteer: Mapping[str, str] = field(default_factory=dict)
    model: object | None = None
    analyze: Callable[[str], list[Word]] | None = None
    _words: dict[str, list[Word]] = field(default_factory=dict, repr=False)

    def words(self, text: str) -> list[Word] | None:
        """The analyzer's words of ``text``, computed once for every suggester that asks."""
        if self.analyze is None:
            return None
        if text not in self._words:
            self._words = {text: self.analyze(text)}
        return self._words[text]


class Suggester(Protocol):
    name: str
    labels: frozenset[str]

    def suggest(self, text: str, context: Context) -> list[Suggestion]: ...

    def unavailable(self, context: Context) -> str | None:
        """Why it cannot run now (no model trained, analyzer missing), else None."""


def context_key(text: str, start: int, end: int, label: str) -> tuple[str, str, str, str]:
    """(label, quote, prefix, suffix): what "the same string in the same context" compares."""
    return label, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


PIECE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’）」』]*|\n|$)")


def pieces(text: str, limit: int = 256) -> list[tuple[int, int]]:
    """Sentence-sized pieces of ``text`` for the sequence models, none longer than ``limit``."""
    out = []
    for m in PIECE.finditer(text):
        start, end = m.span()
        while end - start > limit:
            out.append((start, start + limit))
            start += limit
        if end > start:
            out.append((start, end))
    return out


def chunks(text: str, size: int = 400) -> list[tuple[int, int]]:
    """Whole sentences joined up to about ``size`` characters: each call of the analyzer
    costs more than its characters do, so it gets few long pieces."""
    out: list[tuple[int, int]] = []
    for start, end in pieces(text):
        if out and end - out[-1][0] <= size:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def join_words(text: str, run: Callable[[list[str]], Sequence[Sequence[tuple[str, str]]]]) -> list[Word]:
    """Words of the whole text from an analyzer run over its chunks."""
    spans = chunks(text)
    words = []
    for (start, _), tagged in zip(spans, run([text[s:e] for s, e in spans])):
        at = start
        for word, tag in tagged:
            words.append(Word(at, at + len(word), tag))
            at += len(word)
    return words

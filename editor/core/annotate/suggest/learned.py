"""A sequence model learned from the store's accepted spans: a linear-chain CRF
(python-crfsuite, pinned) over characters, BIO-tagged, with the characters around each one
and, when the lexical analyzer is loaded, its word tags as features. Trained on accepted spans
only, it learns the annotators' own conventions (People's Daily tags 中美 as 中 + 美).

``train`` is long work: it reports progress per sentence while it builds features and per
optimizer iteration after, and stops with Cancelled between them when asked. The model is
bytes, so the store keeps it; the first byte line says whether it was trained with the
analyzer's tags, which tagging must then supply too."""
from __future__ import annotations

import os
import tempfile
from typing import Callable, Sequence

import re

from editor.core.annotate.suggest.base import Context, Suggestion, Word, pieces
from editor.core.annotate.suggest.org_suffix import SUFFIXES

SUFFIX_AT = re.compile(f"(?=({'|'.join(sorted(SUFFIXES, key=len, reverse=True))}))")
from editor.core.progress import Cancelled, NullProgress, Progress

NAME = "learned"
HEADER = b"jiaokan-crf 1 "
ITERATIONS = 60
PARAMS = {"c1": 0.05, "c2": 0.01}  # L1 and L2 weights, chosen on benchmarks/ner_quality.py
Example = tuple[str, Sequence[tuple[int, int, str]]]  # a text and its accepted (start, end, label)


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff" or ch > "\uffff":
        return "h"
    if ch.isalpha():
        return "a"
    return "p" if not ch.isspace() else "s"


def features(text: str, words: list[Word] | None) -> list[list[str]]:
    """Per character: itself and two on each side, the bigrams around it, the kinds of
    character (ideograph, digit, letter, mark), whether it is part of an organization suffix
    and, with ``words``, the analyzer's tag of its word with the character's place in it (B, I,
    E, S), alone, with its neighbours' and with the character, and short words themselves."""
    padded = f"\x02\x02{text}\x03\x03"
    kinds = "ss" + "".join(map(_kind, text)) + "ss"
    tags: list[str] = ["^"] + [""] * len(text) + ["$"]
    word_at: list[str] = [""] * len(text)
    for w in words or ():
        n = w.end - w.start
        for i in range(w.start, w.end):
            pos = "S" if n == 1 else "B" if i == w.start else "E" if i == w.end - 1 else "I"
            tags[i + 1] = f"{pos}-{w.tag}"
            if n <= 6:
                word_at[i] = text[w.start:w.end]
    suffix = [""] * len(text)  # inside or ending an organization suffix (公司, 委员会, 局)
    for m in SUFFIX_AT.finditer(text):
        end = m.start() + len(m.group(1))
        for i in range(m.start(), end):
            suffix[i] = "E" if i == end - 1 else "I"
    out = []
    for i in range(len(text)):
        c = i + 2
        f = ["c0=" + padded[c], "c-1=" + padded[c - 1], "c1=" + padded[c + 1], "c-2=" + padded[c - 2],
             "c2=" + padded[c + 2], "b-1=" + padded[c - 1:c + 1], "b1=" + padded[c:c + 2],
             "k=" + kinds[c - 1:c + 2]]
        if words is not None:
            t = tags[i + 1]
            f += ["t0=" + t, "t-1=" + tags[i], "t1=" + tags[i + 2], "t0t1=" + t + tags[i + 2],
                  "c0t0=" + padded[c] + t]
            if word_at[i]:
                f.append("w=" + word_at[i])
        if suffix[i]:
            f.append("sfx=" + suffix[i])
        out.append(f)
    return out


def bio(text: str, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags; where spans overlap the longer one wins, as a flat tagger must choose."""
    tags = ["O"] * len(text)
    for start, end, label in sorted(spans, key=lambda s: s[0] - s[1]):
        if all(t == "O" for t in tags[start:end]):
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


def sentences(examples: Sequence[Example]) -> list[Example]:
    """The examples cut into the pieces tagging sees, spans kept with the piece they lie in."""
    out = []
    for text, spans in examples:
        for start, end in pieces(text):
            inside = [(s - start, e - start, l) for s, e, l in spans if start <= s and e <= end]
            out.append((text[start:end], inside))
    return out


class Model:
    def __init__(self, data: bytes):
        import pycrfsuite

        head, _, body = data.partition(b"\n")
        if not head.startswith(HEADER):
            raise ValueError("not a model of this Jiaokan")
        self.lexical = head.endswith(b"lexical")
        self.data = data
        self._body = body  # the tagger reads this buffer in place: it must outlive the tagger
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(body)
        self.labels = frozenset(t[2:] for t in self._tagger.labels() if t != "O")

    def tag(self, text: str, words: list[Word] | None) -> list[Suggestion]:
        out = []
        for start, end in pieces(text):
            piece = text[start:end]
            own = [Word(w.start - start, w.end - start, w.tag) for w in words or () if start <= w.start and w.end <= end]
            tags = self._tagger.tag(features(piece, own if self.lexical else None))
            out += _spans(tags, start)
        return out


def _spans(tags: Sequence[str], offset: int) -> list[Suggestion]:
    out, begin, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if begin is not None and not (tag.startswith("I-") and tag[2:] == label):
            out.append(Suggestion(offset + begin, offset + i, label, NAME))
            begin = None
        if tag.startswith("B-") or tag.startswith("I-") and begin is None:
            begin, label = i, tag[2:]
    return out


def train(examples: Sequence[Example], analyze: Callable[[str], list[Word]] | None = None,
          progress: Progress = NullProgress(), iterations: int = ITERATIONS) -> Model:
    """A model from annotated texts; ``analyze``: the lexical analyzer, whose tags become
    features when given. Raises Cancelled when ``progress`` asks, ValueError with nothing to learn."""

    units = sentences(examples)
    if not any(spans for _, spans in units):
        raise ValueError("no accepted spans to learn from")
    trainer = _Trainer(progress, iterations, len(units))
    trainer.set_params({**PARAMS, "max_iterations": iterations, "feature.possible_transitions": True})
    for done, (text, spans) in enumerate(units):
        if progress.cancelled():
            raise Cancelled()
        progress.report(done, len(units) + iterations, "features")
        trainer.append(features(text, analyze(text) if analyze else None), bio(text, spans))
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as f:
            body = f.read()
    finally:
        os.unlink(path)
    return Model(HEADER + (b"lexical" if analyze else b"chars") + b"\n" + body)


class _Trainer:
    """pycrfsuite.Trainer with its messages turned into progress and cancellation (it calls
    ``message`` from the optimizer, so raising there stops training)."""

    def __new__(cls, progress: Progress, iterations: int, units: int):
        import pycrfsuite

        class Trainer(pycrfsuite.Trainer):
            def message(self, message):
                if self.logparser.feed(message) == "iteration":
                    if progress.cancelled():
                        raise Cancelled()
                    num = self.logparser.last_iteration.get("num", 0)
                    progress.report(units + num, units + iterations, "training")

        return Trainer(verbose=False)


class Learned:
    name = NAME
    labels = frozenset()  # what the model learned

    def unavailable(self, context: Context) -> str | None:
        if context.model is None:
            return "no model trained yet"
        if context.model.lexical and context.analyze is None:
            return "its model needs the lexical analyzer"
        return None

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        model: Model = context.model
        return model.tag(text, context.words(text) if model.lexical else None)


SUGGESTER = Learned()

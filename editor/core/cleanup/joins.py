"""Joining lines: the change that replaces a line break inside a paragraph, shared by the
rules that unwrap columns and join paragraphs broken by page and column breaks."""
from __future__ import annotations

from typing import Sequence

from editor.core.layout.lines import Line
from editor.core.model import Change

_new = tuple.__new__


def joiner(left: str, right: str) -> str:
    """What replaces a line break inside a paragraph: nothing, except between two Latin words."""
    pair = left[-1:] + right[:1]
    return " " if len(pair) == 2 and pair.isascii() and pair.isalpha() else ""


def join_change(rule: str, text: str, a: Line, b: Line, reason: str, confidence: float) -> Change:
    """Replace the break between ``a`` and ``b``, with the spaces around it, by a joiner."""
    return join_changes(rule, text, (a, b), reason, confidence)[0]


def join_changes(rule: str, text: str, lines: Sequence[Line], reason: str, confidence: float) -> list[Change]:
    """``join_change`` of every two neighbours of ``lines``: a column gives a change per line,
    so the loop is written out and the changes made with tuple.__new__ (the named tuple's
    constructor is a Python function). Only a line that ends in ASCII can need a space."""
    out = []
    for a, b in zip(lines, lines[1:]):
        left, right = a.text.rstrip(), b.text.lstrip()
        start, end = a.start + len(left), b.end - len(right)
        after = joiner(left, right) if "\x00" < left[-1:] < "\x80" else ""
        out.append(_new(Change, (rule, start, end, text[start:end], after, reason, confidence, None)))
    return out

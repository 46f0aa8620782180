"""Annotated JSONL (doccano's sequence-labelling shape) read into texts with accepted spans.

One JSON object per line with a ``text`` and its spans under ``label`` (doccano's default
column), ``labels``, or ``entities`` (the People's Daily sample's shape). A span is
``[start, end, "LABEL"]`` or doccano's ``{"start_offset", "end_offset", "label"}``. Offsets are
read as UTF-16 code units by default, the unit doccano's annotation view counts (a span after
𠀀, U+20000, in a doccano export is one unit further per such character), or as code points
(Python ``str`` indices) with ``offsets="codepoints"``, for datasets made by Python tools; the
two agree on texts inside the BMP, and a text outside it is reported in ``problems`` with the
unit it was read in. Ends are exclusive. Every other key of the object (``id``, ``meta``, ...)
is kept as metadata.

A line that is not such an object raises ``InputError`` naming the file and line. A span that
does not fit its text (outside it, empty or reversed) or repeats an earlier one is left out of
``spans`` and described in ``problems``; a span that overlaps another is kept (the model allows
nested annotations) and also described there, so nothing is dropped or accepted unseen.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from editor.core.errors import InputError
from editor.core.model import Span, SpanStatus
from editor.core.text.units import CODEPOINTS, OFFSETS, UTF16, astral, from_utf16

SPAN_KEYS = ("label", "labels", "entities")


@dataclass(frozen=True, slots=True)
class AnnotatedText:
    """One line of the file: its text, its spans (accepted, origin "import") and the rest."""

    text: str
    spans: tuple[Span, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)
    line: int = 0
    problems: tuple[str, ...] = ()


def read_annotated_jsonl(data: bytes, path: str | Path | None = None, offsets: str = UTF16) -> list[AnnotatedText]:
    if offsets not in OFFSETS:
        raise InputError("offsets", f"{offsets!r} is not one of {', '.join(OFFSETS)}")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise InputError(path, f"line {line}: the bytes are not UTF-8") from None
    texts = [_parse_line(raw, number, path, offsets)
             for number, raw in enumerate(content.split("\n"), start=1) if raw.strip()]
    if not texts:
        raise InputError(path, "the file holds no JSON lines")
    return texts


def _parse_line(raw: str, number: int, path, offsets: str = UTF16) -> AnnotatedText:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(path, f"line {number}: not JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise InputError(path, f"line {number}: nested too deeply to be read") from None
    except ValueError as err:  # e.g. an integer of thousands of digits
        raise InputError(path, f"line {number}: a value cannot be read ({_short(err)})") from None
    if (where := _surrogate(raw)) is not None:
        raise InputError(path, f"line {number}: holds an escaped lone surrogate ({where}), which is no "
                               "character and cannot be stored")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(path, f"line {number}: expected an object with a \"text\" string")
    text = obj["text"]
    keys = [k for k in SPAN_KEYS if k in obj]
    if len(keys) > 1:
        raise InputError(path, f"line {number}: spans under both {keys[0]!r} and {keys[1]!r}")
    items = obj[keys[0]] if keys else []
    if not isinstance(items, list):
        raise InputError(path, f"line {number}: {keys[0]!r} is not a list of spans")
    spans, problems, seen = [], [], set()
    unit = None
    if astral(text):
        unit = (lambda u: u) if offsets == CODEPOINTS else from_utf16(text)
        problems.append(f"line {number}: the text has characters outside the BMP; its offsets were read as "
                        + ("code points" if offsets == CODEPOINTS else
                           "UTF-16 code units (--offsets codepoints for files made by Python tools)"))
    for item in items:
        start, end, label = _span_fields(item, number, path)
        if unit is not None and offsets == UTF16:
            cp_start, cp_end = unit(start), unit(end)
            if cp_start is None or cp_end is None:
                problems.append(f"line {number}: span {_show(start, end, label)} cuts a character outside "
                                "the BMP in two (are its offsets code points?)")
                continue
            start, end = cp_start, cp_end
        problem = _misfit(start, end, len(text)) or ("repeats an earlier span, kept once"
                                                     if (start, end, label) in seen else None)
        if problem:
            problems.append(f"line {number}: span {_show(start, end, label)} {problem}")
        else:
            seen.add((start, end, label))
            spans.append(Span(start, end, label, text[start:end], origin="import",
                              status=SpanStatus.ACCEPTED))
    problems += _overlaps(spans, number)
    meta = {k: v for k, v in obj.items() if k != "text" and k not in keys}
    return AnnotatedText(text, tuple(spans), meta, number, tuple(problems))


def _short(err: Exception) -> str:
    text = str(err).split(";")[0]
    return text if len(text) < 120 else text[:117] + "..."


_LONE = "[\ud800-\udfff]"


def _surrogate(raw: str) -> str | None:
    """The first lone surrogate a line decodes to (json.loads accepts "\\ud800"), as written."""
    import re

    if "\\u" not in raw and not re.search(_LONE, raw):
        return None
    def walk(v):
        if isinstance(v, str):
            if m := re.search(_LONE, v):
                return f"\\u{ord(m.group()):04x}"
        elif isinstance(v, dict):
            for k, x in v.items():
                if (r := walk(k) or walk(x)) is not None:
                    return r
        elif isinstance(v, list):
            for x in v:
                if (r := walk(x)) is not None:
                    return r
        return None
    return walk(json.loads(raw))


def _span_fields(item, number: int, path) -> tuple[int, int, str]:
    if isinstance(item, dict):
        item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
    if (isinstance(item, list) and len(item) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) for v in item[:2])
            and isinstance(item[2], str) and item[2].strip()):
        return item[0], item[1], item[2]
    raise InputError(path, f"line {number}: span {json.dumps(item, ensure_ascii=False)} "
                           "is not [start, end, \"LABEL\"]")


def _misfit(start: int, end: int, length: int) -> str | None:
    if start < 0 or end > length:
        return f"lies outside the text ({length} characters)"
    if start >= end:
        return "is empty or reversed"
    return None


def _overlaps(spans: list[Span], number: int) -> list[str]:
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    problems, reach = [], None  # reach: the span reaching furthest right so far
    for span in ordered:
        if reach is not None and span.start < reach.end:
            problems.append(f"line {number}: span {_show(span.start, span.end, span.label)} "
                            f"overlaps {_show(reach.start, reach.end, reach.label)}")
        if reach is None or span.end > reach.end:
            reach = span
    return problems


def _show(start: int, end: int, label: str) -> str:
    return json.dumps([start, end, label], ensure_ascii=False)

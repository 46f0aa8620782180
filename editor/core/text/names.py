"""File names made safe to show and to store.

A POSIX file name is bytes: one that is not UTF-8 reaches Python with lone surrogates
(surrogateescape), which SQLite and the terminal refuse. Control characters (newline, ESC of a
terminal escape code, bidi overrides) would rewrite a report line. ``visible`` writes both as
backslash escapes, so the name is shown as it is and stored as text that decodes everywhere."""
from __future__ import annotations

import os
import re

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0, DEL, C1, line/paragraph separators, bidi embeddings, overrides and isolates.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\udc80-\udcff]+")


def _escape(m: re.Match) -> str:
    c = m.group()
    if c in _SHORT:
        return _SHORT[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def visible(name: str | bytes | os.PathLike | object) -> str:
    """``name`` with undecodable bytes as ``\\xNN`` and control characters escaped."""
    text = os.fspath(name) if isinstance(name, (str, bytes, os.PathLike)) else str(name)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogateescape")
    text = _SURROGATES.sub(lambda m: "".join(f"\\x{ord(c) - 0xDC00:02x}" for c in m.group()), text)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # any other lone surrogate
    return _INVISIBLE.sub(_escape, text)

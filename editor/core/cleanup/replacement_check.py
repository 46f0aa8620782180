"""Checking the user's replacement lists before they are saved or run: every list needs a
name of its own, every regular expression must compile and its replacement may refer only
to groups the expression has.

The replacement is checked without a sample text: it is expanded against a stand-in pattern
with the same numbered and named groups that always matches, so ``\\3`` in a row whose
expression has two groups is caught here, not halfway through a cleanup run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from editor.core.cleanup.rules.base import Replacement, ReplacementList

EMPTY_NAME, DUPLICATE_NAME, BAD_PATTERN, BAD_REPLACEMENT = "empty_name", "duplicate_name", "bad_pattern", "bad_replacement"


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # one of the constants above
    list_index: int
    list_name: str
    row: int | None = None  # index into the list's entries
    pattern: str = ""
    replacement: str = ""
    detail: str = ""  # Python's own words for a regular expression error


def row_problem(row: Replacement) -> tuple[str, str] | None:
    """(kind, detail) when the row cannot run, else None. Literal rows always can."""
    if not row.regex:
        return None
    try:
        compiled = re.compile(row.pattern)
    except re.error as err:
        return BAD_PATTERN, str(err)
    try:
        _stand_in(compiled).sub(row.replacement, "", count=1)
    except (re.error, IndexError) as err:
        return BAD_REPLACEMENT, str(err)
    return None


def _stand_in(compiled: re.Pattern) -> re.Pattern:
    names = {number: name for name, number in compiled.groupindex.items()}
    return re.compile("".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, compiled.groups + 1)))


def problems(lists: Sequence[ReplacementList]) -> list[Problem]:
    """Everything that stops these lists from being saved, in list and row order."""
    out: list[Problem] = []
    seen: set[str] = set()
    for li, lst in enumerate(lists):
        name = lst.name.strip()
        if not name:
            out.append(Problem(EMPTY_NAME, li, lst.name))
        elif name in seen:
            out.append(Problem(DUPLICATE_NAME, li, lst.name))
        seen.add(name)
        for ri, row in enumerate(lst.entries):
            found = row_problem(row)
            if found is not None:
                out.append(Problem(found[0], li, lst.name, ri, row.pattern, row.replacement, found[1]))
    return out

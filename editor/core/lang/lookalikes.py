"""Characters that look alike (形近字), from resources/rules/lookalikes.tsv: glyph similarity
of the bitmaps of a CJK font (see resources/rules/README.md). Loaded once, on first use."""
from __future__ import annotations

from functools import lru_cache

from editor.paths import RULE_DATA

TABLE = RULE_DATA / "lookalikes.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, float], ...]]:
    table = {}
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            ch, _, rest = line.rstrip("\n").partition("\t")
            table[ch] = tuple((item[0], float(item[1:])) for item in rest.split(" ") if item)
    return table


def lookalikes(ch: str, min_similarity: float = 0.0) -> tuple[tuple[str, float], ...]:
    """The characters that look like ``ch``, likeliest first, with their glyph similarity (0-1)."""
    found = _table().get(ch, ())
    if min_similarity <= 0:
        return found
    return tuple(p for p in found if p[1] >= min_similarity)


@lru_cache(maxsize=4)
def nearest(min_similarity: float, most: int) -> dict[str, tuple[tuple[tuple[str, float], ...], frozenset[str]]]:
    """Character -> (at most ``most`` of ``lookalikes(ch, min_similarity)``, the set of those
    characters), for every character that has one (a rule asks for every character of a text)."""
    out = {}
    for ch in _table():
        found = lookalikes(ch, min_similarity)[:most]
        if found:
            out[ch] = (found, frozenset(a for a, _ in found))
    return out


def similarity(a: str, b: str) -> float:
    """The glyph similarity of two characters, 0 when the table does not pair them."""
    return next((s for ch, s in _table().get(a, ()) if ch == b), 0.0)

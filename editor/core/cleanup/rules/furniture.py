"""Page furniture: page number and date lines, the page editors' credit line, distribution
lists and a newsletter's masthead, taken out of the article text.

Nothing is lost: each removal carries ``data={"furniture": <the tidied line>, "kind": ...}``
for the caller to file in the issue metadata (see core/metadata.furniture_meta).
"""
from __future__ import annotations

from editor.core.layout import furniture
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context

_REASONS = {
    "page": "page number and date line",
    "editors": "page editors' credit line",
    "distribution": "distribution list",
    "source": "source or publishing-time line",
    "masthead": "newsletter masthead",
    "date": "date alone on a line",
}


class FurnitureRule:
    id = "furniture"
    title = "Page furniture"
    description = "Moves page numbers, date lines, editor credits and mastheads into the issue metadata."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        return [
            Change(self.id, f.start, f.end, text[f.start:f.end], "", _REASONS[f.kind], f.confidence,
                   {"furniture": f.cleaned, "kind": f.kind})
            for f in furniture.find(text)
        ]


RULE = FurnitureRule()

"""Full-width digits and Latin letters -> half-width (１９９７ -> 1997, ＡＢＣ -> ABC).

Mainland newspapers set digits and Latin letters half-width; full-width ones come from OCR
and from input methods left in full-width mode. A full-width point or comma between
full-width digits belongs to the number (１９．５ -> 19.5). Full-width punctuation is the
Chinese norm and stays; the full-width space is the spaces rule's business.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context

_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# "[x][x]*", not "[x]+": the engine skips ahead to a class that opens a pattern, not a repeat.
_RUN = re.compile(f"[{_ALNUM}][{_ALNUM}]*(?:[．，][\uff10-\uff19]+)*")
_HALF = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E, 0xFF0C]}


class FullWidthAlnum:
    id = "width.alnum"
    title = "Full-width digits and letters"
    description = "Full-width digits and Latin letters set half-width (１９９７ -> 1997)."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        return [Change(self.id, m.start(), m.end(), m.group(), m.group().translate(_HALF),
                       "full-width digits or letters", 0.95)
                for m in _RUN.finditer(text)]


RULE = FullWidthAlnum()

"""Markdown marks left in a transcription by a converter: "#"/"##" heading marks, "**" bold,
"---" horizontal rules and "-"/"*" list bullets.

The marks go, but what they said about the layout stays: each removal carries
``data={"role": ...}`` ("title" for "#", "heading" for "##" and deeper, "bold", "rule",
"list"), which the pipeline turns into line hints for the paragraph rules and segmentation.
A "#" glued to text ("#话题#") is a hashtag, not a heading mark, and stays.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context

_HEADING = re.compile(r"[ \t]*(#{1,6})[ \t]+(?=\S)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_RULE_LINE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+(?=\S)")
_PAGE_NUMBER = re.compile(r"[ \t]*[-—][ \t]*\d{1,3}[ \t]*[-—][ \t]*")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_STRAY_BOLD = re.compile(r"\*\*")
# Lines worth a look: a mark at the start, or "**" anywhere. A line start is the newline
# before it, searched for in the text with a newline in front: both alternatives then start
# with a literal, which the regex engine skips to at C speed ("^" has it try every position).
_CANDIDATE = re.compile(r"\n[ \t]*[#*_+-]|\*\*")


class MarkupRule:
    id = "markup"
    title = "Markdown marks"
    description = "Removes Markdown heading, bold, rule and bullet marks, keeping their layout role."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        out: list[Change] = []
        done = -1
        lined = "\n" + text  # lined[i + 1] is text[i]
        for m in _CANDIDATE.finditer(lined):
            start = lined.rfind("\n", 0, m.start() + 1)  # the start of its line in text
            if start <= done:
                continue
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            done = end
            out.extend(self._line(text, start, text[start:end].removesuffix("\r")))
        return out

    def _line(self, text: str, start: int, line: str) -> list[Change]:
        if _RULE_LINE.fullmatch(line):
            end = min(start + len(line) + 1, len(text))
            return [Change(self.id, start, end, text[start:end], "", "horizontal rule", 0.95, {"role": "rule"})]
        changes, body_from = [], 0
        m = _HEADING.match(line)
        if m:
            role = "title" if len(m.group(1)) == 1 else "heading"
            changes.append(self._cut(start, line, 0, m.end(), f"heading mark {m.group(1)}", 0.95, role))
            body_from = m.end()
            closing = _CLOSING_HASHES.search(line, body_from)
            if closing:
                changes.append(self._cut(start, line, closing.start(), closing.end(), "closing heading mark", 0.9))
        elif not _PAGE_NUMBER.fullmatch(line):
            m = _BULLET.match(line)
            if m:
                changes.append(self._cut(start, line, 0, m.end(), "list bullet", 0.8, "list"))
                body_from = m.end()
        changes.extend(self._bold(start, line, body_from))
        return changes

    def _bold(self, start: int, line: str, body_from: int) -> list[Change]:
        changes, paired = [], []
        for m in _BOLD.finditer(line, body_from):
            role = "bold" if not paired and not line[body_from:m.start()].strip() else None
            changes.append(self._cut(start, line, m.start(), m.start() + 2, "bold mark", 0.95, role))
            changes.append(self._cut(start, line, m.end() - 2, m.end(), "bold mark", 0.95))
            paired.append((m.start(), m.end()))
        for m in _STRAY_BOLD.finditer(line, body_from):
            if not any(s <= m.start() < e for s, e in paired):
                changes.append(self._cut(start, line, m.start(), m.end(), "unpaired bold mark", 0.7))
        return changes

    def _cut(self, start: int, line: str, a: int, b: int, reason: str, confidence: float,
             role: str | None = None) -> Change:
        return Change(self.id, start + a, start + b, line[a:b], "", reason, confidence,
                      {"role": role} if role else None)


RULE = MarkupRule()

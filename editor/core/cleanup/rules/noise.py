"""Web and layout noise: share widgets and site chrome (a dictionary of line patterns in
resources/rules/noise.txt), a headline repeated above each photo caption, and stray page or
photo numbers standing alone on a line.

A removed line takes the blank lines after it along, so no gap is left that would read like
the hole a picture leaves in a column. When a short display line standing alone (a blank
line or the photo credit after it) follows a repeated headline, the removal records
``role="caption"`` for it: the photo's own caption.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from editor.core.layout.lines import continues, is_display, shape, width
from editor.core.model import Change
from editor.paths import RULE_DATA
from editor.core.cleanup.rules.base import Context

NOISE_FILE = RULE_DATA / "noise.txt"
# Line patterns start with the newline before the line: a literal, which the regex engine skips
# to at C speed ("^" has it try every position). They run over the text with a newline in
# front (see NoiseRule.propose), where a match starts at its line's start in the text.
_STRAY_NUMBER = re.compile(r"\n[ \t]*[-—–]?[ \t]*\d{1,3}[ \t]*[-—–]?[ \t]*\r?$", re.M)
# A repeated line shorter than this is a label ("图片新闻"), not a headline.
HEADLINE_MIN = 6.0


@lru_cache(maxsize=4)
def load_patterns(path: Path = NOISE_FILE) -> tuple[tuple[re.Pattern, float], ...]:
    """(pattern, confidence) for each entry of a noise dictionary."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        pattern, _, conf = raw.partition("\t")
        out.append((re.compile(pattern.strip()), float(conf) if conf.strip() else 0.9))
    return tuple(out)


@lru_cache(maxsize=4)
def _matchers(path: Path) -> tuple[re.Pattern, re.Pattern, tuple[float, ...]]:
    """All entries as one alternation (the group that matched names the entry), and the same
    at line starts (a line pattern, as _STRAY_NUMBER) to find candidate lines in one pass."""
    patterns = load_patterns(path)
    joined = "|".join(f"(?P<e{i}>{p.pattern})" for i, (p, _) in enumerate(patterns)) or "(?!)"
    return re.compile(joined), re.compile(rf"\n[ \t]*(?:{joined})", re.M), tuple(c for _, c in patterns)


def widget(line: str, path: Path = NOISE_FILE) -> float | None:
    """The confidence of the dictionary entry that matches the whole line, if any."""
    regex, _, confidences = _matchers(path)
    m = regex.fullmatch(line.strip())
    if not m:
        return None
    entry = next(k for k, v in m.groupdict().items() if v is not None)
    return confidences[int(entry[1:])]


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:len(text) if end < 0 else end]


def _blank_before(text: str, start: int) -> bool:
    return start == 0 or not text[text.rfind("\n", 0, start - 1) + 1:start].strip()


def _through_blanks(text: str, start: int) -> tuple[int, bool]:
    """End of the line at ``start`` with the blank lines after it, and whether one follows."""
    end = text.find("\n", start)
    if end < 0:
        return len(text), True
    pos = end + 1
    while pos < len(text):
        nxt = text.find("\n", pos)
        if text[pos:len(text) if nxt < 0 else nxt].strip():
            return pos, pos > end + 1
        if nxt < 0:
            return len(text), True
        pos = nxt + 1
    return pos, True


class NoiseRule:
    id = "noise"
    title = "Web and layout noise"
    description = "Removes share widgets, site chrome, repeated headlines above photos and stray numbers."

    def __init__(self, patterns_file: Path = NOISE_FILE):
        self.patterns_file = patterns_file

    def propose(self, text: str, ctx: Context) -> list[Change]:
        found: dict[int, tuple[str, float, bool]] = {}  # line start -> reason, confidence, isolated only
        _, scan, _ = _matchers(self.patterns_file)
        lined = "\n" + text  # for the line patterns: lined[i + 1] is text[i]
        m = scan.search(lined)
        while m:  # an entry may match across lines: the search goes on from the next line
            start = m.start()
            conf = widget(_line(text, start), self.patterns_file)
            if conf is not None:
                found[start] = ("web or layout noise", conf, False)
            nxt = text.find("\n", start)
            m = scan.search(lined, nxt + 1) if nxt >= 0 else None
        for m in _STRAY_NUMBER.finditer(lined):
            found.setdefault(m.start(), ("stray page or photo number", 0.85, True))
        for start in self._repeated_headlines(text, ctx, found):
            found.setdefault(start, ("headline repeated", 0.9, True))
        removals, done = [], -1
        for start in sorted(found):
            reason, confidence, isolated = found[start]
            if start < done:
                continue
            end, blank_after = _through_blanks(text, start)
            if isolated and not (blank_after and _blank_before(text, start)):
                continue
            removals.append((start, end, reason, confidence))
            done = end
        removed = {start for start, *_ in removals}
        out = []
        for start, end, reason, confidence in removals:
            caption = reason == "headline repeated" and end not in removed and _caption_at(text, end)
            out.append(Change(self.id, start, end, text[start:end], "", reason, confidence,
                              {"noise": _line(text, start).strip(), **({"role": "caption"} if caption else {})}))
        return out

    @staticmethod
    def _repeated_headlines(text: str, ctx: Context, widgets: dict) -> list[int]:
        """Starts of later lines that repeat the first line or a line hinted as a title."""
        heads = [p for p, role in ctx.hints.items() if role in ("title", "heading")]
        pos = 0
        while pos < len(text):  # the first line that is neither blank nor a widget
            line = _line(text, pos)
            if line.strip() and pos not in widgets:
                if is_display(line):
                    heads.append(pos)
                break
            pos += len(line) + 1
        heads = [h for h in sorted(set(heads)) if width(_line(text, h).strip()) >= HEADLINE_MIN]
        if not heads:
            return []
        texts = [_line(text, head).strip() for head in heads]
        out = []
        wanted = set(texts)
        if len(wanted) <= FEW_HEADS:
            repeats = {t: _lines_reading(text, t) for t in wanted}
        else:  # one pass over the lines: searching the whole text per headline grows with heads x size
            repeats = _lines_reading_any(text, wanted)
        for head, head_text in zip(heads, texts):
            out += [start for start in repeats[head_text] if start > head]
        return out


def _caption_at(text: str, start: int) -> bool:
    """Is the line at ``start`` (after a removed copy of the headline, and not another copy) the
    photo's caption: a display line standing alone as captions do, with a blank line, the
    photo credit or the end of the text after it? A line that another follows directly is
    the start of a column or of a broken sentence, and one that opens with a closing mark
    ("』（人民论坛）") ends a sentence the headline interrupted."""
    line = _line(text, start) if start < len(text) else ""
    if not is_display(line) or continues(line):
        return False
    end = text.find("\n", start)
    return end < 0 or _through_blanks(text, start)[1] or shape(_line(text, end + 1)) == "credit"


FEW_HEADS = 4


def _lines_reading_any(text: str, wanted: set[str]) -> dict[str, list[int]]:
    """``_lines_reading`` for many strings at once: every line stripped once."""
    out: dict[str, list[int]] = {t: [] for t in wanted}
    pos = 0
    for line in text.split("\n"):
        key = line.strip()
        if key in out:
            out[key].append(pos)
        pos += len(line) + 1
    return out


def _lines_reading(text: str, s: str) -> list[int]:
    """Starts of the lines that read ``s`` (a stripped line) between their spaces. Searching
    for ``s`` costs far less than stripping every line of the text; a line is looked at once,
    at its first occurrence (any later one has text before it)."""
    out, pos = [], text.find(s)
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[start:pos].strip() and not text[pos + len(s):end].strip():
            out.append(start)
        pos = text.find(s, end + 1)
    return out


RULE = NoiseRule()

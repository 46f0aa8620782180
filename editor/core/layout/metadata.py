"""Issue metadata (publication, issue label, date, page, page editors) suggested from the header
lines and the page furniture of a transcription, raw or cleaned."""
from __future__ import annotations

from collections.abc import Sequence

from editor.core.layout import dates
from editor.core.layout import furniture
from editor.core.layout.lines import byline_prefix, split_lines
from editor.core.model import IssueMeta

# A dateline date ("本报讯（记者李国）3月14日，…") is looked for in the first lines only.
HEADER_LINES = 15


def furniture_meta(lines: Sequence[str]) -> IssueMeta:
    """Metadata from furniture lines (as the furniture rule reports them, or raw).

    Lines before the issue label that are no page, date or credit line name the publication;
    a bracketed line right after the name is its sub-name: "赣鄱工人有力量（江西工会信息）".
    """
    label = date = page = None
    names: list[str] = []
    credits: list[tuple[str, str]] = []
    kept = []
    for line in lines:
        s = dates.tidy(line)
        if not s:
            continue
        kept.append(s)
        if dates.ISSUE_LABEL.fullmatch(s):
            label = label or dates.issue_label(s)
        elif dates.EDITOR_LINE.fullmatch(s):
            credits.extend(dates.editors(s))
        elif furniture.page_line(s) or furniture.date_line(s):
            date = date or dates.find_date(s)
            m = dates.PAGE_LABEL.search(s)
            if m and not furniture.date_line(s):
                page = page or m.group(1).replace(" ", "")
        elif label is None and furniture.classify(s) is None:
            names.append(s)
    publication = None
    if names:
        publication = names[0] + "".join(n for n in names[1:2] if n.startswith("（") and n.endswith("）"))
    return IssueMeta(publication=publication, issue_label=label, date=date, page=page,
                     editors=tuple(credits), furniture=tuple(kept))


def context_year(text: str) -> int | None:
    """The latest year the text mentions ("2020年"): a paper writes about its year and earlier ones."""
    years = [int(m.group(1)) for m in dates.YEAR.finditer(text)]
    return max(years) if years else None


def _dateline(line: str, year: int) -> str | None:
    """A month and day opening a report, after its byline if any: "本报讯（记者李国）3月14日，…"."""
    cut = byline_prefix(line) or 0
    m = dates.MONTH_DAY.match(line, cut + len(line[cut:]) - len(line[cut:].lstrip()))
    return dates.find_month_day(m.group(0), year) if m else None


def suggest_meta(text: str, year_hint: int | None = None) -> IssueMeta:
    """Metadata of the issue a transcription comes from.

    The furniture lines give most of it; a date missing there is looked for in the first lines
    (a full date, else a report's opening "3月14日" dated with ``year_hint`` or the text's
    latest year).
    """
    meta = furniture_meta([f.cleaned for f in furniture.find(text)])
    if meta.date is None:
        head = [dates.tidy(ln.text) for ln in split_lines(text) if ln.text.strip()][:HEADER_LINES]
        found = next((d for d in map(dates.find_date, head) if d), None)
        year = year_hint or context_year(text)
        if found is None and year:
            found = next((d for d in (_dateline(s, year) for s in head) if d), None)
        if found:
            meta = IssueMeta(meta.publication, meta.issue_label, found, meta.page, meta.editors, meta.furniture)
    return meta

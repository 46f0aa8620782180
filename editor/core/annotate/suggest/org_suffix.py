"""Organizations named by what they are: a name ending in 总工会, 委员会, 公司, 办公室, ...

The name runs left from the suffix over ideographs up to a mark, a digit, a space or a word
that ends a phrase before a name (的, 在, 和, 与, 是, ...), and takes 2 to 16 characters before
the suffix. When the lexical analyzer has run, its words decide (_with_words): the name ends at
a word end, is made of nouns and names, and holds a proper name."""
from __future__ import annotations

import re

from editor.core.annotate.suggest.base import Context, Suggestion

SUFFIXES = ("总工会", "工会", "委员会", "常委会", "人大", "政协", "公司", "集团", "办公室", "办事处",
            "研究院", "研究所", "研究中心", "中心", "大学", "学院", "中学", "小学", "医院", "银行",
            "协会", "学会", "联合会", "基金会", "商会", "出版社", "报社", "杂志社", "通讯社", "电视台",
            "电台", "法院", "检察院", "公安局", "管理局", "总局", "局", "厅", "部", "署", "党委", "政府",
            "支部", "党支部", "组织", "联盟", "同盟", "代表团", "合作社", "俱乐部", "队", "厂", "所")
_STOP = "的在和与及是了由向对为从把被将给同跟等、或并而也都就又所其以于与之"
_NAME_CHAR = rf"[^\W\d_{_STOP}]"  # a letter or ideograph that is no stop word
SUFFIX = re.compile(rf"(?=({'|'.join(sorted(SUFFIXES, key=len, reverse=True))}))")
NOUNISH = frozenset({"PER", "LOC", "ORG", "nz", "n", "s", "nt", "ns", "nw", "j", "vn"})
PROPER = frozenset({"PER", "LOC", "ORG", "nz", "nw", "j"})
_LONG_ONLY = ("局", "厅", "部", "署", "队", "厂", "所", "中心", "组织", "工会")  # short ones are words too
LONGEST = 16  # characters before the suffix


class OrgSuffix:
    name = "org_suffix"
    labels = frozenset({"ORG"})

    def unavailable(self, context: Context) -> str | None:
        return None

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        words = context.words(text)
        out = []
        for run_start, ends in _candidates(text):
            span = _with_words(words, run_start, ends) if words else (max(run_start, ends[0][0] - LONGEST - 3), ends[0][0])
            if span and span[1] - span[0] >= 3 and not _too_short(text[span[0]:span[1]]):
                out.append(Suggestion(span[0], span[1], "ORG", self.name))
        return out


def _candidates(text: str):
    """(start of the run, (end, length) of its suffixes, last first) for each run of name characters."""
    for m in re.finditer(rf"{_NAME_CHAR}+", text):
        ends = sorted({(m.start() + s.start() + len(s.group(1)), len(s.group(1))) for s in SUFFIX.finditer(m.group())
                       if s.start() >= 2}, reverse=True)
        if ends:
            yield m.start(), ends


def _with_words(words, run_start: int, ends: list[tuple[int, int]]) -> tuple[int, int] | None:
    """With the analyzer's words: the name ends where a word ends (干部 and 内部 hold no 部),
    runs left over nouns and names only (a verb before it stays out), and holds a proper
    name (a place, person, organization or other proper noun): 保险公司 is no organization."""
    by_end = {w.end: i for i, w in enumerate(words)}
    for end, length in ends:
        at = by_end.get(end)
        if at is None:
            continue
        last = words[at]
        if last.tag == "ORG":
            return None  # the analyzer named it: the lexical suggester proposes it
        if last.start < end - length and last.tag not in PROPER:
            continue  # the suffix is the tail of a common word: 干部, 全部
        start, proper = last.start, False
        for w in reversed(words[:at]):
            if w.tag not in NOUNISH or end - w.start > LONGEST + 3 or w.start < run_start:
                break
            start, proper = w.start, proper or w.tag in PROPER
        if proper:
            return start, end
    return None


def _too_short(name: str) -> bool:
    return any(name.endswith(s) for s in _LONG_ONLY) and len(name) < 4


SUGGESTER = OrgSuffix()

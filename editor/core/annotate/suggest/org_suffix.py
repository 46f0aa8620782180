"""Organizations named by what they are: a name ending in 总工会, 委员会, 公司, 办公室, ...

The name runs left from the suffix over ideographs up to a mark, a digit, a space or a word
that ends a phrase before a name (的, 在, 和, 与, 是, ...), and takes 2 to 16 characters before
the suffix. When the lexical analyzer has run, the name starts no earlier than the first word
that is itself a name or a noun, so a verb before the name stays out."""
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
        for start, end in _candidates(text):
            if words:
                start = max(start, _name_start(words, end))
            if end - start >= 3 and not _too_short(text[start:end]):
                out.append(Suggestion(start, end, "ORG", self.name))
        return out


def _candidates(text: str):
    """(start of the run, end of its last suffix) for each run of name characters."""
    for m in re.finditer(rf"{_NAME_CHAR}+", text):
        ends = [m.start() + s.start() + len(s.group(1)) for s in SUFFIX.finditer(m.group())
                if s.start() >= 2]
        if ends:
            end = max(ends)
            yield max(m.start(), end - LONGEST - 3), end


def _name_start(words, end: int) -> int:
    """The start of the nouns and names that run up to ``end``: a verb before them stays out."""
    at = next((i for i, w in enumerate(words) if w.start < end <= w.end), None)
    if at is None:
        return end
    start = words[at].start
    for w in reversed(words[:at]):
        if w.tag not in NOUNISH or end - w.start > LONGEST + 3:
            break
        start = w.start
    return start


def _too_short(name: str) -> bool:
    return any(name.endswith(s) for s in _LONG_ONLY) and len(name) < 4


SUGGESTER = OrgSuffix()

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
SUFFIX = re.compile(rf"(?:{_NAME_CHAR}){{2,16}}?(?:{'|'.join(sorted(SUFFIXES, key=len, reverse=True))})")
_LEAD_TAGS = ("PER", "LOC", "ORG", "nz", "n", "s", "nt", "ns", "j")
_LONG_ONLY = ("局", "厅", "部", "署", "队", "厂", "所", "中心", "组织", "工会")  # short ones are words too


class OrgSuffix:
    name = "org_suffix"
    labels = frozenset({"ORG"})

    def unavailable(self, context: Context) -> str | None:
        return None

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        words = context.words(text)
        starts = {w.start: w.tag for w in words} if words else None
        out = []
        for m in _candidates(text):
            start, end = m
            if starts is not None:
                start = next((i for i in range(start, end) if starts.get(i) in _LEAD_TAGS), end)
            if end - start >= 3 and not _too_short(text[start:end]):
                out.append(Suggestion(start, end, "ORG", self.name))
        return out


def _candidates(text: str):
    at = 0
    for m in re.finditer(rf"{_NAME_CHAR}+", text):
        if m.start() < at:
            continue
        run = m.group()
        ends = [n.end() for n in SUFFIX.finditer(run)]
        if ends:
            yield m.start(), m.start() + max(ends)
            at = m.end()


def _too_short(name: str) -> bool:
    return any(name.endswith(s) for s in _LONG_ONLY) and len(name) < 4


SUGGESTER = OrgSuffix()

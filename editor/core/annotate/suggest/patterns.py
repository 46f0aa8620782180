"""Dates, times, money, percentages, quantities and 《》 titles, by their written shapes.

Numbers are ASCII or full-width digits (People's Daily writes １９９８年) or Chinese numerals;
a quantity in Chinese numerals needs 十, 百, 千, 万 or 亿 or two numerals (十二个, 三十家), so
一个 and 两位 inside ordinary phrases are not proposed. The title span is the text inside
《》, without the marks, as Chinese NER corpora annotate titles."""
from __future__ import annotations

import re

from editor.core.annotate.suggest.base import Context, Suggestion

D = r"[0-9０-９]"
CN = r"[零〇○一二两三四五六七八九十百千万亿]"
NUM = rf"(?:{D}+(?:[.．，,]{D}+)*|{CN}*[十百千万亿]{CN}*|{CN}{{2,}})"
SCALE = r"(?:多|余)?(?:[万亿千百]|万亿)?"
CURRENCY = r"(?:元|美元|日元|欧元|英镑|港元|港币|人民币|马克|法郎|卢布|韩元|台币|澳元|加元|块钱)"
UNIT = (r"(?:平方公里|平方米|立方米|公顷|公里|公斤|千克|千米|千瓦|万千瓦|亩|吨|米|克|升|"
        r"家|人|个|名|位|次|件|户|所|项|台|辆|套|座|条|份|头|只|本|部|篇|场|届|岁|倍|张|支|种|批|艘|架|株|棵|册|页|床|间|辆|层)")
DAY = rf"(?:{D}{{1,2}}|[一二三四五六七八九十]{{1,3}}|[初]{CN}{{1,2}})"
YEAR = rf"(?:{D}{{4}}|[〇○零一二三四五六七八九]{{4}})"

PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("WORK", re.compile(r"(?<=《)[^《》\n]{1,40}(?=》)")),
    ("DATE", re.compile(rf"{YEAR}年(?:{DAY}月(?:{DAY}[日号])?)?(?:[上中下]半年|[春夏秋冬]季)?|{DAY}月{DAY}[日号]"
                        rf"|{D}{{4}}[-/.]{D}{{1,2}}[-/.]{D}{{1,2}}")),
    ("TIME", re.compile(rf"(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜间|深夜)?(?:{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})[时点](?:{D}{{1,2}}分|半|[一二三四五]?十?[一二三四五六七八九]?分)?"
                        rf"|{D}{{1,2}}[:：]{D}{{2}}")),
    ("PERCENT", re.compile(rf"百分之{CN}+(?:点{CN}+)?|{NUM}(?:[%％]|个百分点)")),
    ("MONEY", re.compile(rf"{NUM}{SCALE}{CURRENCY}")),
    ("QUANTITY", re.compile(rf"{NUM}{SCALE}{UNIT}")),
)


class Patterns:
    name = "patterns"
    labels = frozenset(label for label, _ in PATTERNS)

    def unavailable(self, context: Context) -> str | None:
        return None

    def suggest(self, text: str, context: Context) -> list[Suggestion]:
        taken: list[tuple[int, int]] = []
        out = []
        for label, pattern in PATTERNS:  # in this order: a date's 1998年 is no quantity
            for m in pattern.finditer(text):
                s, e = m.span()
                if e > s and all(e <= a or s >= b for a, b in taken):
                    taken.append((s, e))
                    out.append(Suggestion(s, e, label, self.name))
        return out


SUGGESTER = Patterns()

"""Synthetic transcriptions for the cleanup quality benchmark: clean articles built from the
sentences of ../shared/data/ner/dev.jsonl, then damaged one error class at a time.

dev.jsonl is evaluation data: it is read here, at benchmark time, and nothing built from it
is written anywhere or shipped.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import opencc

from editor.core.layout.lines import shape
from editor.core.lang.cjk import CJK_RE
from editor.core.lang.words import is_word

ENDS = ("。", "！", "？", "。”", "！”", "？”")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"


@dataclass(frozen=True)
class ArticleText:
    title: str
    byline: str
    paragraphs: tuple[str, ...]

    def blocks(self) -> list[str]:
        return [self.title, self.byline, *self.paragraphs]


def load_sentences(path: Path) -> list[str]:
    """Sentences that end like sentences (the corpus also holds headline fragments)."""
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    return [t for t in texts if t.endswith(ENDS) and len(t) >= 12]


def load_names(path: Path) -> list[str]:
    """Chinese person names (a common surname and one or two ideographs) that the corpus
    annotates (PER), for bylines and editor lines: names from the corpus, not from the seeds
    the rules are checked on."""
    names = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for start, end, label in row["entities"]:
                name = row["text"][start:end]
                if label == "PER" and 2 <= len(name) <= 3 and name[0] in _SURNAMES and all(map(CJK_RE.match, name)):
                    names.add(name)
    return sorted(names)


def headlines(sentences: list[str]) -> list[str]:
    """First clauses that read like headlines: no numbers, not a dateline or byline."""
    clauses = (re.split(r"[，、；：。！？“”《》（）]", s)[0] for s in sentences)
    return [c for c in clauses if 6 <= len(c) <= 20 and not any(ch.isdigit() for ch in c) and shape(c) == "display"]


def make_docs(sentences: list[str], names: list[str], count: int, rng: random.Random) -> list[list[ArticleText]]:
    """Documents of 2-4 articles: a headline, a byline and 2-5 paragraphs of 4-8 sentences."""
    titles = headlines(sentences)
    docs = []
    for _ in range(count):
        doc = []
        for title in rng.sample(titles, rng.randint(2, 4)):
            paragraphs = tuple("".join(rng.sample(sentences, rng.randint(4, 8))) for _ in range(rng.randint(2, 5)))
            doc.append(ArticleText(title, f"本报记者 {rng.choice(names)}", paragraphs))
        docs.append(doc)
    return docs


def clean_text(doc: list[ArticleText]) -> str:
    """The corrected layout: one block per line, a blank line between articles."""
    return "\n\n".join("\n".join(a.blocks()) for a in doc) + "\n"


def raw_layout(blocks: list[str]) -> str:
    """How transcriptions usually arrive: a blank line after every block."""
    return "\n\n".join(blocks) + "\n"


def _cjk_pair(text: str, i: int) -> bool:
    return 0 < i < len(text) and bool(CJK_RE.match(text[i - 1])) and bool(CJK_RE.match(text[i]))


def _paragraph_damage(doc, rng, damage) -> str:
    blocks = []
    for a in doc:
        blocks += [a.title, a.byline] + [damage(p, rng) for p in a.paragraphs]
    return raw_layout(blocks)


def _break(p: str, rng) -> str:
    if rng.random() < 0.4:
        return p
    cuts = [i for i in range(2, len(p) - 2) if _cjk_pair(p, i)]
    i = rng.choice(cuts)
    return p[:i] + rng.choice(["\n\n", "\n\n", "\n\n\n\n"]) + p[i:]


def _wrap(p: str, columns: int) -> str:
    """Lines of ``columns`` CJK columns, as a page lays them out (Latin and digits half wide)."""
    lines, line, used = [], [], 0.0
    for c in p:
        w = 0.5 if c.isascii() else 1.0
        if used + w > columns:
            lines.append("".join(line))
            line, used = [], 0.0
        line.append(c)
        used += w
    return "\n".join(lines + ["".join(line)])


def _swap(p: str, rng, table: dict[str, str], share: float) -> str:
    return "".join(table[c] if c in table and rng.random() < share else c for c in p)


def _spaces(p: str, rng) -> str:
    out = []
    for i, c in enumerate(p):
        if i and (_cjk_pair(p, i) and rng.random() < 0.04 or c.isdigit() != p[i - 1].isdigit()
                  and (c.isdigit() or p[i - 1].isdigit()) and rng.random() < 0.5):
            out.append(" ")
        out.append(c)
    return "".join(out)


def _english(p: str, rng) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff])([和或与])(?=[\u4e00-\u9fff])",
                  lambda m: {"和": " and ", "或": " or ", "与": " with "}[m.group(1)] if rng.random() < 0.5 else m.group(1), p)


def _makes_word(p: str, i: int) -> bool:
    """Would doubling p[i] make a dictionary word, alone or with its neighbours (一批 -> 一批批)?
    Such a doubling reads as Chinese, and no editor would undo it."""
    doubled = p[:i] + p[i] + p[i:]
    return any(is_word(doubled[s:e]) for s in range(max(0, i - 4), i + 1) for e in range(i + 2, min(len(doubled), s + 6) + 1))


def _doubled(p: str, rng) -> str:
    spots = [i for i in range(1, len(p) - 1) if CJK_RE.match(p[i]) and p[i] not in (p[i - 1], p[i + 1])
             and not _makes_word(p, i)]
    for i in sorted(rng.sample(spots, min(2, len(spots))), reverse=True):
        p = p[:i] + p[i] + p[i:]
    return p


_RUN = re.compile(r"[\u4e00-\u9fff]+|[0-9]+|[A-Za-z]+|\S")


def _bold(line: str) -> str:
    """A line set in bold as PDF extraction gives it: every glyph run twice in a row, the
    spaces between runs once ("星期一" -> "星期一星期一", "2020.2.24" -> "20202020..22..2424")."""
    return _RUN.sub(lambda m: m.group() * 2, line)


def _noise(doc, rng) -> str:
    blocks = []
    for a in doc:
        blocks += a.blocks()
        blocks.insert(rng.randint(2, len(blocks)), rng.choice(["分享到：微信 微博 QQ空间", str(rng.randint(2, 9))]))
    return raw_layout(blocks + ["分享到：", "相关文章："])


def _furniture(doc, rng, names) -> str:
    """The page furniture shapes of the seeds (page line, editors line, distribution list,
    editors of a newsletter) with other dates, names and recipients."""
    a, b, c, d, e = rng.sample(names, 5)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = "一二三四五六日"[rng.randint(0, 6)]
    blocks = [f"A0{rng.randint(1, 8)} 2020.{month}.{day} 星期{weekday}", f"责编 {a} ｜ 版式 {b} ｜ 校对 {c}"]
    for article in doc:
        blocks += article.blocks()
    recipients = "、".join(rng.sample(["省委", "省政府", "省人大", "省政协", "市委", "市政府", "各设区市总工会"], 4))
    return raw_layout(blocks + [f"本期送：{recipients}领导", f"编辑：{d}、{e}"])


HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
FULL_DIGITS = {str(d): chr(0xFF10 + d) for d in range(10)}
_S2T = opencc.OpenCC("s2t")


def damage(kind: str, doc: list[ArticleText], rng: random.Random, names: list[str]) -> str:
    """``doc`` in raw layout with one class of damage."""
    if kind == "layout only":
        return raw_layout([b for a in doc for b in a.blocks()])
    if kind == "page/column breaks":
        return _paragraph_damage(doc, rng, _break)
    if kind == "hard wrapping":
        width = rng.randint(10, 22)
        return _paragraph_damage(doc, rng, lambda p, r: _wrap(p, width))
    if kind == "doubled glyphs":
        blocks = []
        for a in doc:
            blocks += [_bold(a.title), _bold(a.byline), *a.paragraphs]
        return raw_layout(blocks)
    if kind == "half-width punctuation":
        return _paragraph_damage(doc, rng, lambda p, r: _swap(p, r, HALF, 0.5))
    if kind == "full-width digits":
        return _paragraph_damage(doc, rng, lambda p, r: _swap(p, r, FULL_DIGITS, 1.0))
    if kind == "spaces inside words":
        return _paragraph_damage(doc, rng, _spaces)
    if kind == "stray English":
        return _paragraph_damage(doc, rng, _english)
    if kind == "doubled characters":
        return _paragraph_damage(doc, rng, _doubled)
    if kind == "traditional (OpenCC s2t)":
        return _S2T.convert(raw_layout([b for a in doc for b in a.blocks()]))
    if kind == "noise lines":
        return _noise(doc, rng)
    if kind == "furniture lines":
        return _furniture(doc, rng, names)
    if kind in QUOTE_KINDS:  # ``doc`` is quote_doc's
        return strip_quotes(raw_layout([b for a in doc for b in a.blocks()]))
    raise ValueError(kind)


# Stripped quotation marks around terms (a class of its own: the damage needs quoted terms in
# the original). Sentences of the corpus that quote one short term inside a clause
# (…获“世界团体杯”冠军…) or at its edge (…面临“二次创业”，…) lend their slots: "recurring"
# puts one term in 3-4 of them, so that it is set off several times; "at commas" puts it in
# one inner slot and 2-3 edge slots (the one-space forms ，赣工贷 进一步 and 的 十件实事。);
# "page without quotation marks" quotes 4-6 different terms once each and nothing else.
_TERM = "[\u4e00-\u9fff]{2,8}"
_INNER_SLOT = re.compile(f"(?<=[\u4e00-\u9fff])“({_TERM})”(?=[\u4e00-\u9fff])")
_EDGE_SLOT = re.compile(f"(?<=[，、：])“({_TERM})”(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])“({_TERM})”(?=[，。、；])")
_STRIP = re.compile("[“”]")
QUOTE_KINDS = ("stripped quotes: recurring term", "stripped quotes: recurring term at commas",
               "stripped quotes: page without quotation marks")


@dataclass(frozen=True)
class QuoteSlots:
    plain: tuple[str, ...]  # sentences without any quotation mark
    inner: tuple[str, ...]  # one quoted term inside a clause
    edge: tuple[str, ...]  # one quoted term beside a clause mark

    @classmethod
    def of(cls, sentences: list[str]) -> "QuoteSlots":
        one = [s for s in sentences if s.count("“") == 1 and s.count("”") == 1 and '"' not in s]
        return cls(tuple(s for s in sentences if not re.search("[“”‘’\"]", s)),
                   tuple(s for s in one if _INNER_SLOT.search(s)),
                   tuple(s for s in one if _EDGE_SLOT.search(s) and not _INNER_SLOT.search(s)))

    def terms(self) -> list[str]:
        return sorted({m.group(1) for s in self.inner for m in [_INNER_SLOT.search(s)]})


def _fill(sentence: str, slot: re.Pattern, term: str) -> str:
    m = slot.search(sentence)
    return sentence[:m.start()] + f"“{term}”" + sentence[m.end():]


def quote_doc(kind: str, doc: list[ArticleText], rng: random.Random, slots: QuoteSlots) -> list[ArticleText]:
    """``doc`` rebuilt from plain sentences with quoted terms placed as ``kind`` says."""
    term = rng.choice(slots.terms())
    if kind == QUOTE_KINDS[0]:
        quoted = [_fill(s, _INNER_SLOT, term) for s in rng.sample(slots.inner, rng.randint(3, 4))]
    elif kind == QUOTE_KINDS[1]:
        quoted = [_fill(rng.choice(slots.inner), _INNER_SLOT, term)] + [
            _fill(s, _EDGE_SLOT, term) for s in rng.sample(slots.edge, rng.randint(2, 3))]
    else:
        quoted = rng.sample(slots.inner, rng.randint(4, 6))
    out = []
    for a in doc:
        paragraphs = []
        for _ in a.paragraphs:
            paragraphs.append(list(rng.sample(slots.plain, rng.randint(4, 8))))
        out.append(ArticleText(a.title, a.byline, paragraphs))
    for q in quoted:  # spread over the document's paragraphs
        article = rng.choice(out)
        paragraph = rng.choice(article.paragraphs)
        paragraph.insert(rng.randint(0, len(paragraph)), q)
    return [ArticleText(a.title, a.byline, tuple("".join(p) for p in a.paragraphs)) for a in out]


def strip_quotes(text: str) -> str:
    """Quotation marks as extraction loses them: a space where one stood between two
    characters of text, nothing next to punctuation or a line end."""
    def space(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        return " " if before.isalnum() and after.isalnum() else ""
    return _STRIP.sub(space, text)


KINDS = ("layout only", "page/column breaks", "hard wrapping", "noise lines", "furniture lines", "doubled glyphs",
         "half-width punctuation", "full-width digits", "spaces inside words", "stray English",
         "doubled characters", "traditional (OpenCC s2t)")
LINE_KINDS = KINDS[:5]

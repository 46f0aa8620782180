"""IssueViews built from real data for the export tests (test data only, never shipped).

- ``gold_issue("004")``: a gold correction (../shared/gold) laid out as the corrected text has
  it, one block per line and a blank line between articles, with the gold "entities" lists
  located in each article (longest match first, as an annotator would mark them).
- ``photo_issue()``: the photo feature of seed 002 (title, caption, credit) with a real PNG.
- ``ner_issue()``: People's Daily NER sentences (../shared/data/ner/dev.jsonl), one document
  each, read through core.jsonl.
- ``with_astral(doc)``: the same document with 𠀀 (U+20000) in front, spans shifted.
"""
from __future__ import annotations

import io
import json
import struct
import zlib
from dataclasses import replace

from editor.core.decoding.jsonl import read_annotated_jsonl
from editor.export import BY_NAME, ExportOptions
from editor.core.model import Article, Block, DocumentView, Figure, IssueMeta, IssueView, Span, Structure
from tests.paths import GOLD, NER_DEV, SEEDS

ASTRAL = "\U00020000"


class _Lines:
    """Text built line by line, handing out the block of each piece."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0

    def add(self, text: str, kind: str) -> Block:
        block = Block(kind, self.pos, self.pos + len(text))
        self.parts.append(text)
        self.pos += len(text)
        return block

    def end_line(self) -> None:
        self.parts.append("\n")
        self.pos += 1

    def line(self, text: str, kind: str) -> Block:
        block = self.add(text, kind)
        self.end_line()
        return block

    @property
    def text(self) -> str:
        return "".join(self.parts)


def gold_path(prefix: str, suffix: str):
    (path,) = GOLD.glob(f"{prefix}_*{suffix}")
    return path


def gold_issue(prefix: str = "004", issue_id: int = 1) -> IssueView:
    gold = json.loads(gold_path(prefix, ".json").read_text(encoding="utf-8"))
    lines, articles, ranges = _Lines(), [], []
    for i, a in enumerate(gold["articles"]):
        if i:
            lines.end_line()
        start = lines.pos
        head = {k: lines.line(a[k], k) if a.get(k) else None
                for k in ("kicker", "title", "subtitle", "byline")}
        before = {s["before_paragraph"]: s["heading"] for s in a.get("sections", [])}
        body = []
        for n, paragraph in enumerate(a["paragraphs"]):
            if n in before:
                body.append(lines.line(before[n], "heading"))
            body.append(lines.line(paragraph, "paragraph"))
        figures = []
        for f in a.get("figures", []):
            caption = lines.add(f["caption"], "caption")
            credit = None
            if f.get("credit"):
                lines.add(" ", "caption")
                credit = lines.add(f["credit"], "credit")
            lines.end_line()
            figures.append(Figure(caption, credit))
        articles.append(Article(**head, body=tuple(body), figures=tuple(figures)))
        ranges.append((start, lines.pos, a.get("entities", {})))
    text = lines.text
    spans = [s for start, end, ents in ranges for s in locate(text, start, end, ents)]
    meta = IssueMeta(gold["publication"], gold["issue_label"], gold["date"],
                     furniture=tuple(gold["page_furniture"]))
    doc = DocumentView(int(prefix) + 100, gold["source"], text, Structure(tuple(articles)), tuple(spans))
    return IssueView(issue_id, meta, (doc,))


def locate(text: str, start: int, end: int, entities: dict[str, list[str]]) -> list[Span]:
    """Every occurrence of the entity strings in text[start:end], longest first, none overlapping."""
    found = []
    for label, names in entities.items():
        for name in names:
            pos = text.find(name, start, end)
            while pos != -1:
                found.append((pos, pos + len(name), label))
                pos = text.find(name, pos + 1, end)
    taken: list[tuple[int, int, str]] = []
    for s, e, label in sorted(found, key=lambda t: (t[0] - t[1], t[0])):
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, label))
    return [Span(s, e, label, text[s:e]) for s, e, label in sorted(taken)]


def tiny_png(width: int = 2, height: int = 1) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def photo_issue(image: bytes | None = None) -> IssueView:
    """Seed 002's photo feature: its heading, the caption paragraph and the credit line."""
    (seed,) = SEEDS.glob("002_*.txt")
    raw = seed.read_text(encoding="utf-8").splitlines()
    title = next(l for l in raw if "特色产业助脱贫" in l).lstrip("# ").strip()
    caption = next(l for l in raw if l.startswith("3月21日,在位于石泉县")).strip()
    credit = next(l for l in raw if l.strip().endswith("摄")).strip()
    lines = _Lines()
    title_block = lines.line(title, "title")
    caption_block = lines.add(caption, "caption")
    lines.add(" ", "caption")
    credit_block = lines.add(credit, "credit")
    lines.end_line()
    text = lines.text
    figure = Figure(caption_block, credit_block, image, "image/png" if image else None)
    article = Article(title=title_block, figures=(figure,))
    spans = locate(text, 0, len(text), {"LOC": ["石泉县", "秦巴山区"], "ORG": ["陕西天成丝业有限公司"],
                                       "PER": ["张博文"], "DATE": ["3月21日"]})
    doc = DocumentView(202, seed.name, text, Structure((article,)), tuple(spans))
    return IssueView(2, IssueMeta(date="2020-03-23"), (doc,))


def ner_documents(count: int = 40, with_entities: bool = True) -> list[DocumentView]:
    texts = read_annotated_jsonl(NER_DEV.read_bytes(), NER_DEV)
    chosen = [t for t in texts if bool(t.spans) == with_entities][:count]
    docs = []
    for i, t in enumerate(chosen):
        article = Article(body=(Block("paragraph", 0, len(t.text)),))
        docs.append(DocumentView(1000 + i, str(t.meta["id"]), t.text, Structure((article,)), t.spans))
    return docs


def ner_issue(count: int = 40) -> IssueView:
    return IssueView(3, IssueMeta(publication="人民日报", date="1998-01-01"), tuple(ner_documents(count)))


def with_astral(doc: DocumentView, doc_id: int | None = None) -> DocumentView:
    """``doc`` with 𠀀 prepended (inside the block that starts the text): every offset after it
    differs between code points and UTF-16."""
    def shift(block):
        if block is None:
            return None
        return replace(block, start=block.start + 1 if block.start else 0, end=block.end + 1)

    articles = tuple(
        Article(*(shift(getattr(a, k)) for k in ("kicker", "title", "subtitle", "byline")),
                body=tuple(shift(b) for b in a.body),
                figures=tuple(replace(f, caption=shift(f.caption), credit=shift(f.credit)) for f in a.figures))
        for a in doc.structure.articles)
    spans = tuple(replace(s, start=s.start + 1, end=s.end + 1) for s in doc.spans)
    return replace(doc, id=doc.id if doc_id is None else doc_id, text=ASTRAL + doc.text,
                   structure=Structure(articles), spans=spans)


def with_status(doc: DocumentView, status: str, every: int = 2) -> DocumentView:
    """``doc`` with every ``every``-th span set to ``status``."""
    spans = tuple(replace(s, status=status) if i % every == 0 else s for i, s in enumerate(doc.spans))
    return replace(doc, spans=spans)



def render(name: str, issue: IssueView, options: ExportOptions = ExportOptions()) -> bytes:
    """What the registered format ``name`` writes for ``issue``."""
    out = io.BytesIO()
    BY_NAME[name].write(issue, out, options)
    return out.getvalue()

"""10,000 documents of about 5 KB: import, search, index size, backup (issue 12).

    python benchmarks/search_store.py [documents] [--no-jieba]

Builds the documents from the sentences of the sample issues, shuffled (seeded), each with a
numbered line; imports them through ops.importing.import_bytes without cleanup (the cleanup's
own speed is measured by clean_quality.py) into a fresh store; then
- search latency (median of 15 queries each, index already current) of two-character and
  four-character words through ops.search.search, and the trigram index's recall against a
  plain str.find over every text;
- the same words through a jieba-segmented shadow index (FTS5 unicode61 over jieba's
  search-mode tokens, what DESIGN.md weighed against trigram): build time, latency, recall;
- index size on disk (dbstat) and the store file size;
- the cost the index adds to appending edits: 300 appends of 20 edits with the stale-marking
  and immutability triggers, and on a copy of the store without them;
- time of a full backup (SQLite's backup API) of the store.
"""
from __future__ import annotations

import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from editor.core.text.edits import Edit  # noqa: E402
from editor.ops import texts  # noqa: E402
from editor.ops.backups import backup  # noqa: E402
from editor.ops.importing import import_bytes  # noqa: E402
from editor.ops.search import refresh_index, search  # noqa: E402
from editor.store import Store  # noqa: E402

TWO = ["工会", "职工", "企业", "疫情", "防控", "复工", "服务", "慰问", "劳模", "会员", "活动", "工作", "组织", "开展", "发展"]
FOUR = ["疫情防控", "复工复产", "职工群众", "工会组织", "劳动模范", "困难职工", "企业复工", "总工会", "产业工人",
        "一线职工", "防控工作", "服务职工", "帮扶资金", "劳动竞赛", "工匠精神"]


def documents(n: int, size: int = 5000) -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "samples").glob("*.txt")))
    sentences = [s for s in re.split(r"(?<=[。！？\n])", text) if s.strip()]
    rng = random.Random(12)
    out = []
    for i in range(n):
        parts, length = [f"第{i}号文档\n"], 0
        while length < size:
            s = rng.choice(sentences)
            parts.append(s)
            length += len(s.encode())
        out.append("".join(parts))
    return out


def median_ms(fn, queries) -> float:
    times = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def recall(found: dict[str, set[int]], docs: list[str], ids: list[int], queries) -> float:
    hits = want = 0
    for q in queries:
        truth = {i for i, d in zip(ids, docs) if q in d}
        want += len(truth)
        hits += len(truth & found[q])
    return hits / want if want else 1.0


def jieba_shadow(store: Store, docs: list[str], ids: list[int]):
    import jieba

    jieba.initialize()
    c = store.db.conn
    c.execute("CREATE VIRTUAL TABLE bench_jieba USING fts5(words, tokenize = 'unicode61')")
    t = time.perf_counter()
    c.execute("BEGIN")
    c.executemany("INSERT INTO bench_jieba (rowid, words) VALUES (?, ?)",
                  ((i, " ".join(jieba.cut_for_search(d))) for i, d in zip(ids, docs)))
    c.execute("COMMIT")
    build = time.perf_counter() - t

    def query(q: str) -> set[int]:
        phrase = '"' + " ".join(w for w in jieba.cut(q) if w.strip()) + '"'
        return {r[0] for r in c.execute("SELECT rowid FROM bench_jieba WHERE bench_jieba MATCH ?", [phrase])}

    size = c.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'bench_jieba%'").fetchone()[0]
    return build, query, size


def append_cost(path: Path, ids: list[int], with_triggers: bool) -> float:
    store = Store.open(path)
    if not with_triggers:
        for (name,) in store.db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'edit'").fetchall():
            store.db.conn.execute(f"DROP TRIGGER {name}")
    t = time.perf_counter()
    for k in range(300):
        doc = ids[k % len(ids)]
        texts.append(store, doc, [Edit(0, 0, "校") for _ in range(20)], "user")
    took = time.perf_counter() - t
    store.close()
    return took


def main(argv: list[str]) -> None:
    n = int(next((a for a in argv if a.isdigit()), 10_000))
    docs = documents(n)
    mb = sum(len(d.encode()) for d in docs) / 1024 / 1024
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.db"
        store = Store.open(path)
        t = time.perf_counter()
        ids = [import_bytes(store, d.encode(), f"doc{i}.txt", None, None).document_ids[0] for i, d in enumerate(docs)]
        imported = time.perf_counter() - t
        t = time.perf_counter()
        refresh_index(store)
        indexed = time.perf_counter() - t
        rows = [("documents", f"{n:,} ({mb:.1f} MB of UTF-8)"),
                ("import into the store (no cleanup)", f"{imported:.1f} s ({n / imported:.0f} docs/s)"),
                ("first indexing (trigram, all documents)", f"{indexed:.1f} s")]
        for label, words in (("2-character", TWO), ("4-character", FOUR)):
            found = {q: {h.document_id for h in search(store, q, limit=n)} for q in words}
            rows.append((f"trigram: {label} word, median of {len(words)}, limit 100 documents",
                         f"{median_ms(lambda q: search(store, q), words):.1f} ms"))
            rows.append((f"trigram: {label} word, all matching documents",
                         f"{median_ms(lambda q: search(store, q, limit=n), words):.1f} ms, "
                         f"recall {recall(found, docs, ids, words):.1%}"))
        index = store.search.size_bytes()
        rows.append(("trigram index on disk", f"{index / 1024 / 1024:.1f} MB ({index / 1024 / 1024 / mb:.1f}x the text)"))
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows.append(("store file", f"{path.stat().st_size / 1024 / 1024:.1f} MB"))
        t = time.perf_counter()
        backup(store, Path(tmp) / "backup.db")
        rows.append(("backup (SQLite backup API)", f"{time.perf_counter() - t:.2f} s"))
        t = time.perf_counter()
        store.close()
        Store.open(path).close()
        rows.append(("open (with quick_check)", f"{(time.perf_counter() - t) * 1000:.0f} ms"))
        bare = Path(tmp) / "bare.db"
        shutil.copy(path, bare)
        with_t, without_t = append_cost(path, ids, True), append_cost(bare, ids, False)
        rows.append(("300 appends of 20 edits, with / without the triggers",
                     f"{with_t:.2f} s / {without_t:.2f} s ({(with_t / without_t - 1):+.0%})"))
        if "--no-jieba" not in argv:
            store = Store.open(bare)
            build, query, size = jieba_shadow(store, docs, ids)
            rows.append(("jieba shadow index: build (cut_for_search)", f"{build:.1f} s"))
            for label, words in (("2-character", TWO), ("4-character", FOUR)):
                found = {q: query(q) for q in words}
                rows.append((f"jieba shadow: {label} word, all matching documents (ids only)",
                             f"{median_ms(query, words):.1f} ms, recall {recall(found, docs, ids, words):.1%}"))
            rows.append(("jieba shadow index on disk", f"{size / 1024 / 1024:.1f} MB"))
            store.close()
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main(sys.argv[1:])

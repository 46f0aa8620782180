"""The article structure of a revision, as JSON block lists."""
from __future__ import annotations

import json

from editor.core.model import Article, Block, Figure, Structure


def _block(b: Block | None):
    return None if b is None else [b.kind, b.start, b.end]


def _unblock(v) -> Block | None:
    return None if v is None else Block(*v)


def encode(article: Article) -> str:
    return json.dumps({
        "kicker": _block(article.kicker), "title": _block(article.title),
        "subtitle": _block(article.subtitle), "byline": _block(article.byline),
        "body": [_block(b) for b in article.body],
        "figures": [[_block(f.caption), _block(f.credit)] for f in article.figures],
    })


def decode(body: str) -> Article:
    d = json.loads(body)
    return Article(
        kicker=_unblock(d["kicker"]), title=_unblock(d["title"]), subtitle=_unblock(d["subtitle"]),
        byline=_unblock(d["byline"]), body=tuple(_unblock(b) for b in d["body"]),
        figures=tuple(Figure(_unblock(c), _unblock(k)) for c, k in d["figures"]),
    )


class Articles:
    def __init__(self, db):
        self.db = db

    def replace(self, document_id: int, revision_id: int, text: str, structure: Structure) -> None:
        self.db.conn.execute("DELETE FROM article WHERE document_id = ?", [document_id])
        self.db["article"].insert_all([
            {"document_id": document_id, "revision_id": revision_id, "position": i,
             "title": a.title.text(text) if a.title else None, "blocks": encode(a)}
            for i, a in enumerate(structure.articles)
        ])

    def structure(self, document_id: int) -> tuple[int | None, Structure]:
        """(revision id the offsets refer to, structure)."""
        rows = self.db.conn.execute(
            "SELECT revision_id, blocks FROM article WHERE document_id = ? ORDER BY position", [document_id]).fetchall()
        if not rows:
            return None, Structure()
        return rows[0][0], Structure(tuple(decode(b) for _, b in rows))

    def titles(self, document_id: int) -> list[str]:
        return [r[0] or "" for r in self.db.conn.execute(
            "SELECT title FROM article WHERE document_id = ? ORDER BY position", [document_id])]

"""DELETE and INSERT OR REPLACE cannot get past the immutability of raw and the edit log."""
import sqlite3

import pytest

from editor.core.model import Decoded
from editor.core.text.edits import Edit


@pytest.fixture
def rows(store):
    sid = store.sources.add("原始字节".encode("gbk"), "a.txt", None, "text")
    did = store.sources.add_decoding(sid, Decoded("原始字节", "gbk", 0.9))
    doc = store.documents.add(sid, did, "a")
    store.log.append(doc, did, [Edit(0, 2, "新的", "原始")], ["user"], [None])
    return store, sid, did, doc


@pytest.mark.parametrize("sql", [
    "DELETE FROM source",
    "DELETE FROM decoding",
    "DELETE FROM edit",
    "INSERT OR REPLACE INTO source (id, sha256, bytes, size, name, kind) SELECT id, 'x', x'00', 1, 'n', 'text' FROM source",
    "REPLACE INTO source (sha256, bytes, size, name, kind) SELECT sha256, x'00', 1, 'n', 'text' FROM source",
    "INSERT OR REPLACE INTO decoding (id, source_id, encoding, confidence, text) SELECT id, source_id, 'x', 1, 'x' FROM decoding",
    "INSERT OR REPLACE INTO edit (id, document_id, decoding_id, seq, start, end, inserted, removed, author) "
    "SELECT id, document_id, decoding_id, seq, 0, 0, 'x', '', 'user' FROM edit",
    "INSERT OR REPLACE INTO edit (document_id, decoding_id, seq, start, end, inserted, removed, author) "
    "SELECT document_id, decoding_id, seq, 0, 0, 'x', '', 'user' FROM edit",
])
def test_refused(rows, sql):
    store, sid, did, doc = rows
    before = store.integrity.db.conn.execute(
        "SELECT (SELECT group_concat(sha256) FROM source), (SELECT group_concat(text) FROM decoding), "
        "(SELECT group_concat(inserted) FROM edit)").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="immutable|append-only"):
        store.db.conn.execute(sql)
    after = store.db.conn.execute(
        "SELECT (SELECT group_concat(sha256) FROM source), (SELECT group_concat(text) FROM decoding), "
        "(SELECT group_concat(inserted) FROM edit)").fetchone()
    assert after == before


def test_appending_still_works(rows):
    store, sid, did, doc = rows
    assert store.log.append(doc, did, [Edit(0, 1, "旧", "新")], ["user"], [None]) == 2

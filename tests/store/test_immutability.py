import sqlite3

import pytest

from editor.core.model import Decoded


def _source(store):
    sid = store.sources.add("原始字节".encode("gbk"), "a.txt", "/in/a.txt", "text")
    did = store.sources.add_decoding(sid, Decoded("原始字节", "gbk", 0.9))
    return sid, did


def test_original_bytes_cannot_change(store):
    sid, _ = _source(store)
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.conn.execute("UPDATE source SET bytes = x'00' WHERE id = ?", [sid])
    assert store.sources.data(sid) == "原始字节".encode("gbk")


def test_decoded_raw_text_cannot_change(store):
    _, did = _source(store)
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.conn.execute("UPDATE decoding SET text = 'x' WHERE id = ?", [did])


def test_edit_log_is_append_only(store):
    from editor.core.text.edits import Edit
    sid, did = _source(store)
    doc = store.documents.add(sid, did, "a")
    store.log.append(doc, did, [Edit(0, 2, "新的", "原始")], ["user"], [None])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.conn.execute("UPDATE edit SET inserted = 'x'")


def test_a_batch_of_edits_goes_in_whole_or_not_at_all(store):
    from editor.core.text.edits import Edit
    sid, did = _source(store)
    doc = store.documents.add(sid, did, "a")
    edits = [Edit(0, 0, "新", "")] * 500  # more than one statement's worth of rows
    with pytest.raises(sqlite3.IntegrityError):
        store.log.append(doc, did, edits, ["user"] * 500, [None] * 499 + [987654])  # no such change
    assert store.log.length(doc, did) == 0
    assert store.log.append(doc, did, edits[:2], ["user", "user"], [None, None]) == 2


def test_sha256_is_recorded_and_unique(store):
    sid, _ = _source(store)
    import hashlib
    assert store.sources.get(sid).sha256 == hashlib.sha256("原始字节".encode("gbk")).hexdigest()
    with pytest.raises(sqlite3.IntegrityError):
        store.sources.add("原始字节".encode("gbk"), "b.txt", None, "text")

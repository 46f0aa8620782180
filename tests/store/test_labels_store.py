import sqlite3

from sqlite_utils import Database, Migrations

from editor.core.model import DEFAULT_LABELS
from editor.paths import MIGRATIONS
from editor.store import Store
from editor.store.migrations import APPLICATION_ID, statements


def test_a_new_store_has_the_default_labels_in_order(store):
    assert store.labels.all() == list(DEFAULT_LABELS)


def _first_release_store(path):
    """A store as the first release left it: migration 0001 only, its seven labels, a TITLE span."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    m = Migrations("jiaokan")

    @m(name="0001_initial")
    def apply(db):
        for stmt in statements((MIGRATIONS / "0001_initial.sql").read_text(encoding="utf-8")):
            db.conn.execute(stmt)
        db.conn.execute("PRAGMA user_version = 1")

    m.apply(db)
    old = [("PER", "Ctrl+1"), ("ORG", "Ctrl+2"), ("LOC", "Ctrl+3"), ("DATE", "Ctrl+4"), ("MONEY", "Ctrl+5"),
           ("QUANTITY", "Ctrl+6"), ("TITLE", "Ctrl+7")]
    for i, (name, key) in enumerate(old):
        conn.execute("INSERT INTO label VALUES (?, '#111111', ?, 'date or time', ?)", [name, key, i])
    conn.execute("INSERT INTO source (id, sha256, bytes, size, name, kind) VALUES (1, 'x', x'00', 1, 'a', 'paste')")
    conn.execute("INSERT INTO decoding (id, source_id, encoding, confidence, text) VALUES (1, 1, 'utf-8', 1, ?)",
                 ["《赣鄱工人》第11期"])
    conn.execute("INSERT INTO document (id, source_id, decoding_id, name) VALUES (1, 1, 1, 'a')")
    conn.execute("INSERT INTO span (document_id, decoding_id, seq, label, start, end, quote, origin, status) "
                 "VALUES (1, 1, 0, 'TITLE', 1, 5, '赣鄱工人', 'user', 'accepted')")
    conn.close()


def test_an_older_store_keeps_its_labels_and_takes_the_new_keys(tmp_path):
    path = tmp_path / "old.db"
    _first_release_store(path)
    store = Store.open(path)
    try:
        labels = {l.name: l for l in store.labels.all()}
        assert labels["TITLE"].shortcut is None and labels["TITLE"].color == "#111111"
        assert labels["MONEY"].shortcut == "Ctrl+6" and labels["EVENT"].shortcut == "Ctrl+0"
        assert labels["DATE"].description == "date"
        assert [l.name for l in store.labels.all()][:10] == [l.name for l in DEFAULT_LABELS]
        [(_, span)] = store.spans.for_document(1)
        assert (span.label, span.quote) == ("TITLE", "赣鄱工人")
    finally:
        store.close()

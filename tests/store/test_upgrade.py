"""A store written by schema 1 (committed file) opens, migrates and keeps its content."""
import shutil
from pathlib import Path

from editor.ops.texts import current
from editor.store import Store
from editor.store.migrations import latest_version

SCHEMA1 = Path(__file__).parent / "data" / "schema1.db"


def test_schema1_store_migrates_to_current(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA1, path)
    store = Store.open(path)
    try:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() > 1
        assert store.counts()["documents"] == 5
        texts = [current(store, d.id).text for d in store.documents.all()]
        assert all(texts) and store.search.stale_count() == 5  # indexed at the first search
        assert store.integrity.integrity_check() == [] and store.integrity.foreign_key_check() == []
    finally:
        store.close()
    assert SCHEMA1.read_bytes()[:16] == b"SQLite format 3\x00"

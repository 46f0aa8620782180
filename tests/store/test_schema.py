from editor.paths import MIGRATIONS
from editor.store import schema
from editor.store.db import open_database


def test_fresh_migration_matches_committed_schema():
    committed = (MIGRATIONS / "schema.sql").read_text(encoding="utf-8")
    assert schema.fresh() == committed, "db/schema.sql is stale: run python -m editor.store.schema > db/schema.sql"


def test_store_uses_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "s.db")
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_applies_nothing_twice(tmp_path):
    open_database(tmp_path / "s.db").close()
    db = open_database(tmp_path / "s.db")
    names = [r[0] for r in db.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == sorted(set(names)) and len(names) == db.conn.execute("PRAGMA user_version").fetchone()[0]

import os
import sqlite3

import pytest

from editor.core.errors import StoreError
from editor.store import Store


def _fails(path, *words):
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message
    for w in words:
        assert w in message
    return message


def test_missing_parent_folder_is_named(tmp_path):
    _fails(tmp_path / "nowhere" / "store.db", "does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_text_file_is_not_touched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes("这不是数据库\n".encode())
    _fails(path, "not an SQLite database")
    assert path.read_bytes() == "这不是数据库\n".encode()


def test_other_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    _fails(path, "another program")
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    _fails(path, "newer Jiaokan", "999")
    assert path.read_bytes() == before


def test_folder_instead_of_file(tmp_path):
    assert "folder" in _fails(tmp_path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.db"
    Store.open(path).close()
    path.chmod(0)
    try:
        assert "cannot be read" in _fails(path)
    finally:
        path.chmod(0o600)


def test_empty_file_is_refused_and_left_empty(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    _fails(path, "empty file", "does not exist yet")
    assert path.read_bytes() == b""


def test_new_path_becomes_a_store(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    assert path.read_bytes().startswith(b"SQLite format 3")

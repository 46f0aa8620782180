"""Store paths that are no store file: refused at once with one line, never written to."""
import os
import socket
import sqlite3
import threading

import pytest

from editor.core.errors import StoreDamaged, StoreError
from editor.store import Store


def _refused(path, *words):
    with pytest.raises(StoreError) as info:
        Store.open(path)
    for w in (str(path), *words):
        assert w in str(info.value)
    return str(info.value)


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    path = tmp_path / "pipe.db"
    os.mkfifo(path)
    done = threading.Event()

    def attempt():
        try:
            _refused(path, "named pipe")
        finally:
            done.set()

    threading.Thread(target=attempt, daemon=True).start()
    assert done.wait(5), "opening a FIFO as the store hangs"


def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.db"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    try:
        assert "socket" in _refused(path)
    finally:
        sock.close()


def test_device_is_refused():
    assert "character device" in _refused("/dev/null")


def test_foreign_store_with_pending_wal_is_not_called_untouched(tmp_path):
    path = tmp_path / "other.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE contacts (name TEXT)")
    writer.execute("INSERT INTO contacts VALUES ('x')")
    # Kept open, so the WAL is not checkpointed away.
    assert (tmp_path / "other.db-wal").stat().st_size > 0
    main_before = path.read_bytes()
    message = _refused(path, "another program")
    assert "untouched" not in message and "write-ahead log" in message
    assert path.read_bytes() == main_before  # opened read-only: no checkpoint into the file
    writer.close()


def test_damaged_store_is_reported_as_damaged(tmp_path):
    path = tmp_path / "store.db"
    s = Store.open(path)
    s.db.conn.execute("PRAGMA journal_mode = DELETE")
    s.db.conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                          [(f"k{i}", "v" * 200) for i in range(2000)])
    s.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 5, len(data) - page, page * 3):  # scribble over b-tree pages
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged) as info:
        Store.open(path)
    assert str(path) in str(info.value) and "damaged" in str(info.value)


def test_damaged_store_offers_its_latest_backup(tmp_path):
    from editor.ops import backups

    s = Store.open(tmp_path / "store.db")
    made = backups.auto_backup(s)
    s.close()
    assert backups.latest(s.path) == made

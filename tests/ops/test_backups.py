"""Backups through SQLite's backup API: whole copies, rotation, listing, restoring, and a kill
during a backup never leaves a half-written target."""
import os
import signal
import subprocess
import sys
import time

import pytest

from editor.cli import main
from editor.core.errors import StoreError
from editor.ops import backups
from editor.ops.importing import import_bytes
from editor.store import Store


def _doc(store, text="龚建华深入在昌产业开展慰问调研"):
    return import_bytes(store, text.encode(), f"{text[:3]}.txt", None, profile=None).document_ids[0]


def test_backup_is_a_whole_store(store, tmp_path):
    _doc(store)
    target = backups.backup(store, tmp_path / "copy.db")
    copy = Store.open(target)
    try:
        assert copy.counts()["documents"] == 1
    finally:
        copy.close()
    assert not list(tmp_path.glob(".*.tmp"))


def test_rotation_keeps_the_newest_five_and_lists_counts(store):
    _doc(store)
    made = [backups.auto_backup(store) for _ in range(7)]
    kept = backups.backups(store.path)
    assert kept == made[:-6:-1] and len(kept) == 5
    (info, *_) = backups.list_backups(store.path)
    assert (info.documents, info.issues) == (1, 1) and info.created_at.startswith("20")


def test_restore_puts_the_backup_back_and_keeps_the_store_aside(store):
    _doc(store)
    saved = backups.auto_backup(store)
    _doc(store, "第二篇文章的文字内容")
    path = store.path
    store.close()
    done = backups.restore(path, saved)
    again = Store.open(path)
    try:
        assert again.counts()["documents"] == 1
    finally:
        again.close()
    aside = Store.open(done.kept_aside)
    try:
        assert aside.counts()["documents"] == 2
    finally:
        aside.close()


def test_restore_over_a_damaged_store(store):
    _doc(store)
    saved = backups.auto_backup(store)
    path = store.path
    store.close()
    for extra in ("-wal", "-shm"):
        if os.path.exists(f"{path}{extra}"):
            os.unlink(f"{path}{extra}")
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(StoreError):
        Store.open(path)
    done = backups.restore(path, saved)
    assert done.kept_aside.read_bytes().startswith(b"SQLite format 3\x00\xff")
    Store.open(path).close()


def test_a_foreign_file_is_not_restored(store, tmp_path):
    import sqlite3
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="Jiaokan"):
        store.restore_from(other)


def test_cli_backup_and_list(store, tmp_path, capsys):
    _doc(store)
    store.close()
    assert main(["backup", "--db", str(store.path), "-o", str(tmp_path / "b.db")]) == 0
    assert main(["backup", "--db", str(store.path), "--auto"]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(store.path), "--list"]) == 0
    assert "1 documents, 1 issues" in capsys.readouterr().out


KILLED_BACKUP = """
import sys
import editor.store.backup as b
from editor.store import Store
b.PAGES_PER_STEP = 8  # many small steps, so the kill lands inside the copy
s = Store.open(sys.argv[1])
print("start", flush=True)
s.backup_to(sys.argv[2])
print("done", flush=True)
"""


def test_sigkill_during_a_backup_leaves_the_old_target_whole(tmp_path):
    path = tmp_path / "big.db"
    store = Store.open(path)
    with store.atomic():
        store.db.conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                                  [(f"k{i}", os.urandom(2000).hex()) for i in range(8000)])
    store.close()
    target = tmp_path / "backup.db"
    target.write_bytes(b"previous backup")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(path), str(target)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".backup.db.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"previous backup"  # never half a file
    leftovers = list(tmp_path.glob(".backup.db.*.tmp"))
    assert leftovers, "killed before the copy began: the test proves nothing"
    store = Store.open(path)
    try:
        backups.backup(store, target)
    finally:
        store.close()
    assert not list(tmp_path.glob(".backup.db.*.tmp"))  # the next backup there cleans up
    Store.open(target).close()

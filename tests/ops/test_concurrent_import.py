"""Two processes importing into one store at once: every file stored exactly once, a file
both saw reported as a duplicate by one of them, nothing failed."""
import json
import subprocess
import sys

from editor.store import Store
from tests.paths import SAMPLES


def _folder(tmp_path, count):
    folder = tmp_path / "in"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(count):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        (folder / f"{i:03d}.txt").write_text(f"{text}\n第{i}号\n", encoding="utf-8")
    return folder


def test_two_import_processes_store_every_file_once(tmp_path):
    db = tmp_path / "store.db"
    Store.open(db).close()
    folder = _folder(tmp_path, 16)
    cmd = [sys.executable, "-m", "editor", "import", str(folder), "--db", str(db), "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    statuses = {}
    for out, _ in outs:
        for r in json.loads(out)["results"]:
            statuses.setdefault(r["path"], []).append(r["status"])
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len(statuses) == 16
    assert all(sorted(s) == ["duplicate", "imported"] for s in statuses.values()), statuses
    store = Store.open(db)
    try:
        assert store.counts()["documents"] == 16
    finally:
        store.close()

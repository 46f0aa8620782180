"""The review window on a long document: open with all marks, a keystroke, reverting one
change, and accepting thousands of proposals at once. Medians; a seed-sized document beside
the 1 MB one for the keystroke ratio.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/review_speed.py
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.core.cleanup.profiles import DEFAULT  # noqa: E402
from editor.ops import changes as change_ops  # noqa: E402
from editor.ops.importing import import_bytes  # noqa: E402
from editor.paths import SAMPLES  # noqa: E402
from editor.store import Store  # noqa: E402
from editor.ui.main_window import MainWindow  # noqa: E402


def _text(times: int) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))) * times


def _keystrokes(app, window, count=30):
    edit = window.panes.corrected.edit
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().characterCount() // 2)
    edit.setTextCursor(cursor)
    out = []
    for _ in range(count):
        t0 = time.perf_counter()
        edit.insertPlainText("字")
        app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
    window.session.save()
    return statistics.median(out)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        small = import_bytes(store, _text(1).encode(), "seeds.txt", None, DEFAULT).document_ids[0]
        big_text = _text(20)
        big = import_bytes(store, big_text.encode(), "long.txt", None, DEFAULT).document_ids[0]
        window = MainWindow(store)
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        for label, doc in (("seed-sized (50 KB)", small), (f"1 MB ({len(big_text) / 1e6:.1f} M chars)", big)):
            window.open_document(small if doc == big else big)
            t0 = time.perf_counter()
            window.open_document(doc)
            app.processEvents()
            opened = (time.perf_counter() - t0) * 1000
            marks = len(window.session.marks) + len(window.session.raw_marks)
            rows.append((label, "open with all marks", opened, f"{marks:,} marks"))
            rows.append((label, "keystroke (median of 30)", _keystrokes(app, window), ""))
        applied = next(r for r in window.changes.model.rows if r.status == "accepted" and r.change.rule == "spaces.cjk")
        t0 = time.perf_counter()
        window.decide_many("revert", [applied.id])
        app.processEvents()
        rows.append(("1 MB", "revert one change", (time.perf_counter() - t0) * 1000, ""))
        proposing = replace(DEFAULT, name="propose-only", threshold=1.01, settings={})
        many = import_bytes(store, (big_text + "\n新").encode(), "proposals.txt", None, proposing).document_ids[0]
        ids = [r.id for r in store.changes.for_document(many, store.documents.get(many).decoding_id)
               if r.status == "proposed"][:5000]
        t0 = time.perf_counter()
        change_ops.accept_many(store, ids)
        rows.append(("1 MB", f"accept {len(ids):,} proposals at once (ops)", (time.perf_counter() - t0) * 1000, ""))
        window.close()
        store.close()
    print(f"{'document':<24}{'measure':<40}{'ms':>10}  note")
    for doc, what, ms, note in rows:
        print(f"{doc:<24}{what:<40}{ms:>10.1f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

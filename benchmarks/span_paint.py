"""Cost of showing spans in the corrected pane (issue 11, window half): reloading a
document's spans, laying out their underlines (``Annotator.draw``, what a keystroke costs), and one full repaint of
the pane with them, for 0, 100, 1,000 and 3,000 spans on a 50 KB document (the five sample
issues repeated), nested in pairs. Goal: a keystroke's redraw well under a frame (16 ms) at
1,000 spans. Prints medians of 15 runs.

    QT_QPA_PLATFORM=offscreen python benchmarks/span_paint.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(fn, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from editor.core.model import Span
    from editor.ops import texts
    from editor.ops.importing import import_bytes
    from editor.store import Store
    from editor.ui.main_window import MainWindow

    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    base = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in samples)
    text = (base * (50_000 // max(1, len(base)) + 1))[:50_000]
    print("| spans | reload from the store + layout (ms) | layout only, as after a keystroke (ms) | repaint (ms) |")
    print("| --- | --- | --- | --- |")
    for n in (0, 100, 1000, 3000):
        store = Store.open(Path(tempfile.mkdtemp()) / "s.db")
        doc = import_bytes(store, text.encode(), "big.txt", None, profile=None).document_ids[0]
        cur = texts.current(store, doc)
        step = max(4, len(text) // max(1, n // 2))
        spans = []
        for i in range(n // 2):
            at = i * step
            spans += [Span(at, at + 4, "ORG", text[at:at + 4]), Span(at, at + 2, "LOC", text[at:at + 2])]
        store.spans.add(doc, cur.decoding_id, cur.seq, spans)
        w = MainWindow(store)
        w.resize(1500, 900)
        w.show()
        w.open_document(doc)
        app.processEvents()
        edit = w.panes.corrected.edit
        reload = median_ms(w.annotator.reload)
        draw = median_ms(w.annotator.draw)
        paint = median_ms(edit.viewport().repaint)
        print(f"| {n} | {reload:.1f} | {draw:.1f} | {paint:.1f} |")
        w.close()
        store.close()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Time from launching Jiaokan to the first painted main window (target: under 0.5 s),
when the deferred features (import, export, cleanup menus) are installed, and when jieba,
loading in the background, is ready. The child starts the window the way ``jiaokan gui`` does. Offscreen; prints a table of medians.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from editor.app import make_app, open_store, warm_up_nlp
from PySide6.QtCore import QEvent, QObject, QTimer
app = make_app("zh_CN")
from editor.ui.main_window import MainWindow
store = open_store(sys.argv[1], seed=False)
window = MainWindow(store, features_later=True)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = True
            print("painted", time.time(), flush=True)
            QTimer.singleShot(0, self.later)
        return False
    def later(self):
        window.install_features()
        print("features", time.time(), flush=True)
        t = warm_up_nlp(); t.join()
        print("jieba", time.time(), flush=True)
        app.quit()

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
window.first_document()
app.exec()
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        subprocess.run([sys.executable, "-m", "editor", "import", str(root / "resources" / "samples"),
                        "--db", str(db)], check=True, capture_output=True, env=env)
        paint, features, jieba = [], [], []
        for _ in range(args.runs + 1):
            t0 = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True,
                                 env=env, check=True).stdout
            stamps = dict(line.split() for line in out.splitlines() if line.split()[0] in ("painted", "features", "jieba"))
            paint.append(float(stamps["painted"]) - t0)
            features.append(float(stamps["features"]) - t0)
            jieba.append(float(stamps["jieba"]) - t0)
        paint, features, jieba = paint[1:], features[1:], jieba[1:]  # the first run warms the file cache
    print(f"{'measure':40} {'median':>8} {'min':>8} {'max':>8}")
    print(f"{'launch -> first painted window (s)':40} {statistics.median(paint):8.3f} {min(paint):8.3f} {max(paint):8.3f}")
    print(f"{'launch -> menus complete (s)':40} {statistics.median(features):8.3f} {min(features):8.3f} {max(features):8.3f}")
    print(f"{'launch -> jieba ready, background (s)':40} {statistics.median(jieba):8.3f} {min(jieba):8.3f} {max(jieba):8.3f}")
    print(f"target: first paint under 0.5 s -> {'met' if statistics.median(paint) < 0.5 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

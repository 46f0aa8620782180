"""The window paints before the heavy modules load: opening a store and building the main
window must not import the cleanup rules, jieba, python-docx or lxml (they come with the
features installed after the first paint). Checked in a fresh interpreter."""
import json
import os
import subprocess
import sys

HEAVY = ("editor.core.cleanup.rules", "editor.core.layout.lines", "jieba", "docx", "lxml", "opencc")

CHILD = """
import json, sys
from editor.app import make_app, open_store
app = make_app("en")
from editor.ui.main_window import MainWindow
store = open_store(sys.argv[1], seed=False)
window = MainWindow(store, features_later=True)
print(json.dumps(sorted(sys.modules)))
"""


def test_the_window_opens_without_the_heavy_modules(seeded):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(seeded.path)], capture_output=True, text=True,
                         env=env, check=True, timeout=120).stdout
    loaded = json.loads(out.strip().splitlines()[-1])
    assert loaded and "editor.ui.main_window" in loaded
    assert [m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY)] == []

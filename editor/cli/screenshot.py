"""jiaokan screenshot: render the main window to a PNG, offscreen when there is no display."""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from editor.core.errors import InputError


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="render the main window to a PNG",
                       description="Render the main window to a PNG file. Without --db it uses a temporary "
                                   "store seeded with the sample issues.")
    p.add_argument("-o", "--output", required=True, help="PNG file to write")
    p.add_argument("--db", help="store file to show")
    p.add_argument("--document", type=int, help="document id to open (default: the first)")
    p.add_argument("--size", default="1400x860", help="window size WxH (default 1400x860)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="UI language")
    p.set_defaults(func=run)


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{2,5})[x×](\d{2,5})", text.strip())
    if not m:
        raise InputError(text, "is not a size: write WIDTHxHEIGHT, e.g. 1400x860")
    return int(m.group(1)), int(m.group(2))


def run(args) -> int:
    width, height = parse_size(args.size)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from editor.app import make_app, open_store
    from editor.ui.screenshot import render, warn_without_cjk_font

    app = make_app(args.lang)
    warning = warn_without_cjk_font()
    if warning:
        print(f"jiaokan: warning: {warning}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="jiaokan-shot-") as tmp:
        db = args.db or str(Path(tmp) / "samples.db")
        store = open_store(db, seed=args.db is None)
        try:
            out = render(store, Path(args.output), QSize(width, height), args.document)
        finally:
            store.close()
    print(out)
    del app
    return 0

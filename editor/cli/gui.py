"""jiaokan gui: open the main window (the default command)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the main window (default)",
                       description="Open the Jiaokan main window on a store (default: the store in your "
                                   "user data folder, seeded with the sample issues on first start).")
    p.add_argument("--db", help="store file (SQLite); created if missing")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="UI language (default: from the system locale)")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.app import run_gui

    return run_gui(args.db, args.lang)

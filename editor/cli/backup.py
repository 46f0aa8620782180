"""``jiaokan backup``: copy a store through SQLite's online backup API; list and restore backups."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up a store, list its backups or restore one",
                       description="Write a whole, consistent copy of the store to FILE while it may be in "
                                   "use (SQLite's online backup API; the file appears only when complete). "
                                   "--auto adds one to the rotating set beside the store (the newest 5 are "
                                   "kept), --list shows that set, --restore FILE puts a backup in place of "
                                   "the store (the current store is kept aside first).")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup here")
    what.add_argument("--auto", action="store_true", help="a rotating backup beside the store")
    what.add_argument("--list", action="store_true", help="list the rotating backups, newest first")
    what.add_argument("--restore", type=Path, metavar="FILE", help="restore this backup")
    p.set_defaults(func=run)


def _path(db) -> Path:
    from editor.paths import default_store

    return Path(db).expanduser().absolute() if db else default_store()


def run(args) -> int:
    from editor.app import open_store
    from editor.ops import backups

    if args.list:
        infos = backups.list_backups(_path(args.db))
        for b in infos:
            print(f"{b.path}\t{b.created_at or '-'}\t{b.documents} documents, {b.issues} issues, "
                  f"{b.edits} edits\t{b.size} bytes")
        if not infos:
            print(f"no backups in {backups.backup_folder(_path(args.db))}", file=sys.stderr)
        return 0
    if args.restore:
        done = backups.restore(_path(args.db), args.restore)
        print(f"restored {done.backup} into {done.store_path}"
              + (f"; the store as it was is kept as {done.kept_aside}" if done.kept_aside else ""))
        return 0
    store = open_store(args.db, seed=False)
    try:
        made = backups.auto_backup(store) if args.auto else backups.backup(store, args.output)
    finally:
        store.close()
    print(f"backed up {store.path} to {made} ({made.stat().st_size} bytes)")
    return 0

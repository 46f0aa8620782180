"""``jiaokan check``: is the store sound? Prints each problem found; exits 1 if any."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("check", help="check a store's integrity",
                       description="Run SQLite's integrity_check and foreign_key_check, re-hash every "
                                   "source's original bytes against its sha256 and fold every document's "
                                   "edit log over its raw text; print each problem, then a summary. Exits 1 "
                                   "when anything is wrong. Reads only.")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.app import open_store
    from editor.ops.checking import check

    store = open_store(args.db, seed=False)
    try:
        report = check(store)
    finally:
        store.close()
    for problem in report.problems:
        print(f"problem  {problem}")
    verdict = "no problems" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{store.path}: {verdict} ({report.sources} sources re-hashed, {report.documents} documents "
          f"folded, {report.edits} edits)", file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1

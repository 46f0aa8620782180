"""jiaokan import: files or folders into a store, each file its own transaction."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("import", help="import raw transcriptions into a store",
                       description="Import .txt, .md, .html and .docx files, or folders recursively, into a "
                                   "store. Each file is stored with its original bytes; the same bytes again are "
                                   "reported as a duplicate; other files in a folder are skipped. Annotated JSONL "
                                   "(doccano: one {\"text\", \"label\"} object per line) becomes one issue with a "
                                   "document per line and its spans accepted, without cleanup. Prints a line per "
                                   "file and a summary; exits non-zero when any file failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    p.add_argument("--profile", help="cleanup profile run on import (default: the one chosen for imports in "
                                     "Tools > Cleanup profiles, else default)")
    p.add_argument("--no-clean", action="store_true", help="store the raw text only, run no cleanup")
    p.add_argument("--offsets", choices=("utf16", "codepoints"), default="utf16",
                   help="unit of the span offsets in annotated JSONL: utf16 (doccano, the default) or "
                        "codepoints (datasets made by Python tools); they differ only after characters "
                        "outside the BMP such as 𠀀, which are reported")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.app import open_store
    from editor.ops.importing import import_paths
    from editor.ops.profiles import import_profile

    store = open_store(args.db, seed=False)
    try:
        if args.no_clean:
            profile = None
        else:
            profile = store.profiles.get(args.profile) if args.profile else import_profile(store)
        report = import_paths(store, args.paths, profile, _Quiet() if args.json else _Printer(), args.offsets)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"store": str(store.path), **report.to_json()}, ensure_ascii=False, indent=1))
    else:
        for r in report.results:
            print(f"{r.status:<10} {describe(r)}")
            for problem in r.problems:
                print(f"warning    {r.path}: {problem}", file=sys.stderr)
        print(f"{report.summary()} ({store.path})")
        failed = report.by_status("failed")
        if failed:
            print("failed:", file=sys.stderr)
            for r in failed:
                print(f"  {r.line()}", file=sys.stderr)
    return 1 if report.failed else 0


def describe(r) -> str:
    """The rest of a file's report line: what it became, or why not."""
    if r.status != "imported":
        docs = f"; document {', '.join(map(str, r.document_ids))}" if r.document_ids else ""
        return f"{r.line()}{docs}"
    notes = [f"{r.encoding} {r.confidence:.2f}", *r.repairs]
    if r.warning_count:
        notes.append(f"{r.warning_count} odd character{'s' if r.warning_count > 1 else ''}: "
                     + ", ".join(r.warnings[:3]) + (", ..." if r.warning_count > 3 else ""))
    docs = ", ".join(map(str, r.document_ids))
    return f"{r.path} ({'; '.join(notes)}) -> document {docs}, issue {r.issue_id}"


class _Printer:
    def report(self, done: int, total: int, message: str = "") -> None:
        if sys.stderr.isatty() and total:
            print(f"\r[{done}/{total}] {message[:60]:60}", end="" if done < total else "\n", file=sys.stderr)

    def cancelled(self) -> bool:
        return False


class _Quiet(_Printer):
    def report(self, done: int, total: int, message: str = "") -> None:
        pass

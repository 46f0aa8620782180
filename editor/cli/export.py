"""jiaokan export: issues of a store into files, every format through the same ops the window uses."""
from __future__ import annotations

import sys
from pathlib import Path

from editor.core.errors import InputError, StoreError


def register(sub) -> None:
    p = sub.add_parser("export", help="export issues as documents and datasets",
                       description="Write issues of a store into a folder, one file per issue and format, "
                                   "named from publication, issue label and date. Each file is written to a "
                                   "temporary name and renamed when complete. An existing file is left alone "
                                   "unless --force. Exits non-zero when any file was not written.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--issue", type=int, nargs="+", action="extend", metavar="ID", help="issue ids to export")
    which.add_argument("--all", action="store_true", help="export every issue of the store")
    p.add_argument("--format", required=True, metavar="FMT[,FMT...]",
                   help=f"formats, comma-separated, or all: {', '.join(_format_names())}")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write into (created if missing)")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    p.add_argument("--labels", metavar="PER,ORG", help="export only spans of these labels (default: all)")
    p.add_argument("--no-entities", action="store_true",
                   help="do not mark entities inside the text of the issue formats (html, tei)")
    p.add_argument("--offsets", choices=("utf16", "codepoints"), default="utf16",
                   help="unit of doccano offsets: utf16 (what doccano's annotation view counts, the default) or "
                        "codepoints (for Python tools); they differ only after characters outside the BMP")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(func=run)


def _format_names() -> list[str]:
    from editor.export import FORMATS

    return [f.name for f in FORMATS]


def run(args) -> int:
    from editor.app import open_store
    from editor.export import ExportOptions
    from editor.ops.exporting import EXISTS, export_issues, formats_named

    formats = formats_named(args.format)
    if args.db and not Path(args.db).exists():
        raise StoreError(Path(args.db), "does not exist")
    store = open_store(args.db, seed=False)
    try:
        issue_ids = args.issue if not args.all else [row.id for row in store.issues.all()]
        if not issue_ids:
            raise InputError(store.path, "the store holds no issues")
        options = ExportOptions(_labels(store, args.labels), mark_entities=not args.no_entities,
                                offsets=args.offsets)
        report = export_issues(store, issue_ids, formats, args.output, options, args.force, _Progress())
    finally:
        store.close()
    for r in report.results:
        if r.status == "written":
            print(r.path)
            for note in r.notes:
                print(f"note: {r.path}: {note}", file=sys.stderr)
        else:
            hint = "; --force overwrites it" if r.message == EXISTS else ""
            print(f"{r.status}: {r.path}: {r.message}{hint}", file=sys.stderr)
    print(f"{report.summary()} -> {report.folder}", file=sys.stderr)
    return 0 if report.complete else 1


def _labels(store, text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    known = [label.name for label in store.labels.all()]
    chosen = frozenset(n.strip() for n in text.split(",") if n.strip())
    unknown = sorted(chosen - set(known))
    if unknown:
        raise InputError(f"label {unknown[0]!r}", f"is not a label of this store; its labels: {', '.join(known)}")
    return chosen


class _Progress:
    """A progress line on a terminal; nothing when the output goes to a file or pipe."""

    def report(self, done: int, total: int, message: str = "") -> None:
        if sys.stderr.isatty() and total:
            print(f"\r[{done}/{total}] {message[:60]:60}", end="" if done < total else "\n", file=sys.stderr)

    def cancelled(self) -> bool:
        return False

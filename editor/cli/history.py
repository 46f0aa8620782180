"""``jiaokan history DOC``: a document's operations (time, author or rule, size) and revisions."""
from __future__ import annotations

import sys

from editor.core.text.names import visible


def register(sub) -> None:
    p = sub.add_parser("history", help="list how a document's text came to be",
                       description="List a document's operations, oldest first: the revision each leaves "
                                   "(the log length), time (UTC), author (user or rule:<id>), edits and "
                                   "characters inserted and removed. --diff SEQ prints what changed from "
                                   "revision SEQ to the current text.")
    p.add_argument("document", type=int, metavar="DOC", help="document id")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    p.add_argument("--diff", type=int, metavar="SEQ", help="diff revision SEQ against the current text")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.app import open_store
    from editor.core.errors import InputError
    from editor.ops.revisions import diff_with_current, history

    store = open_store(args.db, seed=False)
    try:
        try:
            h = history(store, args.document)
        except KeyError:
            raise InputError(f"document {args.document}", f"no such document in {store.path}") from None
        out = sys.stdout
        if args.diff is not None:
            try:
                old, cur, ops = diff_with_current(store, args.document, args.diff)
            except ValueError as err:
                raise InputError(f"document {args.document}", str(err)) from None
            for op in ops:
                if op.tag != "equal":
                    out.write(f"{op.tag:<8} {op.a_start}-{op.a_end} -> {op.b_start}-{op.b_end}\t"
                              f"{visible(old[op.a_start:op.a_end])!s} → {visible(cur[op.b_start:op.b_end])}\n")
            return 0
        out.write(f"document {h.document_id} {visible(h.name)}: {len(h.operations)} operations, "
                  f"raw text {h.raw_length} characters\n")
        out.write(f"{'revision':>8}  {'time':<24} {'author':<28} {'operation':<16} {'edits':>6} {'+chars':>7} "
                  f"{'-chars':>7}\n")
        out.write(f"{0:>8}  {'(raw text)':<24}\n")
        for op in h.operations:
            out.write(f"{op.seq:>8}  {op.time:<24} {visible(op.author):<28} {op.kind or '-':<16} {op.edits:>6} "
                      f"{op.inserted:>7} {op.removed:>7}\n")
    finally:
        store.close()
    return 0

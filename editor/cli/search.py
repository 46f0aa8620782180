"""``jiaokan search QUERY``: full-text search of a store, one line (or JSON object) per hit."""
from __future__ import annotations

import json
import sys

from editor.core.text.names import visible


def register(sub) -> None:
    p = sub.add_parser("search", help="search corrected text, raw text or entity spans",
                       description="Find QUERY in every document's corrected text (default), raw text or "
                                   "entity spans (`label:PER 龚建华`: PER spans holding 龚建华). Best documents "
                                   "first; each hit with its context. Offsets are code points of that text "
                                   "(for an entity, of the corrected text).")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", help="store file (default: the store in your user data folder)")
    p.add_argument("--json", action="store_true",
                   help='one JSON object per hit per line: {"document", "name", "in", "start", "end", "context"}')
    p.add_argument("--in", dest="where", choices=("corrected", "raw", "entities"), default="corrected")
    p.add_argument("--issue", type=int, metavar="ID", help="only the documents of this issue")
    p.add_argument("--limit", type=int, default=100, help="at most this many documents (default 100)")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.app import open_store
    from editor.ops.search import search

    store = open_store(args.db, seed=False)
    try:
        hits = search(store, args.query, args.where, args.issue, args.limit)
    finally:
        store.close()
    out = sys.stdout
    for h in hits:
        if args.json:
            out.write(json.dumps(h.to_json(), ensure_ascii=False) + "\n")
        else:
            where = f"{h.where}:{h.label}" if h.label else h.where
            out.write(f"{h.document_id}\t{visible(h.name)}\t{where} {h.start}-{h.end}\t{visible(h.context)}\n")
    if not args.json:
        print(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}", file=sys.stderr)
    return 0 if hits else 1

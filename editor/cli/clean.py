"""``jiaokan clean FILE``: decode a raw transcription, run a cleanup profile over it (every
proposal at or above the profile's threshold applied), segment it and write the reading text:
exactly what a plain-text export of the document contains.

HTML pages and .docx files are cleaned from the visible text import stores (decoding/extract.py).
With ``--db`` the profile may be one saved in that store, and what the editor's decisions in
it teach (for the publication the document's header names, else the whole store) moves the
confidences as it does on import; the store is only read.

``--changes`` writes every proposal instead (rule, raw span, before -> after, confidence,
status); ``--json`` writes the structure (articles with their fields, figures), the issue
metadata and the changes. ``-o`` writes to a file through a temporary file and a rename, so
the file is either the old one or the complete new one.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.priors import NOTHING, Learned
from editor.core.decoding.decode import decode
from editor.core.decoding.extract import KINDS, extract
from editor.core.decoding.magic import sniff
from editor.core.input_files import read_input
from editor.core.text.names import visible
from editor.core.errors import InputError
from editor.core.cleanup.hints import hints_from_run
from editor.core.layout.metadata import furniture_meta, suggest_meta
from editor.core.model import Article, IssueMeta, Structure
from editor.core.cleanup.profiles import BUILTIN, Profile
from editor.core.layout.reading import reading_text
from editor.core.layout.segment import segment


def register(sub) -> None:
    p = sub.add_parser("clean", help="clean a raw transcription and print its reading text",
                       description="Decode a raw transcription, apply a cleanup profile, find its articles and "
                                   "write the reading text a plain-text export contains.")
    p.add_argument("file", type=Path, help="a raw transcription (any encoding)")
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    p.add_argument("--profile", default="default",
                   help="cleanup profile: default applies proposals from 0.5, conservative from 0.9; "
                        "with --db also a profile saved in that store")
    p.add_argument("--db", type=Path, help="a Jiaokan store to read the profile and what its decisions teach from")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="structure, metadata and changes as JSON")
    mode.add_argument("--changes", action="store_true", help="every proposed change, one per line")
    p.set_defaults(func=run)


def run(args) -> int:
    data = read_input(args.file)
    text, encoding = _text(args.file, data)
    profile, priors = _knowledge(args, text)
    result = clean.run(text, profile, priors=priors)
    structure = segment(result.text, hints_from_run(result))
    if args.json:
        meta = issue_meta(result)
        out = json.dumps(as_json(args.file, encoding, args.profile, result, structure, meta),
                         ensure_ascii=False, indent=1) + "\n"
    elif args.changes:
        out = "".join(change_line(p) + "\n" for p in result.proposals)
    else:
        out = reading_text(result.text, structure)
    if args.output:
        write_atomic(args.output, out.encode("utf-8"))
    else:
        sys.stdout.write(out)
    return 0


def _text(path: Path, data: bytes) -> tuple[str, str]:
    """The text import would store: the visible text of a page or .docx, else the decoded bytes."""
    found = sniff(data)
    if path.suffix.lower() in KINDS or (found is not None and found.name == "docx"):
        extracted = extract(str(path), data)
        return extracted.text, extracted.encoding
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def _knowledge(args, text: str) -> tuple[Profile, Learned]:
    if args.db is None:
        if args.profile not in BUILTIN:
            raise InputError(args.profile, f"no built-in cleanup profile of that name (known: {', '.join(BUILTIN)}); "
                                           "give --db to use one saved in a store")
        return BUILTIN[args.profile], NOTHING
    from editor.ops.cleaning import priors_by_name
    from editor.store import Store
    from editor.store.db import open_database

    store = Store(open_database(args.db, readonly=True), args.db)
    try:
        try:
            profile = store.profiles.get(args.profile)
        except KeyError as err:
            raise InputError(args.profile, err.args[0]) from None
        return profile, priors_by_name(store, suggest_meta(text).publication, profile)
    finally:
        store.close()


def issue_meta(result: clean.CleanRun) -> IssueMeta:
    """Metadata from the furniture the run took out, completed from the text where it is silent."""
    lines = [p.change.data["furniture"] for p in result.accepted() if p.change.data and "furniture" in p.change.data]
    meta = furniture_meta(lines)
    if meta.date is None:
        found = suggest_meta(result.text).date
        meta = IssueMeta(meta.publication, meta.issue_label, found, meta.page, meta.editors, meta.furniture)
    return meta


def _show(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def change_line(p: clean.Proposal) -> str:
    c = p.change
    return (f"{c.rule}\t{p.raw_start}-{p.raw_end}\t{_show(c.before)} -> {_show(c.after)}\t"
            f"{c.confidence:.2f}\t{p.status}\t{c.reason}")


def _article(text: str, a: Article) -> dict:
    field = lambda b: b.text(text) if b is not None else None  # noqa: E731
    return {
        "kicker": field(a.kicker), "title": field(a.title), "subtitle": field(a.subtitle), "byline": field(a.byline),
        "body": [{"kind": b.kind, "start": b.start, "end": b.end, "text": b.text(text)} for b in a.body],
        "figures": [{"caption": field(f.caption), "credit": field(f.credit)} for f in a.figures],
    }


def as_json(path: Path, encoding: str, profile: str, result: clean.CleanRun, structure: Structure,
            meta: IssueMeta) -> dict:
    return {
        "path": visible(path), "encoding": encoding, "profile": profile,
        "meta": {"publication": meta.publication, "issue_label": meta.issue_label, "date": meta.date,
                 "page": meta.page, "editors": [list(e) for e in meta.editors], "furniture": list(meta.furniture)},
        "articles": [_article(result.text, a) for a in structure.articles],
        "text": result.text,
        "changes": [{"rule": p.change.rule, "raw_start": p.raw_start, "raw_end": p.raw_end,
                     "before": p.change.before, "after": p.change.after, "reason": p.change.reason,
                     "confidence": p.change.confidence, "status": str(p.status)} for p in result.proposals],
    }


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(path, f"cannot write here: {err.strerror or err}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""Import raw transcriptions: files, folders (recursively) and pasted text.

Each file is its own transaction: its original bytes, their decoding, its document in an issue
and the cleanup run commit together or not at all, so a cancel or a crash leaves only whole
files. The same bytes again are a duplicate, never stored twice. Nothing stops the batch: every
file ends imported, duplicate, skipped or failed with its reason, in the report.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from editor.core.decoding.decode import text_issues
from editor.core.errors import InputError
from editor.core.input_files import read_input
from editor.core.text.names import visible
from editor.core.decoding.extract import extract
from editor.core.model import Decoded, IssueMeta
from editor.core.cleanup.profiles import Profile
from editor.core.progress import NullProgress, Progress
from editor.core.text.units import UTF16
from editor.ops import lookalike_learning
from editor.ops.cleaning import clean_document, prepare, priors_by_name
from editor.ops.grouping import IssueGrouping
from editor.ops.import_jsonl import import_annotated, is_annotated_jsonl
from editor.ops.import_report import ImportReport, ImportResult, imported
from editor.ops.import_walk import SUFFIXES, expand
from editor.store import Store
from editor.store.sources import sha256

__all__ = ["SUFFIXES", "ImportReport", "ImportResult", "import_bytes", "import_file", "import_paths",
           "import_text"]


def _duplicate(store: Store, label: str, digest: str, size: int) -> ImportResult | None:
    existing = store.sources.find(digest)
    if existing is None:
        return None
    docs = tuple(d.id for d in store.documents.for_source(existing.id))
    return ImportResult(label, "duplicate", f"same bytes as {existing.path or existing.name}, imported "
                                            f"{existing.imported_at[:10]}", existing.kind, size, digest,
                        document_ids=docs)


def _store(store: Store, data: bytes, name: str, path: str | None, kind: str, decoded: Decoded,
           profile: Profile | None, grouping: IssueGrouping, meta: IssueMeta | None,
           title: str, label: str) -> tuple[int, int] | ImportResult:
    """One transaction: source, decoding, issue, document (called ``title``), cleanup.

    The rules and the metadata run before it begins, so the write lock is held only while the
    rows go in; inside it the bytes are looked up again, so two imports of the same bytes at
    once (another process, the window and the CLI) store them once and report a duplicate."""
    folder = str(Path(path).parent) if path else None
    meta = meta if meta is not None else grouping.suggest(decoded.text, folder)
    prepared = prepare(decoded.text, profile, lookalike_learning.learned_for(store, profile),
                       priors_by_name(store, meta.publication, profile)) \
        if profile is not None else None
    digest = sha256(data)
    with store.atomic():
        if (dup := _duplicate(store, label, digest, len(data))) is not None:
            return dup
        source_id = store.sources.add(data, name, path, kind)
        decoding_id = store.sources.add_decoding(source_id, decoded)
        issue_id = grouping.issue_for(meta, folder)
        document_id = store.documents.add(source_id, decoding_id, title, issue_id)
        if profile is not None:
            clean_document(store, document_id, profile, prepared)
    grouping.imported(document_id, meta, folder)
    return document_id, issue_id


def import_bytes(store: Store, data: bytes, name: str, path: str | None, profile: Profile | None, *,
                 grouping: IssueGrouping | None = None, meta: IssueMeta | None = None,
                 label: str | None = None, offsets: str = UTF16) -> ImportResult:
    """Import one file's bytes; ``path`` is stored as where they came from. ``meta``: the issue
    metadata when the caller knows it (otherwise suggested from the text); ``grouping``: the
    batch it belongs to; ``label``: how the report names the file (default: path or name);
    ``offsets``: the unit of annotated JSONL offsets (core.decoding.jsonl)."""
    label = label or path or name
    digest = sha256(data)
    if (dup := _duplicate(store, label, digest, len(data))) is not None:
        return dup
    if is_annotated_jsonl(name, data):
        try:
            with store.atomic():  # looked up again under the write lock: another import may have won
                if (dup := _duplicate(store, label, digest, len(data))) is not None:
                    return dup
                ids, problems = import_annotated(store, data, name, path, offsets)
        except InputError as err:
            return ImportResult(label, "failed", err.problem, "jsonl", len(data), digest)
        return ImportResult(label, "imported", "", "jsonl", len(data), digest, "utf-8", 1.0,
                            document_ids=tuple(ids), problems=tuple(problems))
    try:
        ex = extract(name, data)
        if not ex.text.strip():
            raise InputError(name, "has no text (only white space or markup)")
        decoded = Decoded(ex.text, ex.encoding, ex.confidence, ex.repairs, ex.warnings)
        stored = _store(store, data, name, path, ex.kind, decoded, profile,
                        grouping or IssueGrouping(store), meta, Path(name).stem or name, label)
    except InputError as err:
        return ImportResult(label, "failed", err.problem, size=len(data), sha256=digest)
    except Exception as err:  # a crafted file or a full disk: its transaction rolled back, the batch goes on
        return ImportResult(label, "failed", f"could not be imported ({type(err).__name__}: {err})",
                            size=len(data), sha256=digest)
    if isinstance(stored, ImportResult):
        return stored
    return imported(label, decoded, ex.kind, len(data), digest, *stored)


def _read(path: Path) -> bytes | ImportResult:
    try:
        return read_input(path)
    except InputError as err:
        return ImportResult(visible(path), "failed", err.problem)


def import_file(store: Store, path: Path, profile: Profile | None,
                grouping: IssueGrouping | None = None, offsets: str = UTF16) -> ImportResult:
    """Names are stored and reported through ``visible``: a name that is not UTF-8 or holds
    control characters is kept as escapes, never as text SQLite or a terminal would refuse."""
    data = _read(path)
    if isinstance(data, ImportResult):
        return data
    return import_bytes(store, data, visible(path.name), visible(path.absolute()), profile, grouping=grouping,
                        label=visible(path), offsets=offsets)


def import_paths(store: Store, paths: Sequence[str | Path], profile: Profile | None,
                 progress: Progress = NullProgress(), offsets: str = UTF16) -> ImportReport:
    """Files and folders, one transaction per file; a cancel between files keeps what is done.
    Progress reports say how many entries are done and name the one at work next."""
    entries = expand(paths)
    grouping = IssueGrouping(store)
    report = ImportReport(total=len(entries))

    def at_work(i: int) -> str:
        return entries[i].path.name if i < len(entries) else ""

    progress.report(0, len(entries), at_work(0))
    for i, entry in enumerate(entries):
        if progress.cancelled():
            report.cancelled = True
            break
        report.results.append(entry.decided or import_file(store, entry.path, profile, grouping, offsets))
        progress.report(i + 1, len(entries), at_work(i + 1))
    grouping.finish()
    return report


def import_text(store: Store, text: str, name: str, profile: Profile | None) -> ImportResult:
    """Pasted text as a new document; its bytes are its UTF-8."""
    data = text.encode("utf-8")
    digest = sha256(data)
    if (dup := _duplicate(store, name, digest, len(data))) is not None:
        return dup
    if not text.strip():
        return ImportResult(name, "failed", "the pasted text is empty", "paste", len(data), digest)
    decoded = Decoded(text, "utf-8", 1.0, (), text_issues(text))
    stored = _store(store, data, name, None, "paste", decoded, profile, IssueGrouping(store), None, name, name)
    if isinstance(stored, ImportResult):
        return stored
    return imported(name, decoded, "paste", len(data), digest, *stored)

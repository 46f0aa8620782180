"""Export issues from the store: what an issue looks like to the writers, which files an export
makes, and writing them one by one, each whole or not at all.

File names come from ``export.file_stem`` (publication, issue label, date). Two issues of the
store with the same stem (compared as file systems that ignore case and Unicode normalisation
do) both get their issue id appended, so an issue's file name does not depend on which other
issues are exported with it, and exporting one never overwrites another's file.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from editor.core.errors import ConflictError, InputError, JiaokanError
from editor.core.model import Article, DocumentView, IssueView, SpanStatus, Structure
from editor.core.progress import NullProgress, Progress
from editor.core.layout.segment import segment
from editor.export import BY_NAME, FORMATS, ExportOptions, Format, file_stem, safe_name, write_atomic
from editor.export.files import remove_leftovers
from editor.export.files import STEM_BYTES
from editor.ops import texts
from editor.store import Store
from editor.store.documents import DocumentRow


def issue_view(store: Store, issue_id: int) -> IssueView:
    """The issue's documents in order, each with its current corrected text, its structure and
    the accepted spans whose offsets refer to that text."""
    try:
        meta = store.issues.get(issue_id).meta
    except KeyError:
        raise InputError(f"issue {issue_id}", f"is not in the store {store.path}") from None
    rows = store.documents.in_issue(issue_id)
    ids = dataset_ids(store, rows)
    docs = tuple(document_view(store, row, ids.get(row.id)) for row in rows)
    return IssueView(issue_id, meta, docs)


def document_view(store: Store, row: DocumentRow, dataset_id: str | int | None = None) -> DocumentView:
    cur = texts.current(store, row.id)
    current = texts.spans(store, row.id, [str(SpanStatus.ACCEPTED), str(SpanStatus.PROPOSED)])
    spans = tuple(span for span in current if span.status == SpanStatus.ACCEPTED)
    suggestions = tuple(span for span in current
                        if span.status == SpanStatus.PROPOSED and span.origin.startswith("suggest:"))
    return DocumentView(row.id, row.name, cur.text, _structure(store, row.id, cur), spans, suggestions, dataset_id)


def dataset_ids(store: Store, rows: Sequence[DocumentRow]) -> dict[int, str | int]:
    """The ``id`` each document's line had in an imported JSONL dataset (the file is read
    again from its stored bytes, once per file)."""
    out: dict[int, str | int] = {}
    lines: dict[int, list[str]] = {}
    for row in rows:
        if store.sources.get(row.source_id).kind != "jsonl":
            continue
        if row.source_id not in lines:
            content = store.sources.data(row.source_id).decode("utf-8-sig", errors="replace")
            lines[row.source_id] = [line for line in content.split("\n") if line.strip()]
        part = store.sources.decoding(row.decoding_id).part
        try:
            value = json.loads(lines[row.source_id][part]).get("id")
        except (IndexError, ValueError, AttributeError):
            continue
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            out[row.id] = value
    return out


def _structure(store: Store, document_id: int, cur: texts.Current) -> Structure:
    """The stored structure carried to the current text when it fits it (blocks in order, inside
    the text), else one segmented now."""
    carried = texts.structure(store, document_id, cur)
    blocks = sorted(((b.start, b.end) for a in carried.articles for b in _blocks(a)))
    if all(0 <= s < e <= len(cur.text) for s, e in blocks) and all(a[1] <= b[0] for a, b in zip(blocks, blocks[1:])):
        return carried
    return segment(cur.text)


def _blocks(article: Article):
    yield from article.head()
    yield from article.body
    for figure in article.figures:
        yield from (b for b in (figure.caption, figure.credit) if b is not None)


def formats_named(names: str | Sequence[str]) -> tuple[Format, ...]:
    """Formats by registry name, from "md,doccano" or a list; "all" means every format."""
    if isinstance(names, str):
        names = names.split(",")
    chosen: list[Format] = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        formats = FORMATS if name == "all" else (BY_NAME.get(name),)
        if formats == (None,):
            raise InputError(f"format {name!r}", "is unknown; choose from "
                                                 f"{', '.join(f.name for f in FORMATS)} or all")
        chosen += [f for f in formats if f not in chosen]
    if not chosen:
        raise InputError("formats", "none chosen")
    return tuple(chosen)


@dataclass(frozen=True, slots=True)
class Target:
    """One file of an export: an issue written in one format."""

    issue_id: int
    format: Format
    path: Path


def issue_stems(store: Store) -> dict[int, str]:
    """File stem of every issue in the store, unique among them."""
    stems = {row.id: file_stem(row.meta, row.id) for row in store.issues.all()}
    seen = Counter(_fold(s) for s in stems.values())
    for issue_id, stem in stems.items():
        if seen[_fold(stem)] > 1:
            suffix = f"_issue-{issue_id}"
            stems[issue_id] = safe_name(stem, STEM_BYTES - len(suffix)) + suffix
    return stems


def _fold(stem: str) -> str:
    # Windows and macOS file systems ignore case; macOS also treats NFC and NFD as one name.
    return unicodedata.normalize("NFC", stem).casefold()


def plan(store: Store, issue_ids: Sequence[int], formats: Sequence[Format], folder: str | Path) -> list[Target]:
    """Every file the export would write, issue by issue, in the order of ``formats``."""
    stems = issue_stems(store)
    missing = [i for i in issue_ids if i not in stems]
    if missing:
        raise InputError(f"issue {missing[0]}", f"is not in the store {store.path}")
    folder = Path(folder)
    return [Target(i, f, folder / f"{stems[i]}.{f.extension}") for i in dict.fromkeys(issue_ids) for f in formats]


EXISTS = "the file exists"  # why a file was skipped without force


@dataclass(frozen=True, slots=True)
class ExportResult:
    issue_id: int
    format: str
    path: Path
    status: str  # written, skipped, failed
    message: str = ""
    notes: tuple[str, ...] = ()  # what the format could not hold, offsets worth knowing about


@dataclass
class ExportReport:
    folder: Path
    results: list[ExportResult] = field(default_factory=list)
    cancelled: bool = False

    def by_status(self, status: str) -> list[ExportResult]:
        return [r for r in self.results if r.status == status]

    @property
    def complete(self) -> bool:
        """Every planned file was written."""
        return all(r.status == "written" for r in self.results) and not self.cancelled

    def summary(self) -> str:
        counts = ", ".join(f"{len(self.by_status(s))} {s}" for s in ("written", "skipped", "failed"))
        return f"{counts}{' (cancelled)' if self.cancelled else ''}"


def export_issues(store: Store, issue_ids: Sequence[int], formats: Sequence[Format], folder: str | Path,
                  options: ExportOptions = ExportOptions(), force: bool = False,
                  progress: Progress = NullProgress()) -> ExportReport:
    """Write each issue in each format into ``folder`` (created if missing), one file at a time
    through write_atomic. An existing file is skipped unless ``force``; a file that cannot be
    written is reported and the others go on. Cancelling stops between files and still returns
    the report, since the files written so far are complete and the user needs to know them."""
    targets = plan(store, issue_ids, formats, folder)
    report = ExportReport(Path(folder))
    try:
        report.folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(report.folder, f"cannot create the folder: {err.strerror or err}") from None
    remove_leftovers(report.folder)
    view: IssueView | None = None
    for done, target in enumerate(targets):
        if progress.cancelled():
            report.cancelled = True
            report.results += [_result(t, "skipped", "cancelled") for t in targets[done:]]
            break
        progress.report(done, len(targets), target.path.name)
        if view is None or view.id != target.issue_id:
            view = issue_view(store, target.issue_id)
        report.results.append(_write(target, view, options, force))
    else:
        progress.report(len(targets), len(targets), "")
    return report


def _write(target: Target, view: IssueView, options: ExportOptions, force: bool) -> ExportResult:
    if not view.documents:
        return _result(target, "skipped", "the issue has no documents")
    notes: list[str] = []

    def write(out):
        notes.extend(target.format.write(view, out, options) or ())

    try:
        write_atomic(target.path, write, force)
    except ConflictError as err:
        return _result(target, "failed", err.problem) if force else _result(target, "skipped", EXISTS)
    except JiaokanError as err:
        return _result(target, "failed", str(err))
    except OSError as err:
        return _result(target, "failed", f"cannot write: {err.strerror or err}")
    except Exception as err:  # a writer's bug: report it with this file and go on with the others
        return _result(target, "failed", f"{type(err).__name__}: {err}")
    return _result(target, "written", notes=tuple(notes))


def _result(target: Target, status: str, message: str = "", notes: tuple[str, ...] = ()) -> ExportResult:
    return ExportResult(target.issue_id, target.format.name, target.path, status, message, notes)

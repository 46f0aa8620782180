"""``jiaokan check``: everything a store can be checked for, each finding one line.

SQLite's integrity_check and foreign_key_check; every source's bytes against its sha256; every
document's edit log folded over its raw text (each edit must find the text it says it removed)
and compared with the latest snapshot."""
from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.progress import NullProgress, Progress
from editor.core.text.edits import fold
from editor.store import Store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    sources: int = 0
    documents: int = 0
    edits: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store, progress: Progress = NullProgress()) -> CheckReport:
    report = CheckReport()
    report.problems += [f"integrity_check: {p}" for p in store.integrity.integrity_check()]
    report.problems += [f"foreign_key_check: {p}" for p in store.integrity.foreign_key_check()]
    for sid, name, ok in store.integrity.source_hashes():
        report.sources += 1
        if not ok:
            report.problems.append(f"source {sid} ({name}): its bytes no longer match their sha256")
    for doc, dec, n in store.integrity.log_gaps():
        report.problems.append(f"document {doc}: the edit log of decoding {dec} has gaps ({n} edits)")
    ids = store.integrity.document_ids()
    for i, document_id in enumerate(ids):
        if progress.cancelled():
            break
        report.problems += _fold(store, document_id, report)
        report.documents += 1
        progress.report(i + 1, len(ids))
    return report


def _fold(store: Store, document_id: int, report: CheckReport) -> list[str]:
    doc = store.documents.get(document_id)
    raw = store.sources.decoding(doc.decoding_id).decoded.text
    edits = store.log.edits(document_id, doc.decoding_id)
    report.edits += len(edits)
    snapshot = store.log.latest_revision(document_id, doc.decoding_id)
    upto = min(snapshot.seq, len(edits)) if snapshot is not None else len(edits)
    try:
        text = fold(raw, edits[:upto])  # once: the snapshot is compared halfway through
        if snapshot is not None and snapshot.seq > len(edits):
            return [f"document {document_id} ({doc.name}): revision {snapshot.id} claims {snapshot.seq} edits, "
                    f"the log has {len(edits)}"]
        if snapshot is not None and text != snapshot.text:
            return [f"document {document_id} ({doc.name}): revision {snapshot.id} differs from the fold of "
                    f"its {snapshot.seq} edits"]
        fold(text, edits[upto:])
    except ValueError as err:
        return [f"document {document_id} ({doc.name}): its edit log does not fold over its raw text ({err})"]
    return []

"""What an import did with each file: imported, duplicate, skipped or failed, and why."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from editor.core.model import Decoded

STATUSES = ("imported", "duplicate", "skipped", "failed")
MAX_WARNINGS = 20  # listed one by one; the count says how many there are in all


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str  # as the user gave it (or the name of pasted text)
    status: str  # one of STATUSES
    message: str = ""  # the problem (failed, skipped) or what it duplicates
    kind: str | None = None  # text, markdown, html, docx, paste
    size: int | None = None
    sha256: str | None = None
    encoding: str | None = None
    confidence: float | None = None
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # the first MAX_WARNINGS, e.g. "replacement U+FFFD at 12"
    warning_count: int = 0
    document_ids: tuple[int, ...] = ()  # the new documents, or those holding the same bytes
    issue_id: int | None = None
    problems: tuple[str, ...] = ()  # e.g. spans of an annotated JSONL file that were left out

    def line(self) -> str:
        """One line naming the file and what happened to it."""
        return f"{self.path}: {self.message}" if self.message else self.path

    def to_json(self) -> dict:
        return asdict(self)


def imported(path: str, decoded: Decoded, kind: str, size: int, digest: str, document_id: int,
             issue_id: int) -> ImportResult:
    return ImportResult(path, "imported", "", kind, size, digest, decoded.encoding, decoded.confidence,
                        decoded.repairs, tuple(w.describe() for w in decoded.warnings[:MAX_WARNINGS]),
                        len(decoded.warnings), (document_id,), issue_id)


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)
    total: int = 0  # entries found, including those not reached after a cancel
    cancelled: bool = False

    def by_status(self, status: str) -> list[ImportResult]:
        return [r for r in self.results if r.status == status]

    @property
    def failed(self) -> bool:
        return bool(self.by_status("failed"))

    def document_ids(self) -> list[int]:
        return [d for r in self.by_status("imported") for d in r.document_ids]

    def counts(self) -> dict[str, int]:
        return {s: len(self.by_status(s)) for s in STATUSES}

    def summary(self) -> str:
        c = self.counts()
        text = (f"{c['imported']} imported, {c['duplicate']} duplicate{'' if c['duplicate'] == 1 else 's'}, "
                f"{c['skipped']} skipped, {c['failed']} failed")
        if self.cancelled:
            text += f"; cancelled after {len(self.results)} of {self.total}"
        return text

    def to_json(self) -> dict:
        return {"summary": self.summary(), "counts": self.counts(), "total": self.total,
                "cancelled": self.cancelled, "results": [r.to_json() for r in self.results]}

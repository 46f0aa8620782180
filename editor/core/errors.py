"""Typed errors that carry the path and the problem, for the CLI and the UI to show."""
from __future__ import annotations

from pathlib import Path


class JiaokanError(Exception):
    """Base class: ``str(err)`` is one clear line naming the subject and the problem."""

    def __init__(self, subject: str | Path | None, problem: str):
        from editor.core.text.names import visible

        self.subject = visible(subject) if subject is not None else None
        self.problem = problem
        super().__init__(f"{self.subject}: {problem}" if self.subject else problem)


class InputError(JiaokanError):
    """A file the user gave us cannot be used (empty, binary, unreadable, undecodable)."""


class StoreError(JiaokanError):
    """A store path cannot be opened (missing folder, not SQLite, newer schema, ...)."""


class ConflictError(JiaokanError):
    """An operation does not fit the current state (a stale change, an existing file)."""


class StoreBusy(StoreError):
    """Another connection held the store's write lock longer than we waited: nothing was written."""


class StoreDamaged(StoreError):
    """A store file that SQLite reads but finds damaged (quick_check): offer a backup."""

"""The files a list of paths stands for: files as given, folders recursively.

Inside a folder, hidden files and folders (".git", ".DS_Store") are passed over in silence;
files of other types are reported as skipped, so a user importing a folder learns what was
left out. A file named explicitly is always tried: if it cannot be used, that is a failure.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from editor.core.decoding.extract import KINDS
from editor.core.text.names import visible
from editor.ops.import_report import ImportResult

SUFFIXES = (*KINDS, ".jsonl")  # annotated JSONL: see ops/import_jsonl.py


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path
    decided: ImportResult | None = None  # skipped or failed already; None: import it


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> Iterable[Entry]:
    problems: list[OSError] = []
    for top, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            path = Path(top, name)
            if _hidden(name):
                continue
            if path.suffix.lower() in SUFFIXES:
                yield Entry(path)
            else:
                yield Entry(path, ImportResult(visible(path), "skipped",
                                               f"not a supported file type ({path.suffix or 'no extension'})"))
    for err in problems:
        where = err.filename or str(folder)
        yield Entry(Path(where), ImportResult(visible(where), "failed", f"folder cannot be read ({err.strerror or err})"))


def expand(paths: Iterable[str | Path]) -> list[Entry]:
    """Entries in a stable order, each file once."""
    out: list[Entry] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        entries = _walk(p) if p.is_dir() else [Entry(p)]
        for entry in entries:
            try:
                key = entry.path.resolve()
            except (OSError, RuntimeError):  # a symbolic link loop: reported when it is read
                key = entry.path.absolute()
            if key not in seen:
                seen.add(key)
                out.append(entry)
    return out

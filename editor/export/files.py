"""Export files: a name safe on every platform, and writing that never leaves half a file."""
from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import BinaryIO, Callable

from editor.core.errors import ConflictError, InputError
from editor.core.model import IssueMeta

# Characters Windows refuses in file names, and the control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{p}{n}" for p in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
# Room under the 255-byte limit of ext4/APFS (and 255 UTF-16 units of NTFS) for the longest
# extension and write_atomic's temporary-name decoration.
STEM_BYTES = 180


def file_stem(meta: IssueMeta, issue_id: int) -> str:
    """``publication_issue label_date``, e.g. ``赣鄱工人有力量（江西工会信息）_第11期_2020-03-15``;
    the issue id is added when neither publication nor issue label names the issue."""
    parts = [p.strip() for p in (meta.publication, meta.issue_label, meta.date) if p and p.strip()]
    if not (meta.publication or meta.issue_label):
        parts.append(f"issue-{issue_id}")
    return safe_name("_".join(parts)) or f"issue-{issue_id}"


def safe_name(text: str, limit: int = STEM_BYTES) -> str:
    """``text`` as a file name (before the extension) that Windows, macOS and Linux all accept:
    no forbidden or control characters, no leading or trailing dots and spaces, no reserved
    device name, at most ``limit`` UTF-8 bytes; Chinese is kept. May come back empty."""
    name = re.sub(r"\s+", " ", _FORBIDDEN.sub("_", text))
    name = re.sub(r"_{2,}", "_", name).strip("_ ")
    name = name.encode("utf-8")[:limit].decode("utf-8", "ignore").strip(". ")
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        name = "_" + name
    return name


_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")


def remove_leftovers(folder: str | Path) -> list[Path]:
    """Temporary files of write_atomic that a killed export left in ``folder``, removed (the
    next export to a folder runs this first). Only names of exactly write_atomic's shape."""
    gone = []
    try:
        candidates = list(Path(folder).iterdir())
    except OSError:
        return gone
    for p in candidates:
        if _LEFTOVER.match(p.name) and p.is_file() and not p.is_symlink():
            try:
                p.unlink()
                gone.append(p)
            except OSError:
                pass
    return gone


def write_atomic(path: str | Path, write_fn: Callable[[BinaryIO], None], force: bool = False) -> Path:
    """Write ``path`` through ``write_fn(out)`` into a temporary file beside it, fsync, rename.

    Refuses (ConflictError) to replace an existing file unless ``force``. Whatever goes wrong,
    the target is either untouched or complete, and the temporary file is removed.
    """
    path = Path(path)
    if path.exists() and not force:
        raise ConflictError(path, "the file exists; choose another name or overwrite it")
    tmp, fd = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as out:
            write_fn(out)
            out.flush()
            os.fsync(out.fileno())
        _publish(tmp, path, force)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return path


def _create_temporary(path: Path) -> tuple[Path, int]:
    # os.open with the usual 0o666 lets the umask decide the permissions, as for any new file.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as err:
            raise InputError(path, f"cannot write here: {err.strerror}") from None


def _publish(tmp: Path, path: Path, force: bool) -> None:
    try:
        if force:
            os.replace(tmp, path)
            return
        # A hard link fails if the name was taken meanwhile, unlike a rename over it.
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise ConflictError(path, "the file exists; choose another name or overwrite it") from None
        except OSError:  # file systems without hard links
            if path.exists():
                raise ConflictError(path, "the file exists; choose another name or overwrite it") from None
            os.replace(tmp, path)
            return
        tmp.unlink()
    except PermissionError as err:
        raise ConflictError(path, f"cannot replace the file ({err.strerror}); is it open elsewhere?") from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

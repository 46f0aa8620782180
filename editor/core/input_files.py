"""Reading an input file the user named: only regular files, only up to the size limit.

A FIFO would block the read until some other program writes to it, a device may never end, and
a symbolic link loop cannot be followed: each is refused at once with one line. Files over
MAX_BYTES are refused before they are read: decoding, cleaning and storing hold several copies
of the text in memory (see README, Import)."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from editor.core.errors import InputError

MAX_MB = 64
MAX_BYTES = MAX_MB * 1024 * 1024


def special_kind(mode: int) -> str | None:
    """What a file that is no regular file is, in words; None for a regular file."""
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def check_input(path: str | Path) -> int:
    """The size of a readable regular file at ``path``; InputError for anything else."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(path, "is a symbolic link to nothing (its target does not exist)") from None
        raise InputError(path, "no such file or folder") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(path, "is a symbolic link loop (it points back at itself)") from None
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    kind = special_kind(st.st_mode)
    if kind is not None:
        raise InputError(path, f"is {kind}, not a file that can be imported")
    if st.st_size > MAX_BYTES:
        raise InputError(path, f"is {st.st_size / 1024 / 1024:.1f} MB, over the {MAX_MB} MB limit for one "
                               "file; split it (by issue or page) and import the parts")
    return st.st_size


def read_input(path: str | Path) -> bytes:
    check_input(path)
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO after the check, open does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if special_kind(os.fstat(fh.fileno()).st_mode) is not None:
                raise InputError(path, "is no longer a regular file")
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(path, "cannot be read (permission denied)") from None
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is over the {MAX_MB} MB limit for one file; split it and import the parts")
    return data

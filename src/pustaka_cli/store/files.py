"""Reading a file whole, cheaply; writing files safely: a temp file in the same folder, fsync,
then an atomic rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


class TooLarge(Exception):
    """A file larger than the caller would read: left unread."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_whole(path: Path | str, limit: int | None = None) -> bytes:
    """Every byte of a file, through ``os.read``: half the CPU of ``open(...).read()``,
    whose buffered file objects cost 0.5 s over the 72,000 small files of a national
    folder. One read when the file is no larger than its size said (a regular file's
    read comes back short only at its end); reads on to the end if it grew since its
    size was taken; raises OSError as ``open`` would (a folder raises it on reading), and
    ``TooLarge`` for a file larger than ``limit``."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        asked = os.fstat(fd).st_size + 1
        if limit is not None and asked > limit + 1:
            raise TooLarge(asked - 1)  # before a byte is read: it could be gigabytes
        data = os.read(fd, asked)
        if len(data) < asked:
            return data  # a read of a file short of what was asked ends at its end
        more = os.read(fd, 1 << 16)
        parts = [data, more]
        while more:
            more = os.read(fd, 1 << 16)
            parts.append(more)
        return b"".join(parts)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new, never half.

    The file keeps its permission bits; a new file gets the usual ones (0666 less the umask),
    not the owner-only bits of a temp file. ``durable=False`` skips the fsyncs, for files
    that may be lost without harm (the cache): still never half a file, only maybe an old one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if hasattr(os, "fchmod"):  # Windows has no such bits
                os.fchmod(out.fileno(), mode)
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_folder(path.parent)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


PRIVATE_FOLDER = ".pustaka"
# Everything here stays out of git (this file too), except the schemas `init` writes.
PRIVATE_IGNORE = b"# pustaka: the lock and the cache stay local\n*\n!schema/\n!schema/*.json\n"


def private_folder(data_folder: Path) -> Path:
    """``.pustaka/`` in a data folder, made with a .gitignore for its lock and cache.

    Folders made by ``pustaka init`` already ignore them; this covers every other folder.
    """
    folder = data_folder / PRIVATE_FOLDER
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        # A convenience, not a record: a folder where it cannot be written still works.
        with contextlib.suppress(OSError):
            ignore.write_bytes(PRIVATE_IGNORE)
    return folder


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: fsync the folder that holds it (where the OS allows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

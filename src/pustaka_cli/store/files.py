"""Reading a file whole, cheaply; writing files safely: a temp file in the same folder, fsync,
then an atomic rename."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

# Opening a FIFO to read waits for a writer; O_NONBLOCK makes it return at once (and
# changes nothing for a regular file). Not on Windows, which has no FIFOs to wait on.
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)


class NotAFile(OSError):
    """A path that is there but is no regular file: ``kind`` names what it is instead."""

    def __init__(self, path: str, mode: int) -> None:
        self.kind = what_is(mode)
        super().__init__(f"not a regular file ({self.kind}): {path}")


def what_is(mode: int) -> str:
    """The kind of a file that is not a regular one, as a catalogue word (``word.<kind>``)."""
    if stat.S_ISDIR(mode):
        return "is-folder"
    if stat.S_ISFIFO(mode):
        return "is-fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is-device"
    if stat.S_ISSOCK(mode):
        return "is-socket"
    return "is-not-file"


def why_unreadable(path: Path | str, err: OSError) -> str:
    """Why a file could not be read: a catalogue word (``word.<it>``) for the odd cases
    pustaka names itself, else the system's own words."""
    if isinstance(err, NotAFile):
        return err.kind
    if err.errno == errno.ELOOP:
        return "symlink-loop"
    if err.errno == errno.ENOENT and os.path.islink(path):
        return "symlink-dangling"
    return err.strerror or str(err)


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
    size was taken; raises OSError as ``open`` would, ``NotAFile`` for anything but a
    regular file (opened without waiting, so that a FIFO never hangs the reader), and
    ``TooLarge`` for a file larger than ``limit``."""
    fd = os.open(path, os.O_RDONLY | _NO_WAIT | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(str(path), info.st_mode)
        asked = info.st_size + 1
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

    The file keeps its permission bits, owner and group; a new file gets the usual bits
    (0666 less the umask), not the owner-only bits of a temp file. ``durable=False`` skips
    the fsyncs, for files that may be lost without harm (the cache): still never half a
    file, only maybe an old one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    info = path.stat() if path.exists() else None
    mode = 0o666 & ~_umask() if info is None else stat.S_IMODE(info.st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if info is not None:
                keep_owner(out.fileno(), info)
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


def keep_owner(fd: int, info: os.stat_result) -> None:
    """Give the new file under ``fd`` the owner and group of the file it replaces.

    Root rewriting a coordinator's file would otherwise leave it ``root:root`` (and, with
    mode 640, unreadable to the coordinator). A user who may not give a file away (not
    root) still keeps the group where they belong to it; what the system refuses stays
    theirs, as any editor that saves by renaming does."""
    if not hasattr(os, "fchown"):  # Windows: no owners to keep
        return
    if (info.st_uid, info.st_gid) == (os.geteuid(), os.getegid()):
        return
    try:
        os.fchown(fd, info.st_uid, info.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.fchown(fd, -1, info.st_gid)


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

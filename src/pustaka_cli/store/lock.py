"""The data folder's write lock: pustaka processes that write take turns.

The lock is ``fcntl.flock`` on ``.pustaka/lock`` in the data folder (ignored by git; see
``pustaka init``). flock locks belong to the open file, so the kernel releases them when
the process dies, even by SIGKILL: a crashed pustaka never leaves a stale lock behind.
On Windows the same file is locked with ``msvcrt.locking``, also released with the process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from pustaka_cli.errors import PustakaError
from pustaka_cli.store.files import private_folder

LOCK_FILE = Path(".pustaka") / "lock"

# What "another process holds the lock" looks like (flock: EWOULDBLOCK; Windows: EACCES or
# EDEADLOCK); any other error (a filesystem without locks) is reported, not waited on.
_HELD = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK})


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold the folder's exclusive lock; wait up to ``timeout`` seconds, then refuse."""
    path = folder / LOCK_FILE
    try:
        private_folder(folder)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise PustakaError(
            "error.write-failed", path=LOCK_FILE.as_posix(), reason=err.strerror or str(err)
        ) from None
    try:
        deadline = time.monotonic() + timeout
        delay = 0.005
        while True:
            try:
                _lock(fd)
                break
            except OSError as err:
                if err.errno not in _HELD:
                    raise PustakaError(
                        "error.write-failed", path=LOCK_FILE.as_posix(), reason=err.strerror
                    ) from None
                if time.monotonic() >= deadline:
                    raise PustakaError("error.write-locked", folder=folder) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError while another process holds it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError while held

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

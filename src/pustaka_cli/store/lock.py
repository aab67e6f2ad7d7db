"""The data folder's write lock: pustaka processes that write take turns.

The lock is ``fcntl.flock`` on ``.pustaka/lock`` in the data folder (ignored by git; see
``pustaka init``). flock locks belong to the open file, so the kernel releases them when
the process dies, even by SIGKILL: a crashed pustaka never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from pustaka_cli.errors import PustakaError

LOCK_FILE = Path(".pustaka") / "lock"


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold the folder's exclusive lock; wait up to ``timeout`` seconds, then refuse."""
    path = folder / LOCK_FILE
    try:
        path.parent.mkdir(exist_ok=True)
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
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PustakaError("error.write-locked", folder=folder) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)

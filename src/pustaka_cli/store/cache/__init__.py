"""The cache room: everything pustaka keeps to answer faster, behind one object, ``Cache``.

All of it lives under ``.pustaka/cache/`` of a data folder (the first, when several are
combined), git-ignored, and is never needed: ``--no-cache`` (or PUSTAKA_NO_CACHE) gives
the same answers from the files alone, and neither reads nor writes any of it.

What is kept, where (under ``.pustaka/cache/``), keyed by what, and when it is a miss:

- **records** of each record file, and the problems met reading it: ``records/<kind>.json``
  (one file per kind), keyed by the file's path and ``FileKey`` (mtime, ctime, size,
  inode); a miss when that file changed (module ``records``).
- **each file's check** (trainings, evaluations, feedback): ``checks.json``, keyed by the
  file's key and the check's context (today, framework, settings, the folder's namespace
  when read with others...); a miss when the
  file, the context, or a librarian the file names changed (module ``checks``).
- **the problems of a whole check**: ``problems.json``, keyed by ``Listing.fingerprint``
  (every file and its key) and the day; a miss when any file changed (``checks``).
- **report answers** (the bytes, and the line said beside them): ``reports/<key>.json``,
  keyed by ``Listing.fingerprint`` and the request (``ReportKey``); a miss when any file
  changed; the 32 least recently used are kept (module ``reports``).

Every file also names the code that wrote it (``stored.code_version``: pustaka's version,
the size and time of each of its modules, and the libraries that shape output), so other
code is a miss; a damaged file (its checksum) is a miss too. JSON only: reading a cache
never runs code.

The rest of pustaka sees only ``Cache``: the library face (``api/reading.py``) makes one
per command and lets it wrap "open the workspace", "check" and "render a report" —
``Cache.workspace``, ``Cache.problems``, ``Cache.answer`` — as beancount wraps its loader.
The wrappers also pause the cyclic garbage collector (``collector_paused``, the one code
that touches it; the command line pauses it with the same around a whole command).

Light on purpose: a hit of ``problems`` or ``answer`` reads one file after listing the
folders, with neither the model, the readers, the domain nor Rich imported (the record
and check parts are imported on a miss).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NewType, TypeVar

from pustaka_cli.store.cache.stored import CACHE_FOLDER, FileKey, fingerprint

if TYPE_CHECKING:
    from pustaka_cli.problems import Problem
    from pustaka_cli.store.cache.checks import FileChecking, Progress, R
    from pustaka_cli.store.cache.records import RecordCache
    from pustaka_cli.store.cache.reports import Answer

__all__ = [
    "CACHE_FOLDER",
    "Cache",
    "FileKey",
    "Listing",
    "ReportKey",
    "collector_paused",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Listing:
    """Every file of the data folders that a load reads, in reading order, with its key:
    what names the folders' state. Taken once per command (a national folder has 72,000
    files to stat) and handed to every part that needs the keys."""

    files: Mapping[Path, Mapping[str, FileKey]]
    made: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def take(cls, folders: Sequence[Path]) -> Listing:
        from pustaka_cli.store import listing

        return cls({folder: dict(listing.fingerprint(folder)) for folder in folders})

    def of(self, folder: Path) -> Mapping[str, FileKey] | None:
        return self.files.get(folder)

    def fingerprint(self, about: str) -> str:
        """One text naming every file with its key, the code, and ``about``: what else,
        besides the files, names the answer kept under it. Made once per ``about`` (a
        check asks it before and after: 72,000 files hashed once)."""
        found = self.made.get(about)
        if found is None:
            keys = [
                (f"{name}/{rel}", key)
                for name, pairs in ((str(folder), pairs) for folder, pairs in self.files.items())
                for rel, key in pairs.items()
            ]
            found = self.made[about] = fingerprint([(about, (0, 0, 0, 0)), *keys])
        return found


ReportKey = NewType("ReportKey", str)
"""Everything besides the files that shapes a report's bytes, as one text (the request,
the language, the terminal): ``api/reading.py`` makes it."""


class Cache:
    """The cache of the data folders of one command (see the module's docstring).

    ``Cache(folders)`` uses and fills it; ``Cache(folders, enabled=False)`` (or the
    environment variable PUSTAKA_NO_CACHE) reads every file and keeps nothing, with the
    same answers.
    """

    def __init__(self, folders: Sequence[Path], *, enabled: bool = True) -> None:
        self.folders = tuple(folders)
        self.enabled = enabled and not os.environ.get("PUSTAKA_NO_CACHE")
        self._listing: Listing | None = None
        self._records: dict[Path, RecordCache] = {}

    @property
    def listing(self) -> Listing:
        if self._listing is None:
            self._listing = Listing.take(self.folders)
        return self._listing

    def keys(self, folder: Path) -> Mapping[str, FileKey] | None:
        """A folder's files and keys when listed already (None: a load lists them)."""
        return None if self._listing is None else self._listing.of(folder)

    def records(self, folder: Path) -> RecordCache | None:
        """The records cache of ``folder`` (None when off), opened once, saved by the
        wrappers."""
        if not self.enabled:
            return None
        found = self._records.get(folder)
        if found is None:
            from pustaka_cli.store.cache.records import RecordCache
            from pustaka_cli.store.folder import record_specs

            found = self._records[folder] = RecordCache(folder, record_specs())
        return found

    # --- the wrappers ----------------------------------------------------------------

    def workspace(self, read: Callable[[], T]) -> T:
        """``read()`` (which reads the folders through ``records``) with the collector
        paused; then the records it read are kept."""
        with collector_paused():
            opened = read()
        self.save()
        return opened

    def problems(
        self, today: dt.date, check: Callable[[], tuple[Problem, ...]]
    ) -> tuple[Problem, ...]:
        """The problems of a whole check on day ``today``: kept ones when no file changed,
        else ``check()`` (which may use ``check_files``), then kept."""
        found = self.checked(today)
        if found is None:
            found = self.workspace(check)
            self.keep_checked(today, found)
        return found

    def checked(self, today: dt.date) -> tuple[Problem, ...] | None:
        """The problems a whole check of these very files found on day ``today``, if kept."""
        if not self.enabled:
            return None
        from pustaka_cli.store.cache import checks

        key = self.listing.fingerprint(f"checked on {today.isoformat()}")
        return checks.recall_problems(self.folders[0], key)

    def errors(self, today: dt.date) -> int | None:
        """How many errors ``checked`` holds, if kept, without making the problems: a
        report right after ``check`` says that number instead of checking again."""
        if not self.enabled:
            return None
        from pustaka_cli.store.cache import checks

        key = self.listing.fingerprint(f"checked on {today.isoformat()}")
        return checks.recall_errors(self.folders[0], key)

    def keep_checked(self, today: dt.date, problems: tuple[Problem, ...]) -> None:
        """Keep the problems of a whole check made on the way (a report's), for ``check``."""
        if self.enabled:
            from pustaka_cli.store.cache import checks

            key = self.listing.fingerprint(f"checked on {today.isoformat()}")
            checks.remember_problems(self.folders[0], key, problems)

    def answer(self, key: ReportKey, make: Callable[[], Answer]) -> Answer:
        """A report's answer: the kept one when no file changed since the same request,
        else ``make()``, then kept."""
        if not self.enabled:
            return self.workspace(make)
        from pustaka_cli.store.cache import reports

        name = self.listing.fingerprint(key)
        found = reports.recall(self.folders[0], name)
        if found is None:
            found = self.workspace(make)
            reports.remember(self.folders[0], name, found)
        return found

    def check_files(
        self,
        folder: Path,
        prefix: str,
        checking: FileChecking[R],
        progress: Progress | None = None,
        code: str = "",
    ) -> list[R]:
        """Each file of the kinds checked file by file, from its kept check while it and
        the context are unchanged (``checks.check_files``); ``code``: the folder's
        namespace when read with others (``store/namespace.py``)."""
        from pustaka_cli.store.cache import checks

        return checks.check_files(
            folder, prefix, self.keys(folder), self.records(folder), checking, progress, code
        )

    def save(self) -> None:
        """Write what changed of the records caches opened (a folder we cannot write
        keeps none)."""
        for store in self._records.values():
            store.save()

    def clear(self) -> None:
        """Forget everything kept for these folders: records, checks and answers (the
        records hold NIPs and names in clear). ``pustaka erase`` calls it once the
        person is gone from the files; a cache that cannot be removed is refused aloud."""
        import shutil

        from pustaka_cli.errors import PustakaError

        self._records.clear()
        self._listing = None
        for folder in self.folders:
            kept = folder / CACHE_FOLDER
            try:
                if kept.exists():
                    shutil.rmtree(kept)
            except OSError as err:
                raise PustakaError(
                    "error.cache-not-cleared", path=kept, reason=err.strerror or str(err)
                ) from None

    @property
    def parsed(self) -> list[str]:
        """The record files read from YAML while the cache was on, by folder-relative path."""
        return [rel for store in self._records.values() for rel in store.parsed]

    @property
    def decoded(self) -> list[str]:
        """The record files whose records were taken from the cache."""
        return [rel for store in self._records.values() for rel in store.decoded]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the folders are read and an answer made.

    A load makes millions of small objects and no cycles; left on, the collector rescans
    them again and again (a load took 2-3 times as long, a national report 0.8 s more).
    Reference counting still frees what is let go. The one place pustaka touches it: the
    wrappers above use it, and so does the command line around a whole command.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

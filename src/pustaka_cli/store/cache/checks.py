"""Check results, kept: the problems of a whole check, and each record file's check.

The problems of a whole check (``problems.json``) answer ``check`` when no file changed:
their key is the folders' fingerprint and the day checked. Else each record file's kept
check (``checks.json``) lets ``check`` read and check only the changed files
(``check_files``, below); what follows says how those are kept.

The checks of one file of trainings, evaluations or feedback depend on that file and on a
small context drawn from the other kinds (``domain.checks.Checking.context``: librarians and their
start dates, competencies, libraries, today...). So ``.pustaka/cache/checks.json`` keeps,
for each such file, what reading and checking it gave — its problems, and the places of
its ids that other files' checks need — under the file's key (as the records cache), and
the whole memo under a text naming the context it was checked against, but for the
librarians. Those are kept once for the whole memo (each id with its start date), and
each entry names the librarians its records name, and whether one of them was unknown
(then its "did you mean" chose among every id). A run compares the librarians with the
kept ones: an entry naming a librarian added, removed or with another start date is a
miss, and so is one with an unknown librarian once any id came or went. So a new
librarian, or another's start date, re-checks only the files naming them; another day
or another framework makes every entry a miss. The header names the code too, so new
checks are a miss.

Every entry kept stays true to the librarians kept: it names none that changed since it
was checked, for those re-checked are checked against the current ones, which are kept.

Every location of a file's problems and places is in that file, so only line and column
are kept, as in the records cache; a problem elsewhere is never kept (``put``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pustaka_cli.problems import Loc, Problem
from pustaka_cli.store.cache.records import RecordCache
from pustaka_cli.store.cache.stored import (
    CACHE_FOLDER,
    FileKey,
    compact,
    problem_row,
    read_body,
    read_json,
    row_problem,
    write,
)

PROBLEMS_FILE = "problems.json"


def recall_problems(folder: Path, key: str) -> tuple[Problem, ...] | None:
    """The problems of a whole check stored under ``key``, or None."""
    body = _problems_body(folder, key)
    if body is None:
        return None
    try:
        stored = json.loads(body)
        return tuple(row_problem(row, path) for path, row in stored["problems"])
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def recall_errors(folder: Path, key: str) -> int | None:
    """How many errors the problems stored under ``key`` hold, or None: read from the
    body's head, without decoding the problems (a national folder may have tens of
    thousands of warnings)."""
    body = _problems_body(folder, key)
    if body is None:
        return None
    start = len(_head(key))
    count = body[start : body.find(",", start)]
    return int(count) if count.isdigit() else None


def remember_problems(folder: Path, key: str, problems: tuple[Problem, ...]) -> None:
    """Keep the problems under ``key``: the key and the count of errors first, so that a
    run with another key, or one asking only for the count, decodes nothing else."""
    from pustaka_cli.problems import Severity

    encoded = [[p.loc.path, problem_row(p)] for p in problems]
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    rows = compact(encoded)
    write(folder, PROBLEMS_FILE, f'{_head(key)}{errors},"problems":{rows}}}')


def _head(key: str) -> str:
    """How the body of the problems kept under ``key`` begins (then the count of errors)."""
    return f'{{"key":{json.dumps(key)},"errors":'


def _problems_body(folder: Path, key: str) -> str | None:
    """The body of the problems file when it holds the problems kept under ``key``."""
    body = read_body(folder / CACHE_FOLDER / PROBLEMS_FILE)
    return body if body is not None and body.startswith(_head(key)) else None


CHECKS_FILE = "checks.json"

Places = Mapping[str, tuple[tuple[str, Loc], ...]]
"""Ids (or references) of a file's records by what they are, each with its place."""


class CheckMemo:
    """The kept checks of one data folder's files: ``get``, ``put``, then ``save``."""

    def __init__(self, folder: Path, context: str, started: Mapping[str, dt.date | None]) -> None:
        """``context``: a text naming the context but for the librarians; ``started``:
        every librarian id with the start date, as the checks look them up."""
        self.folder = folder
        self.context = hashlib.blake2b(context.encode("utf-8"), digest_size=20).hexdigest()
        # Each librarian as the checks see them: start date as its ordinal, 0 for none.
        self._librarians = {
            ref: 0 if day is None else day.toordinal() for ref, day in started.items()
        }
        stored = read_json(folder / CACHE_FOLDER / CHECKS_FILE)
        files = stored.get("files") if stored.get("context") == self.context else None
        seen = stored.get("librarians")
        if not isinstance(files, dict) or not isinstance(seen, dict):
            files, seen = {}, {}
        self._stored: dict[str, Any] = files
        self._seen: dict[str, Any] = seen
        now = self._librarians
        self._moved = {ref for ref in seen.keys() | now.keys() if seen.get(ref) != now.get(ref)}
        self._ids_changed = seen.keys() != now.keys()
        self._kept: dict[str, Any] = {}

    def get(self, rel: str, key: FileKey, prefix: str) -> tuple[list[Problem], Places] | None:
        """What file ``rel`` gave when its key was ``key``, if kept; paths get ``prefix``."""
        stored = self._stored.get(rel)
        if stored is None:
            return None
        path = prefix + rel
        try:
            key_then, found, kept_places, named, any_unknown = stored
            if key_then != list(key) or (self._moved and not self._moved.isdisjoint(named)):
                return None
            if any_unknown and self._ids_changed:
                return None
            problems = [row_problem(row, path) for row in found]
            places: Places = {
                name: tuple((str(ref), Loc(path, line, col)) for ref, line, col in pairs)
                for name, pairs in kept_places.items()
            }
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None  # an entry of another shape: check the file again
        self._kept[rel] = stored
        return problems, places

    def put(
        self,
        rel: str,
        key: FileKey,
        prefix: str,
        problems: list[Problem],
        places: Places,
        librarians: frozenset[str],
    ) -> None:
        """Keep what file ``rel`` gave under ``key``, checked naming ``librarians``; unless
        something lies in another file."""
        path = prefix + rel
        if any(p.loc.path != path for p in problems) or any(
            loc.path != path for pairs in places.values() for _, loc in pairs
        ):
            return
        self._kept[rel] = [
            list(key),
            [problem_row(p) for p in problems],
            {
                name: [[ref, loc.line, loc.col] for ref, loc in pairs]
                for name, pairs in places.items()
            },
            sorted(librarians),
            any(ref not in self._librarians for ref in librarians),
        ]

    def save(self) -> None:
        """Write the memo: the entries got or put in this run, the others' files being gone.
        Unchanged, nothing is written."""
        if self._kept == self._stored and self._librarians == self._seen:
            return
        body = compact(
            {"context": self.context, "librarians": self._librarians, "files": self._kept}
        )
        write(self.folder, CHECKS_FILE, body)


# --- checking a folder's files one by one, each from its kept check while unchanged -----


class FileResult(Protocol):
    """One file's check, as ``domain.checks.FileCheck`` gives it."""

    @property
    def problems(self) -> list[Problem]: ...
    @property
    def places(self) -> Places: ...
    @property
    def librarians(self) -> frozenset[str]: ...


R = TypeVar("R", bound=FileResult)
R_co = TypeVar("R_co", bound=FileResult, covariant=True)


class FileChecking(Protocol[R_co]):
    """The check taken file by file, as ``domain.checks.Checking`` offers it: the store
    calls it, and knows nothing of what it checks."""

    @property
    def context(self) -> Any: ...  # a dataclass whose fields name what a file's check reads
    def file(
        self, trainings: Sequence[Any], evaluations: Sequence[Any], feedback: Sequence[Any]
    ) -> R_co: ...
    def kept(self, problems: list[Problem], places: Places) -> R_co: ...


# The kinds checked file by file: the many. The others are few and small, and everything
# refers to them (the context), so they are read and checked whole on every run.
BY_FILE = ("trainings", "evaluations", "feedback")

# Changed files holding up to this many bytes in all are read without the records cache:
# putting their records in it would cost reading and writing back their kind's whole part
# of it (30 MB for the evaluations at national scale, about half a second), as much as
# parsing a megabyte of YAML. Their records are cached by the next command that needs
# every record.
READ_DIRECTLY = 1_000_000

Progress = Callable[[int, int, int], None]


def check_files(
    folder: Path,
    prefix: str,
    known: Mapping[str, FileKey] | None,
    store: RecordCache | None,
    checking: FileChecking[R],
    told: Progress | None = None,
    code: str = "",
) -> list[R]:
    """Each file of ``folder`` of the kinds checked file by file, in reading order: from
    its kept check while unchanged and checked against an equal context, else read and
    checked now (``store``: the records cache, None to keep nothing). ``known``: the
    files' keys as just listed (None: listed and stat'ed here). ``code``: the folder's
    namespace when it is read with others ('': alone; store/namespace.py): its records
    are qualified as read, and its kept checks are another context's."""
    from pustaka_cli.store.folder import read_file

    memo = (
        None
        if store is None
        else CheckMemo(folder, _naming(checking.context, prefix, code), checking.context.started)
    )
    files = [
        (kind, rel, path, None if known is None else known.get(rel))
        for kind, rel, path in _files_by_file(folder, known)
    ]
    kept = [
        None if key is None or memo is None else memo.get(rel, key, prefix)
        for _, rel, _, key in files
    ]
    missed = [key for (*_, key), hit in zip(files, kept, strict=True) if hit is None]
    few = None not in missed and sum(k[2] for k in missed if k is not None) <= READ_DIRECTLY
    through = None if few else store
    found: list[R] = []
    size = 0
    for done, ((kind, rel, path, key), hit) in enumerate(zip(files, kept, strict=True), 1):
        if hit is not None:
            if through is not None and key is not None:
                through.keep(rel, key)  # its part of the records cache is written: stays
            result = checking.kept(*hit)
        else:
            read = read_file(through, rel, path, kind, prefix, key, code)
            if store is not None and through is None:
                store.parsed.append(rel)
            size += read.size
            checked = checking.file(
                read.lists.get("trainings", ()),
                read.lists.get("evaluations", ()),
                read.lists.get("feedback", ()),
            )
            result = checking.kept([*read.problems, *checked.problems], checked.places)
            if read.key is not None and memo is not None:
                memo.put(rel, read.key, prefix, result.problems, result.places, checked.librarians)
        found.append(result)
        if told is not None:
            told(done, len(files), size)
    if memo is not None:
        memo.save()
    return found


def _files_by_file(folder: Path, known: Mapping[str, FileKey] | None) -> list[tuple[Any, str, str]]:
    """The files of the kinds checked file by file, in reading order: (kind, path relative
    to the folder, path), taken from ``known`` (a listing's files, in reading order)
    when given, since listing 60,000 files again costs a noticeable part of a second."""
    from pustaka_cli.store import records
    from pustaka_cli.store.listing import kind_entries

    kinds = [kind for kind in records.KINDS if kind.name in BY_FILE]
    if known is None:
        return [
            (kind, rel, path)
            for kind in kinds
            for rel, path in kind_entries(folder, kind.name, kind.folder)
        ]
    by_name = {kind.name: kind for kind in kinds}
    base = str(folder)
    found = []
    for rel in known:
        head, nested, _ = rel.partition("/")
        kind = by_name.get(head if nested else os.path.splitext(rel)[0])
        if kind is not None:
            found.append((kind, rel, f"{base}/{rel}"))
    return found


def _naming(context: Any, prefix: str, code: str = "") -> str:
    """A text naming a context but its librarians (``CheckMemo`` looks at those file by
    file), a prefix and a namespace: equal texts for equal contexts, whatever the order of
    their dicts and sets (new fields of the context count without a change here)."""
    parts = [prefix, f"namespace={code}"]
    for f in dataclasses.fields(context):
        if f.name == "started":
            continue
        value = getattr(context, f.name)
        if isinstance(value, dict):
            value = sorted(value.items())
        elif isinstance(value, frozenset | set):
            value = sorted(value)
        parts.append(f"{f.name}={value!r}")
    return "\n".join(parts)

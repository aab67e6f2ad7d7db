"""Opening data folders: read them (store), then check them (checks), as one step.

Several folders (a province combining its cities) become one dataset; each problem's
path then starts with its folder's name so that it stays unambiguous, and each folder's
ids live in its own namespace (``bukittinggi/pusat``): the rule is
``store/namespace.py``'s, applied as each folder is read (``load(..., namespaced=True)``).

Every function here takes the command's ``Cache`` (``store/cache``), or none: the files
are then read whole and nothing is kept. ``check_folders`` gives the same problems as
``open_folders`` without building the whole dataset: the small kinds are read whole, the
files of trainings, evaluations and feedback one by one through the cache
(``Cache.check_files``), each checked on its own by ``checks.Checking``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pustaka_cli.domain import checks
from pustaka_cli.model import City, Competency, Dataset, KeyFunction
from pustaka_cli.problems import Problem, Severity, sorted_problems
from pustaka_cli.store import records
from pustaka_cli.store.cache import Cache
from pustaka_cli.store.folder import Loaded, Progress, load, within_budget

_T = TypeVar("_T", Competency, KeyFunction)


@dataclass(frozen=True, slots=True)
class Workspace:
    folders: tuple[Path, ...]
    dataset: Dataset
    problems: tuple[Problem, ...]


def open_folders(
    folders: list[Path],
    today: dt.date,
    progress: Progress | None = None,
    cache: Cache | None = None,
) -> Workspace:
    """Read and check the folders; ``progress`` is told of every file read (counts keep
    growing from one folder to the next); ``cache``: the command's cache (None: read every
    file, keep nothing)."""
    dataset, found = read_folders(folders, progress, cache)
    found.extend(checks.check(dataset, today))
    return Workspace(tuple(folders), dataset, tuple(sorted_problems(found)))


def read_folders(
    folders: list[Path], progress: Progress | None = None, cache: Cache | None = None
) -> tuple[Dataset, list[Problem]]:
    """The folders read as one dataset, unchecked, and the problems met reading them: for
    a caller that has the checks' problems already (``Cache.errors``)."""
    cache = cache or Cache(folders, enabled=False)
    within_budget(folders, cache.keys)
    several = len(folders) > 1
    told = None if progress is None else _Tally(progress)
    loaded = []
    for folder in folders:
        prefix = f"{folder.name}/" if several else ""
        known = cache.keys(folder)
        loaded.append(
            load(
                folder,
                prefix,
                records=cache.records(folder),
                progress=told,
                keys=known,
                namespaced=several,
            )
        )
        if told is not None:
            told.next_folder()
    return _together(loaded, folders)


# The kinds checked file by file (store/cache/checks.py); the others are read whole.
_WHOLE = frozenset(kind.name for kind in records.KINDS) - {"trainings", "evaluations", "feedback"}


def check_folders(
    folders: list[Path],
    today: dt.date,
    cache: Cache,
    progress: Progress | None = None,
) -> tuple[Problem, ...]:
    """``open_folders(...).problems``, with each file's kept check: after one changed
    file, only it is read and checked (see the module's docstring)."""
    within_budget(folders, cache.keys)
    several = len(folders) > 1
    prefixes = [f"{folder.name}/" if several else "" for folder in folders]
    told = None if progress is None else _Tally(progress)
    loaded = []
    for folder, prefix in zip(folders, prefixes, strict=True):
        store, known = cache.records(folder), cache.keys(folder)
        loaded.append(
            load(
                folder,
                prefix,
                records=store,
                progress=told,
                keys=known,
                kinds=_WHOLE,
                namespaced=several,
            )
        )
        if told is not None:
            told.next_folder()
    dataset, found = _together(loaded, folders)
    checking = checks.Checking(dataset, today)
    files: list[checks.FileCheck] = []
    for folder, prefix, read in zip(folders, prefixes, loaded, strict=True):
        files.extend(cache.check_files(folder, prefix, checking, told, read.code))
        if told is not None:
            told.next_folder()
    found.extend(checking.problems(files))
    return tuple(sorted_problems(found))


class _Tally:
    """One folder after another as one progress: counts go on from the last folder's."""

    __slots__ = ("_base", "_last", "_progress")

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._base = (0, 0)
        self._last = (0, 0)

    def __call__(self, done: int, total: int, size: int) -> None:
        self._last = (done, size)
        base_done, base_size = self._base
        self._progress(base_done + done, base_done + total, base_size + size)

    def next_folder(self) -> None:
        self._base = (self._base[0] + self._last[0], self._base[1] + self._last[1])
        self._last = (0, 0)


def _together(loaded: list[Loaded], folders: list[Path]) -> tuple[Dataset, list[Problem]]:
    """The folders read as one dataset (see ``_combine``), and the problems met reading
    them, with what combining them hides (``checks.combined``)."""
    datasets = [x.dataset for x in loaded]
    found = [p for x in loaded for p in x.problems]
    if len(datasets) == 1:
        return datasets[0], found
    found.extend(checks.combined(datasets, [f.name for f in folders], [x.code for x in loaded]))
    cities = tuple(
        City(x.code, d.settings.organisation, tuple(c.id for c in d.framework.competencies))
        for x, d in zip(loaded, datasets, strict=True)
    )
    return _combine(datasets, cities), found


def _combine(datasets: list[Dataset], cities: tuple[City, ...]) -> Dataset:
    """One dataset from several: settings and profiles from the first; the competencies
    of every folder's framework (the first's, then those the others add: no folder's own
    competency is unknown to the check; reports compare the shared ones,
    ``domain/province.py``); the records of all, in their namespaces."""
    first = datasets[0]
    framework = first.framework
    if any(d.framework is not framework for d in datasets[1:]):
        framework = dataclasses.replace(
            framework,
            key_functions=_union([d.framework.key_functions for d in datasets]),
            competencies=_union([d.framework.competencies for d in datasets]),
        )
    return Dataset(
        settings=dataclasses.replace(
            first.settings,
            libraries=tuple(lib for d in datasets for lib in d.settings.libraries),
        ),
        framework=framework,
        profiles=first.profiles,
        librarians=tuple(x for d in datasets for x in d.librarians),
        trainings=tuple(x for d in datasets for x in d.trainings),
        evaluations=tuple(x for d in datasets for x in d.evaluations),
        feedback=tuple(x for d in datasets for x in d.feedback),
        mentoring=tuple(x for d in datasets for x in d.mentoring),
        budgets=tuple(x for d in datasets for x in d.budgets),
        learning=tuple(x for d in datasets for x in d.learning),
        cities=cities,
    )


def _union(parts: list[tuple[_T, ...]]) -> tuple[_T, ...]:
    """The first part's items, then each later part's items of an id not seen yet."""
    seen: set[str] = set()
    out: list[_T] = []
    for part in parts:
        for item in part:
            if item.id not in seen:
                seen.add(item.id)
                out.append(item)
    return tuple(out)


# --- writes: the folder a write decides on, and the folder it would leave -------------


@dataclass(frozen=True, slots=True)
class ToWrite:
    """A data folder opened for a write: its records, the problems met reading it (a
    record with one is left out of ``dataset``) and those of the cross-record checks."""

    folder: Path
    dataset: Dataset
    read: tuple[Problem, ...]
    checked: tuple[Problem, ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(sorted_problems([*self.read, *self.checked]))


def open_to_write(folder: Path, today: dt.date) -> ToWrite:
    """Read one folder whole (no cache: a write decides on the bytes on disk) and check it."""

    def read() -> ToWrite:
        loaded = load(folder)
        checked = checks.check(loaded.dataset, today)
        return ToWrite(folder, loaded.dataset, loaded.problems, tuple(sorted_problems(checked)))

    return Cache([folder], enabled=False).workspace(read)


def problems_after(
    folder: Path, today: dt.date, overrides: dict[str, bytes]
) -> tuple[Problem, ...]:
    """Every problem ``check`` would find once ``overrides`` (new bytes by path relative to
    the folder) replace or add those files: the whole-folder checks, run before a write."""

    def read() -> tuple[Problem, ...]:
        loaded = load(folder, overrides=overrides)
        found = [*loaded.problems, *checks.check(loaded.dataset, today)]
        return tuple(sorted_problems(found))

    return Cache([folder], enabled=False).workspace(read)


# Files whose problems change every decision a write makes: --force never skips them.
_DECIDING = ("pustaka.yaml", "framework", "profiles")


def blocking(opened: ToWrite, force: bool = False) -> tuple[Problem, ...]:
    """The errors that stop a write on this folder: every error; with ``force`` only those
    that make the write decide on records it cannot see (a problem met reading a file: the
    record is left out, or the whole file) or on rules it cannot trust (settings,
    framework, profiles). Cross-record errors elsewhere (an unknown librarian, a full
    activity...) do not stop a forced write; it still may add none (``caused``)."""
    errors = [p for p in opened.problems if p.severity is Severity.ERROR]
    if not force:
        return tuple(errors)
    read = set(opened.read)
    return tuple(p for p in errors if p in read or p.loc.path.split("/")[0].startswith(_DECIDING))


def caused(before: tuple[Problem, ...], after: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """The errors of ``after`` that ``before`` did not have: what a write would cause.

    Problems are matched by file, code and arguments (lines move when lines are added),
    counting repeats; places named inside arguments ("first at 12:5") are not compared.
    """
    left = Counter(_identity(p) for p in before if p.severity is Severity.ERROR)
    out = []
    for p in after:
        if p.severity is not Severity.ERROR:
            continue
        key = _identity(p)
        if left[key] > 0:
            left[key] -= 1
        else:
            out.append(p)
    return tuple(out)


_PLACE = re.compile(r":\d+(:\d+)?")


def _identity(p: Problem) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    args = tuple((k, _PLACE.sub("", str(v))) for k, v in p.args)
    return (p.loc.path, p.code, args)

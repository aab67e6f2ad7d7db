"""Opening data folders: read them (store), then check them (checks), as one step.

Several folders (a province combining its cities) become one dataset; each problem's
path then starts with its folder's name so that it stays unambiguous.

``check_folders`` gives the same problems as ``open_folders`` without building the whole
dataset: the files of trainings, evaluations and feedback are checked one by one, and a
file unchanged since the last run, checked against the same context, gives what it gave
then (``store/checkmemo.py``) without being read or decoded at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pustaka_cli.domain import checks
from pustaka_cli.model import Dataset
from pustaka_cli.problems import Problem, Severity, sorted_problems
from pustaka_cli.store import records
from pustaka_cli.store.cache import FileKey, RecordCache
from pustaka_cli.store.checkmemo import CheckMemo, Places
from pustaka_cli.store.folder import (
    Loaded,
    Progress,
    collector_paused,
    load,
    open_cache,
    read_file,
    within_budget,
)
from pustaka_cli.store.listing import kind_entries
from pustaka_cli.store.records import Kind


@dataclass(frozen=True, slots=True)
class Workspace:
    folders: tuple[Path, ...]
    dataset: Dataset
    problems: tuple[Problem, ...]


def open_folders(
    folders: list[Path],
    today: dt.date,
    progress: Progress | None = None,
    keys: dict[Path, dict[str, FileKey]] | None = None,
) -> Workspace:
    """Read and check the folders; ``progress`` is told of every file read (counts keep
    growing from one folder to the next); ``keys``: each folder's file keys, when just
    taken (see ``store.folder.load``)."""
    within_budget(folders, keys)
    several = len(folders) > 1
    told = None if progress is None else _Tally(progress)
    loaded = []
    for folder in folders:
        prefix = f"{folder.name}/" if several else ""
        known = (keys or {}).get(folder)
        loaded.append(load(folder, prefix=prefix, progress=told, keys=known))
        if told is not None:
            told.next_folder()
    dataset, found = _together(loaded, folders)
    found.extend(checks.check(dataset, today))
    return Workspace(tuple(folders), dataset, tuple(sorted_problems(found)))


# The kinds checked file by file: the many. The others are few and small, and everything
# refers to them (the context), so they are read and checked whole on every run.
BY_FILE = ("trainings", "evaluations", "feedback")


def check_folders(
    folders: list[Path],
    today: dt.date,
    progress: Progress | None = None,
    keys: dict[Path, dict[str, FileKey]] | None = None,
) -> tuple[Problem, ...]:
    """``open_folders(...).problems``, with the records cache and each file's kept check:
    after one changed file, only it is read and checked (see the module's docstring).

    ``keys``: each folder's files and their keys as ``fingerprint`` listed them a moment
    ago (every file, in reading order), so that the files are neither listed nor stat'ed
    again.
    """
    within_budget(folders, keys)
    several = len(folders) > 1
    prefixes = [f"{folder.name}/" if several else "" for folder in folders]
    stores = [open_cache(folder) for folder in folders]
    told = None if progress is None else _Tally(progress)
    whole = {kind.name for kind in records.KINDS} - set(BY_FILE)
    loaded = []
    for folder, prefix, store in zip(folders, prefixes, stores, strict=True):
        known = (keys or {}).get(folder)
        loaded.append(load(folder, prefix, progress=told, keys=known, kinds=whole, store=store))
        if told is not None:
            told.next_folder()
    dataset, found = _together(loaded, folders)
    found.extend(checks.check_whole(dataset, today))
    context = checks.Context.of(dataset, today)
    summaries: list[checks.Summary] = []
    with collector_paused():
        for folder, prefix, store in zip(folders, prefixes, stores, strict=True):
            known = (keys or {}).get(folder)
            memo = CheckMemo(folder, _naming(context, prefix), context.started)
            found.extend(
                _check_by_file(folder, prefix, known, store, memo, context, summaries, told)
            )
            if told is not None:
                told.next_folder()
    found.extend(checks.join(summaries))
    return tuple(sorted_problems(found))


# Changed files holding up to this many bytes in all are read without the records cache:
# putting their records in it would cost reading and writing back their kind's whole part
# of it (30 MB for the evaluations at national scale, about half a second), as much as
# parsing a megabyte of YAML. Their records are cached by the next command that needs
# every record.
READ_DIRECTLY = 1_000_000


def _check_by_file(
    folder: Path,
    prefix: str,
    known: dict[str, FileKey] | None,
    store: RecordCache,
    memo: CheckMemo,
    context: checks.Context,
    summaries: list[checks.Summary],
    told: Progress | None,
) -> list[Problem]:
    """The problems of a folder's files of the kinds checked file by file, each from
    ``memo`` while unchanged, else read and checked now; their summaries go to
    ``summaries``. Saves ``memo`` and ``store``, which holds their records only when worth
    it (``READ_DIRECTLY``): else only the small kinds' files read before."""
    files = [
        (kind, rel, path, None if known is None else known.get(rel))
        for kind, rel, path in _files_by_file(folder, known)
    ]
    kept = [None if key is None else memo.get(rel, key, prefix) for _, rel, _, key in files]
    missed = [key for (*_, key), hit in zip(files, kept, strict=True) if hit is None]
    few = None not in missed and sum(k[2] for k in missed if k is not None) <= READ_DIRECTLY
    through = None if few else store
    found: list[Problem] = []
    size = 0
    for done, ((kind, rel, path, key), hit) in enumerate(zip(files, kept, strict=True), 1):
        if hit is not None:
            if through is not None and key is not None:
                through.keep(rel, key)  # its part of the records cache is written: stays
            problems, places = hit
            summary = checks.Summary(**places) if places else _NOTHING
        else:
            read = read_file(through, rel, path, kind, prefix, key)
            size += read.size
            done_file = checks.check_file(
                read.lists.get("trainings", ()),
                read.lists.get("evaluations", ()),
                read.lists.get("feedback", ()),
                context,
            )
            problems, summary = [*read.problems, *done_file.problems], done_file.summary
            if read.key is not None:
                places = _places(summary)
                memo.put(rel, read.key, prefix, problems, places, done_file.librarians)
        found.extend(problems)
        summaries.append(summary)
        if told is not None:
            told(done, len(files), size)
    memo.save()
    store.save()
    return found


def _files_by_file(folder: Path, known: dict[str, FileKey] | None) -> list[tuple[Kind, str, str]]:
    """The files of the kinds checked file by file, in reading order: (kind, path relative
    to the folder, path), taken from ``known`` (a fingerprint's files, in reading order)
    when given, since listing 60,000 files again costs a noticeable part of a second."""
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


_NOTHING = checks.Summary()  # what most files' summaries are: shared, not made 60,000 times


def _naming(context: checks.Context, prefix: str) -> str:
    """A text naming a context but its librarians (``CheckMemo`` looks at those file by
    file), and a prefix: equal texts for equal contexts, whatever the order of their dicts
    and sets (new fields of ``Context`` count without a change here)."""
    parts = [prefix]
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


def _places(summary: checks.Summary) -> Places:
    """A summary's non-empty lists by name (most files have none)."""
    found: Places = {}
    for f in dataclasses.fields(summary):
        pairs = getattr(summary, f.name)
        if pairs:
            found[f.name] = pairs
    return found


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
    found.extend(checks.combined(datasets, [f.name for f in folders]))
    return _combine(datasets), found


def _combine(datasets: list[Dataset]) -> Dataset:
    """One dataset from several: settings, framework and profiles from the first."""
    first = datasets[0]
    return Dataset(
        settings=dataclasses.replace(
            first.settings,
            libraries=tuple(lib for d in datasets for lib in d.settings.libraries),
        ),
        framework=first.framework,
        profiles=first.profiles,
        librarians=tuple(x for d in datasets for x in d.librarians),
        trainings=tuple(x for d in datasets for x in d.trainings),
        evaluations=tuple(x for d in datasets for x in d.evaluations),
        feedback=tuple(x for d in datasets for x in d.feedback),
        mentoring=tuple(x for d in datasets for x in d.mentoring),
    )


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
    loaded = load(folder, cache=False)
    checked = checks.check(loaded.dataset, today)
    return ToWrite(folder, loaded.dataset, loaded.problems, tuple(sorted_problems(checked)))


def problems_after(
    folder: Path, today: dt.date, overrides: dict[str, bytes]
) -> tuple[Problem, ...]:
    """Every problem ``check`` would find once ``overrides`` (new bytes by path relative to
    the folder) replace or add those files: the whole-folder checks, run before a write."""
    loaded = load(folder, overrides=overrides)
    found = [*loaded.problems, *checks.check(loaded.dataset, today)]
    return tuple(sorted_problems(found))


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
    return tuple(
        p for p in errors if p in read or p.loc.path.split("/")[0].startswith(_DECIDING)
    )


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

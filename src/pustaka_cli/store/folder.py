"""Finding a data folder, and reading every record in it.

``load`` returns the whole folder as a ``Dataset`` plus every problem found while reading
it; cross-record checks (unknown references, dates, capacity) are ``checks``' job.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset, Settings
from pustaka_cli.problems import Loc, Problem, problem, sorted_problems, suggest
from pustaka_cli.store import namespace, records
from pustaka_cli.store.cache.records import Entry, RecordCache
from pustaka_cli.store.cache.stored import FileKey, file_key
from pustaka_cli.store.fields import Raw, Reader, RecordSpec
from pustaka_cli.store.files import TooLarge, read_whole, why_unreadable
from pustaka_cli.store.listing import (  # re-exported: listing files is light, for memos
    YAML_SUFFIXES,
    fingerprint,
    kind_entries,
)
from pustaka_cli.store.locate import (  # re-exported: finding folders lives there
    SETTINGS_FILE,
    find_data_folders,
    settings_language,
)
from pustaka_cli.store.records import Kind
from pustaka_cli.store.yaml import MAX_BYTES, Node, Scalar, parse, parse_each, too_large
from pustaka_cli.store.yaml import Mapping as YMapping
from pustaka_cli.store.yaml import Sequence as YSequence

__all__ = [
    "SETTINGS_FILE",
    "YAML_SUFFIXES",
    "Loaded",
    "Progress",
    "default_settings",
    "find_data_folders",
    "fingerprint",
    "kind_files",
    "load",
    "settings_language",
]


Progress: TypeAlias = Callable[[int, int, int], None]
"""Told after each record file: files done, files in all, bytes read so far.

Counts only grow. The store draws nothing: the command line turns the calls into a
progress bar on stderr (``cli/common.py``); the callable should be cheap, since a national
folder makes 72,000 calls.
"""


# --- reading --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """A data folder read: its records, and every problem met on the way."""

    folder: Path
    dataset: Dataset
    problems: tuple[Problem, ...]
    files: tuple[str, ...]
    code: str = ""  # its namespace when several folders are read (store/namespace.py)


def kind_files(folder: Path, kind: Kind) -> list[Path]:
    """The files of one kind: ``<kind>.yaml`` then every YAML file under ``<kind>/``."""
    return [folder / rel for rel, _ in _kind_entries(folder, kind)]


def _kind_entries(folder: Path, kind: Kind) -> list[tuple[str, str]]:
    """``kind_files`` as (path relative to the folder, full path) text pairs."""
    return kind_entries(folder, kind.name, kind.folder)


MAX_TOTAL_BYTES = 100 * 1024 * 1024
"""The YAML that one command reads, all data folders together: five times a national
programme (20 MB). A load takes about ten times its files' size in memory, and a second of
CPU for each two megabytes; a larger total is refused before a line is read."""


def within_budget(
    folders: list[Path], keys: Callable[[Path], Mapping[str, FileKey] | None] | None = None
) -> None:
    """Refuse, before reading any, record files larger in all than ``MAX_TOTAL_BYTES``.

    ``keys``: a folder's files and keys as ``fingerprint`` took them, if it did (else
    taken here).
    A file past the limit of one file is left out: it is refused on its own, unread.
    """
    total = 0
    for folder in folders:
        known = None if keys is None else keys(folder)
        taken = list(known.items()) if known is not None else fingerprint(folder)
        for _name, key in taken:
            if 0 <= key[2] <= MAX_BYTES:
                total += key[2]
    if total > MAX_TOTAL_BYTES:
        mib = 1024 * 1024
        raise PustakaError(
            "error.data-too-large",
            size_mb=f"{total / mib:.0f}",
            limit_mb=f"{MAX_TOTAL_BYTES // mib}",
        )


def load(
    folder: Path,
    prefix: str = "",
    *,
    records: RecordCache | None = None,
    progress: Progress | None = None,
    keys: Mapping[str, FileKey] | None = None,
    kinds: Collection[str] | None = None,
    overrides: Mapping[str, bytes] | None = None,
    namespaced: bool = False,
) -> Loaded:
    """Read every record file of a data folder (see ``_load``).

    ``records``: the folder's records cache (``store/cache``: ``Cache.records``), which
    gives each file unchanged since it was kept and keeps the others; saving it is the
    caller's. ``progress``: called after each record file (see ``Progress``). ``keys``:
    the files' keys as ``fingerprint`` took them a moment ago, so that the cache need not
    stat every file again (a key taken before the bytes are read is always safe to use;
    files not in it are stat'ed). ``kinds``: read only the files of these kinds (the
    dataset's other lists stay empty; ``read_file`` reads the others one by one).
    ``overrides``: the bytes some files (paths relative to the folder) would have after
    a write, read instead of the files on disk (a file not there yet is read too): the
    folder as it would be, checked before anything is replaced. No cache is used then.
    ``namespaced``: the folder is read with others, its ids qualified by its code
    (``store/namespace.py``).
    """
    if overrides:
        return _load(folder, prefix, None, progress, {}, kinds, dict(overrides), namespaced)
    return _load(folder, prefix, records, progress, keys or {}, kinds, None, namespaced)


def _load(
    folder: Path,
    prefix: str,
    store: RecordCache | None = None,
    progress: Progress | None = None,
    keys: Mapping[str, FileKey] | None = None,
    kinds: Collection[str] | None = None,
    overrides: dict[str, bytes] | None = None,
    namespaced: bool = False,
) -> Loaded:
    """Read every record file of a data folder.

    Locations are paths relative to the folder, after ``prefix`` (a folder's name when
    several folders are combined, so that every location stays unambiguous).
    """
    reader = Reader()
    files: list[str] = [prefix + SETTINGS_FILE]
    overrides = overrides or {}
    settings_raw = _read_settings(folder, prefix, reader, overrides.get(SETTINGS_FILE))
    code, builders = "", _BUILDERS
    if namespaced:
        code = namespace.code_of(folder, settings_raw.get("code") if settings_raw else None)
        builders = _builders(code)
        if settings_raw is not None:
            settings_raw = namespace.qualified(settings_raw, records.SETTINGS, code)

    # Record lists hold model records, built as each raw record is read (or each file's
    # are taken from the cache), so that raw records never pile up: at national scale
    # they would double the memory of a load. The framework's lists stay raw until the end.
    lists: dict[str, list[Any]] = {}
    for kind in records.KINDS:
        for name, _ in kind.lists:
            lists[name] = []
    chosen = [kind for kind in records.KINDS if kinds is None or kind.name in kinds]
    listed = [(kind, _with_new(folder, kind, overrides)) for kind in chosen]
    total = sum(len(entries) for _, entries in listed)
    done = size = 0
    for kind, entries in listed:
        taken = _KindRecords(kind, lists, reader, builders)
        if not entries and not kind.folder:
            shipped, met = _shipped(kind)
            for name, items in shipped.items():
                lists[name].extend(items)
            reader.problems.extend(met)
            continue
        for name, path in entries:
            rel = prefix + name
            files.append(rel)
            if store is None:
                data = overrides[name] if name in overrides else _read_bytes(path, rel, reader)
                if data is not None:
                    size += len(data)
                    _read_kind_file(rel, data, taken)
            else:
                entry, _ = _read_cached(store, name, path, prefix, kind, (keys or {}).get(name))
                size += entry.size
                reader.problems.extend(entry.problems)
                for list_name, raws in entry.lists.items():
                    build = builders.get(list_name)
                    if build is None:
                        lists[list_name].extend(raws)
                    else:
                        lists[list_name].extend(build(r) for r in raws if r.valid)
            done += 1
            if progress is not None:
                progress(done, total, size)

    dataset = Dataset(
        settings=records.build_settings(settings_raw, SETTINGS_FILE),
        framework=records.build_framework(
            {k: _valid(lists[k]) for k in ("scale", "key_functions", "competencies")}
        ),
        profiles=tuple(lists["profiles"]),
        librarians=tuple(lists["librarians"]),
        trainings=tuple(lists["trainings"]),
        evaluations=tuple(lists["evaluations"]),
        feedback=tuple(lists["feedback"]),
        mentoring=tuple(lists["mentoring"]),
        budgets=tuple(lists["budgets"]),
        learning=tuple(lists["learning"]),
    )
    return Loaded(folder, dataset, tuple(sorted_problems(reader.problems)), tuple(files), code)


_SPECS = {name: spec for kind in records.KINDS for name, spec in kind.lists}


def record_specs() -> dict[str, RecordSpec]:
    """The spec of every list of records, by list name: what the records cache encodes."""
    return _SPECS


@dataclass(frozen=True, slots=True)
class FileRecords:
    """One record file read: its model records by list name, the problems met reading
    it, its size, and the key of the state read (None when it was not read whole, for
    instance unreadable: nothing about it is to be remembered)."""

    lists: dict[str, list[Any]]
    problems: list[Problem]
    size: int
    key: FileKey | None


def read_file(
    store: RecordCache | None,
    rel: str,
    path: str,
    kind: Kind,
    prefix: str = "",
    key: FileKey | None = None,
    code: str = "",
) -> FileRecords:
    """One file of ``kind`` (``rel`` to its data folder, at ``path``), through ``store``
    (None: read the file, and keep its records nowhere): as ``load`` reads each file, for
    callers that read some files one by one. ``code``: the folder's namespace when it is
    read with others (``load``'s ``namespaced``)."""
    entry, used = _read_cached(store, rel, path, prefix, kind, key)
    builders = _builders(code)
    lists = {
        name: [build(r) for r in raws if r.valid] if (build := builders.get(name)) else raws
        for name, raws in entry.lists.items()
    }
    return FileRecords(lists, entry.problems, entry.size, used)


def _read_cached(
    store: RecordCache | None,
    rel: str,
    path: str,
    prefix: str,
    kind: Kind,
    known: FileKey | None = None,
) -> tuple[Entry, FileKey | None]:
    """What one file gives: from the cache while its key is unchanged, else read now;
    and the key it gave it under (None: not cached, the file could not be read whole).

    The key is taken before the bytes are read: a file written in between is read
    again next time, never trusted under a key that no longer describes it.
    """
    key: FileKey | None = known
    if key is None or key[0] < 0:
        try:
            key = file_key(os.stat(path))
        except OSError:
            key = None
    if key is not None and store is not None:
        entry = store.get(rel, key, prefix)
        if entry is not None:
            return entry, key
    reader = Reader()
    lists: dict[str, list[Raw]] = {name: [] for name, _ in kind.lists}
    data = _read_bytes(path, prefix + rel, reader)
    if data is not None:
        _read_kind_file(prefix + rel, data, _KindRecords(kind, lists, reader, builders={}))  # raw
    entry = Entry(lists, reader.problems, 0 if data is None else len(data))
    if key is None or data is None:
        return entry, None
    if store is not None:
        store.put(rel, key, entry)
    return entry, key


def _with_new(folder: Path, kind: Kind, overrides: Mapping[str, bytes]) -> list[tuple[str, str]]:
    """``kind``'s files, and the files of ``overrides`` that would be new ones of it."""
    entries = _kind_entries(folder, kind)
    known = {name for name, _ in entries}
    for name in sorted(overrides):
        top = name.split("/", 1)[0]
        own = top in (f"{kind.name}{s}" for s in YAML_SUFFIXES) or (
            kind.folder and top == kind.name and name.endswith(tuple(YAML_SUFFIXES))
        )
        if own and name not in known:
            entries.append((name, str(folder / name)))
    return entries


def _read_settings(
    folder: Path, prefix: str, reader: Reader, replaced: bytes | None = None
) -> Raw | None:
    rel = prefix + SETTINGS_FILE
    if replaced is not None:
        data: bytes | None = replaced
    else:
        data = _read_bytes(folder / SETTINGS_FILE, rel, reader)
    parsed = parse(data or b"", rel)
    reader.problems.extend(parsed.problems)
    if parsed.root is None:
        if data is not None and not parsed.problems:
            reader.problems.append(
                problem(Loc(rel, 1, 1), "missing-field", field="organisation", record="settings")
            )
        return None
    return reader.record(parsed.root, records.SETTINGS)


_BUILDERS: dict[str, Callable[[Raw], Any]] = {
    "profiles": records.build_profile,
    "librarians": records.build_librarian,
    "trainings": records.build_training,
    "evaluations": records.build_evaluation,
    "feedback": records.build_feedback,
    "mentoring": records.build_mentoring,
    "budgets": records.build_budget,
    "learning": records.build_learning,
}


@functools.lru_cache(maxsize=256)
def _builders(code: str) -> dict[str, Callable[[Raw], Any]]:
    """The builders of model records in folder ``code``'s namespace ('' : as written)."""
    return namespace.builders(_BUILDERS, code) if code else _BUILDERS


def _read_kind_file(rel: str, data: bytes, taken: _KindRecords) -> None:
    """Read one file's records into ``taken``'s lists, and its problems into its reader."""
    # Each record is built as soon as the fast reader has read its item, so a large file's
    # nodes never all live at once. The fast reader may still decline the file after many
    # items: ``taken`` then drops what it took of this file (``drop``) before the strict
    # reader reads the file instead.
    taken.start()
    parsed = parse_each(data, rel, taken)
    if parsed is not None:  # not read entry by entry; taken holds nothing of it
        taken.reader.problems.extend(parsed.problems)
        root = parsed.root
        if isinstance(root, YMapping):
            for key, value in root.items:
                taken.entry(key, value)
        elif root is not None:
            taken.reader.problems.append(
                problem(root.loc, "wrong-root", kind=taken.kind.name, keys=", ".join(taken.specs))
            )


class _KindRecords:
    """The records and problems of the files of one kind, read entry by entry (a
    ``store.yaml.Sink``): model records for the lists ``builders`` names (built one by one
    as read, invalid ones dropped), raw records for the others. One serves every file of
    a kind; ``start`` marks where a file begins, so that ``drop`` forgets only that file."""

    __slots__ = ("builders", "kind", "lists", "marks", "reader", "specs")

    def __init__(
        self,
        kind: Kind,
        lists: dict[str, list[Any]],
        reader: Reader,
        builders: dict[str, Callable[[Raw], Any]] = _BUILDERS,
    ) -> None:
        self.kind = kind
        self.specs: dict[str, RecordSpec] = dict(kind.lists)
        self.builders = builders
        self.reader = reader
        self.lists = lists
        self.marks: list[int] = []

    def start(self) -> None:
        self.marks = [len(self.reader.problems), *(len(self.lists[n]) for n in self.specs)]

    def item(self, key: Scalar, node: Node) -> None:
        name = key.text
        spec = self.specs.get(name)
        if spec is None:
            return  # an unknown key: reported once, at its entry
        raw = self.reader.record(node, spec)
        build = self.builders.get(name)
        if build is None:
            self.lists[name].append(raw)
        elif raw.valid:
            self.lists[name].append(build(raw))

    def entry(self, key: Scalar, value: Node) -> None:
        spec = self.specs.get(key.text)
        if spec is None:
            suggestion = suggest(key.text, tuple(self.specs))
            self.reader.problems.append(
                problem(
                    key.loc,
                    "unknown-key",
                    warning=True,
                    key=key.text,
                    record=self.kind.name,
                    suggestion=suggestion,
                    hint="did-you-mean" if suggestion else None,
                )
            )
        elif isinstance(value, YSequence):
            for item in value.items:  # none when the items came one by one
                self.item(key, item)
        elif not (isinstance(value, Scalar) and value.is_null):
            self.reader.records(value, spec)  # not a list: a wrong type, no records

    def drop(self) -> None:
        del self.reader.problems[self.marks[0] :]
        for name, mark in zip(self.specs, self.marks[1:], strict=True):
            del self.lists[name][mark:]


def _valid(raws: list[Raw]) -> list[Raw]:
    return [r for r in raws if r.valid]


def _read_bytes(path: Path | str, rel: str, reader: Reader) -> bytes | None:
    try:
        return read_whole(path, limit=MAX_BYTES)
    except TooLarge as err:
        reader.problems.append(too_large(err.size, rel))
        return None
    except OSError as err:
        reason = why_unreadable(path, err)
        reader.problems.append(problem(Loc(rel), "file-unreadable", reason=reason))
        return None


@functools.cache
def _shipped(kind: Kind) -> tuple[dict[str, tuple[Any, ...]], tuple[Problem, ...]]:
    """The records of the shipped default file of ``kind`` (framework, profiles), read
    once per process: a province reads them for each of its fifty cities. They are
    shared by every folder, never in a namespace (store/namespace.py), and frozen."""
    lists: dict[str, list[Any]] = {name: [] for name, _ in kind.lists}
    reader = Reader()
    _read_kind_file(f"<{kind.name}>", _default_bytes(kind.name), _KindRecords(kind, lists, reader))
    return {name: tuple(items) for name, items in lists.items()}, tuple(reader.problems)


def _default_bytes(kind: str) -> bytes:
    return (resources.files("pustaka_cli") / "defaults" / f"{kind}.yaml").read_bytes()


def default_settings() -> Settings:
    """Settings with every default, for folders that have none yet."""
    return records.build_settings(None, SETTINGS_FILE)

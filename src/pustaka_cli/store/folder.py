"""Finding a data folder, and reading every record in it.

``load`` returns the whole folder as a ``Dataset`` plus every problem found while reading
it; cross-record checks (unknown references, dates, capacity) are ``checks``' job.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset, Settings
from pustaka_cli.problems import Loc, Problem, problem, sorted_problems
from pustaka_cli.store import records
from pustaka_cli.store.fields import Raw, Reader, RecordSpec, suggest
from pustaka_cli.store.records import Kind
from pustaka_cli.store.yamltext import Mapping as YMapping
from pustaka_cli.store.yamltext import Scalar, parse

T = TypeVar("T")

SETTINGS_FILE = "pustaka.yaml"
YAML_SUFFIXES = (".yaml", ".yml")


# --- finding the folder ---------------------------------------------------------------


def find_data_folders(given: Iterable[str], environ: Mapping[str, str], cwd: Path) -> list[Path]:
    """The data folders to use: ``--data`` values, else PUSTAKA_DATA, else the nearest
    folder from ``cwd`` upward that holds ``pustaka.yaml`` (as git finds ``.git``), else
    ``cwd/data`` if it is a data folder."""
    chosen = [Path(g) for g in given]
    if not chosen and environ.get("PUSTAKA_DATA"):
        chosen = [Path(p) for p in environ["PUSTAKA_DATA"].split(os.pathsep) if p]
    if chosen:
        for folder in chosen:
            if not (folder / SETTINGS_FILE).is_file():
                if not folder.is_dir():
                    raise PustakaError("error.data-not-found", path=folder)
                raise PustakaError("error.not-a-data-folder", path=folder)
        return [c.resolve() for c in chosen]
    here = cwd.resolve()
    for folder in (here, *here.parents):
        if (folder / SETTINGS_FILE).is_file():
            return [folder]
    # A repository that keeps its records in data/ works from its top folder too.
    if (here / "data" / SETTINGS_FILE).is_file():
        return [here / "data"]
    raise PustakaError("error.no-data-folder", start=here)


def settings_language(folder: Path) -> str | None:
    """The ``language:`` of a folder's settings, read cheaply for choosing help's language."""
    try:
        data = (folder / SETTINGS_FILE).read_bytes()
    except OSError:
        return None
    parsed = parse(data, SETTINGS_FILE)
    if isinstance(parsed.root, YMapping):
        for key, value in parsed.root.items:
            if key.text == "language" and isinstance(value, Scalar):
                return value.text
    return None


# --- reading --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """A data folder read: its records, and every problem met on the way."""

    folder: Path
    dataset: Dataset
    problems: tuple[Problem, ...]
    files: tuple[str, ...]


def kind_files(folder: Path, kind: Kind) -> list[Path]:
    """The files of one kind: ``<kind>.yaml`` then every YAML file under ``<kind>/``."""
    found = [folder / f"{kind.name}{suffix}" for suffix in YAML_SUFFIXES]
    files = [f for f in found if f.is_file()]
    sub = folder / kind.name
    if kind.folder and sub.is_dir():
        files.extend(
            sorted(
                (p for p in sub.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file()),
                key=lambda p: p.relative_to(folder).as_posix(),
            )
        )
    return files


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk load.

    A load makes millions of small objects and no cycles; left on, the collector rescans
    them again and again and the load takes 2-3 times as long.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(folder: Path, prefix: str = "") -> Loaded:
    """Read every record file of a data folder (see ``_load``)."""
    with _collector_paused():
        return _load(folder, prefix)


def _load(folder: Path, prefix: str) -> Loaded:
    """Read every record file of a data folder.

    Locations are paths relative to the folder, after ``prefix`` (a folder's name when
    several folders are combined, so that every location stays unambiguous).
    """
    reader = Reader()
    files: list[str] = [prefix + SETTINGS_FILE]
    settings_raw = _read_settings(folder, prefix, reader)

    lists: dict[str, list[Raw]] = {}
    for kind in records.KINDS:
        for name, _ in kind.lists:
            lists[name] = []
        paths = kind_files(folder, kind)
        if not paths and not kind.folder:
            _read_kind_file(f"<{kind.name}>", _default_bytes(kind.name), kind, reader, lists)
            continue
        for path in paths:
            rel = prefix + _rel(folder, path)
            files.append(rel)
            data = _read_bytes(path, rel, reader)
            if data is not None:
                _read_kind_file(rel, data, kind, reader, lists)

    dataset = Dataset(
        settings=records.build_settings(settings_raw, SETTINGS_FILE),
        framework=records.build_framework(
            {k: _valid(lists[k]) for k in ("scale", "key_functions", "competencies")}
        ),
        profiles=_build(lists["profiles"], records.build_profile),
        librarians=_build(lists["librarians"], records.build_librarian),
        trainings=_build(lists["trainings"], records.build_training),
        evaluations=_build(lists["evaluations"], records.build_evaluation),
        feedback=_build(lists["feedback"], records.build_feedback),
        mentoring=_build(lists["mentoring"], records.build_mentoring),
    )
    return Loaded(folder, dataset, tuple(sorted_problems(reader.problems)), tuple(files))


def _read_settings(folder: Path, prefix: str, reader: Reader) -> Raw | None:
    rel = prefix + SETTINGS_FILE
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


def _read_kind_file(
    rel: str, data: bytes, kind: Kind, reader: Reader, lists: dict[str, list[Raw]]
) -> None:
    parsed = parse(data, rel)
    reader.problems.extend(parsed.problems)
    root = parsed.root
    if root is None:
        return
    specs: dict[str, RecordSpec] = dict(kind.lists)
    if not isinstance(root, YMapping):
        reader.problems.append(
            problem(root.loc, "wrong-root", kind=kind.name, keys=", ".join(specs))
        )
        return
    for key, value in root.items:
        spec = specs.get(key.text)
        if spec is None:
            suggestion = suggest(key.text, tuple(specs))
            reader.problems.append(
                problem(
                    key.loc,
                    "unknown-key",
                    warning=True,
                    key=key.text,
                    record=kind.name,
                    suggestion=suggestion,
                    hint="did-you-mean" if suggestion else None,
                )
            )
        elif not (isinstance(value, Scalar) and value.is_null):
            lists[key.text].extend(reader.records(value, spec))


def _valid(raws: list[Raw]) -> list[Raw]:
    return [r for r in raws if r.valid]


def _build(raws: list[Raw], build: Callable[[Raw], T]) -> tuple[T, ...]:
    return tuple(build(r) for r in raws if r.valid)


def _read_bytes(path: Path, rel: str, reader: Reader) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as err:
        reader.problems.append(
            problem(Loc(rel), "file-unreadable", reason=err.strerror or str(err))
        )
        return None


def _rel(folder: Path, path: Path) -> str:
    return path.relative_to(folder).as_posix()


def _default_bytes(kind: str) -> bytes:
    return (resources.files("pustaka_cli") / "defaults" / f"{kind}.yaml").read_bytes()


def default_settings() -> Settings:
    """Settings with every default, for folders that have none yet."""
    return records.build_settings(None, SETTINGS_FILE)

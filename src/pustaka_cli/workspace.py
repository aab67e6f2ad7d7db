"""Opening data folders: read them (store), then check them (checks), as one step.

Several folders (a province combining its cities) become one dataset; each problem's
path then starts with its folder's name so that it stays unambiguous.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pustaka_cli.domain import checks
from pustaka_cli.model import Dataset
from pustaka_cli.problems import Problem, sorted_problems
from pustaka_cli.store.cache import FileKey
from pustaka_cli.store.folder import Progress, load


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
    several = len(folders) > 1
    told = None if progress is None else _Tally(progress)
    loaded = []
    for folder in folders:
        prefix = f"{folder.name}/" if several else ""
        known = (keys or {}).get(folder)
        loaded.append(load(folder, prefix=prefix, progress=told, keys=known))
        if told is not None:
            told.next_folder()
    dataset = _combine([x.dataset for x in loaded]) if several else loaded[0].dataset
    found = [p for x in loaded for p in x.problems]
    found.extend(checks.check(dataset, today))
    return Workspace(tuple(folders), dataset, tuple(sorted_problems(found)))


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

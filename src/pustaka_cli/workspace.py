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
from pustaka_cli.store.folder import load


@dataclass(frozen=True, slots=True)
class Workspace:
    folders: tuple[Path, ...]
    dataset: Dataset
    problems: tuple[Problem, ...]


def open_folders(folders: list[Path], today: dt.date) -> Workspace:
    several = len(folders) > 1
    loaded = [load(folder, prefix=f"{folder.name}/" if several else "") for folder in folders]
    dataset = _combine([x.dataset for x in loaded]) if several else loaded[0].dataset
    found = [p for x in loaded for p in x.problems]
    found.extend(checks.check(dataset, today))
    return Workspace(tuple(folders), dataset, tuple(sorted_problems(found)))


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

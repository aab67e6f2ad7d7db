"""Finding a data folder, and the language of its settings: all that start-up needs.

Kept apart from ``folder`` (reading the records) so that choosing the language of
``--help`` imports neither the records' model nor PyYAML.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from pustaka_cli.errors import PustakaError
from pustaka_cli.store.yaml import Mapping as YMapping
from pustaka_cli.store.yaml import Scalar, parse

SETTINGS_FILE = "pustaka.yaml"


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


_RESOLVED: dict[tuple[tuple[str, ...], str | None, str], list[Path] | PustakaError] = {}


def data_folders(given: Iterable[str], environ: Mapping[str, str], cwd: Path) -> list[Path]:
    """``find_data_folders``, resolved once for a command line: the language of its help
    needs the folders before its command does, and both get the same answer (or the same
    refusal). ``forget`` starts the next command line afresh."""
    key = (tuple(str(Path(g)) for g in given), environ.get("PUSTAKA_DATA"), str(cwd))
    found = _RESOLVED.get(key)
    if found is None:
        try:
            found = find_data_folders(key[0], environ, cwd)
        except PustakaError as err:
            found = err
        _RESOLVED.clear()
        _RESOLVED[key] = found
    if isinstance(found, PustakaError):
        raise found
    return list(found)


def forget() -> None:
    _RESOLVED.clear()


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

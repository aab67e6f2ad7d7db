"""Which files hold a data folder's records, and the key of each: light on purpose.

A memo lookup (``store/cache``) lists and stats every file before anything is read, and
must do it without importing the model or the YAML readers: a hit answers before either
is imported. So this module knows the record kinds only by name (``KIND_FOLDERS``, kept
equal to ``store.records.KINDS`` by ``tests/test_report_memo.py``); ``store/folder.py``
re-exports what it lists.
"""

from __future__ import annotations

import os
from pathlib import Path

from pustaka_cli.store.cache.stored import FileKey, file_key

SETTINGS_FILE = "pustaka.yaml"  # as store/locate.py, which imports the YAML reader
YAML_SUFFIXES = (".yaml", ".yml")

# Each kind of record file, in reading order, and whether it may also be a folder of files.
KIND_FOLDERS: tuple[tuple[str, bool], ...] = (
    ("framework", False),
    ("profiles", False),
    ("librarians", True),
    ("trainings", True),
    ("evaluations", True),
    ("feedback", True),
    ("mentoring", True),
    ("budgets", True),
    ("learning", True),
)


def kind_entries(folder: Path, kind: str, is_folder: bool) -> list[tuple[str, str]]:
    """The files of one kind as (path relative to the folder, full path) text pairs:
    ``<kind>.yaml`` then every YAML file under ``<kind>/`` (when ``is_folder``).

    The YAML files ``sub.rglob("*")`` finds, sorted by relative path, but with
    ``os.scandir`` and plain strings: pathlib costs seconds over the 72,000 files of a
    national folder. Whatever else bears a record file's name is listed too (a folder
    named ``*.yaml``, a FIFO, a dangling symlink, a symlink loop): reading it gives a
    located problem (``files.read_whole`` refuses what is not a regular file), never
    silence, a traceback or a hang.
    """
    found: list[tuple[str, str]] = []
    for suffix in YAML_SUFFIXES:
        path = f"{folder}{os.sep}{kind}{suffix}"
        if os.path.lexists(path):
            found.append((f"{kind}{suffix}", path))
    sub = folder / kind
    if is_folder and sub.is_dir():
        nested: list[tuple[str, str]] = []
        _walk(str(sub), kind, nested)
        nested.sort(key=lambda pair: pair[0])
        found.extend(nested)
    elif is_folder and sub.is_symlink():  # a link to no folder: a loop, or leading nowhere
        found.append((kind, str(sub)))
    return found


def _walk(top: str, rel: str, out: list[tuple[str, str]]) -> None:
    """As pathlib's rglob: real folders only (no symlinked ones), unreadable ones skipped;
    every entry with a YAML name is listed, whatever it is (see ``kind_entries``)."""
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except PermissionError:
        return
    for entry in entries:
        name = entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if _is_yaml(name):  # a folder too: a folder named like a record file is a mistake
            out.append((f"{rel}/{name}", entry.path))
        elif is_dir:
            _walk(entry.path, f"{rel}/{name}", out)


def _is_yaml(name: str) -> bool:
    """As ``os.path.splitext(name)[1] in YAML_SUFFIXES`` (".yaml" alone has no suffix), at
    a third of its cost: it runs for each of a national folder's 72,000 names."""
    return name.endswith(YAML_SUFFIXES) and bool(name.rpartition(".")[0].lstrip("."))


def fingerprint(folder: Path) -> list[tuple[str, FileKey]]:
    """Every file ``load`` would read, with its key (see ``store/cache``)."""
    paths = [(SETTINGS_FILE, str(folder / SETTINGS_FILE))]
    for kind, is_folder in KIND_FOLDERS:
        paths.extend(kind_entries(folder, kind, is_folder))
    found: list[tuple[str, FileKey]] = []
    for rel, path in paths:
        try:
            key = file_key(os.stat(path))
        except OSError:
            key = (-1, -1, -1, -1)  # unreadable now: a different state from any readable one
        found.append((rel, key))
    return found

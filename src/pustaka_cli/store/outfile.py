"""Writing a report to the file ``-o`` names: only ever a regular file, never a record.

``-o`` is a path a person typed, perhaps wrongly: a temp file renamed over it would turn
a device node, a FIFO or a symlink into a plain file, or overwrite ``librarians.yaml``
with CSV. So a report is written, atomically, only to a path that is absent or a regular
file; a symlink is followed and the file it leads to written; anything else is refused
with what it is; and no path pustaka reads records or settings from (or would, once the
file exists) is ever written.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from pustaka_cli.errors import PustakaError
from pustaka_cli.store.files import what_is, write_atomic
from pustaka_cli.store.listing import KIND_FOLDERS, SETTINGS_FILE, YAML_SUFFIXES, kind_entries


def write_report(path: Path, data: bytes, folders: Sequence[Path]) -> None:
    """Write ``data`` to ``path`` (through a symlink, to its target), refusing what is
    not a regular file and every record file of ``folders``; OSError as the system says."""
    target = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise PustakaError(f"error.output-{what_is(info.st_mode)}", path=path)
    for folder in folders:
        if is_record_path(folder, target) or (info is not None and _same_as_a_record(folder, info)):
            raise PustakaError("error.output-record-file", path=path, folder=folder)
    write_atomic(target, data)


def is_record_path(folder: Path, path: Path) -> bool:
    """Whether ``path`` (resolved) is where ``folder`` keeps settings or records: its
    ``pustaka.yaml``, a ``<kind>.yaml`` or ``.yml``, or a YAML file under ``<kind>/``."""
    try:
        parts = path.relative_to(Path(os.path.realpath(folder))).parts
    except ValueError:
        return False
    if not parts:
        return False
    name = parts[-1]
    if len(parts) == 1:
        return name == SETTINGS_FILE or any(
            name == f"{kind}{suffix}" for kind, _ in KIND_FOLDERS for suffix in YAML_SUFFIXES
        )
    nested = {kind for kind, is_folder in KIND_FOLDERS if is_folder}
    return parts[0] in nested and name.endswith(YAML_SUFFIXES)


def _same_as_a_record(folder: Path, info: os.stat_result) -> bool:
    """Whether the file ``info`` describes is one of ``folder``'s record files under
    another name (a symlink to it, a hard link)."""
    paths = [str(folder / SETTINGS_FILE)]
    for kind, is_folder in KIND_FOLDERS:
        paths.extend(full for _, full in kind_entries(folder, kind, is_folder))
    for full in paths:
        try:
            other = os.stat(full)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False

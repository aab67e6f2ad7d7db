"""Records already read, so that a run after no change reads no YAML at all.

What is kept: for each record file, what reading it produced — its raw records (values
converted by their field specs, with every location) and its problems — as plain JSON in
``.pustaka/cache/records/<kind>.json`` of the data folder, one file per kind of record
file, read only when a file of that kind is asked for: ``check`` after one evaluations
file changed reads the librarians' records and neither reads nor rewrites the 30 MB of
the evaluations' (``store/cache/checks.py``). JSON cannot execute code when it is read
(pickle could), and a checksum over each file's entries turns a damaged one into a miss.

The key of a file: its path, ``st_mtime_ns``, ``st_ctime_ns``, size and inode. Every file
is stat'ed on every run (about 0.2 s for 72,000 files): directory times alone would miss a
file edited in place, and ``ctime`` changes on any write even when a tool puts ``mtime``
back. A file whose key changed, or that is new, is read again and only it; entries of
files that are gone are dropped (from the kinds read in that run). Each file is replaced
atomically (temp file, then ``os.replace``), so two pustaka running at once each see
whole files, old or new; the last to finish wins, and both were correct (every entry
stands on its own, under its file's key).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pustaka_cli.problems import Problem
from pustaka_cli.store.cache.stored import (
    CACHE_FOLDER,
    FileKey,
    compact,
    problem_row,
    read_body,
    row_problem,
    write,
)
from pustaka_cli.store.fields import Raw, RecordSpec
from pustaka_cli.store.fieldtypes import decode_raw as _decode_raw  # each type's codec
from pustaka_cli.store.fieldtypes import encode_raw as _encode_raw

RECORDS_FOLDER = "records"  # in the cache folder: <kind>.json for each kind of record file


class Entry:
    """What reading one file produced: raw records by list name, problems, and the file's
    size in bytes (for progress)."""

    __slots__ = ("lists", "problems", "size")

    def __init__(self, lists: dict[str, list[Raw]], problems: list[Problem], size: int = 0) -> None:
        self.lists = lists
        self.problems = problems
        self.size = size


class RecordCache:
    """The cache of one data folder: ``get`` what is still valid, ``put`` what was read,
    then ``save``."""

    def __init__(self, folder: Path, specs: dict[str, RecordSpec]) -> None:
        self.folder = folder
        self.specs = specs  # list name -> spec of its records
        self._parts: dict[str, _Part] = {}  # by kind, read when first asked for
        # What this run took from the cache and what it read again, by file (for tests,
        # benchmarks and the curious: the cache's work made visible)
        self.decoded: list[str] = []
        self.parsed: list[str] = []

    def _part(self, rel: str) -> _Part:
        name = _part_name(rel)
        part = self._parts.get(name)
        if part is None:
            path = self.folder / CACHE_FOLDER / RECORDS_FOLDER / f"{name}.json"
            part = self._parts[name] = _Part(_read_entries(path))
        return part

    def get(self, rel: str, key: FileKey, prefix: str) -> Entry | None:
        """The entry of file ``rel`` if its key still matches; locations get ``prefix``."""
        part = self._part(rel)
        text = part.stored.get(rel)
        if text is None:
            return None
        try:
            stored = json.loads(text)
            if stored[0] != list(key):
                return None
            entry = _decode_entry(stored, prefix + rel, self.specs)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None  # an entry of another shape: read the file again
        part.kept[rel] = text
        self.decoded.append(rel)
        return entry

    @property
    def changed(self) -> bool:
        """Whether a file was read and put in this run (then ``save`` will write)."""
        return any(part.changed for part in self._parts.values())

    def keep(self, rel: str, key: FileKey) -> None:
        """Keep the entry of file ``rel`` if its key still matches, without decoding it:
        for a file whose records this run does not need, but a later run may."""
        part = self._part(rel)
        text = part.stored.get(rel)
        # An entry's text begins with its key exactly as ``put`` wrote it (compact JSON).
        if text is not None and text.startswith(f"[[{key[0]},{key[1]},{key[2]},{key[3]}],"):
            part.kept[rel] = text

    def put(self, rel: str, key: FileKey, entry: Entry) -> None:
        encoded = _encode_entry(key, entry, self.specs)
        part = self._part(rel)
        part.kept[rel] = compact(encoded)
        part.changed = True
        self.parsed.append(rel)

    def save(self) -> None:
        """Write each kind's file that changed (of those read in this run: the others stay
        as they are); a folder we cannot write keeps none.

        The body is one JSON object with one entry a line (JSON escapes every newline
        inside a text), which is how ``_read_entries`` finds each entry's text.
        """
        for name, part in self._parts.items():
            if not part.changed and part.kept.keys() == part.stored.keys():
                continue
            with contextlib.suppress(OSError):  # the one file of every kind, formerly
                (self.folder / CACHE_FOLDER / "records.json").unlink(missing_ok=True)
            lines = [f"{_json_text(rel)}:{text}" for rel, text in part.kept.items()]
            write(self.folder, f"{RECORDS_FOLDER}/{name}.json", "{\n" + ",\n".join(lines) + "\n}")
            part.stored, part.changed = dict(part.kept), False


class _Part:
    """The entries of one kind's files: as stored (each the JSON text it was stored as:
    saving after one file changed writes the others back as they were instead of encoding
    them all again), and those still valid in this run."""

    __slots__ = ("changed", "kept", "stored")

    def __init__(self, stored: dict[str, str]) -> None:
        self.stored = stored
        self.kept: dict[str, str] = {}
        self.changed = False


_PART_NAME = re.compile(r"[a-z][a-z0-9_-]*\Z")


def _part_name(rel: str) -> str:
    """The kind a record file belongs to, by its path: ``evaluations/000/x.yaml`` and
    ``evaluations.yaml`` go with ``evaluations`` (anything odd, with ``other``)."""
    head, nested, _ = rel.partition("/")
    name = head if nested else os.path.splitext(head)[0]
    return name if _PART_NAME.match(name) else "other"


# What json.dumps(ensure_ascii=False) escapes in a text; a path without any is written
# between quotes as it is, 20 times faster than json.dumps over 72,000 names.
_ESCAPED = re.compile(r'[\x00-\x1f"\\]')


def _json_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False) if _ESCAPED.search(text) else f'"{text}"'


def _read_entries(path: Path) -> dict[str, str]:
    """The stored entries' JSON texts by file; none when the cache file is missing, damaged,
    of another version or of another layout."""
    body = read_body(path)
    if body is None:
        return {}
    lines = body.split("\n")
    if len(lines) < 2 or lines[0] != "{" or lines[-1] != "}":
        return {}
    decode = _DECODER.raw_decode
    found: dict[str, str] = {}
    try:
        for line in lines[1:-1]:
            line = line.removesuffix(",")  # an entry's JSON never ends with a comma
            end = line.find('":') + 1
            rel: Any = line[1 : end - 1]
            if end <= 0 or line[0] != '"' or '"' in rel or "\\" in rel:
                rel, end = decode(line)  # a name with quotes or escapes: decode it as JSON
            if not isinstance(rel, str) or line[end] != ":":
                return {}
            found[rel] = line[end + 1 :]
    except (ValueError, IndexError):
        return {}
    return found


_DECODER = json.JSONDecoder()


# --- encoding: raw records by their specs, locations as line and column ---------------
#
# Every location of a file's records and problems is in that file, so only line and
# column are stored; the path is put back on reading (with the prefix of this run).


def _encode_entry(key: FileKey, entry: Entry, specs: dict[str, RecordSpec]) -> Any:
    lists = {
        name: [_encode_raw(r, specs[name]) for r in raws] for name, raws in entry.lists.items()
    }
    return [list(key), lists, [problem_row(p) for p in entry.problems]]


def _decode_entry(stored: Any, path: str, specs: dict[str, RecordSpec]) -> Entry:
    key, lists, problems = stored
    decoded = {
        name: [_decode_raw(r, specs[name], path) for r in raws] for name, raws in lists.items()
    }
    return Entry(decoded, [row_problem(row, path) for row in problems], key[2])

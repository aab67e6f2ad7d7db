"""Each record file's check, kept: after one file changed, ``check`` checks only that file.

The checks of one file of trainings, evaluations or feedback depend on that file and on a
small context drawn from the other kinds (``domain.checks.Context``: librarians and their
start dates, competencies, libraries, today...). So ``.pustaka/cache/checks.json`` keeps,
for each such file, what reading and checking it gave — its problems, and the places of
its ids that other files' checks need — under the file's key (as the records cache), and
the whole memo under a text naming the context it was checked against, but for the
librarians. Those are kept once for the whole memo (each id with its start date), and
each entry names the librarians its records name, and whether one of them was unknown
(then its "did you mean" chose among every id). A run compares the librarians with the
kept ones: an entry naming a librarian added, removed or with another start date is a
miss, and so is one with an unknown librarian once any id came or went. So a new
librarian, or another's start date, re-checks only the files naming them; another day
or another framework makes every entry a miss. The header names the code too, so new
checks are a miss.

Every entry kept stays true to the librarians kept: it names none that changed since it
was checked, for those re-checked are checked against the current ones, which are kept.

Every location of a file's problems and places is in that file, so only line and column
are kept, as in the records cache; a problem elsewhere is never kept (``put``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from pustaka_cli.problems import Loc, Problem
from pustaka_cli.store.memo import CACHE_FOLDER, FileKey, _read, _write, problem_row, row_problem

CHECKS_FILE = "checks.json"

Places = dict[str, tuple[tuple[str, Loc], ...]]
"""Ids (or references) of a file's records by what they are, each with its place."""


class CheckMemo:
    """The kept checks of one data folder's files: ``get``, ``put``, then ``save``."""

    def __init__(self, folder: Path, context: str, started: dict[str, dt.date | None]) -> None:
        """``context``: a text naming the context but for the librarians; ``started``:
        every librarian id with the start date, as the checks look them up."""
        self.folder = folder
        self.context = hashlib.blake2b(context.encode("utf-8"), digest_size=20).hexdigest()
        # Each librarian as the checks see them: start date as its ordinal, 0 for none.
        self._librarians = {
            ref: 0 if day is None else day.toordinal() for ref, day in started.items()
        }
        stored = _read(folder / CACHE_FOLDER / CHECKS_FILE)
        files = stored.get("files") if stored.get("context") == self.context else None
        seen = stored.get("librarians")
        if not isinstance(files, dict) or not isinstance(seen, dict):
            files, seen = {}, {}
        self._stored: dict[str, Any] = files
        self._seen: dict[str, Any] = seen
        now = self._librarians
        self._moved = {ref for ref in seen.keys() | now.keys() if seen.get(ref) != now.get(ref)}
        self._ids_changed = seen.keys() != now.keys()
        self._kept: dict[str, Any] = {}

    def get(self, rel: str, key: FileKey, prefix: str) -> tuple[list[Problem], Places] | None:
        """What file ``rel`` gave when its key was ``key``, if kept; paths get ``prefix``."""
        stored = self._stored.get(rel)
        if stored is None:
            return None
        path = prefix + rel
        try:
            key_then, found, kept_places, named, any_unknown = stored
            if key_then != list(key) or (self._moved and not self._moved.isdisjoint(named)):
                return None
            if any_unknown and self._ids_changed:
                return None
            problems = [row_problem(row, path) for row in found]
            places: Places = {
                name: tuple((str(ref), Loc(path, line, col)) for ref, line, col in pairs)
                for name, pairs in kept_places.items()
            }
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None  # an entry of another shape: check the file again
        self._kept[rel] = stored
        return problems, places

    def put(
        self,
        rel: str,
        key: FileKey,
        prefix: str,
        problems: list[Problem],
        places: Places,
        librarians: frozenset[str],
    ) -> None:
        """Keep what file ``rel`` gave under ``key``, checked naming ``librarians``; unless
        something lies in another file."""
        path = prefix + rel
        if any(p.loc.path != path for p in problems) or any(
            loc.path != path for pairs in places.values() for _, loc in pairs
        ):
            return
        self._kept[rel] = [
            list(key),
            [problem_row(p) for p in problems],
            {
                name: [[ref, loc.line, loc.col] for ref, loc in pairs]
                for name, pairs in places.items()
            },
            sorted(librarians),
            any(ref not in self._librarians for ref in librarians),
        ]

    def save(self) -> None:
        """Write the memo: the entries got or put in this run, the others' files being gone.
        Unchanged, nothing is written."""
        if self._kept == self._stored and self._librarians == self._seen:
            return
        body = json.dumps(
            {"context": self.context, "librarians": self._librarians, "files": self._kept},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        _write(self.folder, CHECKS_FILE, body)

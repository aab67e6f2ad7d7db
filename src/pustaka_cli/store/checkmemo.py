"""Each record file's check, kept: after one file changed, ``check`` checks only that file.

The checks of one file of trainings, evaluations or feedback depend on that file and on a
small context drawn from the other kinds (``domain.checks.Context``: librarians and their
start dates, competencies, libraries, today...). So ``.pustaka/cache/checks.json`` keeps,
for each such file, what reading and checking it gave — its problems, and the places of
its ids that other files' checks need — under the file's key (as the records cache), and
the whole memo under a text naming the context it was checked against, but for the
librarians: each entry also keeps the librarians its records name as they were then
(known or not, and their start dates), and when one was unknown, a digest of every id
(the "did you mean" chose among them). So a new librarian, or another's start date,
leaves most files' entries valid; another day or another framework makes every entry a
miss. The header names the code too, so new checks are a miss.

Every location of a file's problems and places is in that file, so only line and column
are kept, as in the records cache; a problem elsewhere is never kept (``put``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from pustaka_cli.problems import Loc, Problem, Severity
from pustaka_cli.store.memo import CACHE_FOLDER, FileKey, _read, _write

CHECKS_FILE = "checks.json"
_UNKNOWN = -1  # the state of a librarian id that names nobody

Places = dict[str, tuple[tuple[str, Loc], ...]]
"""Ids (or references) of a file's records by what they are, each with its place."""


class CheckMemo:
    """The kept checks of one data folder's files: ``get``, ``put``, then ``save``."""

    def __init__(self, folder: Path, context: str, started: dict[str, dt.date | None]) -> None:
        """``context``: a text naming the context but for the librarians; ``started``:
        every librarian id with the start date, as the checks look them up."""
        self.folder = folder
        self.context = hashlib.blake2b(context.encode("utf-8"), digest_size=20).hexdigest()
        self._started = started
        self._every: str | None = None
        stored = _read(folder / CACHE_FOLDER / CHECKS_FILE)
        files = stored.get("files") if stored.get("context") == self.context else None
        self._stored: dict[str, Any] = files if isinstance(files, dict) else {}
        self._kept: dict[str, Any] = {}

    def get(self, rel: str, key: FileKey, prefix: str) -> tuple[list[Problem], Places] | None:
        """What file ``rel`` gave when its key was ``key``, if kept; paths get ``prefix``."""
        stored = self._stored.get(rel)
        if stored is None:
            return None
        path = prefix + rel
        try:
            if stored[0] != list(key) or stored[4] != self._states(stored[3]):
                return None
            if stored[5] is not None and stored[5] != self._every_id():
                return None
            problems = [
                Problem(
                    Loc(path, line, col),
                    code,
                    Severity.WARNING if warning else Severity.ERROR,
                    tuple((str(k), str(v)) for k, v in args),
                    hint,
                )
                for line, col, code, warning, args, hint in stored[1]
            ]
            places: Places = {
                name: tuple((str(ref), Loc(path, line, col)) for ref, line, col in pairs)
                for name, pairs in stored[2].items()
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
        named = sorted(librarians)
        states = self._states(named)
        if any(p.loc.path != path for p in problems) or any(
            loc.path != path for pairs in places.values() for _, loc in pairs
        ):
            return
        self._kept[rel] = [
            list(key),
            [
                [
                    p.loc.line,
                    p.loc.col,
                    p.code,
                    p.severity is Severity.WARNING,
                    [list(a) for a in p.args],
                    p.hint,
                ]
                for p in problems
            ],
            {
                name: [[ref, loc.line, loc.col] for ref, loc in pairs]
                for name, pairs in places.items()
            },
            named,
            states,
            self._every_id() if _UNKNOWN in states else None,
        ]

    def _states(self, named: list[str]) -> list[int]:
        """How the checks saw each librarian: unknown, known without a start date, or the
        start date (as its ordinal)."""
        started = self._started
        found = []
        for ref in named:
            if ref not in started:
                found.append(_UNKNOWN)
            else:
                day = started[ref]
                found.append(0 if day is None else day.toordinal())
        return found

    def _every_id(self) -> str:
        """A digest of every librarian id, made once when first needed."""
        if self._every is None:
            text = "\n".join(sorted(self._started))
            self._every = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        return self._every

    def save(self) -> None:
        """Write the memo: the entries got or put in this run, the others' files being gone.
        Unchanged, nothing is written."""
        if self._kept == self._stored:
            return
        body = json.dumps(
            {"context": self.context, "files": self._kept},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        _write(self.folder, CHECKS_FILE, body)

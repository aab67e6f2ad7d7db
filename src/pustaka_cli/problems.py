"""Problems found in the user's files: values, collected and reported all at once.

A problem carries a code and the arguments of its message, never the message itself:
the words are chosen later, in the user's language (see ``pustaka_cli.i18n``).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Loc:
    """Where something stands in the data folder: 1-based line and column (0 = unknown)."""

    path: str
    line: int = 0
    col: int = 0


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The raw setter of a slot: bypasses a frozen dataclass's ``__setattr__`` (which sets
    each field through ``object.__setattr__``), so that the readers, which build millions
    of records, make the same objects in half the time."""
    setter: Callable[[Any, Any], None] = cls.__dict__[name].__set__
    return setter


_new = object.__new__
set_loc_path = slot_setter(Loc, "path")
set_loc_line = slot_setter(Loc, "line")
set_loc_col = slot_setter(Loc, "col")


def new_loc(path: str, line: int, col: int) -> Loc:
    """``Loc(path, line, col)`` in half the time, for the readers' hot loops."""
    loc: Loc = _new(Loc)
    set_loc_path(loc, path)
    set_loc_line(loc, line)
    set_loc_col(loc, col)
    return loc


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the user's files.

    ``code`` names the message ``problem.<code>`` in the catalogue; ``args`` fill its
    placeholders. ``hint`` names an optional ``hint.<hint>`` message with the same args.

    >>> Problem(Loc("librarians.yaml", 4, 11), "unknown-grade", args=(("value", "x"),))
    """

    loc: Loc
    code: str
    severity: Severity = Severity.ERROR
    args: tuple[tuple[str, str], ...] = field(default=())
    hint: str | None = None

    @property
    def arg_map(self) -> dict[str, str]:
        return dict(self.args)

    def sort_key(self) -> tuple[str, int, int, str, tuple[tuple[str, str], ...]]:
        return (self.loc.path, self.loc.line, self.loc.col, self.code, self.args)


def problem(
    loc: Loc,
    code: str,
    *,
    warning: bool = False,
    hint: str | None = None,
    **args: object,
) -> Problem:
    """Build a problem; every argument is kept as text, in a stable order."""
    return Problem(
        loc=loc,
        code=code,
        severity=Severity.WARNING if warning else Severity.ERROR,
        args=tuple(sorted((k, str(v)) for k, v in args.items())),
        hint=hint,
    )


def sorted_problems(problems: list[Problem] | tuple[Problem, ...]) -> list[Problem]:
    """Problems in reading order: by file, line, column, then code; duplicates removed."""
    return sorted(set(problems), key=Problem.sort_key)


def suggest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    """The closest of ``choices`` to a mistyped ``word``, or "" when none is close.

    >>> suggest("katalogisai", ["katalogisasi", "klasifikasi"])
    'katalogisasi'
    """
    found = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.75)
    return found[0] if found else ""


# --- what an unreadable file hides ------------------------------------------------------
#
# A file that cannot be read (a merge conflict, an unclosed quote, a tab) gives no records,
# so everything that refers to them is reported as unknown: a broken librarians.yaml gives
# hundreds of `unknown-librarian` lines, which used to bury its own few. Shown to a person,
# the unreadable file comes first and what it hides is one line per kind; the JSON for
# tools keeps every problem.

# The kind of a record file (its name, or its folder's), and the codes that report a
# reference to a record of that kind (domain/checks.py).
REFERENCES_TO = {
    "pustaka": ("unknown-library",),
    "framework": ("unknown-competency", "unknown-key-function"),
    "profiles": ("unknown-grade",),
    "librarians": ("unknown-librarian",),
    "trainings": ("unknown-training",),
}
_STOPS_READING = frozenset(("file-too-large", "file-unreadable"))


def stops_reading(p: Problem) -> bool:
    """Whether the problem kept its whole file from being read (then it has no records)."""
    if p.severity is not Severity.ERROR:
        return False
    if p.code.startswith("yaml-"):
        return p.code != "yaml-duplicate-key"  # the reader keeps the first value and goes on
    return p.code in _STOPS_READING


def _kind_of(path: str) -> str | None:
    parts = path.split("/")
    if len(parts) >= 2 and parts[-2] in REFERENCES_TO:
        return parts[-2]  # librarians/pusat.yaml
    stem = parts[-1].rsplit(".", 1)[0]
    return stem if stem in REFERENCES_TO else None


def unreadable_first(problems: list[Problem] | tuple[Problem, ...]) -> list[Problem]:
    """The problems of unreadable files first, then for each kind of them one
    ``not-checked`` problem in place of the references it made unknown, then the rest
    (each part in the order given).

    >>> broken = Problem(Loc("librarians.yaml", 3, 1), "yaml-tab")
    >>> ref = Problem(Loc("trainings.yaml", 9, 20), "unknown-librarian")
    >>> [p.code for p in unreadable_first([ref, broken])]
    ['yaml-tab', 'not-checked']
    """
    unreadable: dict[str, list[str]] = {}
    for p in problems:
        kind = _kind_of(p.loc.path) if stops_reading(p) else None
        if kind is not None and p.loc.path not in unreadable.setdefault(kind, []):
            unreadable[kind].append(p.loc.path)
    if not unreadable:
        return list(problems)
    paths = {path for found in unreadable.values() for path in found}
    hides = {code: kind for kind in unreadable for code in REFERENCES_TO[kind]}
    first: list[Problem] = []
    rest: list[Problem] = []
    hidden: dict[str, list[Problem]] = {}
    for p in problems:
        if p.loc.path in paths:
            first.append(p)
        elif p.code in hides:
            hidden.setdefault(hides[p.code], []).append(p)
        else:
            rest.append(p)
    summaries = [
        problem(
            Loc(unreadable[kind][0]),
            "not-checked",
            hint="not-checked",
            files=_listed(unreadable[kind]),
            count=len(refs),
            in_files=len({p.loc.path for p in refs}),
        )
        for kind, refs in hidden.items()
    ]
    return first + summaries + rest


def _listed(paths: list[str]) -> str:
    shown = ", ".join(paths[:3])
    return shown if len(paths) <= 3 else f"{shown} (+{len(paths) - 3})"

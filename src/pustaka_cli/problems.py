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

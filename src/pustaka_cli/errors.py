"""Refused actions and broken environments: one exception family, caught once in the CLI.

Problems in the user's records are not exceptions (see ``problems``); bugs are not caught.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pustaka_cli.problems import Problem

OK = 0
FAILED = 1  # problems found, or an action refused
USAGE = 2


class PustakaError(Exception):
    """Something pustaka will not or cannot do; ``key`` names the message in the catalogue.

    >>> raise PustakaError("error.no-data-folder", start="/home/rina")
    """

    exit_code = FAILED

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_map = {k: str(v) for k, v in args.items()}


class UsageError(PustakaError):
    """The command line itself is wrong (a bad option value)."""

    exit_code = USAGE


class FolderProblems(PustakaError):
    """A write refused because of problems in the data folder: those it has (a write
    decides on what it reads) or those it would cause. ``problems`` are printed, located,
    before the sentence ``key`` names."""

    def __init__(self, key: str, problems: tuple[Problem, ...], **args: object) -> None:
        super().__init__(key, **args)
        self.problems = problems


class ImportRefused(PustakaError):
    """An import refused because rows of its sheet are: ``rows`` (each a row's number and
    its refusal, in row order) are said, located in ``path``, before the sentence."""

    def __init__(self, path: object, rows: tuple[tuple[int, PustakaError], ...]) -> None:
        super().__init__("error.import-refused", path=path, count=len(rows))
        self.path = path
        self.rows = rows

"""Refused actions and broken environments: one exception family, caught once in the CLI.

Problems in the user's records are not exceptions (see ``problems``); bugs are not caught.
"""

from __future__ import annotations

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

    def __init__(self, key: str, problems: tuple[object, ...], **args: object) -> None:
        super().__init__(key, **args)
        self.problems = problems

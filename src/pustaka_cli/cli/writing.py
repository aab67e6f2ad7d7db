"""What every writing command shares: its options, the write it asks for, the line it says.

A writing command translates its arguments into one call of the library face
(``api.deciding``), given a ``Write`` made here (``place``), and says the ``Outcome`` in
one line (``tell``); asking a person to confirm is in ``asking``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from pustaka_cli.cli import common
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the face (and the model under it) is imported when a command runs
    from pustaka_cli.api.deciding import Outcome, Write


def place(
    t: Translator,
    data: list[Path] | None,
    today: dt.date,
    dry_run: bool = False,
    commit: bool = False,
    force: bool = False,
) -> Write:
    """The write a command line asks for: the one data folder ``--data`` names (or the
    one found from here), the day, the language, and the switches."""
    from pustaka_cli.api import deciding

    folder = deciding.one_folder(common.data_folders(data))
    return deciding.Write(folder, today, t, dry_run=dry_run, commit=commit, force=force)


def tell(t: Translator, outcome: Outcome[Any]) -> None:
    """Say what changed in one line, and where; a dry run first shows the change as a diff."""
    paths = outcome.paths
    if outcome.dry_run:
        for f in outcome.files:
            common.write(f.diff())
        said = t("write.dry-run", what=outcome.what, path=paths)
    elif outcome.committed:
        said = t("write.committed", what=outcome.what, path=paths, message=outcome.message)
    else:
        said = t("write.done", what=outcome.what, path=paths, message=outcome.message)
    common.write(common.wrapped(said) + "\n")


def date(value: str | None, option: str) -> dt.date | None:
    """An optional date option (``--on``, ``--date``...): None when not given."""
    return common.parse_date(value, option) if value else None


# --- options and arguments of every writing command (built per language, for --help) --


def dry_run_option(t: Translator) -> Any:
    return typer.Option("--dry-run", "-n", help=t("write.option.dry-run"))


def commit_option(t: Translator) -> Any:
    return typer.Option("--commit", help=t("write.option.commit"))


def force_option(t: Translator) -> Any:
    return typer.Option("--force", help=t("write.option.force"))


def on_option(t: Translator) -> Any:
    return typer.Option("--on", help=t("enroll.option.on"), metavar=t("metavar.date"))


def yes_option(t: Translator) -> Any:
    return typer.Option("--yes", "-y", help=t("enroll.option.yes"))


def allow_clash_option(t: Translator) -> Any:
    return typer.Option("--allow-clash", help=t("enroll.option.allow-clash"))


def training_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.training"),
        metavar=t("metavar.training"),
        autocompletion=completion.trainings,
    )


def librarians_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.librarians"),
        metavar=t("metavar.librarians"),
        autocompletion=completion.librarians,
    )


def librarian_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.librarian"),
        metavar=t("metavar.librarian"),
        autocompletion=completion.librarians,
    )

"""``pustaka guest TRAINING NAME --institution I``: a participant from outside the staff.

Wiring only: the face (``api.deciding.add_guest``) decides by ``enrollment.guest`` and
writes; the outcome is said in one line (``writing.tell``).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import Annotated

import typer

from pustaka_cli.cli import common, completion, writing
from pustaka_cli.cli.writing import commit_option, dry_run_option, force_option
from pustaka_cli.i18n import Translator


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("guest", help=t("guest.help"), epilog=t("write.epilog"))
    def guest(
        training: Annotated[
            str,
            typer.Argument(
                help=t("attendance.argument.training"),
                metavar=t("attendance.metavar.training"),
                autocompletion=completion.trainings,
            ),
        ],
        name: Annotated[
            str, typer.Argument(help=t("guest.argument.name"), metavar=t("guest.metavar.name"))
        ],
        institution: Annotated[
            str,
            typer.Option(
                "--institution",
                help=t("guest.option.institution"),
                metavar=t("metavar.text"),
                show_default=False,
            ),
        ],
        role: Annotated[
            str | None,
            typer.Option(
                "--role", help=t("guest.option.role"), metavar=t("metavar.text"), show_default=False
            ),
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        w = writing.place(t, data, common.today(today), dry_run, commit, force)
        writing.tell(t, deciding.add_guest(w, training, name, institution, role=role))

"""``pustaka attendance TRAINING``: the sign-in list (daftar hadir) of one activity, as a
report is given (``api/reading.py``): on stdout, or into ``-o`` (HTML prints a page per day)."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import Annotated, Any

import typer

from pustaka_cli.cli import common, completion
from pustaka_cli.cli.commands import report
from pustaka_cli.i18n import Translator


def register(app: typer.Typer, t: Translator) -> None:
    def opt(*names: str, key: str, meta: str = "") -> Any:
        return typer.Option(
            *names,
            help=t(f"report.option.{key}"),
            show_default=False,
            metavar=t(meta) if meta else None,
        )

    @app.command("attendance", help=t("attendance.help"), epilog=t("report.epilog"))
    def attendance(
        training: Annotated[
            str,
            typer.Argument(
                help=t("attendance.argument.training"),
                metavar=t("attendance.metavar.training"),
                autocompletion=completion.trainings,
            ),
        ],
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        output_format: Annotated[
            str | None, opt("--format", "-f", key="format", meta="report.metavar.format")
        ] = None,
        output: Annotated[
            Path | None, opt("--output", "-o", key="output", meta="report.metavar.file")
        ] = None,
        paper: Annotated[
            str | None, opt("--paper", key="paper", meta="report.metavar.paper")
        ] = None,
        show_nip: Annotated[bool, opt("--show-nip", key="show-nip")] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        given = report.Given(
            data=tuple(data or ()), output_format=output_format, output=output, paper=paper,
            show_nip=show_nip, today=today, no_cache=no_cache,
        )  # fmt: skip
        report.run(t, "attendance", given, training=training)

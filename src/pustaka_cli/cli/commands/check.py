"""``pustaka check``: validate the whole data folder, print every problem, never write."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import Annotated

import typer

from pustaka_cli import errors
from pustaka_cli.cli import common
from pustaka_cli.i18n import Translator
from pustaka_cli.problems import Severity, unreadable_first

FORMATS = ("text", "json")


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("check", help=t("check.help"), epilog=t("check.epilog"))
    def check(
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        strict: Annotated[bool, typer.Option("--strict", help=t("check.option.strict"))] = False,
        output_format: Annotated[
            str, typer.Option("--format", "-f", help=t("check.option.format"), metavar="text|json")
        ] = "text",
        show_nip: Annotated[
            bool, typer.Option("--show-nip", help=t("check.option.show-nip"))
        ] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
    ) -> None:
        from pustaka_cli.api import reading
        from pustaka_cli.render import problems as render

        if output_format not in FORMATS:
            raise errors.UsageError("error.bad-format", value=output_format, choices="text, json")
        folders, day = common.data_folders(data), common.today(today)
        with common.progress_bar() as bar:
            found = reading.check(folders, day, cache=not no_cache, progress=bar)
        if output_format == "json":
            common.write(render.as_json(found, t, show_nip=show_nip))
        elif found:
            shown = unreadable_first(found)  # JSON keeps every problem; a person, the cause
            common.write(render.as_text(shown, t, show_nip=show_nip))
            errors_count = sum(p.severity is Severity.ERROR for p in shown)
            common.say_error(
                t("check.summary", errors=errors_count, warnings=len(shown) - errors_count)
            )
        failed = any(p.severity is Severity.ERROR or strict for p in found)
        raise typer.Exit(errors.FAILED if failed else errors.OK)

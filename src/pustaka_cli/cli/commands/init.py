"""``pustaka init``: start a new data folder."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import Annotated

import typer

from pustaka_cli.cli import common
from pustaka_cli.i18n import Translator


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("init", help=t("init.help"))
    def init(
        folder: Annotated[
            Path, typer.Argument(help=t("init.argument.folder"), metavar=t("metavar.dir"))
        ] = Path("."),
        organisation: Annotated[
            str | None,
            typer.Option("--organisation", "-o", help=t("init.option.organisation")),
        ] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        name = organisation or t("init.default-organisation")
        written = deciding.start_folder(folder, name, t.lang)
        common.write(t("init.done", folder=folder, count=len(written)) + "\n")
        for rel in written:
            common.write(f"  {rel}\n")
        common.write(t("init.next", folder=folder) + "\n")

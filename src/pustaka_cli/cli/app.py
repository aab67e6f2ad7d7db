"""The ``pustaka`` application: one Typer app, its commands registered per language."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from typing import Annotated

import typer

from pustaka_cli import __version__
from pustaka_cli.cli import clicktext, common
from pustaka_cli.cli.commands import check, enroll, init, plan, record, report, schema
from pustaka_cli.i18n import Translator

COMMAND_MODULES = (init, check, schema, report, enroll, record, plan)


def build_app(t: Translator) -> typer.Typer:
    clicktext.install(t)
    app = typer.Typer(
        name="pustaka",
        help=t("app.help"),
        epilog=t("app.epilog"),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        options_metavar=t("metavar.options"),
        subcommand_metavar=t("metavar.command"),
        suggest_commands=False,  # Click suggests too, in the user's language
    )

    def show_version(value: bool) -> None:
        if value:
            common.write(f"pustaka {__version__}\n")
            raise typer.Exit()

    @app.callback()
    def root(
        version: Annotated[
            bool | None,
            typer.Option(
                "--version", callback=show_version, is_eager=True, help=t("option.version")
            ),
        ] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        """Chosen before the app is built; declared here so that it parses."""

    for module in COMMAND_MODULES:
        module.register(app, t)
    return app

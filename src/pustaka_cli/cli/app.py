"""The ``pustaka`` application: one Typer app, its commands registered per language, and
the one error boundary every command runs inside (``Pustaka.invoke``).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import sys
from typing import Annotated, Any, ClassVar, cast

import click
import typer
from typer.core import TyperGroup

from pustaka_cli import __version__
from pustaka_cli.cli import clicktext, common
from pustaka_cli.cli.commands import (
    attendance,
    check,
    enroll,
    guest,
    init,
    personal,
    plan,
    record,
    report,
    schema,
)
from pustaka_cli.controls import visible
from pustaka_cli.errors import FolderProblems, ImportRefused, PustakaError
from pustaka_cli.i18n import Translator

COMMAND_MODULES = (init, check, schema, report, enroll, record, plan, personal, attendance, guest)

SHOWN_PROBLEMS = 20  # problems printed with a refused write; `pustaka check` lists all


class Pustaka(TyperGroup):
    """The application's root command. Every command and group runs inside its ``invoke``,
    so a refused action is caught here, once, whatever command raised it: the one error
    boundary (STYLE, "Errors"). Bugs are not caught."""

    t: ClassVar[Translator]  # the application's language (``speaking``)

    @classmethod
    def speaking(cls, t: Translator) -> "type[Pustaka]":
        """The root command in ``t``'s language (Typer makes the instance itself)."""
        return cast("type[Pustaka]", type(cls.__name__, (cls,), {"t": t}))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PustakaError as err:
            refuse(self.t, err)
            raise typer.Exit(err.exit_code) from None


def refuse(t: Translator, err: PustakaError) -> None:
    """A refused action on stderr: first what it locates (the problems that stop a write,
    the refused rows of a sheet), then one clear sentence. Never a traceback."""
    if isinstance(err, FolderProblems) and err.problems:
        from pustaka_cli.problems import unreadable_first
        from pustaka_cli.render import problems as render

        # as `check` prints them: an unreadable file's own problems first, and one line
        # for the references it hides, not hundreds of consequences
        shown = unreadable_first(err.problems)
        sys.stderr.write(render.as_text(shown[:SHOWN_PROBLEMS], t))
        if len(shown) > SHOWN_PROBLEMS:
            common.say_error(t("error.more-problems", count=len(shown) - SHOWN_PROBLEMS))
    if isinstance(err, ImportRefused):
        for row, refusal in err.rows:
            common.say_error(f"{visible(str(err.path))}:{row}: {common.refusal(t, refusal)}")
    common.say_error(common.refusal(t, err))


def build_app(t: Translator, command: str | None = None) -> typer.Typer:
    """The application in ``t``'s language; with ``command`` (the command a command line
    names), only that command is built, if it is one of ours (see ``_keep_only``)."""
    clicktext.install(t)
    common.speak(t)
    app = typer.Typer(
        cls=Pustaka.speaking(t),
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

    @app.command("completion", help=t("completion.help"), epilog=t("completion.epilog"))
    def completion_script(
        shell: Annotated[
            str, typer.Argument(help=t("completion.argument.shell"), metavar="bash|zsh|fish")
        ],
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.cli import completion

        common.write(completion.script(build_app(t), shell) + "\n")

    if command is not None:
        _keep_only(app, command)
    return app


def _keep_only(app: typer.Typer, command: str) -> None:
    """Leave only ``command`` in ``app``, when it is one of its commands or groups.

    Typer turns every registered command into a Click command before running the one asked
    for: some 40 ms of each start for 25 commands (issue 6). The one left parses, helps
    and fails exactly as it does among the others; a word that names no command keeps
    them all, so that Click still says what the choices were.
    """
    commands = [c for c in app.registered_commands if c.name == command]
    groups = [g for g in app.registered_groups if _group_name(g) == command]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups


def _group_name(group: typer.models.TyperInfo) -> str | None:
    if group.name is not None:
        return str(group.name)
    inner = group.typer_instance
    return None if inner is None else inner.info.name

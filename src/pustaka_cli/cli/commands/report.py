"""``pustaka report [gaps|hours|...]`` and ``pustaka explain``: arguments into a
``ReportRequest``, the answer (``api/reading.py``) onto stdout or into a file."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import click
import typer
from typer.core import TyperGroup

from pustaka_cli import errors
from pustaka_cli.api.catalogue import REPORTS, TABLES
from pustaka_cli.cli import common
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the read face is imported when a report runs, not for --help
    from pustaka_cli.api.reading import ReportRequest, Screen

__all__ = ["REPORTS", "TABLES", "register"]


class Given(NamedTuple):
    """A report's options as given on the command line (empty: not given)."""

    data: tuple[Path, ...] = ()
    library: tuple[str, ...] = ()
    grade: tuple[str, ...] = ()
    competency: tuple[str, ...] = ()
    librarian: tuple[str, ...] = ()
    as_of: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    year: int | None = None
    target: bool = False
    output_format: str | None = None
    output: Path | None = None
    table: str | None = None
    paper: str | None = None
    wide: bool = False
    show_nip: bool = False
    today: str | None = None
    no_cache: bool = False
    expiring: str | None = None

    def over(self, parent: "Given | None") -> "Given":
        """These options, and the parent's (``report --year 2025 gaps``) where not given."""
        if parent is None:
            return self
        taken = {
            name: getattr(parent, name) if getattr(self, name) in (None, False, ()) else value
            for name, value in self._asdict().items()
        }
        return self._replace(**taken)


def run(
    t: Translator,
    kind: str,
    o: Given,
    librarian: str = "",
    competency: str | None = None,
    training: str = "",
) -> None:
    """Ask the report and give its answer: on stdout, or into ``--output``."""
    from pustaka_cli.api import reading

    request = _request(t, kind, o, librarian, competency, training)
    with common.progress_bar() as bar:

        def notice(line: str) -> None:  # said once the files are read: the bar goes first
            if bar is not None:
                bar.close()
            common.say_error(line)

        answer = reading.report(request, cache=not o.no_cache, progress=bar, notice=notice)
    if o.output is None:  # a workbook is always for a file (render.output.choose)
        common.write(answer.body if isinstance(answer.body, str) else "")
    else:
        body = answer.body.encode("utf-8") if isinstance(answer.body, str) else answer.body
        _save(o.output, body, list(request.folders))


def _request(
    t: Translator, kind: str, o: Given, librarian: str, competency: str | None, training: str = ""
) -> "ReportRequest":
    from pustaka_cli.api.reading import ReportRequest

    def day(value: str | None, option: str) -> dt.date | None:
        return common.parse_date(value, option) if value else None

    today = common.today(o.today)
    return ReportRequest(
        kind, tuple(common.data_folders(list(o.data))), today, t.lang,
        o.library, o.grade, o.competency, o.librarian,
        as_of=day(o.as_of, "--as-of"), start=day(o.date_from, "--from"),
        end=day(o.date_to, "--to"), year=o.year, target=o.target, format=o.output_format,
        output=o.output, table=o.table, paper=o.paper, wide=o.wide, show_nip=o.show_nip,
        screen=_screen(o.output), librarian=librarian, competency=competency,
        training=training,
        expiring=o.expiring,
    )  # fmt: skip


def _screen(output: Path | None) -> "Screen":
    """A real terminal's width and colour, else 80 columns (or COLUMNS) without colour."""
    from pustaka_cli.api.reading import STYLE_ENVIRONMENT, Screen

    env = tuple((name, os.environ[name]) for name in STYLE_ENVIRONMENT if name in os.environ)
    tty = output is None and sys.stdout.isatty()
    if tty:
        width = shutil.get_terminal_size().columns
        return Screen(width, "NO_COLOR" not in os.environ, True, env)
    columns = os.environ.get("COLUMNS", "")
    wide = columns.isascii() and columns.isdigit() and len(columns) <= 5 and int(columns) >= 40
    return Screen(int(columns) if wide else 80, False, False, env)


def _save(path: Path, body: bytes, folders: list[Path]) -> None:
    from pustaka_cli.store.outfile import write_report

    try:
        write_report(path, body, folders)
    except OSError as err:
        raise errors.PustakaError(
            "report.error.cannot-write", path=path, reason=err.strerror or str(err)
        ) from None


# --- the commands ----------------------------------------------------------------------

# Options given before the subcommand (``report --year 2025 gaps``) are kept here.
PARENT_OPTIONS = "report-options"


def register(app: typer.Typer, t: Translator) -> None:
    def build(kind: str) -> click.Command:
        def sub(ctx: typer.Context, given: Given) -> None:
            parent = (ctx.obj or {}).get(PARENT_OPTIONS)
            run(t, kind, given.over(parent))

        one = typer.Typer(add_completion=False, rich_markup_mode=None)
        one.command(kind, help=t(f"report.{kind}.help"), epilog=t("report.epilog"))(
            _command(t, kind, sub)
        )
        command = typer.main.get_command(one)
        command.name = kind
        return command

    group = typer.Typer(
        name="report",
        cls=_on_demand(REPORTS[1:], build),
        help=t("report.help"),
        epilog=t("report.epilog"),
        invoke_without_command=True,
        no_args_is_help=False,
        rich_markup_mode=None,
        options_metavar=t("metavar.options"),
        subcommand_metavar=t("metavar.command"),
    )

    def summary(ctx: typer.Context, given: Given) -> None:
        if ctx.invoked_subcommand is None:
            run(t, "summary", given)
        else:  # the summary's options are every report's, so its --table names them all
            ctx.obj = {PARENT_OPTIONS: given}

    group.callback()(_command(t, "", summary))
    app.add_typer(group, name="report", help=t("report.help"))
    app.command("explain", help=t("explain.help"), epilog=t("report.epilog"))(_explain(t))


def _on_demand(names: tuple[str, ...], build: Callable[[str], click.Command]) -> type[TyperGroup]:
    """The ``report`` group, whose subcommands are built when asked for: each has some
    twenty options, and making all of them for the one a command line names took a
    tenth of a second of every ``pustaka report`` (``--help`` still lists them all)."""

    class Reports(TyperGroup):
        def list_commands(self, ctx: click.Context) -> list[str]:
            return list(names)

        def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
            wanted = [cmd_name] if cmd_name in names else names  # a typo: all, to suggest one
            for name in wanted:
                if name not in self.commands:
                    self.add_command(build(name), name)
            return super().get_command(ctx, cmd_name)

    return Reports


def _option(t: Translator, kind: str, *names: str, key: str, meta: str = "") -> Any:
    tables = "; ".join(
        f"{report}: {', '.join(names)}" for report, names in TABLES.items() if kind in ("", report)
    )
    return typer.Option(
        *names,
        help=t(f"report.option.{key}", tables=tables),
        show_default=False,
        metavar=t(meta) if meta else None,
    )


def _command(t: Translator, kind: str, then: Callable[[typer.Context, Given], None]) -> Any:
    """The command of report ``kind`` ("" for ``report`` itself), with every option."""

    def opt(*names: str, key: str, meta: str = "") -> Any:
        return _option(t, kind, *names, key=key, meta=meta)

    ids, date = "report.metavar.id", "metavar.date"
    table_meta, paper_meta = "report.metavar.table", "report.metavar.paper"

    def command(
        ctx: typer.Context,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        library: Annotated[list[str] | None, opt("--library", key="library", meta=ids)] = None,
        grade: Annotated[list[str] | None, opt("--grade", key="grade", meta=ids)] = None,
        competency: Annotated[
            list[str] | None, opt("--competency", key="competency", meta=ids)
        ] = None,
        librarian: Annotated[
            list[str] | None, opt("--librarian", key="librarian", meta=ids)
        ] = None,
        as_of: Annotated[str | None, opt("--as-of", key="as-of", meta=date)] = None,
        date_from: Annotated[str | None, opt("--from", key="from", meta=date)] = None,
        date_to: Annotated[str | None, opt("--to", key="to", meta=date)] = None,
        year: Annotated[int | None, opt("--year", key="year", meta="report.metavar.year")] = None,
        target: Annotated[bool, opt("--target", key="target")] = False,
        output_format: Annotated[
            str | None, opt("--format", "-f", key="format", meta="report.metavar.format")
        ] = None,
        output: Annotated[
            Path | None, opt("--output", "-o", key="output", meta="report.metavar.file")
        ] = None,
        table: Annotated[str | None, opt("--table", key="table", meta=table_meta)] = None,
        paper: Annotated[str | None, opt("--paper", key="paper", meta=paper_meta)] = None,
        wide: Annotated[bool, opt("--wide", key="wide")] = False,
        show_nip: Annotated[bool, opt("--show-nip", key="show-nip")] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        lang: Annotated[str | None, common.lang_option(t)] = None,
        expiring: Annotated[
            str | None, opt("--expiring", key="expiring", meta="report.metavar.window")
        ] = None,
    ) -> None:
        given = Given(
            tuple(data or ()), tuple(library or ()), tuple(grade or ()),
            tuple(competency or ()), tuple(librarian or ()), as_of, date_from, date_to, year,
            target, output_format, output, table, paper, wide, show_nip, today, no_cache,
            expiring,
        )  # fmt: skip
        then(ctx, given)

    return command


def _explain(t: Translator) -> Callable[..., None]:
    """``pustaka explain LIBRARIAN [COMPETENCY]``: the report options but the filters."""

    def opt(*names: str, key: str, meta: str = "") -> Any:
        return _option(t, "explain", *names, key=key, meta=meta)

    table_meta, paper_meta = "report.metavar.table", "report.metavar.paper"

    def explain(
        librarian: Annotated[
            str,
            typer.Argument(help=t("explain.arg.librarian"), metavar=t("explain.metavar.librarian")),
        ],
        competency: Annotated[
            str | None,
            typer.Argument(
                help=t("explain.arg.competency"), metavar=t("explain.metavar.competency")
            ),
        ] = None,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        as_of: Annotated[str | None, opt("--as-of", key="as-of", meta="metavar.date")] = None,
        target: Annotated[bool, opt("--target", key="target")] = False,
        output_format: Annotated[
            str | None, opt("--format", "-f", key="format", meta="report.metavar.format")
        ] = None,
        output: Annotated[
            Path | None, opt("--output", "-o", key="output", meta="report.metavar.file")
        ] = None,
        table: Annotated[str | None, opt("--table", key="table", meta=table_meta)] = None,
        paper: Annotated[str | None, opt("--paper", key="paper", meta=paper_meta)] = None,
        wide: Annotated[bool, opt("--wide", key="wide")] = False,
        show_nip: Annotated[bool, opt("--show-nip", key="show-nip")] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        given = Given(
            data=tuple(data or ()), as_of=as_of, target=target, output_format=output_format,
            output=output, table=table, paper=paper, wide=wide, show_nip=show_nip,
            today=today, no_cache=no_cache,
        )  # fmt: skip
        run(t, "explain", given, librarian, competency)

    return explain

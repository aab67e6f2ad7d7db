"""``pustaka report [gaps|hours|...]`` and ``pustaka explain``: wiring only.

Every report takes the same options, so they are declared once (``_options``) and given
to each command as its signature; Typer reads signatures at run time.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import base64
import contextlib
import datetime as dt
import gc
import inspect
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pustaka_cli import errors
from pustaka_cli.cli import common
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the domain is imported when a report runs, not for --help
    from pustaka_cli.domain import reports

# The sub-reports, in the order of --help; render.views builds each of them.
REPORTS = ("summary", "gaps", "progress", "hours", "trainings", "feedback", "mentoring")

# The tables of each report, the main one first (``--table``; a CSV file holds one).
TABLES = {
    "summary": ("libraries", "grades", "top_gaps"),
    "gaps": ("matrix", "competencies"),
    "progress": ("librarians", "proficiency"),
    "hours": ("hours", "shortfalls", "converted"),
    "trainings": ("activities", "costs", "indicators", "levels"),
    "feedback": ("libraries", "services"),
    "mentoring": ("pairs", "competencies"),
    "explain": ("levels", "evidence", "hours"),
}

# Options given before the subcommand (``report --year 2025 gaps``) are kept here.
PARENT_OPTIONS = "report-options"


def register(app: typer.Typer, t: Translator) -> None:
    group = typer.Typer(
        name="report",
        help=t("report.help"),
        epilog=t("report.epilog"),
        invoke_without_command=True,
        no_args_is_help=False,
        rich_markup_mode=None,
        options_metavar=t("metavar.options"),
        subcommand_metavar=t("metavar.command"),
    )

    def summary(ctx: typer.Context, **given: Any) -> None:
        if ctx.invoked_subcommand is None:
            _run(t, "summary", given)
        else:
            ctx.obj = {PARENT_OPTIONS: given}

    # Options given before a subcommand (``report --year 2025 gaps``) are the summary's,
    # so its --table names every report's tables.
    group.callback()(_with_options(summary, _options(t, ""), context=True))
    for kind in REPORTS[1:]:
        group.command(kind, help=t(f"report.{kind}.help"), epilog=t("report.epilog"))(
            _with_options(_subcommand(t, kind), _options(t, kind), context=True)
        )
    app.add_typer(group, name="report", help=t("report.help"))

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
        **given: Any,
    ) -> None:
        _run(t, "explain", given, librarian=librarian, competency=competency)

    explain_options = [o for o in _options(t, "explain") if o.name not in _FILTERS]
    app.command("explain", help=t("explain.help"), epilog=t("report.epilog"))(
        _with_options(explain, explain_options, keep=("librarian", "competency"))
    )


def _subcommand(t: Translator, kind: str) -> Callable[..., None]:
    def command(ctx: typer.Context, **given: Any) -> None:
        parent = (ctx.obj or {}).get(PARENT_OPTIONS, {})
        merged = {
            k: v if v not in (None, False, []) else parent.get(k, v) for k, v in given.items()
        }
        _run(t, kind, merged)

    return command


def _run(t: Translator, kind: str, given: dict[str, Any], **args: Any) -> None:
    _answer(t, kind, given, **args)


def _answer(
    t: Translator, kind: str, o: dict[str, Any], librarian: str = "", competency: str | None = None
) -> None:
    """Print the report, from its memo when no file changed since the same report last
    ran (issue 6): a hit lists and stats the files, reads one memo file and writes, with
    neither the model, the readers, the domain nor Rich imported."""
    today = common.today(o["today"])
    folders = common.data_folders(o["data"])
    screen = _terminal(o["output"])
    if o.get("no_cache") or os.environ.get("PUSTAKA_NO_CACHE"):
        _emit(_report(t, kind, o, today, folders, screen, None, librarian, competency), o, folders)
        return
    from pustaka_cli.store import listing, memo

    taken = {folder: listing.fingerprint(folder) for folder in folders}
    about = _memo_about(t, kind, o, today, folders, screen, librarian, competency)
    key = memo.folders_fingerprint(about, taken)
    found = memo.recall_report(folders[0], key)
    if found is not None and _replayable(found):
        if found["stderr"] is not None:
            common.say_error(found["stderr"])
        _emit(found, o, folders)
        return
    keys = {folder: dict(pairs) for folder, pairs in taken.items()}
    answer = _report(t, kind, o, today, folders, screen, keys, librarian, competency)
    memo.remember_report(folders[0], key, answer)
    _emit(answer, o, folders)


def _memo_about(
    t: Translator,
    kind: str,
    o: dict[str, Any],
    today: dt.date,
    folders: list[Path],
    screen: tuple[int, bool, bool],
    librarian: str,
    competency: str | None,
) -> str:
    """Everything besides the files that shapes a report's bytes, as one text: the report,
    every option, the day, the language, the terminal, the code (in the fingerprint)."""
    options = {
        name: os.path.abspath(value) if isinstance(value, Path) else value  # no resolve: a loop
        for name, value in o.items()
        if name not in ("data", "today", "lang", "no_cache")
    }
    about = {
        "report": kind,
        "librarian": librarian,
        "competency": competency,
        "options": options,
        "folders": [str(f) for f in folders],
        "today": today.isoformat(),
        "lang": t.lang,
        "terminal": list(screen),
        "environment": {name: os.environ.get(name) for name in _STYLE_ENVIRONMENT},
    }
    return "report " + json.dumps(about, sort_keys=True, ensure_ascii=False, default=str)


# What Rich might read besides the width and colour it is given: a memo for one value is
# not replayed for another.
_STYLE_ENVIRONMENT = (
    "TERM",
    "COLORTERM",
    "FORCE_COLOR",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
)


def _replayable(found: dict[str, Any]) -> bool:
    """A memo of the expected shape (the checksum vouched for its bytes, not its form)."""
    return isinstance(found.get("text"), str) and isinstance(found.get("stderr"), str | None)


def _emit(answer: dict[str, Any], o: dict[str, Any], folders: list[Path]) -> None:
    if o["output"] is None:
        common.write(answer["text"])
    elif answer.get("binary"):
        _save(o["output"], base64.b64decode(answer["text"]), folders)
    else:
        _save(o["output"], answer["text"].encode("utf-8"), folders)


def _report(
    t: Translator,
    kind: str,
    o: dict[str, Any],
    today: dt.date,
    folders: list[Path],
    screen: tuple[int, bool, bool],
    keys: Any,
    librarian: str = "",
    competency: str | None = None,
) -> dict[str, Any]:
    """Load, compute and render a report: its text and the line said on stderr, if any.

    The line about errors in the data is said at once (before a refusal, if one follows)
    and kept in the answer, so that a memo says it again."""
    from pustaka_cli.domain import reports
    from pustaka_cli.domain.index import Index
    from pustaka_cli.problems import Severity
    from pustaka_cli.render import output, views

    fmt = output.choose(o["output_format"], o["output"])
    loaded = common.load_checked(folders, today, use_cache=keys is not None, keys=keys)
    errors_count = sum(p.severity is Severity.ERROR for p in loaded.problems)
    said = t("report.data-has-errors", errors=errors_count) if errors_count else None
    if said is not None:
        common.say_error(said)
    data = loaded.dataset
    ctx = views.Context(data, Index.of(data), _request(o, today), t, o["show_nip"])
    reports.check_selection(data, ctx.ix, ctx.request.selection)
    reports.check_filters(kind, _given_filters(o), ctx.request)
    width, color, on_screen = screen
    with _no_garbage_collection():
        if kind == "explain":
            found = reports.explain(data, ctx.ix, ctx.request, librarian, competency)
            doc = views.explain(ctx, found)
        else:
            doc = views.report(kind, ctx)
        doc = output.one_table(doc, o.get("table"), fmt)
        paper = output.choose_paper(o.get("paper"), data.settings.paper)
        text = output.render(doc, fmt, t, width, color, rows=_screen_rows(on_screen, fmt),
                             paper=paper, wide=bool(o.get("wide")))
    if isinstance(text, bytes):  # a memo keeps text: a workbook is kept as base64
        return {"text": base64.b64encode(text).decode("ascii"), "stderr": said, "binary": True}
    return {"text": text, "stderr": said}


@contextlib.contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """A report builds many small immutable values and keeps them all until it prints:
    the cycle collector would only re-scan them (it halved the time on 5,000 staff)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _request(o: dict[str, Any], today: dt.date) -> "reports.Request":
    from pustaka_cli.domain import reports, selection

    if o.get("year") is not None and (o.get("date_from") or o.get("date_to")):
        raise errors.UsageError("report.error.year-and-dates")
    as_of = common.parse_date(o["as_of"], "--as-of") if o.get("as_of") else today
    start = common.parse_date(o["date_from"], "--from") if o.get("date_from") else None
    end = common.parse_date(o["date_to"], "--to") if o.get("date_to") else None
    if start and end and end < start:
        raise errors.UsageError("report.error.end-before-start", start=start, end=end)
    sel = selection.Selection(
        libraries=tuple(o.get("library") or ()),
        grades=tuple(o.get("grade") or ()),
        competencies=tuple(o.get("competency") or ()),
        librarians=tuple(o.get("librarian") or ()),
    )
    period = selection.period(as_of, o.get("year"), start, end)
    return reports.Request(today, as_of, period, sel, bool(o.get("target")))


# Each filter's option as ``reports.FILTERS`` names it, by its key among the options.
_FILTER_NAMES = {
    "library": "library",
    "grade": "grade",
    "competency": "competency",
    "librarian": "librarian",
    "year": "year",
    "date_from": "from",
    "date_to": "to",
    "as_of": "as-of",
    "target": "target",
}


def _given_filters(o: dict[str, Any]) -> set[str]:
    """The filters given on the command line (a report refuses those it cannot honour)."""
    return {name for key, name in _FILTER_NAMES.items() if o.get(key) not in (None, False, [])}


def _terminal(output: Path | None) -> tuple[int, bool, bool]:
    """Width, colour, and whether a person reads it on screen: a real terminal's, else
    80 columns (or COLUMNS) without colour."""
    tty = output is None and sys.stdout.isatty()
    color = tty and "NO_COLOR" not in os.environ
    if tty:
        return shutil.get_terminal_size().columns, color, True
    columns = os.environ.get("COLUMNS", "")
    wide = columns.isascii() and columns.isdigit() and len(columns) <= 5 and int(columns) >= 40
    return (int(columns) if wide else 80), False, False


def _screen_rows(screen: bool, fmt: str) -> int | None:
    """Long tables are cut on a screen (issue 6: never lay out 10,000 rows there)."""
    if not screen or fmt != "text":
        return None
    from pustaka_cli.render.terminal import TERMINAL_ROWS

    return TERMINAL_ROWS


def _save(path: Path, body: bytes, folders: list[Path]) -> None:
    from pustaka_cli.store.outfile import write_report

    try:
        write_report(path, body, folders)
    except OSError as err:
        raise errors.PustakaError(
            "report.error.cannot-write", path=path, reason=err.strerror or str(err)
        ) from None


# --- the options every report shares --------------------------------------------------

_FILTERS = (
    "library",
    "grade",
    "competency_filter",
    "librarian_filter",
    "date_from",
    "date_to",
    "year",
)


def _options(t: Translator, kind: str) -> list[inspect.Parameter]:
    """The options of the report ``kind`` ("" for ``report`` itself: every report's)."""
    tables = "; ".join(
        f"{report}: {', '.join(names)}" for report, names in TABLES.items()
        if kind in ("", report)
    )

    def opt(name: str, kind: Any, default: Any, *names: str, key: str, meta: str = "") -> Any:
        info = typer.Option(
            *names,
            help=t(f"report.option.{key}", tables=tables),
            show_default=False,
            metavar=t(meta) if meta else None,
        )
        return inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, info]
        )

    many = list[str] | None
    text = str | None
    return [
        inspect.Parameter(
            "data",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[list[Path] | None, common.data_option(t)],
        ),
        opt("library", many, None, "--library", key="library", meta="report.metavar.id"),
        opt("grade", many, None, "--grade", key="grade", meta="report.metavar.id"),
        opt(
            "competency_filter",
            many,
            None,
            "--competency",
            key="competency",
            meta="report.metavar.id",
        ),
        opt(
            "librarian_filter", many, None, "--librarian", key="librarian", meta="report.metavar.id"
        ),
        opt("as_of", text, None, "--as-of", key="as-of", meta="metavar.date"),
        opt("date_from", text, None, "--from", key="from", meta="metavar.date"),
        opt("date_to", text, None, "--to", key="to", meta="metavar.date"),
        opt("year", int | None, None, "--year", key="year", meta="report.metavar.year"),
        opt("target", bool, False, "--target", key="target"),
        opt(
            "output_format",
            text,
            None,
            "--format",
            "-f",
            key="format",
            meta="report.metavar.format",
        ),
        opt(
            "output", Path | None, None, "--output", "-o", key="output", meta="report.metavar.file"
        ),
        opt("table", text, None, "--table", key="table", meta="report.metavar.table"),
        opt("paper", text, None, "--paper", key="paper", meta="report.metavar.paper"),
        opt("wide", bool, False, "--wide", key="wide"),
        opt("show_nip", bool, False, "--show-nip", key="show-nip"),
        inspect.Parameter(
            "today",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[text, common.today_option(t)],
        ),
        inspect.Parameter(
            "no_cache",
            inspect.Parameter.KEYWORD_ONLY,
            default=False,
            annotation=Annotated[bool, common.no_cache_option(t)],
        ),
        inspect.Parameter(
            "lang",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[text, common.lang_option(t)],
        ),
    ]


def _with_options(
    func: Callable[..., None],
    options: list[inspect.Parameter],
    context: bool = False,
    keep: tuple[str, ...] = (),
) -> Callable[..., None]:
    """Give ``func`` (which takes ``**given``) the shared options as its signature."""
    first = inspect.signature(func).parameters
    params = [first[name] for name in ("ctx", *keep) if name in first]
    if context and "ctx" not in first:
        params.insert(
            0,
            inspect.Parameter(
                "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
            ),
        )
    params.extend(options)
    names = {p.name for p in options}

    def call(*args: Any, **kwargs: Any) -> None:
        given = {k: v for k, v in kwargs.items() if k in names}
        rest = {k: v for k, v in kwargs.items() if k not in names}
        for name in ("competency", "librarian"):
            if f"{name}_filter" in given:
                given[name] = given.pop(f"{name}_filter")
        func(*args, **rest, **given)

    call.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    call.__annotations__ = {p.name: p.annotation for p in params}
    call.__name__ = func.__name__
    call.__doc__ = func.__doc__
    return call

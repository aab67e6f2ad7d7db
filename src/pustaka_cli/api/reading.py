"""The library face for reading: open a workspace, check it, ask a report.

    >>> from pustaka_cli.api import reading
    >>> problems = reading.check([Path("data")], dt.date(2026, 6, 30))
    >>> answer = reading.report(reading.ReportRequest("gaps", (Path("data"),), today, lang="en"))
    >>> answer.body  # the report's text (bytes for a workbook)

Every call takes ``cache`` (default on): what was read and answered is kept in
``.pustaka/cache/`` of the data folder and reused while no file changes (``store/cache``,
the one place that knows how). ``cache`` may also be a ``Cache`` made for that one call,
to see afterwards what it read (``Cache.parsed``) and what it took from the cache
(``Cache.decoded``). The command line translates its arguments into these
calls (``cli/commands/check.py``, ``report.py``); a program may call them the same way.

Light at import: a report or check answered from the cache imports no model, reader,
domain or renderer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pustaka_cli.api.catalogue import REPORTS, TABLES
from pustaka_cli.store.cache import Cache, ReportKey
from pustaka_cli.store.cache.reports import Answer

if TYPE_CHECKING:
    from pustaka_cli.domain import reports
    from pustaka_cli.problems import Problem
    from pustaka_cli.workspace import Workspace

__all__ = [
    "REPORTS",
    "TABLES",
    "Answer",
    "Progress",
    "ReportRequest",
    "Screen",
    "check",
    "open_workspace",
    "report",
]

Progress = Callable[[int, int, int], None]
"""Told after each record file: files done, files in all, bytes read (``store.folder``)."""


def open_workspace(
    folders: Sequence[Path],
    today: dt.date,
    *,
    cache: bool | Cache = True,
    progress: Progress | None = None,
) -> Workspace:
    """The data folders read and checked as one dataset, with every problem."""
    from pustaka_cli.workspace import open_folders

    store = _cache(folders, cache)
    return store.workspace(lambda: open_folders(list(folders), today, progress, store))


def check(
    folders: Sequence[Path],
    today: dt.date,
    *,
    cache: bool | Cache = True,
    progress: Progress | None = None,
) -> tuple[Problem, ...]:
    """Every problem of the data folders on day ``today``, sorted (``pustaka check``)."""
    store = _cache(folders, cache)

    def checked() -> tuple[Problem, ...]:
        from pustaka_cli.workspace import check_folders, open_folders

        if store.enabled:  # each unchanged file's kept check
            return check_folders(list(folders), today, store, progress)
        return open_folders(list(folders), today, progress).problems

    return store.problems(today, checked)


@dataclass(frozen=True, slots=True)
class Screen:
    """Where a report's text is read: the width it is laid out to, colour, and whether a
    person reads it on a terminal (then long tables are cut)."""

    width: int = 80
    color: bool = False
    terminal: bool = False
    # What Rich might read besides the width and colour it is given, as the caller's
    # environment has it (``STYLE_ENVIRONMENT``): an answer kept for one is not given for another.
    environment: tuple[tuple[str, str], ...] = ()

    def rows(self, fmt: str) -> int | None:
        """The rows a table may show: on a terminal's screen, text is cut (issue 6: never
        lay out 10,000 rows there); piped text and every export keep them all."""
        if not self.terminal or fmt != "text":
            return None
        from pustaka_cli.render.terminal import TERMINAL_ROWS

        return TERMINAL_ROWS


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """One report, asked for: which (``REPORTS``, or ``"explain"`` with ``librarian`` and
    maybe ``competency``), of which folders, on which day, in which language and format,
    with which filters (empty: all)."""

    report: str
    folders: tuple[Path, ...]
    today: dt.date
    lang: str = "id"
    libraries: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    librarians: tuple[str, ...] = ()
    as_of: dt.date | None = None  # levels on this day (default: today)
    start: dt.date | None = None  # the period: start..end, or a whole year
    end: dt.date | None = None
    year: int | None = None
    target: bool = False  # against the target grade's requirements
    format: str | None = None  # text, markdown, csv, json, html, xlsx (default: by output)
    output: Path | None = None  # the file the answer is for (its extension may choose the format)
    table: str | None = None  # only this table (``TABLES``)
    paper: str | None = None  # for printing: a4, letter... (default: pustaka.yaml's, else a4)
    wide: bool = False
    show_nip: bool = False
    screen: Screen = Screen()
    librarian: str = ""  # explain: whose levels
    competency: str | None = None  # explain: one competency (None: every one)
    expiring: str | None = None  # certificates: a window such as 6m, 90d, 1y

    @property
    def filters(self) -> frozenset[str]:
        """The filters given, by their options' names (``reports.FILTERS``)."""
        given = {
            "library": bool(self.libraries),
            "grade": bool(self.grades),
            "competency": bool(self.competencies),
            "librarian": bool(self.librarians),
            "year": self.year is not None,
            "from": self.start is not None,
            "to": self.end is not None,
            "as-of": self.as_of is not None,
            "target": self.target,
        }
        return frozenset(name for name, on in given.items() if on)


def report(
    request: ReportRequest,
    *,
    cache: bool | Cache = True,
    progress: Progress | None = None,
    notice: Callable[[str], None] | None = None,
) -> Answer:
    """The report ``request`` asks for: its body and the line said beside it (errors in
    the data). ``notice`` is told that line as soon as it is known, before a refusal that
    may follow, and again when the answer comes from the cache."""
    store = _cache(request.folders, cache)
    said: list[str] = []

    def tell(line: str) -> None:
        said.append(line)
        if notice is not None:
            notice(line)

    answer = store.answer(_key(request), lambda: _answer(request, store, progress, tell))
    if answer.notice is not None and not said and notice is not None:
        notice(answer.notice)
    return answer


def _cache(folders: Sequence[Path], cache: bool | Cache) -> Cache:
    return cache if isinstance(cache, Cache) else Cache(folders, enabled=cache)


def _answer(
    request: ReportRequest, store: Cache, progress: Progress | None, tell: Callable[[str], None]
) -> Answer:
    """Load, compute and render a report."""
    from pustaka_cli.domain import careers, province, reports
    from pustaka_cli.domain.index import Index
    from pustaka_cli.i18n import Translator
    from pustaka_cli.problems import Severity
    from pustaka_cli.render import output, views
    from pustaka_cli.render import province as grouping
    from pustaka_cli.workspace import open_folders, read_folders

    t = Translator(request.lang)
    fmt = output.choose(request.format, request.output)
    folders = list(request.folders)
    errors_count = store.errors(request.today)  # right after `check`: its count, no check
    if errors_count is None:
        opened = open_folders(folders, request.today, progress, store)
        store.keep_checked(request.today, opened.problems)  # and `check` after it, from them
        data = opened.dataset
        errors_count = sum(p.severity is Severity.ERROR for p in opened.problems)
    else:
        data, _ = read_folders(folders, progress, store)
    said = t("report.data-has-errors", errors=errors_count) if errors_count else None
    if said is not None:
        tell(said)
    asked = _domain_request(request)
    data = careers.on(data, asked.as_of)  # each librarian's grade, library... held that day
    data = province.comparable(data)  # several cities: the competencies they share
    ctx = views.Context(data, Index.of(data), asked, t, request.show_nip)
    reports.check_selection(data, ctx.ix, ctx.request.selection)
    reports.check_filters(request.report, request.filters, ctx.request)
    if request.report == "explain":
        found = reports.explain(data, ctx.ix, ctx.request, request.librarian, request.competency)
        doc = views.explain(ctx, found)
    else:
        doc = views.report(request.report, ctx)
    doc = grouping.grouped(doc, data.cities, t)  # several cities: a city column, notes
    doc = output.one_table(doc, request.table, fmt)
    paper = output.choose_paper(request.paper, data.settings.paper)
    screen = request.screen
    body = output.render(doc, fmt, t, screen.width, screen.color, rows=screen.rows(fmt),
                         paper=paper, wide=request.wide)  # fmt: skip
    return Answer(body, said)


def _domain_request(request: ReportRequest) -> reports.Request:
    from pustaka_cli import errors
    from pustaka_cli.domain import certificates, reports, selection

    if request.year is not None and (request.start or request.end):
        raise errors.UsageError("report.error.year-and-dates")
    start, end = request.start, request.end
    if start and end and end < start:
        raise errors.UsageError("report.error.end-before-start", start=start, end=end)
    as_of = request.as_of or request.today
    chosen = selection.Selection(
        request.libraries, request.grades, request.competencies, request.librarians
    )
    period = selection.period(as_of, request.year, start, end)
    window = None if request.expiring is None else certificates.window(request.expiring)
    return reports.Request(request.today, as_of, period, chosen, request.target, window)


# The environment variables Rich reads: a caller gives their values in ``Screen.environment``.
STYLE_ENVIRONMENT = (
    "TERM",
    "COLORTERM",
    "FORCE_COLOR",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
)


def _key(request: ReportRequest) -> ReportKey:
    """Everything besides the files that shapes the answer's bytes: the whole request
    (the output file by its absolute path), and the environment Rich reads."""
    about = {f.name: getattr(request, f.name) for f in dataclasses.fields(request)}
    about["screen"] = dataclasses.astuple(request.screen)
    if request.output is not None:
        about["output"] = os.path.abspath(request.output)  # no resolve: a symlink loop
    return ReportKey("report " + json.dumps(about, sort_keys=True, ensure_ascii=False, default=str))

"""Every output as values: one document model for reports, recommendations, plans and IDPs.

A ``Document`` is a title, its parameters and a body of blocks: tables of typed cells,
headings, label/value fields, paragraphs, lists and a place to sign. Views build one from
domain results, in one language (``render.views`` for reports, ``render.plan`` for
recommend, plan and idp); one writer per format lays it out (``render.output.render``
chooses: terminal, Markdown, CSV, JSON, HTML, XLSX), and every number in it is worded by
``render.cells``. Column keys and cell values are language-independent (ids, numbers,
dates): they are what JSON consumers read (docs/report-json.md). Headers and titles are in
the document's language.

A document has a ``look``: ``REPORT`` (a data report: a parameter line, titled tables
with a rule under their headers, notes, printed in sections that may turn landscape) or
``PROSE`` (a letter-like page: underlined headings, aligned fields, lists, tables with
dashes under each header, printed as one flowing page). The looks are how the outputs
read today; they are styles of the same writers, not two models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SCHEMA_VERSION = 1

# Column kinds: how a value is shown, aligned and coloured.
TEXT = "text"
ID = "id"
INT = "int"
NUMBER = "number"  # two decimals at most
JP = "jp"  # jam pelajaran, one decimal
PERCENT = "percent"  # 0-100
LEVEL = "level"  # a level on the scale; None = unknown
GAP = "gap"  # required - current, >= 0; None = unknown
CHANGE = "change"  # a signed difference (trend)
DATE = "date"
MONEY = "money"
NIP = "nip"  # already masked or shown as the user asked
MATRIX = "matrix"  # a MatrixCell: current / required / gap
BAR = "bar"  # a percentage drawn as a bar in the terminal and HTML
SIGN = "sign"  # an empty box to sign in by hand (a sign-in list): printed tall


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One librarian x competency cell of the gap matrix."""

    current: int | None
    required: int | None
    gap: int | None


Cell = str | int | float | bool | dt.date | MatrixCell | None
Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # stable, for JSON and CSV consumers
    header: str
    kind: str = TEXT
    export_only: bool = False  # left out in the terminal, to fit 80 columns
    terminal_only: bool = False  # a terminal abbreviation of export columns (e.g. "3/5")
    # An id kept for programs: in CSV and JSON only. People read the name column beside it
    # (terminal, Markdown, HTML, XLSX), so no heading a person reads is a machine name.
    machine: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """How a table is drawn as bars (HTML): one group per row, one bar per value column."""

    label: str  # the column key whose text labels each row; "a+b" joins two columns
    values: tuple[str, ...]  # column keys drawn as bars
    target: str | None = None  # a column key drawn as a target mark
    maximum: float | None = None  # the scale's top (100 for percentages); else the data's
    stacked: bool = False  # values add up (klasikal + nonklasikal) instead of side by side
    # What the bars mean, when their colours should say it: "gaps" = meets, below, unknown
    # (green, orange, grey, as on the heat-map); "" = plain series colours.
    palette: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    title: str  # "" when a heading before it says what it is
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    empty: str = ""  # said when there are no rows
    chart: Chart | None = None


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 2  # the document's title is level 1


@dataclass(frozen=True, slots=True)
class Fields:
    """Label/value lines, aligned: ``Grade   : Library Assistant``."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Para:
    text: str


@dataclass(frozen=True, slots=True)
class Items:
    """A list; an item's later lines (after ``\n``) are its details."""

    items: tuple[str, ...]
    empty: str = ""  # said when there are no items


@dataclass(frozen=True, slots=True)
class Sign:
    """Where the people named sign, under a place-and-date line."""

    roles: tuple[tuple[str, str], ...]  # (role, name or "")
    place_date: str


Block = Table | Heading | Fields | Para | Items | Sign

# Looks (see the module's docstring).
REPORT = "report"
PROSE = "prose"


@dataclass(frozen=True, slots=True)
class Document:
    # summary | gaps | hours | progress | trainings | feedback | mentoring | explain
    # | recommend | mentors | plan | idp
    report: str
    title: str
    lang: str
    parameters: tuple[tuple[str, str, Cell], ...] = ()  # key, label, value
    body: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()
    look: str = REPORT
    # What the foot of every printed page says besides the page number; "" = the title,
    # the organisation and the date among the parameters.
    footer: str = ""
    # A column key: printed (HTML), the body is repeated once per value of that column
    # of its tables, each on new pages, with only that value's rows (a sign-in list: one
    # page per day). "" = printed once. The other formats keep the one table.
    pages: str = ""

    @property
    def tables(self) -> tuple[Table, ...]:
        """The body's tables: what CSV, JSON and XLSX hold."""
        return tuple(b for b in self.body if isinstance(b, Table))

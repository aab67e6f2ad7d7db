"""A report as values: titled tables of typed cells, the same for every output format.

Views (``render.views``) build a ``Document`` from domain results, in one language; the
renderers (terminal, Markdown, CSV, JSON, HTML, XLSX) only lay it out. Column keys and cell
values are language-independent (ids, numbers, dates): they are what JSON consumers
read (docs/report-json.md). Headers and titles are in the report's language.
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
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    empty: str = ""  # said when there are no rows
    chart: Chart | None = None


@dataclass(frozen=True, slots=True)
class Document:
    report: str  # summary | gaps | hours | progress | trainings | feedback | mentoring | explain
    title: str
    lang: str
    parameters: tuple[tuple[str, str, Cell], ...]  # key, label, value
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()

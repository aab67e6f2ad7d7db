"""A report document as terminal text: Rich tables, coloured gaps, bars. The only Rich user.

Colour only when asked (a terminal without NO_COLOR); otherwise plain text, so a piped
report and a golden file are the same bytes on every machine.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d

# More matrix columns than this are shown compactly: the gap only, numbered headers.
COMPACT_AFTER = 5
BAR_WIDTH = 10
# How wide a column may insist on being before it wraps (ids and dates should not wrap).
_MIN_CAP = {d.MATRIX: 3, d.ID: 20, d.DATE: 10}
NUMERIC = (d.INT, d.NUMBER, d.JP, d.PERCENT, d.LEVEL, d.GAP, d.CHANGE, d.MONEY, d.MATRIX, d.BAR)


def terminal(doc: d.Document, t: Translator, width: int = 80, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
    )
    console.print(Text(doc.title, style="bold"))
    if doc.parameters:
        shown = " · ".join(
            f"{label}: {cells.text(value, d.TEXT, t)}" for _k, label, value in doc.parameters
        )
        console.print(Text(shown, style="dim"))
    for table in doc.tables:
        console.print()
        _table(console, table, t, color)
    for note in doc.notes:
        console.print()
        console.print(Text(note))
    lines = buf.getvalue().splitlines()
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _table(console: Console, table: d.Table, t: Translator, color: bool) -> None:
    columns = [(i, c) for i, c in enumerate(table.columns) if not c.export_only]
    compact = sum(c.kind == d.MATRIX for _, c in columns) > COMPACT_AFTER
    console.print(Text(table.title, style="bold"))
    if not table.rows:
        console.print(Text(table.empty, style="dim"))
    else:
        rich = RichTable(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            expand=False,
            padding=(0, 0) if compact else (0, 1, 0, 0),
        )
        legend = []
        number = 0
        for i, column in columns:
            header = column.header
            if compact and column.kind == d.MATRIX:
                header = _letters(number)
                number += 1
                legend.append(f"{header}={column.header}")
            longest = max((len(_plain(row[i], column.kind, t, compact)) for row in table.rows),
                          default=0)
            # Wide enough for the header's longest word, so headers wrap between words;
            # numbers no wider than they need, so that text gets the rest of the line.
            word = max((len(w) for w in header.split()), default=1)
            narrow = max(word, longest)
            rich.add_column(
                header,
                justify="right" if column.kind in NUMERIC else "left",
                overflow="fold",
                min_width=max(word, min(longest, _MIN_CAP.get(column.kind, 10))),
                max_width=narrow if column.kind in NUMERIC or column.terminal_only else None,
            )
            if column.kind in (d.ID, d.DATE) and 0 < longest <= _MIN_CAP[column.kind]:
                fixed = rich.columns[-1]
                fixed.width = max(longest, word)
        for row in table.rows:
            rich.add_row(*(_cell(row[i], c.kind, t, color, compact) for i, c in columns))
        console.print(rich)
        if legend:
            console.print(Text(t("report.matrix.legend"), style="dim"))
            console.print(Text("  ".join(legend), style="dim"))
    for note in table.notes:
        console.print(Text(note, style="dim"))


def _cell(value: d.Cell, kind: str, t: Translator, color: bool, compact: bool) -> Text:
    if isinstance(value, d.MatrixCell):
        shown = _compact(value) if compact else cells.matrix(value)
        return Text(shown, style=_gap_style(value.gap, value.required))
    if kind == d.BAR and isinstance(value, (int, float)):
        filled = round(BAR_WIDTH * max(0.0, min(float(value), 100.0)) / 100)
        bar = ("█" * filled + "░" * (BAR_WIDTH - filled)) if color else (
            "#" * filled + "." * (BAR_WIDTH - filled)
        )
        return Text(f"{bar} {cells.text(value, kind, t)}")
    shown = cells.text(value, kind, t)
    if kind == d.GAP:
        return Text(shown, style=_gap_style(value if isinstance(value, int) else None, 1))
    if kind == d.CHANGE and isinstance(value, (int, float)):
        return Text(shown, style="green" if value > 0 else "red" if value < 0 else "")
    return Text(shown)


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → aa: one-letter headers keep 22 competencies within 80 columns."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _plain(value: d.Cell, kind: str, t: Translator, compact: bool) -> str:
    if isinstance(value, d.MatrixCell):
        return _compact(value) if compact else cells.matrix(value)
    if kind == d.BAR:
        return "#" * BAR_WIDTH + " " + cells.text(value, kind, t)
    return cells.text(value, kind, t)


def _compact(value: d.MatrixCell) -> str:
    if value.required is None:
        return cells.NONE
    if value.gap is None:
        return cells.UNKNOWN
    return "." if value.gap == 0 else str(value.gap)


def _gap_style(gap: int | None, required: int | None) -> str:
    if required is None or (required == 0 and gap == 0):
        return "dim"
    if gap is None:
        return "yellow"
    if gap == 0:
        return "green"
    return "bold red" if gap >= 2 else "red"

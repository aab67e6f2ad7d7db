"""A report document as terminal text: aligned tables, coloured gaps, bars. The only Rich user.

The table layout is computed here (column widths that fit the terminal, headers and text
wrapped between words, numbers right-aligned) because Rich's own table layout costs about
half a millisecond per row — seconds for a 500-person programme. Rich colours the lines
when colour is wanted (a terminal without NO_COLOR); otherwise the text is plain, so a
piped report and a golden file are the same bytes on every machine.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from pustaka_cli.controls import CONTROL, visible
from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d

# More matrix columns than this are shown compactly: the gap only, one-letter headers.
COMPACT_AFTER = 5
BAR_WIDTH = 10
NUMERIC = (d.INT, d.NUMBER, d.JP, d.PERCENT, d.LEVEL, d.GAP, d.CHANGE, d.MONEY, d.MATRIX, d.BAR)
# How narrow a column may get before its text wraps (ids and dates should not wrap).
MIN_CAP = {d.MATRIX: 3, d.ID: 16, d.DATE: 10}
TEXT_CAP = 10
RULE = "─"
# In a terminal a long table is cut here, with a line saying how to get all of it: nobody
# reads 10,000 rows on a screen, and colouring them costs seconds.
TERMINAL_ROWS = 200

Styled = tuple[str, str]  # text, Rich style ("" for none)


@dataclass(frozen=True, slots=True)
class _Col:
    header: str
    right: bool
    fixed: bool  # never narrower than its longest cell


def terminal(
    doc: d.Document, t: Translator, width: int = 80, color: bool = False,
    rows: int | None = None, wide: bool = False,
) -> str:
    """The document as text; with ``rows``, tables show at most that many rows and say how
    many there are (for a real terminal: piped text and files always get every row).

    A gap matrix shows the gap in each cell; with ``wide``, current/required when that fits
    ``width``."""
    lines: list[list[Styled]] = [[(doc.title, "bold")]]
    if doc.parameters:
        shown = " · ".join(
            f"{label}: {cells.text(value, d.TEXT, t)}" for _k, label, value in doc.parameters
        )
        lines.extend([[(part, "dim")] for part in textwrap.wrap(shown, width)])
    for table in doc.tables:
        lines.append([])
        lines.extend(_table(table, t, width, color, rows, wide))
    for note in doc.notes:
        lines.append([])
        lines.extend([[(part, "")] for part in textwrap.wrap(note, width)])
    return _emit(lines, width, color)


def _emit(lines: Sequence[Sequence[Styled]], width: int, color: bool) -> str:
    # No text reaches the terminal with a control character in it (controls.py): the
    # reader already shows them as escapes; this catches a text that came another way
    # (one scan of the plain text; its colours are added after, by Rich).
    if not color:
        plain = "".join("".join(text for text, _ in line).rstrip() + "\n" for line in lines)
        if CONTROL.search(plain) is None:
            return plain
    lines = [[(visible(text), style) for text, style in line] for line in lines]
    if not color:
        return "".join("".join(text for text, _ in line).rstrip() + "\n" for line in lines)
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=True, color_system="standard",
                      highlight=False, emoji=False, soft_wrap=True, legacy_windows=False)
    for line in lines:
        console.print(Text.assemble(*line), end="\n")
    return buf.getvalue()


def _table(
    table: d.Table, t: Translator, width: int, color: bool, most: int | None = None,
    wide: bool = False,
) -> list[list[Styled]]:
    out: list[list[Styled]] = [[(table.title, "bold")]]
    cut = most is not None and len(table.rows) > most
    rows = table.rows[:most] if cut else table.rows
    if not rows:
        out.append([(table.empty, "dim")])
    else:
        shown = [i for i, c in enumerate(table.columns) if not c.export_only and not c.machine]
        compact = sum(table.columns[i].kind == d.MATRIX for i in shown) > COMPACT_AFTER
        if compact and wide:
            return [*out[:1], *_matrix_wide(table, t, width, color, rows, shown, cut, most)]
        cols: list[_Col] = []
        legend: list[str] = []
        body: list[list[Styled]] = [[] for _ in rows]
        for i in shown:
            column = table.columns[i]
            header = column.header
            if compact and column.kind == d.MATRIX:
                header = _letters(len(legend))
                legend.append(f"{header}={column.header}")
            cols.append(_Col(header, column.kind in NUMERIC,
                             column.kind in NUMERIC or column.terminal_only))
            for r, row in enumerate(rows):
                body[r].append(_cell(row[i], column.kind, t, color, compact))
        kinds = [table.columns[i].kind for i in shown]
        gap = 1 if compact else 2
        widths = _widths(cols, kinds, body, width, gap)
        out.extend(_grid(cols, widths, body, gap))
        if cut:
            more = t("report.terminal.more", shown=cells.text(len(rows), d.INT, t),
                     total=cells.text(len(table.rows), d.INT, t))
            out.extend([[(part, "yellow")] for part in textwrap.wrap(more, width)])
        if legend:
            out.extend(_legend(t("report.matrix.legend"), legend, width))
    for note in table.notes:
        out.extend([[(part, "dim")] for part in textwrap.wrap(note, width)])
    return out


def _matrix_wide(
    table: d.Table, t: Translator, width: int, color: bool, rows: Sequence[d.Row],
    shown: Sequence[int], cut: bool, most: int | None,
) -> list[list[Styled]]:
    """The matrix with current/required in each cell, under letter headings, if the
    terminal is wide enough; else the gaps, with a line saying how wide it must be."""
    cols: list[_Col] = []
    legend: list[str] = []
    body: list[list[Styled]] = [[] for _ in rows]
    for i in shown:
        column = table.columns[i]
        header = column.header
        if column.kind == d.MATRIX:
            header = _letters(len(legend))
            legend.append(f"{header}={column.header}")
        cols.append(_Col(header, column.kind in NUMERIC,
                         column.kind in NUMERIC or column.terminal_only))
        for r, row in enumerate(rows):
            body[r].append(_cell(row[i], column.kind, t, color, False))
    kinds = [table.columns[i].kind for i in shown]
    widths = _widths(cols, kinds, body, width, 1)
    needed = sum(widths) + len(widths) - 1
    out: list[list[Styled]] = []
    if needed > width:
        narrow = d.Table(table.key, table.title, table.columns, table.rows, (), table.empty)
        out = _table(narrow, t, width, color, most)[1:]
        too = t("report.matrix.too-narrow", columns=needed, width=width)
        out.extend([[(part, "yellow")] for part in textwrap.wrap(too, width)])
    else:
        out.extend(_grid(cols, widths, body, 1))
        if cut:
            more = t("report.terminal.more", shown=cells.text(len(rows), d.INT, t),
                     total=cells.text(len(table.rows), d.INT, t))
            out.extend([[(part, "yellow")] for part in textwrap.wrap(more, width)])
        out.extend(_legend(t("report.matrix.legend-wide"), legend, width))
    for note in table.notes:
        out.extend([[(part, "dim")] for part in textwrap.wrap(note, width)])
    return out


def _legend(what: str, letters: Sequence[str], width: int) -> list[list[Styled]]:
    """What the cells show, then which competency each letter is."""
    out = [[(part, "dim")] for part in textwrap.wrap(what, width)]
    out.extend([[(part, "dim")] for part in textwrap.wrap("  ".join(letters), width,
                                                          break_on_hyphens=False)])
    return out


def _widths(
    cols: Sequence[_Col], kinds: Sequence[str], body: Sequence[Sequence[Styled]], width: int,
    gap: int,
) -> list[int]:
    longest = [max((len(row[j][0]) for row in body), default=0) for j in range(len(cols))]
    words = [max((len(w) for w in c.header.split()), default=1) for c in cols]
    natural = [max(len(c.header), n) for c, n in zip(cols, longest, strict=True)]
    smallest = [
        max(w, n) if c.fixed else max(w, min(n, MIN_CAP.get(k, TEXT_CAP)))
        for c, w, n, k in zip(cols, words, longest, kinds, strict=True)
    ]
    widths = list(natural)
    room = width - gap * (len(cols) - 1)
    # First let headers wrap (numbers need no more than their longest cell), then narrow
    # the widest text column, one character at a time, down to its smallest.
    if sum(widths) > room:
        widths = [max(w, n) if c.fixed else x
                  for c, w, n, x in zip(cols, words, longest, widths, strict=True)]
    while sum(widths) > room:
        candidates = [j for j in range(len(cols)) if widths[j] > smallest[j]]
        if not candidates:
            break
        widest = max(candidates, key=lambda j: (widths[j], -j))
        widths[widest] -= 1
    return widths


def _grid(
    cols: Sequence[_Col], widths: Sequence[int], body: Sequence[Sequence[Styled]], gap: int
) -> list[list[Styled]]:
    spacer = (" " * gap, "")
    heads = [_wrap(c.header, w) for c, w in zip(cols, widths, strict=True)]
    height = max(len(h) for h in heads)
    out: list[list[Styled]] = []
    for line in range(height):
        parts: list[Styled] = []
        for j, (c, h) in enumerate(zip(cols, heads, strict=True)):
            text = h[line - (height - len(h))] if line >= height - len(h) else ""
            parts.extend([spacer] if j else [])
            parts.append((_align(text, widths[j], c.right), "bold"))
        out.append(parts)
    out.append([(RULE * (sum(widths) + gap * (len(cols) - 1)), "")])
    aligns = [str.rjust if c.right else str.ljust for c in cols]
    for row in body:
        if all(len(text) <= w for (text, _), w in zip(row, widths, strict=True)):
            # one line: the common case, and 10,000 of them in a national matrix
            parts = [(aligns[0](row[0][0], widths[0]), row[0][1])]
            for j in range(1, len(row)):
                text, style = row[j]
                parts += (spacer, (aligns[j](text, widths[j]), style))
            out.append(parts)
            continue
        wrapped = [_wrap(text, w) for (text, _), w in zip(row, widths, strict=True)]
        rows = max(len(x) for x in wrapped)
        for line in range(rows):
            parts = []
            for j, (c, (_, style)) in enumerate(zip(cols, row, strict=True)):
                text = wrapped[j][line] if line < len(wrapped[j]) else ""
                parts.extend([spacer] if j else [])
                parts.append((_align(text, widths[j], c.right), style))
            out.append(parts)
    return out


def _wrap(text: str, width: int) -> list[str]:
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width) or [""]


def _align(text: str, width: int, right: bool) -> str:
    return text.rjust(width) if right else text.ljust(width)


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → aa: one-letter headers keep 22 competencies within 80 columns."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _cell(value: d.Cell, kind: str, t: Translator, color: bool, compact: bool) -> Styled:
    if isinstance(value, d.MatrixCell):
        shown = _compact(value) if compact else cells.matrix(value)
        return shown, _gap_style(value.gap, value.required)
    if kind == d.BAR and isinstance(value, (int, float)):
        filled = round(BAR_WIDTH * max(0.0, min(float(value), 100.0)) / 100)
        full, empty = ("█", "░") if color else ("#", ".")
        return f"{full * filled}{empty * (BAR_WIDTH - filled)} {cells.text(value, kind, t)}", ""
    shown = cells.text(value, kind, t)
    if kind == d.GAP:
        return shown, _gap_style(value if isinstance(value, int) else None, 1)
    if kind == d.CHANGE and isinstance(value, (int, float)):
        return shown, "green" if value > 0 else "red" if value < 0 else ""
    return shown, ""


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

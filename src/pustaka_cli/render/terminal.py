"""A document as terminal text: aligned tables, coloured gaps, bars. The only Rich user.

A ``REPORT`` document reads as a bold title, a line of its parameters and titled tables;
a ``PROSE`` document (recommend, plan, idp) as underlined headings, aligned fields, lists
and small tables. Both go through the one table writer (``_grid``), in one of its two
styles: a report's table has one rule under its headers and wraps its cells to fit; a
prose table has dashes under each header and becomes a short list per row when it does
not fit.

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
# The two table styles of the one table writer (see the module's docstring).
RULED = "ruled"
DASHED = "dashed"
PROSE_WIDTH = 80  # recommend, plan and idp fit this whatever the terminal
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
    doc: d.Document,
    t: Translator,
    width: int = 80,
    color: bool = False,
    rows: int | None = None,
    wide: bool = False,
) -> str:
    """The document as text; with ``rows``, tables show at most that many rows and say how
    many there are (for a real terminal: piped text and files always get every row).

    A gap matrix shows the gap in each cell; with ``wide``, current/required when that fits
    ``width``. A prose document fits ``PROSE_WIDTH`` (or ``width``, if narrower)."""
    prose = doc.look == d.PROSE
    if prose:
        width = min(width, PROSE_WIDTH)
        lines = [[(part, "bold")] for part in _paragraph(doc.title, width)]
        lines.append([("=" * min(len(doc.title), width), "")])
    else:
        lines = [[(doc.title, "bold")]]
    if doc.parameters:
        shown = " · ".join(
            f"{label}: {cells.text(value, d.TEXT, t)}" for _k, label, value in doc.parameters
        )
        lines.extend([[(part, "dim")] for part in textwrap.wrap(shown, width)])
    for block in doc.body:
        if isinstance(block, d.Table):
            if prose:
                lines.extend(_dashed(block, t, width))
            else:
                lines.append([])
                lines.extend(_table(block, t, width, color, rows, wide))
        else:
            lines.extend(_prose(block, width))
    for note in doc.notes:
        lines.append([])
        lines.extend([[(part, "")] for part in textwrap.wrap(note, width)])
    while prose and lines and not "".join(text for text, _ in lines[-1]).strip():
        lines.pop()
    return _emit(lines, width, color)


def _prose(block: d.Block, width: int) -> list[list[Styled]]:
    """A heading, fields, a paragraph, a list or a place to sign, wrapped to ``width``."""
    out: list[str] = []
    if isinstance(block, d.Heading):
        out.append("")
        out.extend(_paragraph(block.text, width))
        if block.level < 3:
            out.append(("=" if block.level == 1 else "-") * min(len(block.text), width))
    elif isinstance(block, d.Fields):
        out.extend(_fields(block.rows, width))
    elif isinstance(block, d.Para):
        out.extend(_paragraph(block.text, width))
    elif isinstance(block, d.Items):
        if not block.items:
            out.extend(_paragraph(block.empty, width))
        for item in block.items:
            first, *rest = item.split("\n")
            out.extend(_paragraph(first, width, "- ", "  "))
            for line in rest:
                out.extend(_paragraph(line, width, "    ", "      "))
    elif not isinstance(block, d.Table):  # a place to sign
        out.append("")
        out.extend(_paragraph(block.place_date, width))
        for role, name in block.roles:
            out.extend(["", role, "", "", f"({name or '.' * 30})"])
    return [[(line, "bold" if isinstance(block, d.Heading) else "")] for line in out]


def _paragraph(line: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """A line of prose wrapped between words (never at a hyphen), indented."""
    return textwrap.wrap(
        line, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]


def _fields(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    label = max((len(k) for k, _ in rows), default=0)
    out = []
    for k, v in rows:
        out.extend(_paragraph(v, width, f"{k.ljust(label)} : ", " " * (label + 3)))
    return out


def _dashed(table: d.Table, t: Translator, width: int) -> list[list[Styled]]:
    """A prose table: natural widths and dashes under each header, or, when that is too
    wide for ``width``, one short list of fields per row."""
    out = _prose(d.Heading(table.title), width) if table.title else []
    if not table.rows:
        return [*out, *([(part, "")] for part in _paragraph(table.empty, width))]
    shown = [i for i, c in enumerate(table.columns) if not c.export_only and not c.machine]
    cols, body = _body(table, shown, table.rows, t, False, False)
    widths = [max(len(c.header), *(len(row[j][0]) for row in body)) for j, c in enumerate(cols)]
    if sum(widths) + 2 * (len(widths) - 1) > width:
        for row in body:
            lines = _fields(
                tuple((c.header, text) for c, (text, _) in zip(cols, row, strict=True)), width - 2
            )
            out.extend([[(("- " if i == 0 else "  ") + line, "")] for i, line in enumerate(lines)])
        return out
    return [*out, *_grid(cols, widths, body, 2, DASHED)]


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
    console = Console(
        file=buf,
        width=width,
        force_terminal=True,
        color_system="standard",
        highlight=False,
        emoji=False,
        soft_wrap=True,
        legacy_windows=False,
    )
    for line in lines:
        console.print(Text.assemble(*line), end="\n")
    return buf.getvalue()


def _table(
    table: d.Table,
    t: Translator,
    width: int,
    color: bool,
    most: int | None = None,
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
        cols, body = _body(table, shown, rows, t, color, compact, lettered=compact)
        legend = _lettered(table, shown) if compact else []
        kinds = [table.columns[i].kind for i in shown]
        gap = 1 if compact else 2
        widths = _widths(cols, kinds, body, width, gap)
        out.extend(_grid(cols, widths, body, gap))
        if cut:
            more = t(
                "report.terminal.more",
                shown=cells.text(len(rows), d.INT, t),
                total=cells.text(len(table.rows), d.INT, t),
            )
            out.extend([[(part, "yellow")] for part in textwrap.wrap(more, width)])
        if legend:
            out.extend(_legend(t("report.matrix.legend"), legend, width))
    for note in table.notes:
        out.extend([[(part, "dim")] for part in textwrap.wrap(note, width)])
    return out


def _matrix_wide(
    table: d.Table,
    t: Translator,
    width: int,
    color: bool,
    rows: Sequence[d.Row],
    shown: Sequence[int],
    cut: bool,
    most: int | None,
) -> list[list[Styled]]:
    """The matrix with current/required in each cell, under letter headings, if the
    terminal is wide enough; else the gaps, with a line saying how wide it must be."""
    cols, body = _body(table, shown, rows, t, color, False, lettered=True)
    legend = _lettered(table, shown)
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
            more = t(
                "report.terminal.more",
                shown=cells.text(len(rows), d.INT, t),
                total=cells.text(len(table.rows), d.INT, t),
            )
            out.extend([[(part, "yellow")] for part in textwrap.wrap(more, width)])
        out.extend(_legend(t("report.matrix.legend-wide"), legend, width))
    for note in table.notes:
        out.extend([[(part, "dim")] for part in textwrap.wrap(note, width)])
    return out


def _body(
    table: d.Table,
    shown: Sequence[int],
    rows: Sequence[d.Row],
    t: Translator,
    color: bool,
    compact: bool,
    lettered: bool = False,
) -> tuple[list[_Col], list[list[Styled]]]:
    """The shown columns' headers and every row's cells as styled text; with ``lettered``,
    matrix columns are headed a, b, c... (``_lettered`` says which is which)."""
    cols: list[_Col] = []
    body: list[list[Styled]] = [[] for _ in rows]
    letters = 0
    for i in shown:
        column = table.columns[i]
        header = column.header
        if lettered and column.kind == d.MATRIX:
            header = _letters(letters)
            letters += 1
        cols.append(
            _Col(header, column.kind in NUMERIC, column.kind in NUMERIC or column.terminal_only)
        )
        for r, row in enumerate(rows):
            body[r].append(_cell(row[i], column.kind, t, color, compact))
    return cols, body


def _lettered(table: d.Table, shown: Sequence[int]) -> list[str]:
    """``a=Competency``...: what each lettered matrix column is."""
    matrix = [table.columns[i] for i in shown if table.columns[i].kind == d.MATRIX]
    return [f"{_letters(n)}={column.header}" for n, column in enumerate(matrix)]


def _legend(what: str, letters: Sequence[str], width: int) -> list[list[Styled]]:
    """What the cells show, then which competency each letter is."""
    out = [[(part, "dim")] for part in textwrap.wrap(what, width)]
    out.extend(
        [
            [(part, "dim")]
            for part in textwrap.wrap("  ".join(letters), width, break_on_hyphens=False)
        ]
    )
    return out


def _widths(
    cols: Sequence[_Col],
    kinds: Sequence[str],
    body: Sequence[Sequence[Styled]],
    width: int,
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
        widths = [
            max(w, n) if c.fixed else x
            for c, w, n, x in zip(cols, words, longest, widths, strict=True)
        ]
    while sum(widths) > room:
        candidates = [j for j in range(len(cols)) if widths[j] > smallest[j]]
        if not candidates:
            break
        widest = max(candidates, key=lambda j: (widths[j], -j))
        widths[widest] -= 1
    return widths


def _grid(
    cols: Sequence[_Col],
    widths: Sequence[int],
    body: Sequence[Sequence[Styled]],
    gap: int,
    style: str = RULED,
) -> list[list[Styled]]:
    """The one table writer: headers (wrapped to their widths, at the bottom), a rule, and
    each row aligned, its cells wrapped if they must. ``RULED``: one rule across;
    ``DASHED``: dashes under each column."""
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
    if style == DASHED:
        out.append([(spacer[0].join("-" * w for w in widths), "")])
    else:
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

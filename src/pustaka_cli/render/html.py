"""A report document as one self-contained, printable HTML file: no script, no network.

Tables with gap-matrix cells get an inline SVG heat-map; tables with a ``Chart`` hint get
an inline SVG bar chart. Every value is escaped. The same document gives the same bytes.
"""

from __future__ import annotations

from html import escape

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d
from pustaka_cli.render.formats import exported

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;font-size:.9em}
dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;font-size:.85em;margin:.4em 0;display:block;overflow-x:auto}
th,td{border:1px solid #ccc;padding:.2em .5em}th{background:#f2f2f2}
td.n,td.k{text-align:right;white-space:nowrap}td.k{text-align:left}.note{color:#555;font-size:.85em}
td.g0{background:#dff0d8}td.g1{background:#fcf3cf}td.g2{background:#f8d7b0}
td.g3{background:#f1a9a0}td.gu{background:#eee;color:#777}
svg{display:block;margin:.6em 0;max-width:100%;height:auto}
svg text{font-family:system-ui,sans-serif;font-size:11px}
@media print{body{margin:0;font-size:10pt}h2{break-after:avoid}svg{break-inside:avoid}
table{display:table}}
"""

# Heat-map fills by gap (0 meets ... 3+), unknown, and no requirement.
GAP_FILL = ("#7fbf7b", "#fee08b", "#fc8d59", "#d73027")
UNKNOWN_FILL = "#d9d9d9"
NONE_FILL = "#f7f7f7"
SERIES_FILL = ("#4e79a7", "#f28e2b", "#59a14f")
CELL = 22
LABEL_WIDTH = 170
BAR_WIDTH = 360
BAR_HEIGHT = 12


def html(doc: d.Document, t: Translator) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.title)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{escape(doc.title)}</h1>",
    ]
    if doc.parameters:
        out.append("<dl>")
        for _key, label, value in doc.parameters:
            out.append(
                f"<dt>{escape(label)}</dt><dd>{escape(cells.text(value, d.TEXT, t))}</dd>"
            )
        out.append("</dl>")
    for table in map(exported, doc.tables):
        out.append(f'<section id="{escape(table.key)}">')
        out.append(f"<h2>{escape(table.title)}</h2>")
        if not table.rows:
            out.append(f'<p class="note">{escape(table.empty)}</p>')
        else:
            if any(c.kind == d.MATRIX for c in table.columns):
                out.append(heatmap(table, t))
            if table.chart is not None:
                out.append(bars(table, table.chart, t))
            out.append(_table(table, t))
        out.extend(f'<p class="note">{escape(n)}</p>' for n in table.notes)
        out.append("</section>")
    out.extend(f'<p class="note">{escape(n)}</p>' for n in doc.notes)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _table(table: d.Table, t: Translator) -> str:
    head = "".join(f"<th>{escape(c.header)}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        tds = []
        for c, v in zip(table.columns, row, strict=True):
            css = _css(c.kind, v)
            attr = f' class="{css}"' if css else ""
            tds.append(f"<td{attr}>{escape(cells.text(v, c.kind, t))}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>" + "\n".join(rows) + "</tbody></table>"


def _css(kind: str, value: d.Cell) -> str:
    if isinstance(value, d.MatrixCell):
        if value.required is None or value.gap is None:
            return "gu"
        return f"g{min(value.gap, 3)}"
    if kind in (d.NIP, d.DATE, d.ID):
        return "k"
    if kind == d.TEXT:
        return ""
    return "n"


def _label_index(table: d.Table, key: str) -> int:
    for i, c in enumerate(table.columns):
        if c.key == key:
            return i
    return next(i for i, c in enumerate(table.columns) if c.kind == d.TEXT)


def heatmap(table: d.Table, t: Translator) -> str:
    """The gap matrix as coloured squares: one row per librarian, one column per competency."""
    matrix = [i for i, c in enumerate(table.columns) if c.kind == d.MATRIX]
    label = _label_index(table, "name")
    top = 120
    width = LABEL_WIDTH + CELL * len(matrix) + 110  # room for the last rotated heading
    height = top + CELL * len(table.rows) + 10
    parts = [
        f'<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(table.title)}">'
    ]
    for j, col in enumerate(matrix):
        x = LABEL_WIDTH + CELL * j + CELL // 2
        parts.append(
            f'<text x="{x}" y="{top - 6}" transform="rotate(-60 {x} {top - 6})">'
            f"{escape(table.columns[col].header)}</text>"
        )
    for i, row in enumerate(table.rows):
        y = top + CELL * i
        name = cells.text(row[label], d.TEXT, t)
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">'
                     f"{escape(name)}</text>")
        for j, col in enumerate(matrix):
            cell = row[col]
            if not isinstance(cell, d.MatrixCell):
                continue
            fill, shown = _fill(cell)
            x = LABEL_WIDTH + CELL * j
            tip = f"{name} · {table.columns[col].header}: {cells.matrix(cell)}"
            parts.append(
                f'<g><title>{escape(tip)}</title><rect x="{x}" y="{y}" width="{CELL - 2}" '
                f'height="{CELL - 2}" fill="{fill}"/><text x="{x + (CELL - 2) // 2}" '
                f'y="{y + 15}" text-anchor="middle">{escape(shown)}</text></g>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _fill(cell: d.MatrixCell) -> tuple[str, str]:
    if cell.required is None:
        return NONE_FILL, cells.NONE
    if cell.gap is None:
        return UNKNOWN_FILL, cells.UNKNOWN
    return GAP_FILL[min(cell.gap, 3)], str(cell.gap) if cell.gap else ""


def bars(table: d.Table, chart: d.Chart, t: Translator) -> str:
    """Horizontal bars per row: side by side or stacked, with an optional target mark."""
    labels = [_label_index(table, key) for key in chart.label.split("+")]
    keys = {c.key: i for i, c in enumerate(table.columns)}
    series = [keys[k] for k in chart.values if k in keys]
    target = keys.get(chart.target) if chart.target else None

    def num(value: d.Cell) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return 0.0
        return float(value)

    totals = [
        sum(num(row[i]) for i in series) if chart.stacked else max((num(row[i]) for i in series),
                                                                    default=0.0)
        for row in table.rows
    ]
    targets = [num(row[target]) for row in table.rows] if target is not None else []
    top_value = chart.maximum or max([*totals, *targets, 1.0])
    per_row = BAR_HEIGHT * (1 if chart.stacked else len(series)) + 8
    legend = 20
    width = LABEL_WIDTH + BAR_WIDTH + 70
    height = legend + per_row * len(table.rows) + 6
    parts = [
        f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(table.title)}">'
    ]
    x = LABEL_WIDTH
    for n, i in enumerate(series):
        parts.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{SERIES_FILL[n % 3]}"/>'
                     f'<text x="{x + 14}" y="13">{escape(table.columns[i].header)}</text>')
        x += 20 + 7 * len(table.columns[i].header)
    for r, row in enumerate(table.rows):
        y = legend + per_row * r
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT}" text-anchor="end">'
                     f"{escape(' '.join(cells.text(row[i], d.TEXT, t) for i in labels))}</text>")
        start = float(LABEL_WIDTH)
        for n, i in enumerate(series):
            value = num(row[i])
            length = round(BAR_WIDTH * min(value, top_value) / top_value, 1)
            bar_y = y if chart.stacked else y + BAR_HEIGHT * n
            bar_x = start if chart.stacked else LABEL_WIDTH
            shown = cells.text(row[i], table.columns[i].kind, t)
            parts.append(
                f'<rect x="{bar_x}" y="{bar_y}" width="{length}" height="{BAR_HEIGHT - 2}" '
                f'fill="{SERIES_FILL[n % 3]}"><title>{escape(shown)}</title></rect>'
            )
            if chart.stacked:
                start += length
        end = start if chart.stacked else LABEL_WIDTH + BAR_WIDTH * totals[r] / top_value
        parts.append(f'<text x="{round(end + 4, 1)}" y="{y + BAR_HEIGHT - 2}">'
                     f"{escape(cells.number(totals[r], t.lang))}</text>")
        if target is not None and row[target] is not None:
            tx = round(LABEL_WIDTH + BAR_WIDTH * min(targets[r], top_value) / top_value, 1)
            parts.append(f'<line x1="{tx}" y1="{y - 2}" x2="{tx}" y2="{y + per_row - 6}" '
                         'stroke="#222" stroke-width="2"/>')
    parts.append("</svg>")
    return "".join(parts)

"""A report document as one self-contained, printable HTML file: no script, no network."""

from __future__ import annotations

from html import escape

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d
from pustaka_cli.render.formats import exported

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse;font-size:.85em;margin:.4em 0}
th,td{border:1px solid #ccc;padding:.2em .5em}th{background:#f2f2f2}
td.n{text-align:right}.note{color:#555;font-size:.85em}
td.g0{background:#dff0d8}td.g1{background:#fcf3cf}td.g2{background:#f8d7b0}
td.g3{background:#f1a9a0}td.gu{background:#eee;color:#777}
@media print{body{margin:0}h2{break-after:avoid}}
"""


def html(doc: d.Document, t: Translator) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.lang)}">',
        '<head><meta charset="utf-8">',
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
        out.append(f"<h2>{escape(table.title)}</h2>")
        if not table.rows:
            out.append(f'<p class="note">{escape(table.empty)}</p>')
        else:
            out.append(_table(table, t))
        out.extend(f'<p class="note">{escape(n)}</p>' for n in table.notes)
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
    if kind in (d.TEXT, d.ID, d.NIP, d.DATE):
        return ""
    return "n"

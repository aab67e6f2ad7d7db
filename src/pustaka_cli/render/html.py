"""A document as one self-contained, printable HTML file: no script, no network.

Print comes first: the page is A4 (or F4, Letter), table headers repeat on every page,
rows never split, and the footer carries the organisation, the date and "page n of m".
A ``REPORT`` document is laid out in sections: a table too wide for the page goes on a
landscape page, and a table too wide even for that is split into column groups that each
repeat the row's name. A ``PROSE`` document (an IDP) flows as one upright page with its
own stylesheet (``PROSE_STYLE``) and a place to sign that stays on one page.

Tables with gap-matrix cells get an inline SVG heat-map; tables with a ``Chart`` hint get
an inline SVG bar chart with a legend and a labelled axis. Every value is escaped. The
same document gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d
from pustaka_cli.render.formats import exported
from pustaka_cli.render.output import PAPERS

# Print geometry. Widths are estimated from characters (no browser to measure): at the
# table's 8 pt a character is about 5.4 px wide on average; a cell adds its padding.
MARGIN_MM = 10
PX_PER_MM = 96 / 25.4
CHAR_PX = 5.4
CELL_PAD_PX = 10
TEXT_WRAP = 26  # text cells wrap: estimate them at most this many characters wide
MIN_TEXT = 12  # ...and at least this many, so a title is never one word a line

STYLE = """
body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:1.5em;color:#222;font-size:10pt}
h1{font-size:15pt;margin:0 0 .3em}h2{font-size:11.5pt;margin:1.2em 0 .3em;break-after:avoid}
h3{font-size:9.5pt;margin:.8em 0 .2em;color:#444;break-after:avoid}
dl{display:grid;grid-template-columns:max-content auto;gap:.05em 1em;font-size:9pt;margin:.3em 0}
dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;font-size:8pt;margin:.3em 0}
thead{display:table-header-group}tr{break-inside:avoid}
th,td{border:1px solid #bbb;padding:.15em .35em;vertical-align:top}
th{background:#eee;text-align:left;font-weight:bold}th.m,th span{white-space:nowrap}
td.n{text-align:right;white-space:nowrap}td.k{white-space:nowrap}
td.m{text-align:center;white-space:nowrap}
.note{color:#444;font-size:8.5pt;margin:.2em 0}
td.g0{background:#d9efd5}td.g1{background:#fff2b3}td.g2{background:#fdc9a5}
td.g3{background:#f4a29a}td.gu{background:#e4e4e4;color:#555}td.gn{color:#999}
.key{font-size:8pt;margin:.2em 0 .4em}.key span{display:inline-block;margin-right:1em}
.key i{display:inline-block;width:1em;height:.8em;border:1px solid #999;margin-right:.3em;
vertical-align:-.05em}
svg{display:block;margin:.4em 0;max-width:100%;height:auto;break-inside:avoid}
svg text{font-family:"DejaVu Sans",system-ui,sans-serif;font-size:10px;fill:#222}
section.wide{page:wide}
@media print{body{margin:0}svg.heatmap{max-height:200mm;width:auto}}
"""

# The prose look (an IDP: a form that is printed, signed and filed).
PROSE_STYLE = """
body{font-family:"DejaVu Sans",system-ui,"Segoe UI",Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#111;line-height:1.3;font-size:10pt}
h1{font-size:15pt;border-bottom:2px solid #333;padding-bottom:.2rem;margin:0 0 .4rem}
h2{font-size:11.5pt;margin:1rem 0 .3rem;border-bottom:1px solid #999;break-after:avoid}
h3{font-size:10pt;margin:.6rem 0 .2rem;break-after:avoid}
p{margin:.3rem 0}
table{border-collapse:collapse;width:100%;margin:.3rem 0;font-size:9pt}
thead{display:table-header-group}tr{break-inside:avoid}
th,td{border:1px solid #999;padding:.15rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.05rem 1rem;margin:.3rem 0}
dt{font-weight:bold}
dd{margin:0}
ul{padding-left:1.2rem;margin:.3rem 0}
li p{margin:.05rem 0}
.signature{break-inside:avoid;margin-top:1.2rem}
.sign{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem;margin-top:.6rem;
text-align:center}
.sign .role{min-height:2.6em}
.sign .space{height:4.5rem}
.sign .name{border-top:1px solid #333;padding-top:.2rem}
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt;line-height:1.25}
ul{font-size:8.5pt;line-height:1.2}li p{margin:0}.sign .space{height:3.4rem}
h2{margin:.7rem 0 .2rem}}
""".strip()
PROSE_MARGIN_MM = 14
# A document with boxes to sign (a sign-in list): rows tall enough for a signature, and
# each part of a paged document (``Document.pages``) on new pages.
SHEET_STYLE = """
td.s{height:2.1rem;width:26%}td.k{white-space:nowrap}section.page{break-before:page}
""".strip()


def _sheet_style(doc: d.Document) -> str:
    signed = any(c.kind == d.SIGN for table in doc.tables for c in table.columns)
    return "\n" + SHEET_STYLE if signed or doc.pages else ""


# Heat-map fills by gap (0 meets ... 3+), unknown, and no requirement; the table cells
# use lighter tints of the same scale so their numbers stay readable.
GAP_FILL = ("#7fbf7b", "#fee08b", "#fc8d59", "#d73027")
CELL_TINT = ("#d9efd5", "#fff2b3", "#fdc9a5", "#f4a29a")
UNKNOWN_FILL = "#d9d9d9"
NONE_FILL = "#f7f7f7"
SERIES_FILL = ("#4e79a7", "#f28e2b", "#59a14f")
PALETTES = {"gaps": (GAP_FILL[0], GAP_FILL[2], UNKNOWN_FILL)}
CELL = 22
LABEL_WIDTH = 215
BAR_WIDTH = 360
BAR_HEIGHT = 12
# A chart this tall or less shares the landscape page with its table; a taller one gets
# an upright page of its own before it.
SHORT_CHART_PX = 320


def html(doc: d.Document, t: Translator, paper: str = "a4") -> str:
    """The document as a printable page on ``paper`` (a4, f4, letter)."""
    if doc.look == d.PROSE:
        return _prose_page(doc, t, paper)
    width, height = PAPERS[paper]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.title)}</title>",
        f"<style>{page_style(width, height, footer(doc, t), t)}{STYLE}</style></head>",
        "<body>",
    ]
    head = [f"<h1>{escape(doc.title)}</h1>"]
    if doc.parameters:
        head.append("<dl>")
        for _key, label, value in doc.parameters:
            head.append(f"<dt>{escape(label)}</dt><dd>{escape(cells.text(value, d.TEXT, t))}</dd>")
        head.append("</dl>")
    sections = [
        part for table in map(exported, doc.tables) for part in _sections(table, t, width, height)
    ]
    # The title goes on the first table's page and the notes on the last one's: no page
    # of its own for either when the first or last table is printed landscape.
    if not sections:
        sections = [("", False, [])]
    sections[0][2][:0] = head
    sections[-1][2].extend(f'<p class="note">{escape(n)}</p>' for n in doc.notes)
    for key, wide, body in sections:
        layout = ' class="wide"' if wide else ""
        anchor = f' id="{escape(key)}"' if key else ""
        out.append(f"<section{anchor}{layout}>")
        out.extend(body)
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _prose_page(doc: d.Document, t: Translator, paper: str) -> str:
    """The prose look: one flowing upright page, block after block."""
    width, height = PAPERS[paper]
    style = page_style(width, height, footer(doc, t), t, margin=PROSE_MARGIN_MM)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.title)}</title>",
        f"<style>{style}{PROSE_STYLE}{_sheet_style(doc)}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(doc.title)}</h1>",
    ]
    if doc.parameters:
        out.append("<dl>")
        out.extend(
            f"<dt>{escape(label)}</dt><dd>{escape(cells.text(value, d.TEXT, t))}</dd>"
            for _key, label, value in doc.parameters
        )
        out.append("</dl>")
    if doc.pages:
        out.extend(_paged(doc, t))
    else:
        for block in doc.body:
            out.extend(_block(block, t))
    out.extend(f"<p>{escape(n)}</p>" for n in doc.notes)
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"


def _paged(doc: d.Document, t: Translator) -> list[str]:
    """The body once per value of the column ``doc.pages`` (in order of first row), each
    on new pages under a heading naming the value, its tables cut to that value's rows
    and without that column (a sign-in list: a page per day, signed at its foot)."""
    values: list[d.Cell] = []
    header = ""
    for table in doc.tables:
        keys = [c.key for c in table.columns]
        if doc.pages in keys:
            i = keys.index(doc.pages)
            header = header or table.columns[i].header
            values.extend(row[i] for row in table.rows if row[i] not in values)
    out: list[str] = []
    for n, value in enumerate(values):
        out.append('<section class="page">' if n else "<section>")
        if n:  # every page says what it is: it is signed, and filed, on its own
            out.append(f"<h1>{escape(doc.title)}</h1>")
        out.append(f"<h2>{escape(header)}: {escape(cells.text(value, d.TEXT, t))}</h2>")
        for block in doc.body:
            out.extend(_block(_only(block, doc.pages, value), t))
        out.append("</section>")
    return out


def _only(block: d.Block, key: str, value: d.Cell) -> d.Block:
    """A table's rows whose column ``key`` holds ``value``, without that column (and
    without its title: the page's heading names it)."""
    if not isinstance(block, d.Table) or key not in [c.key for c in block.columns]:
        return block
    i = [c.key for c in block.columns].index(key)
    return d.Table(
        block.key,
        "",
        block.columns[:i] + block.columns[i + 1 :],
        tuple(row[:i] + row[i + 1 :] for row in block.rows if row[i] == value),
        block.notes,
        block.empty,
    )


def _block(block: d.Block, t: Translator) -> list[str]:
    """One block of a prose page as lines of HTML."""
    if isinstance(block, d.Table):
        table = exported(block)
        if not table.rows:
            return [f"<p>{escape(table.empty)}</p>"]
        heading = [f"<h2>{escape(table.title)}</h2>"] if table.title else []
        return [*heading, _table(table, range(len(table.columns)), t, "\n")]
    if isinstance(block, d.Heading):
        return [f"<h{block.level}>{escape(block.text)}</h{block.level}>"]
    if isinstance(block, d.Fields):
        return [
            "<dl>",
            *(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in block.rows),
            "</dl>",
        ]
    if isinstance(block, d.Para):
        return [f"<p>{escape(block.text)}</p>"]
    if isinstance(block, d.Items):
        if not block.items:
            return [f"<p>{escape(block.empty)}</p>"]
        return [
            "<ul>",
            *(
                "<li>"
                + "".join(f"<p>{escape(line.strip())}</p>" for line in item.split("\n"))
                + "</li>"
                for item in block.items
            ),
            "</ul>",
        ]
    # The place, the date and every signature stay together on one page.
    return [
        '<div class="signature">',
        f'<p class="place">{escape(block.place_date)}</p>',
        '<div class="sign">',
        *(
            f'<div><div class="role">{escape(role)}</div><div class="space"></div>'
            f'<div class="name">{escape(name) or "&nbsp;"}</div></div>'
            for role, name in block.roles
        ),
        "</div></div>",
    ]


def _sections(
    table: d.Table, t: Translator, width: int, height: int
) -> list[tuple[str, bool, list[str]]]:
    """A table as page sections (anchor, landscape?, HTML): a gap matrix gives two, its
    heat-map on an upright page and its table on landscape pages."""
    portrait = (width - 2 * MARGIN_MM) * PX_PER_MM
    landscape = (height - 2 * MARGIN_MM) * PX_PER_MM
    title = f"<h2>{escape(table.title)}</h2>"
    notes = [f'<p class="note">{escape(n)}</p>' for n in table.notes]
    if not table.rows:
        return [(table.key, False, [title, f'<p class="note">{escape(table.empty)}</p>', *notes])]
    widths = [_width(table, i, t) for i in range(len(table.columns))]
    wide = sum(widths) > portrait
    out: list[tuple[str, bool, list[str]]] = []
    body = [title]
    picture = heatmap(table, t) if any(c.kind == d.MATRIX for c in table.columns) else ""
    if table.chart is not None:
        picture += bars(table, table.chart, t)
    tall = table.chart is not None and _bars_height(table, table.chart) > SHORT_CHART_PX
    if picture and ((wide and tall) or not table.chart):
        # The picture goes on an upright page, the wide table on landscape pages after it.
        out.append((table.key, False, [title, picture, *notes]))
        body = [title]
        notes = []
    elif picture:
        body.append(picture)
    if not table.chart and picture:
        body.append(_gap_key(t))
        wide = True
    groups = _groups(table, widths, landscape if wide else portrait)
    for n, columns in enumerate(groups, 1):
        if len(groups) > 1:
            body.append(f"<h3>{escape(t('report.print.columns', n=n, of=len(groups)))}</h3>")
        body.append(_table(table, columns, t))
    out.append(("" if out else table.key, wide, [*body, *notes]))
    return out


def footer(doc: d.Document, t: Translator) -> str:
    """What the footer of every printed page says besides the page number."""
    if doc.footer:
        return doc.footer
    values = {key: value for key, _label, value in doc.parameters}
    parts = [cells.text(values[k], d.TEXT, t) for k in ("organisation", "as_of") if k in values]
    return " · ".join([doc.title, *parts])


def page_style(width: int, height: int, left: str, t: Translator, margin: int = MARGIN_MM) -> str:
    """``@page`` rules: the paper, a landscape page for wide tables, the footer."""
    number = t.raw("report.print.page")
    pieces = []
    for i, part in enumerate(
        number.replace("{pages}", "\0pages\0").replace("{page}", "\0page\0").split("\0")
    ):
        if i % 2:
            pieces.append(f"counter({part})")
        elif part:
            pieces.append(_css_string(part))
    box = "font-family:sans-serif;font-size:7.5pt;color:#555"
    margins = f"margin:{margin}mm {margin}mm {margin + 4}mm"
    return (
        f"@page{{size:{width}mm {height}mm;{margins};"
        f"@bottom-left{{content:{_css_string(left)};{box}}}"
        f"@bottom-right{{content:{' '.join(pieces)};{box}}}}}"
        f"@page wide{{size:{height}mm {width}mm}}"
    )


def _css_string(text: str) -> str:
    # A CSS string inside <style>: quotes and backslashes escaped, and no "<" that could
    # end the element.
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return '"' + out.replace("\n", " ") + '"'


def _width(table: d.Table, i: int, t: Translator) -> float:
    """A column's printed width in px, estimated from its heading and its longest cell."""
    column = table.columns[i]
    if column.kind == d.MATRIX:
        head = len(column.header)  # competency ids: never wrapped
        longest = 5
    else:
        head = max((len(w) for w in column.header.split()), default=1)
        longest = max((len(cells.text(row[i], column.kind, t)) for row in table.rows), default=0)
        if column.kind == d.TEXT:
            longest = max(min(longest, TEXT_WRAP), min(longest, MIN_TEXT))
    return max(head, longest) * CHAR_PX + CELL_PAD_PX


def _groups(table: d.Table, widths: Sequence[float], room: float) -> list[list[int]]:
    """Column groups that each fit ``room``; each repeats the columns naming the row."""
    everything = list(range(len(table.columns)))
    if sum(widths) <= room:
        return [everything]
    keys = _key_columns(table)
    rest = [i for i in everything if i not in keys]
    left = room - sum(widths[i] for i in keys)
    groups: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for i in rest:
        if current and used + widths[i] > left:
            groups.append(current)
            current, used = [], 0.0
        current.append(i)
        used += widths[i]
    if current:
        groups.append(current)
    return [keys + g for g in groups]


def _key_columns(table: d.Table) -> list[int]:
    """The columns that name a row: up to the first text column (name, title)."""
    for i, c in enumerate(table.columns[:2]):
        if c.kind == d.TEXT:
            return list(range(i + 1))
    return [0]


def _table(table: d.Table, columns: Sequence[int], t: Translator, lines: str = "") -> str:
    """The columns ``columns`` of ``table``; ``lines`` ("\\n" in the prose look) between
    its parts."""
    head = "".join(
        ('<th class="m">' if table.columns[i].kind == d.MATRIX else "<th>")
        + _heading(table.columns[i].header)
        + "</th>"
        for i in columns
    )
    rows = []
    for row in table.rows:
        tds = []
        for i in columns:
            c, v = table.columns[i], row[i]
            css = _css(c.kind, v)
            attr = f' class="{css}"' if css else ""
            tds.append(f"<td{attr}>{escape(cells.text(v, c.kind, t))}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return (
        f"<table>{lines}<thead><tr>{head}</tr></thead>{lines}<tbody>{lines}"
        + "\n".join(rows)
        + f"{lines}</tbody></table>"
    )


def _heading(text: str) -> str:
    # A heading wraps between its words only: "Post-test" is never split at its hyphen.
    words = text.split()
    if all("-" not in w for w in words):
        return escape(text)
    return " ".join(f"<span>{escape(w)}</span>" if "-" in w else escape(w) for w in words)


def _css(kind: str, value: d.Cell) -> str:
    if kind == d.SIGN:
        return "s"
    if isinstance(value, d.MatrixCell):
        if value.required is None:
            return "m gn"
        if value.gap is None:
            return "m gu"
        return f"m g{min(value.gap, 3)}"
    if kind in (d.NIP, d.DATE, d.ID):
        return "k"
    if kind == d.TEXT:
        return ""
    return "n"


def _gap_key(t: Translator) -> str:
    """The colour key of the matrix table's cells (current/required, coloured by gap)."""
    items = [
        (CELL_TINT[0], t("report.key.gap0")),
        (CELL_TINT[1], t("report.key.gap1")),
        (CELL_TINT[2], t("report.key.gap2")),
        (CELL_TINT[3], t("report.key.gap3")),
        (UNKNOWN_FILL, t("report.key.unknown")),
        ("#ffffff", t("report.key.none")),
    ]
    spans = "".join(
        f'<span><i style="background:{fill}"></i>{escape(text)}</span>' for fill, text in items
    )
    return f'<p class="key">{escape(t("report.key.cells"))} {spans}</p>'


def _label_index(table: d.Table, key: str) -> int:
    for i, c in enumerate(table.columns):
        if c.key == key:
            return i
    return next(i for i, c in enumerate(table.columns) if c.kind == d.TEXT)


def heatmap(table: d.Table, t: Translator) -> str:
    """The gap matrix as coloured squares: one row per librarian, one column per competency,
    with a colour key above."""
    matrix = [i for i, c in enumerate(table.columns) if c.kind == d.MATRIX]
    label = _label_index(table, "name")
    legend = 30
    top = legend + 120
    width = max(LABEL_WIDTH + CELL * len(matrix) + 110, 640)  # the key and last heading fit
    height = top + CELL * len(table.rows) + 10
    parts = [
        f'<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(table.title)}">'
    ]
    key = [
        (GAP_FILL[0], t("report.key.gap0")),
        (GAP_FILL[1], "1"),
        (GAP_FILL[2], "2"),
        (GAP_FILL[3], "3+"),
        (UNKNOWN_FILL, t("report.key.unknown-short")),
        (NONE_FILL, t("report.key.none")),
    ]
    parts.append(f'<text x="0" y="14" font-weight="bold">{escape(t("report.key.heatmap"))}</text>')
    x = 0
    for fill, text in key:
        parts.append(
            f'<rect x="{x}" y="20" width="12" height="12" fill="{fill}" '
            f'stroke="#999" stroke-width="0.5"/><text x="{x + 16}" y="30">'
            f"{escape(text)}</text>"
        )
        x += 28 + round(6.2 * len(text))
    for j, col in enumerate(matrix):
        x = LABEL_WIDTH + CELL * j + CELL // 2
        parts.append(
            f'<text x="{x}" y="{top - 6}" transform="rotate(-60 {x} {top - 6})">'
            f"{escape(table.columns[col].header)}</text>"
        )
    for i, row in enumerate(table.rows):
        y = top + CELL * i
        name = cells.text(row[label], d.TEXT, t)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(name)}</text>'
        )
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
    """Horizontal bars per row, side by side or stacked, each labelled with its value; a
    legend, an axis with its unit, and an optional target mark. A zero is a thin stub."""
    labels = [_label_index(table, key) for key in chart.label.split("+")]
    keys = {c.key: i for i, c in enumerate(table.columns)}
    series = [keys[k] for k in chart.values if k in keys]
    target = keys.get(chart.target) if chart.target else None

    def num(value: d.Cell) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return 0.0
        return float(value)

    totals = [
        sum(num(row[i]) for i in series)
        if chart.stacked
        else max((num(row[i]) for i in series), default=0.0)
        for row in table.rows
    ]
    targets = [num(row[target]) for row in table.rows] if target is not None else []
    top_value = chart.maximum or _nice(max([*totals, *targets, 1.0]))
    kind = table.columns[series[0]].kind if series else d.NUMBER
    percent = kind in (d.PERCENT, d.BAR)
    per_row = BAR_HEIGHT * (1 if chart.stacked else len(series)) + 8
    legend = 22
    axis = 34
    width = LABEL_WIDTH + BAR_WIDTH + 80
    plot_top = legend
    height = legend + per_row * len(table.rows) + axis
    parts = [
        f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(table.title)}">'
    ]
    fills = PALETTES.get(chart.palette, SERIES_FILL)
    x = LABEL_WIDTH
    entries = [(fills[n % 3], table.columns[i].header) for n, i in enumerate(series)]
    if target is not None:
        entries.append(("", table.columns[target].header))
    for fill, text in entries:
        if fill:
            parts.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{fill}"/>')
        else:
            parts.append(
                f'<line x1="{x + 5}" y1="2" x2="{x + 5}" y2="16" stroke="#222" stroke-width="2"/>'
            )
        parts.append(f'<text x="{x + 14}" y="13">{escape(text)}</text>')
        x += 26 + round(6.2 * len(text))
    bottom = plot_top + per_row * len(table.rows)
    # The axis: ticks at quarters of the scale, each with its value and unit.
    for q in range(5):
        value = top_value * q / 4
        tx = round(LABEL_WIDTH + BAR_WIDTH * q / 4, 1)
        shown = cells.number(value, t.lang, 1) + ("%" if percent else "")
        parts.append(
            f'<line x1="{tx}" y1="{plot_top - 2}" x2="{tx}" y2="{bottom}" '
            'stroke="#ddd" stroke-width="1"/>'
            f'<text x="{tx}" y="{bottom + 12}" text-anchor="middle">'
            f"{escape(shown)}</text>"
        )
    parts.append(
        f'<line x1="{LABEL_WIDTH}" y1="{plot_top - 2}" x2="{LABEL_WIDTH}" '
        f'y2="{bottom}" stroke="#666" stroke-width="1"/>'
    )
    unit = t("report.chart.percent") if percent else t("report.chart.unit", unit=_unit(kind, t))
    parts.append(
        f'<text x="{LABEL_WIDTH + BAR_WIDTH // 2}" y="{bottom + 27}" '
        f'text-anchor="middle">{escape(unit)}</text>'
    )
    for r, row in enumerate(table.rows):
        y = plot_top + per_row * r
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT}" text-anchor="end">'
            f"{escape(_short(' '.join(cells.text(row[i], d.TEXT, t) for i in labels)))}"
            "</text>"
        )
        start = float(LABEL_WIDTH)
        for n, i in enumerate(series):
            value = num(row[i])
            length = round(BAR_WIDTH * min(value, top_value) / top_value, 1)
            bar_y = y if chart.stacked else y + BAR_HEIGHT * n
            bar_x = start if chart.stacked else LABEL_WIDTH
            shown = cells.text(row[i], table.columns[i].kind, t)
            parts.append(
                f'<rect x="{bar_x}" y="{bar_y}" width="{max(length, 1.5)}" '
                f'height="{BAR_HEIGHT - 2}" fill="{fills[n % 3]}">'
                f"<title>{escape(shown)}</title></rect>"
            )
            if not chart.stacked:
                parts.append(
                    f'<text x="{round(bar_x + max(length, 1.5) + 4, 1)}" '
                    f'y="{bar_y + BAR_HEIGHT - 3}" font-size="9">{escape(shown)}</text>'
                )
            if chart.stacked:
                start += length
        if chart.stacked:
            total = cells.number(totals[r], t.lang) + ("%" if percent else "")
            parts.append(
                f'<text x="{round(start + 4, 1)}" y="{y + BAR_HEIGHT - 2}">{escape(total)}</text>'
            )
        if target is not None and row[target] is not None:
            tx = round(LABEL_WIDTH + BAR_WIDTH * min(targets[r], top_value) / top_value, 1)
            parts.append(
                f'<line class="target" x1="{tx}" y1="{y - 2}" x2="{tx}" '
                f'y2="{y + per_row - 6}" stroke="#222" stroke-width="2"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _bars_height(table: d.Table, chart: d.Chart) -> int:
    series = sum(c.key in chart.values for c in table.columns)
    return len(table.rows) * (BAR_HEIGHT * (1 if chart.stacked else series) + 8) + 56


def _nice(value: float) -> float:
    """The scale's top: the next 1, 2, 2.5, 4 or 5 times a power of ten at or above
    ``value`` (so that its quarters are round numbers)."""
    power = 1.0
    while power * 10 < value:
        power *= 10
    while power > value and power > 1:
        power /= 10
    for step in (1, 2, 2.5, 4, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _unit(kind: str, t: Translator) -> str:
    return t("report.chart.jp") if kind == d.JP else t("report.chart.count")


def _short(text: str, most: int = 36) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"

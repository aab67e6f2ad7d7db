"""A document as Markdown, CSV or JSON text (docs/report-json.md describes the last two)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from typing import Any

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d

# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# --- Markdown -------------------------------------------------------------------------


def exported(table: d.Table, machine: bool = False) -> d.Table:
    """The table without its terminal-only columns, and without the id columns kept for
    programs unless ``machine`` (CSV and JSON)."""
    keep = [
        i for i, c in enumerate(table.columns) if not c.terminal_only and (machine or not c.machine)
    ]
    if len(keep) == len(table.columns):
        return table
    return d.Table(
        table.key,
        table.title,
        tuple(table.columns[i] for i in keep),
        tuple(tuple(row[i] for i in keep) for row in table.rows),
        table.notes,
        table.empty,
        table.chart,
    )


def markdown(doc: d.Document, t: Translator) -> str:
    """The document as Markdown: ``#`` title, parameters as a list, every block in turn."""
    out = [f"# {_md(doc.title)}", ""]
    for _key, label, value in doc.parameters:
        out.append(f"- **{_md(label)}**: {_md(cells.text(value, d.TEXT, t))}")
    if doc.parameters:
        out.append("")
    for block in doc.body:
        if isinstance(block, d.Table):
            out.extend(_md_table(exported(block), t))
        elif isinstance(block, d.Heading):
            out.extend(["#" * block.level + " " + _md(block.text), ""])
        elif isinstance(block, d.Fields):
            out.extend(f"- **{_md(k)}**: {_md(v)}" for k, v in block.rows)
            out.append("")
        elif isinstance(block, d.Para):
            out.extend([_md(block.text), ""])
        elif isinstance(block, d.Items):
            if not block.items:
                out.extend([_md(block.empty), ""])
                continue
            for item in block.items:
                first, *rest = item.split("\n")
                out.append(f"- {_md(first)}")
                out.extend(f"  - {_md(line)}" for line in rest)
            out.append("")
        else:
            out.extend([_md(block.place_date), ""])
            out.append("| " + " | ".join(_md(r) for r, _ in block.roles) + " |")
            out.append("|" + "|".join("---" for _ in block.roles) + "|")
            out.append("| " + " | ".join("<br><br><br>" for _ in block.roles) + " |")
            out.append("| " + " | ".join(_md(f"({n or '.' * 20})") for _, n in block.roles) + " |")
            out.append("")
    for note in doc.notes:
        out.extend([_md(note), ""])
    return "\n".join(out).rstrip() + "\n"


def _md_table(table: d.Table, t: Translator) -> list[str]:
    out = [f"## {_md(table.title)}", ""] if table.title else []
    if not table.rows:
        out.extend([_md(table.empty), ""])
    else:
        out.append("| " + " | ".join(_md(c.header) for c in table.columns) + " |")
        out.append("|" + "|".join(_md_align(c.kind) for c in table.columns) + "|")
        for row in table.rows:
            pairs = zip(table.columns, row, strict=True)
            shown = (_md(cells.text(v, c.kind, t)) for c, v in pairs)
            out.append("| " + " | ".join(shown) + " |")
        out.append("")
    for note in table.notes:
        out.extend([_md(note), ""])
    return out


def _md(text: str) -> str:
    # Escape what Markdown (and the HTML it may carry) would read as markup.
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def _md_align(kind: str) -> str:
    return "---" if kind in (d.TEXT, d.ID, d.NIP, d.DATE) else "---:"


# --- CSV ------------------------------------------------------------------------------


def csv_text(doc: d.Document, t: Translator) -> str:
    """One table (the document's first: ``output.one_table`` chooses it): a header line of
    words in the report's language, then one line per row, so a spreadsheet sorts and
    filters it. Id columns (docs/report-json.md) are kept beside the names.

    Indonesian: ``;`` between cells and a decimal comma (as Excel and LibreOffice in an
    Indonesian locale expect); English: ``,`` and a decimal point. UTF-8 with a BOM.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if t.lang == "id" else ",", lineterminator="\r\n")
    for table in (exported(x, machine=True) for x in doc.tables[:1]):
        writer.writerow([_safe(c.header) for c in table.columns])
        kinds = [c.kind for c in table.columns]
        # A national gap matrix has 220,000 cells of a few dozen distinct values: each
        # value is turned into text once.
        known: dict[tuple[int | None, int | None], str] = {}
        for row in table.rows:
            line = []
            for v, kind in zip(row, kinds, strict=True):
                if isinstance(v, d.MatrixCell):
                    text = known.get((v.current, v.required))
                    if text is None:
                        text = known[(v.current, v.required)] = _csv_cell(v, kind, t)
                    line.append(text)
                else:
                    line.append(_csv_cell(v, kind, t))
            writer.writerow(line)
    return "\ufeff" + buf.getvalue()


def _csv_cell(value: d.Cell, kind: str, t: Translator) -> str:
    if value is None:
        return ""
    if isinstance(value, d.MatrixCell):
        if value.required is None:
            return ""
        # "2/3" would become a date in a spreadsheet; "2 (3)" stays text.
        current = cells.UNKNOWN if value.current is None else str(value.current)
        return f"{current} ({value.required})"
    if isinstance(value, bool):
        return t("report.yes") if value else t("report.no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        # Plain numbers (no grouping, no sign, no %) so that the spreadsheet reads numbers.
        return cells.number(value, t.lang, cells.decimals(kind))
    if kind == d.NIP and value.isdigit():
        return "'" + value  # digits only: a spreadsheet would keep just 15 of them
    return _safe(value)


def _safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# --- JSON -----------------------------------------------------------------------------


def json_text(doc: d.Document) -> str:
    """The stable structure of docs/report-json.md, keys in a fixed order."""
    body = {
        "schema": d.SCHEMA_VERSION,
        "report": doc.report,
        "lang": doc.lang,
        "title": doc.title,
        "parameters": {key: _json(value, d.TEXT) for key, _label, value in doc.parameters},
        "tables": [
            {
                "key": table.key,
                "title": table.title,
                "columns": [
                    {"key": c.key, "header": c.header, "kind": c.kind} for c in table.columns
                ],
                "rows": [
                    {c.key: _json(v, c.kind) for c, v in zip(table.columns, row, strict=True)}
                    for row in table.rows
                ],
                "notes": list(table.notes),
            }
            for table in (exported(x, machine=True) for x in doc.tables)
        ],
        "notes": list(doc.notes),
    }
    # allow_nan=False: JSON has no Infinity or NaN (json.dumps would write them, and other
    # readers refuse the file); _json makes a number that is not finite null.
    return json.dumps(body, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _json(value: d.Cell, kind: str) -> Any:
    if isinstance(value, d.MatrixCell):
        return {"current": value.current, "required": value.required, "gap": value.gap}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return cells.settled(value, kind)

"""A report document as an Excel workbook (openpyxl): one sheet per table, typed cells.

A spreadsheet is where a report goes on (BKPSDM, the city's finance office), so its cells
keep their types: numbers are numbers, dates are dates, an NIP is text (a spreadsheet
keeps only 15 digits of a number, and an NIP has 18). The header row is frozen and
filtered, columns get widths, and the words are the HTML report's. A first sheet holds
the title, the parameters and the notes. The same document gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells
from pustaka_cli.render import document as d
from pustaka_cli.render.formats import exported

# Number formats by column kind ("0.0#" keeps one decimal and shows a second if there).
FORMATS = {
    d.INT: "0",
    d.NUMBER: "0.0#",
    d.JP: "0.0",
    d.PERCENT: "0.0",
    d.BAR: "0.0",
    d.CHANGE: "+0.0#;-0.0#;0",
    d.MONEY: "#,##0",
    d.LEVEL: "0",
    d.GAP: "0",
    d.DATE: "yyyy-mm-dd",
}
GAP_FILLS = ("D9EFD5", "FFF2B3", "FDC9A5", "F4A29A")
UNKNOWN_FILL = "E4E4E4"
HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
# Excel allows 31 characters in a sheet name and none of these.
SHEET_FORBIDDEN = "[]:*?/\\"
# Zip entries carry a time: a fixed one keeps the bytes the same from run to run.
ZIP_TIME = (2000, 1, 1, 0, 0, 0)
MOST_WIDTH = 50


def workbook(doc: d.Document, t: Translator) -> bytes:
    """The document as the bytes of an .xlsx file."""
    book = Workbook()
    about = book.active
    assert about is not None
    about.title = _sheet_name(t("report.xlsx.about"), set())
    about.append([doc.title])
    about["A1"].font = Font(bold=True, size=14)
    for _key, label, value in doc.parameters:
        about.append([label, _value(value, d.TEXT, t)])
    for note in doc.notes:
        about.append([note])
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 60
    used = {about.title}
    for table in map(exported, doc.tables):
        sheet = book.create_sheet(_sheet_name(table.title, used))
        used.add(sheet.title)
        sheet.append([c.header for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append([_value(v, c.kind, t) for c, v in zip(table.columns, row, strict=True)])
        for j, column in enumerate(table.columns, 1):
            fmt = FORMATS.get(column.kind)
            letter = get_column_letter(j)
            for (cell,) in sheet.iter_rows(min_row=2, min_col=j, max_col=j):
                if fmt is not None and not isinstance(cell.value, str):
                    cell.number_format = fmt
                if column.kind in (d.NIP, d.ID):
                    cell.number_format = "@"
            if column.kind == d.MATRIX:
                _colour_gaps(sheet, table, j)
            sheet.column_dimensions[letter].width = _width(table, j - 1, t)
        sheet.freeze_panes = "B2" if len(table.columns) > 4 else "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
        if table.notes:
            sheet.append([])
            for note in table.notes:
                sheet.append([note])
    when = _when(doc)
    book.properties.creator = "pustaka"
    book.properties.created = when
    book.properties.modified = when
    buf = io.BytesIO()
    book.save(buf)
    return _fixed_times(buf.getvalue(), when)


def _value(value: d.Cell, kind: str, t: Translator) -> object:
    """What a cell holds: numbers and dates as such, the rest as the report's words."""
    if value is None:
        return None
    if isinstance(value, d.MatrixCell):
        # The gap matrix: current/required as text ("2/3" typed as a number would become
        # a date); the colour tells the gap.
        return cells.matrix(value) if value.required is not None else None
    if isinstance(value, bool):
        return t("report.yes") if value else t("report.no")
    if isinstance(value, (int, float, dt.date)):
        if kind == d.ID:
            return str(value)  # a year or a code: text, never summed
        return value
    if kind == d.NIP and value.replace(" ", "").isdigit():
        return value.replace(" ", "")  # the 18 digits, as text
    return value


def _colour_gaps(sheet: Worksheet, table: d.Table, j: int) -> None:
    rows = sheet.iter_rows(min_row=2, max_row=len(table.rows) + 1, min_col=j, max_col=j)
    for r, (cell,) in enumerate(rows):
        value = table.rows[r][j - 1]
        if not isinstance(value, d.MatrixCell) or value.required is None:
            continue
        colour = UNKNOWN_FILL if value.gap is None else GAP_FILLS[min(value.gap, 3)]
        cell.fill = PatternFill("solid", fgColor=colour)
        cell.alignment = Alignment(horizontal="center")


def _width(table: d.Table, i: int, t: Translator) -> float:
    column = table.columns[i]
    longest = max((len(cells.text(row[i], column.kind, t)) for row in table.rows), default=0)
    head = max((len(w) for w in column.header.split()), default=1)
    return float(min(max(longest, head, 4) + 2, MOST_WIDTH))


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(" " if ch in SHEET_FORBIDDEN else ch for ch in title).strip()[:31] or "-"
    n = 2
    base = name
    while name in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


def _when(doc: d.Document) -> dt.datetime:
    """The report's date as the workbook's: never the clock, so the bytes repeat."""
    for key, _label, value in doc.parameters:
        if key == "as_of" and isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
    return dt.datetime(2000, 1, 1)


def _fixed_times(data: bytes, when: dt.datetime) -> bytes:
    """The workbook's zip again, every entry with the same fixed time, and the report's
    date as the time it was modified (openpyxl writes the clock's)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    body,
                )
            target.writestr(fixed, body)
    return out.getvalue()

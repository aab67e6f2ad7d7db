"""Reading a spreadsheet export (CSV) for ``pustaka import``: rows of text, numbered.

Spreadsheets save CSV with a BOM, with ``;`` instead of ``,`` where the decimal mark is a
comma (Indonesian Excel), and with headers in any case: all are accepted. Every value
stays text; ``recording`` decides what it means.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from pustaka_cli.errors import PustakaError
from pustaka_cli.store.files import NotAFile, read_whole

MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: ``number`` is its line in the file (the header is line 1)."""

    number: int
    cells: dict[str, str]
    extra: int = 0  # cells beyond the header's columns: a row problem


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """The header (lower-cased) and the non-empty rows of a CSV file."""
    try:
        data = read_whole(path)  # refuses a FIFO or a device at once, never waits on one
    except NotAFile:
        raise PustakaError("error.input-not-a-file", path=path) from None
    except OSError as err:
        raise PustakaError("error.unreadable", path=path, reason=err.strerror or str(err)) from None
    if len(data) > MAX_BYTES:
        raise PustakaError("error.csv-too-large", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise PustakaError("error.csv-encoding", path=path, byte=err.start) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise PustakaError("error.csv-empty", path=path) from None
    except csv.Error as err:
        raise PustakaError("error.csv-syntax", path=path, line=1, reason=str(err)) from None
    rows: list[Row] = []
    number = reader.line_num
    try:
        for cells in reader:
            start = number + 1
            number = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            extra = max(len([c for c in cells[len(header) :] if c.strip()]), 0)
            named = {h: c for h, c in zip(header, cells, strict=False) if h}
            rows.append(Row(start, named, extra))
    except csv.Error as err:
        raise PustakaError("error.csv-syntax", path=path, line=number, reason=str(err)) from None
    return header, rows

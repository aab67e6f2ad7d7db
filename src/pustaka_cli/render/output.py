"""Choosing an output format and rendering a report document in it."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace
from pathlib import Path

from pustaka_cli import vocab
from pustaka_cli.controls import visible
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d
from pustaka_cli.render import formats

FORMATS = ("text", "markdown", "csv", "json", "html", "xlsx")
# Formats written as bytes, to a file only.
BINARY = ("xlsx",)
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
}
# Paper sizes for printing HTML (``--paper``, or ``paper:`` in pustaka.yaml): F4 (folio,
# 215 x 330 mm) is the common office paper in Indonesia besides A4.
PAPERS = dict(zip(vocab.PAPERS, ((210, 297), (215, 330), (216, 279)), strict=True))


def choose(given: str | None, output: Path | None) -> str:
    """``--format``, else the extension of ``-o FILE``, else text."""
    if given is not None:
        if given not in FORMATS:
            raise UsageError("error.bad-format", value=given, choices=", ".join(FORMATS))
        fmt = given
    elif output is not None:
        found = EXTENSIONS.get(output.suffix.lower())
        if found is None:
            raise UsageError(
                "report.error.unknown-extension", path=output, choices=", ".join(EXTENSIONS)
            )
        fmt = found
    else:
        fmt = "text"
    if fmt in BINARY and output is None:
        raise UsageError("report.error.needs-file", format=fmt)
    return fmt


def choose_paper(given: str | None, settings: str | None) -> str:
    """``--paper``, else ``paper:`` in pustaka.yaml, else A4."""
    paper = (given or settings or "a4").lower()
    if paper not in PAPERS:
        raise UsageError("report.error.bad-paper", value=paper, choices=", ".join(PAPERS))
    return paper


def one_table(doc: d.Document, name: str | None, fmt: str) -> d.Document:
    """The document with only the table ``name`` (``--table``); CSV holds one table a file,
    so without ``--table`` it gets the report's main table, the first."""
    if name is None:
        return replace(doc, tables=doc.tables[:1]) if fmt == "csv" else doc
    for table in doc.tables:
        if table.key == name:
            return replace(doc, tables=(table,))
    raise UsageError("report.error.unknown-table", value=name,
                     choices=", ".join(table.key for table in doc.tables))


def render(
    doc: d.Document, fmt: str, t: Translator, width: int = 80, color: bool = False,
    rows: int | None = None, paper: str = "a4", wide: bool = False,
) -> str | bytes:
    """The document in one format (bytes for XLSX); the same document gives the same bytes.

    ``rows`` limits the rows of each table in text meant for a terminal's screen. No
    output carries a control character from the data (``controls.py``): the reader
    already shows them as escapes; a text that came some other way is caught here."""
    text = _laid_out(doc, fmt, t, width, color, rows, paper, wide)
    if isinstance(text, str):
        raw = fmt != "text" and _RAW_CONTROL.search(text) is not None
    else:  # a workbook's bytes are zipped: look at the texts that went into it
        raw = any(_RAW_CONTROL.search(value) for value in _texts(doc))
    if raw:
        text = _laid_out(_visible_document(doc), fmt, t, width, color, rows, paper, wide)
    return text


def _texts(doc: d.Document) -> list[str]:
    """Every text of ``doc``, for the control-character guard of a binary format."""
    out = [doc.title, *doc.notes, *(label for _, label, _ in doc.parameters)]
    out += [v for _, _, v in doc.parameters if isinstance(v, str)]
    for tb in doc.tables:
        out += [tb.title, *tb.notes, *(c.header for c in tb.columns)]
        out += [v for row in tb.rows for v in row if isinstance(v, str)]
    return out


# What a rendered file may hold besides printable text: tab, newline, and CSV's CR LF.
# (The terminal text is guarded cell by cell, since its colours are ESC sequences.)
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible_document(doc: d.Document) -> d.Document:
    """``doc`` with every text in it made visible (``controls.visible``)."""

    def cell(value: d.Cell) -> d.Cell:
        return visible(value) if isinstance(value, str) else value

    def table(tb: d.Table) -> d.Table:
        return dataclasses.replace(
            tb,
            title=visible(tb.title),
            columns=tuple(dataclasses.replace(c, header=visible(c.header)) for c in tb.columns),
            rows=tuple(tuple(cell(v) for v in row) for row in tb.rows),
            notes=tuple(visible(n) for n in tb.notes),
            empty=visible(tb.empty),
        )

    return dataclasses.replace(
        doc,
        title=visible(doc.title),
        parameters=tuple((k, visible(label), cell(v)) for k, label, v in doc.parameters),
        tables=tuple(table(tb) for tb in doc.tables),
        notes=tuple(visible(n) for n in doc.notes),
    )


def _laid_out(
    doc: d.Document, fmt: str, t: Translator, width: int, color: bool, rows: int | None,
    paper: str, wide: bool,
) -> str | bytes:
    if fmt == "markdown":
        return formats.markdown(doc, t)
    if fmt == "csv":
        return formats.csv_text(doc, t)
    if fmt == "json":
        return formats.json_text(doc)
    if fmt == "html":
        from pustaka_cli.render.html import html

        return html(doc, t, paper)
    if fmt == "xlsx":
        from pustaka_cli.render.xlsx import workbook

        return workbook(doc, t)
    from pustaka_cli.render.terminal import terminal

    return terminal(doc, t, width, color, rows, wide)

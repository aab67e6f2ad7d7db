"""Choosing an output format and rendering a report document in it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pustaka_cli import vocab
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

    ``rows`` limits the rows of each table in text meant for a terminal's screen."""
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

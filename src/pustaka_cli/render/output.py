"""Choosing an output format and rendering a document in it: the one entry to the writers.

``render(doc, fmt, t)`` lays out any document (a report, a recommendation, a plan, an IDP)
with the writer of ``fmt``: ``terminal`` (text), ``formats`` (Markdown, CSV, JSON), ``html``
and ``xlsx``."""

from __future__ import annotations

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
        return replace(doc, body=doc.tables[:1]) if fmt == "csv" else doc
    for table in doc.tables:
        if table.key == name:
            return replace(doc, body=(table,))
    raise UsageError(
        "report.error.unknown-table",
        value=name,
        choices=", ".join(table.key for table in doc.tables),
    )


def render(
    doc: d.Document,
    fmt: str,
    t: Translator,
    width: int = 80,
    color: bool = False,
    rows: int | None = None,
    paper: str = "a4",
    wide: bool = False,
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


def as_text(doc: d.Document, t: Translator, fmt: str = "text", paper: str = "a4") -> str:
    """``render`` in a text format (every format but XLSX), at 80 columns, no colour."""
    if fmt in BINARY:
        raise ValueError(f"{fmt} is not a text format")
    out = render(doc, fmt, t, paper=paper)
    return out if isinstance(out, str) else out.decode()


def _texts(doc: d.Document) -> list[str]:
    """Every text of ``doc``, for the control-character guard of a binary format."""
    out = [doc.title, doc.footer, *doc.notes, *(label for _, label, _ in doc.parameters)]
    out += [v for _, _, v in doc.parameters if isinstance(v, str)]
    for block in doc.body:
        if isinstance(block, d.Table):
            out += [block.title, block.empty, *block.notes, *(c.header for c in block.columns)]
            out += [v for row in block.rows for v in row if isinstance(v, str)]
        elif isinstance(block, (d.Heading, d.Para)):
            out.append(block.text)
        elif isinstance(block, d.Fields):
            out += [text for row in block.rows for text in row]
        elif isinstance(block, d.Items):
            out += [block.empty, *block.items]
        else:
            out += [block.place_date, *(text for row in block.roles for text in row)]
    return out


# What a rendered file may hold besides printable text: tab, newline, and CSV's CR LF.
# (The terminal text is guarded cell by cell, since its colours are ESC sequences.)
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible_document(doc: d.Document) -> d.Document:
    """``doc`` with every text in it made visible (``controls.visible``)."""

    def cell(value: d.Cell) -> d.Cell:
        return visible(value) if isinstance(value, str) else value

    def pairs(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        return tuple((visible(a), visible(b)) for a, b in rows)

    def block(b: d.Block) -> d.Block:
        if isinstance(b, d.Table):
            return replace(
                b,
                title=visible(b.title),
                columns=tuple(replace(c, header=visible(c.header)) for c in b.columns),
                rows=tuple(tuple(cell(v) for v in row) for row in b.rows),
                notes=tuple(visible(n) for n in b.notes),
                empty=visible(b.empty),
            )
        if isinstance(b, (d.Heading, d.Para)):
            return replace(b, text=visible(b.text))
        if isinstance(b, d.Fields):
            return replace(b, rows=pairs(b.rows))
        if isinstance(b, d.Items):
            return replace(b, items=tuple(visible(i) for i in b.items), empty=visible(b.empty))
        return replace(b, roles=pairs(b.roles), place_date=visible(b.place_date))

    return replace(
        doc,
        title=visible(doc.title),
        footer=visible(doc.footer),
        parameters=tuple((k, visible(label), cell(v)) for k, label, v in doc.parameters),
        body=tuple(block(b) for b in doc.body),
        notes=tuple(visible(n) for n in doc.notes),
    )


def _laid_out(
    doc: d.Document,
    fmt: str,
    t: Translator,
    width: int,
    color: bool,
    rows: int | None,
    paper: str,
    wide: bool,
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

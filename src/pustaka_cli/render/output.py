"""Choosing an output format and rendering a report document in it."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pustaka_cli.controls import visible
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d
from pustaka_cli.render import formats

FORMATS = ("text", "markdown", "csv", "json", "html")
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}


def choose(given: str | None, output: Path | None) -> str:
    """``--format``, else the extension of ``-o FILE``, else text."""
    if given is not None:
        if given not in FORMATS:
            raise UsageError("error.bad-format", value=given, choices=", ".join(FORMATS))
        return given
    if output is not None:
        found = EXTENSIONS.get(output.suffix.lower())
        if found is None:
            raise UsageError(
                "report.error.unknown-extension", path=output, choices=", ".join(EXTENSIONS)
            )
        return found
    return "text"


def render(
    doc: d.Document, fmt: str, t: Translator, width: int = 80, color: bool = False,
    rows: int | None = None,
) -> str:
    """The document as text in one format; the same document gives the same bytes.

    ``rows`` limits the rows of each table in text meant for a terminal's screen. No
    output carries a control character from the data (``controls.py``): the reader
    already shows them as escapes; a text that came some other way is caught here."""
    text = _laid_out(doc, fmt, t, width, color, rows)
    if fmt != "text" and _RAW_CONTROL.search(text):
        text = _laid_out(_visible_document(doc), fmt, t, width, color, rows)
    return text


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
    doc: d.Document, fmt: str, t: Translator, width: int, color: bool, rows: int | None
) -> str:
    if fmt == "markdown":
        return formats.markdown(doc, t)
    if fmt == "csv":
        return formats.csv_text(doc, t)
    if fmt == "json":
        return formats.json_text(doc)
    if fmt == "html":
        from pustaka_cli.render.html import html

        return html(doc, t)
    from pustaka_cli.render.terminal import terminal

    return terminal(doc, t, width, color, rows)

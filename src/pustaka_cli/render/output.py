"""Choosing an output format and rendering a report document in it."""

from __future__ import annotations

from pathlib import Path

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

    ``rows`` limits the rows of each table in text meant for a terminal's screen."""
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

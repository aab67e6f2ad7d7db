"""Columns many tables share, written once."""

from __future__ import annotations

from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d


def person_columns(t: Translator) -> tuple[d.Column, d.Column]:
    """Who a row is about: the librarian's id (in exports, for machines) and name."""
    return (
        d.Column("librarian", t("report.col.librarian-id"), d.ID, export_only=True, machine=True),
        d.Column("name", t("report.col.name")),
    )

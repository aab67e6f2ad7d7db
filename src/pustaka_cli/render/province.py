"""Several cities in one report: a city column, rows grouped city by city, and what was
compared (domain/province.py).

Each table with a row per librarian, activity, mentoring pair or library gets a first
column naming the row's city (the code its id starts with, store/namespace.py), and its
rows are put city by city in the order the folders were read, keeping their order within
a city; rows of no city (totals) stay last. The summary groups its own rows, with a
subtotal per city (domain/summary.py), and an explanation is one librarian's, so they get
the notes only. One folder: nothing changes.
"""

from __future__ import annotations

import dataclasses

from pustaka_cli.domain import province
from pustaka_cli.i18n import Translator
from pustaka_cli.model import City, city_code
from pustaka_cli.render import document as d

# Documents that get no city column: the summary groups its own rows; an explanation
# is about one librarian, of one city.
_OWN = ("summary", "explain")
# The columns whose id names the row's city, the most telling first.
_BY = ("librarian", "mentee", "mentoring", "activity", "library")


def grouped(doc: d.Document, cities: tuple[City, ...], t: Translator) -> d.Document:
    """``doc`` with a city column and per-city order in its tables, every city's
    organisation in its parameters, and notes saying which cities were read and which
    competencies were not compared; unchanged for one city."""
    if len(cities) < 2:
        return doc
    codes = [c.code for c in cities]
    body = tuple(
        _with_city(b, codes, t) if isinstance(b, d.Table) and doc.report not in _OWN else b
        for b in doc.body
    )
    notes = [t("report.province.cities", count=len(cities), cities=", ".join(codes))]
    kept, left = province.shared(cities)
    if left:
        notes.append(t("report.province.shared", count=len(kept), left=", ".join(left)))
    # The report is every city's: its organisation line names each, not the first alone.
    organisations = "; ".join(dict.fromkeys(c.organisation for c in cities if c.organisation))
    parameters = tuple(
        (key, label, organisations if key == "organisation" and organisations else value)
        for key, label, value in doc.parameters
    )
    return dataclasses.replace(doc, body=body, parameters=parameters, notes=(*doc.notes, *notes))


def _with_city(table: d.Table, codes: list[str], t: Translator) -> d.Table:
    keys = [c.key for c in table.columns]
    by = next((keys.index(k) for k in _BY if k in keys), None)
    if by is None:
        return table
    rank = {code: i for i, code in enumerate(codes)}

    def city(row: d.Row) -> str | None:
        value = row[by]
        code = city_code(value) if isinstance(value, str) else ""
        return code if code in rank else None

    rows = sorted(table.rows, key=lambda r: rank.get(city(r) or "", len(rank)))
    column = d.Column("city", t("report.col.city"), d.ID)
    return dataclasses.replace(
        table,
        columns=(column, *table.columns),
        rows=tuple((city(r), *r) for r in rows),
    )

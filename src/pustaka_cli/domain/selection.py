"""Which librarians, competencies and dates a report covers: filters and periods.

Pure: the dates come in as arguments; nothing here looks at the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import on_staff
from pustaka_cli.model import Competency, Dataset, Librarian


@dataclass(frozen=True, slots=True)
class Selection:
    """Report filters; an empty tuple means "all"."""

    libraries: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()  # grade ids or old titles
    competencies: tuple[str, ...] = ()
    librarians: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Period:
    """A closed date range, ``start`` to ``end`` inclusive."""

    start: dt.date
    end: dt.date

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start.year, self.end.year + 1))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


def period(today: dt.date, year: int | None, start: dt.date | None, end: dt.date | None) -> Period:
    """``--year``, else ``--from``/``--to`` (defaults: 1 January, today), else this year."""
    if year is not None:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    first = start or dt.date((end or today).year, 1, 1)
    last = end or max(today, first)
    return Period(first, last)


def staff(data: Dataset, ix: Index, sel: Selection, day: dt.date) -> tuple[Librarian, ...]:
    """The librarians on staff on ``day`` that the filters select, by library, name, id."""
    chosen = [
        lib for lib in ix.librarians.values() if on_staff(lib, day) and _filtered(lib, ix, sel)
    ]
    return tuple(sorted(chosen, key=staff_key))


def staff_during(data: Dataset, ix: Index, sel: Selection, within: Period) -> tuple[Librarian, ...]:
    """The selected librarians on staff at any time within a period."""
    chosen = [
        lib
        for lib in ix.librarians.values()
        if (lib.started is None or lib.started <= within.end)
        and not (lib.status == "left" and lib.left is not None and lib.left <= within.start)
        and _filtered(lib, ix, sel)
    ]
    return tuple(sorted(chosen, key=staff_key))


def _filtered(lib: Librarian, ix: Index, sel: Selection) -> bool:
    grades = {ix.grade(g) or g for g in sel.grades}
    return (
        (not sel.libraries or (lib.library or "") in sel.libraries)
        and (not grades or (ix.grade(lib.grade) or lib.grade) in grades)
        and (not sel.librarians or lib.id in sel.librarians)
    )


def staff_key(lib: Librarian) -> tuple[str, str, str]:
    return (lib.library or "", lib.name.casefold(), lib.id)


def competencies(data: Dataset, sel: Selection) -> tuple[Competency, ...]:
    """The selected competencies, in the framework's order."""
    return tuple(
        c for c in data.framework.competencies if not sel.competencies or c.id in sel.competencies
    )

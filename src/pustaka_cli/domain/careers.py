"""A librarian's grade, employment and library over time: what was held on a given day.

The rules (README: "Grade and employment history"):

- A librarian's flat fields (``grade``, ``employment``, ``library``) are held **since
  ``started``** (or since always, without it). A folder without ``history`` means exactly
  that: the flat fields throughout, and every report is what it was before histories.
- ``history`` lists dated changes: ``{from: 2025-04-01, grade: ahli-muda}``. An entry
  changes **what it names, from that day on**, and keeps the rest: a promotion names the
  grade, a move names the library, an appointment from CPNS to PNS names the employment.
  An entry may also carry ``credit``: angka kredit brought into the grade on that day (the
  angka kredit integrasi of 2023, say), counted by ``domain/promotion.py``.
- The periods are from one entry to the next, so they are written in date order: an
  entry dated before the one above it would make two periods overlap (``check`` refuses
  it, ``history-reversed``), two entries on one day would be two answers for that day
  (``history-duplicate``). An entry before ``started`` or after ``left`` describes a time
  the librarian was not on staff (``history-before-start``, ``history-after-left``). An
  entry that names nothing changes nothing (``history-empty``, a warning).
- Every report asks ``held_on`` for the day it looks at: ``report gaps --as-of
  2024-06-30`` measures the grade held that day, ``report progress`` each end against the
  grade held then, ``report hours`` a year against the employment held on its last day
  counted, ``report promotion`` counts credit per grade from the periods.

Pure: no files, clock or environment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pustaka_cli.model import Career, Dataset, Librarian
from pustaka_cli.problems import Problem, problem


@dataclass(frozen=True, slots=True)
class Held:
    """One period of a career: from ``start`` (None: since always) until the day before
    ``until`` (None: to this day), with what was held in it."""

    start: dt.date | None
    until: dt.date | None
    grade: str | None
    employment: str | None
    library: str | None
    credit: float | None = None  # brought into the grade when the period began

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (
            self.until is None or day < self.until
        )


def _changes(librarian: Librarian) -> list[Career]:
    # The flat fields first, then the written changes by date (stable: a reversed pair,
    # which check refuses, still reads the same way every time).
    base, *rest = librarian.history
    return [base, *sorted(rest, key=lambda c: c.day or dt.date.min)]


def periods(librarian: Librarian) -> tuple[Held, ...]:
    """The librarian's career as periods, oldest first (one period without a history).

    >>> periods(lib)  # grade: ahli-pertama, started 2019-04-01, history from 2025-04-01 ahli-muda
    (Held(None, 2025-04-01, 'ahli-pertama', ...), Held(2025-04-01, None, 'ahli-muda', ...))
    """
    if not librarian.history:
        return (Held(None, None, librarian.grade, librarian.employment, librarian.library),)
    out: list[Held] = []
    grade = employment = library = None
    changes = _changes(librarian)
    for i, c in enumerate(changes):
        grade = c.grade if c.grade is not None else grade
        employment = c.employment if c.employment is not None else employment
        library = c.library if c.library is not None else library
        until = changes[i + 1].day if i + 1 < len(changes) else None
        out.append(Held(c.day, until, grade, employment, library, c.credit))
    return tuple(out)


def held(librarian: Librarian, day: dt.date) -> Held:
    """The period that holds ``day`` (the first period for a day before every change)."""
    found = periods(librarian)
    for period in reversed(found):
        if period.start is None or period.start <= day:
            return period
    return found[0]


def held_on(librarian: Librarian, day: dt.date) -> Librarian:
    """The librarian with the grade, employment and library held on ``day``; the same
    object when nothing differs (always, without a history)."""
    if not librarian.history:
        return librarian
    now = held(librarian, day)
    if (now.grade, now.employment, now.library) == (
        librarian.grade,
        librarian.employment,
        librarian.library,
    ):
        return librarian
    return dataclasses.replace(
        librarian, grade=now.grade, employment=now.employment, library=now.library
    )


def on(data: Dataset, day: dt.date) -> Dataset:
    """The dataset with every librarian as on ``day``; ``data`` itself when nobody has a
    history (so a folder without one is read exactly as before)."""
    if not any(lib.history for lib in data.librarians):
        return data
    return dataclasses.replace(data, librarians=tuple(held_on(lib, day) for lib in data.librarians))


def grade_periods(
    librarian: Librarian, same: Callable[[str | None], str | None]
) -> tuple[Held, ...]:
    """The periods joined by grade: one per grade held in a row, starting when that grade
    began (``same`` names a grade as one id, so an old title is not a promotion)."""
    out: list[Held] = []
    for p in periods(librarian):
        if out and same(out[-1].grade) == same(p.grade):
            out[-1] = dataclasses.replace(
                out[-1], until=p.until, employment=p.employment, library=p.library
            )
        else:
            out.append(p)
    return tuple(out)


# --- check ----------------------------------------------------------------------------


def problems(librarian: Librarian) -> Iterator[Problem]:
    """What is wrong in the dates of a librarian's ``history``, each at the entry's place
    (its grades and libraries are checked as the flat fields are, by ``checks``)."""
    if not librarian.history:
        return
    written: Sequence[Career] = librarian.history[1:]
    before: Career | None = None
    for c in written:
        where = c.src.of("from")
        assert c.day is not None  # written entries always have their day
        if c.grade is None and c.employment is None and c.library is None and c.credit is None:
            yield problem(where, "history-empty", warning=True, id=librarian.id, day=c.day)
        if librarian.started is not None and c.day < librarian.started:
            yield problem(
                where,
                "history-before-start",
                id=librarian.id,
                day=c.day,
                started=librarian.started,
            )
        if librarian.left is not None and c.day > librarian.left:
            yield problem(
                where, "history-after-left", id=librarian.id, day=c.day, left=librarian.left
            )
        if before is not None and before.day is not None:
            if c.day == before.day:
                yield problem(where, "history-duplicate", id=librarian.id, day=c.day)
            elif c.day < before.day:
                yield problem(
                    where, "history-reversed", id=librarian.id, day=c.day, previous=before.day
                )
        before = c

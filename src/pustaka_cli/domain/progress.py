"""Progress over a period: levels and gaps at its start and end, what was done between.

The start is the period's first day; the end is its last day, or the as-of date when that
is earlier. Both are measured against the librarian's current grade profile (pustaka keeps
no history of grades), with the same level rule as every other report. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain.hours import Credit
from pustaka_cli.domain.levels import Assessor, Gap
from pustaka_cli.model import Competency, Dataset, Evaluation, Librarian


@dataclass(frozen=True, slots=True)
class PersonProgress:
    librarian: Librarian
    start: tuple[Gap, ...]  # per competency, on the first day
    end: tuple[Gap, ...]  # per competency, on the last day
    activities: int  # completed activities that ended within the period
    jp: float  # JP earned within the period (completed activities, mentoring)
    skp_before: str | None  # the latest SKP predicate dated before the period
    skp_after: str | None  # the latest SKP predicate dated within it

    @property
    def open_at_start(self) -> int:
        return sum(g.below for g in self.start)

    @property
    def open_at_end(self) -> int:
        return sum(g.below for g in self.end)

    @property
    def closed(self) -> int:
        """Gaps open at the start (or unknown then) that are met at the end."""
        return sum((a.below or a.unknown) and b.gap == 0 for a, b in zip(self.start, self.end,
                                                                         strict=True))

    @property
    def opened(self) -> int:
        """Gaps met at the start that are open or unknown at the end (e.g. expired evidence)."""
        return sum(a.gap == 0 and (b.below or b.unknown) and (b.required.level or 0) > 0
                   for a, b in zip(self.start, self.end, strict=True))

    @property
    def raised(self) -> int:
        """Competencies whose level is higher at the end than at the start (unknown = below 0)."""
        return sum(_level(b) > _level(a) for a, b in zip(self.start, self.end, strict=True))


def _level(g: Gap) -> int:
    return -1 if g.current.level is None else g.current.level


@dataclass(frozen=True, slots=True)
class Proficiency:
    """The share of the selected staff at or above the proficient level, start and end."""

    competency: Competency
    staff: int
    at_start: int
    at_end: int

    @property
    def share_start(self) -> float | None:
        return round(100 * self.at_start / self.staff, 1) if self.staff else None

    @property
    def share_end(self) -> float | None:
        return round(100 * self.at_end / self.staff, 1) if self.staff else None


def progress(
    data: Dataset,
    assessor: Assessor,
    staff: Sequence[Librarian],
    competencies: Sequence[Competency],
    credits: Sequence[Credit],
    start: dt.date,
    end: dt.date,
) -> tuple[tuple[PersonProgress, ...], tuple[Proficiency, ...]]:
    """Each librarian's progress, and the programme-wide proficiency per competency."""
    ids = [c.id for c in competencies]
    by_person: dict[str, list[Credit]] = {}
    for c in credits:
        if start <= c.date <= end:
            by_person.setdefault(c.librarian, []).append(c)
    skp: dict[str, list[Evaluation]] = {}
    for e in data.evaluations:
        if e.kind == "skp" and e.predicate:
            skp.setdefault(e.librarian, []).append(e)
    people = []
    for lib in staff:
        mine = [c for c in by_person.get(lib.id, []) if c.counts]
        people.append(PersonProgress(
            lib,
            assessor.gaps([lib], ids, start),
            assessor.gaps([lib], ids, end),
            len({c.ref for c in mine if c.source == "training"}),
            round(sum(c.jp for c in mine), 2),
            _predicate(skp.get(lib.id, []), None, start - dt.timedelta(days=1)),
            _predicate(skp.get(lib.id, []), start, end),
        ))
    proficient = data.settings.levels.proficient_level
    shares = []
    for i, comp in enumerate(competencies):
        shares.append(Proficiency(
            comp,
            len(people),
            sum((p.start[i].current.level or 0) >= proficient for p in people),
            sum((p.end[i].current.level or 0) >= proficient for p in people),
        ))
    return tuple(people), tuple(shares)


def _predicate(items: Sequence[Evaluation], first: dt.date | None, last: dt.date) -> str | None:
    dated = [
        (e.date or dt.date(e.year or 1, 12, 31), e.predicate or "")
        for e in items
    ]
    within = [x for x in dated if x[0] <= last and (first is None or x[0] >= first)]
    return max(within)[1] if within else None

"""Progress over a period: levels and gaps at its start and end, what was done between.

The start is the period's first day; the end is its last day, or the as-of date when that
is earlier. Each end is measured against the profile of the grade held on that day
(``careers.held_on``: across a promotion, the old grade's profile at the start and the new
one's at the end), with the same level rule as every other report.

Unknown levels follow ``standing``: a competency is compared (gap closed or opened, level
raised) only when its gap is known at both ends. Unknown at the start and known at the end
is a *baseline*, the first assessment, shown as such and never as progress; known at the
start and unknown at the end has *lapsed*. The share of staff proficient at each end is of
the staff whose level is known then, with the number not yet assessed beside it. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pustaka_cli.domain import careers, performance, standing
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
    first_assessed: dt.date | None = None  # the earliest evidence behind a baseline

    @property
    def open_at_start(self) -> int:
        """Known open gaps on the first day (as ``report gaps`` shows them that day)."""
        return sum(g.below for g in self.start)

    @property
    def open_at_end(self) -> int:
        return sum(g.below for g in self.end)

    @property
    def unknown_at_start(self) -> int:
        """Competencies whose gap was not known on the first day (not yet assessed)."""
        return sum(g.unknown for g in self.start)

    @property
    def unknown_at_end(self) -> int:
        return sum(g.unknown for g in self.end)

    def _ends(self, kind: str) -> Iterator[tuple[Gap, Gap]]:
        for a, b in zip(self.start, self.end, strict=True):
            if standing.change(a.gap, b.gap) == kind:
                yield a, b

    @property
    def closed(self) -> int:
        """Gaps open at the start that are met at the end (known at both ends)."""
        return sum(a.below and b.gap == 0 for a, b in self._ends(standing.COMPARED))

    @property
    def opened(self) -> int:
        """Gaps met at the start that are open at the end (known at both ends)."""
        return sum(a.gap == 0 and b.below for a, b in self._ends(standing.COMPARED))

    @property
    def raised(self) -> int:
        """Competencies whose level is known at both ends and higher at the end."""
        return sum(
            standing.raised(a.current.level, b.current.level)
            for a, b in zip(self.start, self.end, strict=True)
        )

    @property
    def baseline(self) -> int:
        """Competencies first assessed within the period (unknown at the start)."""
        return sum(1 for _ in self._ends(standing.BASELINE))

    @property
    def baseline_gaps(self) -> int:
        """Open gaps the first assessments found: a baseline, not a step back."""
        return sum(b.below for _, b in self._ends(standing.BASELINE))

    @property
    def lapsed(self) -> int:
        """Competencies known at the start and no longer at the end (evidence expired)."""
        return sum(1 for _ in self._ends(standing.LAPSED))


@dataclass(frozen=True, slots=True)
class Proficiency:
    """The staff at or above the proficient level, start and end, among those assessed."""

    competency: Competency
    staff: int
    at_start: int
    at_end: int
    unknown_start: int = 0  # staff whose level was not known on the first day
    unknown_end: int = 0

    @property
    def share_start(self) -> float | None:
        return _share(self.at_start, self.staff - self.unknown_start)

    @property
    def share_end(self) -> float | None:
        return _share(self.at_end, self.staff - self.unknown_end)


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


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
        # Each end against the grade held that day (a promotion between: two profiles).
        first = assessor.gaps([careers.held_on(lib, start)], ids, start)
        last = assessor.gaps([careers.held_on(lib, end)], ids, end)
        people.append(
            PersonProgress(
                lib,
                first,
                last,
                len({c.ref for c in mine if c.source == "training"}),
                round(sum(c.jp for c in mine), 2),
                _predicate(skp.get(lib.id, []), None, start - dt.timedelta(days=1)),
                _predicate(skp.get(lib.id, []), start, end),
                _first_assessed(assessor, lib, first, last, end),
            )
        )
    cut = data.settings.levels.proficient_level
    shares = []
    for i, comp in enumerate(competencies):
        then = [standing.proficient(p.start[i].current.level, cut) for p in people]
        now = [standing.proficient(p.end[i].current.level, cut) for p in people]
        shares.append(
            Proficiency(
                comp,
                len(people),
                then.count(True),
                now.count(True),
                then.count(None),
                now.count(None),
            )
        )
    return tuple(people), tuple(shares)


def _first_assessed(
    assessor: Assessor, lib: Librarian, start: Sequence[Gap], end: Sequence[Gap], day: dt.date
) -> dt.date | None:
    """The date of the earliest evidence that counts at the end behind a baseline: all of
    it is dated within the period, or it would have counted at the start as well."""
    dates = [
        j.evidence.date
        for a, b in zip(start, end, strict=True)
        if standing.change(a.gap, b.gap) == standing.BASELINE
        for j in assessor.level(lib.id, b.competency, day, detail=True).judged
        if j.counts and j.evidence.date is not None
    ]
    return min(dates) if dates else None


def _predicate(items: Sequence[Evaluation], first: dt.date | None, last: dt.date) -> str | None:
    # The rule of the performance gap (domain/performance.py), written once.
    found = performance.latest(items, first, last)
    return None if found is None else found.predicate

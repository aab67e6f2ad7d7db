"""Mentoring pairs: sessions held, minutes and JP, and the mentee's progress in the
mentored competencies (the level when the mentoring started against the level on the
as-of date, and the gap that remains). Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain import standing
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor, Gap
from pustaka_cli.model import Mentoring


@dataclass(frozen=True, slots=True)
class Pair:
    mentoring: Mentoring
    sessions: int  # held within the period, up to the as-of date
    minutes: int
    jp: float
    competencies: tuple[tuple[Gap, Gap], ...]  # (at the start of the mentoring, on as-of)

    @property
    def active(self) -> bool:
        return self.mentoring.end is None

    @property
    def raised(self) -> int:
        """Mentored competencies whose level rose: known at both ends (``standing``)."""
        return sum(
            standing.raised(then.current.level, now.current.level)
            for then, now in self.competencies
        )


def pairs(
    items: Sequence[Mentoring],
    ix: Index,
    assessor: Assessor,
    start: dt.date,
    end: dt.date,
    minutes_per_jp: int,
    librarians: set[str] | None = None,
    target: bool = False,
) -> tuple[Pair, ...]:
    """Mentoring pairs overlapping the period, by start date and id; the mentees' levels
    against their grade, or with ``target`` their target grade."""
    out = []
    for m in sorted(items, key=lambda m: (m.start, m.id)):
        if m.start > end or (m.end is not None and m.end < start):
            continue
        if librarians is not None and m.mentee not in librarians and m.mentor not in librarians:
            continue
        held = [s for s in m.sessions if start <= s.date <= end]
        minutes = sum(s.minutes or 0 for s in held)
        mentee = ix.librarians.get(m.mentee)
        gaps: list[tuple[Gap, Gap]] = []
        if mentee is not None:
            for comp, _loc in m.competencies:
                gaps.append(
                    (
                        assessor.gap(mentee, comp, m.start, target),
                        assessor.gap(mentee, comp, end, target),
                    )
                )
        out.append(Pair(m, len(held), minutes, round(minutes / minutes_per_jp, 2), tuple(gaps)))
    return tuple(out)

"""The upward report: every counted JP credit of a year as one row per person and
activity, in the columns a regional personnel office (BKPSDM) asks for to enter
competency development into BKN's SIASN (``report hours``, table ``listing``).

- One row per **counted** credit of ``hours`` (``Credit.counts``): the rows of a person
  add up to their total in ``report hours``, klasikal and nonklasikal alike, and over
  the same period (a calendar year, or a PPPK's contract year). What did not count
  (attended but not completed, failed, no JP) is not development to report.
- **Form** (bentuk pengembangan kompetensi): klasikal or nonklasikal, and the type.
- **Organiser** (penyelenggara): an activity's ``provider``, with its ``partner`` after
  it; a mentoring session's mentor.
- **Start and end**: the activity's days; a mentoring session's day.

Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain.hours import Credit, Hours
from pustaka_cli.domain.index import Index
from pustaka_cli.model import Dataset, Librarian


@dataclass(frozen=True, slots=True)
class Entry:
    librarian: Librarian
    year: int  # the year of the report's row it adds up to
    credit: Credit
    type: str  # an activity type (vocab.ACTIVITY_TYPES), or "mentoring"
    title: str
    organiser: str | None
    start: dt.date
    end: dt.date
    mentored: tuple[str, ...] = ()  # a mentoring session: the pair's competencies

    @property
    def category(self) -> str:
        return self.credit.category

    @property
    def jp(self) -> float:
        return self.credit.jp


def entries(data: Dataset, ix: Index, found: Sequence[Hours]) -> tuple[Entry, ...]:
    """The counted credits of ``found`` (in its order, each person's by date)."""
    pairs = {m.id: m for m in data.mentoring}
    out: list[Entry] = []
    for h in found:
        for c in h.credits:
            if not c.counts:
                continue
            training = ix.trainings.get(c.ref) if c.source == "training" else None
            if training is not None:
                organiser = ", ".join(x for x in (training.provider, training.partner) if x)
                out.append(
                    Entry(
                        h.librarian,
                        h.year,
                        c,
                        training.type,
                        training.title,
                        organiser or None,
                        training.start,
                        training.last_day,
                    )
                )
                continue
            pair = pairs.get(c.ref) if c.source == "mentoring" else None
            mentor = ix.librarians.get(pair.mentor) if pair is not None else None
            out.append(
                Entry(
                    h.librarian,
                    h.year,
                    c,
                    "mentoring" if c.source == "mentoring" else c.source,
                    c.title,
                    mentor.name if mentor is not None else (pair.mentor if pair else None),
                    c.date,
                    c.date,
                    tuple(x for x, _ in pair.competencies) if pair else (),
                )
            )
    return tuple(out)

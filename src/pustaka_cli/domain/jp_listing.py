"""The upward report: every counted JP credit of a year as one row per person and
activity, in the columns a regional personnel office (BKPSDM) asks for to enter
competency development into BKN's SIASN (``report hours``, table ``listing``).

- One row per **counted** credit of ``hours`` (``Credit.counts``): the rows of a person
  add up to their total in ``report hours``, klasikal and nonklasikal alike, and over
  the same period (a calendar year, or a PPPK's contract year). What did not count
  (attended but not completed, failed, no JP) is not development to report.
- **Form** (bentuk pengembangan kompetensi): klasikal or nonklasikal, and the type.
- **Organiser** (penyelenggara): an activity's ``provider``, with its ``partner`` after
  it (learning outside the programme: its ``provider``); a mentoring session's mentor.
- **Start and end**: the activity's days; a mentoring session's day.
- **Certificate** (nomor STTPP/sertifikat): the number written on the person's
  participation (``certificate: {number, date}``) or learning record; none for mentoring.
- **JP as listed** (``reported``): rounded to 2 decimals so that a person's rows add up to
  exactly the total ``report hours`` shows (itself rounded to 2 decimals): each row gets
  its JP rounded down to the hundredth, and the hundredths still missing go one each to
  the rows that lost most, the earlier first (the largest-remainder rule). Three
  coaching sessions of 480 minutes (10.6667 JP each, 32 in all) are listed 10.67, 10.67
  and 10.66: a spreadsheet that sums them gets 32, as the report says.

Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pustaka_cli.domain import learning
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
    reported: float = 0.0  # the JP as listed: rounded so that a person's rows add up
    certificate: str | None = None  # the STTPP number written on the participation

    @property
    def category(self) -> str:
        return self.credit.category

    @property
    def jp(self) -> float:
        return self.credit.jp


def entries(data: Dataset, ix: Index, found: Sequence[Hours]) -> tuple[Entry, ...]:
    """The counted credits of ``found`` (in its order, each person's by date)."""
    pairs = {m.id: m for m in data.mentoring}
    # Learning outside the programme: an activity of one participant (domain/learning.py),
    # listed with its own type, title, provider and days.
    elsewhere = {t.id: t for t in learning.activities(data)}
    out: list[Entry] = []
    for h in found:
        mine: list[Entry] = []
        for c in h.credits:
            if not c.counts:
                continue
            training = (
                ix.trainings.get(c.ref)
                if c.source == "training"
                else elsewhere.get(c.ref)
                if c.source == "learning"
                else None
            )
            if training is not None:
                organiser = ", ".join(x for x in (training.provider, training.partner) if x)
                sttpp = next(
                    (
                        p.certificate.number
                        for p in training.participants
                        if p.librarian == h.librarian.id and p.certificate is not None
                    ),
                    None,
                )
                mine.append(
                    Entry(
                        h.librarian,
                        h.year,
                        c,
                        training.type,
                        training.title,
                        organiser or None,
                        training.start,
                        training.last_day,
                        certificate=sttpp,
                    )
                )
                continue
            pair = pairs.get(c.ref) if c.source == "mentoring" else None
            mentor = ix.librarians.get(pair.mentor) if pair is not None else None
            mine.append(
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
        shown = reported([e.jp for e in mine], h.total)
        out.extend(replace(e, reported=jp) for e, jp in zip(mine, shown, strict=True))
    return tuple(out)


def reported(jps: Sequence[float], total: float) -> tuple[float, ...]:
    """``jps`` rounded to hundredths so that they add up to ``total`` (largest remainder).

    >>> reported([32 / 3, 32 / 3, 32 / 3], 32.0)
    (10.67, 10.67, 10.66)
    """
    # In ten-thousandths: the credits' JP are rounded to 4 decimals (hours.credits).
    units = [round(jp * 10_000) for jp in jps]
    hundredths = [u // 100 for u in units]
    missing = round(total * 100) - sum(hundredths)
    order = sorted(range(len(units)), key=lambda i: (-(units[i] % 100), i))
    for i in order[: max(missing, 0)]:
        hundredths[i] += 1
    return tuple(h / 100 for h in hundredths)

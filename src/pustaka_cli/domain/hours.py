"""JP (jam pelajaran) per librarian per year, klasikal and nonklasikal, against the target.

What earns JP (each item keeps its source, so every total can be explained):

- A **completed** participation in an activity: the activity's ``jp``, or its ``minutes``
  divided by ``jp.minutes_per_jp``; credited in the year the activity ends, as klasikal
  or nonklasikal by its type. ``attended`` and ``failed`` participations earn nothing —
  JP are recognised when the activity is completed (the certificate states them) — but
  they are listed, so a coordinator sees what is missing. Cancelled activities earn nothing.
- A **mentoring session** with ``minutes``: nonklasikal JP for the mentee, in the session's year.

Nothing dated after the as-of date counts. The target is ``jp.targets`` for the
librarian's employment type; types without a target (honorer, non-ASN) have none.
Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.model import Dataset, Librarian, Training
from pustaka_cli.problems import Loc


@dataclass(frozen=True, slots=True)
class Credit:
    """JP a librarian earned (or would have earned) from one activity or session."""

    librarian: str
    date: dt.date
    category: str  # klasikal | nonklasikal
    jp: float
    source: str  # training | mentoring
    ref: str  # the training or mentoring id
    title: str
    loc: Loc
    minutes: int | None = None  # set when the JP were converted from minutes
    reason: str | None = None  # None: it counts; else not-completed | failed | no-jp

    @property
    def counts(self) -> bool:
        return self.reason is None


@dataclass(frozen=True, slots=True)
class Hours:
    """One librarian's JP in one year."""

    librarian: Librarian
    year: int
    target: int | None
    credits: tuple[Credit, ...]  # by date, then source and ref

    @property
    def klasikal(self) -> float:
        return _sum(c.jp for c in self.credits if c.counts and c.category == "klasikal")

    @property
    def nonklasikal(self) -> float:
        return _sum(c.jp for c in self.credits if c.counts and c.category == "nonklasikal")

    @property
    def total(self) -> float:
        return _sum(c.jp for c in self.credits if c.counts)

    @property
    def not_counted(self) -> float:
        return _sum(c.jp for c in self.credits if not c.counts)

    @property
    def shortfall(self) -> float | None:
        """How many JP are missing to reach the target; None when there is no target."""
        if self.target is None:
            return None
        return max(round(self.target - self.total, 2), 0.0)

    @property
    def met(self) -> bool | None:
        return None if self.shortfall is None else self.shortfall == 0


def _sum(values: Iterable[float]) -> float:
    # Rounded so that 0.1-style float noise never shows up in a report or its JSON.
    return round(sum(values), 2)


def category(activity_type: str) -> str:
    return "nonklasikal" if activity_type in vocab.NONKLASIKAL else "klasikal"


def activity_jp(training: Training, minutes_per_jp: int) -> tuple[float | None, int | None]:
    """(JP, minutes converted) of an activity: ``jp`` if given, else ``minutes`` converted."""
    if training.jp is not None:
        return float(training.jp), None
    if training.minutes is not None:
        return training.minutes / minutes_per_jp, training.minutes
    return None, None


def credits(data: Dataset, as_of: dt.date) -> tuple[Credit, ...]:
    """Every JP credit in a dataset up to ``as_of``, counted or not."""
    per_jp = data.settings.minutes_per_jp
    found: list[Credit] = []
    for t in data.trainings:
        if t.status == "cancelled" or t.last_day > as_of:
            continue
        jp, minutes = activity_jp(t, per_jp)
        for p in t.participants:
            if p.state not in ("completed", "attended", "failed"):
                continue
            reason = None if p.state == "completed" else _STATE_REASON[p.state]
            if reason is None and jp is None:
                reason = "no-jp"
            found.append(Credit(p.librarian, t.last_day, category(t.type), round(jp or 0.0, 4),
                                "training", t.id, t.title, p.src.loc, minutes, reason))
    for m in data.mentoring:
        for s in m.sessions:
            if s.date > as_of:
                continue
            jp = (s.minutes or 0) / per_jp
            found.append(Credit(m.mentee, s.date, "nonklasikal", round(jp, 4), "mentoring", m.id,
                                m.id, s.src.loc, s.minutes,
                                None if s.minutes is not None else "no-jp"))
    found.sort(key=lambda c: (c.librarian, c.date, c.source, c.ref, c.loc.path, c.loc.line,
                              c.loc.col))
    return tuple(found)


_STATE_REASON = {"attended": "not-completed", "failed": "failed"}


def hours(
    data: Dataset, librarians: Sequence[Librarian], years: Sequence[int], as_of: dt.date
) -> tuple[Hours, ...]:
    """JP per librarian per year, for the librarians given (in their order) and years."""
    by_person: dict[str, list[Credit]] = {}
    for c in credits(data, as_of):
        by_person.setdefault(c.librarian, []).append(c)
    out = []
    for lib in librarians:
        mine = by_person.get(lib.id, [])
        target = data.settings.jp_target(lib.employment) if lib.employment else None
        for year in years:
            out.append(Hours(lib, year, target, tuple(c for c in mine if c.date.year == year)))
    return tuple(out)

"""JP (jam pelajaran) per librarian per year, klasikal and nonklasikal, against the rule.

What earns JP (each item keeps its source, so every total can be explained):

- A **completed** participation in an activity: the activity's ``jp``, or its ``minutes``
  divided by ``jp.minutes_per_jp``; credited on the day the activity ends, as klasikal
  or nonklasikal by its type. JP are for attending: a completion whose post-test is below
  ``levels.pass_score`` still earns them (it only gives no level), unless
  ``jp.requires_pass: true``. ``attended`` and ``failed`` participations earn nothing —
  JP are recognised when the activity is completed (the certificate states them) — but
  they are listed, so a coordinator sees what is missing. Cancelled activities earn nothing.
- A **mentoring session** with ``minutes``: nonklasikal JP for the mentee, on its day.
- **Learning outside the programme** (``learning:`` records, ``domain/learning.py``): an
  activity of one participant, by the rules of the first item (source ``learning``).

Nothing dated after the as-of date counts. The rule is ``jp.targets`` for the librarian's
employment type (types without one, honorer and non-ASN, have none) held on the last day
counted of the year (a CPNS appointed PNS in June is counted as a PNS for that year;
``history``, domain/careers.py):

- a **minimum** (PNS and CPNS: at least 20 JP, PP 17/2020) — short when below it;
- a **maximum** (PPPK: at most 24 JP, PP 49/2018 art. 39(3)) — a ceiling, never a
  target: nobody is short of it, JP above it are flagged;
- counted over a **calendar year**, or over a **year of the work contract** (PPPK): the
  contract year that holds the last day counted (31 December of the year asked for, or
  the as-of date if earlier), from the librarian's ``contract_start`` (else ``started``;
  else the calendar year).

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import careers, learning
from pustaka_cli.model import Dataset, JpRule, Librarian, Settings, Training
from pustaka_cli.problems import Loc

# --- the rule ---------------------------------------------------------------------------

# PP 11/2017 as amended by PP 17/2020 art. 203(4): a PNS (and CPNS) at least 20 JP a
# calendar year. PP 49/2018 art. 39(3), Peraturan LAN 15/2020: a PPPK at most 24 JP in
# one year of the work contract -- a ceiling, never a target. A folder's ``jp.targets``
# replaces these as a whole.
DEFAULT_RULES = (
    JpRule("pns", minimum=20),
    JpRule("cpns", minimum=20),
    JpRule("pppk", maximum=24, year="contract"),
)


def rules(settings: Settings) -> tuple[JpRule, ...]:
    """The JP rules in force: the folder's ``jp.targets``, or ``DEFAULT_RULES``."""
    return DEFAULT_RULES if settings.jp_rules is None else settings.jp_rules


def rule_for(settings: Settings, employment: str | None) -> JpRule | None:
    """The JP rule of an employment type; None when it has none (honorer, non-ASN)."""
    for rule in rules(settings):
        if rule.employment == employment:
            return rule
    return None


def target(settings: Settings, employment: str | None) -> int | None:
    """The JP an employment type must reach in a calendar year (a minimum), if any.

    A ceiling is no target: a PPPK (at most 24 JP a contract year) has none.
    """
    rule = rule_for(settings, employment)
    if rule is None or rule.year != "calendar":
        return None
    return rule.minimum


@dataclass(frozen=True, slots=True)
class Credit:
    """JP a librarian earned (or would have earned) from one activity or session."""

    librarian: str
    date: dt.date
    category: str  # klasikal | nonklasikal
    jp: float
    source: str  # training | learning | mentoring
    ref: str  # the training, learning or mentoring id
    title: str
    loc: Loc
    minutes: int | None = None  # set when the JP were converted from minutes
    reason: str | None = None  # None: it counts; else not-completed | failed | no-jp |
    # post-test-failed (only with jp.requires_pass)

    @property
    def counts(self) -> bool:
        return self.reason is None


@dataclass(frozen=True, slots=True)
class Hours:
    """One librarian's JP over one year: a calendar year, or a year of the work contract."""

    librarian: Librarian
    year: int  # the calendar year asked for
    start: dt.date  # the first day the figures cover
    end: dt.date  # the last day they cover
    basis: str  # calendar | contract
    minimum: int | None  # JP to reach at least (None: no minimum)
    maximum: int | None  # JP at most (None: no ceiling)
    credits: tuple[Credit, ...]  # by date, then source and ref

    @property
    def target(self) -> int | None:
        """The JP to reach: the minimum. A ceiling is no target."""
        return self.minimum

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
        """How many JP are missing to reach the minimum; None when there is no minimum."""
        if self.minimum is None:
            return None
        return max(round(self.minimum - self.total, 2), 0.0)

    @property
    def met(self) -> bool | None:
        return None if self.shortfall is None else self.shortfall == 0

    @property
    def excess(self) -> float | None:
        """How many JP lie above the ceiling; None when there is no ceiling."""
        if self.maximum is None:
            return None
        return max(round(self.total - self.maximum, 2), 0.0)

    @property
    def over(self) -> bool | None:
        """Whether the JP went above the ceiling; None when there is no ceiling."""
        return None if self.excess is None else self.excess > 0


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
    requires_pass = bool(data.settings.jp_requires_pass)
    pass_score = data.settings.levels.pass_score
    found: list[Credit] = []
    programme = [("training", t) for t in data.trainings]
    elsewhere = [("learning", t) for t in learning.activities(data)]
    for source, t in (*programme, *elsewhere):
        if t.status == "cancelled" or t.last_day > as_of:
            continue
        jp, minutes = activity_jp(t, per_jp)
        for p in t.participants:
            if p.state not in ("completed", "attended", "failed"):
                continue
            reason = None if p.state == "completed" else _STATE_REASON[p.state]
            if reason is None and jp is None:
                reason = "no-jp"
            elif reason is None and requires_pass and p.score is not None and p.score < pass_score:
                reason = "post-test-failed"
            found.append(
                Credit(
                    p.librarian,
                    t.last_day,
                    category(t.type),
                    round(jp or 0.0, 4),
                    source,
                    t.id,
                    t.title,
                    p.src.loc,
                    minutes,
                    reason,
                )
            )
    for m in data.mentoring:
        for s in m.sessions:
            if s.date > as_of:
                continue
            jp = (s.minutes or 0) / per_jp
            found.append(
                Credit(
                    m.mentee,
                    s.date,
                    "nonklasikal",
                    round(jp, 4),
                    "mentoring",
                    m.id,
                    m.id,
                    s.src.loc,
                    s.minutes,
                    None if s.minutes is not None else "no-jp",
                )
            )
    found.sort(
        key=lambda c: (c.librarian, c.date, c.source, c.ref, c.loc.path, c.loc.line, c.loc.col)
    )
    return tuple(found)


_STATE_REASON = {"attended": "not-completed", "failed": "failed"}


def period(
    rule: JpRule | None, librarian: Librarian, year: int, as_of: dt.date
) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, basis) of the year over which ``year``'s JP are counted.

    A contract begun on 2024-09-01, year 2025, as of 2026-06-30: the contract year that
    holds 2025-12-31, from 2025-09-01 to 2026-08-31.
    """
    anchor = librarian.contract_start or librarian.started
    if rule is None or rule.year != "contract" or anchor is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "calendar"
    start, end = contract_year(anchor, min(as_of, dt.date(year, 12, 31)))
    return start, end, "contract"


def contract_year(anchor: dt.date, day: dt.date) -> tuple[dt.date, dt.date]:
    """The year of a work contract begun on ``anchor`` that holds ``day`` (the first year
    when ``day`` comes before it). A contract begun on 29 February has its anniversary on
    1 March in other years."""
    n = max(day.year - anchor.year, 0)
    if n and _anniversary(anchor, n) > day:
        n -= 1
    return _anniversary(anchor, n), _anniversary(anchor, n + 1) - dt.timedelta(days=1)


def _anniversary(anchor: dt.date, years: int) -> dt.date:
    try:
        return anchor.replace(year=anchor.year + years)
    except ValueError:  # 29 February in a year that has none
        return dt.date(anchor.year + years, 3, 1)


def hours(
    data: Dataset, librarians: Sequence[Librarian], years: Sequence[int], as_of: dt.date
) -> tuple[Hours, ...]:
    """JP per librarian per year, for the librarians given (in their order) and years.

    One row per librarian and year, but a contract year already given for an earlier
    year of ``years`` is not repeated (a single year always gives one row each).
    """
    by_person: dict[str, list[Credit]] = {}
    for c in credits(data, as_of):
        by_person.setdefault(c.librarian, []).append(c)
    out = []
    for lib in librarians:
        mine = by_person.get(lib.id, [])
        seen: set[dt.date] = set()
        for year in years:
            # As employed on the year's last day counted (careers.py): its rule, its row.
            who = careers.held_on(lib, min(as_of, dt.date(year, 12, 31)))
            rule = rule_for(data.settings, who.employment) if who.employment else None
            low, high = (rule.minimum, rule.maximum) if rule else (None, None)
            start, end, basis = period(rule, who, year, as_of)
            if start in seen:
                continue
            seen.add(start)
            out.append(
                Hours(
                    who,
                    year,
                    start,
                    end,
                    basis,
                    low,
                    high,
                    tuple(c for c in mine if start <= c.date <= end),
                )
            )
    return tuple(out)

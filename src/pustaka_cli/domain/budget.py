"""The programme's money in one budget year: allocated, committed, spent and remaining,
per source of funds (``pustaka report budget``, ``plan --budget remaining``).

A coordinator answers to the city for the budget of the programme (the library's DPA,
Dokumen Pelaksanaan Anggaran, under the APBD; Permendagri 77/2020 on regional finance
has the budget year run from 1 January to 31 December). The rules:

- **Allocated**: the ``budgets:`` records of the year, per ``source`` (``apbd``,
  ``apbn``, ``csr``, ``mitra``, ``lainnya``), summed. A revised budget (DPA-Perubahan)
  is written by changing the record's ``amount`` and ``reference``, not by adding one.
  A source with no record in the year has no known allocation: its allocation and what
  remains of it are *not recorded*, never 0.
- An activity belongs to the budget year its **start** falls in, and to the source its
  ``budget_source`` names; without one it is counted under *source not recorded*
  (in the totals, in no source's remainder).
- **Spent** (realisasi): a *held* activity (not cancelled, its last day on or before the
  as-of date, and not still marked ``status: planned``: the rule of ``programme``)
  counts its ``actual_cost`` when recorded, else its planned ``cost``; each activity
  says which (``basis``: ``actual`` or ``cost``).
- **Committed**: every other activity of the year that is not cancelled counts its
  planned ``cost``.
- A **cancelled** activity costs nothing and is listed with its reason (its ``notes``),
  unless its ``actual_cost`` records what was paid anyway (a deposit, a venue): that is
  spent.
- An activity with neither ``cost`` nor (when held) ``actual_cost`` is listed as *cost
  not recorded*, never counted as 0 (``cost: 0`` is a recorded cost: free).
- **Remaining** = allocated - committed - spent, per source and in total; unknown when
  the allocation is. Below 0 is over budget.
- For ``plan --budget remaining`` the money left for the plan is the year's allocation
  less what is spent and what is committed to activities the plan does not itself decide
  on (``for_plan``): the plan weighs the cost of its own candidates.

Pure: the dataset, the year and the as-of date come in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.model import Dataset, Training

HELD = "held"
COMMITTED = "committed"
CANCELLED = "cancelled"

ACTUAL = "actual"  # the amount is the recorded actual_cost
COST = "cost"  # the amount is the planned cost


def held(training: Training, as_of: dt.date) -> bool:
    """Whether an activity took place by ``as_of``: not cancelled, ended, not still planned."""
    return (
        training.status != "cancelled"
        and training.last_day <= as_of
        and training.status != "planned"
    )


def paid(training: Training) -> tuple[float | None, str | None]:
    """(amount, basis) a held activity cost: its ``actual_cost``, else its ``cost``."""
    if training.actual_cost is not None:
        return training.actual_cost, ACTUAL
    if training.cost is not None:
        return training.cost, COST
    return None, None


@dataclass(frozen=True, slots=True)
class Item:
    """One activity of the year and what it counts for."""

    training: Training
    state: str  # held | committed | cancelled
    amount: float | None  # what it counts for; None: cost not recorded (or cancelled, free)
    basis: str | None  # actual | cost; None when nothing is counted

    @property
    def source(self) -> str | None:
        return self.training.budget_source

    @property
    def unpriced(self) -> bool:
        """Cost not recorded: listed, never counted as 0 (a cancelled activity costs nothing)."""
        return self.amount is None and self.state != CANCELLED

    @property
    def reason(self) -> str | None:
        return self.training.notes if self.state == CANCELLED else None


@dataclass(frozen=True, slots=True)
class Line:
    """One source of funds in one year (``source`` None: activities that name none)."""

    source: str | None
    allocated: float | None  # None: no budget recorded for this source and year
    committed: float
    spent: float
    references: tuple[str, ...]  # the budget documents it was allocated by
    activities: int  # activities counted here (held or committed, with a cost)
    unpriced: int  # activities of this source whose cost is not recorded

    @property
    def remaining(self) -> float | None:
        if self.allocated is None:
            return None
        return round(self.allocated - self.committed - self.spent, 2)

    @property
    def over(self) -> bool | None:
        remaining = self.remaining
        return None if remaining is None else remaining < 0


@dataclass(frozen=True, slots=True)
class YearBudget:
    year: int
    as_of: dt.date
    lines: tuple[Line, ...]  # by vocab.BUDGET_SOURCES, then "source not recorded"
    items: tuple[Item, ...]  # by start date, then id

    @property
    def allocated(self) -> float | None:
        known = [x.allocated for x in self.lines if x.allocated is not None]
        return round(sum(known), 2) if known else None

    @property
    def committed(self) -> float:
        return round(sum(x.committed for x in self.lines), 2)

    @property
    def spent(self) -> float:
        return round(sum(x.spent for x in self.lines), 2)

    @property
    def remaining(self) -> float | None:
        allocated = self.allocated
        if allocated is None:
            return None
        return round(allocated - self.committed - self.spent, 2)

    @property
    def cancelled(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.state == CANCELLED)

    @property
    def unpriced(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.unpriced)


def item(training: Training, as_of: dt.date) -> Item:
    """What one activity counts for on ``as_of`` (the rules above)."""
    if training.status == "cancelled":
        if training.actual_cost is not None:
            return Item(training, CANCELLED, training.actual_cost, ACTUAL)
        return Item(training, CANCELLED, None, None)
    if held(training, as_of):
        amount, basis = paid(training)
        return Item(training, HELD, amount, basis)
    if training.cost is None:
        return Item(training, COMMITTED, None, None)
    return Item(training, COMMITTED, training.cost, COST)


def of_year(data: Dataset, year: int, as_of: dt.date) -> YearBudget:
    """The budget of ``year`` as it stands on ``as_of``."""
    items = sorted(
        (item(t, as_of) for t in data.trainings if t.start.year == year),
        key=lambda i: (i.training.start, i.training.id),
    )
    allocated: dict[str, float] = {}
    references: dict[str, list[str]] = {}
    for b in data.budgets:
        if b.year == year:
            allocated[b.source] = allocated.get(b.source, 0.0) + b.amount
            if b.reference:
                references.setdefault(b.source, []).append(b.reference)
    named = {i.source for i in items}
    sources: list[str | None] = [s for s in vocab.BUDGET_SOURCES if s in allocated or s in named]
    if None in named:
        sources.append(None)
    lines = []
    for source in sources:
        mine = [i for i in items if i.source == source]
        lines.append(
            Line(
                source,
                round(allocated[source], 2) if source in allocated else None,
                _sum(i.amount for i in mine if i.state == COMMITTED),
                _sum(i.amount for i in mine if i.state in (HELD, CANCELLED)),
                tuple(dict.fromkeys(references.get(source or "", ()))),
                sum(i.amount is not None and i.state != CANCELLED for i in mine),
                sum(i.unpriced for i in mine),
            )
        )
    return YearBudget(year, as_of, tuple(lines), tuple(items))


def for_plan(budget: YearBudget, deciding: Collection[str]) -> float | None:
    """The money a plan may spend: the year's allocation less what is spent and what is
    committed to activities other than ``deciding`` (the plan's own candidates, whose
    cost it weighs itself); None when no allocation is recorded for the year. Every
    source together: the plan does not keep to each source's share.
    """
    allocated = budget.allocated
    if allocated is None:
        return None
    taken = sum(
        i.amount
        for i in budget.items
        if i.amount is not None and not (i.state == COMMITTED and i.training.id in deciding)
    )
    return round(allocated - taken, 2)


@dataclass(frozen=True, slots=True)
class PlanMoney:
    """What ``plan --budget remaining`` may spend, and how it was worked out."""

    year: int
    start: dt.date  # the plan's period, within the year
    end: dt.date
    allocated: float
    taken: float  # spent, and committed outside the plan
    amount: float  # allocated - taken, never below 0

    @property
    def over(self) -> bool:
        return self.allocated - self.taken < 0


def plan_period(
    today: dt.date, start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The period of a plan paid from one year's budget: from ``start`` (else tomorrow) to
    ``end`` (else 31 December of that year). A period across a year's end is refused."""
    first = start or today + dt.timedelta(days=1)
    last = end or dt.date(first.year, 12, 31)
    if first.year != last.year:
        raise UsageError("error.plan-remaining-two-years", start=first, end=last)
    return first, last


def remaining_for_plan(
    data: Dataset, start: dt.date, end: dt.date, today: dt.date, deciding: Collection[str]
) -> PlanMoney:
    """The year's money left for a plan over ``start``..``end`` that decides on the
    activities ``deciding`` (``for_plan``), as of ``today``; refused without a budget."""
    year = start.year
    found = of_year(data, year, today)
    left = for_plan(found, deciding)
    allocated = found.allocated
    if left is None or allocated is None:
        raise PustakaError("error.plan-no-budget", year=year)
    return PlanMoney(year, start, end, allocated, round(allocated - left, 2), max(left, 0.0))


def _sum(amounts: Iterable[float | None]) -> float:
    return round(sum(a for a in amounts if a is not None), 2)

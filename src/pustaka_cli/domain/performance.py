"""The performance gap: appraisal (SKP) against target, and its link to competency gaps.

Peraturan LAN 10/2018 (Pengembangan Kompetensi PNS) asks for two analyses before
development is planned: the **competency gap** (``domain/levels.py``) and the
**performance gap** — the annual appraisal against its targets. This module is the second.
Its rules, the same for every report and command that shows them:

- **A year's appraisal** is the ``skp`` evaluation of that ``year`` (PP 30/2019, PermenPANRB
  6/2022). It is known on the as-of date when its ``date`` (else 31 December of its
  year) is not after it. Two for the same year: the later date counts, then the one
  written last; the **latest appraisal** is the one of the highest year known (``latest``,
  also ``report progress``'s SKP columns). No SKP is **"no SKP recorded"** (``predicate``
  None) — never zero, never "kurang".
- **The predicate** is one of ``vocab.PREDICATES``; its percentage is PermenPANRB
  1/2023's (``vocab.PREDICATE_PERCENT``: sangat baik 150, baik 100, butuh perbaikan 75,
  kurang 50, sangat kurang 25). A **weak** predicate is one below *baik*: butuh
  perbaikan, kurang, sangat kurang.
- **The trend** compares a year's predicate with the latest earlier year that has one:
  ``up``, ``down`` or ``same`` by percentage; None without an earlier SKP.
- **Indicators** (``indicators: [{text, target, result, unit}]`` on an SKP, where
  recorded): an indicator with a target and a result is **met** when the result reaches
  the target (higher is better); its achievement is result / target x 100. Without both,
  it is not judged (None), never counted as missed.
- **User feedback attributed to a librarian** is every feedback record that names them
  (``librarian:``), pooled by the rule of ``domain/satisfaction.py`` (weighted by
  respondents when every survey gives a count); none is "no feedback", never zero.
- **Main duties** are the *kompetensi inti* (group ``inti``, SKKNI Perpustakaan) that the
  grade's profile requires (a required level above 0). A **core gap** is one of them below
  its required level on the as-of date (``levels``, the rule of ``standing``: an unknown
  level is no gap).
- **Development priority** (``Priority``), from the latest appraisal known on the as-of
  date: ``first`` — a weak predicate *and* a core gap: the first candidate for
  development, since the appraisal and the competency analysis point the same way;
  ``weak`` — a weak predicate without a known core gap: look for the cause with the
  supervisor (or assess the main duties first) before training; ``gaps`` — core gaps
  with a predicate of baik or better (or no SKP): development by the competency gap as
  usual; ``none`` — neither. ``recommend``, ``plan`` and ``idp`` put ``first`` before the
  others and say so.

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import satisfaction
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Gap, gaps_on, required_profile
from pustaka_cli.model import Dataset, Evaluation, Feedback, Librarian, SkpIndicator
from pustaka_cli.problems import Loc

WEAK = ("butuh-perbaikan", "kurang", "sangat-kurang")
"""Predicates below *baik* (PermenPANRB 1/2023: under 100 % of the coefficient)."""

PRIORITIES = ("first", "weak", "gaps", "none")
"""Development priority, the most urgent first."""


def percent(predicate: str | None) -> int | None:
    """A predicate's share of the grade coefficient: ``baik`` -> 100; None: no SKP."""
    return None if predicate is None else vocab.PREDICATE_PERCENT[predicate]


def weak(predicate: str | None) -> bool:
    """Below *baik*. No SKP is not weak: it is unknown."""
    return predicate in WEAK


@dataclass(frozen=True, slots=True)
class Indicator:
    """One SKP indicator judged: met, and its achievement in percent, when it can be."""

    indicator: SkpIndicator

    @property
    def met(self) -> bool | None:
        i = self.indicator
        if i.target is None or i.result is None:
            return None
        return i.result >= i.target

    @property
    def achievement(self) -> float | None:
        i = self.indicator
        if i.target is None or i.result is None or i.target == 0:
            return None
        return round(i.result / i.target * 100, 2)


@dataclass(frozen=True, slots=True)
class Year:
    """One librarian's appraisal in one year (``skp`` None: no SKP recorded)."""

    librarian: str
    year: int
    skp: Evaluation | None
    previous: str | None  # the predicate of the latest earlier year with one
    feedback: satisfaction.Score

    @property
    def predicate(self) -> str | None:
        return None if self.skp is None else self.skp.predicate

    @property
    def percent(self) -> int | None:
        return percent(self.predicate)

    @property
    def trend(self) -> str | None:
        """``up``, ``down`` or ``same`` against ``previous``; None without both."""
        now, before = percent(self.predicate), percent(self.previous)
        if now is None or before is None:
            return None
        return "up" if now > before else "down" if now < before else "same"

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return () if self.skp is None else tuple(Indicator(i) for i in self.skp.indicators)

    @property
    def indicators_met(self) -> int:
        return sum(i.met is True for i in self.indicators)

    @property
    def indicators_judged(self) -> int:
        return sum(i.met is not None for i in self.indicators)


@dataclass(frozen=True, slots=True)
class Performance:
    """One librarian's performance gap on the as-of date, and its development priority."""

    librarian: Librarian
    latest: Year | None  # the latest appraisal known on the as-of date (None: no SKP)
    years: tuple[Year, ...]  # the years asked for, oldest first
    core_gaps: tuple[Gap, ...]  # main-duty competencies below the required level
    feedback: satisfaction.Score  # over the years asked for

    @property
    def predicate(self) -> str | None:
        return None if self.latest is None else self.latest.predicate

    @property
    def priority(self) -> str:
        """``first``, ``weak``, ``gaps`` or ``none`` (the module's rule)."""
        if weak(self.predicate):
            return "first" if self.core_gaps else "weak"
        return "gaps" if self.core_gaps else "none"

    @property
    def first(self) -> bool:
        """The first candidate for development: a weak predicate with core gaps."""
        return self.priority == "first"


# --- the rule -------------------------------------------------------------------------


def appraisals(
    evaluations: Iterable[Evaluation], as_of: dt.date
) -> dict[str, dict[int, Evaluation]]:
    """Per librarian and year, the SKP that counts on ``as_of`` (the module's rule; also
    the predicates ``domain/promotion.py`` turns into angka kredit)."""
    found: dict[str, dict[int, Evaluation]] = {}
    for e in sorted(_known(evaluations, None, as_of), key=_order):
        assert e.year is not None
        found.setdefault(e.librarian, {})[e.year] = e  # the later one replaces
    return found


def latest(
    evaluations: Iterable[Evaluation], first: dt.date | None, last: dt.date
) -> Evaluation | None:
    """The latest appraisal known from ``first`` (None: any time before) to ``last``: the
    highest year, then the later date, then the one written last."""
    return max(_known(evaluations, first, last), key=_order, default=None)


def _known(
    evaluations: Iterable[Evaluation], first: dt.date | None, last: dt.date
) -> Iterator[Evaluation]:
    for e in evaluations:
        if e.kind != "skp" or e.year is None or not e.predicate:
            continue
        day = known_on(e)
        if day <= last and (first is None or day >= first):
            yield e


def _order(e: Evaluation) -> tuple[int, dt.date, Loc]:
    return (e.year or 0, known_on(e), e.src.loc)


def known_on(e: Evaluation) -> dt.date:
    """The day an appraisal is known: its ``date``, else 31 December of its year."""
    return e.date or dt.date(e.year or dt.MAXYEAR, 12, 31)


def core(ix: Index, librarian: Librarian, target: bool = False) -> tuple[str, ...]:
    """The competencies of the main duties: the ``inti`` ones the profile requires."""
    profile, _ = required_profile(librarian, ix, target)
    if profile is None:
        return ()
    return tuple(
        c for c, comp in ix.competencies.items() if comp.group == "inti" and profile.required(c) > 0
    )


def performance(
    data: Dataset,
    ix: Index,
    people: Sequence[Librarian],
    years: Sequence[int],
    as_of: dt.date,
    target: bool = False,
) -> tuple[Performance, ...]:
    """Each librarian's performance gap on ``as_of`` over ``years``, in the order given."""
    skp = appraisals(data.evaluations, as_of)
    heard = _feedback_by_person(data.feedback, as_of)
    scale = data.settings.feedback_scale_max
    duties = {lib.id: core(ix, lib, target) for lib in people}
    core_ids = sorted({c for mine in duties.values() for c in mine})
    gaps = gaps_on(data, ix, people, core_ids, as_of, target) if core_ids else ()
    below: dict[str, list[Gap]] = {}
    for g in gaps:
        if g.below and g.competency in duties[g.librarian.id]:
            below.setdefault(g.librarian.id, []).append(g)
    out = []
    for lib in people:
        mine = skp.get(lib.id, {})
        said = heard.get(lib.id, [])
        rows = tuple(_year(lib.id, y, mine, said, scale) for y in years)
        latest_year = max(mine, default=None)
        latest = None if latest_year is None else _year(lib.id, latest_year, mine, said, scale)
        within = [f for f in said if f.date.year in years]
        out.append(
            Performance(
                lib,
                latest,
                rows,
                tuple(below.get(lib.id, ())),
                satisfaction.score(within, scale),
            )
        )
    return tuple(out)


def _year(
    who: str, year: int, mine: dict[int, Evaluation], said: Iterable[Feedback], scale: int
) -> Year:
    earlier = [y for y in mine if y < year]
    previous = mine[max(earlier)].predicate if earlier else None
    heard = [f for f in said if f.date.year == year]
    return Year(who, year, mine.get(year), previous, satisfaction.score(heard, scale))


def _feedback_by_person(feedback: Iterable[Feedback], as_of: dt.date) -> dict[str, list[Feedback]]:
    found: dict[str, list[Feedback]] = {}
    for f in feedback:
        if f.librarian is not None and f.date <= as_of:
            found.setdefault(f.librarian, []).append(f)
    return found


def years_shown(start: dt.date, end: dt.date) -> tuple[int, ...]:
    """The years of a period, and at least the three up to its end: a trend needs more
    than one year (``report performance`` over 2026 shows 2024, 2025 and 2026)."""
    return tuple(range(min(start.year, end.year - 2), end.year + 1))


def priorities(
    data: Dataset, ix: Index, people: Sequence[Librarian], as_of: dt.date
) -> dict[str, Performance]:
    """Each librarian's performance gap on ``as_of`` by id (for recommend, plan, idp)."""
    found = performance(data, ix, people, (as_of.year,), as_of)
    return {p.librarian.id: p for p in found}

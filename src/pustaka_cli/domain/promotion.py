"""Angka kredit and promotion readiness: who may be proposed for the next grade, and when.

The rules (README: "Angka kredit and promotion readiness"):

- **Annual credit** (PermenPANRB 1/2023, PerBKN 3/2023): the SKP predicate's percentage
  (``vocab.PREDICATE_PERCENT``: Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %,
  Kurang 50 %, Sangat Kurang 25 %) times the grade's ``coefficient`` (profiles.yaml:
  Ahli Pertama 12.5, Ahli Muda 25...). Ahli Pertama, Baik: 100 % x 12.5 = 12.5 a year.
  The predicate is the ``skp`` evaluation of that ``year`` known on the as-of date (the
  rule of ``performance.appraisals``: its date, else 31 December; the later of several).
- **Pro-rated by months** where a year is not whole in the grade (PerBKN 3/2023: credit
  for a period shorter than a year is proportional to it): a month counts for the grade
  held on its **first day**, when the librarian was on staff that day. Promoted to Ahli
  Muda on 2025-04-01 with Baik: January to March belong to Ahli Pertama (and are left
  behind with it), April to December give 9/12 x 100 % x 25 = 18.75 to Ahli Muda.
- **Accumulated per grade since the last promotion**: only the months in the grade held
  on the as-of date, from the day it began (``history``, domain/careers.py), and not
  before 1 January 2023, when the conversion of predicates to credit began. Credit held
  before (the angka kredit integrasi of 2022, or credit carried into a new grade) is
  written as ``credit:`` on a history entry and added. A promotion starts the count again.
- **Years without an SKP** are never counted as 0: a whole year in the grade without a
  predicate is listed as missing; a person with no predicate at all is "no SKP recorded",
  with no credit shown.
- **Needed**: ``credit_rank`` (for the next rank, pangkat, within the grade) and
  ``credit_grade`` (for the next grade, jenjang) of the current grade's profile, else the
  regulation's defaults (``DEFAULT_CREDIT``). pustaka keeps no pangkat history: the rank
  figure is shown against the credit since the grade began.
- **The next grade** is the one ``--target`` measures against in every report
  (``levels.required_profile``): ``target_grade``, else the next rank on the same track.
- **The other conditions** for the next grade: a passed **uji kompetensi** (Perpusnas Reg.
  17/2021: an ``uji-kompetensi`` evaluation in the current grade, on or before the as-of
  date, every result ``kompeten``), or in its place a **valid LSP certificate** (an ``lsp``
  evaluation with a ``kompeten`` result, not expired on the as-of date); and the **profile
  of the next grade met** (every gap known and 0, the level rule of every report).
- **Readiness**: *ready* when all three hold; *ready on DATE at the current predicate*
  when only credit is short: the date the credit reaches ``credit_grade`` if every later
  month earns the latest predicate (the last day of that month); otherwise *not yet*,
  with what is missing. A move for which the grade has no ``credit_grade`` (from
  Penyelia to Ahli Pertama, across tracks, with its own rules) is never ready by credit:
  "no credit figure" is what is missing. A grade without a coefficient (tenaga teknis,
  a head of library) earns no credit; the top grade has no next one.

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import careers, performance
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import gaps_on, on_staff, required_profile
from pustaka_cli.model import Dataset, Evaluation, Librarian, Profile

CONVERSION_START = dt.date(2023, 1, 1)
"""The first day credit comes from the SKP predicate (PermenPANRB 1/2023)."""

# Angka kredit kumulatif needed, per grade: (for the next rank, for the next grade).
# PermenPANRB 1/2023, lampiran (the figures as PerBKN 3/2023 applies them); ``None``: there
# is no higher rank or grade on the track. profiles.yaml's credit_rank / credit_grade
# replace them.
DEFAULT_CREDIT: dict[str, tuple[float | None, float | None]] = {
    "terampil": (20, 60),
    "mahir": (50, 100),
    "penyelia": (100, None),
    "ahli-pertama": (50, 100),
    "ahli-muda": (100, 200),
    "ahli-madya": (150, 450),
    "ahli-utama": (200, None),
}

# Readiness, one word each (messages ``promotion.state.<state>``).
READY = "ready"
READY_ON = "ready-on"
NOT_YET = "not-yet"
NO_SKP = "no-skp"
NO_CREDIT = "no-credit"  # a grade without a coefficient: no angka kredit
TOP = "top"  # no next grade

# What may be missing (``promotion.missing.<what>``).
CREDIT = "credit"
TEST = "test"
PROFILE = "profile"
SKP = "skp"
NO_RULE = "no-rule"  # the grade has no credit_grade for the move


@dataclass(frozen=True, slots=True)
class YearCredit:
    """The credit of one year in the grade, or a whole year without an SKP (``predicate``
    and ``credit`` None)."""

    year: int
    grade: str
    months: int
    coefficient: float
    predicate: str | None
    credit: float | None
    evaluation: Evaluation | None = None

    @property
    def percent(self) -> int | None:
        return vocab.PREDICATE_PERCENT[self.predicate] if self.predicate else None


@dataclass(frozen=True, slots=True)
class Readiness:
    """One librarian's credit in the grade and readiness for the next."""

    librarian: Librarian  # as on the as-of date
    profile: Profile | None  # the grade held
    next: Profile | None  # the grade promotion leads to (None: none)
    basis: str  # why that grade: target-grade, next-rank (levels.required_profile)
    since: dt.date | None  # the day the grade began (None: before every record)
    counted_from: dt.date | None  # the first day counted (None: no credit)
    brought: float | None  # credit written on history entries in the grade
    years: tuple[YearCredit, ...]
    credit: float | None  # None: no SKP recorded in the grade
    need_rank: float | None
    need_grade: float | None
    predicate: str | None  # the latest predicate counted
    ready_on: dt.date | None  # when credit reaches need_grade at the latest predicate
    test: Evaluation | None  # the passed uji kompetensi or valid LSP certificate
    below: int  # competencies below the next grade's profile
    unassessed: int  # competencies whose level is not known
    state: str
    missing: tuple[str, ...]

    @property
    def short(self) -> float | None:
        """Credit still needed for the next grade (0 when reached)."""
        if self.credit is None or self.need_grade is None:
            return None
        return max(round(self.need_grade - self.credit, 4), 0.0)

    @property
    def without_skp(self) -> tuple[int, ...]:
        """Whole years in the grade without an SKP predicate."""
        return tuple(y.year for y in self.years if y.predicate is None)


def annual_credit(predicate: str, coefficient: float, months: int = 12) -> float:
    """percentage x coefficient, for ``months`` of twelve.

    >>> annual_credit("baik", 12.5), annual_credit("sangat-baik", 25, 9)
    (12.5, 28.125)
    """
    return round(vocab.PREDICATE_PERCENT[predicate] / 100 * coefficient * months / 12, 4)


def needed(profile: Profile) -> tuple[float | None, float | None]:
    """(for the next rank, for the next grade): profiles.yaml, else the regulation's."""
    rank, grade = DEFAULT_CREDIT.get(profile.grade, (None, None))
    return (
        profile.credit_rank if profile.credit_rank is not None else rank,
        profile.credit_grade if profile.credit_grade is not None else grade,
    )


def months_in(librarian: Librarian, year: int, first: dt.date, last: dt.date | None) -> int:
    """The months of ``year`` whose first day lies in [first, last) with the librarian on
    staff that day (``last`` None: open)."""
    count = 0
    for month in range(1, 13):
        day = dt.date(year, month, 1)
        if day < first or (last is not None and day >= last):
            continue
        if librarian.started is not None and day < librarian.started:
            continue
        if librarian.left is not None and day > librarian.left:
            continue
        count += 1
    return count


def skp_by_year(
    evaluations: Sequence[Evaluation], as_of: dt.date
) -> dict[str, dict[int, Evaluation]]:
    """Each librarian's SKP with a predicate per year, known on ``as_of``: the rule of the
    performance gap (``performance.appraisals``), written once."""
    return performance.appraisals(evaluations, as_of)


def credit_in_grade(
    librarian: Librarian,
    ix: Index,
    skp: dict[int, Evaluation],
    as_of: dt.date,
) -> tuple[dt.date | None, dt.date | None, float | None, tuple[YearCredit, ...]]:
    """(grade began, first day counted, credit brought, years) of the grade held on
    ``as_of``."""
    grades = careers.grade_periods(librarian, ix.grade)
    now = next((p for p in reversed(grades) if p.covers(as_of)), grades[0])
    profile = ix.profile(now.grade)
    if profile is None or profile.coefficient is None:
        return now.start, None, None, ()
    first = max(now.start or CONVERSION_START, CONVERSION_START)
    if librarian.started is not None:
        first = max(first, librarian.started)
    years: list[YearCredit] = []
    for year in range(first.year, as_of.year + 1):
        months = months_in(librarian, year, first, now.until)
        if not months:
            continue
        found = skp.get(year)
        if found is not None and found.predicate is not None:
            credit = annual_credit(found.predicate, profile.coefficient, months)
            years.append(
                YearCredit(
                    year, profile.grade, months, profile.coefficient, found.predicate, credit, found
                )
            )
        elif dt.date(year, 12, 31) < as_of:  # a whole year gone by without a predicate
            years.append(YearCredit(year, profile.grade, months, profile.coefficient, None, None))
    # Credit written on the grade's history entries up to the as-of date.
    written = [
        (p.start, p.credit)
        for p in careers.periods(librarian)
        if p.credit is not None
        and p.start is not None
        and (now.start is None or p.start >= now.start)
        and p.start <= as_of
    ]
    brought = round(sum(c for _, c in written), 4) if written else None
    return now.start, first, brought, tuple(years)


def passed_test(librarian: Librarian, evaluations: Sequence[Evaluation], since: dt.date | None,
                as_of: dt.date) -> Evaluation | None:  # fmt: skip
    """The latest passed uji kompetensi taken in the grade, else the latest LSP certificate
    valid on ``as_of``; None when neither."""
    tests = [
        e
        for e in evaluations
        if e.librarian == librarian.id
        and e.kind == "uji-kompetensi"
        and e.date is not None
        and e.date <= as_of
        and (since is None or e.date >= since)
        and e.results
        and all(r.kompeten for r in e.results)
    ]
    certificates = [
        e
        for e in evaluations
        if e.librarian == librarian.id
        and e.kind == "lsp"
        and e.date is not None
        and e.date <= as_of
        and (e.expires is None or e.expires >= as_of)
        and any(r.kompeten for r in e.results)
    ]
    for found in (tests, certificates):
        if found:
            return max(found, key=lambda e: (e.date or dt.date.min, e.src.loc))
    return None


def ready_on(
    credit: float, need: float, predicate: str, coefficient: float, after: dt.date
) -> dt.date:
    """The last day of the month in which ``credit`` reaches ``need``, each month after
    ``after``'s earning a twelfth of the predicate's annual credit.

    >>> ready_on(12.5, 25, "baik", 12.5, dt.date(2025, 12, 31))  # 12 more months
    datetime.date(2026, 12, 31)
    """
    monthly = vocab.PREDICATE_PERCENT[predicate] / 100 * coefficient / 12
    months = math.ceil(round((need - credit) / monthly, 9))
    month = after.year * 12 + after.month - 1 + months  # the month it is reached, counted
    year, index = divmod(month + 1, 12)  # the month after it
    return dt.date(year, index + 1, 1) - dt.timedelta(days=1)


def readiness(
    data: Dataset, ix: Index, staff: Sequence[Librarian], as_of: dt.date
) -> tuple[Readiness, ...]:
    """Each librarian's credit and readiness on ``as_of``, in the order given."""
    skp = skp_by_year(data.evaluations, as_of)
    evaluations_of: dict[str, list[Evaluation]] = {}
    for e in data.evaluations:
        if e.kind in ("uji-kompetensi", "lsp"):
            evaluations_of.setdefault(e.librarian, []).append(e)
    comps = [c.id for c in data.framework.competencies]
    out = []
    for lib in staff:
        now = careers.held_on(lib, as_of)
        out.append(
            _one(data, ix, now, comps, skp.get(lib.id, {}), evaluations_of.get(lib.id, []), as_of)
        )
    return tuple(out)


def _one(
    data: Dataset,
    ix: Index,
    lib: Librarian,
    comps: list[str],
    skp: dict[int, Evaluation],
    tests: list[Evaluation],
    as_of: dt.date,
) -> Readiness:
    profile = ix.profile(lib.grade)
    target, basis = required_profile(lib, ix, True)
    # The grade promotion leads to, for a grade that earns credit (a post, or staff
    # without a functional grade, are not promoted by angka kredit).
    nxt = (
        target
        if target is not None
        and profile is not None
        and profile.coefficient is not None
        and target.grade != profile.grade
        else None
    )
    since, first, brought, years = credit_in_grade(lib, ix, skp, as_of)
    counted = [y for y in years if y.credit is not None]
    credit = None
    if counted or brought is not None:
        credit = round(sum(y.credit or 0 for y in counted) + (brought or 0), 4)
    need_rank, need_grade = needed(profile) if profile is not None else (None, None)
    test = passed_test(lib, tests, since, as_of)
    below = unassessed = 0
    if nxt is not None:
        for g in gaps_on(data, ix, [lib], comps, as_of, target=True):
            below += g.below
            unassessed += g.unknown
    predicate = counted[-1].predicate if counted else None
    when = None
    missing: list[str] = []
    if profile is None or profile.coefficient is None or first is None:
        state = NO_CREDIT
    elif nxt is None:
        state = TOP
    else:
        if credit is None or not counted:
            missing.append(SKP)
        elif need_grade is None:  # no figure for this move (across tracks, say)
            missing.append(NO_RULE)
        elif credit < need_grade:
            missing.append(CREDIT)
            if predicate is not None and on_staff(lib, as_of):
                after = dt.date(counted[-1].year, 12, 31)  # its months are all counted
                when = ready_on(credit, need_grade, predicate, profile.coefficient, after)
        if test is None:
            missing.append(TEST)
        if below or unassessed:  # the profile is met when every gap is known and 0
            missing.append(PROFILE)
        if SKP in missing and credit is None:
            state = NO_SKP
        elif not missing:
            state = READY
        elif missing == [CREDIT] and when is not None:
            state = READY_ON
        else:
            state = NOT_YET
    return Readiness(
        lib,
        profile,
        nxt,
        basis,
        since,
        first,
        brought,
        years,
        credit,
        need_rank,
        need_grade,
        predicate,
        when,
        test,
        below,
        unassessed,
        state,
        tuple(missing),
    )

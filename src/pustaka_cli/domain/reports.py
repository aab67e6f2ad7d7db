"""What each report computes, from a dataset and a request: results as frozen values.

The commands parse options into a ``Request``; these functions select, compute and
return; ``render.views`` turns the results into documents. Pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from pustaka_cli.domain import budget as money
from pustaka_cli.domain import certificates as papers
from pustaka_cli.domain import hours as jp
from pustaka_cli.domain import jp_listing, mentoring, performance, programme, satisfaction
from pustaka_cli.domain import needs as training_needs
from pustaka_cli.domain import progress as growth
from pustaka_cli.domain import promotion as careers_promotion
from pustaka_cli.domain.coverage import Coverage, coverage
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor, Gap, LevelMatrix, gaps_on, matrix_on
from pustaka_cli.domain.selection import Period, Selection, competencies, staff, staff_during
from pustaka_cli.domain.summary import LibrarySummary, summarise
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.model import CITY_SEPARATOR, Competency, Dataset, Feedback, Librarian, Training
from pustaka_cli.problems import suggest


@dataclass(frozen=True, slots=True)
class Request:
    """The options every report shares, already parsed."""

    today: dt.date
    as_of: dt.date
    period: Period
    selection: Selection = field(default_factory=Selection)
    target: bool = False
    expiring: papers.Window | None = None  # report certificates --expiring

    @property
    def period_as_of(self) -> dt.date:
        """The last day that counts for period figures: the period's end, or as-of if earlier."""
        return min(self.as_of, self.period.end)


@dataclass(frozen=True, slots=True)
class GapsResult:
    staff: tuple[Librarian, ...]
    competencies: tuple[Competency, ...]
    levels: LevelMatrix  # staff-major, in the order of ``staff`` and ``competencies``
    coverage: tuple[Coverage, ...]


@dataclass(frozen=True, slots=True)
class HoursResult:
    hours: tuple[jp.Hours, ...]
    years: tuple[int, ...]
    listing: tuple[jp_listing.Entry, ...] = ()  # the counted credits, for the BKPSDM


@dataclass(frozen=True, slots=True)
class SummaryResult:
    year: int
    libraries: tuple[LibrarySummary, ...]


@dataclass(frozen=True, slots=True)
class ExplainResult:
    librarian: Librarian
    gaps: tuple[Gap, ...]
    hours: jp.Hours


def gaps(data: Dataset, ix: Index, req: Request) -> GapsResult:
    """Every selected librarian x competency on the as-of date, and the per-competency view."""
    people = staff(data, ix, req.selection, req.as_of)
    comps = competencies(data, req.selection)
    found = matrix_on(data, ix, people, [c.id for c in comps], req.as_of, req.target)
    # Competency i's column is every len(comps)-th number from the i-th; a competency
    # listed twice (a clash that check reports) is counted over both of its columns.
    columns: dict[str, tuple[list[Librarian], list[int | None], list[int | None]]] = {}
    for i, c in enumerate(comps):
        who, required, gap = columns.setdefault(c.id, ([], [], []))
        who.extend(people)
        required.extend(found.required[i :: len(comps)])
        gap.extend(found.gaps[i :: len(comps)])
    views = tuple(coverage(c, *columns[c.id]) for c in comps)
    return GapsResult(people, comps, found, views)


def hours(data: Dataset, ix: Index, req: Request) -> HoursResult:
    """JP per librarian per year of the period, for the staff on staff during it, counted
    up to the period's end (or the as-of date, if earlier)."""
    people = staff_during(data, ix, req.selection, req.period)
    years = req.period.years
    found = jp.hours(data, people, years, req.period_as_of)
    return HoursResult(found, years, jp_listing.entries(data, ix, found))


def summary(data: Dataset, ix: Index, req: Request) -> SummaryResult:
    """The summary per library for the period's (last) year, levels on the as-of date."""
    year = req.period.end.year
    as_of = req.period_as_of
    people = staff(data, ix, req.selection, req.as_of)
    comps = competencies(data, req.selection)
    found = gaps_on(data, ix, people, [c.id for c in comps], req.as_of, req.target)
    hrs = jp.hours(data, people, [year], as_of)
    # Its activities and user scores are those the detailed reports select.
    chosen = dataclasses.replace(
        data,
        trainings=developing(data.trainings, req.selection),
        feedback=about(data.feedback, {lib.id for lib in people}, req.selection),
    )
    return SummaryResult(year, summarise(chosen, ix, people, comps, found, hrs, year, as_of))


def explain(
    data: Dataset, ix: Index, req: Request, librarian: str, competency: str | None
) -> ExplainResult:
    """One librarian's levels with their evidence, and the JP of the as-of year."""
    who = find_librarian(ix, librarian)
    if competency is not None and competency not in ix.competencies:
        raise _unknown("report.error.unknown-competency", competency, ix.competencies)
    comps = [competency] if competency else [c.id for c in data.framework.competencies]
    assessor = Assessor.of(data, ix)
    found = tuple(assessor.gap(who, c, req.as_of, req.target, detail=True) for c in comps)
    year = req.as_of.year
    return ExplainResult(who, found, jp.hours(data, [who], [year], req.as_of)[0])


def check_selection(data: Dataset, ix: Index, sel: Selection) -> None:
    """Refuse a filter that names nothing in the data (a typo would give an empty report)."""
    known = (
        (
            "--library",
            sel.libraries,
            {lib.id for lib in data.settings.libraries}
            | {x.library for x in data.librarians if x.library},
        ),
        ("--grade", tuple(g for g in sel.grades if ix.grade(g) is None), set(ix.profiles)),
        ("--competency", sel.competencies, set(ix.competencies)),
        ("--librarian", sel.librarians, set(ix.librarians)),
    )
    for option, given, names in known:
        for value in given:
            if value not in names:
                raise _unknown("report.error.unknown-filter", value, names, option=option)


def find_librarian(ix: Index, text: str) -> Librarian:
    """A librarian by id, or by a name that only one librarian has (any case)."""
    if text in ix.librarians:
        return ix.librarians[text]
    named = [lib for lib in ix.librarians.values() if lib.name.casefold() == text.casefold()]
    if len(named) == 1:
        return named[0]
    raise _unknown("report.error.unknown-librarian", text, ix.librarians)


def _unknown(key: str, value: str, known: Iterable[str], **args: str) -> PustakaError:
    """A refusal naming what is unknown, and the nearest known name when one is close;
    with several folders read, an id of one of them is the closest (``pusat`` ->
    ``bukittinggi/pusat``)."""
    names = sorted(known)
    qualified = [n for n in names if n.endswith(CITY_SEPARATOR + value)]
    close = qualified[0] if qualified else suggest(value, names)
    if close:
        return PustakaError(key + "-suggest", value=value, suggestion=close, **args)
    return PustakaError(key, value=value, **args)


@dataclass(frozen=True, slots=True)
class ProgressResult:
    start: dt.date
    end: dt.date
    people: tuple[growth.PersonProgress, ...]
    proficiency: tuple[growth.Proficiency, ...]


@dataclass(frozen=True, slots=True)
class TrainingsResult:
    outcomes: tuple[programme.Outcome, ...]
    cancelled: tuple[programme.Cancellation, ...] = ()


@dataclass(frozen=True, slots=True)
class FeedbackResult:
    libraries: tuple[satisfaction.Trend, ...]
    services: tuple[satisfaction.Trend, ...]


@dataclass(frozen=True, slots=True)
class MentoringResult:
    pairs: tuple[mentoring.Pair, ...]


def progress(data: Dataset, ix: Index, req: Request) -> ProgressResult:
    """Levels at the period's start and end, and what happened between, per librarian."""
    start, end = req.period.start, req.period_as_of
    people = staff_during(data, ix, req.selection, req.period)
    assessor = Assessor.of(data, ix)
    found = growth.progress(
        data,
        assessor,
        people,
        competencies(data, req.selection),
        jp.credits(data, end),
        start,
        end,
    )
    return ProgressResult(start, end, *found)


def trainings(data: Dataset, ix: Index, req: Request) -> TrainingsResult:
    """Every activity overlapping the period (with a filter: those the selected staff took)."""
    sel = req.selection
    who = None
    if sel.libraries or sel.grades or sel.librarians:
        who = {lib.id for lib in staff_during(data, ix, sel, req.period)}
    found = programme.outcomes(
        data.trainings, Assessor.of(data, ix), req.period.start, req.period.end, req.as_of, who
    )
    called_off = programme.cancellations(data.trainings, req.period.start, req.period.end, who)
    if sel.competencies:
        chosen = {t.id for t in developing(data.trainings, sel)}
        found = tuple(o for o in found if o.training.id in chosen)
        called_off = tuple(c for c in called_off if c.training.id in chosen)
    return TrainingsResult(found, called_off)


def feedback(data: Dataset, ix: Index, req: Request) -> FeedbackResult:
    """User feedback per library and per service, per year of the period, with the trend;
    the feedback the filters select (``about``), up to the period's end or as-of."""
    sel = req.selection
    who = {lib.id for lib in staff_during(data, ix, sel, req.period)}
    items = [f for f in about(data.feedback, who, sel) if f.date <= req.period_as_of]
    years = req.period.years
    libs = sel.libraries
    return FeedbackResult(
        satisfaction.trends(items, years, False, libs, data.settings.feedback_scale_max),
        satisfaction.trends(items, years, True, libs, data.settings.feedback_scale_max),
    )


def mentoring_pairs(data: Dataset, ix: Index, req: Request) -> MentoringResult:
    """Mentoring pairs overlapping the period, with the mentees' progress."""
    sel = req.selection
    who = None
    if sel.libraries or sel.grades or sel.librarians:
        who = {lib.id for lib in staff_during(data, ix, sel, req.period)}
    mentees = {m.mentee for m in data.mentoring}  # levels are asked only about them
    found = mentoring.pairs(
        data.mentoring,
        ix,
        Assessor.of(data, ix, mentees),
        req.period.start,
        req.period_as_of,
        data.settings.minutes_per_jp,
        who,
        req.target,
    )
    if sel.competencies:  # the pairs mentoring a selected competency, and only those levels
        found = tuple(
            dataclasses.replace(
                p,
                competencies=tuple(
                    pair for pair in p.competencies if pair[1].competency in sel.competencies
                ),
            )
            for p in found
            if any(c in sel.competencies for c, _ in p.mentoring.competencies)
        )
    return MentoringResult(found)


@dataclass(frozen=True, slots=True)
class PromotionResult:
    people: tuple[careers_promotion.Readiness, ...]


def promotion(data: Dataset, ix: Index, req: Request) -> PromotionResult:
    """Angka kredit in the grade and readiness for the next, per librarian on staff on the
    as-of date (domain/promotion.py)."""
    people = staff(data, ix, req.selection, req.as_of)
    return PromotionResult(careers_promotion.readiness(data, ix, people, req.as_of))


def developing(trainings: Iterable[Training], sel: Selection) -> tuple[Training, ...]:
    """The activities a competency filter selects: those that develop one of them."""
    if not sel.competencies:
        return tuple(trainings)
    return tuple(t for t in trainings if any(r.competency in sel.competencies for r in t.develops))


def about(
    feedback: Iterable[Feedback], who: Collection[str], sel: Selection
) -> tuple[Feedback, ...]:
    """The feedback the filters select: of a selected library, and with a librarian or
    grade filter, naming (``librarian``) one of the staff ``who`` that it selects."""
    return tuple(
        f
        for f in feedback
        if (not sel.libraries or (f.library or "") in sel.libraries)
        and (not (sel.librarians or sel.grades) or f.librarian in who)
    )


# --- which filters each report honours ------------------------------------------------

FILTERS = ("library", "grade", "competency", "librarian", "year", "from", "to", "as-of", "target")
"""Every filter a report may be given, as its option is named without the dashes."""

# What each report cannot honour, and why (the message ``report.error.unused.<why>``):
# giving it is refused, for a filter that changed nothing would have the report claim a
# selection it never made (issue 12).
_UNUSED: dict[str, dict[str, str]] = {
    "summary": {},
    "gaps": {"year": "one-day", "from": "one-day", "to": "one-day"},
    "progress": {"target": "current-grade"},
    "hours": {"competency": "hours-competency", "target": "no-profile"},
    "trainings": {"target": "no-profile"},
    "feedback": {"competency": "feedback-competency", "target": "no-profile"},
    "mentoring": {},
    "explain": {},
    "promotion": {
        "year": "one-day",
        "from": "one-day",
        "to": "one-day",
        "competency": "promotion-profile",
        "target": "promotion-target",
    },
    "budget": {
        "library": "budget-whole",
        "grade": "budget-whole",
        "competency": "budget-whole",
        "librarian": "budget-whole",
        "target": "no-profile",
    },
    "needs": {},
    "performance": {"competency": "performance-competency"},
    "certificates": {
        "competency": "certificates-competency",
        "target": "no-profile",
        "year": "one-day",
        "from": "one-day",
        "to": "one-day",
    },
}

# Reports that count whole calendar years (the JP obligation, the yearly user scores):
# their period starts on 1 January.
_WHOLE_YEARS = ("summary", "hours", "feedback", "budget", "needs")
# Reports about one calendar year (a budget year, a year's plan).
_ONE_YEAR = ("summary", "budget", "needs")


def check_filters(kind: str, given: Collection[str], req: Request) -> None:
    """Refuse a filter report ``kind`` would not honour, naming why (a usage error).

    >>> check_filters("gaps", {"year"}, req)  # raises: gaps shows levels on one day
    """
    name = (
        "pustaka explain"
        if kind == "explain"
        else ("pustaka report" if kind == "summary" else f"pustaka report {kind}")
    )
    if req.expiring is not None and kind != "certificates":
        raise UsageError("report.error.unused.certificates-only", report=name, option="--expiring")
    for option in FILTERS:
        why = _UNUSED.get(kind, {}).get(option)
        if option in given and why is not None:
            raise UsageError(f"report.error.unused.{why}", report=name, option=f"--{option}")
    start, end = req.period.start, req.period.end
    if "from" in given and kind in _WHOLE_YEARS and (start.month, start.day) != (1, 1):
        raise UsageError("report.error.unused.whole-years", report=name, start=start)
    if kind in _ONE_YEAR and start.year != end.year:
        raise UsageError("report.error.unused.one-year", report=name, start=start, end=end)


# --- money and needs (domain/budget.py, domain/needs.py) ------------------------------


def budget_of_year(data: Dataset, ix: Index, req: Request) -> money.YearBudget:
    """The budget of the period's year on the as-of date (``domain/budget.py``)."""
    return money.of_year(data, req.period.end.year, req.as_of)


def needs(data: Dataset, ix: Index, req: Request) -> training_needs.Needs:
    """The training needs of the selected staff for the period's year, levels on as-of."""
    people = staff(data, ix, req.selection, req.as_of)
    comps = competencies(data, req.selection)
    year = req.period.end.year
    return training_needs.needs(data, ix, people, comps, year, req.as_of, req.target)


# --- performance and certificates ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class PerformanceResult:
    years: tuple[int, ...]
    people: tuple[performance.Performance, ...]


def performance_gap(data: Dataset, ix: Index, req: Request) -> PerformanceResult:
    """Each selected librarian's appraisals over the period's years (at least three up to
    its end), their trend, attributed feedback and core gaps on the as-of date."""
    people = staff_during(data, ix, req.selection, req.period)
    years = performance.years_shown(req.period.start, req.period.end)
    found = performance.performance(data, ix, people, years, req.period_as_of, req.target)
    return PerformanceResult(years, found)


@dataclass(frozen=True, slots=True)
class CertificatesResult:
    held: tuple[papers.Held, ...]
    expiring: tuple[papers.Held, ...] | None  # None: no --expiring given
    window_end: dt.date | None


def certificates(data: Dataset, ix: Index, req: Request) -> CertificatesResult:
    """The certificates the selected staff hold on the as-of date; with ``--expiring``,
    those that lapse within the window."""
    who = {lib.id for lib in staff(data, ix, req.selection, req.as_of)}
    found = papers.held(data, req.as_of, who)
    if req.expiring is None:
        return CertificatesResult(found, None, None)
    soon = papers.expiring(found, req.as_of, req.expiring)
    return CertificatesResult(found, soon, req.expiring.end(req.as_of))

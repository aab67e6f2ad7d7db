"""Report results as documents, in one language: titles, headers, rows of typed cells.

Every writer (terminal, Markdown, CSV, JSON, HTML, XLSX) lays out the same document
(``render.document``), so a number means the same in each. NIPs are masked here unless ``show_nip``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain import programme, reports, standing
from pustaka_cli.domain.hours import Credit, Hours
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Gap, Judged
from pustaka_cli.domain.satisfaction import Score, Trend
from pustaka_cli.i18n import Translator
from pustaka_cli.model import CITY_SEPARATOR, Dataset, Librarian, city_code
from pustaka_cli.render import document as d
from pustaka_cli.render import performance as appraisal
from pustaka_cli.render.cells import nip_text, number
from pustaka_cli.render.columns import person_columns

C = d.Column


@dataclass(frozen=True, slots=True)
class Context:
    """What every view needs besides its results."""

    data: Dataset
    ix: Index
    request: reports.Request
    t: Translator
    show_nip: bool = False

    @property
    def lang(self) -> str:
        return self.t.lang

    def library(self, library_id: str | None) -> str:
        if library_id == "*":
            return self.t("report.all-libraries")
        if library_id and library_id.endswith(CITY_SEPARATOR + "*"):  # a city's subtotal
            return self.t("report.city-all", city=city_code(library_id))
        for lib in self.data.settings.libraries:
            if lib.id == library_id:
                return lib.name
        return library_id or "-"

    def grade(self, text: str | None) -> str:
        profile = self.ix.profile(text)
        return profile.name.get(self.lang) if profile else (text or "-")

    def competency(self, competency_id: str) -> str:
        found = self.ix.competencies.get(competency_id)
        return found.name.get(self.lang) if found else competency_id

    def nip(self, lib: Librarian) -> str | None:
        return nip_text(lib.nip, self.show_nip)

    def word(self, field: str, value: str | None) -> str | None:
        """A vocabulary value by its name: ``pns`` -> ``PNS``, ``baik`` -> ``Baik``."""
        if value is None:
            return None
        # Activity types are already named for plans and IDPs: one name for each.
        key = f"plan.type.{value}" if field == "type" else f"report.value.{field}.{value}"
        return self.t(key) if self.t.has(key) else value


def indicators_table(
    t: Translator, owner: d.Column, indicators: Sequence[tuple[d.Cell, ...]]
) -> d.Table:
    """The success indicators of activities or events (``owner``: the column naming whose):
    target, achieved, unit and whether it was met; one table shape for both reports."""
    return d.Table(
        "indicators",
        t("report.trainings.indicators"),
        (
            owner,
            C("indicator", t("report.col.indicator")),
            C("target", t("report.col.target-value"), d.NUMBER),
            C("achieved", t("report.col.achieved"), d.NUMBER),
            C("unit", t("report.col.unit")),
            C("met", t("report.col.indicator-met")),
        ),
        tuple(indicators),
        empty=t("report.trainings.no-indicators"),
    )


def parameters(
    ctx: Context, *, period: bool, as_of: bool = True
) -> tuple[tuple[str, str, d.Cell], ...]:
    t, req = ctx.t, ctx.request
    out: list[tuple[str, str, d.Cell]] = [
        ("organisation", t("report.param.organisation"), ctx.data.settings.organisation)
    ]
    if as_of:
        out.append(("as_of", t("report.param.as-of"), req.as_of))
    if period:
        out.append(("from", t("report.param.from"), req.period.start))
        out.append(("to", t("report.param.to"), req.period.end))
    if req.target:
        out.append(("target", t("report.param.target"), True))
    sel = req.selection
    for key, values in (
        ("library", sel.libraries),
        ("grade", sel.grades),
        ("competency", sel.competencies),
        ("librarian", sel.librarians),
    ):
        if values:
            out.append((key, t(f"report.param.{key}"), ", ".join(values)))
    return tuple(out)


# --- summary --------------------------------------------------------------------------


def summary(ctx: Context, result: reports.SummaryResult) -> d.Document:
    """The one-screen summary: per library, staff by grade, largest gaps."""
    t = ctx.t
    rows: list[tuple[d.Cell, ...]] = []
    grades: list[tuple[d.Cell, ...]] = []
    top: list[tuple[d.Cell, ...]] = []
    for s in result.libraries:
        name = ctx.library(s.library)
        rows.append(
            (
                s.library,
                name,
                s.staff,
                s.meeting,
                _percent(s.meeting, s.staff),
                s.below,
                _percent(s.below, s.staff),
                s.unknown,
                _percent(s.unknown, s.staff),
                f"{s.meeting}/{s.below}/{s.unknown}",
                s.jp_met,
                s.jp_with_target,
                _percent(s.jp_met, s.jp_with_target),
                f"{s.jp_met}/{s.jp_with_target}",
                s.activities,
                s.cancelled,
                f"{s.activities} ({s.cancelled})" if s.cancelled else str(s.activities),
                s.completion,
                s.satisfaction.mean,
                s.satisfaction.index,
                s.satisfaction.grade,
                s.satisfaction.surveys,
                s.satisfaction.respondents,
                _change(s.satisfaction.mean, s.satisfaction_before.mean),
            )
        )
        top.extend(
            (
                s.library,
                name,
                s.library,
                v.competency.id,
                v.needed,
                v.below,
                v.total_gap,
                v.mean_gap,
                v.unknown,
            )
            for v in s.top_gaps
        )
    # Several cities: a column per city and one for all (a column per library would not fit).
    shown = [s for s in result.libraries if not ctx.data.cities or s.library.endswith("*")]
    # Staff by grade as one row per grade and one column per library: a screen, not a list.
    order = [g for s in result.libraries if s.library == "*" for g, _ in s.by_grade] or [
        g for s in result.libraries for g, _ in s.by_grade
    ]
    counts = {s.library: dict(s.by_grade) for s in result.libraries}
    for grade in order:
        grades.append((grade, ctx.grade(grade), *(counts[s.library].get(grade, 0) for s in shown)))
    grade_columns = tuple(
        C(s.library or "-", t("report.all") if s.library == "*" else ctx.library(s.library), d.INT)
        for s in shown
    )
    year = result.year
    return d.Document(
        report="summary",
        title=t("report.summary.title", year=year),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "libraries",
                t("report.summary.libraries"),
                (
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("name", t("report.col.library")),
                    C("staff", t("report.col.staff"), d.INT),
                    C("meeting", t("report.col.meeting-staff"), d.INT, export_only=True),
                    C("meeting_percent", t("report.col.meeting"), d.PERCENT, export_only=True),
                    C("below", t("report.col.below-staff"), d.INT, export_only=True),
                    C("below_percent", t("report.col.below-percent"), d.PERCENT, export_only=True),
                    C("unknown", t("report.col.unknown-staff"), d.INT, export_only=True),
                    C(
                        "unknown_percent",
                        t("report.col.unknown-percent"),
                        d.PERCENT,
                        export_only=True,
                    ),
                    C("profile", t("report.col.profile"), terminal_only=True),
                    C("jp_met", t("report.col.jp-met"), d.INT, export_only=True),
                    C("jp_with_target", t("report.col.jp-with-target"), d.INT, export_only=True),
                    C("jp_percent", t("report.col.jp-percent"), d.PERCENT, export_only=True),
                    C("jp", t("report.col.jp-met"), d.INT, terminal_only=True),
                    C("activities", t("report.col.activities"), d.INT, export_only=True),
                    C("cancelled", t("report.col.cancelled"), d.INT, export_only=True),
                    C(
                        "activities_cancelled",
                        t("report.col.activities-cancelled"),
                        d.INT,
                        terminal_only=True,
                    ),
                    C("completion_percent", t("report.col.completion"), d.PERCENT),
                    C("satisfaction", t("report.col.satisfaction"), d.NUMBER),
                    C("satisfaction_ikm", t("report.col.ikm"), d.NUMBER, export_only=True),
                    C("satisfaction_grade", t("report.col.ikm-grade"), d.ID, export_only=True),
                    C("satisfaction_surveys", t("report.col.surveys"), d.INT, export_only=True),
                    C(
                        "satisfaction_respondents",
                        t("report.col.respondents"),
                        d.INT,
                        export_only=True,
                    ),
                    C("satisfaction_change", t("report.col.change"), d.CHANGE),
                ),
                tuple(rows),
                notes=(t("report.summary.note", year=year, previous=year - 1),),
                empty=t("report.empty"),
                chart=d.Chart(
                    "name", ("meeting_percent", "jp_percent", "completion_percent"), maximum=100
                ),
            ),
            d.Table(
                "grades",
                t("report.summary.grades"),
                (
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
                    C("grade_name", t("report.col.grade")),
                    *grade_columns,
                ),
                tuple(grades),
                empty=t("report.empty"),
            ),
            d.Table(
                "top_gaps",
                t("report.summary.top-gaps"),
                (
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("library_name", t("report.col.library"), export_only=True),
                    # the terminal's short name: a full one would wrap every row
                    C("library_short", t("report.col.library"), d.ID, terminal_only=True),
                    C("competency", t("report.col.competency"), d.ID),
                    C("needed", t("report.col.needed"), d.INT),
                    C("below", t("report.col.below"), d.INT, export_only=True),
                    C("total_gap", t("report.col.total-gap"), d.INT),
                    C("mean_gap", t("report.col.mean-gap"), d.NUMBER),
                    C("unknown", t("report.col.unknown"), d.INT),
                ),
                tuple(top),
                notes=(t("report.summary.top-gaps-note"),),
                empty=t("report.summary.no-gaps"),
            ),
        ),
    )


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _change(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else round(now - before, 2)


# --- gaps -----------------------------------------------------------------------------


def gaps(ctx: Context, result: reports.GapsResult) -> d.Document:
    """The gap matrix and the per-competency view."""
    t = ctx.t
    # Cells are immutable and take few distinct values: one object per value, shared.
    shared: dict[tuple[int | None, int | None, int | None], d.MatrixCell] = {}
    grades: dict[str | None, str | None] = {}  # a handful of grades among 10,000 staff
    places: dict[str | None, str] = {}
    width = len(result.competencies)
    m = result.levels
    rows = []
    for i, lib in enumerate(result.staff):
        cells: list[d.Cell] = []
        below = unknown = 0
        # The numbers come staff-major: each person's are the next ``width`` of them.
        mine = slice(i * width, (i + 1) * width)
        for key in zip(m.current[mine], m.required[mine], m.gaps[mine], strict=True):
            gap = key[2]
            cell = shared.get(key)
            if cell is None:
                cell = shared[key] = d.MatrixCell(*key)
            cells.append(cell)
            if gap is None:
                unknown += 1
            elif gap > 0:
                below += 1
        if lib.grade not in grades:
            grades[lib.grade] = ctx.ix.grade(lib.grade) or lib.grade
        if lib.library not in places:
            places[lib.library] = ctx.library(lib.library)
        rows.append(
            (
                lib.id,
                lib.name,
                lib.library,
                places[lib.library],
                lib.library,
                grades[lib.grade],
                ctx.grade(lib.grade),
                ctx.nip(lib),
                *cells,
                below,
                unknown,
            )
        )
    matrix_columns = (
        *person_columns(t),
        # In the terminal the library shows only when there is more than one.
        C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
        C("library_name", t("report.col.library"), export_only=True),
        # The terminal names the library by its short id, and only when there are several:
        # its full name would take three lines a person in 80 columns.
        C(
            "library_short",
            t("report.col.library"),
            d.ID,
            terminal_only=True,
            export_only=len({lib.library for lib in result.staff}) <= 1,
        ),
        C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
        C("grade_name", t("report.col.grade"), export_only=True),
        C("nip", t("report.col.nip"), d.NIP, export_only=True),
        *(C(c.id, c.id, d.MATRIX) for c in result.competencies),
        C("below", t("report.col.below"), d.INT),
        C("unknown", t("report.col.unknown"), d.INT, export_only=True),
    )
    coverage_rows = tuple(
        (
            v.competency.id,
            v.competency.name.get(ctx.lang),
            v.competency.holders,
            v.required,
            v.met,
            v.below,
            v.unknown,
            v.mean_gap,
            v.needed,
            v.few,
            _names([lib.name for lib in v.closest]),
            ",".join(lib.id for lib in v.closest),
        )
        for v in result.coverage
    )
    basis = "report.gaps.basis-target" if ctx.request.target else "report.gaps.basis-grade"
    return d.Document(
        report="gaps",
        title=t("report.gaps.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=False),
        body=(
            d.Table(
                "matrix",
                t("report.gaps.matrix"),
                matrix_columns,
                tuple(rows),
                notes=(t("report.gaps.matrix-note"), t(basis)),
                empty=t("report.empty"),
            ),
            d.Table(
                "competencies",
                t("report.gaps.competencies"),
                (
                    C("competency", t("report.col.competency"), d.ID),
                    C("name", t("report.col.competency-name"), export_only=True),
                    C("holders", t("report.col.holders"), d.INT, export_only=True),
                    C("required", t("report.col.required-staff"), d.INT),
                    C("met", t("report.col.met"), d.INT),
                    C("below", t("report.col.below"), d.INT),
                    C("unknown", t("report.col.unknown"), d.INT),
                    C("mean_gap", t("report.col.mean-gap"), d.NUMBER),
                    C("needed", t("report.col.needed"), d.INT),
                    C("few", t("report.col.few"), export_only=True),
                    C("closest", t("report.col.closest")),
                    C(
                        "closest_ids",
                        t("report.col.closest-ids"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                ),
                coverage_rows,
                notes=(t("report.gaps.coverage-note"),),
                empty=t("report.empty"),
                chart=d.Chart(
                    "competency", ("met", "below", "unknown"), stacked=True, palette="gaps"
                ),
            ),
        ),
        notes=(rule_note(ctx),),
    )


def _names(names: list[str], most: int = 3) -> str:
    shown = ", ".join(names[:most])
    return shown + (f", +{len(names) - most}" if len(names) > most else "")


def rule_note(ctx: Context) -> str:
    rule = ctx.data.settings.levels
    t = ctx.t
    return t(
        "report.rule-note",
        combine=t(f"report.combine.{rule.combine}"),
        sources=", ".join(t(f"report.kind.{k}") for k in rule.sources if t.has(f"report.kind.{k}")),
        pass_score=number(rule.pass_score, ctx.lang),
    )


# --- hours ----------------------------------------------------------------------------


def hours(ctx: Context, result: reports.HoursResult) -> d.Document:
    """JP per librarian per year, who is short of a minimum, who went above a ceiling, and
    what was converted from minutes."""
    t = ctx.t
    ordered = sorted(result.hours, key=lambda h: h.year)
    rows = tuple(
        (
            h.librarian.id,
            h.librarian.name,
            h.librarian.library,
            ctx.nip(h.librarian),
            h.librarian.employment,
            ctx.word("employment", h.librarian.employment),
            h.year,
            h.basis,
            h.start,
            h.end,
            h.klasikal,
            h.nonklasikal,
            h.total,
            h.target,
            h.maximum,
            _jp_rule(h),
            h.shortfall,
            h.met,
            h.excess,
            h.over,
            h.not_counted,
        )
        for h in ordered
    )
    short = tuple(
        (h.librarian.id, h.librarian.name, h.year, h.total, h.target, h.shortfall)
        for h in sorted(
            (h for h in result.hours if h.shortfall),
            key=lambda h: (
                h.year,
                -(h.shortfall or 0),
                h.librarian.name.casefold(),
                h.librarian.id,
            ),
        )
    )
    ceilings = tuple(
        (
            h.librarian.id,
            h.librarian.name,
            h.year,
            h.basis,
            h.start,
            h.end,
            h.total,
            h.maximum,
            h.excess,
            h.over,
        )
        for h in sorted(
            (h for h in result.hours if h.maximum is not None),
            key=lambda h: (h.year, -(h.excess or 0), h.librarian.name.casefold(), h.librarian.id),
        )
    )
    converted: dict[tuple[str, str], tuple[str, str, int, float, int]] = {}
    for h in result.hours:
        for c in h.credits:
            if c.minutes is not None and c.source == "training":
                key = (c.ref, c.title)
                old = converted.get(key)
                converted[key] = (c.ref, c.title, c.minutes, c.jp, (old[4] if old else 0) + 1)
    per_jp = ctx.data.settings.minutes_per_jp
    return d.Document(
        report="hours",
        title=t("report.hours.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "hours",
                t("report.hours.table"),
                (
                    *person_columns(t),
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("nip", t("report.col.nip"), d.NIP, export_only=True),
                    C(
                        "employment",
                        t("report.col.employment-code"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("employment_name", t("report.col.employment"), export_only=True),
                    C("year", t("report.col.year"), d.ID),
                    C("period", t("report.col.jp-period"), d.ID, export_only=True),
                    C("from", t("report.col.from"), d.DATE, export_only=True),
                    C("to", t("report.col.to"), d.DATE, export_only=True),
                    C("klasikal", t("report.col.klasikal"), d.JP),
                    C("nonklasikal", t("report.col.nonklasikal"), d.JP),
                    C("total", t("report.col.total-jp"), d.JP),
                    C("target", t("report.col.target-jp"), d.INT, export_only=True),
                    C("maximum", t("report.col.maximum-jp"), d.INT, export_only=True),
                    C("rule", t("report.col.jp-rule"), terminal_only=True),
                    C("shortfall", t("report.col.shortfall"), d.JP),
                    C("met", t("report.col.target-met"), export_only=True),
                    C("excess", t("report.col.excess"), d.JP),
                    C("over", t("report.col.over"), export_only=True),
                    C("not_counted", t("report.col.not-counted"), d.JP, export_only=True),
                ),
                rows,
                notes=(t("report.hours.note"), t("report.hours.rules")),
                empty=t("report.empty"),
                chart=d.Chart(
                    "name+year" if len(result.years) > 1 else "name",
                    ("klasikal", "nonklasikal"),
                    target="target",
                    stacked=True,
                ),
            ),
            d.Table(
                "shortfalls",
                t("report.hours.shortfalls"),
                (
                    *person_columns(t),
                    C("year", t("report.col.year"), d.ID),
                    C("total", t("report.col.total-jp"), d.JP),
                    C("target", t("report.col.target-jp"), d.INT),
                    C("shortfall", t("report.col.shortfall"), d.JP),
                ),
                short,
                empty=t("report.hours.nobody-short"),
            ),
            d.Table(
                "ceilings",
                t("report.hours.ceilings"),
                (
                    C("librarian", t("report.col.librarian-id"), d.ID, export_only=True),
                    C("name", t("report.col.name")),
                    C("year", t("report.col.year"), d.ID, export_only=True),
                    C("period", t("report.col.jp-period"), d.ID, export_only=True),
                    C("from", t("report.col.from"), d.DATE),
                    C("to", t("report.col.to"), d.DATE),
                    C("total", t("report.col.total-jp"), d.JP),
                    C("maximum", t("report.col.maximum-jp"), d.INT),
                    C("excess", t("report.col.excess"), d.JP),
                    C("over", t("report.col.over"), export_only=True),
                ),
                ceilings,
                notes=(t("report.hours.ceilings-note"),),
                empty=t("report.hours.no-ceilings"),
            ),
            d.Table(
                "converted",
                t("report.hours.converted", minutes=per_jp),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title")),
                    C("minutes", t("report.col.minutes"), d.INT),
                    C("jp", t("report.col.jp"), d.JP),
                    C("participants", t("report.col.participants"), d.INT),
                ),
                tuple(converted[k] for k in sorted(converted)),
                empty=t("report.hours.none-converted"),
            ),
            _listing(ctx, result),
            appraisal.learning_table(ctx, result.hours),
        ),
    )


def _listing(ctx: Context, result: reports.HoursResult) -> d.Table:
    """Every counted JP, one row per person and activity, in the columns a BKPSDM asks
    for (domain/jp_listing.py); each person's rows add up to their total above."""
    t = ctx.t
    rows = []
    for e in sorted(result.listing, key=lambda e: e.year):
        title = e.title
        if e.type == "mentoring":
            names = ", ".join(ctx.competency(c) for c in e.mentored)
            title = t("report.listing.mentoring-title", competencies=names or "-")
        rows.append(
            (
                e.librarian.id,
                ctx.nip(e.librarian),
                e.librarian.name,
                e.year,
                e.category,
                ctx.word("category", e.category),
                e.type,
                ctx.word("type", e.type),
                title,
                e.organiser,
                e.start,
                e.end,
                e.reported,
                e.certificate,
                e.credit.source,
                e.credit.ref,
            )
        )
    return d.Table(
        "listing",
        t("report.listing.title"),
        (
            C("librarian", t("report.col.librarian-id"), d.ID, export_only=True, machine=True),
            C("nip", t("report.col.nip"), d.NIP, export_only=True),
            C("name", t("report.col.name")),
            C("year", t("report.col.year"), d.ID, export_only=True),
            C("category", t("report.col.category-code"), d.ID, export_only=True, machine=True),
            C("category_name", t("report.col.category"), export_only=True),
            C("type", t("report.col.type-code"), d.ID, export_only=True, machine=True),
            C("type_name", t("report.col.type")),
            C("title", t("report.col.title")),
            C("organiser", t("report.col.organiser"), export_only=True),
            C("start", t("report.col.start"), d.DATE),
            C("end", t("report.col.end"), d.DATE, export_only=True),
            C("jp", t("report.col.jp"), d.JP),
            C("certificate", t("report.col.certificate-number"), d.ID, export_only=True),
            C("source", t("report.col.source-code"), d.ID, export_only=True, machine=True),
            C("activity", t("report.col.activity-id"), d.ID, export_only=True, machine=True),
        ),
        tuple(rows),
        notes=(t("report.listing.note"),),
        empty=t("report.listing.empty"),
    )


def _jp_rule(h: Hours) -> str | None:
    """The rule in a few characters: "≥20", "≤24", "10-24"; None without one."""
    if h.minimum is not None and h.maximum is not None:
        return f"{h.minimum}-{h.maximum}"
    if h.minimum is not None:
        return f"≥{h.minimum}"
    if h.maximum is not None:
        return f"≤{h.maximum}"
    return None


# --- explain --------------------------------------------------------------------------


def explain(ctx: Context, result: reports.ExplainResult) -> d.Document:
    """One librarian: each level with its evidence and verdicts, and the year's JP."""
    t = ctx.t
    who = result.librarian
    levels: list[tuple[d.Cell, ...]] = []
    evidence: list[tuple[d.Cell, ...]] = []
    for g in result.gaps:
        levels.append(
            (
                g.competency,
                ctx.competency(g.competency),
                g.current.level,
                g.required.level,
                g.gap,
                g.required.grade,
                g.required.basis,
                g.current.rule,
                _why(ctx, g),
            )
        )
        evidence.extend(_evidence_row(ctx, g, j) for j in g.current.judged)
    credits = tuple(_credit_row(ctx, c) for c in result.hours.credits)
    h = result.hours
    params: tuple[tuple[str, str, d.Cell], ...] = (
        ("librarian", t("report.param.librarian"), f"{who.name} ({who.id})"),
        ("nip", t("report.col.nip"), ctx.nip(who)),
        ("library", t("report.col.library"), ctx.library(who.library)),
        ("grade", t("report.col.grade"), ctx.grade(who.grade)),
        (
            "target_grade",
            t("report.param.target-grade"),
            ctx.grade(who.target_grade) if who.target_grade else None,
        ),
        ("as_of", t("report.param.as-of"), ctx.request.as_of),
    )
    if ctx.request.target:
        params = (*params, ("target", t("report.param.target"), True))
    return d.Document(
        report="explain",
        title=t("report.explain.title", name=who.name),
        lang=ctx.lang,
        parameters=params,
        body=(
            d.Table(
                "levels",
                t("report.explain.levels"),
                (
                    C("competency", t("report.col.competency"), d.ID),
                    C("name", t("report.col.competency-name"), export_only=True),
                    C("current", t("report.col.current"), d.LEVEL),
                    C("required", t("report.col.required"), d.LEVEL),
                    C("gap", t("report.col.gap"), d.GAP),
                    C("required_by", t("report.col.required-by"), d.ID, export_only=True),
                    C(
                        "required_basis",
                        t("report.col.required-basis"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("rule", t("report.col.rule"), d.ID, export_only=True, machine=True),
                    C("why", t("report.col.why")),
                ),
                tuple(levels),
                empty=t("report.empty"),
            ),
            d.Table(
                "evidence",
                t("report.explain.evidence"),
                (
                    C("competency", t("report.col.competency"), d.ID),
                    C("date", t("report.col.date"), d.DATE),
                    C("kind", t("report.col.kind")),
                    C("kind_code", t("report.col.kind-code"), d.ID, export_only=True, machine=True),
                    C("level", t("report.col.level"), d.LEVEL),
                    C("source", t("report.col.source"), export_only=True),
                    C("valid_until", t("report.col.valid-until"), d.DATE, export_only=True),
                    C("verdict", t("report.col.verdict")),
                    C(
                        "verdict_code",
                        t("report.col.verdict-code"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("where", t("report.col.where"), d.ID),
                ),
                tuple(evidence),
                empty=t("report.explain.no-evidence"),
            ),
            d.Table(
                "hours",
                _explain_hours_title(ctx, h),
                (
                    C("date", t("report.col.date"), d.DATE),
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("category", t("report.col.category")),
                    C(
                        "category_code",
                        t("report.col.category-code"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("jp", t("report.col.jp"), d.JP),
                    C("minutes", t("report.col.minutes"), d.INT, export_only=True),
                    C("verdict", t("report.col.verdict")),
                    C(
                        "verdict_code",
                        t("report.col.verdict-code"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("where", t("report.col.where"), export_only=True),
                ),
                credits,
                empty=t("report.explain.no-hours"),
            ),
        ),
        notes=(rule_note(ctx),),
    )


def _explain_hours_title(ctx: Context, h: Hours) -> str:
    """ "JP 2025: 30 of a target of 20", or over a contract year against a ceiling."""
    t = ctx.t
    total = number(h.total, ctx.lang)
    if h.basis == "contract":
        rule = _jp_rule(h) or "-"
        return t(
            "report.explain.hours-contract",
            start=h.start.isoformat(),
            end=h.end.isoformat(),
            total=total,
            rule=rule,
        )
    if h.minimum is None and h.maximum is not None:
        return t("report.explain.hours-ceiling", year=h.year, total=total, maximum=h.maximum)
    return t(
        "report.explain.hours",
        year=h.year,
        total=total,
        target=h.target if h.target is not None else "-",
    )


def _why(ctx: Context, g: Gap) -> str:
    t = ctx.t
    level = g.current
    if level.chosen is None:
        return t(f"report.why.{level.rule}")
    e = level.chosen
    return t(
        "report.why.chosen",
        rule=t(f"report.combine.{level.rule}"),
        kind=t(f"report.kind.{e.kind}"),
        date=e.date.isoformat() if e.date else "-",
    ) + (f" ({e.source})" if e.source else "")


def _evidence_row(ctx: Context, g: Gap, j: Judged) -> tuple[d.Cell, ...]:
    e = j.evidence
    chosen = "chosen" if e is g.current.chosen else "counted"
    code = chosen if j.counts else j.reason or ""
    return (
        e.competency,
        e.date,
        ctx.t(f"report.kind.{e.kind}"),
        e.kind,
        e.level,
        e.source,
        j.valid_until,
        ctx.t(f"report.verdict.{code}"),
        code,
        _where(e.loc.path, e.loc.line),
    )


def _credit_row(ctx: Context, c: Credit) -> tuple[d.Cell, ...]:
    code = c.reason or "counted"
    return (
        c.date,
        c.ref,
        ctx.t(f"report.category.{c.category}"),
        c.category,
        c.jp,
        c.minutes,
        ctx.t(f"report.verdict.{code}"),
        code,
        _where(c.loc.path, c.loc.line),
    )


def _where(path: str, line: int) -> str:
    return f"{path}:{line}" if line else path


# --- progress -------------------------------------------------------------------------


def progress(ctx: Context, result: reports.ProgressResult) -> d.Document:
    """Per librarian progress over the period, and proficiency per competency."""
    t = ctx.t
    people = tuple(
        (
            p.librarian.id,
            p.librarian.name,
            p.librarian.library,
            p.open_at_start,
            p.unknown_at_start,
            _with_unknown(p.open_at_start, p.unknown_at_start),
            p.open_at_end,
            p.unknown_at_end,
            _with_unknown(p.open_at_end, p.unknown_at_end),
            p.closed,
            p.opened,
            p.raised,
            p.baseline,
            p.lapsed,
            p.activities,
            p.jp,
            p.skp_before,
            p.skp_after,
            ctx.word("predicate", p.skp_before),
            ctx.word("predicate", p.skp_after),
        )
        for p in result.people
    )
    baselines = tuple(
        (p.librarian.id, p.librarian.name, p.first_assessed, p.baseline, p.baseline_gaps)
        for p in result.people
        if p.baseline
    )
    shares = tuple(
        (
            s.competency.id,
            s.competency.name.get(ctx.lang),
            s.staff,
            s.at_start,
            s.unknown_start,
            s.share_start,
            s.at_end,
            s.unknown_end,
            s.share_end,
            None
            if s.share_start is None or s.share_end is None
            else round(s.share_end - s.share_start, 1),
        )
        for s in result.proficiency
    )
    level = ctx.data.settings.levels.proficient_level
    return d.Document(
        report="progress",
        title=t("report.progress.title"),
        lang=ctx.lang,
        parameters=(
            *parameters(ctx, period=False),
            ("start", t("report.param.start"), result.start),
            ("end", t("report.param.end"), result.end),
        ),
        body=(
            d.Table(
                "librarians",
                t("report.progress.librarians"),
                (
                    *person_columns(t),
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("gaps_start", t("report.col.gaps-start"), d.INT, export_only=True),
                    C("unknown_start", t("report.col.unknown-start"), d.INT, export_only=True),
                    C("gaps_start_text", t("report.col.gaps-start"), terminal_only=True),
                    C("gaps_end", t("report.col.gaps-end"), d.INT, export_only=True),
                    C("unknown_end", t("report.col.unknown-end"), d.INT, export_only=True),
                    C("gaps_end_text", t("report.col.gaps-end"), terminal_only=True),
                    C("closed", t("report.col.closed"), d.INT),
                    C("opened", t("report.col.opened"), d.INT),
                    C("raised", t("report.col.raised"), d.INT),
                    C("baseline", t("report.col.baseline"), d.INT, export_only=True),
                    C("lapsed", t("report.col.lapsed"), d.INT, export_only=True),
                    C("activities", t("report.col.activities"), d.INT),
                    C("jp", t("report.col.jp"), d.JP),
                    C(
                        "skp_before",
                        t("report.col.skp-before-code"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("skp", t("report.col.skp-code"), d.ID, export_only=True, machine=True),
                    C("skp_before_name", t("report.col.skp-before"), export_only=True),
                    C("skp_name", t("report.col.skp"), export_only=True),
                ),
                people,
                notes=(t("report.progress.note"),),
                empty=t("report.empty"),
            ),
            d.Table(
                "baselines",
                t("report.progress.baselines"),
                (
                    *person_columns(t),
                    C("first_assessed", t("report.col.first-assessed"), d.DATE),
                    C("competencies", t("report.col.baseline"), d.INT),
                    C("gaps", t("report.col.baseline-gaps"), d.INT),
                ),
                baselines,
                notes=(t("report.progress.baselines-note"),),
                empty=t("report.progress.no-baselines"),
            ),
            d.Table(
                "proficiency",
                t("report.progress.proficiency", level=level),
                (
                    C("competency", t("report.col.competency"), d.ID),
                    C("name", t("report.col.competency-name"), export_only=True),
                    C("staff", t("report.col.staff"), d.INT, export_only=True),
                    C("at_start", t("report.col.at-start"), d.INT, export_only=True),
                    C("unknown_start", t("report.col.unknown-start"), d.INT),
                    C("share_start", t("report.col.share-start"), d.PERCENT),
                    C("at_end", t("report.col.at-end"), d.INT, export_only=True),
                    C("unknown_end", t("report.col.unknown-end"), d.INT),
                    C("share_end", t("report.col.share-end"), d.BAR),
                    C("change", t("report.col.change-points"), d.CHANGE),
                ),
                shares,
                notes=(t("report.progress.proficiency-note"),),
                empty=t("report.empty"),
                chart=d.Chart("competency", ("share_start", "share_end"), maximum=100),
            ),
        ),
        notes=(rule_note(ctx),),
    )


def _with_unknown(gaps: int, unknown: int) -> str:
    # "3" or "3 +19?": known open gaps, and how many competencies are not yet assessed.
    return f"{gaps} +{unknown}?" if unknown else str(gaps)


# --- trainings ------------------------------------------------------------------------


def trainings(ctx: Context, result: reports.TrainingsResult) -> d.Document:
    """Per activity: seats, completion, post-test, ratings, costs, indicators, levels,
    attendance per participant."""
    from pustaka_cli.render import people  # it builds on this module's Context

    t = ctx.t
    rows = []
    costs = []
    indicators = []
    changes = []
    for o in result.outcomes:
        tr = o.training
        rows.append(
            (
                tr.id,
                tr.title,
                tr.type,
                ctx.word("type", tr.type),
                tr.start,
                tr.last_day,
                o.jp,
                tr.capacity,
                o.seated,
                f"{o.seated}/{tr.capacity}" if tr.capacity is not None else str(o.seated),
                o.waitlisted,
                o.withdrawn,
                o.completed,
                o.failed,
                o.completion,
                o.mean_score,
                o.passed,
                o.mean_rating,
                o.mean_before,
                o.mean_after,
                o.improved,
                o.guests,
                o.reach,
            )
        )
        costs.append(
            (
                tr.id,
                tr.cost,
                o.seated,
                o.reach,
                o.cost_per_participant,
                o.jp,
                o.cost_per_jp,
            )
        )
        for ind in tr.indicators:
            indicators.append(
                (
                    tr.id,
                    ind.text.get(ctx.lang),
                    ind.target,
                    ind.achieved,
                    ind.unit,
                    programme.achieved(ind),
                )
            )
        # Per developed competency, not per person: a programme view (explain has the people).
        for ref in tr.develops:
            mine = [c for c in o.changes if c.competency == ref.competency]
            before = [c.before for c in mine if c.before is not None]
            after = [c.after for c in mine if c.after is not None]
            changes.append(
                (
                    tr.id,
                    ref.competency,
                    ref.level,
                    len(mine),
                    _mean(before),
                    len(after),
                    _mean(after),
                    sum(standing.raised(c.before, c.after) for c in mine),
                )
            )
    cancelled = tuple(
        (
            c.training.id,
            c.training.title,
            c.training.start,
            c.training.last_day,
            c.training.status,
            c.reason,
            len(c.to_tell),
            _names([_person(ctx, who) for who in c.to_tell], most=len(c.to_tell)),
            ",".join(c.to_tell),
        )
        for c in result.cancelled
    )
    currency = ctx.data.settings.currency
    sel = ctx.request.selection
    # A staff filter chooses activities; an activity's figures stay those of all who took it.
    chosen = (
        (t("report.trainings.staff-selected"),)
        if sel.libraries or sel.grades or sel.librarians
        else ()
    )
    return d.Document(
        report="trainings",
        title=t("report.trainings.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "activities",
                t("report.trainings.activities"),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("type", t("report.col.type-code"), d.ID, export_only=True, machine=True),
                    C("type_name", t("report.col.type"), export_only=True),
                    C("start", t("report.col.start"), d.DATE, export_only=True),
                    C("end", t("report.col.end"), d.DATE, export_only=True),
                    C("jp", t("report.col.jp"), d.JP),
                    C("capacity", t("report.col.capacity"), d.INT, export_only=True),
                    C("enrolled", t("report.col.enrolled"), d.INT, export_only=True),
                    C("seats", t("report.col.enrolled-of"), d.INT, terminal_only=True),
                    C("waitlisted", t("report.col.waitlisted"), d.INT),
                    C("withdrawn", t("report.col.withdrawn"), d.INT, export_only=True),
                    C("completed", t("report.col.completed"), d.INT),
                    C("failed", t("report.col.failed"), d.INT, export_only=True),
                    C("completion_percent", t("report.col.completion"), d.PERCENT),
                    C("mean_score", t("report.col.post-test"), d.NUMBER),
                    C("passed", t("report.col.passed"), d.INT, export_only=True),
                    C("mean_rating", t("report.col.rating"), d.NUMBER),
                    C("level_before", t("report.col.before"), d.NUMBER, export_only=True),
                    C("level_after", t("report.col.after"), d.NUMBER, export_only=True),
                    C("improved", t("report.col.improved"), d.INT, export_only=True),
                    C("outside", t("report.col.outside"), d.INT, export_only=True),
                    C("reach", t("report.col.reach"), d.INT, export_only=True),
                ),
                tuple(rows),
                notes=(t("report.trainings.note"),),
                empty=t("report.empty"),
                chart=d.Chart("activity", ("completion_percent",), maximum=100),
            ),
            d.Table(
                "costs",
                t("report.trainings.costs", currency=currency),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("cost", t("report.col.cost"), d.MONEY),
                    C("enrolled", t("report.col.enrolled"), d.INT),
                    C("reach", t("report.col.reach"), d.INT),
                    C("cost_per_participant", t("report.col.cost-per-participant"), d.MONEY),
                    C("jp", t("report.col.jp"), d.JP),
                    C("cost_per_jp", t("report.col.cost-per-jp"), d.MONEY),
                ),
                tuple(costs),
                empty=t("report.empty"),
            ),
            indicators_table(t, C("activity", t("report.col.activity-id"), d.ID), indicators),
            d.Table(
                "levels",
                t("report.trainings.levels"),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("competency", t("report.col.competency"), d.ID),
                    C("aim", t("report.col.aim"), d.LEVEL, export_only=True),
                    C("completed", t("report.col.completed"), d.INT),
                    C("before", t("report.col.before"), d.NUMBER),
                    C("assessed_after", t("report.col.assessed-after"), d.INT),
                    C("after", t("report.col.after"), d.NUMBER),
                    C("improved", t("report.col.raised"), d.INT),
                ),
                tuple(changes),
                empty=t("report.empty"),
            ),
            d.Table(
                "cancelled",
                t("report.trainings.cancelled"),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("start", t("report.col.start"), d.DATE),
                    C("end", t("report.col.end"), d.DATE, export_only=True),
                    C("state", t("report.col.state"), d.ID, export_only=True),
                    C("reason", t("report.col.reason")),
                    C("to_tell_count", t("report.col.enrolled"), d.INT, export_only=True),
                    C("to_tell", t("report.col.to-tell")),
                    C("to_tell_ids", t("report.col.to-tell-ids"), d.ID, export_only=True),
                ),
                cancelled,
                notes=(t("report.trainings.cancelled-note"),),
                empty=t("report.trainings.none-cancelled"),
            ),
            people.attendance_table(ctx, result.outcomes),
        ),
        notes=chosen,
    )


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _person(ctx: Context, librarian_id: str) -> str:
    found = ctx.ix.librarians.get(librarian_id)
    return found.name if found else librarian_id


# --- feedback -------------------------------------------------------------------------


def feedback(ctx: Context, result: reports.FeedbackResult) -> d.Document:
    """User feedback per library and per service, per year, with the trend."""
    t = ctx.t

    def respondents(score: Score) -> int | None:
        # no survey gives a count: unknown, not 0
        return None if score.uncounted and score.uncounted == score.surveys else score.respondents

    def rows(items: tuple[Trend, ...], service: bool) -> tuple[tuple[d.Cell, ...], ...]:
        return tuple(
            (
                x.library,
                ctx.library(x.library),
                *((x.library, x.service) if service else ()),
                x.year,
                x.score.mean,
                x.score.index,
                x.score.grade,
                _ikm_text(x.score, ctx.lang),
                x.score.surveys,
                f"{x.score.surveys}{'*' if x.score.uncounted else ''}",
                # no survey gives a count: unknown, not 0
                *((respondents(x.score),) * 2),
                x.score.uncounted,
                x.score.basis,
                x.previous.mean,
                x.previous.index,
                x.change,
            )
            for x in items
        )

    def columns(service: bool) -> tuple[d.Column, ...]:
        return (
            C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
            C("library_name", t("report.col.library"), export_only=service),
            # Per service, the terminal names the library by its id (the names are in the
            # table above): a service row stays one line at 80 columns.
            *(
                (C("library_short", t("report.col.library"), d.ID, terminal_only=True),)
                if service
                else ()
            ),
            *((C("service", t("report.col.service"), d.ID),) if service else ()),
            C("year", t("report.col.year"), d.ID),
            C("score", t("report.col.score"), d.NUMBER),
            C("ikm", t("report.col.ikm"), d.NUMBER, export_only=True),
            C("grade", t("report.col.ikm-grade"), d.ID, export_only=True),
            C("ikm_grade", t("report.col.ikm"), terminal_only=True),
            C("surveys", t("report.col.surveys"), d.INT, export_only=True),
            C("surveys_marked", t("report.col.surveys"), d.INT, terminal_only=True),
            C("respondents", t("report.col.respondents"), d.INT, export_only=service),
            # per service the terminal is narrower: a short header
            C(
                "respondents_shown",
                t("report.col.respondents-short"),
                d.INT,
                terminal_only=True,
                export_only=not service,
            ),
            C("uncounted", t("report.col.uncounted"), d.INT, export_only=True),
            C("basis", t("report.col.basis"), d.ID, export_only=True),
            C("previous", t("report.col.previous"), d.NUMBER, export_only=service),
            C("previous_ikm", t("report.col.previous-ikm"), d.NUMBER, export_only=True),
            C("change", t("report.col.change"), d.CHANGE),
        )

    scale = ctx.data.settings.feedback_scale_max
    ikm = "report.feedback.ikm-note" if scale == 4 else "report.feedback.no-ikm-note"
    sel = ctx.request.selection
    # With a librarian or grade filter only the feedback naming one of them is counted.
    named = (t("report.feedback.named-only"),) if sel.librarians or sel.grades else ()
    return d.Document(
        report="feedback",
        title=t("report.feedback.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "libraries",
                t("report.feedback.libraries"),
                columns(False),
                rows(result.libraries, False),
                notes=(
                    t("report.feedback.note", scale=scale),
                    t(ikm, scale=scale),
                    t("report.feedback.marked"),
                ),
                empty=t("report.empty"),
            ),
            d.Table(
                "services",
                t("report.feedback.services"),
                columns(True),
                rows(result.services, True),
                empty=t("report.empty"),
            ),
        ),
        notes=named,
    )


def _ikm_text(s: Score, lang: str) -> str | None:
    """ "82,03 B": the IKM index and its grade, for the terminal."""
    return None if s.index is None else f"{number(s.index, lang)} {s.grade}"


# --- mentoring ------------------------------------------------------------------------


def mentoring(ctx: Context, result: reports.MentoringResult) -> d.Document:
    """Mentoring pairs and the mentees' levels in the mentored competencies."""
    t = ctx.t
    pairs = tuple(
        (
            p.mentoring.id,
            p.mentoring.mentor,
            _person(ctx, p.mentoring.mentor),
            p.mentoring.mentee,
            _person(ctx, p.mentoring.mentee),
            p.mentoring.start,
            p.mentoring.end,
            p.sessions,
            p.minutes,
            p.jp,
            p.raised,
        )
        for p in result.pairs
    )
    levels = tuple(
        (
            p.mentoring.id,
            _person(ctx, p.mentoring.mentee),
            then.competency,
            then.current.level,
            now.current.level,
            now.required.level,
            now.gap,
        )
        for p in result.pairs
        for then, now in p.competencies
    )
    return d.Document(
        report="mentoring",
        title=t("report.mentoring.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "pairs",
                t("report.mentoring.pairs"),
                (
                    C("mentoring", t("report.col.mentoring-id"), d.ID),
                    C("mentor", t("report.col.mentor-id"), d.ID, export_only=True, machine=True),
                    C("mentor_name", t("report.col.mentor")),
                    C("mentee", t("report.col.mentee-id"), d.ID, export_only=True, machine=True),
                    C("mentee_name", t("report.col.mentee")),
                    C("start", t("report.col.start"), d.DATE, export_only=True),
                    C("end", t("report.col.end"), d.DATE, export_only=True),
                    C("sessions", t("report.col.sessions"), d.INT),
                    C("minutes", t("report.col.minutes"), d.INT, export_only=True),
                    C("jp", t("report.col.jp"), d.JP),
                    C("raised", t("report.col.raised"), d.INT),
                ),
                pairs,
                notes=(t("report.mentoring.note"),),
                empty=t("report.empty"),
            ),
            d.Table(
                "competencies",
                t("report.mentoring.competencies"),
                (
                    C("mentoring", t("report.col.mentoring-id"), d.ID),
                    C("mentee_name", t("report.col.mentee")),
                    C("competency", t("report.col.competency"), d.ID),
                    C("level_start", t("report.col.level-start"), d.LEVEL),
                    C("level_now", t("report.col.level-now"), d.LEVEL),
                    C("required", t("report.col.required"), d.LEVEL),
                    C("gap", t("report.col.gap"), d.GAP),
                ),
                levels,
                empty=t("report.empty"),
            ),
        ),
        notes=(rule_note(ctx),),
    )


# --- dispatch -------------------------------------------------------------------------

# The sub-reports, as the command line lists them (cli/commands/report.py keeps the same
# tuple so that --help need not import this module; a test keeps them equal).
REPORTS = (
    "summary",
    "gaps",
    "progress",
    "hours",
    "trainings",
    "feedback",
    "mentoring",
    "promotion",
    "budget",
    "needs",
    "performance",
    "certificates",
    "events",
)


def report(kind: str, ctx: Context) -> d.Document:
    """Compute the report ``kind`` for the context's request and lay it out."""
    from pustaka_cli.render import people  # it builds on this module's Context

    data, ix, req = ctx.data, ctx.ix, ctx.request
    if kind == "gaps":
        return gaps(ctx, reports.gaps(data, ix, req))
    if kind == "hours":
        return hours(ctx, reports.hours(data, ix, req))
    if kind == "progress":
        return progress(ctx, reports.progress(data, ix, req))
    if kind == "trainings":
        return trainings(ctx, reports.trainings(data, ix, req))
    if kind == "feedback":
        return feedback(ctx, reports.feedback(data, ix, req))
    if kind == "mentoring":
        return mentoring(ctx, reports.mentoring_pairs(data, ix, req))
    if kind == "promotion":
        from pustaka_cli.render.promotion import promotion

        return promotion(ctx, reports.promotion(data, ix, req))
    if kind in ("budget", "needs"):
        from pustaka_cli.render import money

        if kind == "budget":
            return money.budget(ctx, reports.budget_of_year(data, ix, req))
        return money.needs(ctx, reports.needs(data, ix, req))
    if kind in ("performance", "certificates"):
        return appraisal.report(kind, ctx)
    if kind == "events":
        return people.events(ctx, reports.events(data, ix, req))
    return summary(ctx, reports.summary(data, ix, req))

"""The documents of ``report budget`` and ``report needs`` (domain/budget.py,
domain/needs.py), laid out like every other report (``render.views``)."""

from __future__ import annotations

from collections.abc import Iterable

from pustaka_cli.domain import budget as money
from pustaka_cli.domain import needs as training_needs
from pustaka_cli.render import document as d
from pustaka_cli.render.views import Context, parameters

C = d.Column

TOTAL = "*"  # the key of a total row, as "*" is every library in the summary


def _source(ctx: Context, source: str | None) -> str:
    if source == TOTAL:
        return ctx.t("report.budget.total")
    if source is None:
        return ctx.t("report.budget.no-source")
    return ctx.word("budget_source", source) or source


def budget(ctx: Context, result: money.YearBudget) -> d.Document:
    """Allocated, committed, spent and remaining per source; every activity of the year
    with what it counts for; the cancelled ones with their reason; those without a cost."""
    t = ctx.t
    lines = []
    for x in result.lines:
        lines.append(
            (
                x.source,
                _source(ctx, x.source),
                "; ".join(x.references) or None,
                x.allocated,
                x.committed,
                x.spent,
                x.remaining,
                x.activities,
                x.unpriced,
                _line_note(ctx, x.allocated, x.remaining),
            )
        )
    lines.append(
        (
            TOTAL,
            _source(ctx, TOTAL),
            None,
            result.allocated,
            result.committed,
            result.spent,
            result.remaining,
            sum(x.activities for x in result.lines),
            sum(x.unpriced for x in result.lines),
            _line_note(ctx, result.allocated, result.remaining),
        )
    )
    items = tuple(
        (
            i.training.id,
            i.training.title,
            i.training.start,
            i.training.last_day,
            i.state,
            t(f"report.budget.state.{i.state}"),
            i.source,
            _source(ctx, i.source),
            i.training.cost,
            i.training.actual_cost,
            i.amount,
            i.basis,
            _basis(ctx, i),
        )
        for i in result.items
    )
    cancelled = tuple(
        (i.training.id, i.training.title, i.training.start, i.reason, i.amount)
        for i in result.cancelled
    )
    unpriced = tuple(
        (
            i.training.id,
            i.training.title,
            i.training.start,
            i.state,
            t(f"report.budget.state.{i.state}"),
            _source(ctx, i.source),
            _where(i),
        )
        for i in result.unpriced
    )
    currency = ctx.data.settings.currency
    return d.Document(
        report="budget",
        title=t("report.budget.title", year=result.year),
        lang=ctx.lang,
        parameters=(
            *parameters(ctx, period=False),
            ("year", t("report.col.year"), str(result.year)),
        ),
        body=(
            d.Table(
                "sources",
                t("report.budget.sources", currency=currency),
                (
                    C("source", t("report.col.source-code"), d.ID, export_only=True, machine=True),
                    C("source_name", t("report.col.budget-source")),
                    C("reference", t("report.col.budget-reference"), export_only=True),
                    C("allocated", t("report.col.allocated"), d.MONEY),
                    C("committed", t("report.col.committed"), d.MONEY),
                    C("spent", t("report.col.spent"), d.MONEY),
                    C("remaining", t("report.col.remaining"), d.MONEY),
                    C("activities", t("report.col.activities"), d.INT, export_only=True),
                    C("unpriced", t("report.col.unpriced"), d.INT),
                    C("note", t("report.col.note")),
                ),
                tuple(lines),
                notes=(t("report.budget.note"),),
                empty=t("report.budget.empty"),
                chart=d.Chart(
                    "source_name", ("spent", "committed"), target="allocated", stacked=True
                ),
            ),
            d.Table(
                "activities",
                t("report.budget.activities", currency=currency),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("start", t("report.col.start"), d.DATE),
                    C("end", t("report.col.end"), d.DATE, export_only=True),
                    C("state", t("report.col.state"), d.ID, export_only=True, machine=True),
                    C("state_name", t("report.col.budget-state")),
                    C("source", t("report.col.source-code"), d.ID, export_only=True, machine=True),
                    C("source_name", t("report.col.budget-source"), export_only=True),
                    C("cost", t("report.col.cost"), d.MONEY, export_only=True),
                    C("actual_cost", t("report.col.actual-cost"), d.MONEY, export_only=True),
                    C("amount", t("report.col.counted"), d.MONEY),
                    C("basis", t("report.col.basis-code"), d.ID, export_only=True, machine=True),
                    C("basis_name", t("report.col.amount-basis")),
                ),
                items,
                empty=t("report.budget.no-activities"),
            ),
            d.Table(
                "cancelled",
                t("report.budget.cancelled"),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("start", t("report.col.start"), d.DATE),
                    C("reason", t("report.col.reason")),
                    C("paid", t("report.col.paid-anyway"), d.MONEY),
                ),
                cancelled,
                empty=t("report.budget.none-cancelled"),
            ),
            d.Table(
                "unpriced",
                t("report.budget.unpriced"),
                (
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("start", t("report.col.start"), d.DATE),
                    C("state", t("report.col.state"), d.ID, export_only=True, machine=True),
                    C("state_name", t("report.col.budget-state")),
                    C("source_name", t("report.col.budget-source"), export_only=True),
                    C("where", t("report.col.where"), d.ID),
                ),
                unpriced,
                notes=(t("report.budget.unpriced-note"),) if unpriced else (),
                empty=t("report.budget.none-unpriced"),
            ),
        ),
        notes=(t("report.budget.rules"),),
    )


def _line_note(ctx: Context, allocated: float | None, remaining: float | None) -> str | None:
    if allocated is None:
        return ctx.t("report.budget.not-allocated")
    if remaining is not None and remaining < 0:
        return ctx.t("report.budget.over")
    return None


def _basis(ctx: Context, i: money.Item) -> str:
    if i.basis is not None:
        return ctx.t(f"report.budget.basis.{i.basis}")
    if i.state == money.CANCELLED:
        return ctx.t("report.budget.basis.nothing")
    return ctx.t("report.budget.basis.unpriced")


def _where(i: money.Item) -> str:
    loc = i.training.src.loc
    return f"{loc.path}:{loc.line}"


# --- needs ----------------------------------------------------------------------------


def needs(ctx: Context, result: training_needs.Needs) -> d.Document:
    """Per competency x grade x library: who needs it, the suggested form, JP and cost,
    in the shape of an annual plan submission; and the totals per grade."""
    t = ctx.t
    # The SKKNI unit only when the framework names one: else a column of dashes.
    with_skkni = any(n.competency.skkni_ref for n in result.needs)
    skkni = (
        (C("skkni_ref", t("report.col.skkni-ref"), d.ID, export_only=True),) if with_skkni else ()
    )
    rows = []
    estimates: dict[tuple[str, str], tuple[d.Cell, ...]] = {}
    per_grade: dict[str | None, list[training_needs.Need]] = {}
    for number, n in enumerate(result.needs, start=1):
        e = n.estimate
        someone = bool(n.people)
        rows.append(
            (
                number,
                n.competency.id,
                ctx.competency(n.competency.id),
                *((n.competency.skkni_ref,) if with_skkni else ()),
                n.grade,
                ctx.grade(n.grade) if n.grade else None,
                n.library,
                ctx.library(n.library),
                len(n.people),
                len(n.planned),
                n.to_plan,
                n.unassessed,
                n.gap_max if someone else None,
                n.form if someone else None,
                ctx.word("category", n.form) if someone else None,
                e.type if someone else None,
                ctx.word("type", e.type) if someone else None,
                e.jp if someone else None,
                n.jp_total if someone else None,
                e.cost_per_jp if someone else None,
                n.cost if someone else None,
                e.basis if someone else None,
                _estimate_basis(ctx, e) if someone else None,
                ", ".join(who.name for who in n.people) or None,
                ",".join(who.id for who in n.people) or None,
            )
        )
        per_grade.setdefault(n.grade, []).append(n)
        if someone:
            estimates[(n.competency.id, n.form)] = (
                n.competency.id,
                ctx.competency(n.competency.id),
                n.form,
                ctx.word("category", n.form),
                e.type,
                ctx.word("type", e.type),
                e.jp,
                e.cost_per_jp,
                e.basis,
                _estimate_basis(ctx, e),
            )
    grades = tuple(
        (
            grade,
            ctx.grade(grade) if grade else None,
            sum(len(n.people) for n in group),
            sum(n.to_plan for n in group),
            _known_sum(n.jp_total for n in group),
            _known_sum(n.cost for n in group),
        )
        for grade, group in sorted(per_grade.items(), key=lambda kv: _grade_order(ctx, kv[0]))
    )
    grades += (
        (
            TOTAL,
            t("report.budget.total"),
            result.people,
            result.to_plan,
            result.jp_total,
            result.cost,
        ),
    )
    currency = ctx.data.settings.currency
    notes = [t("report.needs.rules")]
    if result.unestimated:
        notes.append(t("report.needs.unestimated", rows=result.unestimated))
    return d.Document(
        report="needs",
        title=t("report.needs.title", year=result.year),
        lang=ctx.lang,
        parameters=(
            *parameters(ctx, period=False),
            ("year", t("report.col.year"), str(result.year)),
        ),
        body=(
            d.Table(
                "needs",
                t("report.needs.table", currency=currency),
                (
                    C("number", t("report.col.number"), d.INT, export_only=True),
                    C(
                        "competency",
                        t("report.col.competency"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("competency_name", t("report.col.competency-name")),
                    *skkni,
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
                    C("grade_name", t("report.col.grade")),
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("library_name", t("report.col.library"), export_only=True),
                    C("people", t("report.col.people-in-need"), d.INT),
                    C("planned", t("report.col.already-planned"), d.INT, export_only=True),
                    C("to_plan", t("report.col.to-plan"), d.INT),
                    C("unassessed", t("report.col.unassessed"), d.INT, export_only=True),
                    C(
                        "gap_max",
                        t("report.col.largest-gap"),
                        d.GAP,
                        export_only=True,
                        machine=True,
                    ),
                    C("form", t("report.col.category-code"), d.ID, export_only=True, machine=True),
                    C("form_name", t("report.col.form")),
                    C("type", t("report.col.type-code"), d.ID, export_only=True, machine=True),
                    C("type_name", t("report.col.suggested-type"), export_only=True),
                    C(
                        "jp_per_person",
                        t("report.col.jp-per-person"),
                        d.JP,
                        export_only=True,
                        machine=True,
                    ),
                    C("jp_total", t("report.col.jp-total"), d.JP),
                    C(
                        "cost_per_jp",
                        t("report.col.cost-per-jp"),
                        d.MONEY,
                        export_only=True,
                        machine=True,
                    ),
                    C("cost", t("report.col.estimated-cost"), d.MONEY),
                    C("basis", t("report.col.basis-code"), d.ID, export_only=True, machine=True),
                    C("basis_name", t("report.col.estimate-basis"), export_only=True, machine=True),
                    C("names", t("report.col.who"), export_only=True, machine=True),
                    C("ids", t("report.col.who-ids"), d.ID, export_only=True, machine=True),
                ),
                tuple(rows),
                empty=t("report.needs.empty"),
            ),
            d.Table(
                "grades",
                t("report.needs.grades", currency=currency),
                (
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
                    C("grade_name", t("report.col.grade")),
                    C("people", t("report.col.people-in-need"), d.INT),
                    C("to_plan", t("report.col.to-plan"), d.INT),
                    C("jp_total", t("report.col.jp-total"), d.JP),
                    C("cost", t("report.col.estimated-cost"), d.MONEY),
                ),
                grades,
                notes=(t("report.needs.grades-note"),),
            ),
            d.Table(
                "estimates",
                t("report.needs.estimates", currency=currency),
                (
                    C(
                        "competency",
                        t("report.col.competency"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("competency_name", t("report.col.competency-name")),
                    C("form", t("report.col.category-code"), d.ID, export_only=True, machine=True),
                    C("form_name", t("report.col.form")),
                    C("type", t("report.col.type-code"), d.ID, export_only=True, machine=True),
                    C("type_name", t("report.col.suggested-type"), export_only=True),
                    C("jp_per_person", t("report.col.jp-per-person"), d.JP),
                    C("cost_per_jp", t("report.col.cost-per-jp"), d.MONEY),
                    C("basis", t("report.col.basis-code"), d.ID, export_only=True, machine=True),
                    C("basis_name", t("report.col.estimate-basis")),
                ),
                tuple(estimates.values()),
                empty=t("report.needs.empty"),
            ),
        ),
        notes=tuple(notes),
    )


def _grade_order(ctx: Context, grade: str | None) -> tuple[int, int, str]:
    """The order of the profiles: by rank, then as written."""
    for i, p in enumerate(ctx.data.profiles):
        if p.grade == grade:
            return (p.rank, i, "")
    return (1 << 30, 0, grade or "")


def _estimate_basis(ctx: Context, e: training_needs.Estimate) -> str:
    if e.basis == training_needs.UNKNOWN:
        return ctx.t("report.needs.basis.unknown")
    return ctx.t(f"report.needs.basis.{e.basis}", activities=e.activities)


def _known_sum(values: Iterable[float | None]) -> float | None:
    """The sum of the known values; None when none is known (never a made-up 0)."""
    known = [v for v in values if v is not None]
    return round(sum(known), 2) if known else None

"""The documents of ``report performance`` and ``report certificates``.

Beside ``render/views.py`` (whose ``report`` dispatches here), built the same way: one
``Document`` per report, typed cells, every missing figure said as missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pustaka_cli.domain import performance as pf
from pustaka_cli.domain import reports
from pustaka_cli.domain.certificates import Held
from pustaka_cli.domain.hours import Hours
from pustaka_cli.domain.satisfaction import Score
from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d
from pustaka_cli.render.cells import number
from pustaka_cli.render.columns import person_columns

if TYPE_CHECKING:  # views imports this module: its names are for the type checker only
    from pustaka_cli.render.views import Context

C = d.Column


def parameters(ctx: Context, *, period: bool) -> tuple[tuple[str, str, d.Cell], ...]:
    from pustaka_cli.render import views

    return views.parameters(ctx, period=period)


def report(kind: str, ctx: Context) -> d.Document:
    """``performance`` or ``certificates`` for the context's request."""
    data, ix, req = ctx.data, ctx.ix, ctx.request
    if kind == "performance":
        return performance(ctx, reports.performance_gap(data, ix, req))
    return certificates(ctx, reports.certificates(data, ix, req))


# --- performance ----------------------------------------------------------------------


def predicate(ctx: Context, value: str | None) -> str:
    """A predicate's name, or "no SKP recorded" — never a zero."""
    return predicate_name(ctx.t, value)


def predicate_name(t: Translator, value: str | None) -> str:
    key = f"report.value.predicate.{value}"
    return t(key) if value is not None and t.has(key) else value or t("careers.no-skp")


def priority_text(ctx: Context, p: pf.Performance) -> str:
    return priority_sentence(ctx.t, p)


def priority_sentence(t: Translator, p: pf.Performance) -> str:
    """The development priority in words, with its reason: the same sentence in
    ``report performance``, ``recommend``, ``plan`` and ``idp``."""
    return t(
        f"careers.priority.{p.priority}",
        predicate=predicate_name(t, p.predicate),
        year=p.latest.year if p.latest else "",
        gaps=", ".join(g.competency for g in p.core_gaps),
    )


def _trend(ctx: Context, y: pf.Year | None) -> str | None:
    if y is None or y.trend is None:
        return None
    return ctx.t(f"careers.trend.{y.trend}")


def _feedback(ctx: Context, score: Score) -> str:
    if score.mean is None:
        return ctx.t("careers.no-feedback")
    return ctx.t("careers.feedback-text", mean=number(score.mean, ctx.lang), surveys=score.surveys)


def performance(ctx: Context, result: reports.PerformanceResult) -> d.Document:
    """Per librarian: the latest SKP, its trend, attributed feedback, core gaps and the
    development priority; per year; and each SKP indicator's target and result."""
    t = ctx.t
    order = {name: i for i, name in enumerate(pf.PRIORITIES)}
    people = sorted(
        result.people,
        key=lambda p: (order[p.priority], p.librarian.name.casefold(), p.librarian.id),
    )
    rows = tuple(
        (
            p.librarian.id,
            p.librarian.name,
            p.librarian.library,
            ctx.grade(p.librarian.grade),
            p.latest.year if p.latest else None,
            p.predicate,
            predicate(ctx, p.predicate),
            pf.percent(p.predicate),
            p.latest.trend if p.latest else None,
            _trend(ctx, p.latest),
            p.feedback.mean,
            p.feedback.surveys,
            _feedback(ctx, p.feedback),
            len(p.core_gaps),
            ", ".join(g.competency for g in p.core_gaps) or "-",
            p.priority,
            ctx.t(f"careers.priority-short.{p.priority}"),
            priority_text(ctx, p),
        )
        for p in people
    )
    years = tuple(
        (
            p.librarian.id,
            p.librarian.name,
            y.year,
            y.predicate,
            predicate(ctx, y.predicate),
            y.percent,
            y.trend,
            _trend(ctx, y),
            y.indicators_met if y.indicators_judged else None,
            y.indicators_judged or None,
            y.feedback.mean,
            y.feedback.surveys,
        )
        for p in sorted(result.people, key=lambda p: (p.librarian.name.casefold(), p.librarian.id))
        for y in p.years
    )
    indicators = tuple(
        (
            p.librarian.id,
            p.librarian.name,
            y.year,
            i.indicator.text,
            i.indicator.target,
            i.indicator.result,
            i.indicator.unit,
            i.achievement,
            i.met,
        )
        for p in sorted(result.people, key=lambda p: (p.librarian.name.casefold(), p.librarian.id))
        for y in p.years
        for i in y.indicators
    )
    first = [p for p in people if p.first]
    lead = (
        t("careers.first-candidates", names=", ".join(p.librarian.name for p in first))
        if first
        else t("careers.no-first-candidates")
    )
    return d.Document(
        report="performance",
        title=t("careers.performance.title"),
        lang=ctx.lang,
        parameters=(
            *parameters(ctx, period=True),
            ("first", t("careers.param.first"), ", ".join(p.librarian.name for p in first) or "-"),
        ),
        body=(
            d.Table(
                "librarians",
                t("careers.performance.librarians"),
                (
                    *person_columns(t),
                    C("library", t("report.col.library-id"), d.ID, export_only=True,
                      machine=True),
                    C("grade", t("report.col.grade"), export_only=True),
                    C("year", t("careers.col.skp-year"), d.ID),
                    C("predicate", t("careers.col.predicate-code"), d.ID, export_only=True,
                      machine=True),
                    C("predicate_name", t("careers.col.predicate")),
                    C("percent", t("careers.col.percent"), d.INT, export_only=True),
                    C("trend", t("careers.col.trend-code"), d.ID, export_only=True,
                      machine=True),
                    C("trend_name", t("careers.col.trend")),
                    C("feedback", t("careers.col.feedback"), d.NUMBER, export_only=True),
                    C("surveys", t("careers.col.surveys"), d.INT, export_only=True),
                    C("feedback_text", t("careers.col.feedback"), terminal_only=True),
                    C("core_gaps", t("careers.col.core-gaps"), d.INT),
                    C("core_competencies", t("careers.col.core-competencies"),
                      export_only=True),
                    C("priority", t("careers.col.priority-code"), d.ID, export_only=True,
                      machine=True),
                    C("priority_name", t("careers.col.priority"), terminal_only=True),
                    C("priority_text", t("careers.col.priority"), export_only=True),
                ),
                rows,
                notes=(lead, t("careers.performance.note"), t("careers.performance.rule")),
                empty=t("report.empty"),
            ),
            d.Table(
                "years",
                t("careers.performance.years"),
                (
                    *person_columns(t),
                    C("year", t("report.col.year"), d.ID),
                    C("predicate", t("careers.col.predicate-code"), d.ID, export_only=True,
                      machine=True),
                    C("predicate_name", t("careers.col.predicate")),
                    C("percent", t("careers.col.percent"), d.INT),
                    C("trend", t("careers.col.trend-code"), d.ID, export_only=True,
                      machine=True),
                    C("trend_name", t("careers.col.trend")),
                    C("indicators_met", t("careers.col.indicators-met"), d.INT),
                    C("indicators", t("careers.col.indicators"), d.INT),
                    C("feedback", t("careers.col.feedback"), d.NUMBER),
                    C("surveys", t("careers.col.surveys"), d.INT, export_only=True),
                ),
                years,
                empty=t("report.empty"),
            ),
            d.Table(
                "indicators",
                t("careers.performance.indicators"),
                (
                    *person_columns(t),
                    C("year", t("report.col.year"), d.ID),
                    C("indicator", t("careers.col.indicator")),
                    C("target", t("careers.col.target"), d.NUMBER),
                    C("result", t("careers.col.result"), d.NUMBER),
                    C("unit", t("careers.col.unit")),
                    C("achievement", t("careers.col.achievement"), d.PERCENT),
                    C("met", t("careers.col.met"), export_only=True),
                ),
                indicators,
                notes=(t("careers.performance.indicators-note"),),
                empty=t("careers.no-indicators"),
            ),
        ),
    )  # fmt: skip


# --- certificates ---------------------------------------------------------------------


def _certificate_row(ctx: Context, h: Held) -> tuple[d.Cell, ...]:
    what = h.scheme if h.kind == "lsp" else h.title
    return (
        h.librarian,
        _person(ctx, h.librarian),
        h.kind,
        ctx.t(f"careers.kind.{h.kind}"),
        h.number,
        what,
        h.source,
        h.date,
        h.until,
        h.status,
        ctx.t(f"careers.status.{h.status}"),
        f"{h.loc.path}:{h.loc.line}",
    )


def _person(ctx: Context, librarian_id: str) -> str:
    found = ctx.ix.librarians.get(librarian_id)
    return found.name if found else librarian_id


def _certificate_columns(ctx: Context) -> tuple[d.Column, ...]:
    t = ctx.t
    return (
        *person_columns(t),
        C("kind", t("careers.col.kind-code"), d.ID, export_only=True, machine=True),
        C("kind_name", t("careers.col.kind")),
        C("number", t("careers.col.number"), d.ID),
        C("about", t("careers.col.about"), export_only=True),
        C("source", t("careers.col.source"), d.ID, export_only=True),
        C("date", t("careers.col.date"), d.DATE),
        C("until", t("careers.col.until"), d.DATE),
        C("status", t("careers.col.status-code"), d.ID, export_only=True, machine=True),
        C("status_name", t("careers.col.status")),
        C("where", t("careers.col.where"), export_only=True),
    )


def certificates(ctx: Context, result: reports.CertificatesResult) -> d.Document:
    """Certificates held on the as-of date; with --expiring, those to recertify."""
    t, req = ctx.t, ctx.request
    columns = _certificate_columns(ctx)
    ordered = sorted(
        result.held, key=lambda h: (_person(ctx, h.librarian).casefold(), h.librarian, h.date
                                    or h.until or req.as_of, h.kind, h.loc)
    )  # fmt: skip
    held = d.Table(
        "certificates",
        t("careers.certificates.table"),
        columns,
        tuple(_certificate_row(ctx, h) for h in ordered),
        notes=(t("careers.certificates.note"),),
        empty=t("careers.no-certificates"),
    )
    params = parameters(ctx, period=False)
    if result.expiring is None or req.expiring is None:
        body: tuple[d.Block, ...] = (held,)
    else:
        params = (
            *params,
            ("expiring", t("careers.param.expiring"), str(req.expiring)),
            ("window_end", t("careers.param.window-end"), result.window_end),
        )
        soon = d.Table(
            "expiring",
            t("careers.certificates.expiring", end=result.window_end),
            columns,
            tuple(_certificate_row(ctx, h) for h in result.expiring),
            notes=(t("careers.certificates.expiring-note"),),
            empty=t("careers.none-expiring"),
        )
        body = (soon, held)
    return d.Document(
        report="certificates",
        title=t("careers.certificates.title"),
        lang=ctx.lang,
        parameters=params,
        body=body,
    )


# --- learning outside the programme, in report hours ------------------------------------


def learning_table(ctx: Context, found: tuple[Hours, ...]) -> d.Table:
    """``report hours``' table of learning outside the programme (domain/learning.py):
    each record within the years shown, its JP and whether they count."""
    t = ctx.t
    rows = tuple(
        (
            h.librarian.id,
            h.librarian.name,
            h.year,
            c.ref,
            c.title,
            c.date,
            c.category,
            t(f"report.category.{c.category}"),
            c.jp,
            c.reason or "counted",
            t(f"report.verdict.{c.reason or 'counted'}"),
        )
        for h in sorted(found, key=lambda h: (h.year, h.librarian.name.casefold(), h.librarian.id))
        for c in h.credits
        if c.source == "learning"
    )
    return d.Table(
        "learning",
        t("careers.hours.learning"),
        (
            *person_columns(t),
            C("year", t("report.col.year"), d.ID, export_only=True),
            C("learning", t("careers.col.learning-id"), d.ID),
            C("title", t("report.col.title"), export_only=True),
            C("date", t("careers.col.date"), d.DATE),
            C("category", t("careers.col.category-code"), d.ID, export_only=True, machine=True),
            C("category_name", t("careers.col.category")),
            C("jp", t("report.col.jp"), d.JP),
            C("verdict", t("careers.col.verdict-code"), d.ID, export_only=True, machine=True),
            C("verdict_name", t("careers.col.verdict")),
        ),
        rows,
        notes=(t("careers.hours.learning-note"),),
        empty=t("careers.hours.no-learning"),
    )

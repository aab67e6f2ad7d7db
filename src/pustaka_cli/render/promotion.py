"""``report promotion`` as a document: angka kredit per grade and readiness per person."""

from __future__ import annotations

from pustaka_cli.domain import promotion as rules
from pustaka_cli.domain import reports
from pustaka_cli.domain.promotion import Readiness
from pustaka_cli.render import document as d
from pustaka_cli.render.cells import number
from pustaka_cli.render.columns import person_columns
from pustaka_cli.render.views import Context, parameters

C = d.Column


def state_text(ctx: Context, r: Readiness) -> str:
    """ "siap", "siap pada TANGGAL dengan predikat sekarang", "belum: ..." and the others."""
    t = ctx.t
    if r.state == rules.READY_ON and r.ready_on is not None:
        return t("promotion.state.ready-on", date=r.ready_on.isoformat())
    if r.state == rules.NOT_YET:
        return t("promotion.state.not-yet", missing="; ".join(_missing(ctx, r)))
    return t(f"promotion.state.{r.state}")


def state_short(ctx: Context, r: Readiness) -> str:
    """The readiness in a few words, for the terminal: "belum: angka kredit, uji, profil"."""
    t = ctx.t
    if r.state == rules.READY_ON and r.ready_on is not None:
        return t("promotion.state.ready-on-short", date=r.ready_on.isoformat())
    if r.state == rules.NOT_YET:
        words = ", ".join(t(f"promotion.short.{what}") for what in r.missing)
        return t("promotion.state.not-yet", missing=words)
    short = f"promotion.state.{r.state}-short"
    return t(short) if t.has(short) else t(f"promotion.state.{r.state}")


def _missing(ctx: Context, r: Readiness) -> list[str]:
    t, lang = ctx.t, ctx.lang
    out = []
    for what in r.missing:
        if what == rules.CREDIT:
            short = number(r.short, lang, 2) if r.short is not None else "-"
            if r.ready_on is not None:
                out.append(t("promotion.missing.credit-on", short=short, date=r.ready_on))
            else:
                out.append(t("promotion.missing.credit", short=short))
        elif what == rules.NO_RULE:
            grade = ctx.grade(r.next.grade) if r.next else "-"
            out.append(t("promotion.missing.no-rule", grade=grade))
        elif what == rules.PROFILE:
            grade = ctx.grade(r.next.grade) if r.next else "-"
            if r.below:
                out.append(t("promotion.missing.profile", count=r.below, grade=grade))
            if r.unassessed:
                out.append(t("promotion.missing.unassessed", count=r.unassessed))
        else:
            out.append(t(f"promotion.missing.{what}"))
    return out


def _test(ctx: Context, r: Readiness) -> str | None:
    e = r.test
    if e is None:
        return None
    if e.kind == "lsp":
        until = e.expires.isoformat() if e.expires else "-"
        return ctx.t("promotion.test.lsp", day=e.date, until=until)
    return ctx.t("promotion.test.uji", day=e.date)


def promotion(ctx: Context, result: reports.PromotionResult) -> d.Document:
    """Per librarian: credit in the grade against what the next grade needs, the test and
    the profile, and the readiness; per year: the credit and how it was worked out."""
    t = ctx.t
    people = tuple(
        (
            r.librarian.id,
            r.librarian.name,
            r.librarian.library,
            ctx.library(r.librarian.library),
            r.profile.grade if r.profile else r.librarian.grade,
            ctx.grade(r.librarian.grade),
            r.since,
            r.next.grade if r.next else None,
            ctx.grade(r.next.grade) if r.next else None,
            r.predicate,
            ctx.word("predicate", r.predicate),
            r.credit,
            r.need_rank,
            r.need_grade,
            r.short,
            ", ".join(str(y) for y in r.without_skp) or None,
            r.test.kind if r.test else None,
            _test(ctx, r),
            r.below if r.next else None,
            r.unassessed if r.next else None,
            r.ready_on,
            r.state,
            state_text(ctx, r),
            state_short(ctx, r),
        )
        for r in result.people
    )
    years: list[tuple[d.Cell, ...]] = []
    for r in result.people:  # each person's credit brought in, then their years
        if r.brought is not None and r.profile is not None:
            years.append(
                (
                    r.librarian.id,
                    r.librarian.name,
                    r.counted_from.year if r.counted_from else None,
                    r.profile.grade,
                    ctx.grade(r.profile.grade),
                    None,
                    None,
                    t("promotion.brought"),
                    None,
                    r.profile.coefficient,
                    r.brought,
                )
            )
        for y in r.years:
            years.append(
                (
                    r.librarian.id,
                    r.librarian.name,
                    y.year,
                    y.grade,
                    ctx.grade(y.grade),
                    y.months,
                    y.predicate,
                    ctx.word("predicate", y.predicate)
                    if y.predicate
                    else t("promotion.no-skp-year"),
                    y.percent,
                    y.coefficient,
                    y.credit,
                )
            )
    return d.Document(
        report="promotion",
        title=t("promotion.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=False),
        body=(
            d.Table(
                "librarians",
                t("promotion.librarians"),
                (
                    *person_columns(t),
                    C("library", t("report.col.library-id"), d.ID, export_only=True, machine=True),
                    C("library_name", t("report.col.library"), export_only=True),
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
                    C("grade_name", t("report.col.grade")),
                    C("since", t("promotion.col.since"), d.DATE, export_only=True),
                    C(
                        "next_grade",
                        t("promotion.col.next-id"),
                        d.ID,
                        export_only=True,
                        machine=True,
                    ),
                    C("next_grade_name", t("promotion.col.next"), export_only=True),
                    C("predicate", t("report.col.skp-code"), d.ID, export_only=True, machine=True),
                    C("predicate_name", t("promotion.col.predicate"), export_only=True),
                    C("credit", t("promotion.col.credit"), d.NUMBER),
                    C("need_rank", t("promotion.col.need-rank"), d.NUMBER, export_only=True),
                    C("need_grade", t("promotion.col.need-grade"), d.NUMBER),
                    C("short", t("promotion.col.short"), d.NUMBER, export_only=True),
                    C("years_without_skp", t("promotion.col.without-skp"), export_only=True),
                    C("test", t("promotion.col.test-id"), d.ID, export_only=True, machine=True),
                    C("test_name", t("promotion.col.test"), export_only=True),
                    C("below", t("promotion.col.below"), d.INT, export_only=True),
                    C("unassessed", t("promotion.col.unassessed"), d.INT, export_only=True),
                    C("ready_on", t("promotion.col.ready-on"), d.DATE, export_only=True),
                    C("state", t("promotion.col.state-id"), d.ID, export_only=True, machine=True),
                    C("state_text", t("promotion.col.state"), export_only=True),
                    C("state_short", t("promotion.col.state"), terminal_only=True),
                ),
                people,
                notes=(t("promotion.note.credit"), t("promotion.note.ready")),
                empty=t("report.empty"),
            ),
            d.Table(
                "credits",
                t("promotion.credits"),
                (
                    *person_columns(t),
                    C("year", t("promotion.col.year"), d.ID),
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True, machine=True),
                    C("grade_name", t("report.col.grade"), export_only=True),
                    C("months", t("promotion.col.months"), d.INT),
                    C("predicate", t("report.col.skp-code"), d.ID, export_only=True, machine=True),
                    C("predicate_name", t("promotion.col.predicate")),
                    C("percent", t("promotion.col.percent"), d.INT),
                    C("coefficient", t("promotion.col.coefficient"), d.NUMBER),
                    C("credit", t("promotion.col.credit"), d.NUMBER),
                ),
                tuple(years),
                notes=(t("promotion.note.months"),),
                empty=t("report.empty"),
            ),
        ),
        notes=(t("promotion.note.rank"),),
    )

"""Report results as documents, in one language: titles, headers, rows of typed cells.

Every renderer (terminal, Markdown, CSV, JSON, HTML) lays out the same document, so a
number means the same in each. NIPs are masked here unless ``show_nip``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pustaka_cli import reports
from pustaka_cli.hours import Credit
from pustaka_cli.i18n import Translator
from pustaka_cli.index import Index
from pustaka_cli.levels import Gap, Judged
from pustaka_cli.model import Dataset, Librarian
from pustaka_cli.render import document as d
from pustaka_cli.render.cells import nip_text, number

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


def parameters(ctx: Context, *, period: bool, as_of: bool = True) -> tuple[
    tuple[str, str, d.Cell], ...
]:
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
        out.append(("target", t("report.param.target"), t("report.yes")))
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
    t = ctx.t
    rows: list[tuple[d.Cell, ...]] = []
    grades: list[tuple[d.Cell, ...]] = []
    top: list[tuple[d.Cell, ...]] = []
    for s in result.libraries:
        name = ctx.library(s.library)
        rows.append((
            s.library, name, s.staff,
            _percent(s.meeting, s.staff), s.unknown,
            s.jp_met, s.jp_with_target, f"{s.jp_met}/{s.jp_with_target}",
            s.activities, s.completion,
            s.satisfaction.mean, _change(s.satisfaction.mean, s.satisfaction_before.mean),
        ))
        if s.library != "*" or len(result.libraries) == 1:
            grades.extend((s.library, name, grade, ctx.grade(grade), n) for grade, n in s.by_grade)
        top.extend(
            (s.library, name, v.competency.id, v.below, v.total_gap, v.mean_gap)
            for v in s.top_gaps
        )
    year = result.year
    return d.Document(
        report="summary",
        title=t("report.summary.title", year=year),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        tables=(
            d.Table(
                "libraries",
                t("report.summary.libraries"),
                (
                    C("library", t("report.col.library-id"), d.ID, export_only=True),
                    C("name", t("report.col.library")),
                    C("staff", t("report.col.staff"), d.INT),
                    C("meeting_percent", t("report.col.meeting"), d.PERCENT),
                    C("unknown", t("report.col.unknown-staff"), d.INT, export_only=True),
                    C("jp_met", t("report.col.jp-met"), d.INT, export_only=True),
                    C("jp_with_target", t("report.col.jp-with-target"), d.INT, export_only=True),
                    C("jp", t("report.col.jp-met"), d.INT, terminal_only=True),
                    C("activities", t("report.col.activities"), d.INT),
                    C("completion_percent", t("report.col.completion"), d.PERCENT),
                    C("satisfaction", t("report.col.satisfaction"), d.NUMBER),
                    C("satisfaction_change", t("report.col.change"), d.CHANGE),
                ),
                tuple(rows),
                notes=(t("report.summary.note", year=year, previous=year - 1),),
                empty=t("report.empty"),
            ),
            d.Table(
                "grades",
                t("report.summary.grades"),
                (
                    C("library", t("report.col.library-id"), d.ID, export_only=True),
                    C("library_name", t("report.col.library")),
                    C("grade", t("report.col.grade-id"), d.ID, export_only=True),
                    C("grade_name", t("report.col.grade")),
                    C("staff", t("report.col.staff"), d.INT),
                ),
                tuple(grades),
                empty=t("report.empty"),
            ),
            d.Table(
                "top_gaps",
                t("report.summary.top-gaps"),
                (
                    C("library", t("report.col.library-id"), d.ID, export_only=True),
                    C("library_name", t("report.col.library")),
                    C("competency", t("report.col.competency"), d.ID),
                    C("below", t("report.col.below"), d.INT),
                    C("total_gap", t("report.col.total-gap"), d.INT),
                    C("mean_gap", t("report.col.mean-gap"), d.NUMBER),
                ),
                tuple(top),
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
    t = ctx.t
    per_person: dict[str, list[Gap]] = {}
    for g in result.gaps:
        per_person.setdefault(g.librarian.id, []).append(g)
    rows = []
    for lib in result.staff:
        mine = per_person.get(lib.id, [])
        rows.append((
            lib.id, lib.name, lib.library, ctx.ix.grade(lib.grade) or lib.grade, ctx.nip(lib),
            *(d.MatrixCell(g.current.level, g.required.level, g.gap) for g in mine),
            sum(g.below for g in mine), sum(g.unknown for g in mine),
        ))
    matrix_columns = (
        C("librarian", t("report.col.librarian-id"), d.ID, export_only=True),
        C("name", t("report.col.name")),
        C("library", t("report.col.library-id"), d.ID, export_only=True),
        C("grade", t("report.col.grade-id"), d.ID, export_only=True),
        C("nip", t("report.col.nip"), d.NIP, export_only=True),
        *(C(c.id, c.id, d.MATRIX) for c in result.competencies),
        C("below", t("report.col.below"), d.INT),
        C("unknown", t("report.col.unknown"), d.INT, export_only=True),
    )
    coverage_rows = tuple(
        (
            v.competency.id, v.competency.name.get(ctx.lang), v.competency.holders,
            v.required, v.met, v.below, v.unknown, v.mean_gap, v.needed, v.few,
            _names([g.librarian.name for g in v.closest]),
        )
        for v in result.coverage
    )
    basis = "report.gaps.basis-target" if ctx.request.target else "report.gaps.basis-grade"
    return d.Document(
        report="gaps",
        title=t("report.gaps.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=False),
        tables=(
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
                ),
                coverage_rows,
                notes=(t("report.gaps.coverage-note"),),
                empty=t("report.empty"),
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
        pass_score=_num(rule.pass_score, ctx.lang),
    )


def _num(value: float, lang: str) -> str:
    return number(value, lang)


# --- hours ----------------------------------------------------------------------------


def hours(ctx: Context, result: reports.HoursResult) -> d.Document:
    t = ctx.t
    rows = tuple(
        (
            h.librarian.id, h.librarian.name, h.librarian.library, ctx.nip(h.librarian),
            h.librarian.employment, h.year, h.klasikal, h.nonklasikal, h.total, h.target,
            h.shortfall, h.met, h.not_counted,
        )
        for h in sorted(result.hours, key=lambda h: h.year)
    )
    short = tuple(
        (h.librarian.id, h.librarian.name, h.year, h.total, h.target, h.shortfall)
        for h in sorted(
            (h for h in result.hours if h.shortfall),
            key=lambda h: (
                h.year, -(h.shortfall or 0), h.librarian.name.casefold(), h.librarian.id
            ),
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
        tables=(
            d.Table(
                "hours",
                t("report.hours.table"),
                (
                    C("librarian", t("report.col.librarian-id"), d.ID, export_only=True),
                    C("name", t("report.col.name")),
                    C("library", t("report.col.library-id"), d.ID, export_only=True),
                    C("nip", t("report.col.nip"), d.NIP, export_only=True),
                    C("employment", t("report.col.employment"), d.ID, export_only=True),
                    C("year", t("report.col.year"), d.ID),
                    C("klasikal", t("report.col.klasikal"), d.JP),
                    C("nonklasikal", t("report.col.nonklasikal"), d.JP),
                    C("total", t("report.col.total-jp"), d.JP),
                    C("target", t("report.col.target-jp"), d.INT),
                    C("shortfall", t("report.col.shortfall"), d.JP),
                    C("met", t("report.col.target-met"), export_only=True),
                    C("not_counted", t("report.col.not-counted"), d.JP, export_only=True),
                ),
                rows,
                notes=(t("report.hours.note"),),
                empty=t("report.empty"),
            ),
            d.Table(
                "shortfalls",
                t("report.hours.shortfalls"),
                (
                    C("librarian", t("report.col.librarian-id"), d.ID, export_only=True),
                    C("name", t("report.col.name")),
                    C("year", t("report.col.year"), d.ID),
                    C("total", t("report.col.total-jp"), d.JP),
                    C("target", t("report.col.target-jp"), d.INT),
                    C("shortfall", t("report.col.shortfall"), d.JP),
                ),
                short,
                empty=t("report.hours.nobody-short"),
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
        ),
    )


# --- explain --------------------------------------------------------------------------


def explain(ctx: Context, result: reports.ExplainResult) -> d.Document:
    t = ctx.t
    who = result.librarian
    levels: list[tuple[d.Cell, ...]] = []
    evidence: list[tuple[d.Cell, ...]] = []
    for g in result.gaps:
        levels.append((
            g.competency, ctx.competency(g.competency), g.current.level, g.required.level,
            g.gap, g.required.grade, _why(ctx, g),
        ))
        evidence.extend(_evidence_row(ctx, g, j) for j in g.current.judged)
    credits = tuple(_credit_row(ctx, c) for c in result.hours.credits)
    h = result.hours
    params: tuple[tuple[str, str, d.Cell], ...] = (
        ("librarian", t("report.param.librarian"), f"{who.name} ({who.id})"),
        ("nip", t("report.col.nip"), ctx.nip(who)),
        ("library", t("report.col.library"), ctx.library(who.library)),
        ("grade", t("report.col.grade"), ctx.grade(who.grade)),
        ("target_grade", t("report.param.target-grade"), ctx.grade(who.target_grade)
         if who.target_grade else None),
        ("as_of", t("report.param.as-of"), ctx.request.as_of),
    )
    if ctx.request.target:
        params = (*params, ("target", t("report.param.target"), t("report.yes")))
    return d.Document(
        report="explain",
        title=t("report.explain.title", name=who.name),
        lang=ctx.lang,
        parameters=params,
        tables=(
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
                    C("level", t("report.col.level"), d.LEVEL),
                    C("source", t("report.col.source"), export_only=True),
                    C("valid_until", t("report.col.valid-until"), d.DATE, export_only=True),
                    C("verdict", t("report.col.verdict")),
                    C("verdict_code", t("report.col.verdict-code"), d.ID, export_only=True),
                    C("where", t("report.col.where"), d.ID),
                ),
                tuple(evidence),
                empty=t("report.explain.no-evidence"),
            ),
            d.Table(
                "hours",
                t("report.explain.hours", year=h.year, total=_num(h.total, ctx.lang),
                  target=h.target if h.target is not None else "-"),
                (
                    C("date", t("report.col.date"), d.DATE),
                    C("activity", t("report.col.activity-id"), d.ID),
                    C("category", t("report.col.category")),
                    C("jp", t("report.col.jp"), d.JP),
                    C("minutes", t("report.col.minutes"), d.INT, export_only=True),
                    C("verdict", t("report.col.verdict")),
                    C("verdict_code", t("report.col.verdict-code"), d.ID, export_only=True),
                    C("where", t("report.col.where"), export_only=True),
                ),
                credits,
                empty=t("report.explain.no-hours"),
            ),
        ),
        notes=(rule_note(ctx),),
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
    )


def _evidence_row(ctx: Context, g: Gap, j: Judged) -> tuple[d.Cell, ...]:
    e = j.evidence
    chosen = "chosen" if e is g.current.chosen else "counted"
    code = chosen if j.counts else j.reason or ""
    return (
        e.competency, e.date, ctx.t(f"report.kind.{e.kind}"), e.level, e.source, j.valid_until,
        ctx.t(f"report.verdict.{code}"), code, _where(e.loc.path, e.loc.line),
    )


def _credit_row(ctx: Context, c: Credit) -> tuple[d.Cell, ...]:
    code = c.reason or "counted"
    return (
        c.date, c.ref, ctx.t(f"report.category.{c.category}"), c.jp, c.minutes,
        ctx.t(f"report.verdict.{code}"), code, _where(c.loc.path, c.loc.line),
    )


def _where(path: str, line: int) -> str:
    return f"{path}:{line}" if line else path


# --- dispatch -------------------------------------------------------------------------

REPORTS = ("summary", "gaps", "hours")


def report(kind: str, ctx: Context) -> d.Document:
    """Compute the report ``kind`` for the context's request and lay it out."""
    data, ix, req = ctx.data, ctx.ix, ctx.request
    if kind == "gaps":
        return gaps(ctx, reports.gaps(data, ix, req))
    if kind == "hours":
        return hours(ctx, reports.hours(data, ix, req))
    return summary(ctx, reports.summary(data, ix, req))

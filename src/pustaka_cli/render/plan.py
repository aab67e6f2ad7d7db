"""Recommendations, programme plans and individual development plans as documents.

Each view turns a domain answer into one ``render.document.Document`` of the ``PROSE``
look (headings, fields, tables, paragraphs, lists, a place to sign); the format writers
lay it out, as they lay out reports, so text, Markdown and HTML cannot say different
things. Every word comes from the catalogue; every number is worded by ``render.cells``.
"""

from __future__ import annotations

from pustaka_cli.domain import plan as planning
from pustaka_cli.domain import recommend as rec
from pustaka_cli.domain.budget import PlanMoney
from pustaka_cli.domain.index import Index
from pustaka_cli.i18n import Translator
from pustaka_cli.model import Dataset, Librarian, Training
from pustaka_cli.render import cells
from pustaka_cli.render import document as d
from pustaka_cli.render import performance as appraisal
from pustaka_cli.render.cells import level, nip_text
from pustaka_cli.render.document import Fields, Heading, Items, Para, Sign


def _number(value: float, t: Translator) -> str:
    """``1234.5`` as ``1.234,5`` (id) or ``1,234.5`` (en): plans group thousands."""
    return cells.number(value, t.lang, group=True)


def _money(value: float | None, currency: str, t: Translator) -> str:
    return cells.money(value, currency, t.lang)


def _document(
    kind: str, title: str, body: list[d.Block], t: Translator, footer: str = ""
) -> d.Document:
    return d.Document(kind, title, t.lang, body=tuple(body), look=d.PROSE, footer=footer)


def _table(
    key: str, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...], empty: str
) -> d.Table:
    """A table of words under a heading (no title of its own)."""
    return d.Table(
        key, "", tuple(d.Column(f"c{i}", h) for i, h in enumerate(headers)), rows, empty=empty
    )


class Names:
    """Display names of the dataset's records in one language."""

    def __init__(self, data: Dataset, t: Translator) -> None:
        self.ix = Index.of(data)
        self.t = t
        self.data = data

    def comp(self, comp_id: str) -> str:
        c = self.ix.competencies.get(comp_id)
        return c.name.get(self.t.lang) if c else comp_id

    def person(self, lib: Librarian | str) -> str:
        found = self.ix.librarians.get(lib) if isinstance(lib, str) else lib
        if found is None:
            return str(lib)
        return f"{found.name} ({found.id})"

    def grade(self, grade: str | None) -> str:
        p = self.ix.profile(grade)
        if p is None:
            return grade or "-"
        return p.name.get(self.t.lang)

    def library(self, lib_id: str | None) -> str:
        for lib in self.data.settings.libraries:
            if lib.id == lib_id:
                return lib.name
        return lib_id or "-"

    def training(self, tr: Training) -> str:
        return f"{tr.title} ({tr.id})"

    def employment(self, value: str | None) -> str:
        """``pns`` as ``PNS``: vocabulary by its name, as the reports show it."""
        key = f"report.value.employment.{value}"
        return self.t(key) if self.t.has(key) else value or "-"

    def kind(self, activity_type: str) -> str:
        key = f"plan.type.{activity_type}"
        return self.t(key) if self.t.has(key) else activity_type


def dates(tr: Training, t: Translator) -> str:
    if tr.end is None or tr.end == tr.start:
        return tr.start.isoformat()
    return t("plan.dates", start=tr.start.isoformat(), end=tr.end.isoformat())


def closing_text(c: rec.Closing, names: Names, t: Translator) -> str:
    return t("plan.closing", competency=names.comp(c.competency), start=c.start, reaches=c.reaches)


def obstacle_text(o: rec.Obstacle, names: Names, t: Translator) -> str:
    if o.code == "prerequisite-level":
        return t(
            "plan.obstacle.prerequisite-level",
            competency=names.comp(o.competency or ""),
            level=o.level,
            has=level(o.has),
        )
    if o.code in ("prerequisite-training", "clash"):
        return t(f"plan.obstacle.{o.code}", other=o.other)
    return t(f"plan.obstacle.{o.code}")


# --- recommend LIBRARIAN --------------------------------------------------------------


def recommendation(advice: rec.Advice, data: Dataset, t: Translator) -> d.Document:
    """``pustaka recommend LIBRARIAN``: what one librarian could join next, and why."""
    names = Names(data, t)
    lib = advice.librarian
    h = advice.hours
    title = t("recommend.title", name=names.person(lib), date=advice.today.isoformat())
    out: list[d.Block] = [
        Fields(
            (
                (t("plan.field.grade"), names.grade(lib.grade)),
                (t("plan.field.library"), names.library(lib.library)),
                (t("plan.field.jp", year=h.year), _jp_line(h, t)),
                *_performance_field(advice, t),
            )
        ),
    ]
    if not lib.active:
        out.append(Para(t("recommend.left")))
        return _document("recommend", title, out, t)
    if advice.performance is not None and advice.performance.first:
        out.append(Para(t("careers.recommend.first")))
    unknown = [n.competency for n in advice.needs if n.current is None and (n.required or 0) > 0]
    if unknown:
        out.append(
            Para(t("recommend.unknown", competencies=", ".join(names.comp(c) for c in unknown)))
        )
    out.append(Heading(t("recommend.booked")))
    out.append(
        Items(
            tuple(
                t(
                    "plan.booked.item",
                    activity=names.training(tr),
                    dates=dates(tr, t),
                    state=t(f"plan.state.{state}"),
                )
                for tr, state in advice.booked
            ),
            t("recommend.booked.none"),
        )
    )
    out.append(Heading(t("recommend.recommended")))
    out.append(
        Items(
            tuple(_option_text(i, o, names, data, t) for i, o in enumerate(advice.recommended, 1)),
            t("recommend.recommended.none"),
        )
    )
    if advice.for_hours:
        out.append(Heading(t("recommend.for-hours")))
        out.append(
            Items(
                tuple(_option_text(i, o, names, data, t) for i, o in enumerate(advice.for_hours, 1))
            )
        )
    if advice.ruled_out:
        out.append(
            Heading(
                t("recommend.ruled-out", shown=len(advice.ruled_out), total=advice.ruled_out_total)
            )
        )
        out.append(
            Items(
                tuple(
                    t(
                        "recommend.ruled-out.item",
                        activity=names.training(o.training),
                        reason=obstacle_text(o.obstacle, names, t),
                        closes=", ".join(
                            closing_text(c, names, t) for c in (o.closes or o.toward_target)
                        ),
                    )
                    for o in advice.ruled_out
                    if o.obstacle is not None
                )
            )
        )
    if advice.suggestions:
        out.append(Heading(t("recommend.suggestions")))
        out.append(Items(tuple(_suggestion_text(s, names, t) for s in advice.suggestions)))
    return _document("recommend", title, out, t)


def _performance_field(advice: rec.Advice, t: Translator) -> tuple[tuple[str, str], ...]:
    """The performance gap's line (``domain/performance.py``), where it was worked out."""
    if advice.performance is None:
        return ()
    return ((t("careers.field.performance"), appraisal.priority_sentence(t, advice.performance)),)


def _jp_line(h: object, t: Translator) -> str:
    from pustaka_cli.domain.hours import Hours

    assert isinstance(h, Hours)
    if h.target is None:
        return t("plan.jp.no-target", total=_number(h.total, t))
    if not h.shortfall:
        return t("plan.jp.met", total=_number(h.total, t), target=h.target)
    return t(
        "plan.jp.line",
        total=_number(h.total, t),
        target=h.target,
        short=_number(h.shortfall or 0.0, t),
    )


def _option_text(i: int, o: rec.Option, names: Names, data: Dataset, t: Translator) -> str:
    tr = o.training
    parts = [
        t(
            "recommend.option",
            n=i,
            activity=names.training(tr),
            kind=names.kind(tr.type),
            dates=dates(tr, t),
            jp=_number(o.jp or 0.0, t),
            cost=_money(o.cost_per_seat, data.settings.currency, t),
        )
    ]
    if o.closes:
        gaps = ", ".join(closing_text(c, names, t) for c in o.closes)
        parts.append(t("recommend.closes", gaps=gaps, value=_number(o.value, t)))
    if o.toward_target:
        parts.append(
            t(
                "recommend.toward-target",
                gaps=", ".join(closing_text(c, names, t) for c in o.toward_target),
            )
        )
    if o.jp_needed > 0:
        parts.append(
            t(
                "recommend.jp-needed",
                jp=_number(o.jp_needed, t),
                needed=_number(o.year_needed, t),
                year=o.jp_year,
            )
        )
    return "\n".join(parts)


def _suggestion_text(s: rec.Suggestion, names: Names, t: Translator) -> str:
    ways = []
    if s.mentors:
        who = ", ".join(names.person(m) for m in s.mentors)
        ways.append(t("recommend.way.mentoring", names=who))
    ways.append(t("recommend.way.workshop"))
    if s.partners:
        ways.append(t("recommend.way.magang", partners=", ".join(s.partners)))
    # The gap against the grade, as every report shows it; the target grade's beside it.
    key = (
        "recommend.suggestion"
        if s.target_gap <= s.gap
        else "recommend.suggestion-target"
        if s.gap
        else "recommend.suggestion-target-only"
    )
    return t(
        key,
        competency=names.comp(s.competency),
        gap=s.gap,
        target=s.target_gap,
        ways="; ".join(ways),
    )


# --- recommend --mentors --------------------------------------------------------------


def mentors(m: rec.MentorPlan, data: Dataset, t: Translator) -> d.Document:
    """``pustaka recommend --mentors``: mentoring pairs that would close gaps."""
    names = Names(data, t)
    out: list[d.Block] = [
        Para(t("mentors.rule", expert=m.expert_level, max=m.max_mentees)),
        Heading(t("mentors.current")),
        Items(
            tuple(
                t(
                    "mentors.current.item",
                    mentor=names.person(c.mentor),
                    mentee=names.person(c.mentee),
                    competencies=", ".join(names.comp(x) for x in c.competencies) or "-",
                    source=c.source,
                )
                for c in m.current
            ),
            t("mentors.current.none"),
        ),
        Heading(t("mentors.pairs")),
        Items(tuple(_pair_text(p, names, t) for p in m.pairs), t("mentors.pairs.none")),
    ]
    if m.unmatched:
        out.append(Heading(t("mentors.unmatched")))
        out.append(
            Items(
                tuple(
                    t(
                        "mentors.unmatched.item",
                        mentee=names.person(u.mentee),
                        competency=names.comp(u.competency),
                        gap=u.gap,
                        reason=t(f"mentors.reason.{u.reason}"),
                    )
                    for u in m.unmatched
                )
            )
        )
    out.append(Heading(t("mentors.load")))
    out.append(
        _table(
            "load",
            (t("plan.col.mentor"), t("plan.col.mentees")),
            tuple((names.person(mid), f"{n}/{m.max_mentees}") for mid, n in m.load),
            t("mentors.pairs.none"),
        )
    )
    return _document("mentors", t("mentors.title", date=m.today.isoformat()), out, t)


def _pair_text(p: rec.Pair, names: Names, t: Translator) -> str:
    why = [t("mentors.why.same-library") if p.same_library else t("mentors.why.other-library")]
    if p.existing:
        why.append(t("mentors.why.existing"))
    head = t(
        "mentors.pair",
        mentor=names.person(p.mentor),
        mentee=names.person(p.mentee),
        why="; ".join(why),
    )
    gaps = [
        t(
            "mentors.gap",
            competency=names.comp(g.competency),
            mentee=level(g.mentee_level),
            required=g.required,
            mentor=g.mentor_level,
        )
        for g in p.gaps
    ]
    return "\n".join([head, *gaps])


# --- plan -----------------------------------------------------------------------------


def programme(p: planning.Plan, data: Dataset, t: Translator) -> d.Document:
    """``pustaka plan``: which activities to run within a budget, and who joins them."""
    names = Names(data, t)
    cur = p.currency
    budget = t("plan.unlimited") if p.budget == float("inf") else _money(p.budget, cur, t)
    out: list[d.Block] = [
        Fields(
            (
                (t("plan.field.budget"), budget),
                (t("plan.field.cost"), _money(p.cost, cur, t)),
                (t("plan.field.value"), _number(p.value, t)),
                (t("plan.field.levels"), str(p.levels_closed)),
                (t("plan.field.enrollments"), str(p.enrollments)),
                (
                    t("plan.field.jp-short", year=p.today.year),
                    t("plan.jp-short", before=p.jp_short_before, after=p.jp_short_after),
                ),
            )
        ),
        Heading(t("plan.runs")),
    ]
    if not p.runs:
        out.append(Para(t("plan.runs.none")))
    for r in p.runs:
        out.append(Heading(names.training(r.training), 3))
        out.append(
            Fields(
                (
                    (t("plan.col.dates"), dates(r.training, t)),
                    (
                        t("plan.field.cost"),
                        t(
                            "plan.cost-line",
                            cost=_money(r.cost, cur, t),
                            seat=_money(r.cost_per_seat, cur, t),
                        ),
                    ),
                    (t("plan.field.adds"), _number(r.adds, t)),
                )
            )
        )
        out.append(
            Items(
                tuple(
                    t(
                        "plan.seat",
                        mark="+" if seat.new else "=",
                        who=names.person(seat.librarian),
                        closes=", ".join(closing_text(c, names, t) for c in seat.closes) or "-",
                        jp=_number(seat.jp, t),
                        short=(" *" if seat.jp_short else "") + (" !" if seat.first else ""),
                    )
                    for seat in r.seats
                )
            )
        )
    if p.runs:
        out.append(Para(t("plan.legend")))
        first = sorted(
            {names.person(s.librarian) for r in p.runs for s in r.seats if s.first}
            | {names.person(u.librarian) for u in p.unserved if u.first}
        )
        out.append(
            Para(
                t("careers.plan.first", names=", ".join(first))
                if first
                else t("careers.plan.no-first")
            )
        )
    if p.not_run:
        out.append(Heading(t("plan.not-run")))
        out.append(
            Items(
                tuple(
                    t(
                        "plan.not-run.item",
                        activity=names.training(n.training),
                        cost=_money(n.training.cost, cur, t),
                        reason=t(f"plan.not-run.{n.reason}"),
                        value=_number(n.value, t),
                    )
                    + (t("plan.not-run.seated", n=n.seated) if n.seated else "")
                    for n in p.not_run
                )
            )
        )
    out.append(Heading(t("plan.unserved")))
    out.append(
        Items(tuple(_unserved_text(u, names, t) for u in p.unserved), t("plan.unserved.none"))
    )
    out.append(Heading(t("plan.next")))
    if p.next_step is None:
        out.append(Para(t("plan.next.none")))
    else:
        n = p.next_step
        out.append(
            Para(
                t(
                    "plan.next.item",
                    extra=_money(n.extra, cur, t),
                    total=_money(
                        p.budget + n.extra if p.budget != float("inf") else n.extra, cur, t
                    ),
                    activity=names.training(n.training),
                    seats=n.seats,
                    value=_number(n.value, t),
                )
            )
        )
    out.append(Heading(t("plan.how")))
    out.append(
        Para(
            t(
                "plan.how.text",
                beyond=_number(planning.BEYOND_HOLDERS, t),
                jp=_number(planning.JP_POINT, t),
                later=_number(planning.JP_POINT_LATER, t),
            )
        )
    )
    title = t("plan.title", start=p.start.isoformat(), end=p.end.isoformat())
    return _document("plan", title, out, t)


def _unserved_text(u: planning.Unserved, names: Names, t: Translator) -> str:
    reason = t(f"plan.unserved.{u.reason}", activity=u.training or "-")
    if u.obstacle is not None:
        reason += " — " + obstacle_text(u.obstacle, names, t)
    return t(
        "plan.unserved.item",
        who=names.person(u.librarian),
        gap=u.gap,
        jp=_number(u.jp_short, t),
        reason=reason,
    )


# --- idp ------------------------------------------------------------------------------


def idp(
    ip: planning.IndividualPlan, data: Dataset, t: Translator, show_nip: bool = False
) -> d.Document:
    """``pustaka idp LIBRARIAN``: the individual development plan, a form to sign."""
    names = Names(data, t)
    a = ip.advice
    lib = a.librarian
    cur = data.settings.currency
    out: list[d.Block] = [
        Para(
            t(
                "idp.subtitle",
                organisation=data.organisation_of(lib.id),
                start=a.today.isoformat(),
                end=ip.period_end.isoformat(),
            )
        ),
        Heading(t("idp.profile")),
        Fields(
            (
                (t("plan.field.name"), lib.name),
                (t("plan.field.id"), lib.id),
                (t("plan.field.nip"), nip_text(lib.nip, show_nip) or "-"),
                (t("plan.field.library"), names.library(lib.library)),
                (t("plan.field.grade"), names.grade(ip.grade or lib.grade)),
                (
                    t("plan.field.target-grade"),
                    t(f"idp.basis.{ip.target_basis}", grade=names.grade(ip.target_grade)),
                ),
                (t("plan.field.employment"), names.employment(lib.employment)),
                (t("plan.field.jp", year=a.hours.year), _jp_line(a.hours, t)),
                *_performance_field(a, t),
            )
        ),
        Heading(t("idp.gaps")),
        _table(
            "gaps",
            (
                t("plan.col.competency"),
                t("plan.col.current"),
                t("plan.col.required"),
                t("plan.col.target"),
            ),
            tuple(
                (
                    names.comp(n.competency),
                    level(n.current),
                    f"{level(n.required)} ({level(n.gap)})",
                    f"{level(n.target)} ({level(n.target_gap)})",
                )
                for n in a.needs
                if (n.gap or 0) > 0
                or (n.target_gap or 0) > 0
                or (n.current is None and (n.required or 0) > 0)
            ),
            t("idp.gaps.none"),
        ),
        Para(t("idp.gaps.note")),
        Heading(t("idp.planned")),
        _table(
            "planned",
            (t("plan.col.activity"), t("plan.col.dates"), t("plan.col.jp"), t("plan.col.state")),
            tuple(
                (names.training(tr), dates(tr, t), _jp_of(tr, data, t), t(f"plan.state.{state}"))
                for tr, state in a.booked
            ),
            t("recommend.booked.none"),
        ),
        Heading(t("idp.recommended")),
        _table(
            "recommended",
            (
                t("plan.col.activity"),
                t("plan.col.dates"),
                t("plan.col.jp"),
                t("plan.col.closes"),
                t("plan.col.cost-seat"),
            ),
            tuple(
                (
                    names.training(o.training),
                    dates(o.training, t),
                    _number(o.jp or 0.0, t),
                    ", ".join(closing_text(c, names, t) for c in (o.closes or o.toward_target)),
                    _money(o.cost_per_seat, cur, t),
                )
                for o in ip.activities
            ),
            t("recommend.recommended.none"),
        ),
        Para(t("idp.recommended.note")),
    ]
    if a.performance is not None and a.performance.first:
        out.append(Para(t("careers.idp.first")))
    if a.suggestions:
        out.append(Heading(t("recommend.suggestions"), 3))
        out.append(Items(tuple(_suggestion_text(s, names, t) for s in a.suggestions)))
    mentors = [
        t(
            "idp.mentor.current",
            mentor=names.person(m),
            competencies=", ".join(names.comp(c) for c in comps) or "-",
        )
        for m, comps, _ in ip.mentors
    ] + [
        t(
            "idp.mentor.proposed",
            mentor=names.person(p.mentor),
            competencies=", ".join(names.comp(g.competency) for g in p.gaps),
        )
        for p in ip.proposed_mentors
    ]
    out.append(Heading(t("idp.mentor")))
    out.append(Items(tuple(mentors), t("idp.mentor.none")))
    out.append(Heading(t("idp.targets")))
    targets = [
        t(
            "idp.target.level",
            competency=names.comp(x.competency),
            start=level(x.start),
            target=x.target,
            by=x.by.isoformat(),
        )
        for x in ip.targets
    ]
    if ip.jp_target is not None:
        targets.append(t("idp.target.jp", jp=ip.jp_target))
    out.append(Items(tuple(targets), t("idp.targets.none")))
    out.append(
        Sign(
            (
                (t("idp.sign.librarian"), lib.name),
                (t("idp.sign.supervisor"), ""),
                (t("idp.sign.coordinator"), ""),
            ),
            t("idp.sign.place-date"),
        )
    )
    footer = " · ".join((t("idp.title"), data.organisation_of(lib.id), a.today.isoformat()))
    return _document("idp", t("idp.title"), out, t, footer)


def _jp_of(tr: Training, data: Dataset, t: Translator) -> str:
    from pustaka_cli.domain.hours import activity_jp

    jp, _ = activity_jp(tr, data.settings.minutes_per_jp)
    return "-" if jp is None else _number(jp, t)


def remaining_line(left: PlanMoney, data: Dataset, t: Translator) -> str:
    """How ``plan --budget remaining`` found its amount (domain/budget.py)."""
    cur = data.settings.currency
    line = t(
        "plan.remaining-said",
        year=left.year,
        amount=_money(left.amount, cur, t),
        allocated=_money(left.allocated, cur, t),
        taken=_money(left.taken, cur, t),
    )
    return line + (" " + t("plan.remaining-over") if left.over else "")

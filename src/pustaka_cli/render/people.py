"""Documents about the people an activity takes in: the sign-in list (``pustaka
attendance``), each person's attendance share (a table of ``report trainings``), and the
events the library organises for others (``report events``)."""

from __future__ import annotations

from pustaka_cli.domain import attendance, programme
from pustaka_cli.domain.events import EventsResult, reach
from pustaka_cli.render import document as d
from pustaka_cli.render.cells import number
from pustaka_cli.render.views import Context, indicators_table, parameters

C = d.Column

DOTS = "...................."  # a blank to fill in by hand on a printed page


# --- the sign-in list -----------------------------------------------------------------


def attendance_sheet(ctx: Context, found: attendance.Sheet) -> d.Document:
    """The sign-in list of one activity: a row per person and day, a box to sign; printed,
    a page per day with the organiser's and the head of library's signatures."""
    t, tr = ctx.t, found.training
    rows = []
    for line in found.lines:
        who = ctx.ix.librarians.get(line.librarian) if line.librarian else None
        if who is not None:
            name = who.name
            where = ctx.library(who.library) if who.library else ctx.data.settings.organisation
        else:
            name = line.name or line.librarian or ""
            where = ", ".join(x for x in (line.role, line.institution) if x)
        rows.append(
            (
                line.day,
                line.number,
                name,
                ctx.nip(who) if who is not None else None,
                where,
                line.librarian,
                line.recorded,
                "",
            )
        )
    span = (
        tr.start.isoformat()
        if tr.last_day == tr.start
        else t("attendance.span", start=tr.start.isoformat(), end=tr.last_day.isoformat())
    )
    fields = (
        (t("attendance.field.activity"), tr.title),
        (t("attendance.field.id"), tr.id),
        (t("attendance.field.organiser"), tr.provider or ctx.data.settings.organisation),
        (t("attendance.field.place"), tr.place or DOTS),
        (t("attendance.field.dates"), span),
        (t("attendance.field.days"), str(len(found.days))),
    )
    minimum = attendance.minimum(tr)
    notes = [t("attendance.note")]
    if minimum is not None:
        notes.append(t("attendance.note-minimum", minimum=number(100 * minimum, t.lang, 1)))
    return d.Document(
        report="attendance",
        title=t("attendance.title"),
        lang=ctx.lang,
        parameters=(
            ("organisation", t("report.param.organisation"), ctx.data.settings.organisation),
        ),
        body=(
            d.Fields(fields),
            d.Table(
                "attendance",
                t("attendance.title"),
                (
                    C("day", t("attendance.col.day"), d.DATE),
                    C("number", t("attendance.col.number"), d.INT),
                    C("name", t("attendance.col.name")),
                    C("nip", t("attendance.col.nip"), d.NIP),
                    C("institution", t("attendance.col.institution")),
                    C("librarian", t("attendance.col.librarian"), d.ID, machine=True),
                    C("recorded", t("attendance.col.recorded"), machine=True),
                    C("signature", t("attendance.col.signature"), d.SIGN, export_only=True),
                ),
                tuple(rows),
                empty=t("attendance.empty"),
            ),
            d.Sign(
                (
                    (t("attendance.sign.organiser"), ""),
                    (t("attendance.sign.head"), ""),
                ),
                t("attendance.sign.place-date", place=tr.place or DOTS, date=DOTS),
            ),
        ),
        notes=tuple(notes),
        look=d.PROSE,
        footer=f"{t('attendance.title')} · {tr.id}",
        pages="day",
    )


# --- attendance shares in report trainings -----------------------------------------------


def attendance_table(ctx: Context, outcomes: tuple[programme.Outcome, ...]) -> d.Table:
    """Per activity and person with a seat (and each participant from outside): days
    present of the activity's days, the share, and the completion minimum if stated."""
    t = ctx.t
    rows = []
    for o in outcomes:
        for p in attendance.presences(o.training):
            who = ctx.ix.librarians.get(p.librarian) if p.librarian else None
            name = who.name if who is not None else p.name
            if p.share is None:
                shown = t("report.attendance.none")
            else:
                percent = number(p.share.percent, t.lang, 1)
                shown = f"{p.share.present}/{p.share.days} ({percent}%)"
            rows.append(
                (
                    o.training.id,
                    name,
                    p.librarian,
                    p.institution,
                    p.state,
                    ctx.word("state", p.state) if p.state else t("report.attendance.outside"),
                    p.share.present if p.share else None,
                    p.share.days if p.share else None,
                    p.share.percent if p.share else None,
                    shown,
                    _percent(attendance.minimum(o.training)),
                    p.meets,
                )
            )
    return d.Table(
        "attendance",
        t("report.trainings.attendance"),
        (
            C("activity", t("report.col.activity-id"), d.ID),
            C("name", t("report.col.name")),
            C("librarian", t("report.col.librarian"), d.ID, machine=True),
            C("institution", t("report.col.institution"), export_only=True),
            C("state", t("report.col.state-code"), d.ID, export_only=True, machine=True),
            C("state_name", t("report.col.state"), export_only=True),
            C("present", t("report.col.days-present"), d.INT, export_only=True),
            C("days", t("report.col.days"), d.INT, export_only=True),
            C("share_percent", t("report.col.attendance-share"), d.PERCENT, export_only=True),
            C("attendance", t("report.col.attendance")),
            C("minimum_percent", t("report.col.attendance-minimum"), d.PERCENT),
            C("meets_minimum", t("report.col.attendance-met")),
        ),
        tuple(rows),
        notes=(t("report.trainings.attendance-note"),),
        empty=t("report.empty"),
    )


def _percent(ratio: float | None) -> float | None:
    return None if ratio is None else round(100 * ratio, 1)


# --- report events --------------------------------------------------------------------


def events(ctx: Context, result: EventsResult) -> d.Document:
    """Events organised for others: what, when, who ran it, whom it reached; the
    organisers' credit; the people from outside by name; the success indicators."""
    t = ctx.t
    rows = []
    guests = []
    indicators = []
    for e in result.events:
        names = [_person(ctx, o.librarian) for o in e.organisers]
        rows.append(
            (
                e.id,
                e.title,
                e.type,
                ctx.word("event", e.type),
                e.start,
                e.last_day,
                e.status or "held",
                t(f"report.events.status.{e.status or 'held'}"),
                ", ".join(names),
                ",".join(o.librarian for o in e.organisers),
                e.audience,
                len(e.guests),
                reach(e, result.as_of),
                e.cost,
            )
        )
        for g in e.guests:
            guests.append((e.id, g.name, g.institution, g.role))
        for ind in e.indicators:
            indicators.append(
                (
                    e.id,
                    ind.text.get(ctx.lang),
                    ind.target,
                    ind.achieved,
                    ind.unit,
                    programme.achieved(ind),
                )
            )
    credits = tuple(
        (
            c.librarian,
            _person(ctx, c.librarian),
            len(c.events),
            ", ".join(c.events),
            ", ".join(ctx.word("role", r) or r for r in c.roles),
            c.reach,
        )
        for c in result.credits
    )
    currency = ctx.data.settings.currency
    return d.Document(
        report="events",
        title=t("report.events.title"),
        lang=ctx.lang,
        parameters=parameters(ctx, period=True),
        body=(
            d.Table(
                "events",
                t("report.events.events"),
                (
                    C("event", t("report.col.event-id"), d.ID),
                    C("title", t("report.col.title"), export_only=True),
                    C("type", t("report.col.type-code"), d.ID, export_only=True, machine=True),
                    C("type_name", t("report.col.type")),
                    C("start", t("report.col.start"), d.DATE),
                    C("end", t("report.col.end"), d.DATE, export_only=True),
                    C("status", t("report.col.state-code"), d.ID, export_only=True, machine=True),
                    C("status_name", t("report.col.state"), export_only=True),
                    C("organisers", t("report.col.organisers"), export_only=True),
                    C("organiser_ids", t("report.col.organiser-ids"), d.ID, machine=True),
                    C("audience", t("report.col.audience"), d.INT),
                    C("guests", t("report.col.outside"), d.INT),
                    C("reach", t("report.col.reach"), d.INT),
                    C(
                        "cost",
                        t("report.col.cost-in", currency=currency),
                        d.MONEY,
                        export_only=True,
                    ),
                ),
                tuple(rows),
                notes=(t("report.events.note"),),
                empty=t("report.events.none"),
            ),
            d.Table(
                "organisers",
                t("report.events.organisers"),
                (
                    C("librarian", t("report.col.librarian"), d.ID, machine=True),
                    C("name", t("report.col.name")),
                    C("events", t("report.col.events"), d.INT),
                    C("event_ids", t("report.col.event-ids"), d.ID, export_only=True),
                    C("roles", t("report.col.roles")),
                    C("reach", t("report.col.reach"), d.INT),
                ),
                credits,
                notes=(t("report.events.organisers-note"),),
                empty=t("report.events.no-organisers"),
            ),
            d.Table(
                "guests",
                t("report.events.guests"),
                (
                    C("event", t("report.col.event-id"), d.ID),
                    C("name", t("report.col.name")),
                    C("institution", t("report.col.institution")),
                    C("role", t("report.col.role")),
                ),
                tuple(guests),
                empty=t("report.events.no-guests"),
            ),
            indicators_table(t, C("event", t("report.col.event-id"), d.ID), indicators),
        ),
    )


def _person(ctx: Context, librarian_id: str) -> str:
    found = ctx.ix.librarians.get(librarian_id)
    return found.name if found else librarian_id

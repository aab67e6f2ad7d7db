"""Recommendations, programme plans and individual development plans as text, Markdown
and HTML. Returns strings, never prints; every word comes from the catalogue.

Each view first becomes a list of blocks (headings, fields, tables, paragraphs, a place
to sign); the three layouts only lay blocks out, so they cannot say different things.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain import plan as planning
from pustaka_cli.domain import recommend as rec
from pustaka_cli.domain.index import Index
from pustaka_cli.i18n import Translator
from pustaka_cli.model import Dataset, Librarian, Training
from pustaka_cli.render.cells import grouped, nip_text, rounded

# --- blocks ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Fields:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = ""


@dataclass(frozen=True, slots=True)
class Para:
    text: str


@dataclass(frozen=True, slots=True)
class Items:
    items: tuple[str, ...]
    empty: str = ""


@dataclass(frozen=True, slots=True)
class Sign:
    roles: tuple[tuple[str, str], ...]  # (role, name or "")
    place_date: str


Block = Heading | Fields | Table | Para | Items | Sign


# --- numbers and names ----------------------------------------------------------------


def number(value: float, t: Translator, decimals: int = 2) -> str:
    """``1234.5`` as ``1.234,5`` (id) or ``1,234.5`` (en); no trailing zeros; rounded as
    every report rounds (``cells.rounded``)."""
    text = f"{rounded(value, decimals):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if t.lang == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def money(value: float | None, currency: str, t: Translator) -> str:
    if value is None:
        return "-"
    shown = grouped(value, t.lang)
    return f"Rp {shown}" if currency == "IDR" and t.lang == "id" else f"{currency} {shown}"


def level(value: int | None) -> str:
    return "?" if value is None else str(value)


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
        return t("plan.obstacle.prerequisite-level", competency=names.comp(o.competency or ""),
                 level=o.level, has=level(o.has))
    if o.code in ("prerequisite-training", "clash"):
        return t(f"plan.obstacle.{o.code}", other=o.other)
    return t(f"plan.obstacle.{o.code}")


# --- recommend LIBRARIAN --------------------------------------------------------------


def recommendation_blocks(advice: rec.Advice, data: Dataset, t: Translator) -> list[Block]:
    names = Names(data, t)
    lib = advice.librarian
    h = advice.hours
    out: list[Block] = [
        Heading(t("recommend.title", name=names.person(lib), date=advice.today.isoformat()), 1),
        Fields((
            (t("plan.field.grade"), names.grade(lib.grade)),
            (t("plan.field.library"), names.library(lib.library)),
            (t("plan.field.jp", year=h.year), _jp_line(h, t)),
        )),
    ]
    if not lib.active:
        out.append(Para(t("recommend.left")))
        return out
    unknown = [n.competency for n in advice.needs if n.current is None and (n.required or 0) > 0]
    if unknown:
        out.append(Para(t("recommend.unknown",
                          competencies=", ".join(names.comp(c) for c in unknown))))
    out.append(Heading(t("recommend.booked")))
    out.append(Items(
        tuple(t("plan.booked.item", activity=names.training(tr), dates=dates(tr, t),
                state=t(f"plan.state.{state}"))
              for tr, state in advice.booked),
        t("recommend.booked.none"),
    ))
    out.append(Heading(t("recommend.recommended")))
    out.append(Items(
        tuple(_option_text(i, o, names, data, t) for i, o in enumerate(advice.recommended, 1)),
        t("recommend.recommended.none"),
    ))
    if advice.for_hours:
        out.append(Heading(t("recommend.for-hours")))
        out.append(Items(tuple(
            _option_text(i, o, names, data, t) for i, o in enumerate(advice.for_hours, 1)
        )))
    if advice.ruled_out:
        out.append(Heading(t("recommend.ruled-out", shown=len(advice.ruled_out),
                             total=advice.ruled_out_total)))
        out.append(Items(tuple(
            t("recommend.ruled-out.item", activity=names.training(o.training),
              reason=obstacle_text(o.obstacle, names, t),
              closes=", ".join(closing_text(c, names, t) for c in (o.closes or o.toward_target)))
            for o in advice.ruled_out if o.obstacle is not None
        )))
    if advice.suggestions:
        out.append(Heading(t("recommend.suggestions")))
        out.append(Items(tuple(_suggestion_text(s, names, t) for s in advice.suggestions)))
    return out


def _jp_line(h: object, t: Translator) -> str:
    from pustaka_cli.domain.hours import Hours

    assert isinstance(h, Hours)
    if h.target is None:
        return t("plan.jp.no-target", total=number(h.total, t))
    if not h.shortfall:
        return t("plan.jp.met", total=number(h.total, t), target=h.target)
    return t("plan.jp.line", total=number(h.total, t), target=h.target,
             short=number(h.shortfall or 0.0, t))


def _option_text(i: int, o: rec.Option, names: Names, data: Dataset, t: Translator) -> str:
    tr = o.training
    parts = [t("recommend.option", n=i, activity=names.training(tr), kind=names.kind(tr.type),
               dates=dates(tr, t), jp=number(o.jp or 0.0, t),
               cost=money(o.cost_per_seat, data.settings.currency, t))]
    if o.closes:
        gaps = ", ".join(closing_text(c, names, t) for c in o.closes)
        parts.append(t("recommend.closes", gaps=gaps, value=number(o.value, t)))
    if o.toward_target:
        parts.append(t("recommend.toward-target",
                       gaps=", ".join(closing_text(c, names, t) for c in o.toward_target)))
    if o.jp_needed > 0:
        parts.append(t("recommend.jp-needed", jp=number(o.jp_needed, t),
                       needed=number(o.year_needed, t), year=o.jp_year))
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
    key = ("recommend.suggestion" if s.target_gap <= s.gap
           else "recommend.suggestion-target" if s.gap else "recommend.suggestion-target-only")
    return t(key, competency=names.comp(s.competency), gap=s.gap, target=s.target_gap,
             ways="; ".join(ways))


# --- recommend --mentors --------------------------------------------------------------


def mentor_blocks(m: rec.MentorPlan, data: Dataset, t: Translator) -> list[Block]:
    names = Names(data, t)
    out: list[Block] = [
        Heading(t("mentors.title", date=m.today.isoformat()), 1),
        Para(t("mentors.rule", expert=m.expert_level, max=m.max_mentees)),
        Heading(t("mentors.current")),
        Items(tuple(
            t("mentors.current.item", mentor=names.person(c.mentor), mentee=names.person(c.mentee),
              competencies=", ".join(names.comp(x) for x in c.competencies) or "-",
              source=c.source)
            for c in m.current
        ), t("mentors.current.none")),
        Heading(t("mentors.pairs")),
        Items(tuple(_pair_text(p, names, t) for p in m.pairs), t("mentors.pairs.none")),
    ]
    if m.unmatched:
        out.append(Heading(t("mentors.unmatched")))
        out.append(Items(tuple(
            t("mentors.unmatched.item", mentee=names.person(u.mentee),
              competency=names.comp(u.competency), gap=u.gap,
              reason=t(f"mentors.reason.{u.reason}"))
            for u in m.unmatched
        )))
    out.append(Heading(t("mentors.load")))
    out.append(Table(
        (t("plan.col.mentor"), t("plan.col.mentees")),
        tuple((names.person(mid), f"{n}/{m.max_mentees}") for mid, n in m.load),
        t("mentors.pairs.none"),
    ))
    return out


def _pair_text(p: rec.Pair, names: Names, t: Translator) -> str:
    why = [t("mentors.why.same-library") if p.same_library else t("mentors.why.other-library")]
    if p.existing:
        why.append(t("mentors.why.existing"))
    head = t("mentors.pair", mentor=names.person(p.mentor), mentee=names.person(p.mentee),
             why="; ".join(why))
    gaps = [
        t("mentors.gap", competency=names.comp(g.competency), mentee=level(g.mentee_level),
          required=g.required, mentor=g.mentor_level)
        for g in p.gaps
    ]
    return "\n".join([head, *gaps])


# --- plan -----------------------------------------------------------------------------


def plan_blocks(p: planning.Plan, data: Dataset, t: Translator) -> list[Block]:
    names = Names(data, t)
    cur = p.currency
    budget = t("plan.unlimited") if p.budget == float("inf") else money(p.budget, cur, t)
    out: list[Block] = [
        Heading(t("plan.title", start=p.start.isoformat(), end=p.end.isoformat()), 1),
        Fields((
            (t("plan.field.budget"), budget),
            (t("plan.field.cost"), money(p.cost, cur, t)),
            (t("plan.field.value"), number(p.value, t)),
            (t("plan.field.levels"), str(p.levels_closed)),
            (t("plan.field.enrolments"), str(p.enrolments)),
            (t("plan.field.jp-short", year=p.today.year),
             t("plan.jp-short", before=p.jp_short_before, after=p.jp_short_after)),
        )),
        Heading(t("plan.runs")),
    ]
    if not p.runs:
        out.append(Para(t("plan.runs.none")))
    for r in p.runs:
        out.append(Heading(names.training(r.training), 3))
        out.append(Fields((
            (t("plan.col.dates"), dates(r.training, t)),
            (t("plan.field.cost"), t("plan.cost-line", cost=money(r.cost, cur, t),
                                     seat=money(r.cost_per_seat, cur, t))),
            (t("plan.field.adds"), number(r.adds, t)),
        )))
        out.append(Items(tuple(
            t("plan.seat", mark="+" if seat.new else "=", who=names.person(seat.librarian),
              closes=", ".join(closing_text(c, names, t) for c in seat.closes) or "-",
              jp=number(seat.jp, t), short=" *" if seat.jp_short else "")
            for seat in r.seats
        )))
    if p.runs:
        out.append(Para(t("plan.legend")))
    if p.not_run:
        out.append(Heading(t("plan.not-run")))
        out.append(Items(tuple(
            t("plan.not-run.item", activity=names.training(n.training),
              cost=money(n.training.cost, cur, t), reason=t(f"plan.not-run.{n.reason}"),
              value=number(n.value, t))
            + (t("plan.not-run.seated", n=n.seated) if n.seated else "")
            for n in p.not_run
        )))
    out.append(Heading(t("plan.unserved")))
    out.append(Items(tuple(_unserved_text(u, names, t) for u in p.unserved),
                     t("plan.unserved.none")))
    out.append(Heading(t("plan.next")))
    if p.next_step is None:
        out.append(Para(t("plan.next.none")))
    else:
        n = p.next_step
        out.append(Para(t("plan.next.item", extra=money(n.extra, cur, t),
                          total=money(p.budget + n.extra if p.budget != float("inf") else n.extra,
                                      cur, t),
                          activity=names.training(n.training), seats=n.seats,
                          value=number(n.value, t))))
    out.append(Heading(t("plan.how")))
    out.append(Para(t("plan.how.text", beyond=number(planning.BEYOND_HOLDERS, t),
                      jp=number(planning.JP_POINT, t),
                      later=number(planning.JP_POINT_LATER, t))))
    return out


def _unserved_text(u: planning.Unserved, names: Names, t: Translator) -> str:
    reason = t(f"plan.unserved.{u.reason}", activity=u.training or "-")
    if u.obstacle is not None:
        reason += " — " + obstacle_text(u.obstacle, names, t)
    return t("plan.unserved.item", who=names.person(u.librarian), gap=u.gap,
             jp=number(u.jp_short, t), reason=reason)


# --- idp ------------------------------------------------------------------------------


def idp_blocks(ip: planning.IndividualPlan, data: Dataset, t: Translator,
               show_nip: bool = False) -> list[Block]:
    names = Names(data, t)
    a = ip.advice
    lib = a.librarian
    cur = data.settings.currency
    out: list[Block] = [
        Heading(t("idp.title"), 1),
        Para(t("idp.subtitle", organisation=data.settings.organisation,
               start=a.today.isoformat(), end=ip.period_end.isoformat())),
        Heading(t("idp.profile")),
        Fields((
            (t("plan.field.name"), lib.name),
            (t("plan.field.id"), lib.id),
            (t("plan.field.nip"), nip_text(lib.nip, show_nip) or "-"),
            (t("plan.field.library"), names.library(lib.library)),
            (t("plan.field.grade"), names.grade(ip.grade or lib.grade)),
            (t("plan.field.target-grade"), t(f"idp.basis.{ip.target_basis}",
                                              grade=names.grade(ip.target_grade))),
            (t("plan.field.employment"), names.employment(lib.employment)),
            (t("plan.field.jp", year=a.hours.year), _jp_line(a.hours, t)),
        )),
        Heading(t("idp.gaps")),
        Table(
            (t("plan.col.competency"), t("plan.col.current"), t("plan.col.required"),
             t("plan.col.target")),
            tuple(
                (names.comp(n.competency), level(n.current),
                 f"{level(n.required)} ({level(n.gap)})",
                 f"{level(n.target)} ({level(n.target_gap)})")
                for n in a.needs
                if (n.gap or 0) > 0 or (n.target_gap or 0) > 0
                or (n.current is None and (n.required or 0) > 0)
            ),
            t("idp.gaps.none"),
        ),
        Para(t("idp.gaps.note")),
        Heading(t("idp.planned")),
        Table(
            (t("plan.col.activity"), t("plan.col.dates"), t("plan.col.jp"), t("plan.col.state")),
            tuple(
                (names.training(tr), dates(tr, t), _jp_of(tr, data, t), t(f"plan.state.{state}"))
                for tr, state in a.booked
            ),
            t("recommend.booked.none"),
        ),
        Heading(t("idp.recommended")),
        Table(
            (t("plan.col.activity"), t("plan.col.dates"), t("plan.col.jp"),
             t("plan.col.closes"), t("plan.col.cost-seat")),
            tuple(
                (names.training(o.training), dates(o.training, t), number(o.jp or 0.0, t),
                 ", ".join(closing_text(c, names, t) for c in (o.closes or o.toward_target)),
                 money(o.cost_per_seat, cur, t))
                for o in ip.activities
            ),
            t("recommend.recommended.none"),
        ),
        Para(t("idp.recommended.note")),
    ]
    if a.suggestions:
        out.append(Heading(t("recommend.suggestions"), 3))
        out.append(Items(tuple(_suggestion_text(s, names, t) for s in a.suggestions)))
    mentors = [
        t("idp.mentor.current", mentor=names.person(m),
          competencies=", ".join(names.comp(c) for c in comps) or "-")
        for m, comps, _ in ip.mentors
    ] + [
        t("idp.mentor.proposed", mentor=names.person(p.mentor),
          competencies=", ".join(names.comp(g.competency) for g in p.gaps))
        for p in ip.proposed_mentors
    ]
    out.append(Heading(t("idp.mentor")))
    out.append(Items(tuple(mentors), t("idp.mentor.none")))
    out.append(Heading(t("idp.targets")))
    targets = [
        t("idp.target.level", competency=names.comp(x.competency), start=level(x.start),
          target=x.target, by=x.by.isoformat())
        for x in ip.targets
    ]
    if ip.jp_target is not None:
        targets.append(t("idp.target.jp", jp=ip.jp_target))
    out.append(Items(tuple(targets), t("idp.targets.none")))
    out.append(Sign(
        (
            (t("idp.sign.librarian"), lib.name),
            (t("idp.sign.supervisor"), ""),
            (t("idp.sign.coordinator"), ""),
        ),
        t("idp.sign.place-date"),
    ))
    return out


def _jp_of(tr: Training, data: Dataset, t: Translator) -> str:
    from pustaka_cli.domain.hours import activity_jp

    jp, _ = activity_jp(tr, data.settings.minutes_per_jp)
    return "-" if jp is None else number(jp, t)


# --- layouts --------------------------------------------------------------------------

WIDTH = 80



def text(blocks: Sequence[Block], width: int = WIDTH) -> str:
    """Plain text that fits ``width`` columns: long lines wrap, wide tables become lists."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            if out:
                out.append("")
            out.extend(_wrap(b.text, width))
            if b.level < 3:
                out.append(("=" if b.level == 1 else "-") * min(len(b.text), width))
        elif isinstance(b, Fields):
            out.extend(_fields(b.rows, width))
        elif isinstance(b, Table):
            out.extend(_text_table(b, width))
        elif isinstance(b, Para):
            out.extend(_wrap(b.text, width))
        elif isinstance(b, Items):
            if not b.items:
                out.extend(_wrap(b.empty, width))
            for item in b.items:
                first, *rest = item.split("\n")
                out.extend(_wrap(first, width, "- ", "  "))
                for line in rest:
                    out.extend(_wrap(line, width, "    ", "      "))
        else:
            out.append("")
            out.extend(_wrap(b.place_date, width))
            for role, name in b.roles:
                out.extend(["", role, "", "", f"({name or '.' * 30})"])
    return "\n".join(out).rstrip() + "\n"



def _wrap(line: str, width: int, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(line, width, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first.rstrip()]


def _fields(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    label = max((len(k) for k, _ in rows), default=0)
    out = []
    for k, v in rows:
        out.extend(_wrap(v, width, f"{k.ljust(label)} : ", " " * (label + 3)))
    return out


def _text_table(b: Table, width: int) -> list[str]:
    if not b.rows:
        return _wrap(b.empty, width)
    widths = [max(len(h), *(len(r[i]) for r in b.rows)) for i, h in enumerate(b.headers)]
    if sum(widths) + 2 * (len(widths) - 1) > width:
        # Too wide for the terminal: one short list per row instead.
        out: list[str] = []
        for r in b.rows:
            lines = _fields(tuple(zip(b.headers, r, strict=True)), width - 2)
            out.extend(("- " if i == 0 else "  ") + line for i, line in enumerate(lines))
        return out
    line = "  ".join
    out = [line(h.ljust(w) for h, w in zip(b.headers, widths, strict=True)).rstrip()]
    out.append(line("-" * w for w in widths))
    out.extend(line(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in b.rows)
    return out


def _md(value: str) -> str:
    for ch in "\\`*_[]<>|#":
        value = value.replace(ch, "\\" + ch)
    return value


def markdown(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.extend(["#" * b.level + " " + _md(b.text), ""])
        elif isinstance(b, Fields):
            out.extend(f"- **{_md(k)}**: {_md(v)}" for k, v in b.rows)
            out.append("")
        elif isinstance(b, Table):
            if not b.rows:
                out.extend([_md(b.empty), ""])
                continue
            out.append("| " + " | ".join(_md(h) for h in b.headers) + " |")
            out.append("|" + "|".join("---" for _ in b.headers) + "|")
            out.extend("| " + " | ".join(_md(c) for c in r) + " |" for r in b.rows)
            out.append("")
        elif isinstance(b, Para):
            out.extend([_md(b.text), ""])
        elif isinstance(b, Items):
            if not b.items:
                out.extend([_md(b.empty), ""])
                continue
            for item in b.items:
                first, *rest = item.split("\n")
                out.append(f"- {_md(first)}")
                out.extend(f"  - {_md(line.strip())}" for line in rest)
            out.append("")
        else:
            out.extend([_md(b.place_date), ""])
            out.append("| " + " | ".join(_md(r) for r, _ in b.roles) + " |")
            out.append("|" + "|".join("---" for _ in b.roles) + "|")
            out.append("| " + " | ".join("<br><br><br>" for _ in b.roles) + " |")
            out.append("| " + " | ".join(_md(f"({n or '.' * 20})") for _, n in b.roles) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_CSS = """
body{font-family:"DejaVu Sans",system-ui,"Segoe UI",Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#111;line-height:1.3;font-size:10pt}
h1{font-size:15pt;border-bottom:2px solid #333;padding-bottom:.2rem;margin:0 0 .4rem}
h2{font-size:11.5pt;margin:1rem 0 .3rem;border-bottom:1px solid #999;break-after:avoid}
h3{font-size:10pt;margin:.6rem 0 .2rem;break-after:avoid}
p{margin:.3rem 0}
table{border-collapse:collapse;width:100%;margin:.3rem 0;font-size:9pt}
thead{display:table-header-group}tr{break-inside:avoid}
th,td{border:1px solid #999;padding:.15rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.05rem 1rem;margin:.3rem 0}
dt{font-weight:bold}
dd{margin:0}
ul{padding-left:1.2rem;margin:.3rem 0}
li p{margin:.05rem 0}
.signature{break-inside:avoid;margin-top:1.2rem}
.sign{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem;margin-top:.6rem;
text-align:center}
.sign .role{min-height:2.6em}
.sign .space{height:4.5rem}
.sign .name{border-top:1px solid #333;padding-top:.2rem}
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt;line-height:1.25}
ul{font-size:8.5pt;line-height:1.2}li p{margin:0}.sign .space{height:3.4rem}
h2{margin:.7rem 0 .2rem}}
""".strip()


def page(blocks: Sequence[Block], t: Translator, title: str, paper: str = "a4",
         footer: str = "") -> str:
    """One self-contained printable HTML page on ``paper``: no script, no font or image
    from outside; ``footer`` (and the page number) at the foot of every printed page."""
    from pustaka_cli.render.html import page_style
    from pustaka_cli.render.output import PAPERS

    e = html.escape
    width, height = PAPERS[paper]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(t.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{page_style(width, height, footer or title, t, margin=14)}{_CSS}</style>",
        "</head>",
        "<body>",
    ]
    for b in blocks:
        if isinstance(b, Heading):
            out.append(f"<h{b.level}>{e(b.text)}</h{b.level}>")
        elif isinstance(b, Fields):
            out.append("<dl>")
            out.extend(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b.rows)
            out.append("</dl>")
        elif isinstance(b, Table):
            if not b.rows:
                out.append(f"<p>{e(b.empty)}</p>")
                continue
            out.append("<table>")
            out.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b.headers)
                       + "</tr></thead>")
            out.append("<tbody>")
            out.extend("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b.rows)
            out.append("</tbody></table>")
        elif isinstance(b, Para):
            out.append(f"<p>{e(b.text)}</p>")
        elif isinstance(b, Items):
            if not b.items:
                out.append(f"<p>{e(b.empty)}</p>")
                continue
            out.append("<ul>")
            out.extend(
                "<li>" + "".join(f"<p>{e(line.strip())}</p>" for line in item.split("\n"))
                + "</li>"
                for item in b.items
            )
            out.append("</ul>")
        else:
            # The place, the date and every signature stay together on one page.
            out.append('<div class="signature">')
            out.append(f'<p class="place">{e(b.place_date)}</p>')
            out.append('<div class="sign">')
            out.extend(
                f'<div><div class="role">{e(role)}</div><div class="space"></div>'
                f'<div class="name">{e(name) or "&nbsp;"}</div></div>'
                for role, name in b.roles
            )
            out.append("</div></div>")
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"


def today_text(day: dt.date) -> str:
    return day.isoformat()

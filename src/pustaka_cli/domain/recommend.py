"""Recommendations: which planned activity would close which of a librarian's gaps, and
which colleague could mentor whom. Every answer carries its reasons.

Pure: the dataset and today's date come in; no files, clock or environment.

What a librarian *needs* (``Need``): per competency of the framework, the current level
(``levels.Assessor``), the level expected once the planned activities they already have
a seat in are completed, and the level their grade requires now and their target grade
(or next rank) requires. Unknown levels are not gaps: they are assessed first (the
rule of ``standing``).

What an activity *would close* (``Closing``): for each competency it ``develops`` to level
``d``, ``min(d, required) - expected`` when positive. Its value is that gap weighted by
the competency's ``weight``. Activities are **planned** when they start after today and
are not cancelled.

Ranking (``recommend``): for a first candidate for development (a weak SKP predicate with
gaps in the main duties, ``domain/performance.py``), the activities that close one of
those gaps first; then larger weighted gap closed now, then closed toward the target
grade, then the earlier start, the lower cost per seat, the more JP still needed in the
activity's year (``jp_year``: the year it ends, whose need it answers), the id. Ruled
out, in this order: ``started`` (it starts today or has begun), ``prerequisite-level``,
``prerequisite-training`` (judged today), ``clash`` (overlaps an activity the librarian
has a seat in), ``full`` (only the waitlist is left).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import hours as jp_hours
from pustaka_cli.domain import performance
from pustaka_cli.domain.enrollment import Obstacle as Obstacle  # the reasons recommend gives
from pustaka_cli.domain.enrollment import clashing, seat_index, unmet_prerequisite
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor, on_staff, required_profile
from pustaka_cli.domain.performance import Performance
from pustaka_cli.domain.selection import staff_key
from pustaka_cli.domain.standing import gap_of
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset, Librarian, Mentoring, Participant, Training

RULED_OUT_SHOWN = 3  # how many ruled-out activities ``recommend`` lists
PARTNERS_SHOWN = 3
MENTORS_SHOWN = 3
DEFAULT_MAX_MENTEES = 3


# --- what a librarian needs -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Need:
    """One librarian's standing in one competency, now and after their planned activities."""

    competency: str
    weight: float
    current: int | None  # the level the evidence shows today (None: unknown)
    expected: int | None  # after the planned activities they have a seat in
    required: int | None  # by the current grade (None: no profile)
    target: int | None  # by the target grade or the next rank
    evidence: str | None = None  # the kind of evidence behind ``current``
    evidence_date: dt.date | None = None

    @property
    def gap(self) -> int | None:
        return gap_of(self.required, self.current)

    @property
    def target_gap(self) -> int | None:
        return gap_of(self.target, self.current)

    @property
    def open_gap(self) -> int | None:
        """The gap left after the planned activities already booked."""
        return gap_of(self.required, self.expected)

    @property
    def open_target_gap(self) -> int | None:
        return gap_of(self.target, self.expected)


def is_planned(t: Training, today: dt.date) -> bool:
    """An activity still to come: it starts after today and is not cancelled."""
    return t.status != "cancelled" and t.start > today


def participant(t: Training, librarian_id: str) -> Participant | None:
    for p in t.participants:
        if p.librarian == librarian_id:
            return p
    return None


def seated(t: Training) -> int:
    return sum(p.state in vocab.SEATED_STATES for p in t.participants)


Booking = tuple[Training, str]


def bookings(data: Dataset, today: dt.date) -> dict[str, tuple[Booking, ...]]:
    """Per librarian: activities not yet finished they are enrolled or waitlisted in, by date."""
    found: dict[str, list[Booking]] = {}
    for t in data.trainings:
        if t.status == "cancelled" or t.last_day < today:
            continue
        for p in t.participants:
            if p.state in ("enrolled", "waitlisted"):
                found.setdefault(p.librarian, []).append((t, p.state))
    return {k: tuple(sorted(v, key=lambda x: (x[0].start, x[0].id))) for k, v in found.items()}


def booked(data: Dataset, librarian_id: str, today: dt.date) -> tuple[Booking, ...]:
    """Activities not yet finished in which the librarian is seated or waitlisted, by date."""
    return bookings(data, today).get(librarian_id, ())


def needs(
    assessor: Assessor,
    librarian: Librarian,
    today: dt.date,
    mine: Sequence[Booking] | None = None,
) -> tuple[Need, ...]:
    """Every competency of the framework for one librarian, in framework order.

    ``mine``: their bookings, when already known (``bookings``).
    """
    data, ix = assessor.data, assessor.ix
    now, _ = required_profile(librarian, ix, target=False)
    later, _ = required_profile(librarian, ix, target=True)
    coming: dict[str, int] = {}
    for t, state in booked(data, librarian.id, today) if mine is None else mine:
        if state == "enrolled":
            for ref in t.develops:
                coming[ref.competency] = max(coming.get(ref.competency, 0), ref.level)
    out = []
    for comp in data.framework.competencies:
        level = assessor.level(librarian.id, comp.id, today)
        current = level.level
        expected = current
        if current is not None and comp.id in coming:
            expected = max(current, coming[comp.id])
        out.append(
            Need(
                comp.id,
                comp.weight,
                current,
                expected,
                None if now is None else now.required(comp.id),
                None if later is None else later.required(comp.id),
                level.chosen.kind if level.chosen else None,
                level.chosen.date if level.chosen else None,
            )
        )
    return tuple(out)


# --- what an activity would close -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Closing:
    """Part of a gap an activity would close: from ``start`` up to ``reaches``."""

    competency: str
    start: int
    reaches: int
    develops: int
    weight: float

    @property
    def levels(self) -> int:
        return self.reaches - self.start

    @property
    def weighted(self) -> float:
        return self.levels * self.weight


def closings(t: Training, wanted: Sequence[Need], target: bool = False) -> tuple[Closing, ...]:
    """The gaps (against the grade, or with ``target`` the target grade) ``t`` would close."""
    by_id = {n.competency: n for n in wanted}
    out = []
    for ref in sorted(t.develops, key=lambda r: r.competency):
        need = by_id.get(ref.competency)
        if need is None or need.expected is None:
            continue
        required = need.target if target else need.required
        if required is None:
            continue
        reaches = min(ref.level, required)
        if reaches > need.expected:
            out.append(Closing(ref.competency, need.expected, reaches, ref.level, need.weight))
    return tuple(out)


def obstacle(
    assessor: Assessor,
    t: Training,
    librarian_id: str,
    today: dt.date,
    seats: Mapping[str, Sequence[Training]] | None = None,
) -> Obstacle | None:
    """The first reason the librarian cannot be seated in ``t`` today, or None.

    ``seats``: every librarian's seated activities (``seat_index``), when already known.
    """
    if t.start <= today:
        return Obstacle("started")
    unmet = unmet_prerequisite(assessor, t, librarian_id, today)
    if unmet is not None:
        return unmet
    other = clashing(assessor.data, t, librarian_id, seats)
    if other is not None:
        return Obstacle("clash", other=other.id)
    if t.capacity is not None and seated(t) >= t.capacity:
        return Obstacle("full")
    return None


def cost_per_seat(t: Training, joining: int = 1) -> float | None:
    """The activity's cost shared over its seats; without a capacity, over the people
    seated plus ``joining`` (one more librarian: their share if they join)."""
    if t.cost is None:
        return None
    seats = t.capacity or (seated(t) + joining) or 1
    return round(t.cost / seats, 2)


# --- recommendations for one librarian ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """A planned activity seen from one librarian: what it would close, and any obstacle."""

    training: Training
    closes: tuple[Closing, ...]  # against the current grade
    toward_target: tuple[Closing, ...]  # against the target grade (or next rank)
    jp: float | None
    jp_needed: float  # of its JP, how many the librarian still needs in its year
    cost_per_seat: float | None
    obstacle: Obstacle | None = None
    jp_year: int = 0  # the year its JP count in (``jp_year``)
    year_needed: float = 0.0  # JP the librarian still needs in that year, before it

    @property
    def value(self) -> float:
        return round(sum(c.weighted for c in self.closes), 4)

    @property
    def target_value(self) -> float:
        return round(sum(c.weighted for c in self.toward_target), 4)

    @property
    def closes_gap(self) -> bool:
        return bool(self.closes or self.toward_target)


def option_key(o: Option) -> tuple[float, float, dt.date, float, float, str]:
    """Best first: gap closed now, toward the target, earlier, cheaper, more JP needed, id."""
    cost = o.cost_per_seat if o.cost_per_seat is not None else float("inf")
    return (-o.value, -o.target_value, o.training.start, cost, -o.jp_needed, o.training.id)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """For a gap no planned activity closes: the kinds of activity that would."""

    competency: str
    gap: int  # against the current grade, after the activities already booked
    mentors: tuple[str, ...]  # colleagues at the expert level, same library first
    partners: tuple[str, ...]  # partners of past activities in this competency
    target_gap: int = 0  # against the target grade (or next rank), after the booked ones


@dataclass(frozen=True, slots=True)
class Advice:
    """Everything ``pustaka recommend LIBRARIAN`` shows."""

    librarian: Librarian
    today: dt.date
    needs: tuple[Need, ...]
    hours: jp_hours.Hours  # this calendar year
    booked: tuple[tuple[Training, str], ...]  # (activity, enrolled | waitlisted)
    recommended: tuple[Option, ...]  # they can take a seat and it closes a gap
    for_hours: tuple[Option, ...]  # no gap closed, but JP the librarian still needs
    ruled_out: tuple[Option, ...]  # would close a gap, but an obstacle stands
    ruled_out_total: int
    suggestions: tuple[Suggestion, ...]
    # The performance gap (domain/performance.py): a first candidate's options that close
    # a gap in the main duties come first.
    performance: Performance | None = None


def find_librarian(data: Dataset, librarian_id: str) -> Librarian:
    found = Index.of(data).librarians.get(librarian_id)
    if found is None:
        raise PustakaError("error.plan-unknown-librarian", id=librarian_id)
    return found


def jp_year(t: Training) -> int:
    """The year an activity's JP count in: the year it ends, as ``hours`` credits them.

    A need is always of one year: 24 JP of a February 2027 workshop answer 2027's need,
    never what is still missing in 2026.
    """
    return t.last_day.year


def jp_needed(data: Dataset, librarian: Librarian, today: dt.date) -> dict[int, float]:
    """JP the librarian still needs per year from today on, after what they have booked.

    Only years with a target appear; this year counts what was earned already.
    """
    target = jp_hours.target(data.settings, librarian.employment)
    if target is None:
        return {}
    earned = jp_hours.hours(data, [librarian], [today.year], today)[0].total
    coming: dict[int, float] = {}
    per_jp = data.settings.minutes_per_jp
    for t, state in booked(data, librarian.id, today):
        jp, _ = jp_hours.activity_jp(t, per_jp)
        if state == "enrolled" and jp:
            coming[jp_year(t)] = coming.get(jp_year(t), 0.0) + jp
    years = {today.year, *coming, *(jp_year(t) for t in data.trainings if t.start > today)}
    out = {}
    for year in sorted(years):
        have = (earned if year == today.year else 0.0) + coming.get(year, 0.0)
        out[year] = max(round(target - have, 2), 0.0)
    return out


def option(
    assessor: Assessor,
    t: Training,
    librarian: Librarian,
    wanted: Sequence[Need],
    still: dict[int, float],
    today: dt.date,
    seats: Mapping[str, Sequence[Training]] | None = None,
) -> Option:
    jp, _ = jp_hours.activity_jp(t, assessor.data.settings.minutes_per_jp)
    year = jp_year(t)
    need = still.get(year, 0.0)
    return Option(
        t,
        closings(t, wanted),
        closings(t, wanted, target=True),
        None if jp is None else round(jp, 2),
        round(min(jp or 0.0, need), 2),
        cost_per_seat(t),
        obstacle(assessor, t, librarian.id, today, seats),
        year,
        need,
    )


def recommend(
    data: Dataset,
    librarian_id: str,
    today: dt.date,
    assessor: Assessor | None = None,
    ruled_out_shown: int = RULED_OUT_SHOWN,
) -> Advice:
    """The planned activities that would close this librarian's gaps, best first.

    >>> recommend(data, "sari-w", dt.date(2026, 11, 21)).recommended[0].training.id
    """
    assessor = assessor or Assessor.of(data)
    lib = find_librarian(data, librarian_id)
    wanted = needs(assessor, lib, today)
    year_hours = jp_hours.hours(data, [lib], [today.year], today)[0]
    mine = booked(data, lib.id, today)
    mine_ids = {t.id for t, _ in mine}
    still = jp_needed(data, lib, today)
    options = []
    seats = seat_index(data)
    if lib.active:
        for t in data.trainings:
            if t.status == "cancelled" or t.last_day < today or t.id in mine_ids:
                continue
            earlier = participant(t, lib.id)
            if earlier is not None and earlier.state != "withdrawn":
                continue  # they took part already (attended, completed, failed)
            options.append(option(assessor, t, lib, wanted, still, today, seats))
    perf = performance.priorities(data, assessor.ix, [lib], today)[lib.id]
    duties = {g.competency for g in perf.core_gaps} if perf.first else set()
    options.sort(key=lambda o: (not _closes_any(o, duties), *option_key(o)))
    recommended = tuple(o for o in options if o.obstacle is None and o.closes_gap)
    for_hours = tuple(
        o for o in options if o.obstacle is None and not o.closes_gap and o.jp_needed > 0
    )
    blocked = [o for o in options if o.obstacle is not None and o.closes_gap]
    covered = {c.competency for o in recommended for c in (*o.closes, *o.toward_target)}
    return Advice(
        lib,
        today,
        wanted,
        year_hours,
        mine,
        recommended,
        for_hours,
        tuple(blocked[:ruled_out_shown]),
        len(blocked),
        suggestions(assessor, lib, wanted, covered, today) if lib.active else (),
        perf,
    )


def _closes_any(o: Option, competencies: Collection[str]) -> bool:
    """Whether an option closes a gap (now) in one of ``competencies``."""
    return any(c.competency in competencies for c in o.closes)


def suggestions(
    assessor: Assessor,
    lib: Librarian,
    wanted: Sequence[Need],
    covered: Iterable[str],
    today: dt.date,
) -> tuple[Suggestion, ...]:
    """For each open gap no recommended activity closes: mentors, a workshop, a magang."""
    data = assessor.data
    done = set(covered)
    out = []
    for need in wanted:
        gap, toward = need.open_gap or 0, need.open_target_gap or 0
        if max(gap, toward) <= 0 or need.competency in done:
            continue
        out.append(
            Suggestion(
                need.competency,
                gap,
                experts(assessor, need.competency, today, near=lib)[:MENTORS_SHOWN],
                partners(data, need.competency, today)[:PARTNERS_SHOWN],
                toward,
            )
        )
    return tuple(out)


def experts(
    assessor: Assessor, competency: str, today: dt.date, near: Librarian | None = None
) -> tuple[str, ...]:
    """Active colleagues at the expert level in a competency: same library first, then name."""
    expert = assessor.data.settings.levels.expert_level
    found = []
    for lib in assessor.data.librarians:
        if not lib.active or not on_staff(lib, today) or (near and lib.id == near.id):
            continue
        level = assessor.level(lib.id, competency, today).level
        if level is not None and level >= expert:
            elsewhere = near is not None and lib.library != near.library
            found.append(((elsewhere, *staff_key(lib)), lib.id))
    return tuple(lib_id for _, lib_id in sorted(set(found)))


def partners(data: Dataset, competency: str, today: dt.date) -> tuple[str, ...]:
    """Partners of past activities that developed this competency, by name."""
    seen = {
        t.partner
        for t in data.trainings
        if t.partner is not None
        and t.status != "cancelled"
        and t.start <= today
        and any(ref.competency == competency for ref in t.develops)
    }
    return tuple(sorted(seen, key=lambda p: (p.casefold(), p)))


# --- mentoring pairs ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairGap:
    competency: str
    mentee_level: int | None
    required: int
    mentor_level: int
    weight: float


@dataclass(frozen=True, slots=True)
class Pair:
    """A proposed mentor for a mentee in the competencies listed."""

    mentor: Librarian
    mentee: Librarian
    gaps: tuple[PairGap, ...]
    same_library: bool
    existing: bool  # the two are already a pair: this widens it, no new place is used
    mentees: int  # the mentor's mentees once this pair is made

    @property
    def value(self) -> float:
        return round(sum((g.required - (g.mentee_level or 0)) * g.weight for g in self.gaps), 4)


@dataclass(frozen=True, slots=True)
class Current:
    """A mentoring pair already running today (a record, or a librarian's ``mentor``)."""

    mentor: str
    mentee: str
    competencies: tuple[str, ...]
    source: str  # the mentoring record's id, or "librarians"


@dataclass(frozen=True, slots=True)
class Unmatched:
    mentee: Librarian
    competency: str
    gap: int
    reason: str  # no-expert | mentors-full


@dataclass(frozen=True, slots=True)
class MentorPlan:
    """Everything ``pustaka recommend --mentors`` shows."""

    today: dt.date
    max_mentees: int
    expert_level: int
    current: tuple[Current, ...]
    pairs: tuple[Pair, ...]
    unmatched: tuple[Unmatched, ...]
    load: tuple[tuple[str, int], ...]  # mentor id, mentees after the proposal


def running(m: Mentoring, today: dt.date) -> bool:
    return m.start <= today and (m.end is None or m.end >= today)


def current_pairs(data: Dataset, today: dt.date) -> tuple[Current, ...]:
    """Pairs running today: mentoring records, and librarians' ``mentor`` not recorded there."""
    out = [
        Current(m.mentor, m.mentee, tuple(sorted(c for c, _ in m.competencies)), m.id)
        for m in data.mentoring
        if running(m, today)
    ]
    known = {(c.mentor, c.mentee) for c in out}
    for lib in data.librarians:
        if lib.mentor and lib.active and (lib.mentor, lib.id) not in known:
            out.append(Current(lib.mentor, lib.id, (), "librarians"))
    return tuple(sorted(out, key=lambda c: (c.mentor, c.mentee, c.source)))


def recommend_mentors(
    data: Dataset,
    today: dt.date,
    max_mentees: int = DEFAULT_MAX_MENTEES,
    assessor: Assessor | None = None,
) -> MentorPlan:
    """Mentor-mentee pairs for the gaps colleagues at the expert level can close.

    Mentees with the largest weighted gap choose first. For each, a mentor is a colleague
    at ``levels.expert_level`` in one of their open gaps (never themselves), chosen in
    rounds so that every mentee gets one mentor before anyone gets a second; an existing
    mentor first, then the same library, then the larger weighted gap covered, the lighter
    load, the name. A mentor takes at most ``max_mentees`` mentees, the running pairs
    included; gaps a running pair already covers are left to it.
    """
    assessor = assessor or Assessor.of(data)
    ix = assessor.ix
    expert_level = data.settings.levels.expert_level
    current = current_pairs(data, today)
    mentees_of: dict[str, set[str]] = {}
    covered: dict[str, set[str]] = {}
    for c in current:
        mentees_of.setdefault(c.mentor, set()).add(c.mentee)
        covered.setdefault(c.mentee, set()).update(c.competencies)
    people = sorted(
        (lib for lib in ix.librarians.values() if lib.active and on_staff(lib, today)),
        key=staff_key,
    )
    comps = [c.id for c in data.framework.competencies]
    levels = {(lib.id, c): assessor.level(lib.id, c, today).level for lib in people for c in comps}
    experts_in = {
        c: {lib.id for lib in people if (levels[(lib.id, c)] or 0) >= expert_level} for c in comps
    }
    booked_by = bookings(data, today)
    wanted = {lib.id: needs(assessor, lib, today, booked_by.get(lib.id, ())) for lib in people}
    by_id = {lib.id: lib for lib in people}

    def open_gaps(lib: Librarian) -> list[Need]:
        return [
            n
            for n in wanted[lib.id]
            if (n.open_gap or 0) > 0 and n.competency not in covered.get(lib.id, set())
        ]

    order = sorted(
        people,
        key=lambda lib: (
            -sum((n.open_gap or 0) * n.weight for n in open_gaps(lib)),
            *staff_key(lib),
        ),
    )
    pairs: list[Pair] = []
    left = {lib.id: open_gaps(lib) for lib in order}
    # Rounds: every mentee gets one mentor before anyone gets a second.
    progress = True
    while progress:
        progress = False
        for mentee in order:
            if not left[mentee.id]:
                continue
            best: tuple[tuple[object, ...], Librarian, list[Need]] | None = None
            able = set().union(*(experts_in[n.competency] for n in left[mentee.id]))
            for mentor in (by_id[x] for x in able):
                if mentor.id == mentee.id:
                    continue
                already = mentee.id in mentees_of.get(mentor.id, set())
                if not already and len(mentees_of.get(mentor.id, set())) >= max_mentees:
                    continue
                can = [n for n in left[mentee.id] if mentor.id in experts_in[n.competency]]
                if not can:
                    continue
                key = (
                    not already,
                    mentor.library != mentee.library,
                    -sum((n.open_gap or 0) * n.weight for n in can),
                    len(mentees_of.get(mentor.id, set())),
                    *staff_key(mentor),
                )
                if best is None or key < best[0]:
                    best = (key, mentor, can)
            if best is None:
                continue
            _, mentor, can = best
            already = mentee.id in mentees_of.get(mentor.id, set())
            mentees_of.setdefault(mentor.id, set()).add(mentee.id)
            pairs.append(
                Pair(
                    mentor,
                    mentee,
                    tuple(
                        PairGap(
                            n.competency,
                            n.expected,
                            n.required or 0,
                            levels[(mentor.id, n.competency)] or 0,
                            n.weight,
                        )
                        for n in can
                    ),
                    mentor.library == mentee.library,
                    already,
                    len(mentees_of[mentor.id]),
                )
            )
            left[mentee.id] = [n for n in left[mentee.id] if n not in can]
            progress = True
    unmatched = []
    for mentee in order:
        for n in left[mentee.id]:
            anyone = bool(experts_in[n.competency] - {mentee.id})
            unmatched.append(
                Unmatched(
                    mentee, n.competency, n.open_gap or 0, "mentors-full" if anyone else "no-expert"
                )
            )
    pairs.sort(key=lambda p: (*staff_key(p.mentor), *staff_key(p.mentee)))
    unmatched.sort(key=lambda u: (*staff_key(u.mentee), u.competency))
    load = tuple(sorted((m, len(s)) for m, s in mentees_of.items()))
    return MentorPlan(
        today, max_mentees, expert_level, current, tuple(pairs), tuple(unmatched), load
    )

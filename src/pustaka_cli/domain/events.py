"""Events the library organises for others: what was held, who ran it, whom it reached.

A public seminar, a book discussion, an exhibition, a literacy class for teachers, a
field placement of library-school students the library hosts: the library *gives* these
(``events:`` in ``events.yaml`` or ``events/*.yaml``); its staff do not *take* them. So:

1. **No staff JP.** The 20 JP a year (PP 11/2017 as amended by PP 17/2020, art. 203(4))
   count a civil servant's *own* competency development, in the forms Peraturan LAN
   10/2018 lists (klasikal: pelatihan, seminar, workshop, kursus...; nonklasikal:
   coaching, mentoring, e-learning, bimbingan di tempat kerja, magang...). Running an
   event, speaking at it or supervising hosted students is not among them, so an event
   earns its organisers no JP and never enters ``report hours``, gaps or levels. (A
   regional office that recognises teaching as development may have its own rule: then
   record the staff member's own learning as an activity in ``trainings``.) The old
   practice of recording a hosted student placement as *bimbingan di tempat kerja* for
   the supervisors credited them JP for guidance they gave, not received: that is what
   this kind of record replaces.
2. **Organisers are credited** (``organisers``: a librarian and a role — ketua, panitia,
   narasumber, moderator, fasilitator, pembimbing): ``report events`` lists, per staff
   member, the events held that they ran, and in which roles. Credit points for
   promotion are their own report's concern.
3. **Reach** = the counted ``audience`` (people present who are not named) + the named
   ``guests`` (participants from outside: a name and an institution). A cancelled event
   reaches nobody; a planned one (``status: planned``) has not yet.
4. An event belongs to a period when its dates overlap it; a staff filter (library,
   grade, librarian) keeps the events one of the selected staff organised.

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.model import Event


def held(e: Event, as_of: dt.date) -> bool:
    """Whether an event took place by ``as_of``: not cancelled, not planned, started."""
    return e.status is None and e.start <= as_of


def reach(e: Event, as_of: dt.date) -> int | None:
    """People an event reached (rule 3); None when it was not held (yet)."""
    return e.reach if held(e, as_of) else None


@dataclass(frozen=True, slots=True)
class Credit:
    """One staff member's part in the events of a period (rule 2)."""

    librarian: str
    events: tuple[str, ...]  # ids of the events held that they organised, by date
    roles: tuple[str, ...]  # the roles they had, each once, in the order of ORGANISER_ROLES
    reach: int  # people those events reached


@dataclass(frozen=True, slots=True)
class EventsResult:
    events: tuple[Event, ...]  # by start, then id
    credits: tuple[Credit, ...]  # by librarian id
    as_of: dt.date


def events(
    all_events: Sequence[Event],
    start: dt.date,
    end: dt.date,
    as_of: dt.date,
    librarians: Collection[str] | None = None,
) -> EventsResult:
    """The events overlapping ``start``..``end`` (with ``librarians``: those one of them
    organised), and each organiser's credit for those held by ``as_of``."""
    chosen = sorted(
        (
            e
            for e in all_events
            if e.start <= end
            and e.last_day >= start
            and (librarians is None or any(o.librarian in librarians for o in e.organisers))
        ),
        key=lambda e: (e.start, e.id),
    )
    ran: dict[str, list[Event]] = {}
    roles: dict[str, set[str]] = {}
    for e in chosen:
        if not held(e, as_of):
            continue
        for o in e.organisers:
            if librarians is not None and o.librarian not in librarians:
                continue
            mine = ran.setdefault(o.librarian, [])
            if e not in mine:
                mine.append(e)
            if o.role is not None:
                roles.setdefault(o.librarian, set()).add(o.role)
    order = {role: i for i, role in enumerate(vocab.ORGANISER_ROLES)}
    credits = tuple(
        Credit(
            who,
            tuple(e.id for e in mine),
            tuple(sorted(roles.get(who, ()), key=lambda r: order.get(r, len(order)))),
            sum(e.reach for e in mine),
        )
        for who, mine in sorted(ran.items())
    )
    return EventsResult(tuple(chosen), credits, as_of)

"""Attendance: the days an activity meets, each person's share of them, the completion
rule, and the sign-in list (daftar hadir) a coordinator prints.

The rules, each in one place:

1. **The days of an activity** (``days``): the ``days`` written on it (an activity that
   does not meet every day, or skips the weekend); else every day from ``start`` to
   ``end`` when that is at most ``DAYS_LISTED`` days (as ``pustaka record`` writes them);
   else — an e-learning or a community of practice over months — the days on which
   anyone's attendance is recorded (the meetings held). None known: no days.
2. **A person's attendance share** (``share``): the days of the activity they are
   recorded present (``attended``), over the days of the activity. A person with no day
   recorded has **no share** ("no attendance recorded"), never 0 %: a share is a
   statement that they were absent, which nobody wrote.
3. **The completion rule**: an activity may state ``completion: {min_attendance: 0.8}``
   (a share of its days, 0-1). Completing (``pustaka complete``) is then refused for
   someone below it, and for someone with no attendance recorded (the rule cannot be
   shown met); ``check`` warns where a recorded completion is below it. Without the
   rule, attendance never stops a completion. Peraturan LAN 10/2018 leaves the minimum
   attendance of a klasikal activity to its organiser (a certificate states completion);
   the number is the folder's, not the law's.
4. **The sign-in list** (``sheet``): for each day of the activity, one line per person
   with a seat (enrolled, attended, completed, failed; in name order) and then each
   participant from outside (``guests``, in name order), with a column to sign.

Staff attend as ``participants``; people from outside the staff as ``guests`` (a name
and an institution): they are on the sign-in list and in the activity's reach, never in
staff JP or gaps (those read ``participants`` only).

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Guest, Training
from pustaka_cli.problems import Loc

# Each day of an activity up to this long is one of its days, without ``days`` written;
# ``pustaka record`` lists the same days in ``attended``.
DAYS_LISTED = 14


def days(t: Training) -> tuple[dt.date, ...]:
    """The days an activity meets (rule 1), in order.

    >>> days(Training(..., start=date(2026, 3, 10), end=date(2026, 3, 12)))
    (2026-03-10, 2026-03-11, 2026-03-12)
    """
    if t.days:
        return tuple(sorted(set(t.days)))
    span = (t.last_day - t.start).days + 1
    if 0 < span <= DAYS_LISTED:
        return tuple(t.start + dt.timedelta(days=i) for i in range(span))
    met: set[dt.date] = set()
    for p in t.participants:
        met.update(p.attended)
    for g in t.guests:
        met.update(g.attended)
    return tuple(sorted(met))


@dataclass(frozen=True, slots=True)
class Share:
    """Days present of the days of the activity (rule 2)."""

    present: int
    days: int

    @property
    def ratio(self) -> float:
        return self.present / self.days if self.days else 0.0

    @property
    def percent(self) -> float:
        return round(100 * self.ratio, 1)


def share(attended: Iterable[dt.date], meets: tuple[dt.date, ...]) -> Share | None:
    """A person's share of ``meets`` (the activity's ``days``); None with no day recorded."""
    present = set(attended)
    if not present or not meets:
        return None
    return Share(len(present & set(meets)), len(meets))


def minimum(t: Training) -> float | None:
    """The share of its days an activity asks for completion (rule 3), if it asks."""
    return t.completion.min_attendance if t.completion is not None else None


def meets_minimum(t: Training, found: Share | None) -> bool | None:
    """Whether a share reaches the activity's minimum; None when it states none.
    No attendance recorded does not reach a minimum."""
    wanted = minimum(t)
    if wanted is None:
        return None
    return found is not None and found.ratio >= wanted


@dataclass(frozen=True, slots=True)
class Presence:
    """One person's attendance of one activity: staff (``librarian``) or from outside."""

    training: Training
    name: str  # the librarian id, or the guest's name
    librarian: str | None
    institution: str | None  # a guest's
    state: str | None  # a participant's state; None for a guest
    share: Share | None
    meets: bool | None
    loc: Loc


def presences(t: Training) -> tuple[Presence, ...]:
    """Every seated participant's, then every guest's attendance of ``t``, in file order."""
    meets = days(t)
    out = []
    for p in t.participants:
        if p.state not in vocab.SEATED_STATES:
            continue
        found = share(p.attended, meets)
        out.append(
            Presence(
                t,
                p.librarian,
                p.librarian,
                None,
                p.state,
                found,
                meets_minimum(t, found),
                p.src.loc,
            )
        )
    for g in t.guests:
        found = share(g.attended, meets)
        out.append(
            Presence(
                t, g.name, None, g.institution, None, found, meets_minimum(t, found), g.src.loc
            )
        )
    return tuple(out)


def refuse_below_minimum(
    t: Training, librarian: str, attended: Iterable[dt.date], where: Loc
) -> None:
    """Refuse completing ``librarian`` (recorded present on ``attended``) in ``t`` below
    the activity's minimum attendance (rule 3), naming ``where`` the participant is
    written; nothing when the activity states no minimum."""
    wanted = minimum(t)
    if wanted is None:
        return
    found = share(attended, days(t))
    if found is not None and found.ratio >= wanted:
        return
    args = {
        "path": where.path,
        "line": where.line,
        "col": where.col,
        "librarian": librarian,
        "training": t.id,
        "minimum": _percent(wanted),
    }
    if found is None:
        raise PustakaError("error.attendance-not-recorded", **args)
    raise PustakaError(
        "error.attendance-below-minimum",
        present=found.present,
        days=found.days,
        **args,
    )


def _percent(ratio: float) -> str:
    value = round(100 * ratio, 1)
    return str(int(value)) if value.is_integer() else str(value)


# --- the sign-in list -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signer:
    """One line of the sign-in list: a person on one day."""

    day: dt.date
    number: int  # the line's number on that day's list, from 1
    name: str | None  # a guest's name; None for staff (the view names them)
    librarian: str | None
    institution: str | None  # a guest's; staff are of the programme's library
    role: str | None
    recorded: bool  # their attendance of that day is already recorded


@dataclass(frozen=True, slots=True)
class Sheet:
    training: Training
    days: tuple[dt.date, ...]
    lines: tuple[Signer, ...]  # by day, then number


def sheet(t: Training, names: dict[str, str]) -> Sheet:
    """The sign-in list of ``t`` (rule 4); ``names``: each librarian id's name, to order
    the staff by. Refused for a cancelled activity and one whose days are not known."""
    if t.status == "cancelled":
        raise PustakaError("error.training-cancelled", training=t.id)
    meets = days(t)
    if not meets:
        raise PustakaError("error.attendance-no-days", training=t.id, start=t.start, end=t.last_day)
    staff = sorted(
        (p for p in t.participants if p.state in vocab.SEATED_STATES),
        key=lambda p: (names.get(p.librarian, p.librarian).casefold(), p.librarian),
    )
    guests: list[Guest] = sorted(t.guests, key=lambda g: (g.name.casefold(), g.institution))
    lines = []
    for day in meets:
        n = 0
        for p in staff:
            n += 1
            lines.append(Signer(day, n, None, p.librarian, None, None, day in p.attended))
        for g in guests:
            n += 1
            lines.append(Signer(day, n, g.name, None, g.institution, g.role, day in g.attended))
    return Sheet(t, meets, tuple(lines))

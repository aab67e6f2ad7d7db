"""Enrolment: who may join an activity, who waits, who moves up — decided, never written.

Pure: the dataset and today's date come in, decisions (or a refusal) go out. A refusal is
a ``PustakaError`` naming its message; the command turns a decision into a file change.

The rules, in the order they are checked for each librarian of ``pustaka enroll``:

1. The activity and the librarian exist (with a "did you mean" when one is close).
2. The activity is not cancelled and not finished (its last day is before today) — unless
   the coordinator gives the real enrolment date (``on``, ``--on``): a finished activity
   then takes the people who were in it, enrolled on that day (not after its last day,
   not after today), by the same rules 3 to 7, judged on that day.
3. The librarian is active (not ``status: left``).
4. The librarian is not already in it (a withdrawn entry may enrol again).
5. Prerequisites: every required level is reached (``unmet_prerequisite``) and every earlier
   activity named was completed.
6. No other activity the librarian has a seat in overlaps its dates (``allow_clash``).
7. While seats are free the librarian is enrolled, else waitlisted; the waitlist is served
   in order of enrolment ``date``, then file order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import careers, levels
from pustaka_cli.domain.index import Index
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset, Librarian, Participant, Training
from pustaka_cli.problems import suggest


@dataclass(frozen=True, slots=True)
class Seat:
    """One librarian's new place in an activity: ``enrolled`` or ``waitlisted``.

    ``again`` is True when the librarian had withdrawn before: the old entry is reused.
    ``position`` is the place on the waitlist (1 = next), 0 when enrolled.
    """

    librarian: str
    state: str
    date: dt.date
    again: bool = False
    position: int = 0


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A librarian leaves an activity; ``promoted`` move up from the waitlist, in order."""

    librarian: str
    promoted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Attendance:
    """A day of attendance; ``state`` is the participant's state afterwards."""

    librarian: str
    day: dt.date
    state: str
    state_changes: bool


@dataclass(frozen=True, slots=True)
class Completion:
    librarian: str
    state: str  # completed | failed
    score: float | None


# --- looking things up ----------------------------------------------------------------


def training(data: Dataset, training_id: str) -> Training:
    """The activity with this id, or a refusal that suggests a close one."""
    ix = Index.of(data)
    found = ix.trainings.get(training_id)
    if found is None:
        raise _unknown("error.unknown-training", training_id, tuple(ix.trainings))
    return found


def librarian(data: Dataset, librarian_id: str) -> Librarian:
    ix = Index.of(data)
    found = ix.librarians.get(librarian_id)
    if found is None:
        raise _unknown("error.unknown-librarian", librarian_id, tuple(ix.librarians))
    return found


def _unknown(key: str, value: str, known: tuple[str, ...]) -> PustakaError:
    close = suggest(value, sorted(known))
    if close:
        return PustakaError(key + "-suggest", id=value, suggestion=close)
    return PustakaError(key, id=value)


def participant(t: Training, librarian_id: str) -> Participant | None:
    for p in t.participants:
        if p.librarian == librarian_id:
            return p
    return None


@dataclass(frozen=True, slots=True)
class Obstacle:
    """Why a librarian cannot take a seat in an activity."""

    code: str  # started | prerequisite-level | prerequisite-training | clash | full
    competency: str | None = None
    level: int | None = None
    has: int | None = None
    other: str | None = None  # the earlier or the clashing activity


def unmet_prerequisite(
    assessor: levels.Assessor, t: Training, librarian_id: str, today: dt.date
) -> Obstacle | None:
    """The first prerequisite of ``t`` the librarian does not meet today, or None.

    A required level is met by the current level under the folder's level rule; an
    earlier activity by a completed participation in it. ``enroll`` refuses on it and
    ``recommend`` and ``plan`` rule activities out by it: one rule for all three.
    """
    for ref in sorted(t.prerequisite_levels, key=lambda r: r.competency):
        has = assessor.level(librarian_id, ref.competency, today).level
        if has is None or has < ref.level:
            return Obstacle("prerequisite-level", ref.competency, ref.level, has)
    for before, _ in t.prerequisite_trainings:
        earlier = assessor.ix.trainings.get(before)
        done = earlier is not None and any(
            p.librarian == librarian_id and p.state == "completed" for p in earlier.participants
        )
        if not done:
            return Obstacle("prerequisite-training", other=before)
    return None


def finished(t: Training, today: dt.date) -> bool:
    return t.last_day < today


def waitlist(t: Training) -> list[Participant]:
    """Who waits for a seat, first first: by enrolment date, then file order."""
    waiting = [
        (p.date or dt.date.max, i, p)
        for i, p in enumerate(t.participants)
        if p.state == "waitlisted"
    ]
    return [p for _, _, p in sorted(waiting, key=lambda x: (x[0], x[1]))]


def seated(t: Training) -> int:
    return sum(p.state in vocab.SEATED_STATES for p in t.participants)


# --- enrol ----------------------------------------------------------------------------


def enroll(
    data: Dataset,
    training_id: str,
    librarian_ids: Sequence[str],
    today: dt.date,
    allow_clash: bool = False,
    on: dt.date | None = None,
) -> tuple[Seat, ...]:
    """Seats for these librarians in order, or the first refusal (then nobody is enrolled).

    ``on``: the day they enrolled, when it was not today (the date written; a finished
    activity takes enrolments only so).
    """
    t = training(data, training_id)
    if t.status == "cancelled":
        raise PustakaError("error.training-cancelled", training=t.id)
    if on is None and finished(t, today):
        raise PustakaError("error.training-finished-enrol", training=t.id, end=t.last_day)
    if on is not None:
        if on > today:
            raise PustakaError("error.date-in-future", date=on, today=today)
        if on > t.last_day:
            raise PustakaError("error.enrol-after-end", training=t.id, date=on, end=t.last_day)
        today = on
    if len(set(librarian_ids)) != len(librarian_ids):
        twice = next(x for x in librarian_ids if list(librarian_ids).count(x) > 1)
        raise PustakaError("error.named-twice", librarian=twice)
    free = None if t.capacity is None else t.capacity - seated(t)
    queue = len(waitlist(t))
    seats: list[Seat] = []
    assessor = levels.Assessor.of(data)
    for lid in librarian_ids:
        who = librarian(data, lid)
        _may_enrol(data, t, who, today, allow_clash, assessor)
        again = participant(t, lid) is not None
        if free is None or free > 0:
            seats.append(Seat(lid, "enrolled", today, again))
            if free is not None:
                free -= 1
        else:
            queue += 1
            seats.append(Seat(lid, "waitlisted", today, again, position=queue))
    return tuple(seats)


def _may_enrol(
    data: Dataset,
    t: Training,
    who: Librarian,
    today: dt.date,
    allow_clash: bool,
    assessor: levels.Assessor,
) -> None:
    if not who.active:
        raise PustakaError("error.librarian-left", librarian=who.id, left=who.left or "")
    mine = participant(t, who.id)
    if mine is not None and mine.state != "withdrawn":
        raise PustakaError(
            "error.already-enrolled", librarian=who.id, training=t.id, state=mine.state
        )
    unmet = unmet_prerequisite(assessor, t, who.id, today)
    if unmet is not None and unmet.code == "prerequisite-level":
        raise PustakaError(
            "error.prerequisite-level",
            librarian=who.id,
            training=t.id,
            competency=unmet.competency,
            level=unmet.level,
            has="?" if unmet.has is None else unmet.has,
        )
    if unmet is not None:
        raise PustakaError(
            "error.prerequisite-training", librarian=who.id, training=t.id, earlier=unmet.other
        )
    if not allow_clash:
        clash = clashing(data, t, who.id)
        if clash is not None:
            raise PustakaError(
                "error.clash",
                librarian=who.id,
                training=t.id,
                other=clash.id,
                start=clash.start,
                end=clash.last_day,
            )


def overlaps(a: Training, b: Training) -> bool:
    return not (a.start > b.last_day or a.last_day < b.start)


def seat_index(data: Dataset) -> dict[str, tuple[Training, ...]]:
    """Per librarian: the activities (not cancelled) they have a seat in, by start and id."""
    found: dict[str, list[Training]] = {}
    for t in data.trainings:
        if t.status == "cancelled":
            continue
        for p in t.participants:
            if p.state in vocab.SEATED_STATES:
                found.setdefault(p.librarian, []).append(t)
    return {k: tuple(sorted(v, key=lambda o: (o.start, o.id))) for k, v in found.items()}


def clashing(
    data: Dataset,
    t: Training,
    librarian_id: str,
    seats: Mapping[str, Sequence[Training]] | None = None,
) -> Training | None:
    """Another activity overlapping ``t``'s dates in which the librarian has a seat.

    ``seats``: every librarian's seated activities (``seat_index``), when already known.
    """
    mine = (seats if seats is not None else seat_index(data)).get(librarian_id, ())
    for other in mine:
        if other.id != t.id and overlaps(t, other):
            return other
    return None


# --- withdraw, attend, complete -------------------------------------------------------


def withdraw(data: Dataset, training_id: str, librarian_id: str, today: dt.date) -> Withdrawal:
    """Take a librarian out; the first on the waitlist moves up if a seat came free."""
    t = training(data, training_id)
    librarian(data, librarian_id)
    mine = participant(t, librarian_id)
    if mine is None or mine.state == "withdrawn":
        raise PustakaError("error.not-enrolled", librarian=librarian_id, training=t.id)
    if mine.state not in ("enrolled", "waitlisted"):
        raise PustakaError(
            "error.withdraw-too-late", librarian=librarian_id, training=t.id, state=mine.state
        )
    if finished(t, today):
        raise PustakaError("error.training-finished", training=t.id, end=t.last_day)
    promoted: tuple[str, ...] = ()
    if mine.state == "enrolled":
        waiting = [p.librarian for p in waitlist(t)]
        # every seat that is free once this one is: usually one, more if capacity was raised
        free = len(waiting) if t.capacity is None else t.capacity - (seated(t) - 1)
        promoted = tuple(waiting[: max(free, 0)])
    return Withdrawal(librarian_id, promoted)


def attend(
    data: Dataset,
    training_id: str,
    librarian_ids: Sequence[str],
    day: dt.date | None,
    today: dt.date,
) -> tuple[Attendance, ...]:
    """Record a day of attendance for each librarian (all or none)."""
    t = training(data, training_id)
    if day is None:
        if t.start <= today <= t.last_day:
            day = today
        elif t.start == t.last_day and t.start < today:
            day = t.start
        else:
            raise PustakaError(
                "error.attend-date-needed", training=t.id, start=t.start, end=t.last_day
            )
    if not t.start <= day <= t.last_day:
        raise PustakaError(
            "error.attend-outside", training=t.id, date=day, start=t.start, end=t.last_day
        )
    if day > today:
        raise PustakaError("error.date-in-future", date=day, today=today)
    out = []
    for lid in librarian_ids:
        librarian(data, lid)
        mine = participant(t, lid)
        if mine is None or mine.state not in vocab.SEATED_STATES:
            raise PustakaError(
                "error.not-seated",
                librarian=lid,
                training=t.id,
                state=mine.state if mine else "-",
            )
        if day in mine.attended:
            raise PustakaError("error.already-attended", librarian=lid, training=t.id, date=day)
        state = "attended" if mine.state == "enrolled" else mine.state
        out.append(Attendance(lid, day, state, state != mine.state))
    return tuple(out)


def complete(
    data: Dataset,
    training_id: str,
    librarian_ids: Sequence[str],
    score: float | None,
    failed: bool,
    today: dt.date,
) -> tuple[Completion, ...]:
    """Mark each librarian completed (or failed), with the post-test score if given."""
    t = training(data, training_id)
    if t.start > today:
        raise PustakaError("error.not-started", training=t.id, start=t.start)
    if score is not None and not 0 <= score <= 100:
        raise PustakaError("error.bad-score", value=score)
    out = []
    for lid in librarian_ids:
        librarian(data, lid)
        mine = participant(t, lid)
        if mine is None or mine.state not in ("enrolled", "attended"):
            if mine is not None and mine.state in ("completed", "failed"):
                raise PustakaError(
                    "error.already-completed", librarian=lid, training=t.id, state=mine.state
                )
            raise PustakaError(
                "error.not-seated",
                librarian=lid,
                training=t.id,
                state=mine.state if mine else "-",
            )
        out.append(Completion(lid, "failed" if failed else "completed", score))
    return tuple(out)


# --- a finished activity, recorded after the fact --------------------------------------

# Each day of an activity up to this long is written in ``attended``; a longer one (an
# e-learning over weeks) gets no list of days: its state says it was attended.
DAYS_LISTED = 14


@dataclass(frozen=True, slots=True)
class Taken:
    """One librarian's part in a finished activity, as ``pustaka record`` writes it.

    ``state``: attended, completed (passed) or failed. ``date``: the enrolment date
    written on a new entry (the ``--on`` date, else the activity's first day: the first
    day they were there); an entry already there keeps its own. ``days``: the days
    attended to add (every day of the activity, when it is at most ``DAYS_LISTED``
    days long). ``before``: the state of the entry already there, None for a new one.
    """

    librarian: str
    state: str
    date: dt.date
    days: tuple[dt.date, ...]
    score: float | None
    before: str | None


def record_finished(
    data: Dataset,
    training_id: str,
    attended: Sequence[str],
    passed: Sequence[tuple[str, float | None]],
    failed: Sequence[tuple[str, float | None]],
    today: dt.date,
    on: dt.date | None = None,
    allow_clash: bool = False,
) -> tuple[Taken, ...]:
    """Who was in an activity that is over, and how it ended for each (all or nobody).

    Everyone named attended; those ``passed`` completed it and those ``failed`` failed,
    each with a post-test score if given. The activity's last day must be past (or
    today). Prerequisites are not judged (they took part: that happened); the
    capacity is (the seats taken in all), and dates that clash with another activity
    they hold a seat in, unless ``allow_clash``. Someone already in the activity
    (enrolled, attended, waitlisted, withdrawn) is updated; completed or failed is
    refused.
    """
    t = training(data, training_id)
    if t.status == "cancelled":
        raise PustakaError("error.training-cancelled", training=t.id)
    if t.last_day > today:
        raise PustakaError("error.record-not-over", training=t.id, end=t.last_day)
    if on is not None:
        if on > today:
            raise PustakaError("error.date-in-future", date=on, today=today)
        if on > t.last_day:
            raise PustakaError("error.enrol-after-end", training=t.id, date=on, end=t.last_day)
    outcome: dict[str, tuple[str, float | None]] = {}
    ends = [(x, "completed", s) for x, s in passed] + [(x, "failed", s) for x, s in failed]
    for lid, state, score in ends:
        if lid in outcome:
            raise PustakaError("error.named-twice", librarian=lid)
        if score is not None and not 0 <= score <= 100:
            raise PustakaError("error.bad-score", value=score)
        outcome[lid] = (state, score)
    everyone = list(dict.fromkeys([*attended, *outcome]))
    if not everyone:
        raise PustakaError("error.record-nobody", training=t.id)
    if len(set(attended)) != len(attended):
        twice = next(x for x in attended if list(attended).count(x) > 1)
        raise PustakaError("error.named-twice", librarian=twice)
    span = (t.last_day - t.start).days + 1
    days = tuple(t.start + dt.timedelta(d) for d in range(span)) if span <= DAYS_LISTED else ()
    seats = seat_index(data)
    out = []
    new_seats = 0
    for lid in everyone:
        who = librarian(data, lid)
        if who.left is not None and who.left < t.start:
            raise PustakaError("error.librarian-left", librarian=who.id, left=who.left)
        mine = participant(t, lid)
        if mine is not None and mine.state in ("completed", "failed"):
            raise PustakaError(
                "error.already-completed", librarian=lid, training=t.id, state=mine.state
            )
        if mine is None or mine.state not in vocab.SEATED_STATES:
            new_seats += 1
            if not allow_clash:
                clash = clashing(data, t, lid, seats)
                if clash is not None:
                    raise PustakaError(
                        "error.clash",
                        librarian=lid,
                        training=t.id,
                        other=clash.id,
                        start=clash.start,
                        end=clash.last_day,
                    )
        state, score = outcome.get(lid, ("attended", None))
        have = set(mine.attended) if mine is not None else set()
        out.append(
            Taken(
                lid,
                state,
                on or t.start,
                tuple(d for d in days if d not in have),
                score,
                None if mine is None else mine.state,
            )
        )
    if t.capacity is not None and seated(t) + new_seats > t.capacity:
        raise PustakaError(
            "error.record-over-capacity",
            training=t.id,
            capacity=t.capacity,
            count=seated(t) + new_seats,
        )
    return tuple(out)


# --- enrol from gaps ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A librarian who needs what an activity develops: ``gap`` summed over its competencies
    whose level is known; ``unassessed``: those required of them but not yet assessed."""

    librarian: str
    gap: int
    competencies: tuple[str, ...]
    unassessed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FromGaps:
    """Whom ``enroll --from-gaps`` proposes, and whom it leaves out as not yet assessed."""

    chosen: tuple[Candidate, ...]  # largest known gap first, up to the free seats
    unassessed: tuple[Candidate, ...]  # no known gap here, some level not yet assessed


def from_gaps(
    data: Dataset,
    training_id: str,
    today: dt.date,
    library: str | None = None,
    grade: str | None = None,
    limit: int | None = None,
    allow_clash: bool = False,
) -> FromGaps:
    """Who to enrol, largest gap first (then id), up to the free seats and ``limit``.

    A gap counts in a competency the activity develops, below both the librarian's required
    level and the level the activity aims for. An unknown level is no gap (``standing``):
    people not yet assessed in what it develops are not ranked but named apart, to be
    assessed first. People the enrol rules refuse (left, prerequisites, clashes, already
    in) are left out.
    """
    t = training(data, training_id)
    if t.status == "cancelled":
        raise PustakaError("error.training-cancelled", training=t.id)
    if finished(t, today):
        raise PustakaError("error.training-finished", training=t.id, end=t.last_day)
    data = careers.on(data, today)  # the grade and library each holds today
    ix = Index.of(data)
    assessor = levels.Assessor.of(data, ix)
    wanted_grade = ix.grade(grade) if grade else None
    if grade and wanted_grade is None:
        raise PustakaError("error.unknown-grade", value=grade)
    known = {lib.id for lib in data.settings.libraries}
    if library and known and library not in known:
        raise PustakaError("error.unknown-library", id=library)
    found: list[Candidate] = []
    unassessed: list[Candidate] = []
    for who in sorted(data.librarians, key=lambda lib: lib.id):
        if library and who.library != library:
            continue
        if grade and ix.grade(who.grade) != wanted_grade:
            continue
        if not who.active or not levels.on_staff(who, today):
            continue
        total = 0
        needs = []
        unknown = []
        for ref in t.develops:
            gap = assessor.gap(who, ref.competency, today, target=False)
            now = gap.current.level
            if gap.gap is None:
                if (gap.required.level or 0) > 0:
                    unknown.append(ref.competency)
            elif gap.gap > 0 and now is not None and now < ref.level:
                total += gap.gap
                needs.append(ref.competency)
        if not total and not unknown:
            continue
        try:
            _may_enrol(data, t, who, today, allow_clash, assessor)
        except PustakaError:
            continue
        (found if total else unassessed).append(
            Candidate(who.id, total, tuple(needs), tuple(unknown))
        )
    found.sort(key=lambda c: (-c.gap, c.librarian))
    room = len(found) if t.capacity is None else max(t.capacity - seated(t), 0)
    if limit is not None:
        room = min(room, limit)
    return FromGaps(tuple(found[:room]), tuple(unassessed))

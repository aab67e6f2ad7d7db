"""Programme evaluation per activity: seats, completion, levels before and after, post-test,
participants' ratings, success indicators and cost.

- *Completion rate* = completed / seated (enrolled, attended, completed, failed), once the
  activity has ended by the as-of date; before that it is not known yet.
- *Level before* = a participant's level on the day before the activity starts (the usual
  rule); *level after* = the level given by the first evidence dated after its last day
  that counts under the rule, other than the completion of this same activity (which would
  only repeat the level the activity aims for). Only participants who completed it count.
- *Participants from outside* (``guests``: school librarians, reading-corner keepers,
  students) are counted in the activity's **reach** = seated staff + guests, and so in
  its costs; never in completion, levels, staff JP or gaps.
- *Cost per participant* = cost / reach; *cost per JP* = cost / (JP x reach): what one
  hour of development cost for one person.
- A **cancelled** activity has no outcome, but it is listed (``cancelled``): its reason
  (its ``notes``) and everyone still on its list (any state but ``withdrawn``), who must
  be told.
Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import standing
from pustaka_cli.domain.hours import activity_jp
from pustaka_cli.domain.levels import Assessor, counts_on
from pustaka_cli.model import Indicator, Training


@dataclass(frozen=True, slots=True)
class Change:
    """One completing participant's level in one developed competency, before and after."""

    librarian: str
    competency: str
    before: int | None
    after: int | None
    after_date: dt.date | None


@dataclass(frozen=True, slots=True)
class Outcome:
    training: Training
    jp: float | None
    seated: int
    waitlisted: int
    withdrawn: int
    completed: int
    failed: int
    ended: bool
    scores: tuple[float, ...]
    passed: int
    ratings: tuple[float, ...]
    changes: tuple[Change, ...]
    guests: int = 0

    @property
    def reach(self) -> int:
        """Everyone the activity took in: seated staff and participants from outside."""
        return self.seated + self.guests

    @property
    def completion(self) -> float | None:
        if not self.ended or not self.seated:
            return None
        return round(100 * self.completed / self.seated, 1)

    @property
    def mean_score(self) -> float | None:
        return _mean(self.scores)

    @property
    def mean_rating(self) -> float | None:
        return _mean(self.ratings)

    @property
    def mean_before(self) -> float | None:
        return _mean([c.before for c in self.changes if c.before is not None])

    @property
    def mean_after(self) -> float | None:
        return _mean([c.after for c in self.changes if c.after is not None])

    @property
    def improved(self) -> int:
        """Participants whose level rose: known before and after (a first assessment is not)."""
        return sum(standing.raised(c.before, c.after) for c in self.changes)

    @property
    def cost_per_participant(self) -> float | None:
        cost = self.training.cost
        return round(cost / self.reach, 2) if cost is not None and self.reach else None

    @property
    def cost_per_jp(self) -> float | None:
        cost = self.training.cost
        if cost is None or not self.reach or not self.jp:
            return None
        return round(cost / (self.jp * self.reach), 2)


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def achieved(indicator: Indicator) -> bool | None:
    """Whether an indicator reached its target; None while not measured."""
    return None if indicator.achieved is None else indicator.achieved >= indicator.target


def outcome(training: Training, assessor: Assessor, as_of: dt.date) -> Outcome:
    rule = assessor.data.settings.levels
    jp, _ = activity_jp(training, assessor.data.settings.minutes_per_jp)
    ps = training.participants
    completed = [p for p in ps if p.state == "completed"]
    tested = [p for p in ps if p.state in ("completed", "failed")]
    scores = tuple(p.score for p in tested if p.score is not None)
    changes = []
    before_day = training.start - dt.timedelta(days=1)
    for p in completed:
        for ref in training.develops:
            before = assessor.level(p.librarian, ref.competency, before_day).level
            later = sorted(
                (
                    e
                    for e in assessor.evidence.get((p.librarian, ref.competency), ())
                    if e.date is not None
                    and training.last_day < e.date <= as_of
                    and not (e.kind == "training" and e.source == training.id)
                    and counts_on(e, rule, e.date)
                ),
                key=lambda e: (e.date or dt.date.min, e.loc),
            )
            first = later[0] if later else None
            changes.append(
                Change(
                    p.librarian,
                    ref.competency,
                    before,
                    first.level if first else None,
                    first.date if first else None,
                )
            )
    return Outcome(
        training=training,
        jp=jp,
        seated=sum(p.state in vocab.SEATED_STATES for p in ps),
        waitlisted=sum(p.state == "waitlisted" for p in ps),
        withdrawn=sum(p.state == "withdrawn" for p in ps),
        completed=len(completed),
        failed=sum(p.state == "failed" for p in ps),
        ended=training.last_day <= as_of and training.status != "planned",
        scores=scores,
        passed=sum(s >= rule.pass_score for s in scores),
        ratings=tuple(p.rating for p in ps if p.rating is not None),
        changes=tuple(changes),
        guests=len(training.guests),
    )


@dataclass(frozen=True, slots=True)
class Cancellation:
    """A cancelled activity and the people to tell."""

    training: Training
    to_tell: tuple[str, ...]  # librarian ids on its list (not withdrawn), in list order

    @property
    def reason(self) -> str | None:
        return self.training.notes


def cancellations(
    trainings: Sequence[Training],
    start: dt.date,
    end: dt.date,
    librarians: set[str] | None = None,
) -> tuple[Cancellation, ...]:
    """Every cancelled activity overlapping the period, by start date and id.

    With ``librarians``, only those one of them was on the list of.
    """
    found = []
    for t in trainings:
        if t.status != "cancelled" or t.start > end or t.last_day < start:
            continue
        listed = tuple(dict.fromkeys(p.librarian for p in t.participants if p.state != "withdrawn"))
        if librarians is None or any(who in librarians for who in listed):
            found.append(Cancellation(t, listed))
    found.sort(key=lambda c: (c.training.start, c.training.id))
    return tuple(found)


def outcomes(
    trainings: Sequence[Training],
    assessor: Assessor,
    start: dt.date,
    end: dt.date,
    as_of: dt.date,
    librarians: set[str] | None = None,
) -> tuple[Outcome, ...]:
    """Every activity overlapping the period (not cancelled), by start date and id.

    With ``librarians``, only activities that one of them took part in.
    """
    chosen = [
        t
        for t in trainings
        if t.status != "cancelled"
        and t.start <= end
        and t.last_day >= start
        and (librarians is None or any(p.librarian in librarians for p in t.participants))
    ]
    chosen.sort(key=lambda t: (t.start, t.id))
    return tuple(outcome(t, assessor, as_of) for t in chosen)

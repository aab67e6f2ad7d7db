"""Programme plans within a budget, and each librarian's individual development plan.

Pure: the dataset, the budget, the period and today's date come in; no files or clock.

**What ``plan`` optimises.** It chooses which planned activities of the period to run and
whom to enrol in them so that the plan's *value* is as large as possible while the cost
stays within the budget and no activity takes more participants than its capacity:

    value = sum over (library, competency) of
                weight * (closed_need + BEYOND_HOLDERS * (closed_total - closed_need))
          + JP_POINT * sum over (librarian, year) of the JP shortfall covered

- *closed_total*: levels of gap closed in that library and competency (a completed
  activity brings a participant to the level it ``develops``, never past the level the
  grade requires).
- *closed_need*: how much of that closes what the library needs. A competency with
  ``holders: h`` needs h people at the required level, so its need is the sum of the h
  smallest gaps there; without ``holders`` everyone is needed and the need is every gap.
  Gaps closed beyond the need are worth ``BEYOND_HOLDERS`` (a quarter).
- The JP term covers first the staff still short of their yearly JP target: each JP of
  this year's shortfall an activity covers is worth ``JP_POINT`` (20 JP = 2 levels of
  gap). In later years everyone starts at zero, so a JP there is worth only
  ``JP_POINT_LATER``: enough to fill a paid seat, not enough to choose an activity.

**Cost model.** An activity's ``cost`` is its total cost, paid once if it runs at all;
the cost per participant (``cost / capacity``) is for reporting only. An activity runs
with the people already enrolled in it plus those the plan adds; their gains count.
Activities without a recorded ``cost`` are not planned (their cost cannot be weighed);
a budget of 0 plans nothing.

**How.** Greedy by value per rupiah and by value alone (the better plan wins), each
improved by trying to leave out every chosen activity and to force in every other one,
by sets of activities one change away with seats assigned afresh, and by moving,
replacing or swapping one participant at a time. Seats are filled by the largest
marginal value, ties to the first candidates for development (a weak SKP predicate with
gaps in the main duties, ``domain/performance.py``), then to those short of JP, then by
id. Deterministic. The improvement steps stop after ``WORK_LIMIT`` units of work (a
count, not a clock), which only large programmes reach. Measured against exhaustive
search in ``tests/test_plan_optimum.py``.

**Known limits.** Prerequisites are judged today (an activity early in the period does
not open a later one); everyone enrolled is assumed to complete and pass; mentoring and
activities not yet in the records are outside the plan (``recommend`` suggests them).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pustaka_cli import vocab
from pustaka_cli.domain import budget as money
from pustaka_cli.domain import hours as jp_hours
from pustaka_cli.domain import performance
from pustaka_cli.domain import recommend as rec
from pustaka_cli.domain.enrollment import overlaps, seat_index
from pustaka_cli.domain.levels import Assessor, add_months, on_staff, required_profile
from pustaka_cli.domain.selection import staff_key
from pustaka_cli.model import Dataset, Librarian, Training

BEYOND_HOLDERS = 0.25
JP_POINT = 0.1
JP_POINT_LATER = 0.02
IMPROVE_ROUNDS = 3
LOCAL_PASSES = 4
# Work, counted in state entries copied (a gain costs about GAIN_WORK of them): the
# improvement steps stop past WORK_LIMIT, a few seconds; small plans never reach it.
WORK_LIMIT = 100_000_000
GAIN_WORK = 300


# --- the problem, stripped to numbers -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    library: str
    levels: tuple[tuple[str, int, int], ...]  # (competency, level now, required), required > 0
    jp_short: tuple[tuple[int, float], ...] = ()  # (year, JP still needed)
    first: bool = False  # first candidate for development (domain/performance.py)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A training the plan may run: its dates, cost, free seats and what it develops."""

    id: str
    start: dt.date
    end: dt.date
    cost: float
    seats: int | None  # seats left for the plan; None: no limit
    develops: tuple[tuple[str, int], ...]
    jp: float = 0.0
    seated: tuple[str, ...] = ()  # already enrolled: they take part if it runs
    eligible: tuple[str, ...] = ()  # who the plan may enrol

    @property
    def year(self) -> int:
        return self.end.year


@dataclass(frozen=True, slots=True)
class Instance:
    people: tuple[Person, ...]
    activities: tuple[Candidate, ...]
    weights: tuple[tuple[str, float], ...]
    holders: tuple[tuple[str, int], ...] = ()  # competencies that need only h per library
    jp_year: int | None = None  # the year whose JP shortfall is worth JP_POINT (this year)


@dataclass(frozen=True, slots=True)
class Solution:
    running: tuple[str, ...]  # activity ids, in the instance's order
    enrolled: tuple[tuple[str, str], ...]  # (activity, person) added by the plan
    cost: float
    value: float


# --- the value of a plan --------------------------------------------------------------


class _State:
    """Projected levels and JP under a partial plan, with the value kept up to date."""

    def __init__(self, inst: Instance, work: list[int] | None = None) -> None:
        self.inst = inst
        # Work done by the search so far, shared by every copy: the improvement steps stop
        # when it passes WORK_LIMIT, so that large programmes still plan in seconds.
        self.work = [0] if work is None else work
        self.weights = dict(inst.weights)
        self.holders = dict(inst.holders)
        self.people = {p.id: p for p in inst.people}
        self.activities = {a.id: a for a in inst.activities}
        self.eligible = {a.id: frozenset(a.eligible) for a in inst.activities}
        self.start: dict[tuple[str, str], int] = {}  # (person, comp) -> gap at the start
        self.base: dict[tuple[str, str], int] = {}  # (person, comp) -> level at the start
        self.gap: dict[tuple[str, str], int] = {}  # (person, comp) -> gap now
        self.level: dict[tuple[str, str], int] = {}
        self.required: dict[tuple[str, str], int] = {}
        self.groups: dict[tuple[str, str], list[str]] = {}  # (library, comp) -> people
        for p in inst.people:
            for comp, level, required in p.levels:
                key = (p.id, comp)
                self.level[key] = level
                self.base[key] = level
                self.required[key] = required
                self.start[key] = self.gap[key] = max(required - level, 0)
                self.groups.setdefault((p.library, comp), []).append(p.id)
        self.short = {(p.id, y): s for p in inst.people for y, s in p.jp_short}
        self.first = {p.id: p.first for p in inst.people}
        self.before: dict[tuple[str, str], tuple[int, int, int]] = {}  # need, total, h
        for group, members in self.groups.items():
            gaps = sorted(self.start[(m, group[1])] for m in members)
            h = self.holders.get(group[1], len(members))
            self.before[group] = (sum(gaps[:h]), sum(gaps), h)
        self.jp: dict[tuple[str, int], float] = {}
        self.running: list[str] = []
        self.cost = 0.0
        self.enrolled: list[tuple[str, str]] = []
        self.taken: dict[str, int] = {}  # activity -> people the plan added
        self.members: dict[str, set[str]] = {}  # activity -> people in it
        self.busy: dict[str, list[str]] = {}  # person -> activities they were added to
        self.value = 0.0

    def copy(self) -> _State:
        other = _State.__new__(_State)
        shared = (
            "inst",
            "weights",
            "holders",
            "people",
            "activities",
            "eligible",
            "start",
            "base",
            "required",
            "groups",
            "short",
            "first",
            "before",
            "work",
        )
        for name in shared:
            setattr(other, name, getattr(self, name))
        self.work[0] += len(self.gap) + len(self.jp) + 1
        other.gap = dict(self.gap)
        other.level = dict(self.level)
        other.jp = dict(self.jp)
        other.running = list(self.running)
        other.cost = self.cost
        other.enrolled = list(self.enrolled)
        other.taken = dict(self.taken)
        other.members = {k: set(v) for k, v in self.members.items()}
        other.busy = {k: list(v) for k, v in self.busy.items()}
        other.value = self.value
        return other

    # value of one (library, competency) group for a given set of gaps
    def _group_value(self, group: tuple[str, str], gaps: Mapping[str, int]) -> float:
        _, comp = group
        members = self.groups[group]
        need0, total0, h = self.before[group]
        after = sorted(gaps.get(m, self.gap[(m, comp)]) for m in members)
        need = need0 - sum(after[:h])
        total = total0 - sum(after)
        return self.weights.get(comp, 1.0) * (need + BEYOND_HOLDERS * (total - need))

    def _jp_value(self, person: str, year: int, extra: float, whole: bool = False) -> float:
        # The value ``extra`` JP would add; with ``whole``, the value of all JP had now.
        short = self.short.get((person, year), 0.0)
        if short <= 0:
            return 0.0
        have = self.jp.get((person, year), 0.0)
        point = JP_POINT if year == self.inst.jp_year else JP_POINT_LATER
        if whole:
            return point * min(short, have)
        return point * (min(short, have + extra) - min(short, have))

    def gain(self, person: str, activity: Candidate) -> float:
        """What adding ``person`` to ``activity`` would add to the value."""
        self.work[0] += GAIN_WORK
        total = 0.0
        lib = self.people[person].library
        for comp, develops in activity.develops:
            key = (person, comp)
            if key not in self.level:
                continue
            new_level = max(self.level[key], develops)
            new_gap = max(self.required[key] - new_level, 0)
            if new_gap < self.gap[key]:
                group = (lib, comp)
                total += self._group_value(group, {person: new_gap}) - self._group_value(group, {})
        total += self._jp_value(person, activity.year, activity.jp)
        return total

    def add(self, person: str, activity: Candidate, new: bool) -> None:
        self.value += self.gain(person, activity)
        for comp, develops in activity.develops:
            key = (person, comp)
            if key in self.level:
                self.level[key] = max(self.level[key], develops)
                self.gap[key] = max(self.required[key] - self.level[key], 0)
        if activity.jp:
            key_jp = (person, activity.year)
            self.jp[key_jp] = self.jp.get(key_jp, 0.0) + activity.jp
        self.members.setdefault(activity.id, set()).add(person)
        if new:
            self.enrolled.append((activity.id, person))
            self.taken[activity.id] = self.taken.get(activity.id, 0) + 1
            self.busy.setdefault(person, []).append(activity.id)

    def remove(self, person: str, activity: Candidate) -> None:
        """Take a person the plan added out of an activity again."""
        self.members[activity.id].discard(person)
        self.enrolled.remove((activity.id, person))
        self.taken[activity.id] -= 1
        self.busy[person].remove(activity.id)
        p = self.people[person]
        touched = {comp for comp, _ in activity.develops}
        groups = [(p.library, comp) for comp, _, _ in p.levels if comp in touched]
        years = [y for y, _ in p.jp_short]
        before = sum(self._group_value(g, {}) for g in groups)
        before += sum(self._jp_value(person, y, 0.0, whole=True) for y in years)
        mine = [self.activities[a] for a, members in self.members.items() if person in members]
        for comp, _, required in p.levels:
            if comp not in touched:
                continue
            key = (person, comp)
            level = max([self.base[key], *(d for a in mine for c, d in a.develops if c == comp)])
            self.level[key] = level
            self.gap[key] = max(required - level, 0)
        for y in {activity.year, *years}:
            self.jp[(person, y)] = sum(a.jp for a in mine if a.year == y)
        after = sum(self._group_value(g, {}) for g in groups)
        after += sum(self._jp_value(person, y, 0.0, whole=True) for y in years)
        self.value += after - before

    def free(self, activity: Candidate) -> bool:
        return activity.seats is None or self.taken.get(activity.id, 0) < activity.seats

    def may_add(self, person: str, activity: Candidate) -> bool:
        if person not in self.eligible[activity.id]:
            return False
        if person in self.members.get(activity.id, set()):
            return False
        return all(
            not _overlap(activity, self.activities[other]) for other in self.busy.get(person, [])
        )

    def open(self, activity: Candidate) -> None:
        """Run the activity: pay for it, seat those already enrolled, fill the free seats."""
        self.running.append(activity.id)
        self.cost += activity.cost
        for person in activity.seated:
            if person in self.people:
                self.add(person, activity, new=False)
        self.fill(activity)

    @property
    def tired(self) -> bool:
        """Whether the search has done as much work as it may."""
        return self.work[0] > WORK_LIMIT

    def open_as(self, activity: Candidate, new: Iterable[str]) -> None:
        """Run the activity with exactly these people added (to rebuild a chosen plan)."""
        self.running.append(activity.id)
        self.cost += activity.cost
        for person in activity.seated:
            if person in self.people:
                self.add(person, activity, new=False)
        for person in sorted(new):
            self.add(person, activity, new=True)

    def seat_key(self, person: str, activity: Candidate) -> tuple[float, int, str, str] | None:
        """How good a seat is (smaller is better), or None when it is not worth taking."""
        if not self.may_add(person, activity):
            return None
        g = round(self.gain(person, activity), 9)
        if g <= 0:
            return None
        short = self.short.get((person, activity.year), 0.0) > 0
        tier = 0 if self.first.get(person) else 1 if short else 2
        return (-g, tier, person, activity.id)

    def fill(self, activity: Candidate) -> None:
        """Fill free seats, the largest gain first (ties: the first candidates for
        development, then those short of JP, then id).

        Lazily: a seat's gain only falls as others are taken, so a stale gain is an upper
        bound and only the top of the heap needs recomputing.
        """
        heap = [k for k in (self.seat_key(p, activity) for p in activity.eligible) if k]
        heapq.heapify(heap)
        while heap and self.free(activity):
            top = heapq.heappop(heap)
            fresh = self.seat_key(top[2], activity)
            if fresh is None:
                continue
            if not heap or fresh <= heap[0]:
                self.add(top[2], activity, new=True)
            else:
                heapq.heappush(heap, fresh)

    def trial(self, activity: Candidate) -> float:
        """The value running ``activity`` (filled) would add now."""
        other = self.copy()
        other.open(activity)
        return other.value - self.value


def _overlap(a: Candidate, b: Candidate) -> bool:
    return not (a.start > b.end or a.end < b.start)


def evaluate(inst: Instance, running: Iterable[str], enrolled: Iterable[tuple[str, str]]) -> float:
    """The value of a plan, from scratch (the definition ``solve`` maximises)."""
    state = _State(inst)
    chosen = set(running)
    added: dict[str, list[str]] = {}
    for a_id, person in enrolled:
        added.setdefault(a_id, []).append(person)
    for a in inst.activities:
        if a.id in chosen:
            state.open_as(a, added.get(a.id, []))
    return round(state.value, 6)


def feasible(inst: Instance, budget: float, sol: Solution) -> bool:
    """Within the budget and every capacity, nobody in two overlapping activities."""
    acts = {a.id: a for a in inst.activities}
    if sol.running and budget <= 0:
        return False
    if sum(acts[a].cost for a in sol.running) > budget + 1e-9:
        return False
    per: dict[str, list[str]] = {}
    for a, person in sol.enrolled:
        if a not in sol.running or person not in acts[a].eligible:
            return False
        per.setdefault(person, []).append(a)
    for a in sol.running:
        seats = acts[a].seats
        if seats is not None and sum(1 for x, _ in sol.enrolled if x == a) > seats:
            return False
    for mine in per.values():
        if len(set(mine)) != len(mine):
            return False
        for x, y in ((x, y) for i, x in enumerate(mine) for y in mine[i + 1 :]):
            if _overlap(acts[x], acts[y]):
                return False
    return True


# --- the search -----------------------------------------------------------------------


def _greedy(
    inst: Instance,
    budget: float,
    by_ratio: bool,
    forced: Sequence[str] = (),
    banned: frozenset[str] = frozenset(),
    work: list[int] | None = None,
) -> _State:
    """Open activities one by one, the best value per rupiah (or value) first, lazily."""
    state = _State(inst, work)
    acts = {a.id: a for a in inst.activities}
    for first in forced:
        if state.cost + acts[first].cost <= budget:
            state.open(acts[first])

    def key(a: Candidate) -> tuple[float, float, dt.date, str] | None:
        if a.id in state.running or a.id in banned or state.cost + a.cost > budget:
            return None
        g = round(state.trial(a), 9)
        if g <= 0:
            return None
        score = g / a.cost if by_ratio and a.cost > 0 else (float("inf") if by_ratio else g)
        return (-score, -g, a.start, a.id)

    heap = [k for k in (key(a) for a in inst.activities) if k]
    heapq.heapify(heap)
    while heap:
        top = heapq.heappop(heap)
        fresh = key(acts[top[3]])
        if fresh is None:
            continue
        if not heap or fresh <= heap[0]:
            state.open(acts[fresh[3]])
        else:
            heapq.heappush(heap, fresh)
    return state


def _refill(state: _State) -> None:
    for a_id in state.running:
        state.fill(state.activities[a_id])


def _place(state: _State, person: str) -> None:
    """Give a person just freed the best free seat that adds value, if any."""
    best: tuple[tuple[float, int, str, str], Candidate] | None = None
    for a_id in state.running:
        a = state.activities[a_id]
        if not state.free(a):
            continue
        key = state.seat_key(person, a)
        if key is not None and (best is None or key < best[0]):
            best = (key, a)
    if best is not None:
        state.add(person, best[1], new=True)


def _trials(state: _State, out: _State, a: Candidate, person: str) -> Iterator[_State]:
    """The neighbours of a plan around one enrolment (``out``: the plan without it)."""
    acts = state.activities
    a_id = a.id
    for q in a.eligible:  # replace, and seat the one replaced elsewhere
        if q != person and out.may_add(q, a):
            t = out.copy()
            t.add(q, a, new=True)
            _place(t, person)
            yield t
    for b_id in state.running:  # move, and fill the seat left
        b = acts[b_id]
        if b_id != a_id and out.free(b) and out.may_add(person, b):
            t = out.copy()
            t.add(person, b, new=True)
            t.fill(a)
            yield t
    for b_id, other in sorted(state.enrolled):  # swap
        b = acts[b_id]
        if b_id == a_id or other == person:
            continue
        t = out.copy()
        t.remove(other, b)
        if t.may_add(other, a) and t.may_add(person, b):
            t.add(other, a, new=True)
            t.add(person, b, new=True)
            yield t


def _improve(state: _State) -> _State:
    """Better seats for the same activities: replace, move or swap one person at a time.

    First improvement wins; each pass tries every enrolment; at most ``LOCAL_PASSES``,
    and no more once the search is tired.
    """
    acts = state.activities
    for _ in range(LOCAL_PASSES):
        better = False
        for a_id, person in sorted(state.enrolled):
            if (a_id, person) not in state.enrolled:
                continue
            a = acts[a_id]
            out = state.copy()
            out.remove(person, a)

            for t in _trials(state, out, a, person):
                if state.tired:
                    return state
                if t.value > state.value + 1e-9:
                    _refill(t)
                    state, better = t, True
                    break
        if not better:
            break
    return state


def _assign(inst: Instance, running: Iterable[str], work: list[int] | None = None) -> _State:
    """Seats for a given set of activities: the best (person, activity) pair first."""
    state = _State(inst, work)
    chosen = [a for a in inst.activities if a.id in set(running)]
    for a in chosen:
        state.open_as(a, ())
    acts = {a.id: a for a in chosen}
    heap = [k for a in chosen for k in (state.seat_key(p, a) for p in a.eligible) if k]
    heapq.heapify(heap)
    while heap:
        top = heapq.heappop(heap)
        a = acts[top[3]]
        fresh = state.seat_key(top[2], a) if state.free(a) else None
        if fresh is None:
            continue
        if not heap or fresh <= heap[0]:
            state.add(top[2], a, new=True)
        else:
            heapq.heappush(heap, fresh)
    return _improve(state)


def solve(inst: Instance, budget: float) -> Solution:
    """The plan: greedy (by value per rupiah and by value), then improved by swaps."""
    if budget <= 0:
        return Solution((), (), 0.0, 0.0)
    work = [0]
    tried = [_greedy(inst, budget, True, work=work), _greedy(inst, budget, False, work=work)]
    tried += [_assign(inst, t.running, work) for t in tried]
    best = _improve(max(tried, key=_rank))
    for _ in range(IMPROVE_ROUNDS):
        improved = False
        for ratio in (True, False):
            for a in inst.activities:
                if best.tired:
                    break
                if a.id in best.running:
                    other = _greedy(inst, budget, ratio, banned=frozenset({a.id}), work=work)
                else:
                    other = _greedy(inst, budget, ratio, forced=(a.id,), work=work)
                for seats in (other, _improve(other), _assign(inst, other.running, work)):
                    if _rank(seats) > _rank(best):
                        best, improved = seats, True
                        break
        # Sets of activities one change away, with seats assigned afresh: an activity
        # whose seats all go to clashing ones only pays off when people move into it.
        costs = {a.id: a.cost for a in inst.activities}
        base = set(best.running)
        for a in inst.activities:
            for drop in (None, *sorted(base)):
                if a.id in base or best.tired:
                    break
                chosen = (base - {drop}) | {a.id}
                if sum(costs[c] for c in chosen) > budget:
                    continue
                seats = _assign(inst, chosen, work)
                if _rank(seats) > _rank(best):
                    best, improved = seats, True
        if not improved:
            break
    order = {a.id: i for i, a in enumerate(inst.activities)}
    running = tuple(sorted(best.running, key=order.__getitem__))
    enrolled = tuple(sorted(best.enrolled, key=lambda x: (order[x[0]], x[1])))
    return Solution(running, enrolled, best.cost, evaluate(inst, running, enrolled))


def _rank(state: _State) -> tuple[float, float, tuple[str, ...]]:
    # More value; then cheaper; then a stable choice between equals.
    return (round(state.value, 6), -state.cost, tuple(sorted(state.running)))


# --- from records to an instance, and back to a plan to show --------------------------


@dataclass(frozen=True, slots=True)
class PlanSeat:
    librarian: Librarian
    closes: tuple[rec.Closing, ...]
    jp: float
    jp_short: bool  # short of the JP target in the activity's year
    new: bool  # False: already enrolled
    first: bool = False  # first candidate for development (domain/performance.py)


@dataclass(frozen=True, slots=True)
class Run:
    training: Training
    cost: float
    cost_per_seat: float | None
    seats: tuple[PlanSeat, ...]
    adds: float  # what the plan would lose without this activity


@dataclass(frozen=True, slots=True)
class NotRun:
    training: Training
    reason: str  # no-cost | over-budget | no-value | not-chosen
    value: float = 0.0  # what it would add to the plan as it stands
    seated: int = 0  # people already enrolled: they must be told if it does not run


@dataclass(frozen=True, slots=True)
class Unserved:
    librarian: Librarian
    gap: int  # levels of open gap
    jp_short: float  # this year's
    reason: str  # no-activity | ruled-out | not-funded | full | clash-in-plan | holders-met
    training: str | None = None
    obstacle: rec.Obstacle | None = None
    first: bool = False  # first candidate for development (domain/performance.py)


@dataclass(frozen=True, slots=True)
class NextStep:
    training: Training
    extra: float  # budget needed beyond the current one
    value: float
    seats: int


@dataclass(frozen=True, slots=True)
class Plan:
    budget: float
    start: dt.date
    end: dt.date
    today: dt.date
    runs: tuple[Run, ...]
    cost: float
    value: float
    levels_closed: int
    jp_short_before: int  # staff short of this year's JP target, before the plan
    jp_short_after: int  # and after it
    not_run: tuple[NotRun, ...]
    unserved: tuple[Unserved, ...]
    next_step: NextStep | None
    currency: str = "IDR"
    instance: Instance = field(repr=False, default=Instance((), (), ()))

    @property
    def enrollments(self) -> int:
        return sum(1 for r in self.runs for s in r.seats if s.new)


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The next twelve months."""
    return today + dt.timedelta(days=1), add_months(today, 12)


def candidates(data: Dataset, start: dt.date, end: dt.date, today: dt.date) -> tuple[Training, ...]:
    """Planned activities starting in the period, by start date then id."""
    return tuple(
        sorted(
            (t for t in data.trainings if rec.is_planned(t, today) and start <= t.start <= end),
            key=lambda t: (t.start, t.id),
        )
    )


def remaining_budget(
    data: Dataset, start: dt.date | None, end: dt.date | None, today: dt.date
) -> money.PlanMoney:
    """``plan --budget remaining``: the period within one budget year (``money.plan_period``)
    and what its budget has left for the activities this plan decides on (``candidates``)."""
    first, last = money.plan_period(today, start, end)
    deciding = {t.id for t in candidates(data, first, last, today)}
    return money.remaining_for_plan(data, first, last, today, deciding)


def staff(data: Dataset, today: dt.date) -> tuple[Librarian, ...]:
    return tuple(
        sorted(
            (lib for lib in data.librarians if lib.active and on_staff(lib, today)), key=staff_key
        )
    )


def instance(
    data: Dataset, start: dt.date, end: dt.date, today: dt.date, assessor: Assessor | None = None
) -> tuple[Instance, dict[str, Librarian], dict[str, Training]]:
    """The planning problem of a dataset: people, levels, shortfalls, costed activities."""
    assessor = assessor or Assessor.of(data)
    ix = assessor.ix
    ts = [t for t in candidates(data, start, end, today) if t.cost is not None]
    ids = {t.id for t in ts}
    people_ = staff(data, today)
    per_jp = data.settings.minutes_per_jp
    years = sorted({today.year, *(t.last_day.year for t in ts)})
    booked_by = rec.bookings(data, today)
    weak = performance.priorities(data, ix, people_, today)
    earned_by = {
        h.librarian.id: h.total for h in jp_hours.hours(data, people_, [today.year], today)
    }
    people = []
    for lib in people_:
        profile, _ = required_profile(lib, ix, target=False)
        coming: dict[str, int] = {}
        coming_jp: dict[int, float] = {}
        for t, state in booked_by.get(lib.id, ()):
            if state != "enrolled" or t.id in ids:
                continue  # activities the plan decides on count only if they run
            for ref in t.develops:
                coming[ref.competency] = max(coming.get(ref.competency, 0), ref.level)
            jp, _ = jp_hours.activity_jp(t, per_jp)
            coming_jp[t.last_day.year] = coming_jp.get(t.last_day.year, 0.0) + (jp or 0.0)
        levels = []
        for comp in data.framework.competencies:
            required = profile.required(comp.id) if profile else 0
            level = assessor.level(lib.id, comp.id, today).level
            # An unknown level is no gap to plan for (the rule of ``standing``): it is
            # assessed first, as recommend and idp say.
            if required > 0 and level is not None:
                levels.append((comp.id, max(level, coming.get(comp.id, 0)), required))
        target = jp_hours.target(data.settings, lib.employment)
        short: list[tuple[int, float]] = []
        if target is not None:
            earned = earned_by[lib.id]
            for y in years:
                have = (earned if y == today.year else 0.0) + coming_jp.get(y, 0.0)
                if target - have > 0:
                    short.append((y, round(target - have, 2)))
        first = weak[lib.id].first
        people.append(Person(lib.id, lib.library or "", tuple(levels), tuple(short), first))
    known = {p.id for p in people}
    seats_of = seat_index(data)
    acts = []
    for t in ts:
        seated = tuple(
            sorted(
                p.librarian
                for p in t.participants
                if p.state in vocab.SEATED_STATES and p.librarian in known
            )
        )
        eligible = []
        for lib in people_:
            mine = rec.participant(t, lib.id)
            if mine is not None and mine.state != "withdrawn":
                continue
            why = rec.obstacle(assessor, t, lib.id, today, seats_of)
            if why is None or why.code == "full":
                eligible.append(lib.id)
        seats = None if t.capacity is None else max(t.capacity - rec.seated(t), 0)
        jp, _ = jp_hours.activity_jp(t, per_jp)
        acts.append(
            Candidate(
                t.id,
                t.start,
                t.last_day,
                float(t.cost or 0.0),
                seats,
                tuple(sorted((r.competency, r.level) for r in t.develops)),
                round(jp or 0.0, 4),
                seated,
                tuple(sorted(eligible)),
            )
        )
    weights = tuple((c.id, c.weight) for c in data.framework.competencies)
    holders = tuple((c.id, c.holders) for c in data.framework.competencies if c.holders is not None)
    return (
        Instance(tuple(people), tuple(acts), weights, holders, today.year),
        {lib.id: lib for lib in people_},
        {t.id: t for t in ts},
    )


def plan(
    data: Dataset,
    budget: float,
    period_from: dt.date | None,
    period_to: dt.date | None,
    today: dt.date,
    assessor: Assessor | None = None,
) -> Plan:
    """Which planned activities to run and whom to enrol, within ``budget``."""
    assessor = assessor or Assessor.of(data)
    first, last = default_period(today)
    start, end = period_from or first, period_to or last
    inst, people, trainings = instance(data, start, end, today, assessor)
    sol = solve(inst, budget)
    acts = {a.id: a for a in inst.activities}
    persons = {p.id: p for p in inst.people}
    final = _State(inst)
    for a in inst.activities:
        if a.id in sol.running:
            final.open_as(a, [p for x, p in sol.enrolled if x == a.id])
    runs = []
    for a_id in sol.running:
        a, t = acts[a_id], trainings[a_id]
        new = {p for x, p in sol.enrolled if x == a_id}
        without = evaluate(
            inst, [r for r in sol.running if r != a_id], [e for e in sol.enrolled if e[0] != a_id]
        )
        seats = []
        for pid in sorted({*a.seated, *new}, key=lambda p: staff_key(people[p])):
            person = persons[pid]
            seats.append(
                PlanSeat(
                    people[pid],
                    _closings(person, a, dict(inst.weights)),
                    a.jp,
                    dict(person.jp_short).get(a.year, 0.0) > 0,
                    pid in new,
                    person.first,
                )
            )
        per_seat = round(a.cost / (t.capacity or len(seats) or 1), 2)
        runs.append(Run(t, a.cost, per_seat, tuple(seats), round(sol.value - without, 4)))
    levels_closed = sum(final.start[k] - final.gap[k] for k in final.start)
    year = today.year
    short_before = {p.id for p in inst.people if dict(p.jp_short).get(year, 0.0) > 0}
    short_after = {
        p.id
        for p in inst.people
        if dict(p.jp_short).get(year, 0.0) - final.jp.get((p.id, year), 0.0) > 0
    }
    return Plan(
        budget,
        start,
        end,
        today,
        tuple(runs),
        sol.cost,
        sol.value,
        levels_closed,
        len(short_before),
        len(short_after),
        _not_run(data, inst, final, sol, budget, start, end, today, trainings),
        _unserved(assessor, inst, final, sol, people, trainings, start, end, today),
        _next_step(inst, final, sol, budget, trainings),
        data.settings.currency,
        inst,
    )


def _closings(
    person: Person, a: Candidate, weights: Mapping[str, float]
) -> tuple[rec.Closing, ...]:
    mine = {c: (level, req) for c, level, req in person.levels}
    out = []
    for comp, develops in a.develops:
        if comp not in mine:
            continue
        level, req = mine[comp]
        reaches = min(develops, req)
        if reaches > level:
            out.append(rec.Closing(comp, level, reaches, develops, weights.get(comp, 1.0)))
    return tuple(out)


def _not_run(
    data: Dataset,
    inst: Instance,
    final: _State,
    sol: Solution,
    budget: float,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    trainings: Mapping[str, Training],
) -> tuple[NotRun, ...]:
    out = []
    acts = {a.id: a for a in inst.activities}
    for t in candidates(data, start, end, today):
        if t.id in sol.running:
            continue
        seated = rec.seated(t)
        if t.id not in trainings:
            out.append(NotRun(t, "no-cost", 0.0, seated))
            continue
        a = acts[t.id]
        adds = round(final.trial(a), 4)
        if adds <= 0:
            out.append(NotRun(t, "no-value", 0.0, seated))
        elif a.cost > budget or budget <= 0:
            out.append(NotRun(t, "over-budget", adds, seated))
        else:
            out.append(NotRun(t, "not-chosen", adds, seated))
    return tuple(out)


def _next_step(
    inst: Instance, final: _State, sol: Solution, budget: float, trainings: Mapping[str, Training]
) -> NextStep | None:
    """The cheapest further activity that would add value: how much more it needs."""
    left = max(budget, 0.0) - sol.cost
    best: tuple[tuple[float, float, str], NextStep] | None = None
    for a in inst.activities:
        if a.id in sol.running:
            continue
        trial = final.copy()
        trial.open(a)
        adds = round(trial.value - final.value, 4)
        if adds <= 0:
            continue
        extra = round(max(a.cost - left, 0.0), 2)
        if budget <= 0:
            extra = round(a.cost - left, 2)
        seats = sum(1 for x, _ in trial.enrolled if x == a.id)
        key = (extra, -adds, a.id)
        if best is None or key < best[0]:
            best = (key, NextStep(trainings[a.id], extra, adds, seats))
    return None if best is None else best[1]


def _unserved(
    assessor: Assessor,
    inst: Instance,
    final: _State,
    sol: Solution,
    people: Mapping[str, Librarian],
    trainings: Mapping[str, Training],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> tuple[Unserved, ...]:
    """People with an open gap or this year's JP shortfall the plan gives no seat, and why.

    The reason comes from the first activity of the period (by date) that would have
    helped them: ruled out for them, not funded, full, clashing with their other seat in
    the plan, or left without value because the library's holders are already enough.
    """
    data = assessor.data
    served = {p for members in final.members.values() for p in members}
    fresh = _State(inst)
    acts = {a.id: a for a in inst.activities}
    period = candidates(data, start, end, today)
    seats_of = seat_index(data)
    out = []
    for person in inst.people:
        if person.id in served:
            continue
        gap = sum(max(req - level, 0) for _, level, req in person.levels)
        short = dict(person.jp_short).get(today.year, 0.0)
        if gap <= 0 and short <= 0:
            continue
        comps = {c for c, level, req in person.levels if req > level}
        reason, training, why = "no-activity", None, None
        blocked = None
        for t in period:
            a = acts.get(t.id)
            helps = a is not None and fresh.gain(person.id, a) > 0
            if not helps and not any(r.competency in comps for r in t.develops):
                continue
            mine = rec.participant(t, person.id)
            if mine is not None and mine.state != "withdrawn":
                continue  # waitlisted: the waitlist decides
            obstacle = rec.obstacle(assessor, t, person.id, today, seats_of)
            if obstacle is not None and obstacle.code != "full":
                blocked = blocked or (t.id, obstacle)
                continue
            if a is None or not helps:
                continue
            training = t.id
            if t.id not in sol.running:
                reason = "not-funded"
            elif not final.free(a):
                reason = "full"
            elif not final.may_add(person.id, a):
                reason = "clash-in-plan"
            else:
                reason = "holders-met"
            break
        else:
            if blocked is not None:
                reason, training, why = "ruled-out", blocked[0], blocked[1]
        out.append(
            Unserved(people[person.id], gap, round(short, 2), reason, training, why, person.first)
        )
    return tuple(sorted(out, key=lambda u: staff_key(u.librarian)))


# --- the individual development plan --------------------------------------------------


def together(advice: rec.Advice, end: dt.date) -> tuple[rec.Option, ...]:
    """The recommended activities one person can take together, best first, by ``end``.

    An activity is kept when it overlaps no activity booked or kept before it and still
    closes a gap those leave open; the result is in date order.
    """
    taken = [t for t, state in advice.booked if state == "enrolled"]
    reached: dict[tuple[str, bool], int] = {}
    kept = []
    for o in advice.recommended:
        if o.training.start > end or any(overlaps(o.training, t) for t in taken):
            continue
        new = [
            c
            for target, closes in ((False, o.closes), (True, o.toward_target))
            for c in closes
            if c.reaches > reached.get((c.competency, target), c.start)
        ]
        if not new:
            continue
        for target, closes in ((False, o.closes), (True, o.toward_target)):
            for c in closes:
                key = (c.competency, target)
                reached[key] = max(reached.get(key, c.start), c.reaches)
        taken.append(o.training)
        kept.append(o)
    return tuple(sorted(kept, key=lambda o: (o.training.start, o.training.id)))


@dataclass(frozen=True, slots=True)
class Target:
    competency: str
    start: int | None
    target: int
    by: dt.date


@dataclass(frozen=True, slots=True)
class IndividualPlan:
    """Rencana Pengembangan Kompetensi individu: everything ``pustaka idp`` shows."""

    advice: rec.Advice
    activities: tuple[rec.Option, ...]  # recommended, taken together: no clash, no repeat
    grade: str | None  # grade id
    target_grade: str | None
    target_basis: str  # target-grade | next-rank | grade | no-profile
    mentors: tuple[tuple[str, tuple[str, ...], str], ...]  # (mentor, competencies, source)
    proposed_mentors: tuple[rec.Pair, ...]
    targets: tuple[Target, ...]
    jp_target: int | None
    period_end: dt.date


def individual_plan(
    data: Dataset, librarian_id: str, today: dt.date, max_mentees: int = rec.DEFAULT_MAX_MENTEES
) -> IndividualPlan:
    """One librarian's development plan for the next twelve months."""
    assessor = Assessor.of(data)
    advice = rec.recommend(data, librarian_id, today, assessor)
    lib = advice.librarian
    now, _ = required_profile(lib, assessor.ix, target=False)
    later, basis = required_profile(lib, assessor.ix, target=True)
    current = tuple(
        (c.mentor, c.competencies, c.source)
        for c in rec.current_pairs(data, today)
        if c.mentee == lib.id
    )
    proposed: tuple[rec.Pair, ...] = ()
    if lib.active:
        proposed = tuple(
            p
            for p in rec.recommend_mentors(data, today, max_mentees, assessor).pairs
            if p.mentee.id == lib.id
        )
    _, end = default_period(today)
    chosen = together(advice, end)
    targets = tuple(
        Target(n.competency, n.current, n.required or 0, end)
        for n in advice.needs
        if (n.gap or 0) > 0
    )
    target = jp_hours.target(data.settings, lib.employment)
    return IndividualPlan(
        advice,
        chosen,
        now.grade if now else None,
        later.grade if later else None,
        basis,
        current,
        proposed,
        targets,
        target,
        end,
    )


__all__ = [
    "BEYOND_HOLDERS",
    "JP_POINT",
    "Candidate",
    "IndividualPlan",
    "Instance",
    "Person",
    "Plan",
    "Solution",
    "evaluate",
    "feasible",
    "individual_plan",
    "instance",
    "plan",
    "solve",
]

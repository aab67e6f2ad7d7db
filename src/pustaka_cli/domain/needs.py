"""Training-needs analysis (analisis kebutuhan pengembangan kompetensi) for one year: per
competency x grade x library, who needs development, in which form, how many JP and at
what estimated cost (``pustaka report needs``).

Peraturan LAN 10/2018 has each agency analyse the competency gap before it plans a year's
development, and submit the result as its annual plan (rencana pengembangan kompetensi
instansi). The rules:

- **Who needs it**: the people the gap rules name, honouring the framework's ``holders``
  (``coverage``): without ``holders``, everyone whose grade requires the competency and
  whose known level is below it; with ``holders: h``, per library only the holders still
  missing, the closest first. An unknown level is no need (the rule of ``standing``):
  those people are counted apart as *not yet assessed*, to be assessed first.
- **Grade** is the profile the requirement came from (the target grade with
  ``--target``); **library** the librarian's.
- **Already planned**: those of them enrolled (state ``enrolled``) in an activity that
  develops the competency, is not cancelled, and starts in the year or is still to come
  before it (a December workshop covers next year's need). **To plan** = need - planned.
- **Form**: *klasikal* when the largest gap in the group is 2 levels or more (a course
  teaches what is missing from the ground up), else *nonklasikal* (one level is closed on
  the job: coaching, mentoring, bimbingan di tempat kerja) — the two forms of Peraturan
  LAN 10/2018. The suggested **type** is the commonest type of the past activities used
  for the estimate below (ties by name), else ``pelatihan`` or ``coaching``.
- **JP per person**: the mean JP of the held activities (``budget.held``) before the
  as-of date that developed the competency in that form; without any, of every held
  activity of that form; without any, unknown (never 0).
- **Cost per JP**: over the same activities that have a cost and seated participants,
  what they cost (``budget.paid``: the actual cost, else the planned cost) divided by
  their JP x seated participants (the rule of ``programme.cost_per_jp``). Unknown without
  any.
- **Estimated cost** = to plan x JP per person x cost per JP. Each row says where its
  numbers come from (``basis``: ``competency``, ``form`` or ``unknown``).

Pure.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import budget, hours
from pustaka_cli.domain.coverage import coverage
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import gaps_on
from pustaka_cli.model import Competency, Dataset, Librarian, Training

KLASIKAL_FROM = 2  # a gap of this many levels or more: klasikal
DEFAULT_TYPE = {"klasikal": "pelatihan", "nonklasikal": "coaching"}

COMPETENCY = "competency"  # estimated from past activities of this competency and form
FORM = "form"  # from past activities of this form
UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Estimate:
    """JP per person and cost per JP from past activities, and which ones."""

    jp: float | None
    cost_per_jp: float | None
    basis: str  # competency | form | unknown
    activities: int  # how many past activities it was taken from
    type: str


@dataclass(frozen=True, slots=True)
class Need:
    competency: Competency
    grade: str | None  # the profile the requirement came from
    library: str | None
    people: tuple[Librarian, ...]  # who need it (honouring holders), by id
    planned: tuple[str, ...]  # of them, enrolled in an activity of the year developing it
    unassessed: int  # required of this group, level not yet known
    gap_max: int
    gap_mean: float
    form: str  # klasikal | nonklasikal
    estimate: Estimate

    @property
    def to_plan(self) -> int:
        return len(self.people) - len(self.planned)

    @property
    def jp_total(self) -> float | None:
        jp = self.estimate.jp
        return None if jp is None else round(jp * self.to_plan, 2)

    @property
    def cost(self) -> float | None:
        jp, per_jp = self.estimate.jp, self.estimate.cost_per_jp
        if jp is None or per_jp is None:
            return None
        return round(self.to_plan * jp * per_jp, 2)


@dataclass(frozen=True, slots=True)
class Needs:
    year: int
    as_of: dt.date
    needs: tuple[Need, ...]  # by competency (framework order), grade rank, library

    @property
    def people(self) -> int:
        return sum(len(n.people) for n in self.needs)

    @property
    def to_plan(self) -> int:
        return sum(n.to_plan for n in self.needs)

    @property
    def jp_total(self) -> float | None:
        """JP of every row whose JP is known; None when none is."""
        known = [n.jp_total for n in self.needs if n.jp_total is not None]
        return round(sum(known), 2) if known else None

    @property
    def cost(self) -> float | None:
        known = [n.cost for n in self.needs if n.cost is not None]
        return round(sum(known), 2) if known else None

    @property
    def unestimated(self) -> int:
        """Rows whose cost could not be estimated (left out of ``cost``)."""
        return sum(n.cost is None and n.to_plan > 0 for n in self.needs)


def form_of(largest_gap: int) -> str:
    """klasikal from a gap of ``KLASIKAL_FROM`` levels, else nonklasikal."""
    return "klasikal" if largest_gap >= KLASIKAL_FROM else "nonklasikal"


def estimate(past: Sequence[Training], competency: str, form: str, minutes_per_jp: int) -> Estimate:
    """JP and cost per JP from ``past`` (held activities): of this competency and form,
    else of this form."""
    same_form = [t for t in past if hours.category(t.type) == form]
    mine = [t for t in same_form if any(r.competency == competency for r in t.develops)]
    for basis, chosen in ((COMPETENCY, mine), (FORM, same_form)):
        jps = [jp for t in chosen if (jp := hours.activity_jp(t, minutes_per_jp)[0])]
        if not jps:
            continue
        cost = person_jp = 0.0
        for t in chosen:
            jp = hours.activity_jp(t, minutes_per_jp)[0]
            amount, _ = budget.paid(t)
            seated = sum(p.state in vocab.SEATED_STATES for p in t.participants)
            if jp and amount is not None and seated:
                cost += amount
                person_jp += jp * seated
        types = Counter(t.type for t in chosen)
        commonest = min(types, key=lambda k: (-types[k], k))
        return Estimate(
            round(sum(jps) / len(jps), 2),
            round(cost / person_jp, 2) if person_jp else None,
            basis,
            len(chosen),
            commonest,
        )
    return Estimate(None, None, UNKNOWN, 0, DEFAULT_TYPE[form])


def needs(
    data: Dataset,
    ix: Index,
    staff: Sequence[Librarian],
    competencies: Sequence[Competency],
    year: int,
    as_of: dt.date,
    target: bool = False,
) -> Needs:
    """The needs of ``staff`` in ``competencies`` for ``year``, levels on ``as_of``."""
    found = gaps_on(data, ix, staff, [c.id for c in competencies], as_of, target)
    width = len(competencies)
    past = [t for t in data.trainings if budget.held(t, as_of)]
    per_jp = data.settings.minutes_per_jp
    rank = {p.grade: (p.rank, i) for i, p in enumerate(data.profiles)}
    estimates: dict[tuple[str, str], Estimate] = {}  # one per competency and form
    out: list[Need] = []
    for i, comp in enumerate(competencies):
        column = found[i::width]
        view = coverage(comp, staff, [g.required.level for g in column], [g.gap for g in column])
        chosen = {who.id for who in view.closest}
        groups: dict[tuple[str | None, str | None], list[tuple[Librarian, int | None]]] = {}
        unknown: Counter[tuple[str | None, str | None]] = Counter()
        for g in column:
            key = (g.required.grade, g.librarian.library)
            if g.librarian.id in chosen:
                groups.setdefault(key, []).append((g.librarian, g.gap))
            elif g.gap is None and (g.required.level or 0) > 0:
                unknown[key] += 1
        enrolled = _enrolled(data.trainings, comp.id, year, as_of)
        for key in sorted(
            set(groups) | set(unknown),
            key=lambda k: (rank.get(k[0] or "", (99, 99)), k[0] or "", k[1] or ""),
        ):
            members = sorted(groups.get(key, ()), key=lambda m: m[0].id)
            gaps = [gap or 0 for _, gap in members]
            largest = max(gaps, default=0)
            form = form_of(largest)
            if (comp.id, form) not in estimates:
                estimates[comp.id, form] = estimate(past, comp.id, form, per_jp)
            out.append(
                Need(
                    comp,
                    key[0],
                    key[1],
                    tuple(who for who, _ in members),
                    tuple(who.id for who, _ in members if who.id in enrolled),
                    unknown[key],
                    largest,
                    round(sum(gaps) / len(gaps), 2) if gaps else 0.0,
                    form,
                    estimates[comp.id, form],
                )
            )
    return Needs(year, as_of, tuple(out))


def _enrolled(
    trainings: Sequence[Training], competency: str, year: int, as_of: dt.date
) -> set[str]:
    """Who is enrolled in an activity that develops it, not cancelled, of ``year`` or
    still to come before it."""
    return {
        p.librarian
        for t in trainings
        if (t.start.year == year or (t.start.year < year and t.last_day >= as_of))
        and t.status != "cancelled"
        and any(r.competency == competency for r in t.develops)
        for p in t.participants
        if p.state == "enrolled"
    }

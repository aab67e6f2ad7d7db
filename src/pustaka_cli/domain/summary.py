"""The one-screen summary per library: staff, profile, largest gaps, JP, activities, users.

Every figure here is one of the detailed reports' figures counted per library, so each
can be traced with ``report gaps``, ``report hours``, ``report trainings``,
``report feedback`` and ``explain``. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import standing
from pustaka_cli.domain.coverage import Coverage, coverage
from pustaka_cli.domain.hours import Hours
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Gap
from pustaka_cli.domain.satisfaction import Score, score
from pustaka_cli.model import CITY_SEPARATOR, Competency, Dataset, Feedback, Librarian, city_code

TOP_GAPS = 5


@dataclass(frozen=True, slots=True)
class LibrarySummary:
    library: str  # a library id; "" for staff without one; "*" for everyone together;
    # "<code>/*" for one city's libraries together (several folders read: ``city_key``)
    staff: int
    by_grade: tuple[tuple[str, int], ...]  # grade id (or the text written) → staff
    meeting: int  # staff known to meet every requirement
    below: int  # staff with a known open gap
    unknown: int  # staff not fully assessed: no gap known to be open, some level unknown
    top_gaps: tuple[Coverage, ...]
    jp_with_target: int
    jp_met: int
    activities: int  # activities of the year with participants from here
    cancelled: int  # cancelled activities of the year with people from here on their list
    seated: int  # seats taken in the year's activities that have ended
    completed: int
    satisfaction: Score
    satisfaction_before: Score

    @property
    def completion(self) -> float | None:
        return round(100 * self.completed / self.seated, 1) if self.seated else None


def summarise(
    data: Dataset,
    ix: Index,
    staff: Sequence[Librarian],
    competencies: Sequence[Competency],
    gaps: Sequence[Gap],
    hours: Sequence[Hours],
    year: int,
    as_of: dt.date,
) -> tuple[LibrarySummary, ...]:
    """One summary per library (settings order, then unknown ones), then one for all.

    Several folders read together (``data.cities``): each city's libraries, then the
    city's subtotal (key ``<code>/*``, ``city_key``), city after city in the order read,
    then all. A person counts in their library, their city (by their id's code, even
    without a library) and all; a survey in its library, its city and all.

    Every record is looked at once and grouped by library ("*" = all), so the work grows
    with the records, not with libraries x records.
    """
    order = [lib.id for lib in data.settings.libraries]
    present = {lib.library or "" for lib in staff}
    libraries = [x for x in order if x in present] + sorted(present - set(order))
    cities = [c.code for c in data.cities] if len(data.cities) > 1 else []
    if cities:
        rank = {code: i for i, code in enumerate(cities)}
        place = {x: i for i, x in enumerate(libraries)}
        libraries.sort(key=lambda x: (rank.get(city_code(x), len(rank)), place[x]))
        keys: list[str] = []
        for code in cities:
            keys.extend(x for x in libraries if city_code(x) == code)
            keys.append(city_key(code))
        keys.extend(x for x in libraries if city_code(x) not in rank)
        keys.append("*")
    else:
        keys = [*libraries, *(["*"] if len(libraries) != 1 else [])]
    home = {lib.id: lib.library or "" for lib in staff}

    everyone = "*" in keys
    # Each library's groups, worked out once: (library, its city, "*") or just (library,).
    groups = {k: _groups(k, everyone, cities) for k in keys}

    def both(library: str, who: str = "") -> tuple[str, ...]:
        if cities and not library:  # no library: still counted in the city of their id
            return ("", *_groups(who, everyone, cities)[1:])
        return groups.get(library) or _groups(library, everyone, cities)

    people: dict[str, list[Librarian]] = {k: [] for k in keys}
    for lib in staff:
        for k in both(home[lib.id], lib.id):
            people[k].append(lib)
    by_gap: dict[str, list[Gap]] = {k: [] for k in keys}
    for g in gaps:
        for k in both(home.get(g.librarian.id, ""), g.librarian.id):
            by_gap[k].append(g)
    jp: dict[str, list[Hours]] = {k: [] for k in keys}
    for h in hours:
        if h.librarian.id in home and h.year == year and h.target is not None:
            for k in both(home[h.librarian.id], h.librarian.id):
                jp[k].append(h)
    counts = {k: [0, 0, 0, 0] for k in keys}  # activities, seated, completed, cancelled
    for t in data.trainings:
        if year not in (t.start.year, t.last_day.year):
            continue
        if t.status == "cancelled":
            # Counted where someone on its list works; with nobody on it, for the whole
            # programme (the last key: "*", or the only library).
            told = {
                k
                for p in t.participants
                if p.librarian in home and p.state != "withdrawn"
                for k in both(home[p.librarian], p.librarian)
            }
            if not any(p.state != "withdrawn" for p in t.participants):
                told = {keys[-1]}
            for k in told:
                counts[k][3] += 1
            continue
        here: dict[str, list[str]] = {}
        for p in t.participants:
            if p.librarian in home and p.state in vocab.SEATED_STATES:
                for k in both(home[p.librarian], p.librarian):
                    here.setdefault(k, []).append(p.state)
        for k, states in here.items():
            counts[k][0] += 1
            if t.last_day <= as_of:
                counts[k][1] += len(states)
                counts[k][2] += states.count("completed")
    feedback: dict[str, list[Feedback]] = {k: [] for k in keys}
    for f in data.feedback:
        if f.date <= as_of and f.date.year in (year, year - 1):
            for k in both(f.library or "", f.id):
                if k in feedback:
                    feedback[k].append(f)
    return tuple(
        _one(data, ix, k, people[k], competencies, by_gap[k], jp[k], counts[k], feedback[k], year)
        for k in keys
    )


def city_key(code: str) -> str:
    """The summary's key of a city's subtotal: ``bukittinggi/*``."""
    return f"{code}{CITY_SEPARATOR}*"


def _groups(key: str, everyone: bool, cities: Sequence[str]) -> tuple[str, ...]:
    """The keys a record of library ``key`` counts in: itself, its city's subtotal (when
    several cities are read) and all ("*", when shown)."""
    out = [key]
    code = city_code(key)
    if cities and code in cities:
        out.append(city_key(code))
    if everyone:
        out.append("*")
    return tuple(out)


def _one(
    data: Dataset,
    ix: Index,
    library: str,
    staff: Sequence[Librarian],
    competencies: Sequence[Competency],
    gaps: Sequence[Gap],
    jp: Sequence[Hours],
    counts: Sequence[int],
    feedback: Sequence[Feedback],
    year: int,
) -> LibrarySummary:
    grades: dict[str, int] = {}
    for s in staff:
        grade = ix.grade(s.grade) or s.grade or ""
        grades[grade] = grades.get(grade, 0) + 1
    rank = {p.grade: p.rank for p in data.profiles}
    by_grade = tuple(sorted(grades.items(), key=lambda kv: (rank.get(kv[0], 999), kv[0])))
    per_person: dict[str, list[Gap]] = {}
    per_competency: dict[str, list[Gap]] = {}
    for g in gaps:
        per_person.setdefault(g.librarian.id, []).append(g)
        per_competency.setdefault(g.competency, []).append(g)
    verdicts = [standing.person(g.gap for g in per_person.get(s.id, ())) for s in staff]
    views = [_coverage(c, per_competency.get(c.id, [])) for c in competencies]
    # The gaps worth closing: people who still need the level (holders taken into account),
    # then the size of the gap. Known gaps only: unknown levels are shown beside, not ranked.
    top = sorted(
        (v for v in views if v.needed > 0),
        key=lambda v: (-v.needed, -v.total_gap, competencies.index(v.competency)),
    )[:TOP_GAPS]
    activities, seated, completed, cancelled = counts
    scale = data.settings.feedback_scale_max
    return LibrarySummary(
        library=library,
        staff=len(staff),
        by_grade=by_grade,
        meeting=verdicts.count(standing.MEETS),
        below=verdicts.count(standing.BELOW),
        unknown=verdicts.count(standing.NOT_FULLY_ASSESSED),
        top_gaps=tuple(top),
        jp_with_target=len(jp),
        jp_met=sum(bool(h.met) for h in jp),
        activities=activities,
        cancelled=cancelled,
        seated=seated,
        completed=completed,
        satisfaction=score((f for f in feedback if f.date.year == year), scale),
        satisfaction_before=score((f for f in feedback if f.date.year == year - 1), scale),
    )


def _coverage(competency: Competency, gaps: Sequence[Gap]) -> Coverage:
    return coverage(
        competency,
        [g.librarian for g in gaps],
        [g.required.level for g in gaps],
        [g.gap for g in gaps],
    )

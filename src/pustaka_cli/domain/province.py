"""A province reading its cities together: what their reports may compare.

Several data folders read together (``--data A --data B``, ``Dataset.cities``) keep their
ids apart (store/namespace.py). What they share decides what a report may compare:

- **Competencies**: a report across cities compares only the competencies every city's
  framework defines (``shared``). A competency only some cities define would show the
  others as "not yet assessed" for something they never set out to assess; it is left out
  of the combined report, and the report says which (render/province.py). Each city read
  alone reports all of its own. ``check`` knows every city's competencies (the combined
  framework holds them all), so none of a city's own is unknown.
- Profiles and rules (levels, JP targets) are the first folder's; a folder that defines
  them differently is warned about (``checks.combined``).
- **Advice for one person** (``recommend LIBRARIAN``, ``idp``) is their own city's: the
  activities, mentors and organisation of the city they work in (``around``). A
  province compares its cities; it does not send a librarian across the country.

Pure: no files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pustaka_cli.model import City, Dataset, city_code


def shared(cities: Sequence[City]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The competencies every city defines (the first city's order) and those only some
    define (left out of a combined report), for several cities; else everything, nothing."""
    if len(cities) < 2:
        return (cities[0].competencies if cities else ()), ()
    common = set(cities[0].competencies).intersection(*(c.competencies for c in cities[1:]))
    kept = tuple(c for c in cities[0].competencies if c in common)
    left: list[str] = []
    for city in cities:
        left.extend(c for c in city.competencies if c not in common and c not in left)
    return kept, tuple(left)


def comparable(data: Dataset) -> Dataset:
    """``data`` as a combined report compares it: only the shared competencies in its
    framework and in the profiles' requirements (unchanged for one folder, or when every
    framework defines the same competencies)."""
    _, left = shared(data.cities)
    if not left:
        return data
    out = frozenset(left)
    framework = dataclasses.replace(
        data.framework,
        competencies=tuple(c for c in data.framework.competencies if c.id not in out),
    )
    profiles = tuple(
        dataclasses.replace(p, requires=tuple(r for r in p.requires if r.competency not in out))
        for p in data.profiles
    )
    return dataclasses.replace(data, framework=framework, profiles=profiles)


def around(data: Dataset, librarian: str) -> Dataset:
    """``data`` as one person's advice sees it: with several cities, only the city of
    ``librarian`` (an id, or a name only one librarian has); else, or when nobody is
    found (the advice then says so), ``data`` itself."""
    if len(data.cities) < 2:
        return data
    found = [x for x in data.librarians if x.id == librarian]
    if not found:
        found = [x for x in data.librarians if x.name.casefold() == librarian.casefold()]
    codes = {city_code(x.id) for x in found}
    if len(codes) != 1:
        return data
    code = codes.pop()

    def mine(ref: str) -> bool:
        return city_code(ref) == code

    settings = dataclasses.replace(
        data.settings, libraries=tuple(x for x in data.settings.libraries if mine(x.id))
    )
    return dataclasses.replace(
        data,
        settings=settings,
        librarians=tuple(x for x in data.librarians if mine(x.id)),
        # the city's own, and another city's its people took part in (written qualified)
        trainings=tuple(
            x
            for x in data.trainings
            if mine(x.id) or any(mine(p.librarian) for p in x.participants)
        ),
        evaluations=tuple(x for x in data.evaluations if mine(x.librarian)),
        feedback=tuple(x for x in data.feedback if mine(x.id)),
        mentoring=tuple(
            x for x in data.mentoring if mine(x.id) or mine(x.mentor) or mine(x.mentee)
        ),
        cities=tuple(c for c in data.cities if c.code == code),
    )

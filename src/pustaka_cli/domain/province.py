"""A province reading its cities together: what their reports may compare.

Several data folders read together (``--data A --data B``, ``Dataset.cities``) keep their
ids apart (store/namespace.py). What they share decides what a report may compare:

- **Competencies**: a report across cities compares only the competencies every city's
  framework defines (``shared``). A competency only some cities define would show the
  others as "not yet assessed" for something they never set out to assess; it is left out
  of the combined report, and the report says which (render/province.py). Each city read
  alone reports all of its own. ``check`` still checks each city's records against the
  competencies its own framework defines (the combined framework holds them all).
- Profiles and rules (levels, JP targets) are the first folder's; a folder that defines
  them differently is warned about (``checks.combined``).

Pure: no files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from pustaka_cli.model import City, Dataset


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

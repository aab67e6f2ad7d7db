"""The per-competency view of gaps: how many are below, the mean gap, and holders.

A competency may say in the framework how many ``holders`` each library needs (a team
needs one cataloguing expert, not ten). Then the gap to close is per library: the holders
still missing, and the people closest to the required level are the ones to develop.
Without ``holders`` everyone in a grade that requires the competency must reach it.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.domain.levels import Gap
from pustaka_cli.model import Competency

# "Only one or two people need to close it": the gaps worth a targeted plan.
FEW = 2


@dataclass(frozen=True, slots=True)
class Coverage:
    """One competency across the selected staff."""

    competency: Competency
    required: int  # staff whose profile requires it (level > 0)
    met: int
    below: int
    unknown: int
    mean_gap: float | None  # over the required staff whose gap is known
    total_gap: int  # the sum of the known gaps
    needed: int  # people who must still reach the required level
    closest: tuple[Gap, ...]  # who is closest to closing it, at most ``needed``

    @property
    def few(self) -> bool:
        return 0 < self.needed <= FEW


def coverage(competency: Competency, gaps: Sequence[Gap]) -> Coverage:
    """Summarise the gaps of one competency (``gaps`` all about ``competency``)."""
    # One pass over the gaps (a national report has 10,000 per competency).
    required: list[Gap] = []
    below: list[Gap] = []
    met = unknown = known = total = 0
    for g in gaps:
        if (g.required.level or 0) > 0:
            required.append(g)
            gap = g.gap
            if gap is None:
                unknown += 1
            else:
                known += 1
                total += gap
                if gap > 0:
                    below.append(g)
                else:
                    met += 1
    mean = round(total / known, 2) if known else None
    if competency.holders is None:
        needed = len(below)
        candidates = below
    else:
        needed = 0
        candidates = []
        by_library: dict[str, list[Gap]] = {}
        for g in required:
            by_library.setdefault(g.librarian.library or "", []).append(g)
        for library in sorted(by_library):
            here = by_library[library]
            open_gaps = sorted((g for g in here if g.gap != 0), key=_closeness)
            # A library with fewer staff than holders cannot close the rest by development.
            missing = min(max(competency.holders - sum(g.gap == 0 for g in here), 0),
                          len(open_gaps))
            needed += missing
            candidates.extend(open_gaps[:missing])
    closest = tuple(sorted(candidates, key=_closeness)[:needed])
    return Coverage(
        competency, len(required), met, len(below), unknown, mean, total, needed, closest,
    )


def _closeness(g: Gap) -> tuple[int, int, str]:
    # Known gaps first (smallest first), then unknown levels.
    return (1 if g.gap is not None else 2, g.gap or 0, g.librarian.id)

"""The per-competency view of gaps: how many are below, the mean gap, and holders.

A competency may say in the framework how many ``holders`` each library needs (a team
needs one cataloguing expert, not ten). Then the gap to close is per library: the holders
still missing, and the people closest to the required level are the ones to develop.
Without ``holders`` everyone in a grade that requires the competency must reach it.
Unknown levels are counted apart and never need closing nor stand "closest" (the rule of
``standing``): until someone is assessed there is no gap of theirs to close.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pustaka_cli.model import Competency, Librarian

# "Only one or two people need to close it": the gaps worth a targeted plan.
FEW = 2


@dataclass(frozen=True, slots=True)
class Coverage:
    """One competency across the selected staff."""

    competency: Competency
    required: int  # staff whose profile requires it (level > 0)
    met: int
    below: int
    unknown: int  # required of them, level not yet assessed (no gap: see standing)
    mean_gap: float | None  # over the required staff whose gap is known
    total_gap: int  # the sum of the known gaps
    needed: int  # people with a known gap who must still reach the required level
    closest: tuple[Librarian, ...]  # who is closest to closing it, at most ``needed``

    @property
    def few(self) -> bool:
        return 0 < self.needed <= FEW


def coverage(
    competency: Competency,
    staff: Sequence[Librarian],
    required: Sequence[int | None],
    gaps: Sequence[int | None],
) -> Coverage:
    """Summarise one competency over ``staff``, given each one's required level and gap
    in it (in the order of ``staff``; see ``levels.gap_of``)."""
    # One pass (a national report has 10,000 people per competency); numbers rather than
    # Gap objects, so that a report need not build one for each of 220,000 pairs.
    wanted: list[tuple[int | None, Librarian]] = []  # (gap, who) of those it is required of
    below: list[tuple[int, Librarian]] = []
    met = unknown = known = total = 0
    for who, level, gap in zip(staff, required, gaps, strict=True):
        if (level or 0) > 0:
            wanted.append((gap, who))
            if gap is None:
                unknown += 1
            else:
                known += 1
                total += gap
                if gap > 0:
                    below.append((gap, who))
                else:
                    met += 1
    mean = round(total / known, 2) if known else None
    candidates: list[tuple[int, Librarian]]
    if competency.holders is None:
        needed = len(below)
        candidates = below
    else:
        needed = 0
        candidates = []
        by_library: dict[str, list[tuple[int | None, Librarian]]] = {}
        for item in wanted:
            by_library.setdefault(item[1].library or "", []).append(item)
        for library in sorted(by_library):
            here = by_library[library]
            # Only known open gaps can be closed (an unknown level is no gap: standing).
            open_gaps = sorted(((g, who) for g, who in here if g), key=_closeness)
            # A library with fewer staff than holders cannot close the rest by development.
            missing = min(max(competency.holders - sum(x[0] == 0 for x in here), 0), len(open_gaps))
            needed += missing
            candidates.extend(open_gaps[:missing])
    closest = tuple(who for _, who in sorted(candidates, key=_closeness)[:needed])
    return Coverage(
        competency,
        len(wanted),
        met,
        len(below),
        unknown,
        mean,
        total,
        needed,
        closest,
    )


def _closeness(item: tuple[int, Librarian]) -> tuple[int, str]:
    # The smallest gap first, then by id.
    gap, who = item
    return (gap, who.id)

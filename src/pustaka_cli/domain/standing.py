"""What an unknown level means: one rule for every report, ``recommend``, ``plan``,
``enroll --from-gaps`` and ``idp``.

A level is *unknown* when no evidence counts on the day (see ``levels``): nobody has
assessed the librarian in that competency yet, or what was assessed has expired.

1. **An unknown level is not a level.** It is neither 0 nor "below": it is counted apart
   as *not yet assessed* (*belum dinilai*). Levels are compared, averaged and counted as
   proficient only when they are known.
2. **An unknown level is not a gap**, neither an open gap nor a gap of 0. A gap is known
   when the level is known, or when nothing is required (required 0 is met at any level).
   Only known gaps are summed, ranked, closed or opened; the people "closest" to a level,
   the candidates of ``enroll --from-gaps`` and the targets of an IDP all have known gaps.
   A competency whose only content is unknown levels has no gap to rank.
3. **A person** *meets* the profile when every gap is known and 0; is *below* when any
   known gap is open; otherwise (no open gap known, some level unknown, or no profile for
   the grade) is *not fully assessed*. Three figures, never folded into one.
4. **Over a period** a competency is *compared* only when its gap is known at both ends:
   then a gap can be closed or opened and a level raised. Unknown at the start and known at
   the end is a *baseline* (the first assessment), never progress or regress; known at the
   start and unknown at the end has *lapsed* (its evidence expired).
5. **Shares** of staff at a level are of the staff whose level is known that day; how many
   were not yet assessed is said beside them.

``levels.unknown_is_zero: true`` in ``pustaka.yaml`` is the explicit opt-in to the other
reading: a competency without evidence is level 0, so nothing is ever "not yet assessed".

Why: Peraturan LAN 10/2018 asks for the competency gap, the profile's level against the
librarian's measured level. Without a measurement there is nothing to subtract; calling it
0 would report every new member of staff as a large gap closed at their first assessment.
Pure: numbers in, verdicts out.
"""

from __future__ import annotations

from collections.abc import Iterable

# One competency of one librarian on one day.
MET = "met"
BELOW = "below"
UNASSESSED = "unassessed"  # required, but the level is unknown
NO_PROFILE = "no-profile"  # the grade has no profile: nothing is known to be required

# One librarian over all competencies (rule 3).
MEETS = "meets"
NOT_FULLY_ASSESSED = "not-fully-assessed"

# One competency over a period (rule 4).
COMPARED = "compared"
BASELINE = "baseline"
LAPSED = "lapsed"


def gap_of(required: int | None, current: int | None) -> int | None:
    """max(required - current, 0); 0 when nothing is required; None when unknown (rule 2).

    >>> gap_of(3, 1), gap_of(0, None), gap_of(3, None), gap_of(None, 2)
    (2, 0, None, None)
    """
    if required is None:
        return None
    if required == 0:
        return 0
    if current is None:
        return None
    return max(required - current, 0)


def standing(required: int | None, current: int | None) -> str:
    """met, below, unassessed or no-profile."""
    if required is None:
        return NO_PROFILE
    gap = gap_of(required, current)
    if gap is None:
        return UNASSESSED
    return BELOW if gap > 0 else MET


def person(gaps: Iterable[int | None]) -> str:
    """meets, below or not-fully-assessed, from one librarian's gaps (rule 3)."""
    unknown = False
    for gap in gaps:
        if gap is None:
            unknown = True
        elif gap > 0:
            return BELOW
    return NOT_FULLY_ASSESSED if unknown else MEETS


def change(gap_before: int | None, gap_after: int | None) -> str:
    """compared, baseline, lapsed or unassessed: how one competency may be read over a
    period, from its gap at the start and at the end (rule 4)."""
    if gap_before is None:
        return UNASSESSED if gap_after is None else BASELINE
    return LAPSED if gap_after is None else COMPARED


def raised(before: int | None, after: int | None) -> bool:
    """Whether a level rose: both known, the later higher (a first assessment is not)."""
    return before is not None and after is not None and after > before


def proficient(level: int | None, cut: int) -> bool | None:
    """Whether a level is at or above ``cut``; None when the level is unknown (rule 5)."""
    return None if level is None else level >= cut

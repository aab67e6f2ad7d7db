"""User feedback (IKM-style surveys): mean scores per library, service and year, with trend.

The rule, the same for every figure (per library, per service, the summary):

- A figure pools the surveys it covers. When **every** one of them says how many
  respondents it had, the mean is weighted by respondents — the mean over all the people
  asked, as an IKM is computed (PermenPANRB 14/2017). When **any** of them has no count,
  each survey counts once: a missing count cannot be guessed, and weighing such a survey
  as one respondent next to counts of a hundred would drown it (a whole service could
  vanish from a library's figure). ``basis`` says which was used; ``surveys``,
  ``respondents`` and ``uncounted`` say what stands behind the figure.
- On a 1-4 scale (``feedback.scale_max: 4``, the IKM's) the mean is also given as the IKM
  index, mean x 25 (25-100), with its grade: A 88.31-100 (sangat baik), B 76.61-88.30
  (baik), C 65.00-76.60 (kurang baik), D 25.00-64.99 (tidak baik). The index comes from
  the unrounded mean and is rounded to 2 decimals before it is graded, so the index shown
  and its grade agree. Other scales have no IKM.

Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pustaka_cli.model import Feedback

IKM_SCALE = 4  # the IKM's perception scale is 1..4
IKM_FACTOR = 25  # index = mean x 25
# The lowest index of each grade (PermenPANRB 14/2017, interval konversi IKM).
IKM_GRADES = (("A", 88.31), ("B", 76.61), ("C", 65.00), ("D", 25.00))


@dataclass(frozen=True, slots=True)
class Score:
    """The pooled mean of some surveys, and what stands behind it."""

    mean: float | None  # rounded to 2 decimals
    surveys: int
    respondents: int  # of the surveys that give a count
    uncounted: int = 0  # surveys without a respondent count
    index: float | None = None  # IKM, 25-100 (a 1-4 scale only)

    @property
    def basis(self) -> str | None:
        """``respondents`` (weighted by them) or ``surveys`` (each once); None: no survey."""
        if not self.surveys:
            return None
        return "surveys" if self.uncounted else "respondents"

    @property
    def grade(self) -> str | None:
        return ikm_grade(self.index)


@dataclass(frozen=True, slots=True)
class Trend:
    """One library's (and service's) score in a year, against the year before."""

    library: str
    service: str  # "" for every service together
    year: int
    score: Score
    previous: Score

    @property
    def change(self) -> float | None:
        if self.score.mean is None or self.previous.mean is None:
            return None
        return round(self.score.mean - self.previous.mean, 2)


def score(items: Iterable[Feedback], scale_max: int = IKM_SCALE) -> Score:
    """The pooled mean of ``items`` by the module's rule.

    Three surveys, 3.5 from 100 respondents, 2.0 and 2.5 without a count: each counts
    once, (3.5 + 2.0 + 2.5) / 3 = 2.67 — not 3.47, where the two would weigh 1 each.
    """
    found = list(items)
    uncounted = sum(not f.respondents for f in found)
    respondents = sum(f.respondents or 0 for f in found)
    if not found:
        return Score(None, 0, 0)
    if uncounted:
        exact = sum(f.score for f in found) / len(found)
    else:
        exact = sum(f.score * (f.respondents or 0) for f in found) / respondents
    return Score(round(exact, 2), len(found), respondents, uncounted, ikm(exact, scale_max))


def ikm(mean: float | None, scale_max: int = IKM_SCALE) -> float | None:
    """The IKM index of a mean on the 1-4 scale: mean x 25, 2 decimals; None otherwise."""
    if mean is None or scale_max != IKM_SCALE:
        return None
    return round(mean * IKM_FACTOR, 2)


def ikm_grade(index: float | None) -> str | None:
    """A, B, C or D for an IKM index (PermenPANRB 14/2017)."""
    if index is None:
        return None
    for grade, lowest in IKM_GRADES:
        if index >= lowest:
            return grade
    return "D"


def trends(
    feedback: Sequence[Feedback],
    years: Sequence[int],
    by_service: bool,
    libraries: Sequence[str],
    scale_max: int = IKM_SCALE,
) -> tuple[Trend, ...]:
    """Per library (and service), per year: the score and the year before's, sorted."""
    keys: set[tuple[str, str]] = set()
    for f in feedback:
        lib = f.library or ""
        if libraries and lib not in libraries:
            continue
        keys.add((lib, (f.service or "") if by_service else ""))
    out = []
    for lib, service in sorted(keys):
        mine = [
            f
            for f in feedback
            if (f.library or "") == lib and (not by_service or (f.service or "") == service)
        ]
        for year in years:
            now = score((f for f in mine if f.date.year == year), scale_max)
            before = score((f for f in mine if f.date.year == year - 1), scale_max)
            if now.surveys or before.surveys:
                out.append(Trend(lib, service, year, now, before))
    return tuple(out)

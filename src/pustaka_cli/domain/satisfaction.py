"""User feedback (IKM-style surveys): mean scores per library, service and year, with trend.

A mean over several surveys weighs each by its respondents (a survey without a count
weighs 1), so a 200-person questionnaire outweighs a 5-card suggestion box. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pustaka_cli.model import Feedback


@dataclass(frozen=True, slots=True)
class Score:
    """The weighted mean of some surveys."""

    mean: float | None
    surveys: int
    respondents: int


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


def score(items: Iterable[Feedback]) -> Score:
    total = weight = 0.0
    surveys = respondents = 0
    for f in items:
        w = f.respondents if f.respondents else 1
        total += f.score * w
        weight += w
        surveys += 1
        respondents += f.respondents or 0
    return Score(round(total / weight, 2) if weight else None, surveys, respondents)


def trends(
    feedback: Sequence[Feedback], years: Sequence[int], by_service: bool, libraries: Sequence[str]
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
            f for f in feedback
            if (f.library or "") == lib and (not by_service or (f.service or "") == service)
        ]
        for year in years:
            now = score(f for f in mine if f.date.year == year)
            before = score(f for f in mine if f.date.year == year - 1)
            if now.surveys or before.surveys:
                out.append(Trend(lib, service, year, now, before))
    return tuple(out)

"""A dataset's records by id, built once: lookups for checks, reports and commands."""

from __future__ import annotations

from dataclasses import dataclass

from pustaka_cli.model import Competency, Dataset, Librarian, Profile, Training


def grade_key(text: str) -> str:
    """How grades and old titles compare: ``Pustakawan Pelaksana`` ~ ``pustakawan-pelaksana``."""
    return "-".join(text.lower().replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Index:
    librarians: dict[str, Librarian]
    trainings: dict[str, Training]
    competencies: dict[str, Competency]
    profiles: dict[str, Profile]
    grades: dict[str, str]  # grade id or alias (as grade_key) -> grade id

    @classmethod
    def of(cls, data: Dataset) -> Index:
        grades: dict[str, str] = {}
        for p in data.profiles:
            for alias in p.aliases:
                grades.setdefault(grade_key(alias), p.grade)
        for p in data.profiles:
            grades[grade_key(p.grade)] = p.grade
        return cls(
            librarians=_first_by_id(data.librarians),
            trainings=_first_by_id(data.trainings),
            competencies=_first_by_id(data.framework.competencies),
            profiles={p.grade: p for p in reversed(data.profiles)},
            grades=grades,
        )

    def grade(self, text: str | None) -> str | None:
        """The grade id a record's ``grade`` names (directly or by an old title), or None."""
        if text is None:
            return None
        return self.grades.get(grade_key(text))

    def profile(self, text: str | None) -> Profile | None:
        grade = self.grade(text)
        return self.profiles.get(grade) if grade else None


def _first_by_id(
    records: tuple[Librarian, ...] | tuple[Training, ...] | tuple[Competency, ...],
) -> dict:  # type: ignore[type-arg]
    # The first record wins when ids clash; the clash itself is a problem reported by check.
    out: dict[str, object] = {}
    for r in records:
        out.setdefault(r.id, r)
    return out

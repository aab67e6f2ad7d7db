"""JP per librarian per year, against sums worked out by hand (tests/folders/report-basic)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conftest import FOLDERS
from pustaka_cli.domain.hours import Hours, activity_jp, category, credits, hours
from pustaka_cli.domain.index import Index
from pustaka_cli.model import Dataset
from pustaka_cli.store.folder import load

D = dt.date
TODAY = D(2026, 6, 30)


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load(FOLDERS / "report-basic").dataset


def of(data: Dataset, who: str, year: int, as_of: dt.date = TODAY) -> Hours:
    lib = Index.of(data).librarians[who]
    return hours(data, [lib], [year], as_of)[0]


def test_completed_klasikal_and_converted_nonklasikal(data: Dataset) -> None:
    # ani 2025: t-kat (pelatihan, 24 JP) + t-ref (e-learning, 270 min / 45 = 6 JP).
    # Her t-ref post-test failed (60 < 70): the level does not count, the JP do.
    h = of(data, "ani", 2025)
    assert (h.klasikal, h.nonklasikal, h.total, h.target, h.shortfall) == (24, 6, 30, 20, 0)
    assert h.met is True
    converted = [c for c in h.credits if c.ref == "t-ref"]
    assert converted[0].minutes == 270


def test_mentoring_sessions_are_nonklasikal_for_the_mentee(data: Dataset) -> None:
    # budi 2025: t-kat 24 JP + mentoring 90 + 45 min = 3 JP; t-ref only attended.
    h = of(data, "budi", 2025)
    assert (h.klasikal, h.nonklasikal, h.total) == (24, 3, 27)
    assert (h.target, h.shortfall) == (24, 0)  # PPPK
    assert h.not_counted == 6  # t-ref attended, not completed
    # 2026: the session of 2026-01-15, 60 min = 1.33 JP, against 24
    h26 = of(data, "budi", 2026)
    assert (h26.nonklasikal, h26.shortfall) == (1.33, 22.67)


def test_attended_does_not_count_and_no_target_for_honorer(data: Dataset) -> None:
    h = of(data, "citra", 2025)
    assert (h.total, h.not_counted, h.target, h.shortfall, h.met) == (0, 24, None, None, None)
    assert [c.reason for c in h.credits] == ["not-completed"]


def test_minutes_conversion_and_shortfall(data: Dataset) -> None:
    # dedi 2025: workshop 100 min / 45 = 2.22 JP (klasikal), target 20 → short 17.78
    h = of(data, "dedi", 2025)
    assert (h.klasikal, h.total, h.shortfall, h.met) == (2.22, 2.22, 17.78, False)


def test_minutes_per_jp_is_configurable(data: Dataset) -> None:
    sixty = dataclasses.replace(data, settings=dataclasses.replace(data.settings, minutes_per_jp=60))
    assert of(sixty, "dedi", 2025).total == 1.67
    assert of(sixty, "ani", 2025).nonklasikal == 4.5


def test_as_of_and_planned_activities(data: Dataset) -> None:
    # the seminar of 2026-09-01 has not happened on 2026-06-30, and ani is only enrolled
    assert of(data, "ani", 2026).total == 0
    # on 2025-03-11 t-kat had not ended: nothing yet
    assert of(data, "ani", 2025, as_of=D(2025, 3, 11)).total == 0
    assert of(data, "ani", 2025, as_of=D(2025, 3, 12)).total == 24
    assert all(c.date <= D(2025, 6, 1) for c in credits(data, D(2025, 6, 1)))


def test_activity_jp_and_category(data: Dataset) -> None:
    trainings = {t.id: t for t in data.trainings}
    assert activity_jp(trainings["t-kat"], 45) == (24.0, None)
    assert activity_jp(trainings["t-ref"], 45) == (6.0, 270)
    assert category("e-learning") == "nonklasikal"
    assert category("seminar") == "klasikal"

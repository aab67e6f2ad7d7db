"""JP per librarian per year, against sums worked out by hand (tests/folders/report-basic)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conftest import FOLDERS
from pustaka_cli.domain.hours import (
    Hours,
    activity_jp,
    category,
    contract_year,
    credits,
    hours,
    target,
)
from pustaka_cli.domain.index import Index
from pustaka_cli.model import Dataset, JpRule
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
    # budi is PPPK from contract_start 2025-02-01: his "2025" is the contract year that
    # holds 2025-12-31, 2025-02-01 to 2026-01-31: t-kat 24 JP + mentoring 90 + 45 + 60 min
    # (2 + 1 + 1.33 JP); t-ref was only attended.
    h = of(data, "budi", 2025)
    assert (h.start, h.end, h.basis) == (D(2025, 2, 1), D(2026, 1, 31), "contract")
    assert (h.klasikal, h.nonklasikal, h.total) == (24, 4.33, 28.33)
    assert h.not_counted == 6  # t-ref attended, not completed


def test_pppk_has_a_ceiling_per_contract_year_and_is_never_short(data: Dataset) -> None:
    # PP 49/2018 art. 39(3): at most 24 JP in one year of the work contract. 28.33 is
    # 4.33 above it; there is no minimum, so nothing is "short" and nothing is "met".
    h = of(data, "budi", 2025)
    assert (h.minimum, h.maximum, h.target) == (None, 24, None)
    assert (h.shortfall, h.met, h.excess, h.over) == (None, None, 4.33, True)
    # As of 2026-06-30 the contract year running is 2026-02-01 to 2027-01-31: nothing yet.
    h26 = of(data, "budi", 2026)
    assert (h26.start, h26.end, h26.total, h26.excess, h26.over) == (
        D(2026, 2, 1),
        D(2027, 1, 31),
        0,
        0,
        False,
    )
    # A PNS has a minimum per calendar year and no ceiling.
    ani = of(data, "ani", 2025)
    assert (ani.start, ani.end, ani.basis) == (D(2025, 1, 1), D(2025, 12, 31), "calendar")
    assert (ani.minimum, ani.maximum, ani.excess, ani.over) == (20, None, None, None)


def test_contract_year_falls_back_to_started_then_to_the_calendar(data: Dataset) -> None:
    lib = Index.of(data).librarians["budi"]
    people = [dataclasses.replace(lib, contract_start=None)]  # started 2020-01-01
    h = hours(data, people, [2025], TODAY)[0]
    assert (h.start, h.end, h.basis, h.total) == (D(2025, 1, 1), D(2025, 12, 31), "contract", 27)
    bare = [dataclasses.replace(lib, contract_start=None, started=None)]
    h = hours(data, bare, [2025], TODAY)[0]
    assert (h.start, h.end, h.basis, h.maximum) == (D(2025, 1, 1), D(2025, 12, 31), "calendar", 24)


def test_one_row_per_contract_year_over_several_years(data: Dataset) -> None:
    # 2025 and 2026 as of 2026-12-31: the contract years holding 2025-12-31 and 2026-12-31.
    rows = hours(data, [Index.of(data).librarians["budi"]], [2025, 2026], D(2026, 12, 31))
    assert [(h.year, h.start) for h in rows] == [(2025, D(2025, 2, 1)), (2026, D(2026, 2, 1))]
    # as of 2026-01-20 both years hold the same contract year: it is given once
    rows = hours(data, [Index.of(data).librarians["budi"]], [2025, 2026], D(2026, 1, 20))
    assert [(h.year, h.start) for h in rows] == [(2025, D(2025, 2, 1))]


def test_contract_years_from_a_leap_day() -> None:
    assert contract_year(D(2024, 2, 29), D(2025, 2, 28)) == (D(2024, 2, 29), D(2025, 2, 28))
    assert contract_year(D(2024, 2, 29), D(2025, 3, 1)) == (D(2025, 3, 1), D(2026, 2, 28))
    assert contract_year(D(2024, 9, 1), D(2024, 1, 5)) == (D(2024, 9, 1), D(2025, 8, 31))


def test_a_region_sets_its_own_numbers(data: Dataset) -> None:
    rules = (JpRule("pns", minimum=30), JpRule("pppk", minimum=10, maximum=24, year="contract"))
    own = dataclasses.replace(data, settings=dataclasses.replace(data.settings, jp_rules=rules))
    ani = of(own, "ani", 2025)
    assert (ani.minimum, ani.total, ani.shortfall, ani.met) == (30, 30, 0, True)
    budi = of(own, "budi", 2026)  # 0 JP in the running contract year: short of the minimum
    assert (budi.minimum, budi.maximum, budi.shortfall, budi.over) == (10, 24, 10, False)
    assert target(own.settings, "pppk") is None  # not a calendar-year minimum


def test_jp_are_for_attending_unless_a_pass_is_required(data: Dataset) -> None:
    # ani's t-ref post-test 60 < pass_score 70: no level (test_levels), but the 6 JP count.
    assert of(data, "ani", 2025).nonklasikal == 6
    strict = dataclasses.replace(
        data, settings=dataclasses.replace(data.settings, jp_requires_pass=True)
    )
    h = of(strict, "ani", 2025)
    assert (h.nonklasikal, h.not_counted) == (0, 6)
    assert [c.reason for c in h.credits if c.ref == "t-ref"] == ["post-test-failed"]
    assert of(strict, "budi", 2025).klasikal == 24  # no score (no post-test): JP count


def test_attended_does_not_count_and_no_target_for_honorer(data: Dataset) -> None:
    h = of(data, "citra", 2025)
    assert (h.total, h.not_counted, h.target, h.shortfall, h.met) == (0, 24, None, None, None)
    assert [c.reason for c in h.credits] == ["not-completed"]


def test_minutes_conversion_and_shortfall(data: Dataset) -> None:
    # dedi 2025: workshop 100 min / 45 = 2.22 JP (klasikal), target 20 → short 17.78
    h = of(data, "dedi", 2025)
    assert (h.klasikal, h.total, h.shortfall, h.met) == (2.22, 2.22, 17.78, False)


def test_minutes_per_jp_is_configurable(data: Dataset) -> None:
    sixty = dataclasses.replace(
        data, settings=dataclasses.replace(data.settings, minutes_per_jp=60)
    )
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

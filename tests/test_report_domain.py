"""The report arithmetic behind the tables, worked out by hand on tests/folders/report-basic.

Staff on 2026-06-30: ani (pusat, terampil, pns), budi (keliling, terampil by an old title,
pppk), citra (pusat, mahir, honorer); dedi left on 2025-12-31.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conftest import FOLDERS
from pustaka_cli.domain import reports, satisfaction
from pustaka_cli.domain.coverage import coverage
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor
from pustaka_cli.domain.programme import achieved, outcome
from pustaka_cli.domain.selection import Period, Selection, period
from pustaka_cli.model import Dataset, Feedback, Librarian, Located
from pustaka_cli.problems import Loc
from pustaka_cli.store.folder import load

D = dt.date
TODAY = D(2026, 6, 30)


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load(FOLDERS / "report-basic").dataset


def request(when: Period, as_of: dt.date = TODAY, **filters: tuple[str, ...]) -> reports.Request:
    return reports.Request(TODAY, as_of, when, Selection(**filters))


YEAR_2025 = Period(D(2025, 1, 1), D(2025, 12, 31))
THIS_YEAR = Period(D(2026, 1, 1), TODAY)


def test_period_defaults() -> None:
    assert period(TODAY, None, None, None) == THIS_YEAR
    assert period(TODAY, 2025, None, None) == YEAR_2025
    assert period(TODAY, None, D(2025, 6, 1), None) == Period(D(2025, 6, 1), TODAY)
    assert period(TODAY, None, None, D(2025, 3, 1)) == Period(D(2025, 1, 1), D(2025, 3, 1))
    assert YEAR_2025.years == (2025,)


def test_per_competency_view_with_holders(data: Dataset) -> None:
    ix = Index.of(data)
    found = reports.gaps(data, ix, request(THIS_YEAR))
    assert [lib.id for lib in found.staff] == ["budi", "ani", "citra"]
    kat, klas, _ref = found.coverage
    # katalogisasi: ani 2/2, budi 3/2, citra 1/3 → one below, mean gap 2/3; holders: 1
    # per library, and both libraries have one who meets it: nobody needs to close it.
    assert (kat.required, kat.met, kat.below, kat.unknown) == (3, 2, 1, 0)
    assert (kat.mean_gap, kat.total_gap, kat.needed, kat.closest, kat.few) == (
        0.67,
        2,
        0,
        (),
        False,
    )
    # klasifikasi: ani's LSP expired and budi has none → unknown; citra 2/2
    assert (klas.met, klas.below, klas.unknown, klas.mean_gap, klas.needed) == (1, 0, 2, 0, 0)


def test_without_holders_everyone_below_must_close_it(data: Dataset) -> None:
    ix = Index.of(data)
    found = reports.gaps(data, ix, request(THIS_YEAR))
    comp = dataclasses.replace(found.competencies[0], holders=None)
    view = coverage(comp, *_column(found, 0))
    assert (view.needed, [lib.id for lib in view.closest], view.few) == (1, ["citra"], True)


def test_holders_count_per_library(data: Dataset) -> None:
    # with holders 2, pusat has one who meets (ani) and needs citra; keliling has only budi,
    # who meets it: nobody there can close the rest by development
    ix = Index.of(data)
    found = reports.gaps(data, ix, request(THIS_YEAR))
    comp = dataclasses.replace(found.competencies[0], holders=2)
    view = coverage(comp, *_column(found, 0))
    assert (view.needed, [lib.id for lib in view.closest]) == (1, ["citra"])


def _column(
    found: reports.GapsResult, i: int
) -> tuple[tuple[Librarian, ...], tuple[int | None, ...], tuple[int | None, ...]]:
    """The staff, required levels and gaps of the i-th competency (katalogisasi is first)."""
    width = len(found.competencies)
    return found.staff, found.levels.required[i::width], found.levels.gaps[i::width]


def test_summary_per_library(data: Dataset) -> None:
    ix = Index.of(data)
    result = reports.summary(data, ix, request(THIS_YEAR))
    pusat, keliling, everyone = result.libraries
    assert (pusat.library, pusat.staff, pusat.meeting, pusat.unknown) == ("pusat", 2, 0, 1)
    # ani (pns) has no JP yet in 2026; citra (honorer) has no target
    assert (pusat.jp_with_target, pusat.jp_met) == (1, 0)
    # the seminar of 2026-09-01: ani enrolled; it has not ended, so no completion yet
    assert (pusat.activities, pusat.seated, pusat.completion) == (1, 0, None)
    assert (pusat.satisfaction.mean, pusat.satisfaction_before.mean) == (3.6, 3.3)
    # citra is below in katalogisasi, but one holder per library is enough and ani holds it
    assert pusat.top_gaps == ()
    assert (keliling.staff, keliling.by_grade) == (1, (("terampil", 1),))
    assert (everyone.library, everyone.staff) == ("*", 3)


def test_training_outcome(data: Dataset) -> None:
    assessor = Assessor.of(data)
    t_kat = {t.id: t for t in data.trainings}["t-kat"]
    o = outcome(t_kat, assessor, TODAY)
    assert (o.seated, o.waitlisted, o.completed, o.failed, o.completion) == (3, 1, 2, 0, 66.7)
    assert (o.scores, o.mean_score, o.passed, o.mean_rating) == ((85,), 85, 1, 4.5)
    # 12,000,000 / 3 seats; / (24 JP x 3)
    assert (o.cost_per_participant, o.cost_per_jp) == (4_000_000, 166_666.67)
    changes = {c.librarian: (c.before, c.after, c.after_date) for c in o.changes}
    # ani: before 2025-03-10 her 2022 supervisor rating had expired; after: the peer
    # assessment of 2025-06-01. budi: the uji kompetensi before, nothing after.
    assert changes == {"ani": (None, 2, D(2025, 6, 1)), "budi": (3, None, None)}
    # ani's level was unknown before: a first assessment after, not an improvement (standing)
    assert (o.mean_before, o.mean_after, o.improved) == (3, 2, 0)
    assert [achieved(i) for i in t_kat.indicators] == [False]
    early = outcome(t_kat, assessor, D(2025, 3, 11))
    assert (early.ended, early.completion) == (False, None)


def test_trainings_report_filters(data: Dataset) -> None:
    ix = Index.of(data)
    found = reports.trainings(data, ix, request(YEAR_2025))
    assert [o.training.id for o in found.outcomes] == ["t-kat", "t-ws", "t-ref"]
    only_dedi = reports.trainings(data, ix, request(YEAR_2025, librarians=("dedi",)))
    assert [o.training.id for o in only_dedi.outcomes] == ["t-kat", "t-ws"]
    by_competency = reports.trainings(data, ix, request(YEAR_2025, competencies=("referensi",)))
    assert [o.training.id for o in by_competency.outcomes] == ["t-ref"]


def test_feedback_trend(data: Dataset) -> None:
    ix = Index.of(data)
    result = reports.feedback(data, ix, request(Period(D(2025, 1, 1), TODAY)))
    rows = {
        (x.library, x.year): (x.score.mean, x.previous.mean, x.change) for x in result.libraries
    }
    # pusat 2025: (3.0 x 40 + 3.5 x 60) / 100 = 3.3; 2026: 3.6 → +0.3
    assert rows[("pusat", 2025)] == (3.3, None, None)
    assert rows[("pusat", 2026)] == (3.6, 3.3, 0.3)
    assert rows[("keliling", 2026)] == (None, 3.2, None)
    assert {(x.library, x.service) for x in result.services} == {
        ("keliling", "layanan-keliling"),
        ("pusat", "sirkulasi"),
    }


def _survey(i: int, score: float, respondents: int | None, service: str) -> Feedback:
    return Feedback(
        f"f{i}",
        D(2026, 3, i),
        score,
        Located(Loc("feedback.yaml", i)),
        library="pusat",
        service=service,
        respondents=respondents,
    )


# The issue-12 folder: made with init, filled with `pustaka feedback`, two of four surveys
# with --respondents. Weighing the others 1 each gave (3.5 x 100 + 2 + 2.5 + 3 x 10) / 112
# = 3.43, and referensi, a whole service, counted 2 in 112.
MIXED = (
    _survey(1, 3.5, 100, "sirkulasi"),
    _survey(2, 2.0, None, "referensi"),
    _survey(3, 2.5, None, "referensi"),
    _survey(4, 3.0, 10, "sirkulasi"),
)


def test_feedback_has_one_weighting_rule_in_every_row(data: Dataset) -> None:
    mixed = dataclasses.replace(data, feedback=MIXED)
    result = reports.feedback(mixed, Index.of(mixed), request(THIS_YEAR))
    (pusat,) = [x.score for x in result.libraries if x.year == 2026]
    # Not every survey gives a count: each counts once, (3.5 + 2 + 2.5 + 3) / 4 = 2.75.
    assert (pusat.mean, pusat.surveys, pusat.respondents, pusat.uncounted, pusat.basis) == (
        2.75,
        4,
        110,
        2,
        "surveys",
    )
    by_service = {x.service: x.score for x in result.services if x.year == 2026}
    # sirkulasi: both give a count, (3.5 x 100 + 3 x 10) / 110 = 3.45; referensi: 2.25.
    assert (by_service["sirkulasi"].mean, by_service["sirkulasi"].basis) == (3.45, "respondents")
    assert (by_service["referensi"].mean, by_service["referensi"].basis) == (2.25, "surveys")
    # The summary's figure is the same figure.
    summary = reports.summary(mixed, Index.of(mixed), request(THIS_YEAR))
    assert {s.satisfaction for s in summary.libraries if s.library in ("pusat", "*")} == {pusat}


def test_ikm_index_and_grade() -> None:
    # PermenPANRB 14/2017: index = mean (1-4) x 25; A 88.31-100, B 76.61-88.30,
    # C 65.00-76.60, D 25.00-64.99. 3.5324 x 25 = 88.31 (A); 3.5320 x 25 = 88.30 (B).
    cases = [
        (4.0, 100.0, "A"),
        (3.5324, 88.31, "A"),
        (3.532, 88.3, "B"),
        (3.0644, 76.61, "B"),
        (3.064, 76.6, "C"),
        (2.6, 65.0, "C"),
        (2.5996, 64.99, "D"),
        (1.0, 25.0, "D"),
    ]
    for mean, index, grade in cases:
        assert (satisfaction.ikm(mean), satisfaction.ikm_grade(satisfaction.ikm(mean))) == (
            index,
            grade,
        ), mean
    assert satisfaction.ikm(4.5, scale_max=5) is None  # the IKM is defined on 1-4 only
    score = satisfaction.score(MIXED[:1])
    assert (score.mean, score.index, score.grade) == (3.5, 87.5, "B")


def test_progress_over_a_year(data: Dataset) -> None:
    ix = Index.of(data)
    result = reports.progress(data, ix, request(YEAR_2025))
    ani = next(p for p in result.people if p.librarian.id == "ani")
    # referensi: unknown on 2025-01-01, the supervisor's 1 on 2025-10-01 meets terampil's 1:
    # a first assessment, a baseline with no gap, never a gap closed nor a level up
    assert (ani.closed, ani.opened, ani.raised) == (0, 0, 0)
    assert (ani.baseline, ani.baseline_gaps, ani.first_assessed) == (1, 0, D(2025, 10, 1))
    assert (ani.activities, ani.jp, ani.skp_before, ani.skp_after) == (2, 30, "baik", "sangat-baik")
    kat = result.proficiency[0]
    # level 3+ in katalogisasi: budi (uji kompetensi) at both ends, of the 2 of 4 staff
    # whose level is known at the end (citra and dedi are not yet assessed)
    assert (kat.staff, kat.at_start, kat.at_end, kat.share_end) == (4, 1, 1, 50.0)
    assert (kat.unknown_start, kat.unknown_end) == (2, 2)


def test_mentoring_pairs(data: Dataset) -> None:
    ix = Index.of(data)
    (pair,) = reports.mentoring_pairs(data, ix, request(YEAR_2025)).pairs
    # 2025 sessions: 90 + 45 minutes = 3 JP; the 2026 session is outside the period
    assert (pair.sessions, pair.minutes, pair.jp, pair.active) == (2, 135, 3.0, True)
    ((then, now),) = pair.competencies
    assert (then.current.level, now.current.level, now.gap, pair.raised) == (3, 3, 0, 0)


def test_cancelled_activities_are_listed_with_whom_to_tell(data: Dataset) -> None:
    # t-batal (2025-11-04) was cancelled: ani (enrolled) and citra (waitlisted) must be told;
    # budi had withdrawn. It has no outcome: no JP, no level, no completion figures.
    ix = Index.of(data)
    found = reports.trainings(data, ix, request(YEAR_2025))
    assert "t-batal" not in [o.training.id for o in found.outcomes]
    (c,) = found.cancelled
    assert (c.training.id, c.reason, c.to_tell) == (
        "t-batal",
        "Batal: narasumber berhalangan.",
        ("ani", "citra"),
    )
    assert reports.trainings(data, ix, request(YEAR_2025, librarians=("budi",))).cancelled == ()
    assert reports.trainings(data, ix, request(THIS_YEAR)).cancelled == ()
    # The summary counts it where someone on its list works, and once for everyone.
    summary = reports.summary(data, ix, request(YEAR_2025))
    assert {s.library: s.cancelled for s in summary.libraries} == {
        "pusat": 1,
        "keliling": 0,
        "*": 1,
    }

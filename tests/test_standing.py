"""The rule for unknown levels (``domain/standing.py``), worked out by hand, and what it
changes in every report: an unknown level is not a level and not a gap of 0; it is
counted apart, as "not yet assessed".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import DATA, EXAMPLES, FOLDERS
from pustaka_cli.domain import reports, standing
from pustaka_cli.domain.coverage import coverage
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.selection import Period, Selection
from pustaka_cli.model import Dataset, Librarian
from pustaka_cli.store.folder import load

D = dt.date


def request(
    today: dt.date, start: dt.date, end: dt.date, **filters: tuple[str, ...]
) -> reports.Request:
    return reports.Request(today, end, Period(start, end), Selection(**filters))


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return load(DATA).dataset


@pytest.fixture(scope="module")
def lampung() -> Dataset:
    return load(EXAMPLES / "bandar-lampung").dataset


# --- the rule --------------------------------------------------------------------------


def test_a_gap_needs_a_known_level_unless_nothing_is_required() -> None:
    assert [
        standing.gap_of(3, 1),
        standing.gap_of(3, 4),
        standing.gap_of(0, None),
        standing.gap_of(3, None),
        standing.gap_of(None, 2),
    ] == [2, 0, 0, None, None]
    assert [
        standing.standing(3, 1),
        standing.standing(3, 3),
        standing.standing(0, None),
        standing.standing(3, None),
        standing.standing(None, 3),
    ] == ["below", "met", "met", "unassessed", "no-profile"]


def test_a_person_meets_is_below_or_is_not_fully_assessed() -> None:
    assert standing.person([0, 0, 0]) == "meets"
    assert standing.person([0, None, 2]) == "below"  # a known gap decides
    assert standing.person([0, None, 0]) == "not-fully-assessed"  # not "below", not "meets"
    assert standing.person([]) == "meets"


def test_over_a_period_only_what_is_known_at_both_ends_is_compared() -> None:
    assert standing.change(2, 0) == "compared"
    assert standing.change(None, 3) == "baseline"  # a first assessment
    assert standing.change(1, None) == "lapsed"  # evidence expired
    assert standing.change(None, None) == "unassessed"
    assert [
        standing.raised(None, 3),
        standing.raised(1, 3),
        standing.raised(3, 3),
        standing.raised(3, None),
    ] == [False, True, False, False]
    assert [standing.proficient(None, 3), standing.proficient(2, 3), standing.proficient(3, 3)] == [
        None,
        False,
        True,
    ]


# --- per competency: to close, closest ---------------------------------------------------


def _people(n: int, library: str = "pusat") -> list[Librarian]:
    base = load(FOLDERS / "report-basic").dataset.librarians[0]
    return [dataclasses.replace(base, id=f"p{i}", name=f"P{i}", library=library) for i in range(n)]


def test_closest_never_names_someone_without_evidence() -> None:
    # required 3 of four people: p0 gap 1, p1 unknown, p2 unknown, p3 meets.
    comp = load(FOLDERS / "report-basic").dataset.framework.competencies[0]
    people = _people(4)
    view = coverage(
        dataclasses.replace(comp, holders=None), people, [3, 3, 3, 3], [1, None, None, 0]
    )
    assert (view.met, view.below, view.unknown, view.needed, view.total_gap) == (1, 1, 2, 1, 1)
    assert [p.id for p in view.closest] == ["p0"]
    # holders 2: one meets, one more is needed, and only p0 has a gap known to close
    view = coverage(dataclasses.replace(comp, holders=2), people, [3, 3, 3, 3], [1, None, None, 0])
    assert (view.needed, [p.id for p in view.closest]) == (1, ["p0"])
    # holders 2 and nobody assessed: nothing known to close; the unknown are counted apart
    view = coverage(
        dataclasses.replace(comp, holders=2), people, [3, 3, 3, 3], [None, None, None, None]
    )
    assert (view.needed, view.closest, view.unknown, view.total_gap) == (0, (), 4, 0)


def test_closest_on_bukittinggi_before_anyone_was_assessed() -> None:
    # On 2024-06-30 nobody in Bukittinggi had evidence in pelestarian: "closest" named
    # four of them with no evidence at all.
    data = load(EXAMPLES / "bukittinggi").dataset
    found = reports.gaps(
        data, Index.of(data), request(D(2026, 11, 21), D(2024, 1, 1), D(2024, 6, 30))
    )
    width = len(found.competencies)
    for i, view in enumerate(found.coverage):
        gaps = {lib.id: found.levels.gaps[j * width + i] for j, lib in enumerate(found.staff)}
        assert all(gaps[lib.id] for lib in view.closest), view.competency.id
        assert view.needed == len(view.closest)
    pelestarian = next(v for v in found.coverage if v.competency.id == "pelestarian")
    assert (pelestarian.needed, pelestarian.closest, pelestarian.unknown) == (0, (), 9)


# --- summary ---------------------------------------------------------------------------


def test_summary_has_three_figures_and_ranks_only_known_gaps() -> None:
    data = load(EXAMPLES / "bukittinggi").dataset
    found = reports.summary(
        data, Index.of(data), request(D(2026, 11, 21), D(2024, 1, 1), D(2024, 6, 30))
    )
    everyone = found.libraries[-1]
    # nobody assessed yet: all nine are "not fully assessed", none "below"
    assert (everyone.staff, everyone.meeting, everyone.below, everyone.unknown) == (9, 0, 0, 9)
    # it used to rank karya-tulis, pelestarian and pengadaan-koleksi (gap sum 0, only
    # unknown levels) as the largest gaps
    assert all(v.total_gap > 0 for s in found.libraries for v in s.top_gaps)
    assert everyone.top_gaps == ()


def test_summary_on_the_shipped_data(shipped: Dataset) -> None:
    found = reports.summary(
        shipped, Index.of(shipped), request(D(2026, 11, 21), D(2026, 1, 1), D(2026, 11, 21))
    )
    for s in found.libraries:
        assert s.meeting + s.below + s.unknown == s.staff
        assert all(v.total_gap > 0 and v.needed > 0 for v in s.top_gaps)


# --- progress --------------------------------------------------------------------------


def test_first_assessment_in_the_period_is_a_baseline(shipped: Dataset) -> None:
    # joko-s and intan-p started in 2026 (CPNS); their first evidence is the orientation
    # of 2026-03-09..20 and a supervisor's assessment in November. It used to read as
    # "gap 0 -> 18/19, 22 levels up".
    found = reports.progress(
        shipped, Index.of(shipped), request(D(2026, 11, 21), D(2026, 1, 1), D(2026, 11, 21))
    )
    people = {p.librarian.id: p for p in found.people}
    joko, intan = people["joko-s"], people["intan-p"]
    assert (joko.raised, joko.closed, joko.opened) == (0, 0, 0)
    assert (joko.open_at_start, joko.unknown_at_start, joko.open_at_end) == (0, 19, 18)
    assert (joko.baseline, joko.baseline_gaps, joko.first_assessed) == (19, 18, D(2026, 3, 20))
    assert (intan.raised, intan.closed, intan.opened) == (0, 0, 0)
    assert (intan.baseline, intan.baseline_gaps, intan.first_assessed) == (22, 19, D(2026, 3, 20))
    # everybody else was known at both ends: nothing of theirs is a baseline
    assert {p.librarian.id for p in found.people if p.baseline} == {"joko-s", "intan-p"}


def test_a_whole_programme_first_assessed_in_the_year(lampung: Dataset) -> None:
    # Bandar Lampung's first assessments are of 2025: in 2025 nobody rose a level or closed
    # a gap, not even dimas-a with no activity and 0 JP.
    found = reports.progress(
        lampung, Index.of(lampung), request(D(2026, 11, 21), D(2025, 1, 1), D(2025, 12, 31))
    )
    assert len(found.people) == 9
    for p in found.people:
        assert (p.raised, p.closed, p.opened, p.open_at_start) == (0, 0, 0, 0), p.librarian.id
        assert p.baseline == p.unknown_at_start > 0 and p.baseline_gaps == p.open_at_end
    dimas = next(p for p in found.people if p.librarian.id == "dimas-a")
    assert (dimas.activities, dimas.jp, dimas.raised) == (0, 0, 0)
    # proficiency at the start is unknown for all nine: no share, not 0 %
    for share in found.proficiency:
        assert (share.unknown_start, share.share_start, share.unknown_end) == (9, None, 0)


def test_proficiency_shares_are_of_those_assessed() -> None:
    data = load(FOLDERS / "report-basic").dataset
    found = reports.progress(
        data, Index.of(data), request(D(2026, 6, 30), D(2025, 1, 1), D(2025, 12, 31))
    )
    kat = found.proficiency[0]
    # katalogisasi on 2025-12-31: budi 3 (uji kompetensi) and ani 2 known, citra and dedi
    # not assessed: 1 of 2, not 1 of 4
    assert (kat.staff, kat.at_end, kat.unknown_end, kat.share_end) == (4, 1, 2, 50.0)


@pytest.mark.parametrize(
    "folder", ["bandar-lampung", "bukittinggi", "cilegon", "lubuklinggau", "pematang-siantar"]
)
def test_no_report_reads_a_first_assessment_as_progress(folder: str) -> None:
    data = load(EXAMPLES / folder).dataset
    ix = Index.of(data)
    for year in (2024, 2025, 2026):
        end = min(D(year, 12, 31), D(2026, 11, 21))
        found = reports.progress(data, ix, request(D(2026, 11, 21), D(year, 1, 1), end))
        for p in found.people:
            for a, b in zip(p.start, p.end, strict=True):
                if a.current.level is None:
                    assert not standing.raised(a.current.level, b.current.level)
            assert p.closed <= p.open_at_start


def test_unknown_is_zero_is_the_explicit_opt_in_to_the_other_reading() -> None:
    data = load(FOLDERS / "report-basic").dataset
    levels = dataclasses.replace(data.settings.levels, unknown_is_zero=True)
    zero = dataclasses.replace(data, settings=dataclasses.replace(data.settings, levels=levels))
    found = reports.progress(
        zero, Index.of(zero), request(D(2026, 6, 30), D(2025, 1, 1), D(2025, 12, 31))
    )
    ani = next(p for p in found.people if p.librarian.id == "ani")
    # referensi: 0 on 2025-01-01 by the opt-in, 1 on 2025-10-01: a level up, a gap closed
    assert (ani.closed, ani.raised, ani.baseline, ani.unknown_at_start) == (1, 1, 0, 0)
    assert all(s.unknown_start == s.unknown_end == 0 for s in found.proficiency)


def test_evidence_that_expired_has_lapsed_it_did_not_open_a_gap() -> None:
    # ani's klasifikasi: the LSP certificate counts on 2026-01-01 (3, meets terampil's 1)
    # and has expired by 2026-06-30: unknown then. Not a gap opened, not a level down.
    data = load(FOLDERS / "report-basic").dataset
    found = reports.progress(
        data, Index.of(data), request(D(2026, 6, 30), D(2026, 1, 1), D(2026, 6, 30))
    )
    ani = next(p for p in found.people if p.librarian.id == "ani")
    klasifikasi = [c.id for c in data.framework.competencies].index("klasifikasi")
    assert (ani.start[klasifikasi].current.level, ani.end[klasifikasi].current.level) == (3, None)
    assert (ani.opened, ani.lapsed, ani.unknown_at_end) == (0, 1, 1)


def test_a_mentees_first_assessment_is_no_level_up(tmp_path: Path) -> None:
    # budi is mentored in referensi from 2025-01-15 with no evidence in it then; his
    # supervisor first rates it 2 on 2025-06-01: a first assessment, no level up.
    folder = tmp_path / "data"
    shutil.copytree(FOLDERS / "report-basic", folder, ignore=shutil.ignore_patterns(".pustaka"))
    mentoring = folder / "mentoring.yaml"
    mentoring.write_text(
        mentoring.read_text(encoding="utf-8").replace(
            "competencies: [katalogisasi]", "competencies: [referensi]"
        ),
        encoding="utf-8",
    )
    with (folder / "evaluations.yaml").open("a", encoding="utf-8") as f:
        f.write(
            "  - librarian: budi\n    kind: supervisor\n    date: 2025-06-01\n"
            "    by: citra\n    levels: {referensi: 2}\n"
        )
    data = load(folder).dataset
    (pair,) = reports.mentoring_pairs(
        data, Index.of(data), request(D(2026, 6, 30), D(2025, 1, 1), D(2025, 12, 31))
    ).pairs
    ((then, now),) = pair.competencies
    assert (then.current.level, now.current.level, pair.raised) == (None, 2, 0)

"""Recommendations and mentor pairs: hand-worked on tests/folders/plan-basic, and checked
for their promises (a real gap, prerequisites, dates, capacity, never self, never over the
limit) on every librarian of the shipped data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import DATA, FOLDERS
from pustaka_cli import vocab
from pustaka_cli.domain import recommend as rec
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset
from pustaka_cli.workspace import open_folders

TODAY = dt.date(2026, 11, 21)


def load(folder: Path) -> Dataset:
    ws = open_folders([folder], TODAY)
    assert not [p for p in ws.problems if p.severity.name == "ERROR"]
    return ws.dataset


@pytest.fixture(scope="module")
def basic() -> Dataset:
    return load(FOLDERS / "plan-basic")


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    if not (DATA / "pustaka.yaml").exists():
        pytest.skip("no shipped data yet")
    return load(DATA)


def ids(options: tuple[rec.Option, ...]) -> list[str]:
    return [o.training.id for o in options]


# --- one librarian, worked by hand ----------------------------------------------------
# ani (terampil, target mahir): katalogisasi 1/2, klasifikasi 1/2, referensi 1/1,
# otomasi 0/1; 8 JP earned in 2026 of 20.


def test_ranked_by_weighted_gap_then_date(basic: Dataset) -> None:
    advice = rec.recommend(basic, "ani", TODAY)
    # p-kat closes katalogisasi 1→2 at weight 2 (value 2); p-klas and p-gratis close one
    # level at weight 1: the earlier one first.
    assert ids(advice.recommended) == ["p-kat", "p-klas", "p-gratis"]
    first = advice.recommended[0]
    assert [(c.competency, c.start, c.reaches) for c in first.closes] == [("katalogisasi", 1, 2)]
    assert [(c.competency, c.reaches) for c in first.toward_target] == [("katalogisasi", 3)]
    assert first.value == 2
    assert first.jp_needed == 20  # 24 JP in 2027, when all 20 are still needed


def test_jp_only_activities_are_listed_apart(basic: Dataset) -> None:
    advice = rec.recommend(basic, "ani", TODAY)
    # The December seminar develops referensi to 1, which ani has: it only gives JP,
    # 8 of the 12 she still needs in 2026.
    assert ids(advice.for_hours) == ["p-des"]
    assert advice.for_hours[0].jp_needed == 8


def test_jp_need_is_of_the_activity_s_own_year(basic: Dataset) -> None:
    # Issue 12, item 9: ani lacks 12 JP in 2026 and all 20 in 2027. A February 2027
    # workshop answers 2027's need, the December seminar 2026's, each named with its year.
    advice = rec.recommend(basic, "ani", TODAY)
    by_id = {o.training.id: o for o in (*advice.recommended, *advice.for_hours)}
    assert (by_id["p-kat"].jp_year, by_id["p-kat"].year_needed) == (2027, 20)
    assert (by_id["p-des"].jp_year, by_id["p-des"].year_needed) == (2026, 12)
    assert advice.hours.year == 2026 and advice.hours.shortfall == 12
    assert rec.jp_needed(basic, advice.librarian, TODAY) == {2026: 12, 2027: 20}


def test_ruled_out_with_reasons(basic: Dataset) -> None:
    advice = rec.recommend(basic, "ani", TODAY)
    reasons = {o.training.id: o.obstacle.code for o in advice.ruled_out if o.obstacle}
    assert reasons == {
        "p-lanjut": "prerequisite-training",  # t-kat-2025 not completed
        "p-oto": "full",  # capacity 1, dedi has the seat
        "t-now": "started",  # began 2026-11-20
    }
    assert advice.ruled_out_total == 4  # and p-ref: katalogisasi 2 needed, ani has 1
    assert "p-batal" not in ids(advice.recommended) + ids(advice.ruled_out)


def test_prerequisite_level_is_named(basic: Dataset) -> None:
    advice = rec.recommend(basic, "gita", TODAY)
    [ref] = [o for o in advice.ruled_out if o.training.id == "p-ref"]
    assert ref.obstacle == rec.Obstacle("prerequisite-level", "katalogisasi", 2, 1)


def test_booked_activities_raise_the_expected_level(basic: Dataset) -> None:
    advice = rec.recommend(basic, "budi", TODAY)
    assert [(t.id, state) for t, state in advice.booked] == [("p-kat", "enrolled")]
    need = next(n for n in advice.needs if n.competency == "katalogisasi")
    assert (need.current, need.expected, need.open_target_gap) == (2, 3, 0)
    assert "p-lanjut" not in ids(advice.recommended) + ids(advice.ruled_out)


def test_a_clash_with_a_seat_rules_out(basic: Dataset) -> None:
    # budi has a seat in p-kat (1-3 Feb); p-klas (2-3 Feb) overlaps it.
    advice = rec.recommend(basic, "budi", TODAY)
    [klas] = [o for o in advice.ruled_out if o.training.id == "p-klas"]
    assert klas.obstacle == rec.Obstacle("clash", other="p-kat")


def test_suggestions_name_experts_and_partners(basic: Dataset) -> None:
    advice = rec.recommend(basic, "dedi", TODAY)
    by = {s.competency: s for s in advice.suggestions}
    # katalogisasi: no planned activity dedi may join closes it (p-kat is open to him,
    # so it is not suggested); otomasi: p-oto is his, so nothing to suggest.
    assert "otomasi" not in by
    gita = rec.recommend(basic, "gita", TODAY)
    assert {s.competency for s in gita.suggestions} == {"otomasi"}
    eka_mentees = rec.experts(
        Assessor.of(basic), "katalogisasi", TODAY, near=Index.of(basic).librarians["dedi"]
    )
    assert eka_mentees == ("eka", "citra")  # same library first
    assert rec.partners(basic, "katalogisasi", TODAY) == (
        "Prodi Ilmu Perpustakaan Universitas Contoh",
    )


def test_unknown_levels_are_not_gaps(basic: Dataset) -> None:
    # hana has no evidence yet: nothing is recommended on unknown levels.
    advice = rec.recommend(basic, "hana", TODAY)
    assert advice.recommended == advice.suggestions == ()
    assert all(n.current is None and n.gap is None for n in advice.needs)


def test_unknown_librarian_is_refused(basic: Dataset) -> None:
    with pytest.raises(PustakaError) as err:
        rec.recommend(basic, "nobody", TODAY)
    assert err.value.key == "error.plan-unknown-librarian"


def test_a_librarian_who_left_gets_nothing(basic: Dataset) -> None:
    advice = rec.recommend(basic, "fani", TODAY)
    assert advice.recommended == advice.ruled_out == advice.suggestions == ()


# --- mentors, worked by hand ----------------------------------------------------------


def test_mentor_pairs_by_hand(basic: Dataset) -> None:
    m = rec.recommend_mentors(basic, TODAY, max_mentees=2)
    pairs = {(p.mentor.id, p.mentee.id): p for p in m.pairs}
    assert set(pairs) == {("eka", "dedi"), ("eka", "gita"), ("citra", "ani"), ("citra", "budi")}
    # citra already mentors budi (m-budi, katalogisasi): the pair widens to klasifikasi
    # without taking a new place.
    assert pairs[("citra", "budi")].existing
    assert [g.competency for g in pairs[("citra", "budi")].gaps] == ["klasifikasi"]
    assert dict(m.load) == {"citra": 2, "eka": 2}
    reasons = {(u.mentee.id, u.competency): u.reason for u in m.unmatched}
    assert reasons[("gita", "klasifikasi")] == "mentors-full"
    assert reasons[("gita", "referensi")] == "no-expert"


def test_one_mentee_each_and_the_limit_counts_running_pairs(basic: Dataset) -> None:
    m = rec.recommend_mentors(basic, TODAY, max_mentees=1)
    # citra's one place is budi's (running); eka takes one new mentee.
    assert dict(m.load) == {"citra": 1, "eka": 1}


# --- promises, on every librarian of the shipped data ---------------------------------


def test_every_recommendation_targets_a_real_gap_and_may_be_taken(shipped: Dataset) -> None:
    assessor = Assessor.of(shipped)
    ix = assessor.ix
    checked = 0
    for lib in shipped.librarians:
        advice = rec.recommend(shipped, lib.id, TODAY, assessor)
        needs = {n.competency: n for n in advice.needs}
        for o in advice.recommended:
            t = o.training
            checked += 1
            # a real gap: each closing starts below the requirement and moves up
            assert o.closes_gap
            for c in o.closes:
                n = needs[c.competency]
                assert n.gap and n.gap > 0 and n.expected is not None
                assert c.start == n.expected < c.reaches <= (n.required or 0)
            for c in o.toward_target:
                n = needs[c.competency]
                assert n.target_gap and n.target_gap > 0
                assert c.start == n.expected < c.reaches <= (n.target or 0)
            # dates: planned, not cancelled
            assert t.start > TODAY and t.status != "cancelled"
            # capacity: a seat is free
            seated = sum(p.state in vocab.SEATED_STATES for p in t.participants)
            assert t.capacity is None or seated < t.capacity
            # prerequisites: levels reached and earlier activities completed
            for ref in t.prerequisite_levels:
                have = assessor.level(lib.id, ref.competency, TODAY).level
                assert have is not None and have >= ref.level
            for before, _ in t.prerequisite_trainings:
                earlier = ix.trainings[before]
                assert any(
                    p.librarian == lib.id and p.state == "completed" for p in earlier.participants
                )
            # not already in it
            assert all(p.librarian != lib.id or p.state == "withdrawn" for p in t.participants)
        for o in advice.ruled_out:
            assert o.obstacle is not None and o.closes_gap
        for o in advice.for_hours:
            assert not o.closes_gap and o.jp_needed > 0
    assert checked > 5


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_mentor_pairs_never_self_never_over_the_limit(shipped: Dataset, limit: int) -> None:
    assessor = Assessor.of(shipped)
    m = rec.recommend_mentors(shipped, TODAY, limit, assessor)
    expert = shipped.settings.levels.expert_level
    running: dict[str, set[str]] = {}
    for c in m.current:
        running.setdefault(c.mentor, set()).add(c.mentee)
    mentees = {k: set(v) for k, v in running.items()}
    for p in m.pairs:
        assert p.mentor.id != p.mentee.id
        assert p.mentee.id not in running.get(p.mentor.id, set()) or p.existing
        mentees.setdefault(p.mentor.id, set()).add(p.mentee.id)
        for g in p.gaps:
            assert assessor.level(p.mentor.id, g.competency, TODAY).level >= expert  # type: ignore[operator]
            assert g.required > (g.mentee_level or 0)
    for mentor, group in mentees.items():
        assert len(group) <= max(limit, len(running.get(mentor, set())))
    assert dict(m.load) == {k: len(v) for k, v in mentees.items()}
    assert m.pairs, "the shipped data has experts and gaps"


def test_same_input_same_answers(shipped: Dataset) -> None:
    assert rec.recommend_mentors(shipped, TODAY) == rec.recommend_mentors(shipped, TODAY)
    first = shipped.librarians[0].id
    assert rec.recommend(shipped, first, TODAY) == rec.recommend(shipped, first, TODAY)

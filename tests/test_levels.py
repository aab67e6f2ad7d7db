"""Levels, requirements and gaps, against expectations worked out by hand.

The folder tests/folders/report-basic is small enough to reason about; each test says
which records decide its number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conftest import FOLDERS
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import (
    Assessor,
    Evidence,
    Gap,
    Requirement,
    add_months,
    current_level,
    evidence_rule,
    on_staff,
    required_profile,
)
from pustaka_cli.model import Dataset, LevelRule
from pustaka_cli.problems import Loc
from pustaka_cli.store.folder import load

D = dt.date
TODAY = D(2026, 6, 30)


@pytest.fixture(scope="module")
def data() -> Dataset:
    loaded = load(FOLDERS / "report-basic")
    assert loaded.problems == ()
    return loaded.dataset


def with_rule(data: Dataset, **changes: object) -> Assessor:
    rule = dataclasses.replace(data.settings.levels, **changes)  # type: ignore[arg-type]
    return Assessor.of(
        dataclasses.replace(data, settings=dataclasses.replace(data.settings, levels=rule))
    )


def reasons(level: object) -> list[tuple[str, str | None]]:
    return [(j.evidence.kind, j.reason) for j in level.judged]  # type: ignore[attr-defined]


# --- the evidence of ani in katalogisasi ----------------------------------------------
# supervisor 2022-01-10 → 2, valid 36 months: until 2025-01-10, expired on 2026-06-30
# self 2026-01-05 → 4: self is not a source by default
# peer 2025-06-01 → 2, valid 24 months: counts
# training t-kat ended 2025-03-12, completed with score 85 ≥ 70 → 3: counts


def test_latest_takes_the_newest_counted_evidence(data: Dataset) -> None:
    level = Assessor.of(data).level("ani", "katalogisasi", TODAY, detail=True)
    assert level.level == 2
    assert level.rule == "latest"
    assert level.chosen is not None and level.chosen.kind == "peer"
    assert reasons(level) == [
        ("self", "not-a-source"),
        ("peer", None),
        ("training", None),
        ("supervisor", "expired"),
    ]


def test_highest_takes_the_highest_counted_level(data: Dataset) -> None:
    level = with_rule(data, combine="highest").level("ani", "katalogisasi", TODAY, detail=True)
    assert (level.level, level.rule) == (3, "highest")
    assert level.chosen is not None and level.chosen.source == "t-kat"


def test_priority_takes_the_first_kind_in_the_priority_list(data: Dataset) -> None:
    # priority: lsp, uji-kompetensi, supervisor, training, peer, self → training beats peer
    level = with_rule(data, combine="priority").level("ani", "katalogisasi", TODAY, detail=True)
    assert (level.level, level.chosen and level.chosen.kind) == (3, "training")
    # put peer first: the peer assessment wins
    level = with_rule(data, combine="priority", priority=("peer", "training")).level(
        "ani", "katalogisasi", TODAY, detail=True
    )
    assert (level.level, level.chosen and level.chosen.kind) == (2, "peer")


def test_self_assessment_counts_when_configured(data: Dataset) -> None:
    rule = data.settings.levels
    level = with_rule(data, sources=(*rule.sources, "self")).level(
        "ani", "katalogisasi", TODAY, detail=True
    )
    assert (level.level, level.chosen and level.chosen.kind) == (4, "self")


def test_as_of_cuts_off_later_evidence(data: Dataset) -> None:
    # On 2024-12-31 only the supervisor assessment existed, and it was still valid.
    level = Assessor.of(data).level("ani", "katalogisasi", D(2024, 12, 31), detail=True)
    assert (level.level, level.chosen and level.chosen.kind) == (2, "supervisor")
    assert ("peer", "after-as-of") in reasons(level)
    assert ("training", "after-as-of") in reasons(level)


def test_validity_is_inclusive_of_its_last_day(data: Dataset) -> None:
    assessor = Assessor.of(data)
    on_last_day = assessor.level("ani", "katalogisasi", D(2025, 1, 10), detail=True)
    assert on_last_day.chosen is not None and on_last_day.chosen.kind == "supervisor"
    next_day = assessor.level("ani", "katalogisasi", D(2025, 1, 11), detail=True)
    assert next_day.level is None and ("supervisor", "expired") in reasons(next_day)


def test_lsp_certificate_counts_until_its_expiry(data: Dataset) -> None:
    # LSP 2024-11-02 kompeten → kompeten_level 3, expires 2026-05-01; the uji kompetensi
    # of 2025-09-02 says belum kompeten, which gives no level.
    assessor = Assessor.of(data)
    before = assessor.level("ani", "klasifikasi", D(2026, 5, 1), detail=True)
    assert (before.level, before.chosen and before.chosen.kind) == (3, "lsp")
    assert ("uji-kompetensi", "belum-kompeten") in reasons(before)
    after = assessor.level("ani", "klasifikasi", TODAY, detail=True)
    assert after.level is None and after.rule == "unknown"
    assert ("lsp", "expired") in reasons(after)


def test_kompeten_level_is_configurable(data: Dataset) -> None:
    level = with_rule(data, kompeten_level=4).level(
        "ani", "klasifikasi", D(2026, 1, 1), detail=True
    )
    assert level.level == 4


def test_failed_post_test_and_attendance_do_not_count(data: Dataset) -> None:
    # t-ref: ani completed with 60 < 70; budi only attended.
    assessor = Assessor.of(data)
    assert ("training", "post-test-failed") in reasons(
        assessor.level("ani", "referensi", TODAY, detail=True)
    )
    assert reasons(assessor.level("budi", "referensi", TODAY, detail=True)) == [
        ("training", "not-completed")
    ]
    lowered = with_rule(data, pass_score=60).level("ani", "referensi", TODAY, detail=True)
    # the supervisor's 1 on 2025-10-01 and the training's 2 on 2025-10-01: same day,
    # latest breaks the tie by priority (supervisor before training)
    assert (lowered.level, lowered.chosen and lowered.chosen.kind) == (1, "supervisor")
    assert (
        with_rule(data, pass_score=60, combine="highest")
        .level("ani", "referensi", TODAY, detail=True)
        .level
        == 2
    )


def test_completion_without_a_score_needs_require_post_test_off(data: Dataset) -> None:
    # budi completed t-kat without a score; on the same day as... nothing: his newest
    # counted evidence is the uji kompetensi of 2024-05-01.
    assessor = Assessor.of(data)
    level = assessor.level("budi", "katalogisasi", TODAY, detail=True)
    assert ("training", "no-post-test") in reasons(level)
    relaxed = with_rule(data, require_post_test=False).level(
        "budi", "katalogisasi", TODAY, detail=True
    )
    assert (relaxed.level, relaxed.chosen and relaxed.chosen.kind) == (3, "training")


def test_same_day_tie_goes_to_the_kind_first_in_priority(data: Dataset) -> None:
    # budi 2024-05-01: supervisor says 1, uji kompetensi kompeten says 3
    level = Assessor.of(data).level("budi", "katalogisasi", D(2024, 12, 31), detail=True)
    assert (level.level, level.chosen and level.chosen.kind) == (3, "uji-kompetensi")


def test_unknown_is_zero(data: Dataset) -> None:
    assert Assessor.of(data).level("citra", "referensi", TODAY, detail=True).level is None
    zero = with_rule(data, unknown_is_zero=True).level("citra", "referensi", TODAY, detail=True)
    assert (zero.level, zero.rule, zero.chosen) == (0, "unknown-is-zero", None)


# --- requirements and gaps ------------------------------------------------------------


def test_required_level_from_grade_alias_and_target(data: Dataset) -> None:
    ix = Index.of(data)
    assessor = Assessor.of(data)
    budi = ix.librarians["budi"]  # "Pustakawan Pelaksana" → terampil
    gap = assessor.gap(budi, "katalogisasi", TODAY, target=False)
    assert (gap.required.level, gap.required.grade, gap.required.basis) == (2, "terampil", "grade")
    assert (gap.current.level, gap.gap) == (3, 0)
    # budi has no target grade: the next rank on his track, mahir (katalogisasi 3)
    target = assessor.gap(budi, "katalogisasi", TODAY, target=True)
    assert (target.required.level, target.required.basis, target.gap) == (3, "next-rank", 0)
    ani = ix.librarians["ani"]
    target = assessor.gap(ani, "katalogisasi", TODAY, target=True)
    assert (target.required.grade, target.required.basis) == ("mahir", "target-grade")
    assert (target.current.level, target.gap) == (2, 1)
    # citra is at the top of her track: with --target, her own grade
    assert required_profile(ix.librarians["citra"], ix, True)[1] == "grade"


def test_gap_is_unknown_without_evidence_and_zero_when_nothing_is_required(data: Dataset) -> None:
    ix = Index.of(data)
    assessor = Assessor.of(data)
    gap = assessor.gap(ix.librarians["ani"], "klasifikasi", TODAY, target=False)
    assert (gap.required.level, gap.current.level, gap.gap, gap.unknown) == (1, None, None, True)
    nothing = dataclasses.replace(ix.librarians["ani"], grade="nonexistent")
    gap = assessor.gap(nothing, "klasifikasi", TODAY, target=False)
    assert (gap.required.basis, gap.gap) == ("no-profile", None)


def test_gap_never_below_zero(data: Dataset) -> None:
    rule = LevelRule()
    e = Evidence("ani", "c", "supervisor", D(2026, 1, 1), 4, Loc("e.yaml", 1, 1))
    current = current_level("ani", "c", [e], rule, TODAY)
    ani = Index.of(data).librarians["ani"]
    assert Gap(ani, "c", current, Requirement(2, "terampil", "grade")).gap == 0
    assert Gap(ani, "c", current, Requirement(0, "terampil", "grade")).gap == 0


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2022, 1, 10), 36) == D(2025, 1, 10)
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)


def test_on_staff(data: Dataset) -> None:
    ix = Index.of(data)
    assert on_staff(ix.librarians["dedi"], D(2025, 12, 30))
    assert not on_staff(ix.librarians["dedi"], D(2025, 12, 31))
    assert not on_staff(ix.librarians["budi"], D(2019, 12, 31))


def test_choice_is_independent_of_record_order(data: Dataset) -> None:
    assessor = Assessor.of(data)
    items = assessor.evidence[("ani", "katalogisasi")]
    rule = data.settings.levels
    forward = current_level("ani", "katalogisasi", items, rule, TODAY)
    backward = current_level("ani", "katalogisasi", tuple(reversed(items)), rule, TODAY)
    assert forward == backward


def test_fast_path_gives_the_same_levels(data: Dataset) -> None:
    assessor = Assessor.of(data)
    for day in (D(2024, 12, 31), D(2025, 1, 11), D(2026, 5, 1), TODAY):
        for who, comp in assessor.evidence:
            slow = assessor.level(who, comp, day, detail=True)
            fast = assessor.level(who, comp, day)
            assert (fast.level, fast.chosen, fast.rule) == (slow.level, slow.chosen, slow.rule)
            assert fast.judged == ()


# --- the evidence rule, written once (EvidenceRule) ------------------------------------
# Each rule of the rulebook (levels.py's docstring) in the order it applies, worked by
# hand on one piece of evidence; the reports' fast loops ask the same object its parts.

AS_OF = D(2026, 6, 30)


def _evidence(kind: str, day: dt.date | None, **more: object) -> Evidence:
    return Evidence("ani", "katalogisasi", kind, day, 2, Loc("e.yaml", 1, 1), **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("evidence", "reason"),
    [
        (_evidence("supervisor", D(2026, 7, 1)), "after-as-of"),
        (_evidence("self", D(2026, 1, 1)), "not-a-source"),
        (_evidence("supervisor", None), "undated"),
        (_evidence("lsp", D(2026, 1, 1), kompeten=False), "belum-kompeten"),
        (_evidence("training", D(2026, 1, 1), state="attended", score=90), "not-completed"),
        (_evidence("training", D(2026, 1, 1), state="failed"), "failed"),
        (_evidence("training", D(2026, 1, 1), state="completed"), "no-post-test"),
        (_evidence("training", D(2026, 1, 1), state="completed", score=69.5), "post-test-failed"),
        (_evidence("supervisor", D(2023, 6, 29)), "expired"),  # 36 months: until 2026-06-29
        (_evidence("lsp", D(2020, 1, 1), expires=D(2026, 6, 30), kompeten=True), None),
        (_evidence("training", D(2026, 1, 1), state="completed", score=70), None),
        (_evidence("peer", D(2026, 6, 30)), None),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_the_evidence_rule_gives_the_first_reason_that_applies(
    evidence: Evidence, reason: str | None
) -> None:
    rule = evidence_rule(LevelRule())
    until = rule.until(evidence.kind, evidence.date, evidence.expires)
    assert rule.reason(evidence, AS_OF, until) == reason
    assert rule.counts(evidence, AS_OF) is (reason is None)
    # The parts the fast loops ask, a record and then an item at a time, decide the same.
    parts = (
        rule.record_reason(evidence.kind, evidence.date, AS_OF),
        rule.item_reason(evidence.kind, evidence.kompeten, evidence.state, evidence.score),
        "expired" if rule.expired(evidence.kind, evidence.date, evidence.expires, AS_OF) else None,
    )
    assert next((p for p in parts if p is not None), None) == reason


def test_the_evidence_rule_is_compiled_once_per_level_rule() -> None:
    assert evidence_rule(LevelRule()) is evidence_rule(LevelRule())
    own = LevelRule(require_post_test=False, sources=("self",))
    assert evidence_rule(own) is not evidence_rule(LevelRule())
    completed = _evidence("training", D(2026, 1, 1), state="completed")
    assert evidence_rule(own).reason(completed, AS_OF, None) == "not-a-source"
    trained = dataclasses.replace(own, sources=("training",))
    assert evidence_rule(trained).counts(completed, AS_OF)  # no post-test needed


def test_the_choice_key_follows_combine() -> None:
    newer_lower = _evidence("peer", D(2026, 1, 1))._replace(level=1)
    older_higher = _evidence("supervisor", D(2025, 1, 1))._replace(level=3)
    pair = [newer_lower, older_higher]
    for combine, winner in (
        ("latest", newer_lower),
        ("highest", older_higher),
        ("priority", older_higher),
    ):
        rule = evidence_rule(LevelRule(combine=combine))
        assert min(pair, key=rule.key_of) == winner, combine

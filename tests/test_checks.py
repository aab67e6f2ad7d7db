"""Cross-record checks: one test per problem code, with the exact line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import SETTINGS, codes, make_folder, problems_of

PEOPLE = """\
librarians:
  - id: ani
    name: Ani
    nip: "19870412 201101 2 003"
    library: pusat
    grade: ahli-pertama
    employment: pns
    started: 2011-01-01
  - id: budi
    name: Budi
    library: pusat
    grade: pelaksana
    employment: honorer
    started: 2020-01-01
"""


def folder_with(tmp_path: Path, **files: str) -> Path:
    return make_folder(tmp_path, {"librarians.yaml": PEOPLE, **files})


def test_clean_folder_has_no_problems(tmp_path: Path) -> None:
    assert problems_of(folder_with(tmp_path)) == []


@pytest.mark.parametrize(
    ("change", "line", "code"),
    [
        (("library: pusat", "library: cabang"), 5, "unknown-library"),
        (("grade: ahli-pertama", "grade: ahli-pertma"), 6, "unknown-grade"),
        (('nip: "19870412 201101 2 003"', 'nip: "19870412 201101 2 00"'), 4, "nip-malformed"),
        (('nip: "19870412 201101 2 003"', 'nip: "19871312 201101 2 003"'), 4, "nip-malformed"),
        (('nip: "19870412 201101 2 003"', 'nip: "19870412 201101 3 003"'), 4, "nip-malformed"),
        (("id: budi", "id: ani"), 9, "duplicate-id"),
    ],
)
def test_librarian_problems(tmp_path: Path, change: tuple[str, str], line: int, code: str) -> None:
    folder = make_folder(tmp_path, {"librarians.yaml": PEOPLE.replace(*change, 1)})
    assert codes(problems_of(folder)) == [("librarians.yaml", line, code)]


def test_old_grade_titles_are_accepted(tmp_path: Path) -> None:
    # budi's grade is written with the old title "pelaksana"
    assert problems_of(folder_with(tmp_path)) == []


def test_nip_of_non_civil_servant_is_only_a_warning(tmp_path: Path) -> None:
    text = PEOPLE.replace(
        "employment: pns", "employment: pppk\n    contract_start: 2023-01-01"
    ).replace('"19870412 201101 2 003"', '"2023 0101 0042"')
    (p,) = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert (p.code, p.severity.value) == ("nip-malformed", "warning")


def test_left_without_date_and_self_mentor(tmp_path: Path) -> None:
    text = PEOPLE + "    status: left\n    mentor: budi\n"
    assert codes(problems_of(make_folder(tmp_path, {"librarians.yaml": text}))) == [
        ("librarians.yaml", 15, "left-without-date"),
        ("librarians.yaml", 16, "self-mentoring"),
    ]


TRAINING = """\
trainings:
  - id: t1
    title: Bimtek SLiMS
    type: bimtek
    start: 2025-03-10
    end: 2025-03-12
    capacity: 1
    develops: {otomasi: 3}
    prerequisites: {trainings: [t0], levels: {tik-dasar: 2}}
    participants:
      - {librarian: ani, state: completed, score: 85}
      - {librarian: budi, state: waitlisted}
"""


def test_training_clean(tmp_path: Path) -> None:
    text = TRAINING.replace("[t0]", "[]")
    assert problems_of(folder_with(tmp_path, **{"trainings.yaml": text})) == []


@pytest.mark.parametrize(
    ("change", "line", "code"),
    [
        (("[t0]", "[t0]"), 9, "unknown-training"),
        (("otomasi: 3", "otomasii: 3"), 8, "unknown-competency"),
        (("otomasi: 3", "otomasi: 5"), 8, "level-out-of-scale"),
        (("end: 2025-03-12", "end: 2025-03-01"), 6, "end-before-start"),
        (("budi, state: waitlisted", "budi, state: enrolled"), 12, "over-capacity"),
        (("budi, state: waitlisted", "ani, state: waitlisted"), 12, "duplicate-participant"),
        (("budi, state: waitlisted", "zaki, state: waitlisted"), 12, "unknown-librarian"),
        (("score: 85", "score: 120"), 11, "score-out-of-range"),
        (("start: 2025-03-10", "start: 2027-03-10"), 11, "evidence-in-future"),
    ],
)
def test_training_problems(tmp_path: Path, change: tuple[str, str], line: int, code: str) -> None:
    text = TRAINING if change[0] == "[t0]" else TRAINING.replace("[t0]", "[]")
    text = text.replace(*change, 1)
    if code == "evidence-in-future":
        text = text.replace("end: 2025-03-12", "end: 2027-03-12")
    found = problems_of(folder_with(tmp_path, **{"trainings.yaml": text}))
    assert codes(found) == [("trainings.yaml", line, code)]


EVALUATION = """\
evaluations:
  - librarian: ani
    kind: supervisor
    date: 2025-06-15
    levels: {katalogisasi: 3}
  - librarian: ani
    kind: lsp
    date: 2024-11-02
    expires: 2027-11-02
    results: {katalogisasi: kompeten}
  - librarian: ani
    kind: skp
    year: 2025
    predicate: baik
"""


def test_evaluations_clean(tmp_path: Path) -> None:
    assert problems_of(folder_with(tmp_path, **{"evaluations.yaml": EVALUATION})) == []


@pytest.mark.parametrize(
    ("change", "line", "code"),
    [
        (("date: 2025-06-15", "date: 2010-06-15"), 4, "evidence-before-start"),
        (("date: 2025-06-15", "date: 2027-01-10"), 4, "evidence-in-future"),
        (("expires: 2027-11-02", "expires: 2023-11-02"), 9, "end-before-start"),
        (("katalogisasi: kompeten", "katalogisasi: lulus"), 10, "bad-value"),
        (("predicate: baik", "predicate: bagus"), 14, "bad-value"),
        (("kind: supervisor", "kind: atasan"), 3, "bad-value"),
        (("    year: 2025\n", ""), 11, "missing-field"),
        (
            ("librarian: ani\n    kind: supervisor", "librarian: zaki\n    kind: supervisor"),
            2,
            "unknown-librarian",
        ),
    ],
)
def test_evaluation_problems(tmp_path: Path, change: tuple[str, str], line: int, code: str) -> None:
    text = EVALUATION.replace(*change, 1)
    found = problems_of(folder_with(tmp_path, **{"evaluations.yaml": text}))
    assert codes(found) == [("evaluations.yaml", line, code)]


MENTORING = """\
mentoring:
  - id: m1
    mentor: ani
    mentee: budi
    competencies: [katalogisasi]
    start: 2025-01-15
    sessions:
      - {date: 2025-02-01, minutes: 90}
  - id: m2
    mentor: budi
    mentee: ani
    start: 2025-01-15
"""


def test_mentoring_cycle_and_self(tmp_path: Path) -> None:
    found = problems_of(folder_with(tmp_path, **{"mentoring.yaml": MENTORING}))
    assert codes(found) == [("mentoring.yaml", 11, "mentoring-cycle")]
    text = MENTORING.replace("mentee: ani", "mentee: budi")
    found = problems_of(folder_with(tmp_path, **{"mentoring.yaml": text}))
    assert codes(found) == [("mentoring.yaml", 11, "self-mentoring")]


def test_mentoring_cycle_through_librarian_mentor_field(tmp_path: Path) -> None:
    text = (
        PEOPLE.replace("started: 2011-01-01", "started: 2011-01-01\n    mentor: budi")
        + "    mentor: ani\n"
    )
    found = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert codes(found) == [("librarians.yaml", 16, "mentoring-cycle")]


def test_feedback_problems(tmp_path: Path) -> None:
    text = """\
    feedback:
      - {id: f1, date: 2025-06-30, library: pusat, score: 3.4}
      - {id: f1, date: 2025-12-30, library: cabang, score: 5, librarian: zaki}
      - {id: f3, date: 2026-12-30, score: 3}
    """
    found = problems_of(folder_with(tmp_path, **{"feedback.yaml": text}))
    assert [c for _, _, c in codes(found)] == [
        "duplicate-id",
        "unknown-library",
        "score-out-of-range",
        "unknown-librarian",
        "evidence-in-future",
    ]


def test_framework_and_profile_problems(tmp_path: Path) -> None:
    framework = """\
    scale:
      - {level: 0, name: Nol}
      - {level: 1, name: Satu}
      - {level: 2, name: Dua}
      - {level: 3, name: Tiga}
      - {level: 5, name: Lima}
    competencies:
      - {id: a, group: umum, name: A, key_function: zzz}
      - {id: a, group: inti, name: A2}
    key_functions:
      - {id: f, name: F}
    """
    profiles = """\
    profiles:
      - grade: g
        name: G
        requires: {a: 1, b: 1}
    """
    found = problems_of(
        make_folder(tmp_path, {"framework.yaml": framework, "profiles.yaml": profiles})
    )
    assert codes(found) == [
        ("framework.yaml", 2, "bad-scale"),
        ("framework.yaml", 8, "unknown-key-function"),
        ("framework.yaml", 9, "duplicate-id"),
        ("profiles.yaml", 4, "unknown-competency"),
    ]


def test_pppk_number_layout_is_accepted(tmp_path: Path) -> None:
    # NI PPPK: birth date, appointment year, 21, gender, sequence
    text = PEOPLE.replace(
        "employment: pns", "employment: pppk\n    contract_start: 2023-03-01"
    ).replace('"19870412 201101 2 003"', '"19870412 2023 21 2 003"')
    assert problems_of(make_folder(tmp_path, {"librarians.yaml": text})) == []


def test_duplicate_nip(tmp_path: Path) -> None:
    text = PEOPLE.replace(
        "employment: honorer", 'employment: pns\n    nip: "19870412 201101 2 003"'
    )
    found = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert codes(found) == [("librarians.yaml", 14, "duplicate-nip")]


# --- NIP dates and LSP expiry (issue 12, item 10): today (2026-11-21) is passed in ----


@pytest.mark.parametrize(
    ("nip", "code", "args"),
    [
        # born after today
        ("20270105 201101 2 003", "nip-born-in-future", {"born": "2027-01-05"}),
        # appointed (TMT) after today
        ("19870412 202701 2 003", "nip-appointed-in-future", {"appointed": "2027-01"}),
        # appointed at 70, and at 16: no CPNS is
        ("19500412 202005 2 003", "nip-appointment-age", {"age": "70"}),
        ("19870412 200401 2 003", "nip-appointment-age", {"age": "16"}),
        # sequence 000 does not exist
        ("19870412 201101 2 000", "nip-malformed", {"reason": "sequence"}),
    ],
)
def test_implausible_nips_are_located_errors(
    tmp_path: Path, nip: str, code: str, args: dict[str, str]
) -> None:
    text = PEOPLE.replace("19870412 201101 2 003", nip)
    (p,) = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert (p.loc.path, p.loc.line, p.loc.col, p.code, p.severity.value) == (
        "librarians.yaml",
        4,
        10,
        code,
        "error",
    )
    assert args.items() <= p.arg_map.items()
    assert p.hint is not None


def test_nip_dates_are_judged_on_the_day_given(tmp_path: Path) -> None:
    # TMT December 2026: not yet on 21 November, fine from 1 December on.
    text = PEOPLE.replace("19870412 201101 2 003", "19870412 202612 2 003")
    folder = make_folder(tmp_path, {"librarians.yaml": text})
    assert codes(problems_of(folder)) == [("librarians.yaml", 4, "nip-appointed-in-future")]
    assert problems_of(folder, dt.date(2026, 12, 1)) == []


def test_nip_appointment_ages_at_the_edges_are_accepted(tmp_path: Path) -> None:
    # 18 on the first of the TMT month, and 64: both possible.
    for nip in ("19920601 201006 1 001", "19560102 202101 1 001"):
        text = PEOPLE.replace("19870412 201101 2 003", nip)
        assert problems_of(make_folder(tmp_path / nip[:8], {"librarians.yaml": text})) == []


def test_lsp_certificate_without_expiry_is_a_warning(tmp_path: Path) -> None:
    text = EVALUATION.replace("    expires: 2027-11-02\n", "")
    (p,) = problems_of(folder_with(tmp_path, **{"evaluations.yaml": text}))
    assert (p.loc.line, p.code, p.severity.value, p.hint) == (
        6,
        "lsp-without-expiry",
        "warning",
        "lsp-without-expiry",
    )


def test_lsp_without_expiry_is_fine_when_a_validity_is_configured(tmp_path: Path) -> None:
    text = EVALUATION.replace("    expires: 2027-11-02\n", "")
    settings = SETTINGS + "levels:\n  valid_months: {lsp: 36}\n"
    folder = make_folder(
        tmp_path, {"librarians.yaml": PEOPLE, "evaluations.yaml": text}, settings=settings
    )
    assert problems_of(folder) == []


def test_training_cannot_require_itself(tmp_path: Path) -> None:
    text = TRAINING.replace("[t0]", "[t1]")
    found = problems_of(folder_with(tmp_path, **{"trainings.yaml": text}))
    assert codes(found) == [("trainings.yaml", 9, "self-prerequisite")]


def test_value_out_of_range(tmp_path: Path) -> None:
    found = problems_of(
        make_folder(tmp_path, {}, settings="organisation: X\njp: {minutes_per_jp: 0}\n")
    )
    assert codes(found) == [("pustaka.yaml", 2, "out-of-range")]


def test_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    found = problems_of(make_folder(tmp_path, {"trainings.yaml": "- id: t1\n"}))
    assert codes(found) == [("trainings.yaml", 1, "wrong-root")]


@pytest.mark.parametrize("name", ["broken", "bandar-lampung"])
@pytest.mark.parametrize("size", [1, 2, 5])
def test_checking_file_by_file_is_checking_the_whole(name: str, size: int) -> None:
    # Checking.file sees one file's records and the context; what crosses files is seen
    # from the places alone: cut into any pieces, the records must give exactly what
    # check gives for them all.
    import datetime as dt

    from pustaka_cli.domain import checks
    from pustaka_cli.problems import sorted_problems
    from pustaka_cli.store.folder import load

    data = load(Path(__file__).parents[1] / "examples" / name).dataset
    today = dt.date(2026, 11, 21)
    checking = checks.Checking(data, today)
    pieces = [
        (data.trainings[i : i + size], data.evaluations[i : i + size], data.feedback[i : i + size])
        for i in range(0, max(len(data.trainings), len(data.evaluations), len(data.feedback)), size)
    ]
    # The order of ids across pieces is kept: trainings, then evaluations, then feedback.
    files = [checking.file(trainings, (), ()) for trainings, _, _ in pieces]
    files += [checking.file((), evaluations, feedback) for _, evaluations, feedback in pieces]
    found = checking.problems(files)
    expected = sorted_problems(checks.check(data, today))
    assert sorted_problems(found) == expected
    assert name != "broken" or expected


def test_combined_compares_what_the_parts_say_not_where() -> None:
    import dataclasses

    from pustaka_cli.domain import checks
    from pustaka_cli.store.folder import load

    folders = Path(__file__).parent / "folders"
    a = load(folders / "report-basic", prefix="a/").dataset
    b = load(folders / "report-second", prefix="b/").dataset
    assert list(checks.combined([a, b], ["a", "b"])) == []  # same meaning, other places

    fewer = dataclasses.replace(b.framework, competencies=b.framework.competencies[1:])
    rules = dataclasses.replace(b.settings, max_mentees=b.settings.max_mentees + 1)
    changed = dataclasses.replace(b, framework=fewer, settings=rules)
    found = list(checks.combined([a, changed, b], ["a", "b", "c"]))
    assert [(p.code, p.loc.path, p.arg_map["folder"]) for p in found] == [
        ("combined-framework-differs", "b/pustaka.yaml", "b"),
        ("combined-settings-differs", "b/pustaka.yaml", "b"),
    ]
    assert all(p.severity.value == "warning" and p.arg_map["first"] == "a" for p in found)


TRAINING_OUTCOMES = """\
trainings:
  - id: t1
    title: Workshop
    type: workshop
    start: 2025-03-10
    end: 2025-03-12
    jp: 18
    develops: {katalogisasi: 3}
    participants:
      - {librarian: ani, state: completed, attended: [2025-03-10, 2025-03-11, 2025-03-12], score: 55}
      - {librarian: budi, state: failed, attended: [2025-03-10, 2025-03-11, 2025-03-12], score: 40}
  - id: t2
    title: Seminar
    type: seminar
    start: 2025-04-01
    jp: 4
    participants:
      - {librarian: ani, state: failed, attended: [2025-04-01]}
      - {librarian: budi, state: completed, score: 70}
  - id: t3
    title: Kursus
    type: kursus
    start: 2025-05-05
    end: 2025-05-07
    jp: 12
    participants:
      - {librarian: ani, state: failed, attended: [2025-05-05, 2025-05-06], score: 30}
"""


def test_completed_below_pass_and_failed_after_full_attendance(tmp_path: Path) -> None:
    # JP are for attending, a level for passing (issue 12): a completion below the pass
    # score is warned about until pustaka.yaml states the rule; a failure after attending
    # every day (t1 for three days, t2 for its one day) always, a partial one (t3) never.
    folder = folder_with(tmp_path / "a", **{"trainings.yaml": TRAINING_OUTCOMES})
    assert codes(problems_of(folder)) == [
        ("trainings.yaml", 10, "completed-below-pass"),
        ("trainings.yaml", 11, "failed-but-attended"),
        ("trainings.yaml", 18, "failed-but-attended"),
    ]
    for rule in ("false", "true"):
        stated = make_folder(
            tmp_path / rule,
            {"librarians.yaml": PEOPLE, "trainings.yaml": TRAINING_OUTCOMES},
            settings=SETTINGS + f"jp:\n  requires_pass: {rule}\n",
        )
        assert [c for _, _, c in codes(problems_of(stated))] == ["failed-but-attended"] * 2

"""Reading record files by their specs: types come from the field, never from YAML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import codes, make_folder, problems_of
from pustaka_cli.domain.hours import rule_for, rules, target
from pustaka_cli.store.folder import load

LIBRARIAN = """\
librarians:
  - id: {id}
    name: {name}
    grade: ahli-pertama
    employment: pns
    library: pusat
"""


def test_yaml_words_stay_text_in_text_fields(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"librarians.yaml": LIBRARIAN.format(id="0123", name="no")})
    loaded = load(folder)
    assert loaded.problems == ()
    (lib,) = loaded.dataset.librarians
    assert (lib.id, lib.name) == ("0123", "no")


def test_times_and_exponents_stay_text(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"librarians.yaml": LIBRARIAN.format(id="1e3", name="12:30")})
    (lib,) = load(folder).dataset.librarians
    assert (lib.id, lib.name) == ("1e3", "12:30")


def test_unquoted_nip_keeps_every_digit(tmp_path: Path) -> None:
    text = LIBRARIAN.format(id="a", name="Rina") + "    nip: 198704122011012003\n"
    folder = make_folder(tmp_path, {"librarians.yaml": text})
    loaded = load(folder)
    (lib,) = loaded.dataset.librarians
    assert lib.nip == "198704122011012003"
    assert not lib.nip_quoted
    assert codes(problems_of(folder)) == [("librarians.yaml", 7, "nip-unquoted")]


def test_missing_required_field_is_located(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path, {"librarians.yaml": "librarians:\n  - id: a\n    grade: mahir\n"}
    )
    assert codes(problems_of(folder)) == [("librarians.yaml", 2, "missing-field")]


def test_empty_required_value_is_missing_at_its_key(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"librarians.yaml": "librarians:\n  - id: a\n    name:\n"})
    found = problems_of(folder)
    assert codes(found) == [("librarians.yaml", 3, "missing-field")]
    assert found[0].loc.col == 5


def test_wrong_types(tmp_path: Path) -> None:
    text = """\
    trainings:
      - id: t1
        title: Bimtek
        type: bimtek
        start: 2025-03-10
        capacity: dua puluh
        jp: 3,5
        develops: [otomasi]
    """
    found = problems_of(make_folder(tmp_path, {"trainings.yaml": text}))
    assert codes(found) == [
        ("trainings.yaml", 6, "wrong-type"),
        ("trainings.yaml", 7, "wrong-type"),
        ("trainings.yaml", 8, "wrong-type"),
    ]
    assert found[1].hint == "number-format"


def test_impossible_date_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    text = "trainings:\n  - id: t1\n    title: x\n    type: bimtek\n    start: 2025-02-30\n"
    found = problems_of(make_folder(tmp_path, {"trainings.yaml": text}))
    assert codes(found) == [("trainings.yaml", 5, "bad-date")]
    assert found[0].loc.col == 12


def test_bad_choice_suggests_the_nearest(tmp_path: Path) -> None:
    text = LIBRARIAN.format(id="a", name="Rina").replace("employment: pns", "employment: pnss")
    found = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert codes(found) == [("librarians.yaml", 5, "bad-value")]
    assert found[0].arg_map["suggestion"] == "pns"
    assert found[0].hint == "did-you-mean"


def test_unknown_key_is_a_warning_with_a_suggestion(tmp_path: Path) -> None:
    text = "librarians:\n  - id: a\n    name: Rina\n    nmae: Rina\n"
    (p,) = problems_of(make_folder(tmp_path, {"librarians.yaml": text}))
    assert (p.code, p.severity.value, p.arg_map["suggestion"]) == ("unknown-key", "warning", "name")


def test_bad_id(tmp_path: Path) -> None:
    found = problems_of(
        make_folder(tmp_path, {"librarians.yaml": LIBRARIAN.format(id="sari w", name="x")})
    )
    assert codes(found) == [("librarians.yaml", 2, "bad-id")]


def test_kind_folder_files_are_read_in_path_order(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path,
        {
            "librarians/b.yaml": LIBRARIAN.format(id="b1", name="B"),
            "librarians/a.yaml": LIBRARIAN.format(id="a1", name="A"),
            "librarians.yaml": LIBRARIAN.format(id="top", name="T"),
        },
    )
    loaded = load(folder)
    assert [lib.id for lib in loaded.dataset.librarians] == ["top", "a1", "b1"]
    assert loaded.files == (
        "pustaka.yaml",
        "librarians.yaml",
        "librarians/a.yaml",
        "librarians/b.yaml",
    )


def test_defaults_apply_without_framework_and_profiles(tmp_path: Path) -> None:
    loaded = load(make_folder(tmp_path, {}))
    assert len(loaded.dataset.framework.competencies) == 22
    assert [s.level for s in loaded.dataset.framework.scale] == [0, 1, 2, 3, 4]
    assert {p.grade for p in loaded.dataset.profiles} >= {"terampil", "ahli-utama", "tenaga-teknis"}
    assert loaded.problems == ()


def test_settings_defaults_and_values(tmp_path: Path) -> None:
    settings = """\
    organisation: X
    jp: {minutes_per_jp: 60, targets: {pns: 30}}
    levels: {combine: highest, unknown_is_zero: ya}
    """
    s = load(make_folder(tmp_path, {}, settings=settings)).dataset.settings
    assert (s.minutes_per_jp, target(s, "pns"), target(s, "pppk")) == (60, 30, None)
    assert (s.levels.combine, s.levels.unknown_is_zero, s.levels.pass_score) == (
        "highest",
        True,
        70,
    )


def test_jp_rules_minimum_maximum_and_year(tmp_path: Path) -> None:
    # The defaults: PNS/CPNS at least 20 a calendar year, PPPK at most 24 a contract year.
    s = load(make_folder(tmp_path / "default", {})).dataset.settings
    pppk = rule_for(s, "pppk")
    assert pppk is not None and (pppk.minimum, pppk.maximum, pppk.year) == (None, 24, "contract")
    assert (target(s, "pns"), target(s, "pppk"), s.jp_requires_pass) == (20, None, None)
    settings = """\
    organisation: X
    jp:
      requires_pass: ya
      targets:
        pns: 25
        pppk: {min: 10, max: 30, year: contract}
        honorer: {max: 12}
    """
    folder = make_folder(tmp_path / "own", {}, settings=settings)
    s = load(folder).dataset.settings
    assert [(r.employment, r.minimum, r.maximum, r.year, r.loc.line) for r in rules(s)] == [
        ("pns", 25, None, "calendar", 5),
        ("pppk", 10, 30, "contract", 6),
        ("honorer", None, 12, "calendar", 7),
    ]
    assert s.jp_requires_pass is True


def test_jp_rule_problems_are_located(tmp_path: Path) -> None:
    settings = """\
    organisation: X
    jp:
      targets:
        pns: {min: 30, max: 20}
        pppk: 24
        guru: 20
        cpns: {min: 20, year: fiscal}
    """
    folder = make_folder(
        tmp_path,
        {
            "librarians.yaml": """\
    librarians:
      - {id: a, name: A, employment: pppk}
      - {id: b, name: B, employment: pns}
    """
        },
        settings=settings,
    )
    found = codes(problems_of(folder))
    assert ("pustaka.yaml", 4, "jp-min-above-max") in found
    assert ("pustaka.yaml", 5, "jp-pppk-minimum") in found  # the old reading of "pppk: 24"
    assert ("pustaka.yaml", 6, "bad-value") in found
    assert ("pustaka.yaml", 7, "bad-value") in found
    # With the default rules a PPPK without contract_start is warned about.
    plain = make_folder(
        tmp_path / "plain",
        {
            "librarians.yaml": """\
    librarians:
      - {id: a, name: A, employment: pppk, started: 2024-01-02}
      - {id: b, name: B, employment: pppk, started: 2024-01-02, contract_start: 2024-02-01}
    """
        },
    )
    assert codes(problems_of(plain)) == [("librarians.yaml", 2, "no-contract-start")]


def test_record_values_are_typed(tmp_path: Path) -> None:
    text = """\
    trainings:
      - id: t1
        title: Workshop "RDA"
        type: workshop
        start: 2025-03-10
        end: 2025-03-11
        jp: 12.5
        cost: 1_500_000
        develops: {katalogisasi: 3}
        participants:
          - {librarian: a, state: completed, score: 85, attended: [2025-03-10]}
    """
    (t,) = load(make_folder(tmp_path, {"trainings.yaml": text})).dataset.trainings
    assert (t.jp, t.cost, t.end) == (12.5, 1500000, dt.date(2025, 3, 11))
    assert [(d.competency, d.level) for d in t.develops] == [("katalogisasi", 3)]
    assert t.participants[0].attended == (dt.date(2025, 3, 10),)
    assert t.src.of("cost").line == 8


def test_mentee_limit_setting(tmp_path: Path) -> None:
    s = load(make_folder(tmp_path, {}, settings="organisation: X\nmentoring: {max_mentees: 2}\n"))
    assert s.dataset.settings.max_mentees == 2
    assert load(make_folder(tmp_path / "b", {})).dataset.settings.max_mentees == 3


def test_every_field_of_a_record_is_the_model_field_of_its_name() -> None:
    # The builders pass a record's values to the model by name (records._made): a field
    # added to a spec must exist, under the same name, in the model record it builds.
    import dataclasses

    from pustaka_cli import model
    from pustaka_cli.store import records

    built = {
        records.PROFILE: model.Profile,
        records.KEY_FUNCTION: model.KeyFunction,
        records.COMPETENCY: model.Competency,
        records.LIBRARIAN: model.Librarian,
        records.TRAINING: model.Training,
        records.INDICATOR: model.Indicator,
        records.PARTICIPANT: model.Participant,
        records.EVALUATION: model.Evaluation,
        records.FEEDBACK: model.Feedback,
        records.MENTORING: model.Mentoring,
        records.SESSION: model.Session,
        records.GUEST: model.Guest,
        records.COMPLETION: model.CompletionRule,
        records.EVENT: model.Event,
        records.ORGANISER: model.Organiser,
    }
    unknown = [
        f"{spec.name}.{f.name}"
        for spec, cls in built.items()
        for f in spec.fields
        if f.name not in {field.name for field in dataclasses.fields(cls)}
    ]
    assert unknown == ["training.prerequisites"]  # split in two by build_training

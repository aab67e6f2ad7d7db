"""Grade, employment and library history (domain/careers.py): what is held on a day, and
what check refuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers import codes, make_folder, problems_of
from pustaka_cli.api import reading
from pustaka_cli.domain import careers
from pustaka_cli.i18n import Translator
from pustaka_cli.render.problems import location, message
from pustaka_cli.workspace import open_folders

FRAMEWORK = """\
scale:
  - {level: 0, name: {id: Nol, en: None}}
  - {level: 1, name: {id: Dasar, en: Basic}}
  - {level: 2, name: {id: Berkembang, en: Developing}}
  - {level: 3, name: {id: Mandiri, en: Proficient}}
  - {level: 4, name: {id: Ahli, en: Expert}}
competencies:
  - {id: katalogisasi, group: inti, name: {id: Katalogisasi, en: Cataloguing}}
"""
PROFILES = """\
profiles:
  - {grade: ahli-pertama, name: {id: Ahli Pertama, en: First Expert}, track: keahlian, rank: 4,
     coefficient: 12.5, requires: {katalogisasi: 2}}
  - {grade: ahli-muda, name: {id: Ahli Muda, en: Junior Expert}, track: keahlian, rank: 5,
     coefficient: 25, requires: {katalogisasi: 3}}
"""
SETTINGS = """\
organisation: Dinas Perpustakaan Kota Contoh
libraries:
  - {id: pusat, name: Perpustakaan Pusat}
  - {id: cabang, name: Perpustakaan Cabang}
"""
LIBRARIANS = """\
librarians:
  - id: ani
    name: Ani
    library: pusat
    grade: ahli-pertama
    employment: pppk
    started: 2020-01-02
    contract_start: 2020-01-02
    history:
      - {from: 2024-01-01, employment: pns}
      - {from: 2025-04-01, grade: ahli-muda, library: cabang}
"""
EVALUATIONS = """\
evaluations:
  - {librarian: ani, kind: supervisor, date: 2024-03-01, by: atasan, levels: {katalogisasi: 2}}
"""
TODAY = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(
        tmp_path_factory.mktemp("history"),
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
        },
        SETTINGS,
    )


def test_an_entry_changes_what_it_names_from_its_day_on(folder: Path) -> None:
    (ani,) = open_folders([folder], TODAY).dataset.librarians
    held = [
        (x.grade, x.employment, x.library)
        for x in (careers.held_on(ani, dt.date(d[0], d[1], d[2])) for d in
                  ((2019, 5, 1), (2023, 12, 31), (2024, 1, 1), (2025, 3, 31), (2025, 4, 1)))
    ]  # fmt: skip
    assert held == [
        ("ahli-pertama", "pppk", "pusat"),  # before started: the flat fields
        ("ahli-pertama", "pppk", "pusat"),
        ("ahli-pertama", "pns", "pusat"),  # employment changed, the rest kept
        ("ahli-pertama", "pns", "pusat"),
        ("ahli-muda", "pns", "cabang"),
    ]


def test_a_librarian_without_history_is_the_same_object(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path,
        {"librarians.yaml": "librarians:\n  - {id: budi, name: Budi, grade: ahli-pertama}\n"},
    )
    data = open_folders([folder], TODAY).dataset
    assert careers.on(data, TODAY) is data
    assert careers.held_on(data.librarians[0], TODAY) is data.librarians[0]


def _gaps(folder: Path, as_of: str) -> dict[str, object]:
    request = reading.ReportRequest(
        "gaps", (folder,), TODAY, lang="en", format="json", as_of=dt.date.fromisoformat(as_of)
    )
    doc = json.loads(reading.report(request, cache=False).body)
    row: dict[str, object] = doc["tables"][0]["rows"][0]
    return row


def test_report_gaps_as_of_uses_the_grade_held_that_day(folder: Path) -> None:
    before, after = _gaps(folder, "2024-06-30"), _gaps(folder, "2026-06-30")
    assert (before["grade"], before["library"]) == ("ahli-pertama", "pusat")
    assert (after["grade"], after["library"]) == ("ahli-muda", "cabang")
    # katalogisasi 2: meets Ahli Pertama's 2, one below Ahli Muda's 3.
    assert before["katalogisasi"] == {"current": 2, "required": 2, "gap": 0}
    assert after["katalogisasi"] == {"current": 2, "required": 3, "gap": 1}


def test_report_progress_across_a_promotion_measures_each_end_by_its_grade(folder: Path) -> None:
    request = reading.ReportRequest(
        "progress", (folder,), TODAY, lang="en", format="json",
        start=dt.date(2024, 6, 1), end=dt.date(2026, 6, 30),
    )  # fmt: skip
    doc = json.loads(reading.report(request, cache=False).body)
    row = doc["tables"][0]["rows"][0]
    # Start: Ahli Pertama, katalogisasi 2 meets 2. End: Ahli Muda needs 3: a gap opened by
    # the promotion, not by a level that fell.
    assert (row["gaps_start"], row["gaps_end"], row["opened"]) == (0, 1, 1)


def test_jp_rule_follows_the_employment_held_in_that_year(folder: Path) -> None:
    request = reading.ReportRequest(
        "hours", (folder,), TODAY, lang="en", format="json", start=dt.date(2023, 1, 1),
        end=dt.date(2024, 12, 31),
    )  # fmt: skip
    doc = json.loads(reading.report(request, cache=False).body)
    by_year = {r["year"]: r for r in doc["tables"][0]["rows"]}
    # 2023 as PPPK: a ceiling of 24 over the contract year, no minimum; 2024 as PNS: at
    # least 20 over the calendar year.
    assert (by_year[2023]["employment"], by_year[2023]["target"]) == ("pppk", None)
    assert (by_year[2023]["maximum"], by_year[2023]["period"]) == (24, "contract")
    assert (by_year[2024]["employment"], by_year[2024]["target"]) == ("pns", 20)
    assert by_year[2024]["period"] == "calendar"


CASES = {
    "reversed": (
        "      - {from: 2025-04-01, grade: ahli-muda}\n      - {from: 2024-01-01, library: cabang}\n",
        "history-reversed",
    ),
    "duplicate": (
        "      - {from: 2025-04-01, grade: ahli-muda}\n      - {from: 2025-04-01, library: cabang}\n",
        "history-duplicate",
    ),
    "before-start": ("      - {from: 2019-04-01, grade: ahli-muda}\n", "history-before-start"),
    "after-left": ("      - {from: 2026-04-01, grade: ahli-muda}\n", "history-after-left"),
    "unknown-grade": ("      - {from: 2025-04-01, grade: ahli-mud}\n", "unknown-grade"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_refuses_a_history_out_of_order_or_off_service(tmp_path: Path, case: str) -> None:
    entries, code = CASES[case]
    text = (
        "librarians:\n  - id: ani\n    name: Ani\n    grade: ahli-pertama\n"
        "    started: 2020-01-02\n    status: left\n    left: 2026-01-31\n    history:\n" + entries
    )
    folder = make_folder(
        tmp_path, {"framework.yaml": FRAMEWORK, "profiles.yaml": PROFILES, "librarians.yaml": text}
    )
    found = [p for p in problems_of(folder, TODAY) if p.code == code]
    assert found, codes(problems_of(folder, TODAY))
    last_entry_line = text.count("\n")
    assert (found[0].loc.path, found[0].loc.line) == ("librarians.yaml", last_entry_line)
    assert found[0].loc.col > 0
    for lang in ("id", "en"):
        assert location(found[0]).startswith(f"librarians.yaml:{last_entry_line}:")
        said = message(found[0], Translator(lang))
        assert said and "{" not in said


def test_a_warm_run_reads_the_history_as_a_cold_one(folder: Path, tmp_path: Path) -> None:
    import shutil

    from pustaka_cli.store.cache import Cache

    copied = shutil.copytree(folder, tmp_path / "copy", ignore=shutil.ignore_patterns(".pustaka"))
    cold = open_folders([copied], TODAY).dataset
    first = Cache([copied])
    first.workspace(lambda: open_folders([copied], TODAY, cache=first))  # fills the cache
    warm = Cache([copied])
    opened = warm.workspace(lambda: open_folders([copied], TODAY, cache=warm))
    assert warm.decoded and not warm.parsed  # the records came from the cache
    assert opened.dataset.librarians == cold.librarians
    assert opened.dataset.librarians[0].history[2].grade == "ahli-muda"


def test_enroll_from_gaps_chooses_by_the_grade_held_today(tmp_path: Path) -> None:
    from pustaka_cli.domain import enrollment

    folder = make_folder(
        tmp_path,
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
            "trainings.yaml": (
                "trainings:\n  - {id: t1, title: Katalogisasi, type: pelatihan, "
                "start: 2026-09-01, jp: 20, capacity: 5, develops: {katalogisasi: 3}}\n"
            ),
        },
        SETTINGS,
    )
    data = open_folders([folder], TODAY).dataset
    # Ani is an Ahli Muda at Cabang since 2025-04-01: katalogisasi 2 against 3.
    as_now = enrollment.from_gaps(data, "t1", TODAY, grade="ahli-muda", library="cabang")
    assert [c.librarian for c in as_now.chosen] == ["ani"]
    assert not enrollment.from_gaps(data, "t1", TODAY, grade="ahli-pertama").chosen

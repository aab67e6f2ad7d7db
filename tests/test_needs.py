"""``pustaka report needs``: the training-needs analysis of domain/needs.py, worked by hand.

Profiles: terampil requires katalogisasi 2, klasifikasi 2, referensi 1; mahir requires 3,
3, 2. katalogisasi has ``holders: 1`` (one per library is enough). Levels (supervisor,
2026-01-10):

    who    library   grade     katalogisasi  klasifikasi  referensi
    ani    pusat     terampil  1 (gap 1)     0 (gap 2)    1 (0)
    budi   pusat     terampil  0 (gap 2)     1 (gap 1)    0 (gap 1)
    citra  pusat     mahir     3 (0)         1 (gap 2)    2 (0)
    dedi   keliling  terampil  2 (0)         2 (0)        1 (0)
    eka    keliling  mahir     ?             ?            ?   (not yet assessed)

- katalogisasi: citra holds it in pusat, dedi in keliling: nobody needs it (holders: 1),
  though ani and budi are below; eka is counted as not yet assessed.
- klasifikasi: ani and budi (terampil, pusat), largest gap 2: klasikal; budi is already
  enrolled in p5 (2026-09): 1 to plan. citra (mahir, pusat), gap 2: klasikal.
- referensi: budi, gap 1: nonklasikal.

Past held activities (as of 2026-06-30): p1 pelatihan klasifikasi, 24 JP, 12,000,000, 4
seated: 125,000 per JP; p2 workshop referensi, 16 JP, cost 4,000,000 but actual 3,200,000,
2 seated; p3 coaching katalogisasi, 450 minutes (10 JP), cost 0, 1 seated; p4 cancelled.

- klasifikasi klasikal: from p1 (competency): 24 JP x 125,000 = 3,000,000 a person.
- referensi nonklasikal: none for referensi, so every nonklasikal one (form): p3, 10 JP, 0.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from conftest import DATA, EXAMPLES, run_cli
from helpers import make_folder
from pustaka_cli.domain import needs as training_needs
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.selection import Selection, competencies, staff
from pustaka_cli.workspace import open_folders

AS_OF = dt.date(2026, 6, 30)

SETTINGS = """\
organisation: Perpustakaan Kota Contoh
libraries:
  - {id: pusat, name: Perpustakaan Pusat}
  - {id: keliling, name: Perpustakaan Keliling}
"""
FRAMEWORK = """\
scale:
  - {level: 0, name: {id: Belum, en: None}}
  - {level: 1, name: {id: Dasar, en: Basic}}
  - {level: 2, name: {id: Berkembang, en: Developing}}
  - {level: 3, name: {id: Mandiri, en: Proficient}}
  - {level: 4, name: {id: Ahli, en: Expert}}
competencies:
  - {id: katalogisasi, group: inti, name: {id: Katalogisasi, en: Cataloguing}, holders: 1}
  - {id: klasifikasi, group: inti, name: {id: Klasifikasi, en: Classification}}
  - {id: referensi, group: inti, name: {id: Referensi, en: Reference}}
"""
PROFILES = """\
profiles:
  - grade: terampil
    name: {id: Asisten Perpustakaan Terampil, en: "Library Assistant, Skilled"}
    rank: 1
    requires: {katalogisasi: 2, klasifikasi: 2, referensi: 1}
  - grade: mahir
    name: {id: Asisten Perpustakaan Mahir, en: "Library Assistant, Advanced"}
    rank: 2
    requires: {katalogisasi: 3, klasifikasi: 3, referensi: 2}
"""
LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani Lestari, library: pusat, grade: terampil, employment: pns}
  - {id: budi, name: Budi Santoso, library: pusat, grade: terampil, employment: pns}
  - {id: citra, name: Citra Dewi, library: pusat, grade: mahir, employment: pns}
  - {id: dedi, name: Dedi Kurniawan, library: keliling, grade: terampil, employment: pns}
  - {id: eka, name: Eka Putri, library: keliling, grade: mahir, employment: pns}
"""
EVALUATIONS = """\
evaluations:
  - {librarian: ani, kind: supervisor, date: 2026-01-10,
     levels: {katalogisasi: 1, klasifikasi: 0, referensi: 1}}
  - {librarian: budi, kind: supervisor, date: 2026-01-10,
     levels: {katalogisasi: 0, klasifikasi: 1, referensi: 0}}
  - {librarian: citra, kind: supervisor, date: 2026-01-10,
     levels: {katalogisasi: 3, klasifikasi: 1, referensi: 2}}
  - {librarian: dedi, kind: supervisor, date: 2026-01-10,
     levels: {katalogisasi: 2, klasifikasi: 2, referensi: 1}}
"""
TRAININGS = """\
trainings:
  - id: p1
    title: Pelatihan Klasifikasi DDC
    type: pelatihan
    start: 2025-03-10
    end: 2025-03-12
    jp: 24
    cost: 12000000
    develops: {klasifikasi: 2}
    participants:
      - {librarian: ani, state: completed}
      - {librarian: budi, state: completed}
      - {librarian: citra, state: completed}
      - {librarian: dedi, state: completed}
  - id: p2
    title: Workshop Layanan Referensi
    type: workshop
    start: 2025-05-05
    jp: 16
    cost: 4000000
    actual_cost: 3200000
    develops: {referensi: 1}
    participants:
      - {librarian: ani, state: completed}
      - {librarian: dedi, state: completed}
  - id: p3
    title: Coaching Katalogisasi
    type: coaching
    start: 2025-08-01
    minutes: 450
    cost: 0
    develops: {katalogisasi: 2}
    participants:
      - {librarian: dedi, state: completed}
  - id: p4
    title: Pelatihan Klasifikasi (batal)
    type: pelatihan
    start: 2025-11-01
    jp: 40
    cost: 99000000
    status: cancelled
    develops: {klasifikasi: 3}
  - id: p5
    title: Pelatihan Klasifikasi Lanjut
    type: pelatihan
    start: 2026-09-01
    jp: 8
    cost: 5000000
    develops: {klasifikasi: 2}
    participants:
      - {librarian: budi, state: enrolled}
"""


def make(root: Path, framework: str = FRAMEWORK) -> Path:
    return make_folder(
        root,
        {
            "framework.yaml": framework,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
            "trainings.yaml": TRAININGS,
        },
        SETTINGS,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make(tmp_path / "data")


def analyse(folder: Path, year: int = 2026, target: bool = False) -> training_needs.Needs:
    data = open_folders([folder], AS_OF).dataset
    ix = Index.of(data)
    people = staff(data, ix, Selection(), AS_OF)
    return training_needs.needs(
        data, ix, people, competencies(data, Selection()), year, AS_OF, target
    )


def rows(found: training_needs.Needs) -> list[tuple[object, ...]]:
    return [
        (
            n.competency.id,
            n.grade,
            n.library,
            [p.id for p in n.people],
            n.planned,
            n.to_plan,
            n.unassessed,
            n.form if n.people else None,
            n.estimate.jp if n.people else None,
            n.estimate.cost_per_jp if n.people else None,
            n.cost if n.people else None,
            n.estimate.basis if n.people else None,
        )
        for n in found.needs
    ]


def test_the_needs_worked_by_hand(folder: Path) -> None:
    assert rows(analyse(folder)) == [
        ("katalogisasi", "mahir", "keliling", [], (), 0, 1, None, None, None, None, None),
        ("klasifikasi", "terampil", "pusat", ["ani", "budi"], ("budi",), 1, 0,
         "klasikal", 24.0, 125000.0, 3000000.0, "competency"),
        ("klasifikasi", "mahir", "keliling", [], (), 0, 1, None, None, None, None, None),
        ("klasifikasi", "mahir", "pusat", ["citra"], (), 1, 0,
         "klasikal", 24.0, 125000.0, 3000000.0, "competency"),
        ("referensi", "terampil", "pusat", ["budi"], (), 1, 0,
         "nonklasikal", 10.0, 0.0, 0.0, "form"),
        ("referensi", "mahir", "keliling", [], (), 0, 1, None, None, None, None, None),
    ]  # fmt: skip


def test_the_totals_worked_by_hand(folder: Path) -> None:
    found = analyse(folder)
    # 4 people in need (budi twice), 3 to plan; JP 24 + 24 + 10; cost 3,000,000 x 2
    assert (found.people, found.to_plan, found.jp_total, found.cost) == (4, 3, 58.0, 6_000_000)
    assert found.unestimated == 0


def test_without_holders_everyone_below_needs_it(tmp_path: Path) -> None:
    folder = make(tmp_path / "data", FRAMEWORK.replace(", holders: 1", ""))
    first = rows(analyse(folder))[0]
    # ani gap 1, budi gap 2: the largest gap makes it klasikal; p3 is nonklasikal, so the
    # estimate is every held klasikal activity: p1 (24 JP, 12,000,000 for 4) and p2 (16
    # JP, actually 3,200,000 for 2): mean JP 20, 15,200,000 / (96 + 32) = 118,750 per JP.
    assert first == (
        "katalogisasi", "terampil", "pusat", ["ani", "budi"], (), 2, 0,
        "klasikal", 20.0, 118750.0, 4750000.0, "form",
    )  # fmt: skip


def test_the_form_follows_the_largest_gap() -> None:
    assert [training_needs.form_of(g) for g in (1, 2, 3)] == [
        "nonklasikal",
        "klasikal",
        "klasikal",
    ]


def test_an_estimate_without_past_activities_is_unknown(folder: Path) -> None:
    found = training_needs.estimate((), "referensi", "klasikal", 45)
    assert (found.jp, found.cost_per_jp, found.basis, found.type) == (
        None,
        None,
        "unknown",
        "pelatihan",
    )
    need = training_needs.Need(
        analyse(folder).needs[1].competency, "terampil", "pusat", (), (), 0, 0, 0.0,
        "klasikal", found,
    )  # fmt: skip
    assert (need.jp_total, need.cost) == (None, None)  # unknown, never 0


def test_the_suggested_type_is_the_commonest_of_the_estimate(folder: Path) -> None:
    data = open_folders([folder], AS_OF).dataset
    past = [t for t in data.trainings if t.id in ("p1", "p2")]
    found = training_needs.estimate(past, "katalogisasi", "klasikal", 45)
    assert (found.basis, found.activities, found.type) == ("form", 2, "pelatihan")  # tie: by name


def test_target_grade_needs_are_those_of_the_next_grade(folder: Path) -> None:
    text = (folder / "librarians.yaml").read_text()
    text = text.replace("grade: terampil, employment: pns}\n  - {id: budi",
                        "grade: terampil, employment: pns, target_grade: mahir}\n  - {id: budi")  # fmt: skip
    (folder / "librarians.yaml").write_text(text)
    found = [r for r in rows(analyse(folder, target=True)) if "ani" in r[3]]
    # against mahir: klasifikasi 3 (gap 3), referensi 2 (gap 1); katalogisasi's holder is citra
    assert [(r[0], r[1]) for r in found] == [("klasifikasi", "mahir"), ("referensi", "mahir")]


def test_the_report_in_json_and_text(folder: Path) -> None:
    args = ["report", "needs", "--year", "2026", "--data", str(folder), "--today", "2026-06-30"]
    run = run_cli([*args, "--lang", "en", "--format", "json"])
    assert run.exit_code == 0, run.stderr
    tables = {t["key"]: t["rows"] for t in json.loads(run.stdout)["tables"]}
    first = tables["needs"][1]
    assert (first["competency"], first["grade"], first["people"], first["to_plan"]) == (
        "klasifikasi",
        "terampil",
        2,
        1,
    )
    assert (first["form"], first["jp_total"], first["cost"], first["ids"]) == (
        "klasikal",
        24,
        3000000,
        "ani,budi",
    )
    assert tables["needs"][0]["form"] is None  # nobody to develop: no form, no JP, no cost
    total = tables["grades"][-1]
    assert (total["grade"], total["people"], total["to_plan"], total["jp_total"], total["cost"]) == (
        "*", 4, 3, 58, 6000000,
    )  # fmt: skip
    text = run_cli([*args, "--lang", "id"]).stdout
    assert "Analisis kebutuhan pengembangan kompetensi 2026" in text
    assert "Klasikal" in text and "3.000.000" in text


def test_the_workbook_reads_back(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "kebutuhan.xlsx"
    run = run_cli(["report", "needs", "--year", "2026", "--data", str(folder), "--today",
                   "2026-06-30", "--lang", "id", "-o", str(out)])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    values = [
        [c for c in row if c is not None]
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    ]
    assert any(row[:3] == [2, "Klasifikasi", "Asisten Perpustakaan Terampil"] for row in values)
    row = next(r for r in values if r[:2] == [2, "Klasifikasi"])
    assert row[2:] == [
        "Asisten Perpustakaan Terampil", "Perpustakaan Pusat", 2, 1, 1, 0, "Klasikal",
        "pelatihan", 24, 3000000,
    ]  # fmt: skip
    estimates = [r for r in values if r[:2] == ["Klasifikasi", "Klasikal"]]
    assert estimates == [
        [
            "Klasifikasi",
            "Klasikal",
            "pelatihan",
            24,
            125000,
            "kegiatan lalu untuk kompetensi ini: 1",
        ]
    ]


def test_the_shipped_needs_agree_with_report_gaps() -> None:
    """The people in need of each competency are those report gaps counts as to close."""
    for folder in (DATA, EXAMPLES / "bandar-lampung"):
        base = [*("--data", str(folder), "--today", "2026-11-21", "--lang", "en")]
        needs = json.loads(run_cli(["report", "needs", *base, "-f", "json"]).stdout)
        gaps = json.loads(run_cli(["report", "gaps", *base, "-f", "json"]).stdout)
        per = {}
        for row in next(t for t in needs["tables"] if t["key"] == "needs")["rows"]:
            per[row["competency"]] = per.get(row["competency"], 0) + row["people"]
        coverage = next(t for t in gaps["tables"] if t["key"] == "competencies")["rows"]
        assert per == {r["competency"]: r["needed"] for r in coverage if r["needed"]}, folder


def test_an_activity_still_to_come_covers_next_years_need(folder: Path) -> None:
    """For 2027, as of 2026-06-30: p5 (2026-09-01) is still to come, so budi is planned."""
    found = {(n.competency.id, n.grade, n.library): n for n in analyse(folder, 2027).needs}
    assert found["klasifikasi", "terampil", "pusat"].planned == ("budi",)
    # As of 2026-09-30 p5 has taken place: budi is no longer "planned" (but in need until
    # assessed again).
    data = open_folders([folder], AS_OF).dataset
    ix = Index.of(data)
    later = dt.date(2026, 9, 30)
    people = staff(data, ix, Selection(), later)
    comps = competencies(data, Selection())
    after = training_needs.needs(data, ix, people, comps, 2027, later)
    assert next(n for n in after.needs if n.competency.id == "klasifikasi").planned == ()

"""Angka kredit and promotion readiness (domain/promotion.py), worked out by hand.

The folder: a framework of one competency, Ahli Pertama (coefficient 12.5, 50 for the next
rank, 100 for the next grade) and Ahli Muda (25; 100 and 200). Ahli Muda requires
katalogisasi 3.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers import make_folder
from pustaka_cli.api import reading
from pustaka_cli.domain import promotion
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.selection import Selection, staff
from pustaka_cli.workspace import open_folders

FRAMEWORK = """\
scale:
  - {level: 0, name: {id: Nol, en: None}}
  - {level: 1, name: {id: Dasar, en: Basic}}
  - {level: 2, name: {id: Berkembang, en: Developing}}
  - {level: 3, name: {id: Mandiri, en: Proficient}}
  - {level: 4, name: {id: Ahli, en: Expert}}
competencies:
  - id: katalogisasi
    group: inti
    name: {id: Katalogisasi, en: Cataloguing}
"""
PROFILES = """\
profiles:
  - grade: ahli-pertama
    name: {id: Pustakawan Ahli Pertama, en: "Librarian, First Expert"}
    track: keahlian
    rank: 4
    coefficient: 12.5
    aliases: [pustakawan-pertama]
    requires: {katalogisasi: 2}
  - grade: ahli-muda
    name: {id: Pustakawan Ahli Muda, en: "Librarian, Junior Expert"}
    track: keahlian
    rank: 5
    coefficient: 25
    requires: {katalogisasi: 3}
  - grade: tenaga-teknis
    name: {id: Tenaga teknis, en: Technical staff}
    track: non-jabatan
    rank: 0
"""
LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani, library: pusat, grade: ahli-pertama, employment: pns, started: 2018-01-02,
     history: [{from: 2025-04-01, grade: ahli-muda}]}
  - {id: budi, name: Budi, library: pusat, grade: ahli-pertama, employment: pns, started: 2020-01-02}
  - {id: dedi, name: Dedi, library: pusat, grade: ahli-pertama, employment: pns, started: 2024-03-15}
  - {id: eka, name: Eka, library: pusat, grade: ahli-pertama, employment: pns, started: 2019-01-02,
     history: [{from: 2023-01-01, credit: 80}]}
  - {id: fajar, name: Fajar, library: pusat, grade: ahli-pertama, employment: pns, started: 2021-01-04}
  - {id: hadi, name: Hadi, library: pusat, grade: pustakawan-pertama, employment: pns,
     started: 2019-01-02, history: [{from: 2024-01-01, grade: ahli-pertama}]}
  - {id: gita, name: Gita, library: pusat, grade: tenaga-teknis, employment: honorer, started: 2021-01-04}
"""


def skp(who: str, year: int, predicate: str) -> str:
    return f"  - {{librarian: {who}, kind: skp, year: {year}, date: {year}-12-31, predicate: {predicate}}}\n"


EVALUATIONS = (
    "evaluations:\n"
    + skp("ani", 2023, "baik")
    + skp("ani", 2024, "sangat-baik")
    + skp("ani", 2025, "baik")
    + skp("budi", 2023, "baik")
    + skp("budi", 2024, "butuh-perbaikan")
    + skp("budi", 2025, "sangat-baik")
    + skp("dedi", 2024, "baik")
    + skp("eka", 2024, "baik")
    + skp("eka", 2025, "baik")
    + skp("hadi", 2023, "baik")
    + """\
  - {librarian: eka, kind: supervisor, date: 2025-11-01, by: atasan, levels: {katalogisasi: 3}}
  - librarian: eka
    kind: uji-kompetensi
    date: 2025-10-01
    results: {katalogisasi: kompeten}
"""
)
AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(
        tmp_path_factory.mktemp("promotion"),
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
        },
    )


def ready(folder: Path, as_of: dt.date = AS_OF) -> dict[str, promotion.Readiness]:
    opened = open_folders([folder], max(as_of, AS_OF))  # checked on the day of the report
    assert not [p for p in opened.problems if p.severity.value == "error"], opened.problems
    data = opened.dataset
    ix = Index.of(data)
    found = promotion.readiness(data, ix, staff(data, ix, Selection(), as_of), as_of)
    return {r.librarian.id: r for r in found}


@pytest.mark.parametrize(
    ("predicate", "coefficient", "months", "credit"),
    [
        ("sangat-baik", 12.5, 12, 18.75),  # 150 % x 12.5
        ("baik", 12.5, 12, 12.5),  # 100 % x 12.5
        ("butuh-perbaikan", 12.5, 12, 9.375),  # 75 % x 12.5
        ("kurang", 25, 12, 12.5),  # 50 % x 25
        ("sangat-kurang", 50, 12, 12.5),  # 25 % x 50
        ("baik", 37.5, 12, 37.5),  # Ahli Madya
        ("sangat-baik", 25, 9, 28.125),  # 9/12 x 150 % x 25
        ("baik", 5, 3, 1.25),  # Terampil, 3/12 x 100 % x 5
    ],
)
def test_annual_credit_is_predicate_percentage_times_coefficient(
    predicate: str, coefficient: float, months: int, credit: float
) -> None:
    assert promotion.annual_credit(predicate, coefficient, months) == credit


def test_credit_accumulates_over_three_years_with_different_predicates(folder: Path) -> None:
    budi = ready(folder)["budi"]
    # Ahli Pertama since 2020, counted from 2023: 12.5 + 9.375 + 18.75.
    assert [(y.year, y.months, y.predicate, y.credit) for y in budi.years] == [
        (2023, 12, "baik", 12.5),
        (2024, 12, "butuh-perbaikan", 9.375),
        (2025, 12, "sangat-baik", 18.75),
    ]
    assert budi.credit == 40.625
    assert (budi.need_rank, budi.need_grade, budi.short) == (50, 100, 59.375)


def test_a_promotion_starts_the_count_again_and_prorates_its_year(folder: Path) -> None:
    ani = ready(folder)["ani"]
    # Ahli Muda from 2025-04-01: April to December, 9/12 x 100 % x 25; the Ahli Pertama
    # credit of 2023, 2024 and January to March 2025 stays with that grade.
    assert ani.profile is not None and ani.profile.grade == "ahli-muda"
    assert ani.since == dt.date(2025, 4, 1)
    assert [(y.year, y.months, y.credit) for y in ani.years] == [(2025, 9, 18.75)]
    assert ani.credit == 18.75
    assert ani.need_grade == 200
    # Before the promotion, the same person is an Ahli Pertama with 12.5 + 18.75.
    before = ready(folder, dt.date(2025, 3, 31))["ani"]
    assert before.profile is not None and before.profile.grade == "ahli-pertama"
    assert before.credit == 31.25


def test_a_first_partial_year_counts_the_months_begun_on_staff(folder: Path) -> None:
    dedi = ready(folder)["dedi"]
    # Started 2024-03-15: April to December are the months whose first day he was on staff.
    assert dedi.years[0] == promotion.YearCredit(
        2024, "ahli-pertama", 9, 12.5, "baik", 9.375, dedi.years[0].evaluation
    )
    # 2025 went by without an SKP: listed as missing, never as 0.
    assert (dedi.years[1].year, dedi.years[1].credit) == (2025, None)
    assert dedi.without_skp == (2025,)
    assert dedi.credit == 9.375


def test_ready_on_a_date_at_the_current_predicate(folder: Path) -> None:
    budi = ready(folder)["budi"]
    # 59.375 short at Sangat Baik (18.75 a year, 1.5625 a month): 38 months after 2025.
    assert budi.ready_on == dt.date(2029, 2, 28)
    assert promotion.ready_on(12.5, 25, "baik", 12.5, dt.date(2025, 12, 31)) == dt.date(
        2026, 12, 31
    )
    assert promotion.ready_on(99, 100, "baik", 12.5, dt.date(2025, 12, 31)) == dt.date(2026, 1, 31)


def test_readiness_with_and_without_a_passed_competency_test(folder: Path) -> None:
    found = ready(folder)
    eka = found["eka"]
    # 80 brought in (angka kredit integrasi) + 12.5 + 12.5 = 105 >= 100; the test passed
    # in the grade, katalogisasi 3 meets Ahli Muda's 3.
    assert eka.credit == 105 and eka.brought == 80
    assert eka.test is not None and eka.test.kind == "uji-kompetensi"
    assert (eka.below, eka.unassessed, eka.state, eka.missing) == (0, 0, "ready", ())
    # Budi: credit short, no test, katalogisasi not assessed.
    budi = found["budi"]
    assert budi.state == promotion.NOT_YET
    assert budi.missing == (promotion.CREDIT, promotion.TEST, promotion.PROFILE)


def test_the_same_person_without_the_test_is_not_ready(tmp_path: Path) -> None:
    without = EVALUATIONS.replace("kind: uji-kompetensi", "kind: uji-kompetensi\n    notes: x")
    without = without.replace(
        "results: {katalogisasi: kompeten}", "results: {katalogisasi: belum-kompeten}"
    )
    folder = make_folder(
        tmp_path,
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": without,
        },
    )
    eka = ready(folder)["eka"]
    assert (eka.state, eka.missing, eka.test) == (promotion.NOT_YET, (promotion.TEST,), None)
    # A valid LSP certificate takes the test's place.
    lsp = without + (
        "  - {librarian: eka, kind: lsp, date: 2025-05-01, certificate: LSP-1, "
        "expires: 2028-05-01, results: {katalogisasi: kompeten}}\n"
    )
    (folder / "evaluations.yaml").write_text(lsp, encoding="utf-8")
    eka = ready(folder)["eka"]
    assert eka.state == promotion.READY and eka.test is not None and eka.test.kind == "lsp"
    # ... but not once it has expired.
    expired = ready(folder, dt.date(2028, 6, 1))["eka"]
    assert promotion.TEST in expired.missing


def test_only_credit_short_is_ready_on_a_date(tmp_path: Path) -> None:
    text = EVALUATIONS.replace("80}", "70}")  # 70 + 25 = 95: 5 short
    folder = make_folder(
        tmp_path,
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "librarians.yaml": LIBRARIANS.replace("credit: 80", "credit: 70"),
            "evaluations.yaml": text,
        },
    )
    eka = ready(folder)["eka"]
    # 5 short at Baik, 12.5/12 a month: 4.8 months, so the fifth month after 2025.
    assert (eka.credit, eka.state, eka.ready_on) == (95, promotion.READY_ON, dt.date(2026, 5, 31))


def test_no_skp_and_no_functional_grade_are_said_never_zero(folder: Path) -> None:
    found = ready(folder)
    assert (found["fajar"].state, found["fajar"].credit) == (promotion.NO_SKP, None)
    assert (found["gita"].state, found["gita"].credit) == (promotion.NO_CREDIT, None)


def test_profiles_yaml_replaces_the_regulation_figures(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path,
        {
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES.replace(
                "coefficient: 12.5", "coefficient: 12.5\n    credit_grade: 40"
            ),
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
        },
    )
    budi = ready(folder)["budi"]
    assert (budi.need_rank, budi.need_grade, budi.short) == (50, 40, 0)
    assert promotion.CREDIT not in budi.missing


def test_report_promotion_in_every_format(folder: Path) -> None:
    def ask(fmt: str, lang: str = "en") -> bytes | str:
        out = folder / "promotion.xlsx" if fmt == "xlsx" else None
        request = reading.ReportRequest(
            "promotion", (folder,), AS_OF, lang=lang, format=fmt, output=out
        )
        return reading.report(request, cache=False).body

    body = ask("json")
    doc = json.loads(body)
    (people, years) = doc["tables"]
    assert (people["key"], years["key"]) == ("librarians", "credits")
    text = str(body)
    assert '"ready"' in text and '"no-skp"' in text
    for fmt in ("text", "markdown", "csv", "html"):
        for lang in ("id", "en"):
            assert ask(fmt, lang)
    assert isinstance(ask("xlsx"), bytes)
    terminal = str(ask("text", "id"))
    assert "siap" in terminal and "belum ada SKP" in terminal


def test_promotion_refuses_the_filters_it_cannot_honour(folder: Path) -> None:
    from pustaka_cli.errors import UsageError

    for given in ({"target": True}, {"year": 2025}, {"competencies": ("katalogisasi",)}):
        request = reading.ReportRequest("promotion", (folder,), AS_OF, **given)  # type: ignore[arg-type]
        with pytest.raises(UsageError):
            reading.report(request, cache=False)


def test_an_old_title_rewritten_is_not_a_promotion(folder: Path) -> None:
    hadi = ready(folder)["hadi"]
    # pustakawan-pertama is Ahli Pertama's old title: the count runs on from 2023.
    assert (hadi.since, hadi.credit) == (None, 12.5)
    assert hadi.without_skp == (2024, 2025)

"""``pustaka report budget`` and ``plan --budget remaining``: the rules of domain/budget.py,
worked by hand on a small programme (as of 30 June 2026).

Budgets of 2026: APBD 50,000,000 and CSR 10,000,000 (and APBD 2025, another year).

    activity           state       source  cost        actual     counts as
    a-held-actual      held        apbd    12,000,000  11,500,000 spent 11,500,000 (actual)
    b-held-cost        held        apbd     8,000,000  -          spent  8,000,000 (cost)
    c-planned          committed   apbd    15,000,000  -          committed 15,000,000
    d-csr              committed   csr      6,000,000  -          committed  6,000,000
    e-cancelled        cancelled   apbd     5,000,000  -          nothing (reason listed)
    f-deposit          cancelled   apbd     4,000,000  1,000,000  spent  1,000,000 (paid anyway)
    g-no-cost          committed   apbd     -          -          cost not recorded
    h-no-source        held        -        2,000,000  -          spent  2,000,000, no source
    i-held-no-cost     held        -        -          -          cost not recorded
    j-still-planned    committed   apbd     3,000,000  -          committed (status: planned)
    k-2025             (2025)      apbd     7,000,000  -          another year
    l-apbn             held        apbn     1,000,000  -          spent, no APBN budget

    APBD: allocated 50,000,000, committed 18,000,000, spent 20,500,000, remaining 11,500,000
    APBN: allocated -, spent 1,000,000, remaining -        CSR: 10,000,000, 6,000,000, 0, 4,000,000
    no source: spent 2,000,000
    total: allocated 60,000,000, committed 24,000,000, spent 23,500,000, remaining 12,500,000
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from conftest import DATA, run_cli
from helpers import make_folder, problems_of
from pustaka_cli.domain import budget
from pustaka_cli.problems import Severity
from pustaka_cli.workspace import open_folders

AS_OF = dt.date(2026, 6, 30)

SETTINGS = """\
organisation: Perpustakaan Kota Contoh
libraries:
  - id: pusat
    name: Perpustakaan Pusat
"""

BUDGETS = """\
budgets:
  - {year: 2026, source: apbd, amount: 50000000, reference: DPA 2026}
  - {year: 2026, source: csr, amount: 10000000, reference: PKS CSR 1/2026}
  - {year: 2025, source: apbd, amount: 99000000}
"""

LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani Lestari, nip: "19850312 201001 2 001", library: pusat,
     grade: terampil, employment: pns, started: 2015-01-01}
  - {id: budi, name: Budi Santoso, library: pusat, grade: terampil, employment: pns,
     started: 2015-01-01}
"""


def _activity(id_: str, start: str, **fields: object) -> str:
    extra = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    return f"  - id: {id_}\n    title: Kegiatan {id_}\n    type: pelatihan\n    start: {start}\n{extra}"


TRAININGS = "trainings:\n" + "".join(
    (
        _activity("a-held-actual", "2026-02-10", end="2026-02-12", cost=12000000,
                  actual_cost=11500000, budget_source="apbd"),
        _activity("b-held-cost", "2026-03-05", cost=8000000, budget_source="apbd"),
        _activity("c-planned", "2026-09-01", jp=24, cost=15000000, budget_source="apbd",
                  develops="{katalogisasi: 3}"),
        _activity("d-csr", "2026-10-01", jp=8, cost=6000000, budget_source="csr",
                  develops="{katalogisasi: 3}"),
        _activity("e-cancelled", "2026-04-01", cost=5000000, budget_source="apbd",
                  status="cancelled", notes='"Batal: ruang dipakai acara Pemkot."'),
        _activity("f-deposit", "2026-05-01", cost=4000000, actual_cost=1000000,
                  budget_source="apbd", status="cancelled", notes="Batal; uang muka hangus."),
        _activity("g-no-cost", "2026-07-15", budget_source="apbd"),
        _activity("h-no-source", "2026-01-20", cost=2000000),
        _activity("i-held-no-cost", "2026-02-01"),
        _activity("j-still-planned", "2026-06-01", cost=3000000, budget_source="apbd",
                  status="planned"),
        _activity("k-2025", "2025-11-01", cost=7000000, budget_source="apbd"),
        _activity("l-apbn", "2026-03-01", cost=1000000, budget_source="apbn"),
    )
)  # fmt: skip


FRAMEWORK = """\
scale:
  - {level: 0, name: {id: Belum, en: None}}
  - {level: 1, name: {id: Dasar, en: Basic}}
  - {level: 2, name: {id: Berkembang, en: Developing}}
  - {level: 3, name: {id: Mandiri, en: Proficient}}
  - {level: 4, name: {id: Ahli, en: Expert}}
competencies:
  - {id: katalogisasi, group: inti, name: {id: Katalogisasi, en: Cataloguing}}
"""
PROFILES = """\
profiles:
  - grade: terampil
    name: {id: Asisten Perpustakaan Terampil, en: "Library Assistant, Skilled"}
    rank: 1
    requires: {katalogisasi: 3}
"""
EVALUATIONS = """\
evaluations:
  - {librarian: ani, kind: supervisor, date: 2026-01-10, levels: {katalogisasi: 1}}
  - {librarian: budi, kind: supervisor, date: 2026-01-10, levels: {katalogisasi: 2}}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(
        tmp_path / "data",
        {
            "budgets.yaml": BUDGETS,
            "trainings.yaml": TRAININGS,
            "librarians.yaml": LIBRARIANS,
            "framework.yaml": FRAMEWORK,
            "profiles.yaml": PROFILES,
            "evaluations.yaml": EVALUATIONS,
        },
        SETTINGS,
    )


def year_of(folder: Path) -> budget.YearBudget:
    data = open_folders([folder], AS_OF).dataset
    return budget.of_year(data, 2026, AS_OF)


def test_the_folder_checks_clean(folder: Path) -> None:
    errors = [p for p in problems_of(folder, AS_OF) if p.severity is Severity.ERROR]
    assert errors == []


def test_each_source_worked_by_hand(folder: Path) -> None:
    found = year_of(folder)
    lines = {x.source: x for x in found.lines}
    assert list(lines) == ["apbd", "apbn", "csr", None]  # vocabulary order, then none
    apbd = lines["apbd"]
    assert (apbd.allocated, apbd.committed, apbd.spent, apbd.remaining) == (
        50_000_000,
        18_000_000,  # c-planned 15,000,000 + j-still-planned 3,000,000
        20_500_000,  # a 11,500,000 (actual) + b 8,000,000 (cost) + f 1,000,000 (deposit)
        11_500_000,
    )
    assert apbd.references == ("DPA 2026",)
    assert (apbd.activities, apbd.unpriced) == (4, 1)  # a, b, c, j; g has no cost
    csr = lines["csr"]
    assert (csr.allocated, csr.committed, csr.spent, csr.remaining) == (
        10_000_000,
        6_000_000,
        0,
        4_000_000,
    )
    apbn = lines["apbn"]  # spent from a source with no budget recorded: not 0, unknown
    assert (apbn.allocated, apbn.spent, apbn.remaining, apbn.over) == (None, 1_000_000, None, None)
    nobody = lines[None]
    assert (nobody.allocated, nobody.spent, nobody.unpriced) == (None, 2_000_000, 1)


def test_the_totals_worked_by_hand(folder: Path) -> None:
    found = year_of(folder)
    assert (found.allocated, found.committed, found.spent, found.remaining) == (
        60_000_000,  # the 2025 budget is another year's
        24_000_000,
        23_500_000,
        12_500_000,
    )


def test_what_each_activity_counts_for(folder: Path) -> None:
    items = {i.training.id: (i.state, i.amount, i.basis) for i in year_of(folder).items}
    assert items == {
        "h-no-source": ("held", 2_000_000, "cost"),
        "i-held-no-cost": ("held", None, None),
        "a-held-actual": ("held", 11_500_000, "actual"),
        "l-apbn": ("held", 1_000_000, "cost"),
        "b-held-cost": ("held", 8_000_000, "cost"),
        "e-cancelled": ("cancelled", None, None),
        "f-deposit": ("cancelled", 1_000_000, "actual"),
        "j-still-planned": ("committed", 3_000_000, "cost"),
        "g-no-cost": ("committed", None, None),
        "c-planned": ("committed", 15_000_000, "cost"),
        "d-csr": ("committed", 6_000_000, "cost"),
    }
    found = year_of(folder)
    assert [i.training.id for i in found.items][:3] == [
        "h-no-source",
        "i-held-no-cost",
        "a-held-actual",
    ]
    assert [i.training.id for i in found.unpriced] == ["i-held-no-cost", "g-no-cost"]
    assert [(i.training.id, i.reason) for i in found.cancelled] == [
        ("e-cancelled", "Batal: ruang dipakai acara Pemkot."),
        ("f-deposit", "Batal; uang muka hangus."),
    ]


def test_a_year_without_budgets_is_not_zero(folder: Path) -> None:
    data = open_folders([folder], AS_OF).dataset
    found = budget.of_year(data, 2024, AS_OF)
    assert (found.allocated, found.remaining, found.items, found.lines) == (None, None, (), ())


def test_over_budget_is_said(folder: Path) -> None:
    text = (folder / "budgets.yaml").read_text().replace("10000000", "5000000")
    (folder / "budgets.yaml").write_text(text)
    lines = {x.source: x for x in year_of(folder).lines}
    assert (lines["csr"].remaining, lines["csr"].over) == (-1_000_000, True)
    run = run_cli(["report", "budget", "--year", "2026", "--data", str(folder),
                   "--today", "2026-06-30", "--lang", "en", "--table", "sources"])  # fmt: skip
    assert "over budget" in " ".join(run.stdout.split())


def test_the_report_in_json_reads_as_worked(folder: Path) -> None:
    run = run_cli(["report", "budget", "--year", "2026", "--data", str(folder),
                   "--today", "2026-06-30", "--lang", "en", "--format", "json"])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    tables = {t["key"]: t["rows"] for t in json.loads(run.stdout)["tables"]}
    total = tables["sources"][-1]
    assert (total["source"], total["allocated"], total["remaining"]) == ("*", 60000000, 12500000)
    apbn = next(r for r in tables["sources"] if r["source"] == "apbn")
    assert (apbn["allocated"], apbn["remaining"], apbn["note"]) == (
        None,
        None,
        "no budget recorded",
    )
    unpriced = {r["activity"]: r for r in tables["unpriced"]}
    assert set(unpriced) == {"g-no-cost", "i-held-no-cost"}
    g = next(r for r in tables["activities"] if r["activity"] == "g-no-cost")
    assert (g["amount"], g["basis_name"]) == (None, "cost not recorded")  # never 0
    assert next(r["reason"] for r in tables["cancelled"]) == "Batal: ruang dipakai acara Pemkot."


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_text_report_names_the_sources(folder: Path, lang: str) -> None:
    run = run_cli(["report", "budget", "--year", "2026", "--data", str(folder),
                   "--today", "2026-06-30", "--lang", lang])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "APBD (DPA)" in run.stdout
    assert ("biaya belum dicatat" if lang == "id" else "cost not recorded") in run.stdout.lower()
    assert ("50.000.000" if lang == "id" else "50,000,000") in run.stdout


def test_the_workbook_has_every_table(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anggaran.xlsx"
    run = run_cli(["report", "budget", "--year", "2026", "--data", str(folder),
                   "--today", "2026-06-30", "--lang", "id", "-o", str(out)])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    cells = [
        [c for c in row if c is not None]
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    ]
    assert ["Jumlah", 60000000, 24000000, 23500000, 12500000, 7, 2] in [
        row[:7] for row in cells if row[:1] == ["Jumlah"]
    ]


@pytest.mark.parametrize("option", ["--library", "--grade", "--competency", "--librarian"])
def test_a_selection_filter_is_refused(folder: Path, option: str) -> None:
    value = {"--library": "pusat", "--grade": "terampil", "--competency": "katalogisasi"}
    run = run_cli(["report", "budget", "--year", "2026", "--data", str(folder), "--lang", "en",
                   option, value.get(option, "ani")])  # fmt: skip
    assert run.exit_code == 2
    assert "a budget is recorded for the whole programme" in run.stderr


def test_two_years_are_refused(folder: Path) -> None:
    run = run_cli(["report", "budget", "--from", "2026-01-01", "--to", "2027-03-31",
                   "--data", str(folder), "--lang", "en"])  # fmt: skip
    assert run.exit_code == 2
    assert "one calendar year" in run.stderr


# --- plan --budget remaining ----------------------------------------------------------


def test_remaining_for_a_plan_leaves_its_own_candidates_out(folder: Path) -> None:
    """Candidates from 2026-07-01 to 2026-12-31: c-planned, d-csr, g-no-cost. Taken: the
    spent 23,500,000 and j-still-planned's 3,000,000 (it started before the period)."""
    data = open_folders([folder], AS_OF).dataset
    from pustaka_cli.domain import plan

    left = plan.remaining_budget(data, None, None, AS_OF)
    assert (left.start, left.end) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert (left.allocated, left.taken, left.amount) == (60_000_000, 26_500_000, 33_500_000)


def test_plan_budget_remaining_on_the_command_line(folder: Path) -> None:
    run = run_cli(["plan", "--budget", "remaining", "--data", str(folder), "--today",
                   "2026-06-30", "--lang", "en"])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    first = run.stdout.splitlines()[0]
    assert first == (
        "Budget remaining for 2026: IDR 33,500,000 (allocated IDR 60,000,000, less what is "
        "spent and committed outside this plan: IDR 26,500,000)."
    )
    assert "Programme plan 2026-07-01 to 2026-12-31" in run.stdout
    assert "IDR 33,500,000" in run.stdout.split("Programme plan")[1]  # the plan's budget


def test_sisa_is_the_same_word(folder: Path) -> None:
    run = run_cli(["plan", "--budget", "sisa", "--data", str(folder), "--today",
                   "2026-06-30", "--lang", "id"])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("Sisa anggaran 2026: Rp 33.500.000")


def test_plan_budget_remaining_refuses_two_years(folder: Path) -> None:
    run = run_cli(["plan", "--budget", "remaining", "--to", "2027-03-31", "--data",
                   str(folder), "--today", "2026-06-30", "--lang", "en"])  # fmt: skip
    assert run.exit_code == 2
    assert "crosses a year's end" in run.stderr


def test_plan_budget_remaining_refuses_a_year_without_budget(folder: Path) -> None:
    run = run_cli(["plan", "--budget", "remaining", "--from", "2027-01-01", "--data",
                   str(folder), "--today", "2026-06-30", "--lang", "en"])  # fmt: skip
    assert run.exit_code == 1
    assert "no budget for 2027 is recorded" in run.stderr


def test_plan_apply_with_remaining_enrols_within_it(folder: Path) -> None:
    run = run_cli(["plan", "--budget", "remaining", "--apply", "--yes", "--data", str(folder),
                   "--today", "2026-06-30", "--lang", "en"])  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "Budget remaining for 2026: IDR 33,500,000" in run.stdout


def test_an_overspent_year_leaves_nothing_for_the_plan(folder: Path) -> None:
    text = (folder / "budgets.yaml").read_text().replace("50000000", "15000000")
    (folder / "budgets.yaml").write_text(text)
    data = open_folders([folder], AS_OF).dataset
    from pustaka_cli.domain import plan

    left = plan.remaining_budget(data, None, None, AS_OF)
    assert (left.amount, left.over) == (0.0, True)  # 25,000,000 - 26,500,000 < 0


# --- the shipped data -----------------------------------------------------------------


def test_the_shipped_2026_budget_reads_as_its_records() -> None:
    """data/budgets.yaml: APBD 40,000,000 (after refocusing), CSR 5,000,000, IPI 1,200,000.
    Spent by 21 November 2026: APBD 15,850,000 + 13,200,000 (actual) + three free activities;
    CSR 4,500,000 (no actual cost recorded yet: the planned cost); IPI 1,150,000 (actual).
    Committed: the December workshop, 9,500,000 (APBD)."""
    data = open_folders([DATA], dt.date(2026, 11, 21)).dataset
    found = budget.of_year(data, 2026, dt.date(2026, 11, 21))
    lines = {x.source: (x.allocated, x.committed, x.spent, x.remaining) for x in found.lines}
    assert lines == {
        "apbd": (40_000_000, 9_500_000, 29_050_000, 1_450_000),
        "csr": (5_000_000, 0, 4_500_000, 500_000),
        "mitra": (1_200_000, 0, 1_150_000, 50_000),
    }
    assert [i.training.id for i in found.cancelled] == ["2026-workshop-pengadaan"]
    assert found.unpriced == ()
    assert budget.of_year(data, 2024, dt.date(2026, 11, 21)).allocated is None


def test_a_warm_run_is_a_cold_run_and_sees_a_changed_budget(folder: Path) -> None:
    args = ["report", "budget", "--year", "2026", "--data", str(folder), "--today",
            "2026-06-30", "--lang", "en", "--format", "json"]  # fmt: skip
    cold = run_cli([*args, "--no-cache"]).stdout
    assert run_cli(args).stdout == cold  # fills the cache
    assert run_cli(args).stdout == cold  # answered from it
    assert (folder / ".pustaka" / "cache").is_dir()
    text = (folder / "budgets.yaml").read_text().replace("50000000", "51000000")
    (folder / "budgets.yaml").write_text(text)
    warm = run_cli(args).stdout
    total = next(t for t in json.loads(warm)["tables"] if t["key"] == "sources")["rows"][-1]
    assert total["allocated"] == 61000000
    assert warm == run_cli([*args, "--no-cache"]).stdout


def test_bad_budgets_are_located_problems(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path / "bad",
        {
            "budgets.yaml": """\
                budgets:
                  - {year: 2026, source: apbdd, amount: 5000000}
                  - {year: 26, source: csr, amount: -5}
                """,
            "trainings.yaml": """\
                trainings:
                  - {id: t1, title: T, type: pelatihan, start: 2026-01-01, budget_source: dak}
                """,
        },
        SETTINGS,
    )
    found = [(p.loc.path, p.loc.line, p.code) for p in problems_of(folder, AS_OF)]
    assert found == [
        ("budgets.yaml", 2, "bad-value"),  # did you mean `apbd`?
        ("budgets.yaml", 3, "out-of-range"),  # year 26
        ("budgets.yaml", 3, "out-of-range"),  # amount -5
        ("trainings.yaml", 2, "bad-value"),  # dak: APBN is the source of a DAK
    ]

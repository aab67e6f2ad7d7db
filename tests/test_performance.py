"""The performance gap (domain/performance.py), against figures worked out by hand:
which SKP counts, the trend, indicators, attributed feedback, core gaps and the
development priority; and how recommend, plan and idp take it into account."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import DATA, run_cli
from helpers import make_folder
from pustaka_cli.domain import performance as pf
from pustaka_cli.domain import plan as planning
from pustaka_cli.domain import recommend as rec
from pustaka_cli.domain.index import Index
from pustaka_cli.model import Dataset
from pustaka_cli.store.folder import load

D = dt.date
AS_OF = D(2026, 11, 21)

LIBRARIANS = """\
librarians:
  - {id: zaki, name: Zaki Maulana, library: pusat, grade: ahli-pertama, employment: pns,
     started: 2015-01-05}
  - {id: gani, name: Gani Prakoso, library: pusat, grade: ahli-pertama, employment: pns,
     started: 2015-01-05}
  - {id: fani, name: Fani Oktavia, library: pusat, grade: ahli-pertama, employment: pns,
     started: 2015-01-05}
  - {id: hana, name: Hana Lestari, library: pusat, grade: ahli-pertama, employment: pns,
     started: 2015-01-05}
"""

# zaki: baik in 2024, butuh perbaikan in 2025 (an earlier 2025 record says baik: the later
# one counts), katalogisasi 2 of the 3 required (inti): a weak predicate and a core gap.
# gani: baik then sangat baik, the same gap.
# fani: kurang, no level known (no gap known). hana: no SKP at all.
EVALUATIONS = """\
evaluations:
  - {librarian: zaki, kind: skp, year: 2024, date: 2024-12-31, predicate: baik}
  - {librarian: zaki, kind: skp, year: 2025, date: 2025-06-30, predicate: baik}
  - librarian: zaki
    kind: skp
    year: 2025
    date: 2025-12-31
    predicate: butuh-perbaikan
    indicators:
      - {text: Titik layanan dikunjungi, target: 41, result: 29, unit: titik}
      - {text: Laporan tepat waktu, target: 12, result: 12, unit: laporan}
      - {text: Koleksi diperbarui, target: 1200}
  - {librarian: zaki, kind: supervisor, date: 2026-10-01, by: x,
     levels: {katalogisasi: 2, tik-dasar: 1}}
  - {librarian: gani, kind: skp, year: 2024, date: 2024-12-31, predicate: baik}
  - {librarian: gani, kind: skp, year: 2025, date: 2025-12-31, predicate: sangat-baik}
  - {librarian: gani, kind: supervisor, date: 2026-10-01, by: x,
     levels: {katalogisasi: 2, tik-dasar: 1}}
  - {librarian: fani, kind: skp, year: 2025, predicate: kurang}
"""

# zaki in 2025: 3.0 from 10 and 2.0 from 30 respondents: (30 + 60) / 40 = 2.25. In 2026 a
# record without a count: 3.5. Over 2024-2026 one has no count, so each once:
# (3.0 + 2.0 + 3.5) / 3 = 2.83.
FEEDBACK = """\
feedback:
  - {id: f1, date: 2025-05-01, librarian: zaki, respondents: 10, score: 3.0}
  - {id: f2, date: 2025-09-01, librarian: zaki, respondents: 30, score: 2.0}
  - {id: f3, date: 2026-03-01, librarian: zaki, score: 3.5}
  - {id: f4, date: 2026-03-01, score: 1.0}
"""

# Two planned activities: t-tik closes 2 levels of tik-dasar (umum), t-kat 1 level of
# katalogisasi (inti, a main duty). t-kat has one seat.
TRAININGS = """\
trainings:
  - {id: t-tik, title: TIK, type: pelatihan, start: 2027-01-10, jp: 16, cost: 1000000,
     capacity: 5, develops: {tik-dasar: 3}}
  - {id: t-kat, title: Katalogisasi, type: pelatihan, start: 2027-02-10, jp: 16,
     cost: 1000000, capacity: 1, develops: {katalogisasi: 3}}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(
        tmp_path / "data",
        {
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
            "feedback.yaml": FEEDBACK,
            "trainings.yaml": TRAININGS,
        },
    )


@pytest.fixture
def data(folder: Path) -> Dataset:
    return load(folder).dataset


def found(data: Dataset, as_of: dt.date = AS_OF) -> dict[str, pf.Performance]:
    ix = Index.of(data)
    people = [ix.librarians[x] for x in ("zaki", "gani", "fani", "hana")]
    return {p.librarian.id: p for p in pf.performance(data, ix, people, (2024, 2025, 2026), as_of)}


def test_which_skp_counts(data: Dataset) -> None:
    p = found(data)
    # Two 2025 records for zaki: the later date counts.
    assert [y.predicate for y in p["zaki"].years] == ["baik", "butuh-perbaikan", None]
    # The later one is dated 2025-12-31: the day before, the earlier one counts.
    assert found(data, D(2025, 12, 30))["zaki"].predicate == "baik"
    assert (p["gani"].latest.year, p["gani"].predicate) == (2025, "sangat-baik")
    # Undated: known on 31 December of its year.
    assert p["fani"].latest.skp.date is None and p["fani"].predicate == "kurang"
    assert found(data, D(2025, 12, 30))["fani"].predicate is None
    # No SKP is no SKP: no predicate, no percentage, not weak.
    assert (p["hana"].latest, p["hana"].predicate, pf.percent(None), pf.weak(None)) == (
        None,
        None,
        None,
        False,
    )


def test_predicate_percent_and_trend(data: Dataset) -> None:
    # PermenPANRB 1/2023: sangat baik 150, baik 100, butuh perbaikan 75, kurang 50, ...
    assert [pf.percent(x) for x in ("sangat-baik", "baik", "butuh-perbaikan", "kurang")] == [
        150,
        100,
        75,
        50,
    ]
    p = found(data)
    assert [(y.year, y.percent, y.trend) for y in p["zaki"].years] == [
        (2024, 100, None),  # no earlier SKP
        (2025, 75, "down"),
        (2026, None, None),  # no SKP: no trend
    ]
    assert [y.trend for y in p["gani"].years] == [None, "up", None]


def test_indicators(data: Dataset) -> None:
    y2025 = found(data)["zaki"].years[1]
    judged = [(i.achievement, i.met) for i in y2025.indicators]
    # 29 / 41 = 70.73 %, missed; 12 / 12 = 100 %, met; no result: not judged.
    assert judged == [(70.73, False), (100.0, True), (None, None)]
    assert (y2025.indicators_met, y2025.indicators_judged) == (1, 2)


def test_attributed_feedback(data: Dataset) -> None:
    p = found(data)["zaki"]
    assert [(y.year, y.feedback.mean, y.feedback.surveys) for y in p.years] == [
        (2024, None, 0),
        (2025, 2.25, 2),
        (2026, 3.5, 1),
    ]
    assert (p.feedback.mean, p.feedback.surveys) == (2.83, 3)
    assert found(data)["gani"].feedback.mean is None  # no feedback, never zero


def test_core_gaps_and_priority(data: Dataset) -> None:
    p = found(data)
    # Main duties: inti competencies the profile requires. zaki's tik-dasar (umum) gap
    # is a competency gap, not a main-duty one.
    assert [g.competency for g in p["zaki"].core_gaps] == ["katalogisasi"]
    assert {who: x.priority for who, x in p.items()} == {
        "zaki": "first",  # butuh perbaikan + a core gap
        "gani": "gaps",  # a core gap, sangat baik
        "fani": "weak",  # kurang, no level known: no gap known
        "hana": "none",  # no SKP, no gap known
    }


def test_report_performance(folder: Path) -> None:
    args = ["report", "performance", "--data", str(folder), "--today", "2026-11-21"]
    body = json.loads(run_cli([*args, "--lang", "en", "-f", "json"]).stdout)
    tables = {t["key"]: t for t in body["tables"]}
    rows = tables["librarians"]["rows"]
    assert [(r["librarian"], r["year"], r["predicate"], r["priority"]) for r in rows] == [
        ("zaki", 2025, "butuh-perbaikan", "first"),
        ("fani", 2025, "kurang", "weak"),
        ("gani", 2025, "sangat-baik", "gaps"),
        ("hana", None, None, "none"),
    ]
    assert rows[3]["predicate_name"] == "no SKP recorded"
    assert rows[3]["percent"] is None and rows[3]["feedback"] is None
    assert "First candidates for development" in tables["librarians"]["notes"][0]
    assert "Zaki Maulana" in tables["librarians"]["notes"][0]
    assert body["parameters"]["first"] == "Zaki Maulana"  # said at the top as well
    years = [(r["librarian"], r["year"]) for r in tables["years"]["rows"]]
    assert years[:3] == [("fani", 2024), ("fani", 2025), ("fani", 2026)]  # three years
    assert [r["achievement"] for r in tables["indicators"]["rows"]] == [70.7, 100, None]
    text = run_cli(args).stdout
    assert "belum ada SKP" in text and "CALON PERTAMA" in text
    refused = run_cli([*args, "--competency", "katalogisasi"])
    assert refused.exit_code == 2 and "SKP" in refused.stderr


def test_recommend_puts_main_duties_first_for_a_first_candidate(data: Dataset) -> None:
    # Both need tik-dasar 1 -> 3 (2 levels) and katalogisasi 2 -> 3 (1 level). The larger
    # gap closed comes first, except for the first candidate (zaki): the main duty first.
    gani = rec.recommend(data, "gani", AS_OF)
    zaki = rec.recommend(data, "zaki", AS_OF)
    assert [o.training.id for o in gani.recommended] == ["t-tik", "t-kat"]
    assert [o.training.id for o in zaki.recommended] == ["t-kat", "t-tik"]
    assert zaki.performance is not None and zaki.performance.first


def test_recommend_and_idp_say_so(folder: Path) -> None:
    args = ["--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    said = run_cli(["recommend", "zaki", *args]).stdout
    assert "Performance (SKP) : first candidate for development: SKP 2025 Needs" in said
    assert "activities that close a gap in the main duties come first" in said
    assert "SKP: no SKP recorded" in run_cli(["recommend", "hana", *args]).stdout
    idp = run_cli(["idp", "zaki", *args]).stdout
    assert "Performance (SKP)" in idp and "Peraturan LAN 10/2018" in idp


def test_plan_gives_an_equal_seat_to_the_first_candidate(data: Dataset, folder: Path) -> None:
    # t-kat has one seat; gani and zaki gain the same from it. By id gani would have it;
    # zaki, the first candidate for development, gets it.
    p = planning.plan(data, float("inf"), None, None, AS_OF)
    kat = next(r for r in p.runs if r.training.id == "t-kat")
    assert [(s.librarian.id, s.first) for s in kat.seats] == [("zaki", True)]
    said = run_cli(["plan", "--budget", "10000000", "--data", str(folder), "--today",
                    "2026-11-21", "--lang", "en"])  # fmt: skip
    assert "Zaki Maulana (zaki): Descriptive cataloguing 2→3 · 16 JP * !" in said.stdout
    assert "! first candidate for development" in said.stdout


def test_progress_skp_columns_follow_the_same_rule(folder: Path) -> None:
    # report progress over 2025: the SKP within it is the later 2025 record.
    body = json.loads(
        run_cli(
            ["report", "progress", "--data", str(folder), "--today", "2026-11-21",
             "--year", "2025", "-f", "json"]
        ).stdout
    )  # fmt: skip
    rows = {r["librarian"]: r for r in body["tables"][0]["rows"]}
    assert (rows["zaki"]["skp_before"], rows["zaki"]["skp"]) == ("baik", "butuh-perbaikan")


def test_shipped_data_names_its_first_candidate() -> None:
    data = load(DATA).dataset
    ix = Index.of(data)
    people = [lib for lib in data.librarians if lib.active]
    first = [p.librarian.id for p in pf.performance(data, ix, people, (2025,), AS_OF) if p.first]
    assert first == ["darwis-n"]

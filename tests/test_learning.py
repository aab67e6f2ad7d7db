"""Learning outside the programme (domain/learning.py): counted in JP by hours.py and as
level evidence by levels.py's EvidenceRule, against sums worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import DATA, run_cli
from helpers import codes, make_folder, problems_of
from pustaka_cli.domain import learning
from pustaka_cli.domain.hours import hours
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor
from pustaka_cli.model import Dataset
from pustaka_cli.store.folder import load

D = dt.date
AS_OF = D(2026, 11, 21)

LIBRARIANS = """\
librarians:
  - id: cici
    name: Cici Amelia
    library: pusat
    grade: ahli-pertama
    employment: cpns
    started: 2026-02-02
  - id: dodi
    name: Dodi Firmansyah
    library: pusat
    grade: ahli-pertama
    employment: pns
    started: 2015-01-05
"""

# Latsar: 40 JP klasikal. E-learning: 900 minutes = 20 JP nonklasikal. A bimtek only
# attended and a course failed: nothing. A course without a post-test: JP, no level.
LEARNING = """\
learning:
  - id: latsar-cici
    librarian: cici
    title: Pelatihan Dasar CPNS
    type: pelatihan
    start: 2026-03-02
    end: 2026-04-24
    jp: 40
    score: 82
    develops: {etika-profesi: 2}
    certificate: {number: STTPP/1, date: 2026-04-30}
  - id: el-dodi
    librarian: dodi
    title: E-learning katalogisasi
    type: e-learning
    start: 2026-05-04
    end: 2026-06-12
    minutes: 900
    score: 88
    develops: {katalogisasi: 3}
  - id: bimtek-dodi
    librarian: dodi
    title: Bimtek pelestarian
    type: bimtek
    start: 2026-08-11
    end: 2026-08-13
    jp: 24
    state: attended
    develops: {pelestarian: 3}
  - id: kursus-dodi
    librarian: dodi
    title: Kursus referensi
    type: kursus
    start: 2026-09-01
    end: 2026-09-03
    jp: 12
    state: failed
    score: 50
    develops: {referensi: 3}
  - id: kuliah-dodi
    librarian: dodi
    title: Kuliah metodologi
    type: kursus
    start: 2026-02-16
    end: 2026-06-12
    jp: 32
    develops: {karya-tulis: 3}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(
        tmp_path / "data", {"librarians.yaml": LIBRARIANS, "learning.yaml": LEARNING}
    )


@pytest.fixture
def data(folder: Path) -> Dataset:
    return load(folder).dataset


def year_of(data: Dataset, who: str, year: int = 2026):  # type: ignore[no-untyped-def]
    return hours(data, [Index.of(data).librarians[who]], [year], AS_OF)[0]


def test_latsar_closes_a_cpns_twenty_jp(data: Dataset) -> None:
    # PP 17/2020: a CPNS at least 20 JP in 2026. Latsar: 40 JP klasikal -> 40, not short.
    h = year_of(data, "cici")
    assert (h.klasikal, h.nonklasikal, h.total, h.target, h.shortfall) == (40, 0, 40, 20, 0)
    assert [(c.source, c.ref, c.date) for c in h.credits] == [
        ("learning", "latsar-cici", D(2026, 4, 24))
    ]
    # Without the record she would be 20 short: the same person, the same rule.
    bare = Dataset(data.settings, data.framework, data.profiles, data.librarians)
    assert year_of(bare, "cici").shortfall == 20


def test_minutes_type_and_state_follow_the_programme_rules(data: Dataset) -> None:
    # dodi: e-learning 900 min / 45 = 20 JP nonklasikal; kuliah (kursus) 32 JP klasikal;
    # bimtek attended 24 JP and kursus failed 12 JP are listed, not counted.
    h = year_of(data, "dodi")
    assert (h.klasikal, h.nonklasikal, h.total, h.not_counted) == (32, 20, 52, 36)
    reasons = {c.ref: (c.category, c.jp, c.minutes, c.reason) for c in h.credits}
    assert reasons == {
        "kuliah-dodi": ("klasikal", 32, None, None),
        "el-dodi": ("nonklasikal", 20, 900, None),
        "bimtek-dodi": ("klasikal", 24, None, "not-completed"),
        "kursus-dodi": ("klasikal", 12, None, "failed"),
    }


def test_requires_pass_holds_for_learning_too(tmp_path: Path) -> None:
    # jp.requires_pass: a completion below levels.pass_score (70) earns no JP.
    low = LEARNING.replace("    score: 82\n", "    score: 60\n")
    folder = make_folder(
        tmp_path / "x",
        {"librarians.yaml": LIBRARIANS, "learning.yaml": low},
        settings="organisation: X\nlibraries: [{id: pusat, name: P}]\njp: {requires_pass: true}\n",
    )
    h = year_of(load(folder).dataset, "cici")
    assert (h.total, h.shortfall, h.credits[0].reason) == (0, 20, "post-test-failed")


def test_a_passed_course_is_level_evidence_through_the_evidence_rule(data: Dataset) -> None:
    a = Assessor.of(data)
    # el-dodi: completed, post-test 88 >= 70: katalogisasi 3 from 2026-06-12.
    level = a.level("dodi", "katalogisasi", AS_OF, detail=True)
    assert (level.level, level.chosen.kind, level.chosen.source) == (3, "training", "el-dodi")
    # The same rule as a training's: no post-test, no level (require_post_test);
    # attended and failed say nothing; before its last day it did not exist yet.
    verdicts = {
        comp: a.level("dodi", comp, AS_OF, detail=True).judged[0].reason
        for comp in ("karya-tulis", "pelestarian", "referensi")
    }
    assert verdicts == {
        "karya-tulis": "no-post-test",
        "pelestarian": "not-completed",
        "referensi": "failed",
    }
    assert a.level("dodi", "katalogisasi", D(2026, 6, 11)).level is None
    # Valid for valid_months.training (36): on 2029-06-13 it has expired.
    assert a.level("dodi", "katalogisasi", D(2029, 6, 13), detail=True).judged[0].reason == (
        "expired"
    )


def test_the_fast_gap_matrix_sees_learning_as_explain_does(folder: Path) -> None:
    gaps = json.loads(
        run_cli(
            ["report", "gaps", "--data", str(folder), "--today", "2026-11-21", "-f", "json"]
        ).stdout
    )
    rows = {r["librarian"]: r for r in gaps["tables"][0]["rows"]}
    assert rows["dodi"]["katalogisasi"] == {"current": 3, "required": 3, "gap": 0}
    assert rows["cici"]["etika-profesi"]["current"] == 2


def test_as_activity_is_one_participant() -> None:
    data = load(DATA).dataset
    latsar = next(x for x in data.learning if x.id == "latsar-2025-fadli-r")
    t = learning.as_activity(latsar)
    assert (t.id, t.type, t.jp, t.capacity) == ("latsar-2025-fadli-r", "pelatihan", 120, None)
    assert [(p.librarian, p.state, p.score) for p in t.participants] == [
        ("fadli-r", "completed", 84.5)
    ]


def test_report_hours_and_explain_show_learning(folder: Path) -> None:
    args = ["--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    body = json.loads(run_cli(["report", "hours", *args, "-f", "json"]).stdout)
    tables = {t["key"]: t["rows"] for t in body["tables"]}
    assert [(r["librarian"], r["learning"], r["jp"], r["verdict"]) for r in tables["learning"]] == [
        ("cici", "latsar-cici", 40, "counted"),
        ("dodi", "el-dodi", 20, "counted"),  # the same day as kuliah-dodi: by id
        ("dodi", "kuliah-dodi", 32, "counted"),
        ("dodi", "bimtek-dodi", 24, "not-completed"),
        ("dodi", "kursus-dodi", 12, "failed"),
    ]
    assert {r["librarian"]: r["total"] for r in tables["hours"]} == {"cici": 40, "dodi": 52}
    said = run_cli(["explain", "cici", "etika-profesi", *args]).stdout
    assert "learning.yaml:2" in said  # the evidence, located in the learning file
    assert "latsar-cici" in said  # and the JP credit


def test_shipped_data_cpns_is_not_short_after_latsar() -> None:
    # fadli-r (CPNS from 2025-07-01): 8 JP of the programme in 2025 + Latsar 120 JP.
    h = year_of(load(DATA).dataset, "fadli-r", 2025)
    assert (h.total, h.shortfall) == (128, 0)


def test_check_learning_records(tmp_path: Path) -> None:
    bad = """\
    learning:
      - id: a
        librarian: nobody
        title: T
        type: pelatihan
        start: 2026-03-10
        end: 2026-03-01
        score: 120
        develops: {katalogisasi: 9}
      - id: a
        librarian: cici
        title: T
        type: pelatihan
        start: 2026-12-01
    """
    folder = make_folder(tmp_path / "c", {"librarians.yaml": LIBRARIANS, "learning.yaml": bad})
    assert codes(problems_of(folder)) == [
        ("learning.yaml", 3, "unknown-librarian"),
        ("learning.yaml", 7, "end-before-start"),
        ("learning.yaml", 8, "score-out-of-range"),
        ("learning.yaml", 9, "level-out-of-scale"),
        ("learning.yaml", 10, "duplicate-id"),
        ("learning.yaml", 14, "evidence-in-future"),
    ]


def test_a_wrong_type_is_located(tmp_path: Path) -> None:
    text = LEARNING.replace("    type: e-learning\n", "    type: elearning\n")
    folder = make_folder(tmp_path / "w", {"librarians.yaml": LIBRARIANS, "learning.yaml": text})
    found = [(p.loc.path, p.loc.line, p.loc.col) for p in problems_of(folder)]
    assert found == [("learning.yaml", 15, 11)]


def test_a_cached_load_keeps_learning_and_certificates(tmp_path: Path) -> None:
    from test_cache import cached, copy, fresh

    data = copy(DATA, tmp_path)
    assert cached(data) == fresh(data)
    warm = cached(data).dataset
    assert warm == fresh(data).dataset
    assert len(warm.learning) == 4
    assert warm.learning[0].certificate is not None
    assert any(e.indicators for e in warm.evaluations)
    assert any(p.certificate for t in warm.trainings for p in t.participants)


# --- pustaka learning: the write -------------------------------------------------------


def test_pustaka_learning_writes_a_record_that_counts(folder: Path) -> None:
    # A second CPNS course for cici: e-learning 450 minutes = 10 JP nonklasikal.
    args = ["--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    done = run_cli(
        ["learning", "cici", "--title", "E-learning referensi", "--type", "e-learning",
         "--start", "2026-09-01", "--end", "2026-09-30", "--minutes", "450", "--score", "90",
         "--develops", "referensi:2", "--certificate", "PNRI/77",
         "--certificate-date", "2026-10-02", *args]
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "learning e-learning-2026-cici for cici recorded" in done.stdout
    data = load(folder).dataset
    new = next(x for x in data.learning if x.id == "e-learning-2026-cici")
    assert (new.minutes, new.score, new.certificate.number) == (450, 90, "PNRI/77")
    h = year_of(data, "cici")
    assert (h.klasikal, h.nonklasikal, h.total) == (40, 10, 50)
    assert run_cli(["check", *args]).exit_code == 0


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--jp", "4", "--minutes", "90"], "give --jp or --minutes, not both"),
        (["--type", "webinar"], "webinar"),
        (["--end", "2026-08-01"], "2026-08-01"),
        (["--start", "2026-12-01", "--end", "2026-12-02"], "2026-12-02"),
        (["--score", "120"], "120"),
        (["--id", "latsar-cici"], "latsar-cici"),
    ],
)
def test_pustaka_learning_refuses(folder: Path, extra: list[str], said: str) -> None:
    before = (folder / "learning.yaml").read_bytes()
    base = {"--title": "T", "--type": "pelatihan", "--start": "2026-09-01"}
    for i in range(0, len(extra), 2):
        base[extra[i]] = extra[i + 1]
    args = [x for pair in base.items() for x in pair]
    done = run_cli(
        ["learning", "cici", *args, "--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    )
    assert done.exit_code == 1 and said in done.stderr, done.stderr
    assert (folder / "learning.yaml").read_bytes() == before


def test_learning_in_several_folders_stays_with_its_city(tmp_path: Path) -> None:
    # Two cities with the same ids: each learning record names its own city's librarian.
    files = {"librarians.yaml": LIBRARIANS, "learning.yaml": LEARNING}
    a = make_folder(tmp_path / "kota-a", files)
    b = make_folder(tmp_path / "kota-b", files)
    both = ["--data", str(a), "--data", str(b), "--today", "2026-11-21", "--lang", "en"]
    assert run_cli(["check", *both]).exit_code == 0
    body = json.loads(run_cli(["report", "hours", *both, "-f", "json"]).stdout)
    rows = {t["key"]: t["rows"] for t in body["tables"]}
    totals = {r["librarian"]: r["total"] for r in rows["hours"]}
    assert totals == {"kota-a/cici": 40, "kota-a/dodi": 52, "kota-b/cici": 40, "kota-b/dodi": 52}
    assert {r["learning"] for r in rows["learning"]} >= {"kota-a/latsar-cici", "kota-b/latsar-cici"}


def test_the_bkpsdm_listing_lists_learning_as_the_activity_it_was() -> None:
    # report hours' upward listing: Latsar with its own type, provider and days, and the
    # person's rows still add up to the total (8 + 120 = 128).
    body = json.loads(
        run_cli(
            ["report", "hours", "--data", str(DATA), "--today", "2026-11-21", "--year", "2025",
             "--librarian", "fadli-r", "--table", "listing", "-f", "json", "--lang", "en"]
        ).stdout
    )  # fmt: skip
    rows = body["tables"][0]["rows"]
    latsar = next(r for r in rows if r["source"] == "learning")
    assert (latsar["type"], latsar["organiser"], latsar["start"], latsar["end"]) == (
        "pelatihan",
        "BPSDM Provinsi (fiktif)",
        "2025-09-01",
        "2025-10-24",
    )
    assert sum(r["jp"] for r in rows) == 128

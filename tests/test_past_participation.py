"""Recording what already happened (issue 14): a finished activity entered after the fact,
from flags and from a spreadsheet, shows in the reports; no fake ``--today`` is needed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import DATA, run_cli
from pustaka_cli.store.folder import load

TODAY = "2026-11-20"
BIMTEK = "2026-bimtek-pengolahan"
# ten people with no other activity on 6-7 October 2026 in data/
PASSED = {
    "bambang-w": 85.0,
    "tubagus-a": 72.5,
    "intan-p": 90.0,
    "kemas-a": 77.0,
    "dedi-k": 80.0,
    "yudi-p": 71.0,
    "ferdi-i": 88.0,
    "joko-s": 79.0,
}
FAILED = {"ujang-s": 55.0, "rini-o": 60.0}


def pustaka(folder: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    done = run_cli([*args, "--data", str(folder), "--lang", lang, "--today", TODAY])
    return done.exit_code, done.stdout, done.stderr


@pytest.fixture
def folder(copy_folder: object) -> Path:
    """data/ with a two-day bimtek that ended last month and has nobody in it yet."""
    target: Path = copy_folder(DATA)  # type: ignore[operator]
    code, _, err = pustaka(
        target,
        "add",
        "training",
        "--id",
        BIMTEK,
        "--title",
        "Bimtek Pengolahan Bahan Pustaka",
        "--type",
        "bimtek",
        "--mode",
        "luring",
        "--start",
        "2026-10-06",
        "--end",
        "2026-10-07",
        "--jp",
        "16",
        "--capacity",
        "30",
        "--cost",
        "Rp 12.500.000",
    )
    assert code == 0, err
    return target


def rows(text: str) -> list[dict[str, str]]:
    """The CSV report's main table (one table a file, its header first)."""
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def report(folder: Path, *args: str) -> list[dict[str, str]]:
    code, out, err = pustaka(folder, "report", *args, "--format", "csv")
    assert code == 0, err
    return rows(out)


def jp_2026(folder: Path) -> dict[str, str]:
    found = report(folder, "hours", "--year", "2026")
    return {next(iter(r.values())): r["Klasikal"] for r in found}  # the id column comes first


def assert_recorded(folder: Path, before: dict[str, str]) -> None:
    (bimtek,) = [t for t in load(folder).dataset.trainings if t.id == BIMTEK]
    got = {p.librarian: (p.state, p.score, p.date, p.attended) for p in bimtek.participants}
    days = (bimtek.start, bimtek.last_day)
    want = {lid: ("completed", s, bimtek.start, days) for lid, s in PASSED.items()}
    want |= {lid: ("failed", s, bimtek.start, days) for lid, s in FAILED.items()}
    assert got == want
    assert pustaka(folder, "check")[0] == 0
    after = jp_2026(folder)
    for lid in PASSED:  # a completed two-day bimtek of 16 JP counts as klasikal
        assert float(after[lid]) == float(before[lid]) + 16, lid
    for lid in FAILED:  # a failed one earns nothing
        assert after[lid] == before[lid], lid
    (line,) = [r for r in report(folder, "trainings") if r["Activity"] == BIMTEK]
    assert (line["Enrolled"], line["Completed"], line["Failed"]) == ("10", "8", "2")
    assert line["Post-test"] == "75.75"  # the mean of the ten scores


def test_a_finished_bimtek_from_flags(folder: Path) -> None:
    before = jp_2026(folder)
    passed = ",".join(f"{k}:{v:g}".replace(".", ",") for k, v in PASSED.items())
    failed = ",".join(f"{k}:{v:g}" for k, v in FAILED.items())
    code, out, err = pustaka(
        folder,
        "record",
        BIMTEK,
        "--attended",
        ",".join([*PASSED, *FAILED]),
        "--passed",
        passed,
        "--failed",
        failed,
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"{BIMTEK} recorded: 10 participants (8 passed, 2 failed, 0 attended")
    assert_recorded(folder, before)


def test_a_finished_bimtek_from_a_sheet(folder: Path, tmp_path: Path) -> None:
    before = jp_2026(folder)
    sheet = tmp_path / "daftar-hadir.csv"
    lines = ["training;librarian;hasil;nilai"]
    lines += [f"{BIMTEK};{k};lulus;{v:g}".replace(".", ",") for k, v in PASSED.items()]
    lines += [f"{BIMTEK};{k};gagal;{v:g}" for k, v in FAILED.items()]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = pustaka(folder, "import", "participants", str(sheet))
    assert (code, err) == (0, "")
    assert out.startswith("10 records from daftar-hadir.csv added to participants")
    assert_recorded(folder, before)


def test_enrol_attend_complete_on_a_finished_activity_with_on(folder: Path) -> None:
    code, _, err = pustaka(folder, "enroll", BIMTEK, "joko-s")
    assert code == 1 and "--on YYYY-MM-DD" in err and f"pustaka record {BIMTEK}" in err
    assert pustaka(folder, "enroll", BIMTEK, "joko-s", "--on", "2026-09-20")[0] == 0
    assert pustaka(folder, "attend", BIMTEK, "joko-s", "--on", "2026-10-06")[0] == 0
    assert pustaka(folder, "attend", BIMTEK, "joko-s", "--on", "2026-10-07")[0] == 0
    code, out, _ = pustaka(folder, "complete", BIMTEK, "joko-s", "--result", "72,5")
    assert code == 0 and "with a result of 72.5" in out
    (bimtek,) = [t for t in load(folder).dataset.trainings if t.id == BIMTEK]
    (p,) = bimtek.participants
    assert (p.state, p.date, p.score, len(p.attended)) == (
        "completed",
        bimtek.start.replace(month=9, day=20),
        72.5,
        2,
    )
    assert pustaka(folder, "check")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--on", "2026-10-08"], "2026-10-08 is after the last day of"),
        (["--on", "2026-12-01"], "2026-12-01 is in the future"),
    ],
)
def test_enrol_on_refuses_impossible_dates(folder: Path, args: list[str], message: str) -> None:
    code, _, err = pustaka(folder, "enroll", BIMTEK, "joko-s", *args)
    assert code == 1 and message in err


RECORD_REFUSALS = [
    (["--attended", "joko-s", "--passed", "joko-s:101"], "outside 0\u2013100"),
    (["--passed", "joko-s:80", "--failed", "joko-s:40"], "joko-s is named twice"),
    (["--passed", "joko-s:"], "write id:score"),
    (["--attended", "nobody-x"], "no librarian with the id `nobody-x`"),
    ([], "name who took part"),
]


def test_record_refusals_change_nothing(folder: Path) -> None:
    before = (folder / "trainings" / "2027.yaml").read_bytes()
    for args, message in RECORD_REFUSALS:
        code, _, err = pustaka(folder, "record", BIMTEK, *args)
        assert code in (1, 2) and message in err, (args, err)
        assert (folder / "trainings" / "2027.yaml").read_bytes() == before


def test_record_refuses_an_activity_not_over(folder: Path) -> None:
    code, _, err = pustaka(folder, "record", "2027-workshop-pengadaan", "--attended", "joko-s")
    assert code == 1 and "is not over yet" in err


def test_record_refuses_more_people_than_seats(folder: Path) -> None:
    path = folder / "trainings" / "2027.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("capacity: 30", "capacity: 2", 1), encoding="utf-8"
    )
    code, _, err = pustaka(folder, "record", BIMTEK, "--attended", "joko-s,dedi-k,kemas-a")
    assert code == 1 and "has 2 seats; with these people it would have 3" in err

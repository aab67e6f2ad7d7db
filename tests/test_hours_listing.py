"""The upward report: ``report hours`` table ``listing``, one row per person and counted
activity, in the columns a BKPSDM asks for (domain/jp_listing.py).

Worked by hand on tests/folders/report-basic, year 2025, as of 31 December 2025:

    Budi (PPPK, contract year 2025-02-01 to 2026-01-31): mentoring 2025-02-01, 90 min =
      2 JP; 2025-03-01, 45 min = 1 JP (mentor Citra Dewi); t-kat 24 JP  -> 27 = his total
    Dedi: t-ws, 100 min = 2.22 JP                                      -> 2.22
    Ani: t-kat 24 JP; t-ref, 270 min = 6 JP (post-test 60: JP for attending) -> 30
    Citra: attended t-kat without completing: nothing to report        -> no row
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from conftest import DATA, EXAMPLES, FOLDERS, run_cli
from pustaka_cli.domain import reports
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.selection import Selection, period
from pustaka_cli.workspace import open_folders

BASIC = FOLDERS / "report-basic"
ARGS = ["report", "hours", "--year", "2025", "--data", str(BASIC), "--today", "2025-12-31"]


def listing(*extra: str, lang: str = "en") -> list[dict[str, object]]:
    run = run_cli([*ARGS, "--lang", lang, "--format", "json", *extra])
    assert run.exit_code == 0, run.stderr
    tables = {t["key"]: t["rows"] for t in json.loads(run.stdout)["tables"]}
    return tables["listing"]


def test_the_rows_worked_by_hand() -> None:
    rows = [
        (r["librarian"], r["category"], r["type"], r["title"], r["organiser"], r["start"],
         r["end"], r["jp"])
        for r in listing()
    ]  # fmt: skip
    assert rows == [
        ("budi", "nonklasikal", "mentoring", "Mentoring: Descriptive cataloguing",
         "Citra Dewi", "2025-02-01", "2025-02-01", 2),
        ("budi", "nonklasikal", "mentoring", "Mentoring: Descriptive cataloguing",
         "Citra Dewi", "2025-03-01", "2025-03-01", 1),
        ("budi", "klasikal", "pelatihan", "Pelatihan Katalogisasi", None, "2025-03-10",
         "2025-03-12", 24),
        ("dedi", "klasikal", "workshop", "Workshop Pelestarian", None, "2025-05-05",
         "2025-05-05", 2.22),
        ("ani", "klasikal", "pelatihan", "Pelatihan Katalogisasi", None, "2025-03-10",
         "2025-03-12", 24),
        ("ani", "nonklasikal", "e-learning", "E-learning Layanan Referensi", None,
         "2025-10-01", "2025-10-01", 6),
    ]  # fmt: skip


def test_the_nip_is_masked_unless_asked() -> None:
    ani = [r["nip"] for r in listing() if r["librarian"] == "ani"]
    assert ani == ["******** ****** * 001"] * 2
    shown = [r["nip"] for r in listing("--show-nip") if r["librarian"] == "ani"]
    assert shown == ["19850312 201001 2 001"] * 2


def test_the_organiser_is_the_provider_and_partner(tmp_path: Path) -> None:
    text = (
        (BASIC / "trainings.yaml")
        .read_text()
        .replace(
            "    type: pelatihan\n",
            "    type: pelatihan\n    provider: Dinas Perpustakaan Kota Contoh\n"
            "    partner: Perpustakaan Nasional RI\n",
            1,
        )
    )
    folder = tmp_path / "data"
    folder.mkdir()
    for path in BASIC.glob("*.yaml"):
        (folder / path.name).write_text(path.read_text())
    (folder / "trainings.yaml").write_text(text)
    run = run_cli([*ARGS[:5], str(folder), *ARGS[6:], "--lang", "en", "-f", "json"])
    rows = next(t for t in json.loads(run.stdout)["tables"] if t["key"] == "listing")["rows"]
    assert {r["organiser"] for r in rows if r["activity"] == "t-kat"} == {
        "Dinas Perpustakaan Kota Contoh, Perpustakaan Nasional RI"
    }


def test_each_persons_rows_add_up_to_report_hours() -> None:
    run = run_cli([*ARGS, "--lang", "en", "--format", "json"])
    tables = {t["key"]: t["rows"] for t in json.loads(run.stdout)["tables"]}
    summed: dict[str, float] = {}
    for r in tables["listing"]:
        summed[str(r["librarian"])] = summed.get(str(r["librarian"]), 0) + float(r["jp"])  # type: ignore[arg-type]
    totals = {r["librarian"]: r["total"] for r in tables["hours"] if r["total"]}
    assert (
        {k: round(v, 2) for k, v in summed.items()}
        == totals
        == {
            "budi": 27,
            "dedi": 2.22,
            "ani": 30,
        }
    )


@pytest.mark.parametrize(
    "folder",
    [DATA, *sorted(p for p in EXAMPLES.glob("*") if (p / "pustaka.yaml").is_file())],
    ids=lambda p: p.name,
)
def test_the_listing_equals_report_hours_on_the_shipped_folders(folder: Path) -> None:
    """Every person and year, exactly (the credits themselves, not their rounding)."""
    today = dt.date(2026, 11, 21)
    data = open_folders([folder], today).dataset
    ix = Index.of(data)
    for start in (dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2026, 1, 1)):
        req = reports.Request(today, today, period(today, None, start, None), Selection())
        found = reports.hours(data, ix, req)
        summed: dict[tuple[str, int], float] = {}
        for e in found.listing:
            key = (e.librarian.id, e.year)
            summed[key] = summed.get(key, 0.0) + e.reported
        for h in found.hours:
            assert round(summed.get((h.librarian.id, h.year), 0.0), 2) == h.total, (
                folder.name,
                h.librarian.id,
                h.year,
            )
        assert all(e.credit.counts for e in found.listing)  # nothing uncounted is reported


def test_rows_are_rounded_to_add_up() -> None:
    from pustaka_cli.domain.jp_listing import reported

    # Three 480-minute sessions (10.6667 JP each): 32 JP in all, listed so.
    assert reported([10.6667, 10.6667, 10.6667], 32.0) == (10.67, 10.67, 10.66)
    # 2.2222 + 6 = 8.2222, shown 8.22: nothing to move.
    assert reported([2.2222, 6.0], 8.22) == (2.22, 6.0)
    # 1.3333 + 1.3333 + 24 = 26.6666 -> 26.67: the first of the equal remainders gets it.
    assert reported([1.3333, 1.3333, 24.0], 26.67) == (1.34, 1.33, 24.0)


def test_the_csv_has_the_bkpsdm_columns_in_indonesian() -> None:
    # Indonesian spreadsheets read ';' between cells (a decimal comma).
    run = run_cli([*ARGS, "--lang", "id", "--format", "csv", "--table", "listing"])
    assert run.exit_code == 0, run.stderr
    header = run.stdout.lstrip("\ufeff").splitlines()[0]
    assert header == (
        "ID pustakawan;NIP;Nama;Tahun;Kode kategori;Kategori;Kode jenis;Jenis;Judul;"
        "Penyelenggara;Mulai;Selesai pada;JP;Nomor sertifikat/STTPP;Kode sumber;Kegiatan"
    )


def test_the_workbook_has_the_listing_sheet(tmp_path: Path) -> None:
    out = tmp_path / "jp.xlsx"
    run = run_cli([*ARGS, "--lang", "id", "-o", str(out)])
    assert run.exit_code == 0, run.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    sheet = book["Rincian JP per pegawai (BKPSDM)"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("NIP", "Nama", "Tahun", "Kategori")
    assert rows[1][:3] == ("******** ****** * 002", "Budi Santoso", "2025")
    at = rows[0].index("JP")
    jp = [r[at] for r in rows[1:] if r[1] == "Ani Lestari"]
    assert jp == [24, 6]


def test_the_certificate_number_written_on_a_participation_or_learning_is_listed() -> None:
    run = run_cli(
        ["report", "hours", "--year", "2025", "--data", str(DATA), "--today", "2025-12-31",
         "--lang", "en", "--format", "json", "--table", "listing"]
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    rows = {
        (r["librarian"], r["activity"]): r["certificate"]
        for t in json.loads(run.stdout)["tables"]
        for r in t["rows"]
    }
    # data/learning.yaml and data/trainings/2025.yaml, as written there
    assert rows[("fadli-r", "latsar-2025-fadli-r")] == "STTPP/LATSAR-XII/2025/0417"
    assert rows[("rosmala-s", "2025-renstra-indikator")] == "STTPP/DPK-SKM/2025/021"
    assert None in rows.values()  # mentoring, and participations without a number

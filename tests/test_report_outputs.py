"""The files a report leaves the desk as: workbooks, one-table CSV, printed HTML, and the
terminal matrix (issue 13)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest

from conftest import FOLDERS, run_cli

BASIC = str(FOLDERS / "report-basic")
TODAY = ["--today", "2026-06-30", "--no-cache"]


def workbook(tmp_path: Path, *args: str) -> openpyxl.Workbook:
    path = tmp_path / "report.xlsx"
    result = run_cli(["report", *args, "--data", BASIC, *TODAY, "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    return openpyxl.load_workbook(path)


def column(sheet: object, header: str) -> list[object]:
    """The column's cells, down to the empty row before the table's notes."""
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    j = rows[0].index(header)
    out = []
    for row in rows[1:]:
        if all(v is None for v in row):
            break
        out.append(row[j])
    return out


def test_xlsx_has_one_sheet_per_table_with_typed_cells(tmp_path: Path) -> None:
    book = workbook(tmp_path, "gaps", "--show-nip", "--lang", "en")
    matrix_title = "Librarian \u00d7 competency"
    assert book.sheetnames == ["About this report", matrix_title, "Per competency"]
    matrix = book[matrix_title]
    headers = [c.value for c in matrix[1]]
    assert headers[:4] == ["Name", "Library", "Grade", "NIP"]
    assert not any("_" in str(h) for h in headers)  # words, not machine names
    nips = [v for v in column(matrix, "NIP") if v is not None]
    assert nips and all(isinstance(v, str) and re.fullmatch(r"\d{18}", v) for v in nips)
    assert all(isinstance(v, int) for v in column(matrix, "Below"))
    assert matrix.freeze_panes == "B2"
    assert matrix.auto_filter.ref == "A1:I4"  # the header and three librarians, not the notes
    assert matrix.column_dimensions["A"].width >= len("Name")

    trainings = workbook(tmp_path, "trainings", "--year", "2025", "--lang", "en")
    activities = trainings.worksheets[1]
    starts = column(activities, "Start")
    assert starts and all(isinstance(v, dt.datetime) for v in starts)  # dates, not text
    assert (
        activities.cell(2, [c.value for c in activities[1]].index("Start") + 1).number_format
        == "yyyy-mm-dd"
    )
    assert all(isinstance(v, (int, float)) for v in column(activities, "JP"))
    costs = trainings.worksheets[2]
    assert all(isinstance(v, (int, float)) for v in column(costs, "Cost") if v is not None)


def test_xlsx_masks_nips_unless_asked_and_repeats_its_bytes(tmp_path: Path) -> None:
    book = workbook(tmp_path, "gaps")
    nips = [v for v in column(book.worksheets[1], "NIP") if v is not None]
    assert nips and all(v.startswith("********") for v in nips)
    first = (tmp_path / "report.xlsx").read_bytes()
    workbook(tmp_path, "gaps")
    assert (tmp_path / "report.xlsx").read_bytes() == first


def test_xlsx_needs_a_file() -> None:
    result = run_cli(["report", "gaps", "--data", BASIC, *TODAY, "--format", "xlsx"])
    assert result.exit_code == 2
    assert "-o" in result.stderr


def test_csv_is_one_table_a_file_and_table_picks_another() -> None:
    base = ["report", "gaps", "--data", BASIC, *TODAY, "--format", "csv", "--lang", "en"]
    main = list(csv.reader(io.StringIO(run_cli(base).stdout.lstrip("\ufeff"))))
    assert main[0][:4] == ["Librarian ID", "Name", "Library ID", "Library"]
    assert all(len(row) == len(main[0]) for row in main)  # no title rows, no second table
    other = list(
        csv.reader(io.StringIO(run_cli([*base, "--table", "competencies"]).stdout.lstrip("\ufeff")))
    )
    assert other[0][:2] == ["Competency", "Competency name"]
    assert all(len(row) == len(other[0]) for row in other)
    refused = run_cli([*base, "--table", "nope"])
    assert refused.exit_code == 2
    assert "matrix, competencies" in refused.stderr


def test_table_names_are_listed_in_help() -> None:
    out = run_cli(["report", "trainings", "--help", "--lang", "en"]).stdout
    flat = " ".join(out.split())
    assert "activities, costs, indicators, levels" in flat


def test_json_keeps_ids_and_adds_names() -> None:
    out = json.loads(
        run_cli(
            ["report", "hours", "--data", BASIC, *TODAY, "--year", "2025", "--format", "json"]
        ).stdout
    )
    names = {(r["employment"], r["employment_name"]) for r in out["tables"][0]["rows"]}
    assert ("pppk", "PPPK") in names and ("pns", "PNS") in names


def test_human_formats_show_names_not_ids() -> None:
    md = run_cli(["report", "gaps", "--data", BASIC, *TODAY, "--format", "markdown"]).stdout
    assert "id\\_" not in md and "ID pustakawan" not in md
    assert "| Nama | Perpustakaan | Jenjang |" in md


def test_terminal_matrix_says_it_shows_gaps_and_wide_shows_levels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = [
        "report",
        "gaps",
        "--data",
        str(Path(__file__).parent.parent / "data"),
        "--today",
        "2026-12-01",
        "--lang",
        "en",
        "--library",
        "pusat",
    ]
    narrow = run_cli(args).stdout
    assert "current/required" not in narrow.split("\n")[3]  # the matrix's heading
    assert "Cell = gap (required - current)" in narrow
    assert max(len(line) for line in narrow.splitlines()) <= 80
    too_narrow = run_cli([*args, "--wide"]).stdout
    assert "needs" in too_narrow and "Cell = gap" in too_narrow
    monkeypatch.setenv("COLUMNS", "160")
    wide = run_cli([*args, "--wide"]).stdout
    assert "Cell = current/required level" in wide
    assert re.search(r"\b\d/\d \d/\d\b", wide)


def test_paper_comes_from_the_option_then_the_settings(tmp_path: Path) -> None:
    page = run_cli(["report", "feedback", "--data", BASIC, *TODAY, "--format", "html"]).stdout
    assert "@page{size:210mm 297mm" in page and "@page wide{size:297mm 210mm}" in page
    folio = run_cli(
        ["report", "feedback", "--data", BASIC, *TODAY, "--format", "html", "--paper", "f4"]
    ).stdout
    assert "@page{size:215mm 330mm" in folio
    folder = tmp_path / "data"
    folder.mkdir()
    for path in Path(BASIC).glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    settings = folder / "pustaka.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "paper: letter\n", encoding="utf-8")
    letter = run_cli(
        ["report", "feedback", "--data", str(folder), *TODAY, "--format", "html"]
    ).stdout
    assert "@page{size:216mm 279mm" in letter
    bad = run_cli(
        ["report", "feedback", "--data", BASIC, *TODAY, "--format", "html", "--paper", "a3"]
    )
    assert bad.exit_code == 2 and "a4, f4, letter" in bad.stderr


def test_a_wide_table_prints_in_column_groups_repeating_the_name() -> None:
    from pustaka_cli.i18n import Translator
    from pustaka_cli.render import document as d
    from pustaka_cli.render.html import html

    columns = (
        d.Column("name", "Name"),
        *(d.Column(f"c{i}", f"competency-{i:02d}", d.MATRIX) for i in range(40)),
    )
    rows = (("Ani Lestari", *(d.MatrixCell(1, 2, 1) for _ in range(40))),)
    page = html(
        d.Document("gaps", "T", "en", (), (d.Table("matrix", "M", columns, rows),)),
        Translator("en"),
    )
    tables = page.split("<table>")[1:]
    assert len(tables) > 1
    assert all("<th>Name</th>" in tb and "Ani Lestari" in tb for tb in tables)
    shown = re.findall(r"competency-\d\d", "".join(tables))
    assert sorted(shown) == sorted(f"competency-{i:02d}" for i in range(40))


def test_a_workbook_replayed_from_the_memo_is_the_same_workbook(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for path in Path(BASIC).glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    args = ["report", "hours", "--data", str(folder), "--today", "2026-06-30"]
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run_cli([*args, "-o", str(first)]).exit_code == 0
    assert list((folder / ".pustaka" / "cache").rglob("*.json"))  # remembered
    assert run_cli([*args, "-o", str(second)]).exit_code == 0
    assert second.read_bytes() == first.read_bytes()
    assert openpyxl.load_workbook(second).sheetnames[0] == "Tentang laporan"

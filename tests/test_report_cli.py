"""``pustaka report`` and ``pustaka explain`` through the command line, against golden files.

Run ``pytest --update-golden`` after an intended change and read the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli

BASIC = str(FOLDERS / "report-basic")
TODAY = ["--today", "2026-06-30"]
REPORTS = {
    "summary": ["report"],
    "gaps": ["report", "gaps"],
    "gaps-target": ["report", "gaps", "--target"],
    "hours": ["report", "hours", "--year", "2025"],
    "explain": ["explain", "ani"],
    "progress": ["report", "progress", "--year", "2025"],
    "trainings": ["report", "trainings", "--year", "2025"],
    "feedback": ["report", "feedback", "--from", "2025-01-01", "--to", "2026-06-30"],
    "mentoring": ["report", "mentoring", "--year", "2025"],
}
FORMATS = {"text": "txt", "markdown": "md", "csv": "csv", "json": "json", "html": "html"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("name", list(REPORTS))
def test_report_golden(name: str, fmt: str, lang: str, golden: object) -> None:
    args = [*REPORTS[name], "--data", BASIC, *TODAY, "--lang", lang, "--format", fmt]
    result = run_cli(args)
    assert (result.exit_code, result.stderr) == (0, "")
    golden(f"report/{name}.{lang}.{FORMATS[fmt]}", result.stdout)  # type: ignore[operator]


def test_same_data_same_bytes() -> None:
    args = ["report", "gaps", "--data", BASIC, *TODAY, "--format", "json"]
    assert run_cli(args).stdout == run_cli(args).stdout


def test_output_file_takes_its_format_from_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "gaps.csv"
    result = run_cli(["report", "gaps", "--data", BASIC, *TODAY, "-o", str(target)])
    assert (result.exit_code, result.stdout) == (0, "")
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert b";" in data.splitlines()[1]  # Indonesian: semicolons and decimal commas
    out = tmp_path / "hours.json"
    run_cli(["report", "hours", "--data", BASIC, *TODAY, "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["report"] == "hours"


def test_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(
        ["report", "--data", BASIC, *TODAY, "--lang", "en", "-o", str(tmp_path / "x.pdf")]
    )
    assert result.exit_code == 2
    assert "cannot tell the format" in result.stderr


def test_nips_are_masked_unless_asked() -> None:
    masked = run_cli(["report", "hours", "--data", BASIC, *TODAY, "--format", "json"]).stdout
    assert "201001" not in masked and "******** ****** * 001" in masked
    shown = run_cli(
        ["report", "hours", "--data", BASIC, *TODAY, "--format", "json", "--show-nip"]
    ).stdout
    assert "19850312 201001 2 001" in shown


def test_filters_select_librarians_and_competencies() -> None:
    args = ["report", "gaps", "--data", BASIC, *TODAY, "--format", "json"]
    body = json.loads(run_cli([*args, "--library", "pusat", "--competency", "katalogisasi"]).stdout)
    matrix = body["tables"][0]
    assert [r["librarian"] for r in matrix["rows"]] == ["ani", "citra"]
    assert [c["key"] for c in matrix["columns"] if c["kind"] == "matrix"] == ["katalogisasi"]
    # an old title selects the grade it stands for
    body = json.loads(run_cli([*args, "--grade", "Pustakawan Pelaksana"]).stdout)
    assert [r["librarian"] for r in body["tables"][0]["rows"]] == ["budi", "ani"]


def test_as_of_changes_levels() -> None:
    args = ["report", "gaps", "--data", BASIC, *TODAY, "--format", "json", "--librarian", "ani"]
    later = json.loads(run_cli(args).stdout)["tables"][0]["rows"][0]
    earlier = json.loads(run_cli([*args, "--as-of", "2026-04-30"]).stdout)["tables"][0]["rows"][0]
    assert later["klasifikasi"] == {"current": None, "required": 1, "gap": None}
    assert earlier["klasifikasi"] == {"current": 3, "required": 1, "gap": 0}


def test_options_before_the_subcommand_apply() -> None:
    before = run_cli(["report", "--data", BASIC, *TODAY, "--year", "2025", "hours"])
    after = run_cli(["report", "hours", "--data", BASIC, *TODAY, "--year", "2025"])
    assert before.exit_code == 0 and before.stdout == after.stdout


def test_explain_one_competency_and_refusals() -> None:
    result = run_cli(
        [
            "explain",
            "ani",
            "klasifikasi",
            "--data",
            BASIC,
            *TODAY,
            "--lang",
            "en",
            "--format",
            "json",
        ]
    )
    body = json.loads(result.stdout)
    verdicts = [r["verdict_code"] for r in body["tables"][1]["rows"]]
    assert verdicts == ["belum-kompeten", "expired"]
    unknown = run_cli(["explain", "anni", "--data", BASIC, *TODAY, "--lang", "en"])
    assert unknown.exit_code == 1
    assert unknown.stderr == "pustaka: there is no librarian `anni`; did you mean `ani`?\n"
    wrong = run_cli(["explain", "ani", "katalog", "--data", BASIC, *TODAY, "--lang", "en"])
    assert wrong.exit_code == 1 and "no competency `katalog`" in wrong.stderr
    by_name = run_cli(["explain", "ani lestari", "--data", BASIC, *TODAY])
    assert by_name.exit_code == 0


def test_usage_errors() -> None:
    both = run_cli(
        [
            "report",
            "hours",
            "--data",
            BASIC,
            *TODAY,
            "--year",
            "2025",
            "--from",
            "2025-01-01",
            "--lang",
            "en",
        ]
    )
    assert (both.exit_code, both.stderr) == (2, "pustaka: use --year or --from/--to, not both.\n")
    bad = run_cli(["report", "--data", BASIC, *TODAY, "--format", "pdf", "--lang", "en"])
    assert bad.exit_code == 2
    date = run_cli(["report", "--data", BASIC, "--as-of", "2026-13-01", "--lang", "en"])
    assert date.exit_code == 2 and "--as-of" in date.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "command",
    [["report"], ["explain"]]
    + [
        ["report", kind]
        for kind in ("gaps", "progress", "hours", "trainings", "feedback", "mentoring")
    ],
)
def test_help_in_both_languages(command: list[str], lang: str) -> None:
    result = run_cli([*command, "--help", "--lang", lang])
    assert result.exit_code == 0
    assert ("--show-nip" in result.stdout) and ("--today" in result.stdout)


@pytest.mark.parametrize("name", list(REPORTS))
def test_terminal_output_fits_80_columns(name: str) -> None:
    for lang in ("id", "en"):
        out = run_cli([*REPORTS[name], "--data", BASIC, *TODAY, "--lang", lang]).stdout
        assert max(len(line) for line in out.splitlines()) <= 80


def test_html_has_a_heatmap_and_bar_charts_and_nothing_from_the_network() -> None:
    gaps = run_cli(["report", "gaps", "--data", BASIC, *TODAY, "--format", "html"]).stdout
    heatmap = gaps.split('<svg class="heatmap"')[1].split("</svg>")[0]
    assert heatmap.count("<g><title>") == 3 * 3  # three librarians x three competencies
    assert heatmap.count("<rect") == 3 * 3 + 6  # and the colour key: 0, 1, 2, 3+, ?, -
    assert 'fill="#fc8d59"' in heatmap  # citra's katalogisasi gap of 2
    hours = run_cli(
        ["report", "hours", "--data", BASIC, *TODAY, "--year", "2025", "--format", "html"]
    ).stdout
    chart = hours.split('<svg class="bars"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 2 + 4 * 2  # legend, then klasikal + nonklasikal per row
    assert (
        chart.count('class="target"') == 2
    )  # a target mark for ani and dedi: a PPPK has a ceiling
    assert "Satuan: jam pelajaran (JP)" in chart or "Unit: lesson hours (JP)" in chart
    for page in (gaps, hours):
        assert "<script" not in page and "src=" not in page and "href=" not in page
        assert page.replace('xmlns="http://www.w3.org/2000/svg"', "").count("http") == 0


def test_filters_naming_nothing_are_refused() -> None:
    result = run_cli(
        ["report", "gaps", "--data", BASIC, *TODAY, "--lang", "en", "--competency", "katalogisai"]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "pustaka: --competency `katalogisai` is not in the data; did you mean `katalogisasi`?\n"
    )
    assert run_cli(["report", "--data", BASIC, *TODAY, "--library", "utara"]).exit_code == 1
    assert run_cli(["report", "--data", BASIC, *TODAY, "--grade", "mahir"]).exit_code == 0


def test_several_data_folders_combine_into_one_report() -> None:
    second = str(FOLDERS / "report-second")
    args = ["--data", BASIC, "--data", second, *TODAY, "--format", "json"]
    summary = json.loads(run_cli(["report", *args]).stdout)
    libraries = [r["library"] for r in summary["tables"][0]["rows"]]
    # each folder's ids in its namespace, a subtotal per folder (tests/test_province.py)
    assert libraries == [
        "report-basic/pusat",
        "report-basic/keliling",
        "report-basic/*",
        "report-second/utara",
        "report-second/*",
        "*",
    ]
    gaps = json.loads(run_cli(["report", "gaps", *args]).stdout)
    eko = next(r for r in gaps["tables"][0]["rows"] if r["librarian"] == "report-second/eko")
    assert (eko["city"], eko["library"], eko["katalogisasi"]) == (
        "report-second",
        "report-second/utara",
        {"current": 1, "required": 2, "gap": 1},
    )


def test_report_on_data_with_errors_says_so_and_still_reports(copy_folder: object) -> None:
    folder = copy_folder(FOLDERS / "report-basic")  # type: ignore[operator]
    evaluations = folder / "evaluations.yaml"
    evaluations.write_text(
        evaluations.read_text(encoding="utf-8").replace("katalogisasi: 4", "katalogisai: 4"),
        encoding="utf-8",
    )
    result = run_cli(["report", "--data", str(folder), *TODAY, "--lang", "en"])
    assert result.exit_code == 0
    assert result.stderr == (
        "pustaka: errors in the data: 1; figures may be incomplete. Run `pustaka check`.\n"
    )
    assert "Development programme summary 2026" in result.stdout


def test_an_unknown_librarian_without_a_near_name_gets_no_empty_suggestion() -> None:
    from conftest import DATA

    result = run_cli(
        ["explain", "zzzzzz", "--data", str(DATA), "--today", "2026-11-21", "--lang", "en"]
    )
    assert (result.exit_code, result.stderr) == (1, "pustaka: there is no librarian `zzzzzz`.\n")

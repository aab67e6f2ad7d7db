"""Every report honours every filter it accepts, or refuses it (issue 12, item 4).

Each report runs once without filters and once with each filter on
``tests/folders/report-filters``, a small programme built so that every filter a report
honours changes what it shows. A filter either changes the report's tables (the echo of
the filter in the parameters and notes does not count), or is refused with exit 2 and a
sentence saying why, in both languages. Which ones are refused is written out below, so a
new silent filter and a new refusal are both seen.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import FOLDERS, run_cli

FOLDER = str(FOLDERS / "report-filters")
PINNED = ["--data", FOLDER, "--today", "2026-11-21", "--no-cache", "--format", "json"]

REPORTS = {
    "summary": ["report"],
    "gaps": ["report", "gaps"],
    "progress": ["report", "progress"],
    "hours": ["report", "hours"],
    "trainings": ["report", "trainings"],
    "feedback": ["report", "feedback"],
    "mentoring": ["report", "mentoring"],
    "explain": ["explain", "ani"],
}
FILTERS = {
    "--library": ["--library", "cabang"],
    "--grade": ["--grade", "terampil"],
    "--competency": ["--competency", "pengadaan-koleksi"],
    "--librarian": ["--librarian", "citra"],
    "--year": ["--year", "2025"],
    "--from": ["--from", "2026-07-01"],
    "--to": ["--to", "2026-06-30"],
    "--as-of": ["--as-of", "2025-06-30"],
    "--target": ["--target"],
}
# What a report cannot honour, and so refuses (``domain.reports``): explain is about one
# librarian and offers no selection at all.
REFUSED = {
    ("gaps", "--year"),
    ("gaps", "--from"),
    ("gaps", "--to"),  # levels on one day: --as-of
    ("progress", "--target"),  # both ends against the current grade
    ("hours", "--competency"),
    ("hours", "--target"),  # JP count whatever they develop
    ("hours", "--from"),  # whole calendar years: --from must be 1 January
    ("trainings", "--target"),
    ("feedback", "--competency"),
    ("feedback", "--target"),
    ("feedback", "--from"),
    ("summary", "--from"),
    *(
        ("explain", f)
        for f in ("--library", "--grade", "--competency", "--librarian", "--year", "--from", "--to")
    ),
}

# Of those, the reports that count whole calendar years and so start on 1 January.
WHOLE_YEARS = {("hours", "--from"), ("feedback", "--from"), ("summary", "--from")}

_runs: dict[tuple[str, ...], Any] = {}


def run(args: list[str]) -> Any:
    key = tuple(args)
    if key not in _runs:
        _runs[key] = run_cli([*args, *PINNED, "--lang", "en"])
    return _runs[key]


def tables(stdout: str) -> list[Any]:
    """What a report shows, without the echo of its options and its notes."""
    return [(t["key"], t["rows"]) for t in json.loads(stdout)["tables"]]


def rows(args: list[str], table: str) -> list[dict[str, Any]]:
    result = run(args)
    assert (result.exit_code, result.stderr) == (0, "")
    return next(t["rows"] for t in json.loads(result.stdout)["tables"] if t["key"] == table)


@pytest.mark.parametrize("option", list(FILTERS))
@pytest.mark.parametrize("report", list(REPORTS))
def test_every_filter_changes_the_report_or_is_refused(report: str, option: str) -> None:
    plain = run(REPORTS[report])
    assert (plain.exit_code, plain.stderr) == (0, "")
    filtered = run([*REPORTS[report], *FILTERS[option]])
    if (report, option) in REFUSED:
        assert filtered.exit_code == 2, filtered.stdout
        assert filtered.stdout == ""
        assert option in filtered.stderr
    else:
        assert (filtered.exit_code, filtered.stderr) == (0, ""), filtered.stderr
        assert tables(filtered.stdout) != tables(plain.stdout), f"{option} changes nothing"


@pytest.mark.parametrize(("report", "option"), sorted((r, o) for r, o in REFUSED if r != "explain"))
def test_a_refusal_says_why_in_both_languages(report: str, option: str) -> None:
    args = [*REPORTS[report], *FILTERS[option], *PINNED]
    english = run_cli([*args, "--lang", "en"])
    indonesian = run_cli([*args, "--lang", "id"])
    assert english.exit_code == indonesian.exit_code == 2
    assert english.stderr.startswith("pustaka: `pustaka report")
    assert indonesian.stderr.startswith("pustaka: `pustaka report")
    assert english.stderr != indonesian.stderr
    if (report, option) in WHOLE_YEARS:  # the date that is not 1 January is named
        assert "2026-07-01" in english.stderr and "2026-07-01" in indonesian.stderr
    else:
        assert option in english.stderr and option in indonesian.stderr
    assert "Traceback" not in english.stderr + indonesian.stderr


def test_a_filter_given_before_the_report_is_refused_too() -> None:
    result = run_cli(["report", "--competency", "otomasi", "hours", *PINNED, "--lang", "en"])
    assert result.exit_code == 2
    assert "`pustaka report hours` does not use --competency" in result.stderr


def test_whole_years_may_start_on_1_january() -> None:
    # hours and feedback count calendar years: a period from 1 January is honoured.
    hours = rows(["report", "hours", "--from", "2025-01-01"], "hours")
    assert {r["year"] for r in hours} == {2025, 2026}
    scores = rows(["report", "feedback", "--from", "2025-01-01"], "libraries")
    assert {r["year"] for r in scores} == {2025, 2026}


def test_the_summary_is_of_one_calendar_year() -> None:
    result = run(["report", "--from", "2025-01-01", "--to", "2026-06-30"])
    assert result.exit_code == 2
    assert "summarises one calendar year" in result.stderr
    assert run(["report", "--from", "2026-01-01", "--to", "2026-06-30"]).exit_code == 0


def test_feedback_by_librarian_counts_only_the_feedback_naming_them() -> None:
    # f-2026-ani (3.8, 6 respondents) is the only feedback naming ani.
    args = ["report", "feedback", "--librarian", "ani"]
    found = [(r["library"], r["year"], r["score"], r["surveys"]) for r in rows(args, "libraries")]
    assert found == [("pusat", 2026, 3.8, 1)]
    notes = json.loads(run(args).stdout)["notes"]
    assert any("names one of the selected librarians" in n for n in notes)
    # and by grade: budi is the only ahli-muda
    args = ["report", "feedback", "--grade", "ahli-muda"]
    found = [(r["library"], r["score"], r["surveys"]) for r in rows(args, "libraries")]
    assert found == [("cabang", 2.5, 1)]


def test_feedback_stops_at_the_end_of_the_period() -> None:
    args = ["report", "feedback", "--to", "2026-06-30"]
    found = {(r["library"], r["surveys"]) for r in rows(args, "libraries")}
    assert found == {("pusat", 1), ("cabang", 1)}  # without September's and October's


def test_hours_stop_at_the_end_of_the_period() -> None:
    # citra: 8 JP in February, 1 of mentoring in May (45 minutes), 12 in August;
    # --to 2026-06-30 counts the first two only.
    def total(*more: str) -> float:
        [row] = rows(["report", "hours", "--librarian", "citra", *more], "hours")
        return float(row["total"])

    assert total() == 21
    assert total("--to", "2026-06-30") == 9


def test_mentoring_by_competency_and_against_the_target() -> None:
    args = ["report", "mentoring", "--competency", "pengadaan-koleksi"]
    assert [(r["mentoring"], r["competency"]) for r in rows(args, "competencies")] == [
        ("m-ani", "pengadaan-koleksi")
    ]
    # ani, ahli-pertama aiming at ahli-muda: pengadaan-koleksi 2 now, 3 for the target.
    plain = {r["competency"]: r["required"] for r in rows(args, "competencies")}
    target = {r["competency"]: r["required"] for r in rows([*args, "--target"], "competencies")}
    assert (plain, target) == ({"pengadaan-koleksi": 2}, {"pengadaan-koleksi": 3})


def test_the_summary_counts_what_the_detailed_reports_select() -> None:
    def figures(*more: str) -> list[tuple[str, int, float]]:
        return [
            (r["library"], r["activities"], r["satisfaction"])
            for r in rows(["report", *more], "libraries")
        ]

    # Activities: those developing the competency, as in `report trainings --competency`.
    assert figures("--competency", "pengadaan-koleksi") == [
        ("pusat", 1, 3.44),
        ("cabang", 0, 3.03),
        ("*", 1, 3.29),
    ]
    # User scores: the feedback naming a selected librarian, as in `report feedback`.
    assert figures("--librarian", "ani") == [("pusat", 2, 3.8)]


def test_trainings_chosen_by_staff_say_whose_figures_they_show() -> None:
    found = json.loads(run(["report", "trainings", "--librarian", "citra"]).stdout)
    assert any("each activity's figures count all its participants" in n for n in found["notes"])
    assert json.loads(run(["report", "trainings"]).stdout)["notes"] == []

"""Numbers at the edges: every number field has a plausible range, checked where it is written.

An integer of 4,301 digits cannot even be converted by Python, and 309 nines is more than
a float holds: both used to pass ``check`` and crash a report. Now each is a located
``out-of-range`` problem, and no report's JSON ever holds ``Infinity`` or ``NaN``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli
from helpers import problems_of
from pustaka_cli.render import document as d
from pustaka_cli.render.formats import json_text
from pustaka_cli.store import records
from pustaka_cli.store.fields import RecordSpec

NUMBER_TYPES = ("int", "number", "levels", "intmap")


def every_spec() -> list[RecordSpec]:
    found: dict[int, RecordSpec] = {}
    todo = [v for v in vars(records).values() if isinstance(v, RecordSpec)]
    while todo:
        spec = todo.pop()
        if id(spec) not in found:
            found[id(spec)] = spec
            todo.extend(f.record for f in spec.fields if f.record is not None)
    return sorted(found.values(), key=lambda spec: spec.name)


def test_every_number_field_has_both_bounds() -> None:
    unbounded = [
        f"{spec.name}.{f.name}"
        for spec in every_spec()
        for f in spec.fields
        if f.type.name in NUMBER_TYPES and (f.minimum is None or f.maximum is None)
    ]
    assert unbounded == []


HUGE = "9" * 5000  # past Python's 4,300-digit limit for int()
OVERFLOW = "9" * 309  # past the largest float: float() gives inf
NEGATIVE = "-" + "9" * 5000

# (file, the text as written in tests/folders/report-basic, the same with {} for the number)
PLACES = [
    ("trainings.yaml", "capacity: 4", "capacity: {}"),
    ("trainings.yaml", "jp: 24", "jp: {}"),
    ("trainings.yaml", "minutes: 270", "minutes: {}"),
    ("trainings.yaml", "cost: 12000000", "cost: {}"),
    ("trainings.yaml", "score: 85, rating: 5", "score: {}, rating: 5"),
    ("trainings.yaml", "score: 85, rating: 5", "score: 85, rating: {}"),
    ("trainings.yaml", "target: 80", "target: {}"),
    ("trainings.yaml", "achieved: 50", "achieved: {}"),
    ("trainings.yaml", "develops: {katalogisasi: 3}", "develops: {{katalogisasi: {}}}"),
    ("feedback.yaml", "respondents: 40", "respondents: {}"),
    ("feedback.yaml", "score: 3.0", "score: {}"),
    ("mentoring.yaml", "minutes: 90", "minutes: {}"),
    ("evaluations.yaml", "year: 2024", "year: {}"),
    ("evaluations.yaml", "levels: {katalogisasi: 2}", "levels: {{katalogisasi: {}}}"),
    ("framework.yaml", "holders: 1", "holders: {}"),
    ("framework.yaml", "level: 4", "level: {}"),
    ("profiles.yaml", "rank: 1", "rank: {}"),
    ("profiles.yaml", "requires: {katalogisasi: 2,", "requires: {{katalogisasi: {},"),
    ("pustaka.yaml", "language: id", "language: id\njp: {{minutes_per_jp: {}}}"),
    ("pustaka.yaml", "language: id", "language: id\njp: {{targets: {{pns: {}}}}}"),
    ("pustaka.yaml", "language: id", "language: id\nlevels: {{pass_score: {}}}"),
    ("pustaka.yaml", "language: id", "language: id\nmentoring: {{max_mentees: {}}}"),
]


@pytest.mark.parametrize("number", [HUGE, OVERFLOW, NEGATIVE], ids=["4301+", "309", "neg"])
@pytest.mark.parametrize(("name", "was", "now"), PLACES, ids=lambda v: str(v)[:24])
def test_a_number_past_its_range_is_a_located_problem(
    tmp_path: Path, name: str, was: str, now: str, number: str
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FOLDERS / "report-basic", folder, ignore=shutil.ignore_patterns(".pustaka"))
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert was in text
    edited = text.replace(was, now.format(number), 1)
    path.write_text(edited, encoding="utf-8")
    line = edited[: edited.index(number)].count("\n") + 1

    found = [p for p in problems_of(folder) if p.loc.path == name and p.loc.line == line]

    codes = {p.code for p in found}
    assert codes & {"out-of-range", "level-out-of-scale"}, codes
    assert all(len(str(value)) <= 40 for p in found for value in p.arg_map.values())


def test_the_json_of_a_report_never_holds_infinity_or_nan() -> None:
    column = d.Column("cost", "Cost", d.MONEY)
    rows = ((float("inf"),), (float("nan"),), (-float("inf"),), (2.5,))
    doc = d.Document("trainings", "T", "en", (), (d.Table("t", "T", (column,), rows),))

    body = json.loads(json_text(doc), parse_constant=pytest.fail)

    assert [row["cost"] for row in body["tables"][0]["rows"]] == [
        None,
        None,
        None,
        3,
    ]  # money: whole, halves away from zero


def test_reports_on_a_folder_with_huge_numbers_do_not_crash(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FOLDERS / "report-basic", folder, ignore=shutil.ignore_patterns(".pustaka"))
    trainings = folder / "trainings.yaml"
    text = trainings.read_text(encoding="utf-8")
    text = text.replace("capacity: 4", f"capacity: {OVERFLOW}").replace(
        "cost: 12000000", f"cost: {OVERFLOW}"
    )
    trainings.write_text(text.replace("minutes: 270", f"minutes: {HUGE}"), encoding="utf-8")
    for args in (
        ["check"],
        ["report", "trainings", "--from", "2025-01-01"],
        ["report", "trainings", "--from", "2025-01-01", "--format", "json"],
        ["report", "trainings", "--from", "2025-01-01", "--format", "html"],
    ):
        run = run_cli(["--lang", "en", *args], cwd=folder)
        assert "Traceback" not in run.stdout + run.stderr
        assert run.exit_code in (0, 1), args
        if "json" in args:
            json.loads(run.stdout, parse_constant=pytest.fail)


@pytest.mark.parametrize("budget", [HUGE, OVERFLOW, "²"])
def test_a_budget_past_any_amount_is_refused(budget: str) -> None:
    run = run_cli(["--lang", "en", "plan", "--budget", budget], cwd=FOLDERS / "plan-basic")
    assert run.exit_code == 2
    assert "--budget" in run.stderr

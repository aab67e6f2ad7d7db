"""The library face for reading (``api/reading.py``), driven without the command line.

Each flow is asked twice: through the face, as a program would, and through ``pustaka``
itself; the answers must be the same bytes, with and without the cache.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import DATA, FOLDERS, run_cli
from pustaka_cli.api import reading
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.i18n import Translator
from pustaka_cli.render.problems import as_text

TODAY = dt.date(2026, 6, 30)
DAY = ["--today", TODAY.isoformat()]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns(".pustaka"))
    return target


@pytest.fixture
def basic(tmp_path: Path) -> Path:
    target = tmp_path / "basic"
    shutil.copytree(FOLDERS / "report-basic", target, ignore=shutil.ignore_patterns(".pustaka"))
    return target


@pytest.mark.parametrize("cache", [False, True])
def test_check_through_the_face_is_pustaka_check(data: Path, cache: bool) -> None:
    for _ in range(2 if cache else 1):  # with the cache: filled, then answered from it
        found = reading.check([data], TODAY, cache=cache)
        cli = run_cli(["--lang", "en", "check", "--data", str(data), *DAY, "--no-cache"])
        assert found and cli.exit_code == 1
        assert as_text(found, Translator("en")) == cli.stdout


# (request fields, the same asked on the command line)
FLOWS = [
    ({"report": "gaps"}, ["report", "gaps"]),
    ({"report": "summary", "format": "json"}, ["report", "--format", "json"]),
    ({"report": "hours", "year": 2025, "format": "csv"}, ["report", "hours", "--year", "2025",
                                                           "--format", "csv"]),
    ({"report": "progress", "libraries": ("pusat",), "format": "markdown"},
     ["report", "progress", "--library", "pusat", "--format", "markdown"]),
    ({"report": "trainings", "start": dt.date(2025, 1, 1), "table": "costs"},
     ["report", "trainings", "--from", "2025-01-01", "--table", "costs"]),
    ({"report": "explain", "librarian": "ani", "competency": "katalogisasi"},
     ["explain", "ani", "katalogisasi"]),
]  # fmt: skip


@pytest.mark.parametrize("cache", [False, True])
@pytest.mark.parametrize(("fields", "args"), FLOWS, ids=lambda x: str(x)[:40])
def test_reports_through_the_face_are_pustaka_report(
    basic: Path, fields: dict[str, object], args: list[str], cache: bool
) -> None:
    request = reading.ReportRequest(folders=(basic,), today=TODAY, lang="en", **fields)  # type: ignore[arg-type]
    said: list[str] = []
    answers = [reading.report(request, cache=cache, notice=said.append) for _ in range(2)]
    cli = run_cli(["--lang", "en", *args, "--data", str(basic), *DAY, "--no-cache"])
    assert cli.exit_code == 0, cli.stderr
    assert answers[0] == answers[1]
    body = answers[0].body
    assert isinstance(body, str) and body
    assert body.replace("\r\n", "\n") == cli.stdout  # the runner reads stdout as text
    assert said == [] and cli.stderr == ""


def test_the_line_about_errors_is_told_at_once_and_again_from_the_cache(basic: Path) -> None:
    evaluations = basic / "evaluations.yaml"
    text = evaluations.read_text(encoding="utf-8")
    evaluations.write_text(text.replace("katalogisasi: 4", "katalogisai: 4"), encoding="utf-8")
    request = reading.ReportRequest("gaps", (basic,), TODAY, lang="en")
    said: list[str] = []
    first = reading.report(request, notice=said.append)
    second = reading.report(request, notice=said.append)  # from the cache
    assert first == second and first.notice is not None
    assert said == [first.notice, first.notice]
    cli = run_cli(["--lang", "en", "report", "gaps", "--data", str(basic), *DAY])
    assert cli.stderr == f"pustaka: {first.notice}\n"


def test_a_workbook_is_bytes(basic: Path, tmp_path: Path) -> None:
    target = tmp_path / "gaps.xlsx"
    request = reading.ReportRequest("gaps", (basic,), TODAY, output=target)
    answer = reading.report(request)
    assert isinstance(answer.body, bytes) and answer.body.startswith(b"PK")
    assert reading.report(request) == answer  # kept as base64, given back as the bytes
    assert run_cli(["report", "gaps", "--data", str(basic), *DAY, "-o", str(target)]).exit_code == 0
    assert target.read_bytes() == answer.body


def test_a_request_is_typed_and_says_its_filters() -> None:
    request = reading.ReportRequest("gaps", (DATA,), TODAY, year=2025, target=True)
    assert request.filters == {"year", "target"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.year = 2024  # type: ignore[misc]


@pytest.mark.parametrize(
    "fields",
    [
        {"report": "gaps", "year": 2025},  # gaps shows levels on one day
        {"report": "hours", "year": 2025, "start": dt.date(2025, 1, 1)},
        {"report": "gaps", "libraries": ("nowhere",)},
        {"report": "gaps", "format": "yaml"},
    ],
)
def test_a_request_the_report_cannot_honour_is_refused(
    basic: Path, fields: dict[str, object]
) -> None:
    request = reading.ReportRequest(folders=(basic,), today=TODAY, **fields)  # type: ignore[arg-type]
    with pytest.raises(PustakaError) as refused:
        reading.report(request, cache=False)
    assert isinstance(refused.value, UsageError) or refused.value.key.startswith("report.")


def test_open_workspace_is_what_a_report_reads(basic: Path) -> None:
    opened = reading.open_workspace([basic], TODAY)
    assert opened == reading.open_workspace([basic], TODAY, cache=False)
    assert opened.problems == reading.check([basic], TODAY)
    assert [x.id for x in opened.dataset.librarians]


def test_a_report_after_check_and_a_check_after_a_report_check_nothing_again(
    basic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pustaka_cli.domain import checks

    calls: list[int] = []
    real = checks.check

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "check", counted)
    found = reading.check([basic], TODAY)  # file by file: not checks.check
    gaps = reading.report(reading.ReportRequest("gaps", (basic,), TODAY))
    assert calls == []  # the report took check's problems
    hours = reading.report(reading.ReportRequest("hours", (basic,), TODAY + dt.timedelta(1)))
    assert calls == [1]  # another day: checked with the report's read
    assert reading.check([basic], TODAY + dt.timedelta(1)) == reading.check(
        [basic], TODAY + dt.timedelta(1), cache=False
    )
    assert calls == [1, 1]  # the check without cache; the cached one took the report's
    assert gaps == reading.report(reading.ReportRequest("gaps", (basic,), TODAY), cache=False)
    assert hours.body and found == reading.check([basic], TODAY, cache=False)

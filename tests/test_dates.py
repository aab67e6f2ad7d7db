"""One way to write a date, wherever pustaka reads one (``pustaka_cli.dates``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli
from pustaka_cli.dates import NotADate, read_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-03-10", dt.date(2025, 3, 10)),
        (" 2025-03-10 ", dt.date(2025, 3, 10)),  # a cell's or an answer's spaces
        ("2024-02-29", dt.date(2024, 2, 29)),  # a leap day
    ],
)
def test_a_date_is_year_month_day(text: str, day: dt.date) -> None:
    assert read_date(text) == day


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("20250310", "format"),  # Python's fromisoformat takes it; no file may hold it
        ("2025-W11-1", "format"),  # an ISO week date: the same
        ("10/03/2025", "format"),  # the 10th of March or the 3rd of October?
        ("2025-3-10", "format"),
        ("", "format"),
        ("2025-02-29", "calendar"),  # 2025 is no leap year
        ("2025-13-01", "calendar"),
    ],
)
def test_anything_else_is_refused_saying_why(text: str, reason: str) -> None:
    with pytest.raises(NotADate) as refused:
        read_date(text)
    assert refused.value.reason == reason


def _digest(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and ".pustaka" not in p.parts)
    return hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()


@pytest.mark.parametrize("text", ["20261121", "2026-W47-6"])
def test_an_option_takes_only_what_a_file_takes(text: str) -> None:
    result = run_cli(["report", "--data", str(FOLDERS / "write-basic"), "--today", text])
    assert result.exit_code == 2
    assert f"--today must be a date YYYY-MM-DD, not `{text}`." in result.stderr


def test_a_new_record_takes_only_what_a_file_takes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FOLDERS / "write-basic", folder, ignore=shutil.ignore_patterns(".pustaka"))
    before = _digest(folder)
    args = ["feedback", "--score", "3", "--date", "20261101"]
    result = run_cli([*args, "--data", str(folder), "--lang", "en", "--today", "2026-11-21"])
    assert result.exit_code != 0
    assert "`20261101` is not a valid date YYYY-MM-DD" in result.stderr
    assert _digest(folder) == before

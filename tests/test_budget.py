"""Large files: a total budget for one command's YAML, and files past the limit left unread.

A load takes about ten times its files' size in memory: four 60 MB files took 152 s and
1.9 GB. One command now reads at most ``MAX_TOTAL_BYTES`` of YAML, refused before a line
is read; a file past ``MAX_BYTES`` is a located problem without being read at all.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli
from helpers import problems_of
from pustaka_cli.store import folder as store_folder
from pustaka_cli.store.files import TooLarge, read_whole

BUDGET = 40_000  # bytes, for the test: the folder below holds more


@pytest.fixture
def big_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FOLDERS / "write-basic", data, ignore=shutil.ignore_patterns(".pustaka"))
    (data / "evaluations").mkdir(exist_ok=True)
    records = "".join(
        f"  - {{librarian: ani, kind: self, date: 2025-01-{1 + n % 28:02}, "
        f"levels: {{katalogisasi: 2}}}}\n"
        for n in range(400)
    )
    for n in range(2):
        (data / "evaluations" / f"part{n}.yaml").write_text("evaluations:\n" + records)
    monkeypatch.setattr(store_folder, "MAX_TOTAL_BYTES", BUDGET)
    return data


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every record file's bytes (.pustaka/ holds the lock and caches, not records)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and ".pustaka" not in p.parts
    }


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--no-cache", "--format", "json"],
        ["report", "gaps"],
        ["report", "trainings", "--format", "json"],
        ["enroll", "t-kat", "ani"],
        ["add", "librarian", "--id", "baru", "--name", "Pustakawan Baru"],
    ],
    ids=lambda args: "-".join(args[:2]),
)
def test_a_folder_past_the_budget_is_refused_before_reading(
    big_folder: Path, args: list[str]
) -> None:
    before = snapshot(big_folder)

    run = run_cli(["--lang", "en", *args], cwd=big_folder)

    assert run.exit_code == 1
    assert "pustaka reads at most 0 MB in one command" in run.stderr  # 40,000 bytes
    assert "Traceback" not in run.stderr
    assert snapshot(big_folder) == before


def test_a_folder_within_the_budget_is_read(big_folder: Path) -> None:
    store_folder.MAX_TOTAL_BYTES = 10 * BUDGET  # restored by the fixture's monkeypatch
    run = run_cli(["--lang", "en", "check", "--no-cache"], cwd=big_folder)
    assert "reads at most" not in run.stderr


def test_a_file_past_the_limit_is_never_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as f:
        f.truncate(5 * 1024**3)  # 5 GB, sparse: reading it would take the memory
    with pytest.raises(TooLarge) as caught:
        read_whole(huge, limit=64 * 1024 * 1024)
    assert caught.value.size == 5 * 1024**3


def test_a_record_file_past_the_limit_is_a_located_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FOLDERS / "write-basic", data, ignore=shutil.ignore_patterns(".pustaka"))
    path = data / "feedback.yaml"
    path.write_bytes(b"feedback:\n" + b"# padding\n" * 500)
    monkeypatch.setattr(store_folder, "MAX_BYTES", 1000)

    found = [p for p in problems_of(data) if p.loc.path == "feedback.yaml"]

    assert [(p.code, p.arg_map["size_mb"]) for p in found] == [("file-too-large", "0.1")]
    assert os.path.getsize(path) == 5010

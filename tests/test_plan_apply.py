"""`pustaka plan --apply`: the plan's enrolments through the same safe writer as enroll."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import DATA, run_cli
from pustaka_cli.store.folder import load

ARGS = ["plan", "--budget", "30000000", "--today", "2026-11-21", "--lang", "en"]


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".pustaka" not in p.parts
    }


def enrolled(folder: Path) -> set[tuple[str, str]]:
    return {
        (t.id, p.librarian)
        for t in load(folder).dataset.trainings
        for p in t.participants
        if p.state == "enrolled"
    }


def test_apply_enrols_what_the_plan_shows(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    before = enrolled(folder)
    shown = run_cli([*ARGS, "--data", str(folder)])
    applied = run_cli([*ARGS, "--data", str(folder), "--apply", "--yes"])
    assert applied.exit_code == 0, applied.stderr
    assert applied.stdout.startswith(shown.stdout)  # the same plan, then what was written
    added = enrolled(folder) - before
    # 23 since issue 12: yohana-h (PPPK) is no longer seated to make up a JP "shortfall"
    assert len(added) == 23
    assert "23 enrolments from the plan in 2 activities" in applied.stdout
    assert run_cli(["check", "--data", str(folder), "--today", "2026-11-21"]).exit_code == 0
    again = run_cli([*ARGS, "--data", str(folder), "--apply", "--yes"])
    assert "This plan adds nobody" in again.stdout


def test_apply_asks_first_and_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    before = digest(folder)
    refused = run_cli([*ARGS, "--data", str(folder), "--apply"])  # no terminal, no --yes
    assert refused.exit_code == 1
    dry = run_cli([*ARGS, "--data", str(folder), "--apply", "--dry-run"])
    assert dry.exit_code == 0
    assert "+      - librarian:" in dry.stdout
    assert digest(folder) == before


def test_budget_zero_applies_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    before = digest(folder)
    result = run_cli(
        [
            "plan",
            "--budget",
            "0",
            "--today",
            "2026-11-21",
            "--lang",
            "en",
            "--data",
            str(folder),
            "--apply",
            "--yes",
        ]
    )
    assert result.exit_code == 0
    assert "This plan adds nobody" in result.stdout
    assert digest(folder) == before

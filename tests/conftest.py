"""Shared test helpers: running the CLI as a user would, and golden files.

Run ``pytest --update-golden`` to rewrite golden files after an intended change, then
read the diff before committing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
FOLDERS = Path(__file__).resolve().parent / "folders"

# A pinned terminal: output must not depend on the machine running the tests.
PINNED_ENV = {"COLUMNS": "80", "LINES": "40", "NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8"}
CLEARED_ENV = ("PUSTAKA_DATA", "PUSTAKA_TODAY", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "FORCE_COLOR")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CLEARED_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in PINNED_ENV.items():
        monkeypatch.setenv(name, value)


def run_cli(args: list[str], cwd: Path | None = None, input: str | None = None) -> Run:
    """Run pustaka in-process through Click's runner, as the shell would call it."""
    from pustaka_cli.cli import app_for

    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app_for(args), args, input=input, catch_exceptions=False)
    finally:
        os.chdir(old)
    return Run(result.exit_code, result.stdout, result.stderr)


def run_process(
    args: list[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> Run:
    """Run pustaka as a real subprocess (``python -m pustaka_cli``)."""
    full_env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    full_env.update(PINNED_ENV)
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "pustaka_cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli() -> object:
    return run_cli


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> object:
    """Compare text with ``tests/golden/<name>``; ``--update-golden`` rewrites it."""
    update = request.config.getoption("--update-golden")

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {name} is missing: run pytest --update-golden")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
            return
        assert text == path.read_text(encoding="utf-8"), f"output differs from golden/{name}"

    return check


@pytest.fixture
def copy_folder(tmp_path: Path) -> Iterator[object]:
    """Copy a data folder into tmp_path so a test may change it. Without its cache
    (``.pustaka``): other tests write there while this one copies (with ``-n 2`` a copy
    could meet a memo being replaced or pruned), and a copy starts with none anyway."""

    def copy(source: Path, name: str = "data") -> Path:
        target = tmp_path / name
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".pustaka"))
        return target

    yield copy

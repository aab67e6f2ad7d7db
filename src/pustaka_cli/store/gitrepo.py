"""Committing a written record file in the data folder's git repository (``--commit``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pustaka_cli.errors import PustakaError


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as err:
        raise PustakaError("error.git-failed", reason=str(err)) from None


def ensure_repository(folder: Path) -> None:
    """Refuse, before anything is written, when the folder is not in a git repository."""
    try:
        done = _git(folder, "rev-parse", "--show-toplevel")
    except PustakaError:  # no git at all
        raise PustakaError("error.not-a-repository", folder=folder) from None
    if done.returncode != 0:
        raise PustakaError("error.not-a-repository", folder=folder)


def commit(folder: Path, paths: list[str], message: str) -> None:
    """Commit only ``paths`` (relative to ``folder``), whatever else is staged or changed."""
    if not paths:
        return
    for args in (("add", "--", *paths), ("commit", "-q", "-m", message, "--", *paths)):
        done = _git(folder, *args)
        if done.returncode != 0:
            reason = (done.stderr or done.stdout).strip().splitlines()
            raise PustakaError("error.git-failed", reason=reason[-1] if reason else args[0])


def check_alone(folder: Path, proposed: list[object]) -> None:
    """Placeholder replaced below."""

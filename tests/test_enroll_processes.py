"""Real pustaka processes writing at once, and killed while writing: nothing is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CLEARED_ENV, PINNED_ENV, run_process
from pustaka_cli.store.folder import load

TODAY = "2026-11-21"
PEOPLE = [f"pustakawan-{n:02d}" for n in range(1, 31)]


def make_folder(root: Path, capacity: int | None) -> Path:
    root.mkdir()
    (root / "pustaka.yaml").write_text(
        "organisation: Dinas Perpustakaan Kota Contoh   # fictional\n", encoding="utf-8"
    )
    lines = ["# thirty fictional librarians", "librarians:"]
    for person in PEOPLE:
        lines += [f"  - id: {person}", f"    name: Pustakawan {person[-2:]}", ""]
    (root / "librarians.yaml").write_text("\n".join(lines), encoding="utf-8")
    cap = f"    capacity: {capacity}   # seats\n" if capacity is not None else ""
    (root / "trainings.yaml").write_text(
        "# one activity everybody wants\n"
        "trainings:\n"
        "  - id: 2026-bimtek\n"
        "    title: Bimtek Layanan Referensi\n"
        "    type: bimtek\n"
        "    start: 2026-12-01\n" + cap + "    participants:\n"
        "      # filled by pustaka enroll\n",
        encoding="utf-8",
    )
    # `participants:` with nothing after it is null: the first enrol fills it
    return root


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env.update(PINNED_ENV)
    env["PUSTAKA_TODAY"] = TODAY
    return env


def start(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pustaka_cli", *args, "--data", str(folder), "--lang", "en"],
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def participants(folder: Path) -> dict[str, str]:
    loaded = load(folder)
    assert [p for p in loaded.problems if p.severity.value == "error"] == []
    (training,) = loaded.dataset.trainings
    return {p.librarian: p.state for p in training.participants}


@pytest.mark.slow
def test_twenty_concurrent_enrols_all_land(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "data", capacity=10)
    people = PEOPLE[:20]
    running = [start(folder, "enroll", "2026-bimtek", person) for person in people]
    results = [(p.wait(timeout=120), p.communicate()) for p in running]
    assert [(code, err) for code, (_, err) in results] == [(0, "")] * 20
    seats = participants(folder)
    assert sorted(seats) == people
    assert sorted(seats.values()) == ["enrolled"] * 10 + ["waitlisted"] * 10
    # every process was told the truth about its own seat
    for person, (_, (out, _)) in zip(people, results, strict=True):
        assert ("waitlisted" in out) == (seats[person] == "waitlisted")
    check = run_process(["check", "--data", str(folder), "--today", TODAY])
    assert (check.exit_code, check.stdout) == (0, "")
    assert not list(folder.glob(".*.tmp"))


@pytest.mark.slow
def test_killed_writers_never_tear_a_file_or_lose_a_reported_write(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "data", capacity=None)
    rng = random.Random(20261121)
    # how long one whole write takes on this machine, now: kills land across all of it
    began = time.monotonic()
    first = start(folder, "enroll", "2026-bimtek", PEOPLE[0])
    assert first.wait(timeout=60) == 0
    first.communicate()
    whole = time.monotonic() - began
    reported: list[str] = [PEOPLE[0]]
    killed = 0
    for n, person in enumerate(PEOPLE[1:], start=1):
        proc = start(folder, "enroll", "2026-bimtek", person)
        # every fifth runs to the end, so that some writes surely report success; the
        # others are killed somewhere in a whole write, most of them before it ends
        deadline = time.monotonic() + (60 if n % 5 == 0 else rng.uniform(0.2, 1.1) * whole)
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
        out, _ = proc.communicate()
        if proc.returncode == 0 and "enrolled in 2026-bimtek" in out:
            reported.append(person)
        # whatever the moment of the kill, the file is whole and checks clean
        seats = participants(folder)
        assert set(reported) <= set(seats)
    assert len(reported) >= 6
    assert killed >= 1
    check = run_process(["check", "--data", str(folder), "--today", TODAY])
    assert (check.exit_code, check.stdout) == (0, "")
    # the next writer cleans up temp files a killed one left behind
    proc = start(folder, "enroll", "2026-bimtek", "pustakawan-30")
    proc.communicate(timeout=60)
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_concurrent_commits_each_hold_exactly_their_own_change(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "data", capacity=None)

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, text=True, check=True
        ).stdout

    git("init", "-q")
    git("config", "user.email", "koordinator@example.org")
    git("config", "user.name", "Koordinator")
    (folder / ".gitignore").write_text(".pustaka/lock\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "start")
    people = PEOPLE[:6]
    running = [start(folder, "enroll", "2026-bimtek", p, "--commit") for p in people]
    assert [(p.wait(timeout=120), p.communicate()[1]) for p in running] == [(0, "")] * 6
    for person in people:
        sha = git("log", "--format=%H", "--grep", f"enroll: {person} enrolled").split()
        assert len(sha) == 1
        added = [
            line
            for line in git("show", "--format=", sha[0]).splitlines()
            if line.startswith("+") and not line.startswith("+++")
        ]
        assert any(f"librarian: {person}" in line for line in added)
        assert not [line for line in added for other in people if other != person and other in line]
    assert git("status", "--porcelain") == ""

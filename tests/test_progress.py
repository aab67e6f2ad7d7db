"""Progress of a load: the store tells a plain callable, the command line draws the bar.

No timing here: these tests prove only that the counts are right and only grow, and that
nothing is drawn on a stderr that is not a terminal.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import sys
from pathlib import Path

import pytest

from pustaka_cli.api.reading import open_workspace
from pustaka_cli.cli import common
from pustaka_cli.store.folder import YAML_SUFFIXES
from pustaka_cli.workspace import open_folders

ROOT = Path(__file__).resolve().parents[1]


def record_files(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.suffix in YAML_SUFFIXES and p.name != "pustaka.yaml" and ".pustaka" not in p.parts
    ]


def recorded(folder: Path, cache: bool) -> list[tuple[int, int, int]]:
    calls: list[tuple[int, int, int]] = []
    day = dt.date(2026, 11, 21)
    open_workspace([folder], day, cache=cache, progress=lambda *told: calls.append(told))
    return calls


def assert_growing(calls: list[tuple[int, int, int]]) -> None:
    for (done, total, size), (done2, total2, size2) in itertools.pairwise(calls):
        assert done2 == done + 1
        assert total2 >= total
        assert size2 >= size
    assert all(done <= total for done, total, _ in calls)


@pytest.mark.parametrize("use_cache", [False, True])
def test_load_tells_every_file_with_growing_counts(use_cache: bool, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns(".pustaka"))
    files = record_files(data)
    for _ in range(2 if use_cache else 1):  # with the cache: filling it, then answering from it
        calls = recorded(data, cache=use_cache)
        assert_growing(calls)
        assert calls[-1] == (len(files), len(files), sum(p.stat().st_size for p in files))


def test_several_folders_count_on(tmp_path: Path) -> None:
    folders = []
    for name in ("kota-a", "kota-b"):
        shutil.copytree(ROOT / "data", tmp_path / name, ignore=shutil.ignore_patterns(".pustaka"))
        folders.append(tmp_path / name)
    calls: list[tuple[int, int, int]] = []
    open_folders(folders, dt.date(2026, 11, 21), progress=lambda *told: calls.append(told))
    assert_growing(calls)
    files = [p for f in folders for p in record_files(f)]
    assert calls[-1] == (len(files), len(files), sum(p.stat().st_size for p in files))


def test_no_bar_before_the_delay() -> None:
    bar = common.LoadBar(delay=3600)
    bar(1, 10, 100)
    assert bar._bar is None
    bar.close()


def test_the_bar_draws_and_is_closed(capsys: pytest.CaptureFixture[str]) -> None:
    bar = common.LoadBar(delay=0)
    for done in range(1, 4):
        bar(done, 3, done * 1000)
    assert bar._bar is not None
    bar.close()
    assert bar._bar is None


def test_nothing_on_stderr_that_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[common.LoadBar] = []
    monkeypatch.setattr(common, "LoadBar", lambda: made.append(object()))  # type: ignore[arg-type]
    assert not sys.stderr.isatty()
    monkeypatch.setitem(os.environ, "PUSTAKA_NO_CACHE", "1")
    common.load_checked([ROOT / "data"], dt.date(2026, 11, 21))
    assert made == []
    assert capsys.readouterr().err == ""

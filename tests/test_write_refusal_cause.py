"""A write refused on a folder with an unreadable file names that file's problem first."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import run_process

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_refused_write_names_the_unreadable_file_first(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns(".pustaka"))
    librarians = folder / "librarians.yaml"
    text = librarians.read_text(encoding="utf-8")
    librarians.write_text(text.replace("name: ", 'name: "', 1), encoding="utf-8")
    before = librarians.read_bytes()
    done = run_process(
        [
            "enroll",
            "2026-bimbingan-slims-keliling",
            "rosmala-s",
            "--data",
            str(folder),
            "--lang",
            "en",
        ]
    )
    assert done.exit_code == 1
    first = done.stderr.splitlines()[0]
    assert "librarians.yaml:" in first and "error[yaml-" in first, done.stderr
    assert "not-checked" in done.stderr and "unknown-librarian" not in done.stderr
    assert librarians.read_bytes() == before

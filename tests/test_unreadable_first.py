"""A broken librarians.yaml is named first, and what it hides is one line, not hundreds.

With a merge conflict, an unclosed quote or a tab in librarians.yaml, every reference to a
librarian elsewhere is unknown: ``check`` used to print hundreds of ``unknown-librarian``
lines, before the file's own problem because other files sort first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from helpers import make_folder
from pustaka_cli.problems import Loc, Problem, unreadable_first

LIBRARIANS = "".join(
    f"  - {{id: p{n:02}, name: Pustakawan {n:02}, library: pusat}}\n" for n in range(30)
)


def training_file(year: int) -> str:
    lines = [
        "trainings:\n",
        f"  - id: t{year}\n    title: Pelatihan {year}\n    type: pelatihan\n",
        f"    start: {year}-03-10\n    capacity: 40\n    participants:\n",
    ]
    lines += [f"      - {{librarian: p{n:02}, state: completed}}\n" for n in range(30)]
    return "".join(lines)


BREAKAGES = {
    "conflict": "<<<<<<< HEAD\n  - {id: x1, name: X}\n=======\n  - {id: x2, name: Y}\n"
    ">>>>>>> other\n",
    "quote": '  - {id: x1, name: "Unclosed}\n',
    "tab": "  - id: x1\n\tname: X\n",
}


def broken_folder(root: Path, breakage: str) -> Path:
    files = {f"trainings/{year}.yaml": training_file(year) for year in (2023, 2024, 2025)}
    files["librarians.yaml"] = "librarians:\n" + LIBRARIANS + BREAKAGES[breakage]
    return make_folder(root, files)


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_unreadable_file_comes_first_and_its_consequences_in_one_line(
    tmp_path: Path, breakage: str, lang: str
) -> None:
    folder = broken_folder(tmp_path / "data", breakage)

    run = run_cli(["--lang", lang, "check", "--no-cache"], cwd=folder)

    assert run.exit_code == 1
    lines = [line for line in run.stdout.splitlines() if not line.startswith("    ")]
    assert lines[0].startswith("librarians.yaml:")
    assert "unknown-librarian" not in run.stdout
    summary = [line for line in lines if "[not-checked]" in line]
    assert len(summary) == 1
    said = {
        "en": "could not be read: 90 reference(s) in 3 file(s) not checked",
        "id": "tidak dapat dibaca: 90 rujukan di 3 berkas tidak diperiksa",
    }[lang]
    assert said in summary[0]
    assert len(lines) <= 5


def test_the_json_keeps_every_problem(tmp_path: Path) -> None:
    folder = broken_folder(tmp_path / "data", "conflict")

    run = run_cli(["--lang", "en", "check", "--no-cache", "--format", "json"], cwd=folder)

    codes = [p["code"] for p in json.loads(run.stdout)["problems"]]
    assert codes.count("unknown-librarian") == 90
    assert "not-checked" not in codes


def test_without_an_unreadable_file_nothing_is_hidden() -> None:
    found = [
        Problem(Loc("trainings.yaml", 9, 20), "unknown-librarian"),
        Problem(Loc("librarians.yaml", 3, 1), "yaml-duplicate-key"),  # read all the same
        Problem(Loc("evaluations.yaml", 2, 1), "yaml-tab"),  # nothing refers to evaluations
    ]
    assert unreadable_first(found) == found


def test_a_folder_of_librarian_files_is_one_kind() -> None:
    found = [
        Problem(Loc("city/trainings.yaml", 9, 20), "unknown-librarian"),
        Problem(Loc("city/trainings.yaml", 9, 40), "unknown-training"),
        Problem(Loc("city/librarians/pusat.yaml", 3, 1), "yaml-tab"),
        Problem(Loc("city/librarians/pusat.yaml", 5, 1), "yaml-tab"),
    ]
    shown = unreadable_first(found)
    assert [(p.loc.path, p.code) for p in shown] == [
        ("city/librarians/pusat.yaml", "yaml-tab"),
        ("city/librarians/pusat.yaml", "yaml-tab"),
        ("city/librarians/pusat.yaml", "not-checked"),
        ("city/trainings.yaml", "unknown-training"),
    ]
    assert shown[2].arg_map == {
        "files": "city/librarians/pusat.yaml",
        "count": "1",
        "in_files": "1",
    }

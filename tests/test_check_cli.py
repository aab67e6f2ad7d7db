"""`pustaka check` as a coordinator runs it: on the shipped data, examples, broken files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, EXAMPLES, run_cli, run_process
from helpers import make_folder

TODAY = "--today=2026-11-21"
EXAMPLE_FOLDERS = sorted(
    p for p in EXAMPLES.glob("*") if (p / "pustaka.yaml").is_file() and p.name != "broken"
)


def test_shipped_data_checks_clean() -> None:
    result = run_cli(["check", "--data", str(DATA), TODAY, "--strict"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("folder", EXAMPLE_FOLDERS, ids=lambda p: p.name)
def test_each_example_checks_clean(folder: Path) -> None:
    result = run_cli(["check", "--data", str(folder), TODAY, "--strict"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_there_is_an_example_per_seed_city() -> None:
    names = {p.name for p in EXAMPLE_FOLDERS}
    assert names >= {"bandar-lampung", "bukittinggi", "pematang-siantar", "lubuklinggau", "cilegon"}


def expected_broken() -> list[str]:
    lines = (EXAMPLES / "broken" / "EXPECTED").read_text(encoding="utf-8").splitlines()
    return sorted(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def test_every_planted_mistake_is_reported_at_its_line() -> None:
    result = run_process(["check", "--data", str(EXAMPLES / "broken"), TODAY, "--format", "json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    found = json.loads(result.stdout)["problems"]
    reported = sorted({f"{p['path']}:{p['line']}: {p['code']}" for p in found})
    assert reported == expected_broken()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_broken_folder_in_both_languages(lang: str, golden: object) -> None:
    result = run_cli(["check", "--data", str(EXAMPLES / "broken"), TODAY, "--lang", lang])
    assert result.exit_code == 1
    golden(f"check/broken.{lang}.txt", result.stdout + "--- stderr\n" + result.stderr)  # type: ignore[operator]


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path, {"librarians.yaml": "librarians:\n  - {id: a, name: A, nmae: A}\n"}
    )
    relaxed = run_cli(["check", "--data", str(folder), TODAY, "--lang", "en"])
    assert relaxed.exit_code == 0
    assert relaxed.stdout == (
        "librarians.yaml:2:22: warning[unknown-key]: unknown key `nmae` in librarian; it is ignored\n"
        "    hint: did you mean `name`?\n"
    )
    assert relaxed.stderr == "pustaka: 0 error(s), 1 warning(s).\n"
    assert run_cli(["check", "--data", str(folder), TODAY, "--strict"]).exit_code == 1


def test_json_output_shape(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path, {"librarians.yaml": "librarians:\n  - {id: a, name: A, grade: x}\n"}
    )
    result = run_cli(["check", "--data", str(folder), TODAY, "--format", "json", "--lang", "en"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "problems": [
            {
                "path": "librarians.yaml",
                "line": 2,
                "column": 29,
                "severity": "error",
                "code": "unknown-grade",
                "message": "unknown grade `x`",
                "hint": "grades are defined in `profiles.yaml` (without that file: the default"
                " profiles)",
            }
        ],
        "errors": 1,
        "warnings": 0,
    }


def test_language_from_settings_then_flag(tmp_path: Path) -> None:
    folder = make_folder(
        tmp_path,
        {"librarians.yaml": "librarians:\n  - {id: a, name: A, grade: x}\n"},
        settings="organisation: X\nlanguage: en\n",
    )
    assert "unknown grade" in run_cli(["check", "--data", str(folder), TODAY]).stdout
    assert (
        "tidak dikenal" in run_cli(["check", "--data", str(folder), TODAY, "--lang", "id"]).stdout
    )


def test_data_folder_is_found_upward(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "repo", {})
    (folder / "trainings" / "2026").mkdir(parents=True)
    result = run_cli(["check", TODAY], cwd=folder / "trainings" / "2026")
    assert (result.exit_code, result.stdout) == (0, "")


def test_data_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_folder(tmp_path / "repo", {})
    monkeypatch.setenv("PUSTAKA_DATA", str(folder))
    assert run_cli(["check", TODAY], cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [("id", "tidak ada folder data"), ("en", "no data folder")],
)
def test_no_data_folder_says_how_to_start(tmp_path: Path, lang: str, text: str) -> None:
    result = run_cli(["check", "--lang", lang], cwd=tmp_path)
    assert result.exit_code == 1
    assert text in result.stderr and "pustaka init" in result.stderr


def test_not_a_data_folder(tmp_path: Path) -> None:
    result = run_cli(["check", "--data", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"pustaka: {tmp_path} is not a data folder: it has no pustaka.yaml. Create one with `pustaka init {tmp_path}`.\n"
    )


def test_bad_today_is_a_usage_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {})
    result = run_cli(["check", "--data", str(folder), "--today", "2026-13-01", "--lang", "en"])
    assert result.exit_code == 2
    assert "--today must be a date" in result.stderr


def test_check_never_writes(tmp_path: Path) -> None:
    """No record is ever written; only the git-ignored cache (issue 6), and not even that
    with --no-cache."""
    folder = tmp_path / "data"
    shutil.copytree(EXAMPLES / "broken", folder)

    def records() -> dict[Path, bytes]:
        cache = folder / ".pustaka" / "cache"
        return {
            p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and cache not in p.parents
        }

    before = records()
    run_cli(["check", "--data", str(folder), TODAY])
    assert records() == before
    shutil.rmtree(folder / ".pustaka" / "cache")
    run_cli(["check", "--data", str(folder), TODAY, "--no-cache"])
    assert {p for p in folder.rglob("*") if p.is_file()} == set(before)


def test_several_folders_prefix_paths(tmp_path: Path) -> None:
    a = make_folder(
        tmp_path / "kota-a", {"librarians.yaml": "librarians:\n  - {id: a, name: A, grade: x}\n"}
    )
    b = make_folder(
        tmp_path / "kota-b",
        {"librarians.yaml": "librarians:\n  - {id: b, name: B}\n  - {id: a, name: A2}\n"},
        settings="organisation: Kota B\nlibraries: [{id: b-pusat, name: B}]\n",
    )
    result = run_cli(["check", "--data", str(a), "--data", str(b), TODAY, "--format", "json"])
    found = [(p["path"], p["code"]) for p in json.loads(result.stdout)["problems"]]
    # the same librarian id in two cities names two people: each city's own (kota-a/a and
    # kota-b/a), never a clash and never a silent merge (tests/test_province.py)
    assert found == [("kota-a/librarians.yaml", "unknown-grade")]


def test_repository_root_uses_its_data_folder(tmp_path: Path) -> None:
    make_folder(
        tmp_path / "data", {"librarians.yaml": "librarians:\n  - {id: a, name: A, grade: x}\n"}
    )
    result = run_cli(["check", TODAY, "--format", "json"], cwd=tmp_path)
    assert [p["code"] for p in json.loads(result.stdout)["problems"]] == ["unknown-grade"]


# --- several folders ----------------------------------------------------------------


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_combined_folders_name_each_part_defined_differently(
    copy_folder: object, cache: list[str]
) -> None:
    folders = Path(__file__).parent / "folders"
    first = copy_folder(folders / "report-basic", "kota-a")  # type: ignore[operator]
    second = copy_folder(folders / "report-second", "kota-b")  # type: ignore[operator]
    args = ["check", "--data", str(first), "--data", str(second), TODAY, "--lang", "en", *cache]
    same = run_cli(args)  # the same framework, profiles and rules, written in other files
    assert (same.exit_code, same.stdout) == (0, "")

    profiles = second / "profiles.yaml"
    profiles.write_text(
        profiles.read_text(encoding="utf-8").replace("katalogisasi: 2,", "katalogisasi: 3,", 1),
        encoding="utf-8",
    )
    result = run_cli(args)
    assert result.exit_code == 0  # a warning: the combined report still runs
    assert result.stdout == (
        "kota-b/pustaka.yaml:3:1: warning[combined-profiles-differs]: folder `kota-b` defines"
        " the role profiles differently from `kota-a`; the combined report uses `kota-a`'s\n"
        "    hint: make the files the same in every folder, or report on each folder alone\n"
    )
    alone = run_cli(["check", "--data", str(second), TODAY, *cache])
    assert (alone.exit_code, alone.stdout) == (0, "")  # alone, nothing differs


def test_an_lsp_certificate_without_expiry_fails_strict(tmp_path: Path) -> None:
    evaluations = (
        "evaluations:\n"
        "  - {librarian: a, kind: lsp, date: 2025-03-12, results: {katalogisasi: kompeten}}\n"
    )
    folder = make_folder(
        tmp_path,
        {
            "librarians.yaml": "librarians:\n  - {id: a, name: A, started: 2020-01-01}\n",
            "evaluations.yaml": evaluations,
        },
    )
    relaxed = run_cli(["check", "--data", str(folder), TODAY, "--lang", "en"])
    assert relaxed.exit_code == 0
    assert relaxed.stdout.startswith(
        "evaluations.yaml:2:5: warning[lsp-without-expiry]: the LSP certificate of `a` has no "
        "`expires` date"
    )
    indonesian = run_cli(["check", "--data", str(folder), TODAY, "--lang", "id"])
    assert "evaluations.yaml:2:5: peringatan[lsp-without-expiry]: sertifikat LSP" in (
        indonesian.stdout
    )
    assert run_cli(["check", "--data", str(folder), TODAY, "--strict"]).exit_code == 1

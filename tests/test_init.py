"""`pustaka init` and `pustaka schema`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from pustaka_cli.store.schema import KIND_NAMES


@pytest.mark.parametrize("lang", ["id", "en"])
def test_init_makes_a_folder_that_checks_clean(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "pembinaan"
    result = run_cli(["init", str(target), "--organisation", "Dinas: Kota #1", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    for name in (
        "pustaka.yaml",
        "framework.yaml",
        "profiles.yaml",
        "librarians.yaml",
        "trainings.yaml",
        "evaluations.yaml",
        "feedback.yaml",
        "mentoring.yaml",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".vscode/settings.json",
    ):
        assert (target / name).is_file(), name
    check = run_cli(["check", "--data", str(target), "--strict"])
    assert (check.exit_code, check.stdout, check.stderr) == (0, "", "")
    assert 'organisation: "Dinas: Kota #1"' in (target / "pustaka.yaml").read_text(encoding="utf-8")
    assert f"language: {lang}" in (target / "pustaka.yaml").read_text(encoding="utf-8")


def test_init_writes_schemas_and_editor_wiring(tmp_path: Path) -> None:
    run_cli(["init", str(tmp_path / "d")])
    for kind in KIND_NAMES:
        schema = json.loads((tmp_path / "d" / ".pustaka" / "schema" / f"{kind}.json").read_text())
        assert schema["$schema"].startswith("http://json-schema.org/")
    wiring = json.loads((tmp_path / "d" / ".vscode" / "settings.json").read_text())
    assert wiring["yaml.schemas"][".pustaka/schema/librarians.json"] == [
        "librarians.yaml",
        "librarians/**/*.yaml",
    ]
    first_line = (tmp_path / "d" / "librarians.yaml").read_text().splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=.pustaka/schema/librarians.json"


def test_init_refuses_a_folder_with_records(tmp_path: Path) -> None:
    (tmp_path / "librarians.yaml").write_text("librarians: []\n# mine\n")
    before = (tmp_path / "librarians.yaml").read_bytes()
    result = run_cli(["init", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 1
    assert "already holds records (librarians.yaml)" in result.stderr
    assert (tmp_path / "librarians.yaml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["librarians.yaml"]


def test_init_keeps_an_existing_gitignore(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("secret.txt")
    run_cli(["init", str(tmp_path)])
    text = (tmp_path / ".gitignore").read_text()
    assert text.startswith("secret.txt\n") and ".pustaka/cache/" in text


def test_schema_prints_one_kind_and_writes_all(tmp_path: Path) -> None:
    result = run_cli(["schema", "trainings"])
    schema = json.loads(result.stdout)
    item = schema["properties"]["trainings"]["items"]
    assert "bimtek" in item["properties"]["type"]["enum"]
    assert set(item["required"]) == {"id", "title", "type", "start"}
    written = run_cli(["schema", "--out", str(tmp_path / "s")])
    assert written.exit_code == 0
    assert sorted(p.stem for p in (tmp_path / "s").iterdir()) == sorted(KIND_NAMES)


def test_schema_refuses_unknown_kind() -> None:
    result = run_cli(["schema", "buku", "--lang", "en"])
    assert result.exit_code == 2
    assert "unknown kind of file `buku`" in result.stderr


def test_schemas_accept_the_shipped_data() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from conftest import DATA
    from pustaka_cli.store.yaml import Mapping, Node, Scalar, parse

    def plain(node: Node) -> object:
        # As an editor would see it: numbers and booleans where YAML 1.2 sees them.
        if isinstance(node, Mapping):
            return {k.text: plain(v) for k, v in node.items}
        if not isinstance(node, Scalar):
            return [plain(x) for x in node.items]
        if node.quoted:
            return node.text
        for cast in (int, float):
            try:
                return cast(node.text.replace("_", ""))
            except ValueError:
                pass
        return {"true": True, "false": False}.get(node.text, node.text)

    for path in sorted(DATA.rglob("*.yaml")):
        kind = (
            "settings"
            if path.name == "pustaka.yaml"
            else (path.stem if path.parent == DATA else path.parent.name)
        )
        root = parse(path.read_bytes(), path.name).root
        schema = json.loads(run_cli(["schema", kind]).stdout)
        jsonschema.validate(plain(root), schema)


def test_new_files_are_readable_by_the_group(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        run_cli(["init", str(tmp_path / "d")])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "d" / "librarians.yaml").stat().st_mode) == 0o644


def test_the_lock_folder_ignores_itself_in_any_data_folder(tmp_path: Path) -> None:
    from pustaka_cli.store.lock import folder_lock

    with folder_lock(tmp_path):
        pass
    assert (tmp_path / ".pustaka" / ".gitignore").read_text().splitlines()[1:] == [
        "*",
        "!schema/",
        "!schema/*.json",
    ]


def test_schemas_know_the_jp_rules_and_contract_start(tmp_path: Path) -> None:
    from pustaka_cli.store.schema import kind_schema

    settings = kind_schema("settings")["properties"]["jp"]["properties"]
    one = settings["targets"]["additionalProperties"]["oneOf"]
    assert one[0] == {"type": "integer", "minimum": 0, "maximum": 1000}  # `pns: 20`
    assert set(one[1]["properties"]) == {"min", "max", "year"}
    assert one[1]["properties"]["year"] == {"enum": ["calendar", "contract"]}
    assert settings["requires_pass"] == {"type": "boolean"}
    librarian = kind_schema("librarians")["properties"]["librarians"]["items"]["properties"]
    assert librarian["contract_start"]["pattern"].startswith("^\\d{4}")
    # init writes the rules out in full, and a new folder checks clean (above)
    run_cli(["init", str(tmp_path / "d"), "--lang", "en"])
    text = (tmp_path / "d" / "pustaka.yaml").read_text(encoding="utf-8")
    assert "pppk: {max: 24, year: contract}" in text and "requires_pass: false" in text

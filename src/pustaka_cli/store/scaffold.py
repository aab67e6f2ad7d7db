"""``pustaka init``: a new data folder with settings, defaults, schemas and editor wiring."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from pustaka_cli.errors import PustakaError
from pustaka_cli.store.files import write_atomic
from pustaka_cli.store.folder import SETTINGS_FILE
from pustaka_cli.store.records import KINDS, RECORD_KINDS
from pustaka_cli.store.schema import KIND_NAMES, kind_schema_text

SCHEMA_FOLDER = ".pustaka/schema"


def _template(*parts: str) -> bytes:
    return resources.files("pustaka_cli").joinpath("defaults", *parts).read_bytes()


def existing_records(target: Path) -> list[str]:
    """The record files or folders already in ``target`` (init refuses to touch them)."""
    names = [SETTINGS_FILE] + [f"{k.name}.yaml" for k in KINDS] + [k.name for k in RECORD_KINDS]
    return [name for name in names if (target / name).exists()]


def editor_settings() -> str:
    """VS Code settings mapping each kind's files to its schema."""
    mapping: dict[str, list[str]] = {f"{SCHEMA_FOLDER}/settings.json": [SETTINGS_FILE]}
    for kind in KINDS:
        globs = [f"{kind.name}.yaml"] + ([f"{kind.name}/**/*.yaml"] if kind.folder else [])
        mapping[f"{SCHEMA_FOLDER}/{kind.name}.json"] = globs
    return json.dumps({"yaml.schemas": mapping}, indent=2) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    written = []
    for kind in KIND_NAMES:
        path = folder / f"{kind}.json"
        write_atomic(path, kind_schema_text(kind).encode())
        written.append(path)
    return written


def create(target: Path, organisation: str, lang: str) -> list[str]:
    """Make a new data folder; returns the files written, relative to ``target``."""
    if target.exists() and not target.is_dir():
        raise PustakaError("error.init-not-folder", path=target)
    found = existing_records(target)
    if found:
        raise PustakaError("error.init-exists", path=target, files=", ".join(found))
    files: dict[str, bytes] = {
        SETTINGS_FILE: _template("init", lang, SETTINGS_FILE).replace(
            b"{organisation}", json.dumps(organisation, ensure_ascii=False).encode()
        ),
        "framework.yaml": _template("framework.yaml"),
        "profiles.yaml": _template("profiles.yaml"),
        ".pre-commit-config.yaml": _template("init", "pre-commit-config.yaml"),
        ".vscode/settings.json": editor_settings().encode(),
    }
    for kind in RECORD_KINDS:
        files[f"{kind.name}.yaml"] = _template("init", lang, f"{kind.name}.yaml")
    for name in KIND_NAMES:
        files[f"{SCHEMA_FOLDER}/{name}.json"] = kind_schema_text(name).encode()
    gitignore = target / ".gitignore"
    ignore = _template("init", "gitignore")
    if gitignore.exists():
        old = gitignore.read_bytes()
        if ignore not in old:
            files[".gitignore"] = old + (b"" if old.endswith(b"\n") or not old else b"\n") + ignore
    else:
        files[".gitignore"] = ignore
    for rel in (".pre-commit-config.yaml", ".vscode/settings.json"):
        if (target / rel).exists():  # the person's own configuration stays as it is
            del files[rel]
    for rel, data in files.items():
        write_atomic(target / rel, data)
    return sorted(files)

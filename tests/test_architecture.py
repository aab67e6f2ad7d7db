"""The shape of the code, kept by a test: data flows one way (see STYLE and the README).

files -> store -> model -> domain -> render -> api -> cli. Only the store touches files and
only ``store/yaml/`` (its strict reader and diagnosis) imports yaml; the domain imports no
yaml, rich, tabulate or typer; the library face (``api``) is used by the command line and
uses nothing of it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "pustaka_cli"
LAYERS_WITH_IO = ("store", "cli")
OUTSIDE_DOMAIN = ("store", "cli", "render", "i18n", "api")
UI_LIBRARIES = {"yaml", "rich", "tabulate", "typer", "click"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else path.stem


def test_only_the_reader_imports_yaml() -> None:
    users = [
        p.relative_to(PACKAGE).as_posix()
        for p in modules()
        if any(n == "yaml" or n.startswith("yaml.") for n in imported(p))
    ]
    assert users == ["store/yaml/diagnosis.py", "store/yaml/strict.py"]


def test_model_imports_nothing_of_the_package_but_problems() -> None:
    names = imported(PACKAGE / "model.py")
    assert {n for n in names if n.startswith("pustaka_cli")} <= {"pustaka_cli.problems"}


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in modules()
        if layer(p) not in OUTSIDE_DOMAIN and p.stem not in ("__main__", "workspace")
    ],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_domain_modules_stay_pure(path: Path) -> None:
    names = imported(path)
    assert not {n.split(".")[0] for n in names} & UI_LIBRARIES
    assert not {
        n
        for n in names
        if n.startswith(("pustaka_cli.cli", "pustaka_cli.render", "pustaka_cli.store"))
    }
    assert touches_the_world(path) == []


FILE_METHODS = {"read_text", "write_text", "read_bytes", "write_bytes", "today", "now"}


def touches_the_world(path: Path) -> list[str]:
    """Calls that read files, the clock or the environment."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "open"
        ):
            found.append(f"open() at line {node.lineno}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in FILE_METHODS:
                found.append(f".{node.func.attr}() at line {node.lineno}")
        elif isinstance(node, ast.Attribute) and node.attr == "environ":
            found.append(f"environ at line {node.lineno}")
    return found


@pytest.mark.parametrize(
    "path", [p for p in modules() if layer(p) == "render"], ids=lambda p: p.name
)
def test_render_returns_and_never_prints(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"
    ]
    assert calls == []


@pytest.mark.parametrize("path", [p for p in modules() if layer(p) == "api"], ids=lambda p: p.name)
def test_the_library_face_knows_no_command_line(path: Path) -> None:
    names = imported(path)
    assert not {n.split(".")[0] for n in names} & {"typer", "click", "rich"}
    assert not {n for n in names if n.startswith("pustaka_cli.cli")}
    assert touches_the_world(path) == []  # files through the store; the day is given


@pytest.mark.parametrize(
    "path",
    [p for p in modules() if layer(p) not in ("api", "cli", "__main__")],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_nothing_below_the_face_uses_it(path: Path) -> None:
    assert not {n for n in imported(path) if n.startswith("pustaka_cli.api")}


def test_report_names_agree_between_cli_and_views() -> None:
    from pustaka_cli.cli.commands import report
    from pustaka_cli.render import views

    assert report.REPORTS == views.REPORTS

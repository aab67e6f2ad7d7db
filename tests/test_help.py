"""Every command has help, in both languages."""

from __future__ import annotations

import click
import pytest
import typer

from conftest import run_cli
from pustaka_cli.cli.app import build_app
from pustaka_cli.i18n import Translator


def command_paths() -> list[list[str]]:
    root = typer.main.get_command(build_app(Translator("en")))
    paths: list[list[str]] = [[]]

    def walk(command: click.Command, path: list[str]) -> None:
        if isinstance(command, click.Group):
            for name, sub in sorted(command.commands.items()):
                paths.append([*path, name])
                walk(sub, [*path, name])

    walk(root, [])
    return paths


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "pustaka")
def test_help_in_both_languages(path: list[str]) -> None:
    english = run_cli([*path, "--help", "--lang", "en"])
    indonesian = run_cli([*path, "--help", "--lang", "id"])
    assert english.exit_code == indonesian.exit_code == 0
    assert english.stdout.startswith("Usage: pustaka")
    assert indonesian.stdout.startswith("Penggunaan: pustaka")
    assert english.stdout != indonesian.stdout
    assert "Show this message and exit." not in indonesian.stdout


def test_version() -> None:
    from pustaka_cli import __version__

    assert run_cli(["--version"]).stdout == f"pustaka {__version__}\n"


def test_usage_errors_speak_the_language() -> None:
    result = run_cli(["chek", "--lang", "id"])
    assert result.exit_code == 2
    assert "Perintah 'chek' tidak dikenal" in result.stderr

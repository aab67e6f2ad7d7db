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
        if isinstance(command, click.Group):  # Click's own walk: report builds on demand
            ctx = click.Context(command)
            for name in sorted(command.list_commands(ctx)):
                sub = command.get_command(ctx, name)
                assert sub is not None
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


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["check", "--bogus"],
            ["Penggunaan: pustaka check", "Kesalahan: Opsi '--bogus' tidak dikenal."],
        ),
        (["enroll"], ["Penggunaan: pustaka enroll", "Argumen belum diisi 'KEGIATAN'."]),
    ],
)
def test_clicks_own_words_are_translated(args: list[str], words: list[str]) -> None:
    """Click's words (usage, errors) follow --lang: the reason Typer is held below 0.26,
    whose own copy of Click prints them in English only (README, "Dependencies")."""
    result = run_cli([*args, "--lang", "id"])
    assert result.exit_code == 2
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize("path", [p for p in command_paths() if p], ids=" ".join)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_command_built_alone_helps_as_among_all(path: list[str], lang: str) -> None:
    """Only the command a command line names is built (start-up): its help is the same."""
    from typer.testing import CliRunner

    args = [*path, "--help", "--lang", lang]
    alone = run_cli(args)  # app_for(args) builds only path[0]
    everything = CliRunner().invoke(build_app(Translator(lang)), args)
    assert alone.stdout == everything.stdout
    assert alone.exit_code == everything.exit_code == 0


def test_only_the_named_command_is_built() -> None:
    from pustaka_cli.cli import app_for

    root = typer.main.get_command(app_for(["--lang", "en", "report", "gaps"]))
    assert isinstance(root, click.Group)
    assert sorted(root.commands) == ["report"]
    everything = typer.main.get_command(app_for(["--lang", "en", "--help"]))
    assert isinstance(everything, click.Group)
    assert len(everything.commands) > 10

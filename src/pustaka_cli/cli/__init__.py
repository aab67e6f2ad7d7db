"""The command line: parses arguments, calls the core, prints, and exits.

The language is chosen before the commands are built, so that ``--help`` itself speaks
it: ``--lang``, else ``language:`` in the data folder's pustaka.yaml, else the locale,
else Indonesian.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# Imports here are the start-up time of every command: Typer, the messages, the commands
# and the store are imported only once a command line needs them (benchmarks/run.py).


def option_values(argv: Sequence[str], name: str) -> list[str]:
    """Every value given to ``name`` in argv, as ``--name V`` or ``--name=V``."""
    found = []
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and i + 1 < len(argv):
            found.append(argv[i + 1])
        elif arg.startswith(name + "="):
            found.append(arg[len(name) + 1 :])
    return found


def choose_language(argv: Sequence[str], environ: Mapping[str, str], cwd: Path) -> str:
    from pustaka_cli.i18n import DEFAULT_LANGUAGE, language_from_locale, normalise_language

    for value in reversed(option_values(argv, "--lang")):
        lang = normalise_language(value)
        if lang:
            return lang
    from pustaka_cli.errors import PustakaError
    from pustaka_cli.store import locate

    try:  # resolved once: the command asks again and gets this answer (or refusal)
        folders = locate.data_folders(option_values(argv, "--data"), environ, cwd)
    except PustakaError:
        folders = []
    for folder in folders[:1]:
        lang = normalise_language(locate.settings_language(folder))
        if lang:
            return lang
    return language_from_locale(environ) or DEFAULT_LANGUAGE


def app_for(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> typer.Typer:
    """The application, in the language this command line asks for."""
    from pustaka_cli.cli.app import build_app
    from pustaka_cli.i18n import Translator
    from pustaka_cli.store import locate

    locate.forget()  # a new command line: its folders are found afresh
    env = os.environ if environ is None else environ
    return build_app(Translator(choose_language(argv, env, Path.cwd())), _command_word(argv))


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    instruction = os.environ.get("_PUSTAKA_COMPLETE")
    if instruction:  # the shell asks for completions (see cli/completion.py)
        from pustaka_cli.cli.completion import complete

        sys.exit(complete(app_for([]), instruction))
    if _asks_only_version(args):  # as the eager --version option would answer, sooner
        from pustaka_cli import __version__

        sys.stdout.write(f"pustaka {__version__}\n")
        return
    from pustaka_cli.store.cache import collector_paused

    # One command is one short process that makes millions of objects and hardly any
    # cycles: with the collector on, plan and recommend would walk the records again and
    # again once the load is over (0.8 s of a national report, issue 6).
    with collector_paused():
        app_for(args)(args=args, prog_name="pustaka")


def _asks_only_version(args: Sequence[str]) -> bool:
    """``--version`` among the application's own options, before any command."""
    return _after_lang(args)[:1] == ["--version"]


def _command_word(args: Sequence[str]) -> str | None:
    """The command a command line names (``report`` in ``--lang en report gaps``), or
    None when it names none before an option (``--help``, ``--version``)."""
    rest = _after_lang(args)
    return rest[0] if rest and not rest[0].startswith("-") else None


def _after_lang(args: Sequence[str]) -> list[str]:
    """``args`` without the application's ``--lang`` options in front."""
    rest = list(args)
    while rest:
        if rest[0] == "--lang" and len(rest) >= 2:
            rest = rest[2:]
        elif rest[0].startswith("--lang="):
            rest = rest[1:]
        else:
            break
    return rest

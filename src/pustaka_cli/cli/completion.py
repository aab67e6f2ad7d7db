"""Shell completion for bash, zsh and fish: command names, and ids from the data folder.

Click's own completion (``click.shell_completion``), not Typer's: Typer's completion
classes and its ``--install-completion`` are internals that change between versions
(and print English). The shell scripts come from ``pustaka completion SHELL``; the shell
then calls pustaka with ``_PUSTAKA_COMPLETE=<shell>_complete`` set, and ``main`` answers
here before any command runs. Ids are read from the data folder the command line names
(``--data``), else the one found from the current directory, as every command finds it.
"""

from __future__ import annotations

from typing import Any

import click

from pustaka_cli.errors import PustakaError

VARIABLE = "_PUSTAKA_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


def _command(app: Any) -> click.Command:
    import typer.main

    command: click.Command = typer.main.get_command(app)
    return command


def script(app: Any, shell: str) -> str:
    """The script a shell sources to complete ``pustaka``'s commands and ids."""
    from click.shell_completion import get_completion_class

    found = get_completion_class(shell)
    if found is None:
        raise PustakaError("error.bad-shell", value=shell, choices=", ".join(SHELLS))
    return found(_command(app), {}, "pustaka", VARIABLE).source()


def complete(app: Any, instruction: str) -> int:
    """Answer the shell's request (``bash_complete`` and so on); the exit code."""
    from click.shell_completion import shell_complete

    return shell_complete(_command(app), {}, "pustaka", VARIABLE, instruction)


def _ids(ctx: click.Context, which: str) -> list[str]:
    """The ids of one kind in the data folder this command line names, quietly none when
    no folder can be read (completion never prints an error)."""
    from pustaka_cli.cli import common
    from pustaka_cli.store.folder import load

    given = ctx.params.get("data") if ctx is not None else None
    try:
        folders = common.data_folders(given)
    except PustakaError:
        return []
    if not folders:
        return []
    data = load(folders[0]).dataset
    if which == "librarians":
        return sorted(lib.id for lib in data.librarians)
    if which == "trainings":
        return sorted(t.id for t in data.trainings)
    if which == "competencies":
        return [c.id for c in data.framework.competencies]
    return sorted(m.id for m in data.mentoring)


def librarians(ctx: click.Context, incomplete: str) -> list[str]:
    return [x for x in _ids(ctx, "librarians") if x.startswith(incomplete)]


def trainings(ctx: click.Context, incomplete: str) -> list[str]:
    return [x for x in _ids(ctx, "trainings") if x.startswith(incomplete)]


def ratings(ctx: click.Context, incomplete: str) -> list[str]:
    """``katalogisasi=`` for ``pustaka evaluate``'s competency=level arguments."""
    return [f"{x}=" for x in _ids(ctx, "competencies") if x.startswith(incomplete)]

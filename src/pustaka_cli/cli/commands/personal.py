"""``pustaka export --pseudonymise`` and ``pustaka erase``: personal data (UU PDP 27/2022).

Wiring only: the copy is ``api.exporting``'s, the erasure ``api.deciding.erase``'s; the
rules are domain/personal.py's.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pustaka_cli.cli import asking, common, writing
from pustaka_cli.cli.writing import commit_option, dry_run_option, force_option
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the face is imported when a command runs, not for --help
    from pustaka_cli.domain.personal import Erasure

SCRATCH = "/tmp/pustaka-erase.txt"  # the replacements file of the printed filter-repo lines


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("export", help=t("export.help"))
    def export(
        output: Annotated[
            Path,
            typer.Option(
                "--output", "-o", help=t("export.option.output"), metavar=t("metavar.dir")
            ),
        ],
        pseudonymise: Annotated[
            bool, typer.Option("--pseudonymise", help=t("export.option.pseudonymise"))
        ] = False,
        fmt: Annotated[
            str, typer.Option("--format", help=t("export.option.format"), metavar="yaml|json")
        ] = "yaml",
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding, exporting

        if not pseudonymise:
            raise UsageError("error.export-needs-pseudonymise")
        folder = deciding.one_folder(common.data_folders(data))
        done = exporting.export(folder, common.today(today), output, fmt)
        common.write(t("export.done", path=done.path, files=done.files, people=done.people) + "\n")
        if done.key_made:
            key = folder / ".pustaka" / "pseudonym.key"
            common.write(common.wrapped(t("export.key-made", key=key)) + "\n")

    @app.command("erase", help=t("erase.help"), epilog=t("write.epilog"))
    def erase(
        librarian: Annotated[str, writing.librarian_argument(t)],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("erase.option.yes"))] = False,
        rewrite_history: Annotated[
            bool, typer.Option("--rewrite-history", help=t("erase.option.rewrite-history"))
        ] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        w = writing.place(t, data, common.today(today), dry_run, commit, force)

        def ask(decision: "Erasure") -> None:
            shown = t("erase.shown", id=decision.person, name=decision.name, alias=decision.alias)
            common.write(common.wrapped(shown) + "\n")
            asking.consent(t, yes, dry_run, "erase.confirm", "error.erase-confirm-needed")

        outcome = deciding.erase(w, librarian, consent=ask, rewrite_history=rewrite_history)
        writing.tell(t, outcome)
        if dry_run:
            return
        common.write(t("erase.cache-cleared") + "\n")
        if rewrite_history:
            common.write(common.wrapped(t("erase.rewritten")) + "\n")
            return
        lines = [
            "",
            common.wrapped(t("erase.history")),
            "",
            f"cat > {SCRATCH} <<'EOF'",
            *deciding.history_expressions(outcome.decision),
            "EOF",
            f"git -C {shlex.quote(str(w.folder))} filter-repo --force "
            f"--replace-text {SCRATCH} --replace-message {SCRATCH}",
            f"rm {SCRATCH}",
            "",
            common.wrapped(t("erase.history-after")),
        ]
        common.write("\n".join(lines) + "\n")

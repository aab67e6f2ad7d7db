"""``pustaka enroll``, ``withdraw``, ``attend``, ``complete`` and ``record``: participants.

Wiring only: each command reads its arguments, asks the library face (``api.deciding``)
for the decision, and says the outcome (``writing.tell``).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pustaka_cli.cli import common, writing
from pustaka_cli.cli.writing import (
    allow_clash_option,
    commit_option,
    dry_run_option,
    force_option,
    librarian_argument,
    librarians_argument,
    on_option,
    training_argument,
    yes_option,
)
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the domain is imported when a command runs, not for --help
    from pustaka_cli.domain.enrollment import FromGaps


# --- the commands ---------------------------------------------------------------------


def register(app: typer.Typer, t: Translator) -> None:

    @app.command("enroll", help=t("enroll.help"), epilog=t("write.epilog"))
    def enroll(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str] | None, librarians_argument(t)] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        allow_clash: Annotated[bool, allow_clash_option(t)] = False,
        from_gaps: Annotated[
            bool, typer.Option("--from-gaps", help=t("enroll.option.from-gaps"))
        ] = False,
        library: Annotated[
            str | None,
            typer.Option(
                "--library", help=t("enroll.option.library"), metavar=t("metavar.library")
            ),
        ] = None,
        grade: Annotated[
            str | None,
            typer.Option("--grade", help=t("enroll.option.grade"), metavar=t("metavar.grade")),
        ] = None,
        limit: Annotated[
            str | None,
            typer.Option("--limit", help=t("enroll.option.limit"), metavar=t("metavar.number")),
        ] = None,
        on: Annotated[str | None, on_option(t)] = None,
        yes: Annotated[bool, yes_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding
        from pustaka_cli.cli import asking

        day = common.today(today)
        enrolled_on = writing.date(on, "--on")
        if bool(librarians) == from_gaps:
            raise UsageError("error.enroll-usage")
        w = writing.place(t, data, day, dry_run, commit, force)
        if from_gaps:
            most = None if limit is None else int(common.number(limit, "limit", 1, 10**6, True))
            outcome = deciding.enroll_from_gaps(
                w,
                training,
                deciding.Gaps(library, grade, most),
                allow_clash=allow_clash,
                on=enrolled_on,
                shown=lambda found: show_candidates(t, found),
                consent=lambda: asking.consent(t, yes, dry_run),
            )
        else:
            chosen = librarians or []
            outcome = deciding.enroll(w, training, chosen, allow_clash=allow_clash, on=enrolled_on)
        if outcome.decision:
            writing.tell(t, outcome)
        else:  # --from-gaps found nobody
            common.write(t("enroll.nobody", training=training) + "\n")

    @app.command("withdraw", help=t("withdraw.help"), epilog=t("write.epilog"))
    def withdraw(
        training: Annotated[str, training_argument(t)],
        librarian: Annotated[str, librarian_argument(t)],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        w = writing.place(t, data, common.today(today), dry_run, commit, force)
        writing.tell(t, deciding.withdraw(w, training, librarian))

    @app.command("attend", help=t("attend.help"), epilog=t("write.epilog"))
    def attend(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str], librarians_argument(t)],
        date: Annotated[
            str | None,
            typer.Option("--date", "--on", help=t("attend.option.date"), metavar=t("metavar.date")),
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        on = writing.date(date, "--date")
        w = writing.place(t, data, day, dry_run, commit, force)
        writing.tell(t, deciding.attend(w, training, librarians, on=on))

    @app.command("complete", help=t("complete.help"), epilog=t("write.epilog"))
    def complete(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str], librarians_argument(t)],
        result: Annotated[
            str | None,
            typer.Option("--result", help=t("complete.option.result"), metavar=t("metavar.score")),
        ] = None,
        failed: Annotated[bool, typer.Option("--failed", help=t("complete.option.failed"))] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        score = None if result is None else common.number(result, "result", 0, 100)
        w = writing.place(t, data, day, dry_run, commit, force)
        writing.tell(t, deciding.complete(w, training, librarians, score=score, failed=failed))

    @app.command("record", help=t("record.help"), epilog=t("write.epilog"))
    def record(
        training: Annotated[str, training_argument(t)],
        attended: Annotated[
            list[str] | None,
            typer.Option("--attended", help=t("record.option.attended"), metavar=t("metavar.ids")),
        ] = None,
        passed: Annotated[
            list[str] | None,
            typer.Option("--passed", help=t("record.option.passed"), metavar=t("metavar.outcomes")),
        ] = None,
        failed: Annotated[
            list[str] | None,
            typer.Option("--failed", help=t("record.option.failed"), metavar=t("metavar.outcomes")),
        ] = None,
        on: Annotated[str | None, on_option(t)] = None,
        allow_clash: Annotated[bool, allow_clash_option(t)] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        enrolled_on = writing.date(on, "--on")
        present = [x for given in attended or [] for x, _ in outcomes(given, scored=False)]
        good = [pair for given in passed or [] for pair in outcomes(given)]
        bad = [pair for given in failed or [] for pair in outcomes(given)]
        w = writing.place(t, data, day, dry_run, commit, force)
        outcome = deciding.record(
            w, training, present, good, bad, on=enrolled_on, allow_clash=allow_clash
        )
        writing.tell(t, outcome)


def outcomes(given: str, scored: bool = True) -> list[tuple[str, float | None]]:
    """``a:85,b:72,5,c`` as (id, score) pairs: a comma followed by digits only continues
    the score before it (a decimal comma), else it separates people."""
    pieces: list[str] = []
    for piece in given.split(","):
        piece = piece.strip()
        if pieces and ":" in pieces[-1] and piece.isdigit():
            pieces[-1] += "," + piece
        elif piece:
            pieces.append(piece)
    out: list[tuple[str, float | None]] = []
    for piece in pieces:
        lid, sep, score = piece.partition(":")
        if not lid.strip() or (sep and (not scored or not score.strip())):
            raise UsageError("error.bad-outcome", value=piece)
        out.append((lid.strip(), common.number(score, "score", 0, 100) if sep else None))
    return out


def show_candidates(t: Translator, found: "FromGaps") -> None:
    """Whom ``--from-gaps`` chose, largest gap first, and whom it left out unassessed."""
    if found.unassessed:
        common.write(
            t(
                "enroll.unassessed",
                who=", ".join(
                    f"{c.librarian} ({', '.join(c.unassessed)})" for c in found.unassessed
                ),
            )
            + "\n"
        )
    for c in found.chosen:
        line = t(
            "enroll.candidate", who=c.librarian, gap=c.gap, competencies=", ".join(c.competencies)
        )
        if c.unassessed:
            line += t("enroll.candidate-unassessed", competencies=", ".join(c.unassessed))
        common.write(line + "\n")

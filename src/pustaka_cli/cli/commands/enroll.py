"""``pustaka enroll``, ``withdraw``, ``attend`` and ``complete``: participants of activities.

Each command: take the folder's lock, read the folder, let ``enrollment`` decide, let the
store's writer make (and verify) the change, then say in one line what changed.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pustaka_cli.cli import common
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the model is imported when a command runs, not for --help
    from pustaka_cli.model import Dataset

# --- what every writing command shares ------------------------------------------------


def one_folder(data: list[Path] | None) -> Path:
    folders = common.data_folders(data)
    if len(folders) != 1:
        raise PustakaError("error.write-one-folder", count=len(folders))
    return folders[0]


@contextlib.contextmanager
def writing(data: list[Path] | None, commit: bool) -> Iterator[tuple[Path, Any, "Dataset"]]:
    """The data folder, a write transaction on it, and its records read under the lock."""
    from pustaka_cli.store import gitrepo, writer
    from pustaka_cli.store.folder import load, within_budget

    folder = one_folder(data)
    if commit:
        gitrepo.ensure_repository(folder)
    with writer.Transaction(folder) as tx:
        within_budget([folder])
        loaded = load(folder)
        writer.require_parsed(loaded.problems)
        yield folder, tx, loaded.dataset


def done(
    t: Translator, folder: Path, outcome: Any, what: str, dry_run: bool, commit: bool,
    command: str,
) -> None:
    """Say what changed (one line) and commit it if asked; a dry run shows the diff.

    Called while the folder is still locked, so that a commit holds exactly this change.
    """
    from pustaka_cli.store import gitrepo

    outcomes = outcome if isinstance(outcome, list) else [outcome]
    message = f"{command}: {what}"
    paths = ", ".join(o.path for o in outcomes)
    if dry_run:
        for o in outcomes:
            common.write(o.diff())
        common.write(t("write.dry-run", what=what, path=paths) + "\n")
        return
    if commit:
        gitrepo.commit(folder, [o.path for o in outcomes if o.written], message)
        common.write(t("write.committed", what=what, path=paths, message=message) + "\n")
        return
    common.write(t("write.done", what=what, path=paths, message=message) + "\n")


def seat_ops(training_id: str, seats: Any) -> tuple[Any, ...]:
    """The writer's operations that give these seats (new participants, or a state again)."""
    from pustaka_cli.store import writer

    ops: list[writer.Op] = []
    for s in seats:
        if s.again:
            ops.append(writer.participant_set(training_id, s.librarian, "state", s.state))
            ops.append(writer.participant_set(training_id, s.librarian, "date", s.date))
        else:
            ops.append(writer.new_participant(training_id, s.librarian, s.state, s.date))
    return tuple(ops)


def names(ids: list[str]) -> str:
    return ", ".join(ids)


def dry_run_option(t: Translator) -> Any:
    return typer.Option("--dry-run", "-n", help=t("write.option.dry-run"))


def commit_option(t: Translator) -> Any:
    return typer.Option("--commit", help=t("write.option.commit"))


def confirm(t: Translator, yes: bool, dry_run: bool) -> None:
    """Ask before a write chosen by pustaka itself; scripts say --yes."""
    if yes or dry_run:
        return
    if not sys.stdin.isatty():
        raise PustakaError("error.confirm-needed")
    if not typer.confirm(t("enroll.confirm"), default=False):
        raise PustakaError("error.cancelled")


def training_argument(t: Translator) -> Any:
    return typer.Argument(help=t("write.argument.training"), metavar=t("metavar.training"))


def librarians_argument(t: Translator) -> Any:
    return typer.Argument(help=t("write.argument.librarians"), metavar=t("metavar.librarians"))


def librarian_argument(t: Translator) -> Any:
    return typer.Argument(help=t("write.argument.librarian"), metavar=t("metavar.librarian"))


def when(today: str | None) -> dt.date:
    return common.today(today)


# --- the commands ---------------------------------------------------------------------


def register(app: typer.Typer, t: Translator) -> None:

    @app.command("enroll", help=t("enroll.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def enroll(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str] | None, librarians_argument(t)] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        allow_clash: Annotated[
            bool, typer.Option("--allow-clash", help=t("enroll.option.allow-clash"))
        ] = False,
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
            int | None,
            typer.Option(
                "--limit", help=t("enroll.option.limit"), min=1, metavar=t("metavar.number")
            ),
        ] = None,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("enroll.option.yes"))] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        if bool(librarians) == from_gaps:
            raise UsageError("error.enroll-usage")
        with writing(data, commit) as (folder, tx, dataset):
            chosen = list(librarians or [])
            if from_gaps:
                found = enrollment.from_gaps(
                    dataset, training, day, library, grade, limit, allow_clash
                )
                if not found:
                    common.write(t("enroll.nobody", training=training) + "\n")
                    return
                for c in found:
                    common.write(t("enroll.candidate", who=c.librarian, gap=c.gap,
                                   competencies=", ".join(c.competencies)) + "\n")
                confirm(t, yes, dry_run)
                chosen = [c.librarian for c in found]
            seats = enrollment.enrol(dataset, training, chosen, day, allow_clash)
            t_ = enrollment.training(dataset, training)
            change = writer.Change(t_.src.loc.path, "trainings", seat_ops(t_.id, seats))
            outcome = tx.write(change, dry_run=dry_run)
            parts = []
            enrolled = [s.librarian for s in seats if s.state == "enrolled"]
            if enrolled:
                parts.append(t("done.enrolled", who=names(enrolled), training=t_.id))
            for s in seats:
                if s.state == "waitlisted":
                    parts.append(
                        t("done.waitlisted", who=s.librarian, training=t_.id, position=s.position)
                    )
            done(t, folder, outcome, "; ".join(parts), dry_run, commit, "enroll")

    @app.command("withdraw", help=t("withdraw.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def withdraw(
        training: Annotated[str, training_argument(t)],
        librarian: Annotated[str, librarian_argument(t)],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        with writing(data, commit) as (folder, tx, dataset):
            w = enrollment.withdraw(dataset, training, librarian, day)
            t_ = enrollment.training(dataset, training)
            ops: list[writer.Op] = [
                writer.participant_set(t_.id, w.librarian, "state", "withdrawn")
            ]
            for up in w.promoted:
                ops.append(writer.participant_set(t_.id, up, "state", "enrolled"))
            change = writer.Change(t_.src.loc.path, "trainings", tuple(ops))
            outcome = tx.write(change, dry_run=dry_run)
            what = t("done.withdrawn", who=w.librarian, training=t_.id)
            if w.promoted:
                what += "; " + t("done.promoted", who=names(list(w.promoted)), training=t_.id)
            done(t, folder, outcome, what, dry_run, commit, "withdraw")

    @app.command("attend", help=t("attend.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def attend(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str], librarians_argument(t)],
        date: Annotated[
            str | None,
            typer.Option("--date", help=t("attend.option.date"), metavar=t("metavar.date")),
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        on = common.parse_date(date, "--date") if date else None
        with writing(data, commit) as (folder, tx, dataset):
            marks = enrollment.attend(dataset, training, librarians, on, day)
            t_ = enrollment.training(dataset, training)
            ops: list[writer.Op] = []
            for m in marks:
                ops.append(writer.participant_add(t_.id, m.librarian, "attended", m.day))
                if m.state_changes:
                    ops.append(writer.participant_set(t_.id, m.librarian, "state", m.state))
            change = writer.Change(t_.src.loc.path, "trainings", tuple(ops))
            outcome = tx.write(change, dry_run=dry_run)
            what = t("done.attended", who=names(librarians), training=t_.id, date=marks[0].day)
            done(t, folder, outcome, what, dry_run, commit, "attend")

    @app.command("complete", help=t("complete.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def complete(
        training: Annotated[str, training_argument(t)],
        librarians: Annotated[list[str], librarians_argument(t)],
        result: Annotated[
            float | None,
            typer.Option("--result", help=t("complete.option.result"), metavar=t("metavar.score")),
        ] = None,
        failed: Annotated[bool, typer.Option("--failed", help=t("complete.option.failed"))] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        with writing(data, commit) as (folder, tx, dataset):
            marks = enrollment.complete(dataset, training, librarians, result, failed, day)
            t_ = enrollment.training(dataset, training)
            ops: list[writer.Op] = []
            for m in marks:
                ops.append(writer.participant_set(t_.id, m.librarian, "state", m.state))
                if m.score is not None:
                    ops.append(writer.participant_set(t_.id, m.librarian, "score", m.score))
            change = writer.Change(t_.src.loc.path, "trainings", tuple(ops))
            outcome = tx.write(change, dry_run=dry_run)
            key = "done.failed" if failed else "done.completed"
            what = t(key, who=names(librarians), training=t_.id)
            if result is not None:
                what += " " + t("done.score", score=f"{result:g}")
            done(t, folder, outcome, what, dry_run, commit, "complete")


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

from pustaka_cli import numbers
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
def writing(
    data: list[Path] | None, commit: bool, day: dt.date, force: bool = False
) -> Iterator[tuple[Path, Any, "Dataset"]]:
    """The data folder, a write transaction on it, and its records read under the lock.

    A write decides on what it reads: a folder with errors is refused (``--force`` skips
    only cross-record errors, see ``workspace.blocking``). Before any file is replaced,
    the folder as it would be is checked whole; a write that would add an error is
    refused with it (``workspace.caused``). With ``commit``, a change that cannot be
    committed alone is refused before it is written (``gitrepo.check_alone``).
    """
    from pustaka_cli import workspace
    from pustaka_cli.errors import FolderProblems
    from pustaka_cli.store import gitrepo, writer
    from pustaka_cli.store.folder import within_budget

    folder = one_folder(data)
    if commit:
        gitrepo.ensure_repository(folder)
    with writer.Transaction(folder) as tx:
        within_budget([folder])
        opened = workspace.open_to_write(folder, day)
        stop = workspace.blocking(opened, force)
        if stop:
            forceable = not force and not workspace.blocking(opened, True)
            key = "error.write-broken-folder" if forceable else "error.write-broken-unforced"
            raise FolderProblems(key, stop, folder=folder, count=len(stop))
        before = opened.problems

        def whole_folder(proposed: list[Any]) -> None:
            after = workspace.problems_after(
                folder, day, {o.path: o.after for o in proposed if o.after != o.before}
            )
            new = workspace.caused(before, after)
            if new:
                raise FolderProblems("error.write-would-break", new, count=len(new))

        tx.before_replace.append(whole_folder)
        if commit:
            tx.before_replace.append(lambda proposed: gitrepo.check_alone(folder, proposed))
        yield folder, tx, opened.dataset


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
        common.write(common.wrapped(t("write.dry-run", what=what, path=paths)) + "\n")
        return
    if commit:
        gitrepo.commit(folder, [o for o in outcomes if o.written], message)
        said = t("write.committed", what=what, path=paths, message=message)
        common.write(common.wrapped(said) + "\n")
        return
    common.write(common.wrapped(t("write.done", what=what, path=paths, message=message)) + "\n")


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


def on_option(t: Translator) -> Any:
    return typer.Option("--on", help=t("enroll.option.on"), metavar=t("metavar.date"))


def force_option(t: Translator) -> Any:
    return typer.Option("--force", help=t("write.option.force"))


def confirm(t: Translator, yes: bool, dry_run: bool) -> None:
    """Ask before a write chosen by pustaka itself; scripts say --yes."""
    if yes or dry_run:
        return
    if not sys.stdin.isatty():
        raise PustakaError("error.confirm-needed")
    if not typer.confirm(t("enroll.confirm"), default=False):
        raise PustakaError("error.cancelled")


def training_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.training"), metavar=t("metavar.training"),
        autocompletion=completion.trainings,
    )


def librarians_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.librarians"), metavar=t("metavar.librarians"),
        autocompletion=completion.librarians,
    )


def librarian_argument(t: Translator) -> Any:
    from pustaka_cli.cli import completion

    return typer.Argument(
        help=t("write.argument.librarian"), metavar=t("metavar.librarian"),
        autocompletion=completion.librarians,
    )


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
            str | None,
            typer.Option("--limit", help=t("enroll.option.limit"), metavar=t("metavar.number")),
        ] = None,
        on: Annotated[str | None, on_option(t)] = None,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("enroll.option.yes"))] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        enrolled_on = common.parse_date(on, "--on") if on else None
        if bool(librarians) == from_gaps:
            raise UsageError("error.enroll-usage")
        with writing(data, commit, day, force) as (folder, tx, dataset):
            chosen = list(librarians or [])
            if from_gaps:
                most = None if limit is None else int(common.number(limit, "limit", 1, 10**6, True))
                found = enrollment.from_gaps(
                    dataset, training, day, library, grade, most, allow_clash
                )
                if found.unassessed:
                    common.write(t("enroll.unassessed", who=", ".join(
                        f"{c.librarian} ({', '.join(c.unassessed)})" for c in found.unassessed
                    )) + "\n")
                if not found.chosen:
                    common.write(t("enroll.nobody", training=training) + "\n")
                    return
                for c in found.chosen:
                    line = t("enroll.candidate", who=c.librarian, gap=c.gap,
                             competencies=", ".join(c.competencies))
                    if c.unassessed:
                        line += t("enroll.candidate-unassessed",
                                  competencies=", ".join(c.unassessed))
                    common.write(line + "\n")
                confirm(t, yes, dry_run)
                chosen = [c.librarian for c in found.chosen]
            seats = enrollment.enrol(dataset, training, chosen, day, allow_clash, enrolled_on)
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
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        with writing(data, commit, day, force) as (folder, tx, dataset):
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
            typer.Option(
                "--date", "--on", help=t("attend.option.date"), metavar=t("metavar.date")
            ),
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        on = common.parse_date(date, "--date") if date else None
        with writing(data, commit, day, force) as (folder, tx, dataset):
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
        from pustaka_cli.domain import enrollment
        from pustaka_cli.store import writer

        day = when(today)
        score = None if result is None else common.number(result, "result", 0, 100)
        with writing(data, commit, day, force) as (folder, tx, dataset):
            marks = enrollment.complete(dataset, training, librarians, score, failed, day)
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
            if score is not None:
                what += " " + t("done.score", score=numbers.shown(score))
            done(t, folder, outcome, what, dry_run, commit, "complete")


    @app.command("record", help=t("record.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def record(
        training: Annotated[str, training_argument(t)],
        attended: Annotated[
            list[str] | None,
            typer.Option("--attended", help=t("record.option.attended"),
                         metavar=t("metavar.ids")),
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
        allow_clash: Annotated[
            bool, typer.Option("--allow-clash", help=t("enroll.option.allow-clash"))
        ] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment

        day = when(today)
        enrolled_on = common.parse_date(on, "--on") if on else None
        present = [x for given in attended or [] for x, _ in outcomes(given, scored=False)]
        good = [pair for given in passed or [] for pair in outcomes(given)]
        bad = [pair for given in failed or [] for pair in outcomes(given)]
        with writing(data, commit, day, force) as (folder, tx, dataset):
            taken = enrollment.record_finished(
                dataset, training, present, good, bad, day, enrolled_on, allow_clash
            )
            t_ = enrollment.training(dataset, training)
            change = finished_change(t_, taken)
            outcome = tx.write(change, dry_run=dry_run)
            states = [x.state for x in taken]
            what = t("done.recorded", training=t_.id, count=len(taken),
                     passed=states.count("completed"), failed=states.count("failed"),
                     attended=states.count("attended"))
            done(t, folder, outcome, what, dry_run, commit, "record")


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


def finished_change(t_: Any, taken: Any) -> Any:
    """The writer's change that records ``taken`` (``enrollment.record_finished``) in ``t_``."""
    from pustaka_cli.store import writer

    ops: list[writer.Op] = []
    for x in taken:
        if x.before is None:
            value: dict[str, writer.Value] = {"librarian": x.librarian, "state": x.state,
                                              "date": x.date}
            if x.days:
                value["attended"] = tuple(x.days)
            if x.score is not None:
                value["score"] = x.score
            ops.append(writer.Insert(
                writer.training_path(t_.id), "participants", value, sort_by="librarian"
            ))
            continue
        ops.append(writer.participant_set(t_.id, x.librarian, "state", x.state))
        for d in x.days:
            ops.append(writer.participant_add(t_.id, x.librarian, "attended", d))
        if x.score is not None:
            ops.append(writer.participant_set(t_.id, x.librarian, "score", x.score))
    return writer.Change(t_.src.loc.path, "trainings", tuple(ops))

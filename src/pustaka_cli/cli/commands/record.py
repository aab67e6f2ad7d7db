"""``pustaka evaluate``, ``feedback``, ``mentor``, ``add`` and ``import``: new records.

Wiring only: ``recording`` checks each new record, the store's writer adds it (see
docs/writing.md); the shared steps are in ``enroll``'s helpers.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from pustaka_cli.cli import common
from pustaka_cli.cli.commands.enroll import commit_option, done, dry_run_option, when, writing
from pustaka_cli.controls import visible
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.i18n import Translator

METAVARS = {
    "--assessor": "metavar.kind", "--type": "metavar.kind", "--employment": "metavar.kind",
    "--method": "metavar.kind", "--mode": "metavar.kind", "--library": "metavar.library",
    "--service": "metavar.service", "--librarian": "metavar.librarian",
    "--grade": "metavar.grade", "--id": "metavar.id", "--session": "metavar.id",
    "--nip": "metavar.nip", "--respondents": "metavar.number", "--minutes": "metavar.number",
    "--jp": "metavar.number", "--capacity": "metavar.number", "--started": "metavar.date",
    "--start": "metavar.date", "--end": "metavar.date",
}
SORT_KEYS = {"evaluations": "librarian", "feedback": "id", "mentoring": "id",
             "librarians": "id", "trainings": "id"}


def add_record(tx: Any, folder: Path, kind: str, record: dict[str, Any], dry_run: bool) -> Any:
    """Insert one new record of ``kind`` into the file new records of that kind go to."""
    from pustaka_cli.store import writer

    path = writer.file_for_new(folder, kind)
    op = writer.Insert((), kind, record, sort_by=SORT_KEYS[kind])
    return tx.write(writer.Change(path, kind, (op,)), dry_run=dry_run)


def ratings(pairs: list[str]) -> list[tuple[str, str]]:
    out = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UsageError("error.bad-rating", value=pair)
        out.append((name.strip(), value.strip()))
    return out


def date_or_today(value: str | None, option: str, today: Any) -> Any:
    """The date given, else today; a date given blank is refused, not taken as today."""
    return today if value is None else common.parse_date(value, option)


def group_options(t: Translator) -> Any:
    """A group's own options: --lang (chosen before the app is built) parses here too."""

    def options(lang: Annotated[str | None, common.lang_option(t)] = None) -> None:
        """Takes no action: its subcommands do."""

    return options


def register(app: typer.Typer, t: Translator) -> None:
    def opt(name: str, key: str, metavar: str | None = None) -> Any:
        shown = metavar or t(METAVARS.get(name, "metavar.text"))
        return typer.Option(name, help=t(key), metavar=shown, show_default=False)

    data_opt = common.data_option
    today_opt = common.today_option
    lang_opt = common.lang_option

    @app.command("evaluate", help=t("evaluate.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def evaluate(
        librarian: Annotated[
            str, typer.Argument(help=t("write.argument.librarian"), metavar=t("metavar.librarian"))
        ],
        levels: Annotated[
            list[str],
            typer.Argument(help=t("evaluate.argument.levels"), metavar=t("metavar.ratings")),
        ],
        assessor: Annotated[str, opt("--assessor", "evaluate.option.assessor")],
        by: Annotated[str | None, opt("--by", "evaluate.option.by", t("metavar.who"))] = None,
        date: Annotated[
            str | None, opt("--date", "evaluate.option.date", t("metavar.date"))
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        day = when(today)
        on = date_or_today(date, "--date", day)
        with writing(data, commit) as (folder, tx, dataset):
            pairs = ratings(levels)
            record = recording.evaluation(dataset, librarian, assessor, pairs, on, day, by)
            outcome = add_record(tx, folder, "evaluations", record, dry_run)
            what = t("done.evaluated", kind=record["kind"], who=record["librarian"], date=on)
            done(t, folder, outcome, what, dry_run, commit, "evaluate")

    @app.command("feedback", help=t("feedback.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def feedback(
        score: Annotated[str, opt("--score", "feedback.option.score", t("metavar.score"))],
        date: Annotated[
            str | None, opt("--date", "feedback.option.date", t("metavar.date"))
        ] = None,
        library: Annotated[str | None, opt("--library", "feedback.option.library")] = None,
        service: Annotated[str | None, opt("--service", "feedback.option.service")] = None,
        librarian: Annotated[str | None, opt("--librarian", "feedback.option.librarian")] = None,
        method: Annotated[str | None, opt("--method", "feedback.option.method")] = None,
        respondents: Annotated[
            str | None, opt("--respondents", "feedback.option.respondents")
        ] = None,
        comments: Annotated[str | None, opt("--comments", "feedback.option.comments")] = None,
        feedback_id: Annotated[str | None, opt("--id", "feedback.option.id")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        day = when(today)
        fields = {
            "id": feedback_id, "date": day.isoformat() if date is None else date, "score": score,
            "library": library, "service": service, "librarian": librarian, "method": method,
            "respondents": respondents, "comments": comments,
        }
        with writing(data, commit) as (folder, tx, dataset):
            record = recording.feedback(dataset, fields, day)
            outcome = add_record(tx, folder, "feedback", record, dry_run)
            what = t("done.feedback", id=record["id"], score=record["score"])
            done(t, folder, outcome, what, dry_run, commit, "feedback")

    @app.command("mentor", help=t("mentor.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def mentor(
        people: Annotated[
            list[str] | None,
            typer.Argument(help=t("mentor.argument.people"), metavar=t("metavar.mentor")),
        ] = None,
        session: Annotated[str | None, opt("--session", "mentor.option.session", "ID")] = None,
        date: Annotated[str | None, opt("--date", "mentor.option.date", t("metavar.date"))] = None,
        minutes: Annotated[int | None, opt("--minutes", "mentor.option.minutes")] = None,
        notes: Annotated[str | None, opt("--notes", "mentor.option.notes")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording
        from pustaka_cli.store import writer

        day = when(today)
        on = date_or_today(date, "--date", day)
        people = people or []
        if session is None and len(people) < 2:
            raise UsageError("error.mentor-usage")
        if session is not None and people:
            raise UsageError("error.mentor-usage")
        with writing(data, commit) as (folder, tx, dataset):
            if session is not None:
                record = recording.session(dataset, session, on, minutes, notes, day)
                pair = next(m for m in dataset.mentoring if m.id == session)
                op = writer.Insert(("mentoring", ("id", pair.id)), "sessions", record)
                change = writer.Change(pair.src.loc.path, "mentoring", (op,))
                outcome = tx.write(change, dry_run=dry_run)
                what = t("done.session", id=pair.id, date=on)
            else:
                record = recording.mentoring(dataset, people[0], people[1], people[2:], on, day)
                outcome = add_record(tx, folder, "mentoring", record, dry_run)
                what = t("done.mentoring", id=record["id"], mentor=record["mentor"],
                         mentee=record["mentee"])
            done(t, folder, outcome, what, dry_run, commit, "mentor")

    # --- add librarian | training -------------------------------------------------------

    add = typer.Typer(
        name="add", help=t("add.help"), no_args_is_help=True, rich_markup_mode=None,
        options_metavar=t("metavar.options"), subcommand_metavar=t("metavar.command"),
    )
    app.add_typer(add)
    add.callback()(group_options(t))

    def ask(
        fields: dict[str, str | None], required: tuple[str, ...]
    ) -> dict[str, str | None]:
        """Required fields not given: asked for on a terminal, refused otherwise. A value
        given blank is not asked again: ``recording`` refuses it, naming the field."""
        out = dict(fields)
        for name in required:
            if out.get(name) is None:
                if not sys.stdin.isatty():
                    raise PustakaError("error.value-missing", field=name)
                out[name] = typer.prompt(t("add.prompt", field=name))
        return out

    @add.command("librarian", help=t("add.librarian.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def add_librarian(
        librarian_id: Annotated[str | None, opt("--id", "add.option.id")] = None,
        name: Annotated[str | None, opt("--name", "add.option.name")] = None,
        nip: Annotated[str | None, opt("--nip", "add.option.nip")] = None,
        library: Annotated[str | None, opt("--library", "add.option.library")] = None,
        grade: Annotated[str | None, opt("--grade", "add.option.grade")] = None,
        employment: Annotated[str | None, opt("--employment", "add.option.employment")] = None,
        started: Annotated[str | None, opt("--started", "add.option.started")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        fields = ask(
            {"id": librarian_id, "name": name, "nip": nip, "library": library, "grade": grade,
             "employment": employment, "started": started},
            ("id", "name"),
        )
        with writing(data, commit) as (folder, tx, dataset):
            record = recording.new_librarian(dataset, fields)
            outcome = add_record(tx, folder, "librarians", record, dry_run)
            what = t("done.added-librarian", id=record["id"])
            done(t, folder, outcome, what, dry_run, commit, "add")

    @add.command("training", help=t("add.training.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def add_training(
        training_id: Annotated[str | None, opt("--id", "add.option.id")] = None,
        title: Annotated[str | None, opt("--title", "add.option.title")] = None,
        kind: Annotated[str | None, opt("--type", "add.option.type")] = None,
        mode: Annotated[str | None, opt("--mode", "add.option.mode")] = None,
        start: Annotated[str | None, opt("--start", "add.option.start")] = None,
        end: Annotated[str | None, opt("--end", "add.option.end")] = None,
        jp: Annotated[str | None, opt("--jp", "add.option.jp")] = None,
        capacity: Annotated[str | None, opt("--capacity", "add.option.capacity")] = None,
        provider: Annotated[str | None, opt("--provider", "add.option.provider")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        fields = ask(
            {"id": training_id, "title": title, "type": kind, "mode": mode, "start": start,
             "end": end, "jp": jp, "capacity": capacity, "provider": provider},
            ("id", "title", "type", "start"),
        )
        with writing(data, commit) as (folder, tx, dataset):
            record = recording.new_training(dataset, fields)
            outcome = add_record(tx, folder, "trainings", record, dry_run)
            what = t("done.added-training", id=record["id"])
            done(t, folder, outcome, what, dry_run, commit, "add")

    # --- import evaluations | feedback | participants --------------------------------

    imports = typer.Typer(
        name="import", help=t("import.help"), no_args_is_help=True, rich_markup_mode=None,
        options_metavar=t("metavar.options"), subcommand_metavar=t("metavar.command"),
    )
    app.add_typer(imports)
    imports.callback()(group_options(t))

    def refuse_rows(path: Path, errors: list[Any]) -> None:
        if errors:
            for e in sorted(errors, key=lambda e: e.row):
                common.say_error(f"{visible(str(path))}:{e.row}: {common.refusal(t, e.error)}")
            raise PustakaError("error.import-refused", path=path, count=len(errors))

    def rows_of(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str], int]]]:
        from pustaka_cli.store.table import read_rows

        header, rows = read_rows(path)
        return header, [(r.number, r.cells, r.extra) for r in rows]

    file_arg = typer.Argument(help=t("import.argument.file"), metavar=t("metavar.csv"))

    @imports.command("evaluations", help=t("import.evaluations.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def import_evaluations(
        path: Annotated[Path, file_arg],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording
        from pustaka_cli.store import writer

        day = when(today)
        header, rows = rows_of(path)
        with writing(data, commit) as (folder, tx, dataset):
            records, errors = recording.import_evaluations(dataset, header, rows, day)
            refuse_rows(path, errors)
            if not records:
                common.write(t("import.nothing", path=visible(path.name)) + "\n")
                return
            op = writer.Insert((), "evaluations", tuple(records), many=True)
            change = writer.Change(writer.file_for_new(folder, "evaluations"), "evaluations", (op,))
            outcome = tx.write(change, dry_run=dry_run)
            sheet = visible(path.name)
            what = t("done.imported", count=len(records), kind="evaluations", path=sheet)
            done(t, folder, outcome, what, dry_run, commit, "import")

    @imports.command("feedback", help=t("import.feedback.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def import_feedback(
        path: Annotated[Path, file_arg],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording
        from pustaka_cli.store import writer

        day = when(today)
        _, rows = rows_of(path)
        with writing(data, commit) as (folder, tx, dataset):
            records, errors = recording.import_feedback(dataset, rows, day)
            refuse_rows(path, errors)
            if not records:
                common.write(t("import.nothing", path=visible(path.name)) + "\n")
                return
            op = writer.Insert((), "feedback", tuple(records), many=True)
            change = writer.Change(writer.file_for_new(folder, "feedback"), "feedback", (op,))
            outcome = tx.write(change, dry_run=dry_run)
            what = t("done.imported", count=len(records), kind="feedback", path=visible(path.name))
            done(t, folder, outcome, what, dry_run, commit, "import")

    @imports.command("participants", help=t("import.participants.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def import_participants(
        path: Annotated[Path, file_arg],
        allow_clash: Annotated[
            bool, typer.Option("--allow-clash", help=t("enroll.option.allow-clash"))
        ] = False,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import enrollment, recording
        from pustaka_cli.store import writer

        day = when(today)
        _, rows = rows_of(path)
        with writing(data, commit) as (folder, tx, dataset):
            wanted, errors = recording.import_participants(dataset, rows, day, allow_clash)
            refuse_rows(path, errors)
            by_file: dict[str, list[writer.Op]] = {}
            count = 0
            for tid, people in wanted.items():
                seats = enrollment.enrol(dataset, tid, people, day, allow_clash)
                found = enrollment.training(dataset, tid)
                ops = by_file.setdefault(found.src.loc.path, [])
                for s in seats:
                    count += 1
                    if s.again:
                        ops.append(writer.participant_set(tid, s.librarian, "state", s.state))
                        ops.append(writer.participant_set(tid, s.librarian, "date", s.date))
                    else:
                        ops.append(writer.new_participant(tid, s.librarian, s.state, s.date))
            changes = tuple(writer.Change(p, "trainings", tuple(o)) for p, o in by_file.items())
            outcomes = tx.write_all(changes, dry_run=dry_run) if changes else []
            if not outcomes:
                common.write(t("import.nothing", path=visible(path.name)) + "\n")
                return
            what = t("done.imported", count=count, kind="participants", path=visible(path.name))
            done(t, folder, outcomes, what, dry_run, commit, "import")

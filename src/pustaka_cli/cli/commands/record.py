"""``pustaka evaluate``, ``feedback``, ``mentor``, ``add`` and ``import``: new records.

Wiring only: ``recording`` checks each new record, the store's writer adds it (see
docs/writing.md); the shared steps are in ``enroll``'s helpers.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from pustaka_cli.cli import common, completion
from pustaka_cli.cli.commands.enroll import (
    commit_option,
    done,
    dry_run_option,
    force_option,
    on_option,
    one_folder,
    when,
    writing,
)
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


def librarian_questions(t: Translator, data: Any) -> list[Any]:
    """What ``add librarian`` asks, with the choices the folder allows."""
    from pustaka_cli import vocab
    from pustaka_cli.cli.asking import Question

    libraries = tuple(f"{lib.id} ({lib.name})" for lib in data.settings.libraries)
    grades = tuple(f"{p.grade} ({p.name.get(t.lang)})" for p in data.profiles)
    return [
        Question("id", True, hint=t("add.hint.id")),
        Question("name", True),
        Question("nip", hint=t("add.hint.nip")),
        Question("library", bool(libraries), libraries),
        Question("grade", True, grades),
        Question("employment", True, vocab.EMPLOYMENT_TYPES),
        Question("started", True, hint=t("add.hint.date")),
    ]


def training_questions(t: Translator, data: Any) -> list[Any]:
    """What ``add training`` asks, with the choices the folder allows."""
    from pustaka_cli import vocab
    from pustaka_cli.cli.asking import Question

    competencies = tuple(c.id for c in data.framework.competencies)
    return [
        Question("id", True, hint=t("add.hint.id")),
        Question("title", True),
        Question("type", True, vocab.ACTIVITY_TYPES),
        Question("mode", True, vocab.MODES),
        Question("provider"),
        Question("start", True, hint=t("add.hint.date")),
        Question("end", hint=t("add.hint.end")),
        Question("jp", True, hint=t("add.hint.number")),
        Question("capacity", hint=t("add.hint.number")),
        Question("cost", True, hint=t("add.hint.money")),
        Question("develops", True, competencies, t("add.hint.levels")),
        Question("prerequisites", False, (), t("add.hint.levels")),
    ]


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
            str, typer.Argument(help=t("write.argument.librarian"), metavar=t("metavar.librarian"),
                                autocompletion=completion.librarians)
        ],
        levels: Annotated[
            list[str],
            typer.Argument(help=t("evaluate.argument.levels"), metavar=t("metavar.ratings"),
                           autocompletion=completion.ratings),
        ],
        assessor: Annotated[str, opt("--assessor", "evaluate.option.assessor")],
        by: Annotated[str | None, opt("--by", "evaluate.option.by", t("metavar.who"))] = None,
        date: Annotated[
            str | None, opt("--date", "evaluate.option.date", t("metavar.date"))
        ] = None,
        expires: Annotated[
            str | None, opt("--expires", "evaluate.option.expires", t("metavar.date"))
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        day = when(today)
        on = date_or_today(date, "--date", day)
        until = common.parse_date(expires, "--expires") if expires else None
        with writing(data, commit, day, force) as (folder, tx, dataset):
            pairs = ratings(levels)
            record = recording.evaluation(dataset, librarian, assessor, pairs, on, day, by, until)
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
        force: Annotated[bool, force_option(t)] = False,
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
        with writing(data, commit, day, force) as (folder, tx, dataset):
            record = recording.feedback(dataset, fields, day)
            outcome = add_record(tx, folder, "feedback", record, dry_run)
            what = t("done.feedback", id=record["id"], score=record["score"])
            done(t, folder, outcome, what, dry_run, commit, "feedback")

    @app.command("mentor", help=t("mentor.help"), epilog=t("write.epilog"))
    @common.boundary(t)
    def mentor(
        people: Annotated[
            list[str] | None,
            typer.Argument(help=t("mentor.argument.people"), metavar=t("metavar.mentor"),
                           autocompletion=completion.librarians),
        ] = None,
        session: Annotated[str | None, opt("--session", "mentor.option.session", "ID")] = None,
        date: Annotated[str | None, opt("--date", "mentor.option.date", t("metavar.date"))] = None,
        minutes: Annotated[str | None, opt("--minutes", "mentor.option.minutes")] = None,
        notes: Annotated[str | None, opt("--notes", "mentor.option.notes")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
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
        with writing(data, commit, day, force) as (folder, tx, dataset):
            if session is not None:
                length = None if minutes is None else int(
                    common.number(minutes, "minutes", 1, 24 * 60, True)
                )
                record = recording.session(dataset, session, on, length, notes, day)
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
        kind: str, data: list[Path] | None, given: dict[str, str | None],
        required: tuple[str, ...],
    ) -> dict[str, str]:
        """The fields of a new record: on a terminal, when a required one is missing,
        every field a report needs is asked for (see ``asking``); else the flags alone,
        and a missing required one is refused."""
        # A value given blank is not asked again: ``recording`` refuses it, naming the field.
        out = {k: v for k, v in given.items() if v is not None}
        missing = [name for name in required if name not in out]
        if not missing:
            return out
        if not sys.stdin.isatty():
            raise PustakaError("error.value-missing", field=missing[0])
        from pustaka_cli.cli import asking
        from pustaka_cli.domain import recording
        from pustaka_cli.store.folder import load

        dataset = load(one_folder(data)).dataset
        if kind == "librarian":
            questions = librarian_questions(t, dataset)

            def check(name: str, text: str, so_far: dict[str, Any]) -> Any:
                return recording.librarian_value(dataset, name, text)
        else:
            questions = training_questions(t, dataset)

            def check(name: str, text: str, so_far: dict[str, Any]) -> Any:
                return recording.training_value(dataset, name, text, so_far.get("start"))

        return {**out, **asking.ask_all(t, kind, questions, out, check)}

    def preview_and_write(
        tx: Any, folder: Path, kind: str, record: dict[str, Any], dry_run: bool, asked: bool
    ) -> Any:
        """Write the record; after questions, first show it as YAML and ask to confirm."""
        if asked and not dry_run:
            from pustaka_cli.cli import asking

            shown = add_record(tx, folder, kind, record, True)
            added = [line[1:] for line in shown.diff().splitlines()
                     if line.startswith("+") and not line.startswith("+++")]
            asking.confirm(t, "\n".join(added))
        return add_record(tx, folder, kind, record, dry_run)

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
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        given = {"id": librarian_id, "name": name, "nip": nip, "library": library,
                 "grade": grade, "employment": employment, "started": started}
        fields = ask("librarian", data, given, ("id", "name"))
        asked = fields != {k: v for k, v in given.items() if v is not None}
        day = when(today)
        with writing(data, commit, day, force) as (folder, tx, dataset):
            record = recording.new_librarian(dataset, fields)
            outcome = preview_and_write(tx, folder, "librarians", record, dry_run, asked)
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
        cost: Annotated[str | None, opt("--cost", "add.option.cost")] = None,
        provider: Annotated[str | None, opt("--provider", "add.option.provider")] = None,
        develops: Annotated[str | None, opt("--develops", "add.option.develops")] = None,
        prerequisites: Annotated[
            str | None, opt("--prerequisites", "add.option.prerequisites")
        ] = None,
        requires: Annotated[str | None, opt("--requires", "add.option.requires")] = None,
        indicators: Annotated[
            list[str] | None, opt("--indicator", "add.option.indicator")
        ] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        given = {"id": training_id, "title": title, "type": kind, "mode": mode,
                 "provider": provider, "start": start, "end": end, "jp": jp,
                 "capacity": capacity, "cost": cost, "develops": develops,
                 "prerequisites": prerequisites, "requires": requires,
                 "indicators": "\n".join(indicators) if indicators else None}
        fields = ask("training", data, given, ("id", "title", "type", "start"))
        asked = fields != {k: v for k, v in given.items() if v is not None}
        day = when(today)
        with writing(data, commit, day, force) as (folder, tx, dataset):
            record = recording.new_training(dataset, fields)
            outcome = preview_and_write(tx, folder, "trainings", record, dry_run, asked)
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
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording
        from pustaka_cli.store import writer

        day = when(today)
        header, rows = rows_of(path)
        with writing(data, commit, day, force) as (folder, tx, dataset):
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
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording
        from pustaka_cli.store import writer

        day = when(today)
        _, rows = rows_of(path)
        with writing(data, commit, day, force) as (folder, tx, dataset):
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
        on: Annotated[str | None, on_option(t)] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.domain import recording

        day = when(today)
        enrolled_on = common.parse_date(on, "--on") if on else None
        header, rows = rows_of(path)
        with writing(data, commit, day, force) as (folder, tx, dataset):
            if recording.is_finished_sheet(header):
                finished, errors = recording.import_finished(
                    dataset, rows, day, enrolled_on, allow_clash
                )
                refuse_rows(path, errors)
                changes, count = finished_changes(dataset, finished, day, enrolled_on, allow_clash)
            else:
                wanted, errors = recording.import_participants(
                    dataset, rows, day, allow_clash, enrolled_on
                )
                refuse_rows(path, errors)
                changes, count = signup_changes(dataset, wanted, day, enrolled_on, allow_clash)
            outcomes = tx.write_all(changes, dry_run=dry_run) if changes else []
            if not outcomes:
                common.write(t("import.nothing", path=visible(path.name)) + "\n")
                return
            what = t("done.imported", count=count, kind="participants", path=visible(path.name))
            done(t, folder, outcomes, what, dry_run, commit, "import")


def finished_changes(
    dataset: Any, finished: Any, day: Any, on: Any, allow_clash: bool
) -> tuple[tuple[Any, ...], int]:
    """The file changes that record a sheet's finished activities, and how many people."""
    from pustaka_cli.cli.commands.enroll import finished_change
    from pustaka_cli.domain import enrollment

    recorded: list[Any] = []
    count = 0
    for tid, got in finished.items():
        taken = enrollment.record_finished(
            dataset, tid, got.attended, got.passed, got.failed, day, on, allow_clash
        )
        count += len(taken)
        recorded.append(finished_change(enrollment.training(dataset, tid), taken))
    return merged(recorded), count


def signup_changes(
    dataset: Any, wanted: Any, day: Any, on: Any, allow_clash: bool
) -> tuple[tuple[Any, ...], int]:
    """The file changes that enrol a sign-up sheet's people, and how many seats."""
    from pustaka_cli.cli.commands.enroll import seat_ops
    from pustaka_cli.domain import enrollment

    recorded: list[Any] = []
    count = 0
    for tid, people in wanted.items():
        seats = enrollment.enrol(dataset, tid, people, day, allow_clash, on)
        count += len(seats)
        found = enrollment.training(dataset, tid)
        recorded.append(_change(found.src.loc.path, seat_ops(found.id, seats)))
    return merged(recorded), count


def _change(path: str, ops: tuple[Any, ...]) -> Any:
    from pustaka_cli.store import writer

    return writer.Change(path, "trainings", ops)


def merged(changes: list[Any]) -> tuple[Any, ...]:
    """One change per file: the ops of changes to the same file, in order."""
    from pustaka_cli.store import writer

    ops: dict[str, list[Any]] = {}
    for c in changes:
        ops.setdefault(c.path, []).extend(c.ops)
    return tuple(writer.Change(p, "trainings", tuple(o)) for p, o in ops.items())

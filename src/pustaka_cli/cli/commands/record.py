"""``pustaka evaluate``, ``feedback``, ``learning``, ``mentor``, ``add`` and ``import``:
new records.

Wiring only: each command reads its arguments, asks the library face (``api.deciding``)
for the new records, and says the outcome (``writing.tell``). ``recording`` checks each
record; the store's writer adds it (see docs/writing.md).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pustaka_cli.cli import common, completion, writing
from pustaka_cli.cli.writing import (
    allow_clash_option,
    commit_option,
    dry_run_option,
    force_option,
    on_option,
)
from pustaka_cli.controls import visible
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:  # the face is imported when a command runs, not for --help
    from pustaka_cli.api.deciding import Outcome

METAVARS = {
    "--assessor": "metavar.kind",
    "--type": "metavar.kind",
    "--employment": "metavar.kind",
    "--method": "metavar.kind",
    "--mode": "metavar.kind",
    "--library": "metavar.library",
    "--service": "metavar.service",
    "--librarian": "metavar.librarian",
    "--grade": "metavar.grade",
    "--id": "metavar.id",
    "--session": "metavar.id",
    "--nip": "metavar.nip",
    "--respondents": "metavar.number",
    "--minutes": "metavar.number",
    "--jp": "metavar.number",
    "--capacity": "metavar.number",
    "--started": "metavar.date",
    "--start": "metavar.date",
    "--end": "metavar.date",
}


def ratings(pairs: list[str]) -> list[tuple[str, str]]:
    out = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UsageError("error.bad-rating", value=pair)
        out.append((name.strip(), value.strip()))
    return out


def date_given(value: str | None, option: str) -> Any:
    """The date given, else None (today); a date given blank is refused, not taken as today."""
    return None if value is None else common.parse_date(value, option)


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
    def evaluate(
        librarian: Annotated[
            str,
            typer.Argument(
                help=t("write.argument.librarian"),
                metavar=t("metavar.librarian"),
                autocompletion=completion.librarians,
            ),
        ],
        levels: Annotated[
            list[str],
            typer.Argument(
                help=t("evaluate.argument.levels"),
                metavar=t("metavar.ratings"),
                autocompletion=completion.ratings,
            ),
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
        from pustaka_cli.api import deciding

        day = common.today(today)
        on = date_given(date, "--date")
        until = writing.date(expires, "--expires")
        pairs = ratings(levels)
        w = writing.place(t, data, day, dry_run, commit, force)
        outcome = deciding.evaluate(w, librarian, assessor, pairs, on=on, by=by, expires=until)
        writing.tell(t, outcome)

    @app.command("feedback", help=t("feedback.help"), epilog=t("write.epilog"))
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
        from pustaka_cli.api import deciding

        day = common.today(today)
        fields = {
            "id": feedback_id,
            "date": day.isoformat() if date is None else date,
            "score": score,
            "library": library,
            "service": service,
            "librarian": librarian,
            "method": method,
            "respondents": respondents,
            "comments": comments,
        }
        w = writing.place(t, data, day, dry_run, commit, force)
        writing.tell(t, deciding.feedback(w, fields))

    @app.command("learning", help=t("learning.help"), epilog=t("write.epilog"))
    def learning(
        librarian: Annotated[
            str, typer.Argument(help=t("learning.arg.librarian"), metavar=t("metavar.librarian"))
        ],
        title: Annotated[str, opt("--title", "learning.option.title")],
        kind: Annotated[str, opt("--type", "learning.option.type")],
        start: Annotated[str, opt("--start", "learning.option.start")],
        end: Annotated[str | None, opt("--end", "learning.option.end")] = None,
        provider: Annotated[str | None, opt("--provider", "learning.option.provider")] = None,
        jp: Annotated[str | None, opt("--jp", "learning.option.jp")] = None,
        minutes: Annotated[str | None, opt("--minutes", "learning.option.minutes")] = None,
        state: Annotated[str | None, opt("--state", "learning.option.state")] = None,
        score: Annotated[
            str | None, opt("--score", "learning.option.score", t("metavar.score"))
        ] = None,
        develops: Annotated[str | None, opt("--develops", "learning.option.develops")] = None,
        certificate: Annotated[
            str | None, opt("--certificate", "learning.option.certificate")
        ] = None,
        certificate_date: Annotated[
            str | None,
            opt("--certificate-date", "learning.option.certificate-date", t("metavar.date")),
        ] = None,
        notes: Annotated[str | None, opt("--notes", "learning.option.notes")] = None,
        learning_id: Annotated[str | None, opt("--id", "learning.option.id")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        fields = {
            "id": learning_id, "librarian": librarian, "title": title, "type": kind,
            "provider": provider, "start": start, "end": end, "jp": jp, "minutes": minutes,
            "state": state, "score": score, "develops": develops, "certificate": certificate,
            "certificate_date": certificate_date, "notes": notes,
        }  # fmt: skip
        w = writing.place(t, data, day, dry_run, commit, force)
        writing.tell(t, deciding.learning(w, fields))

    @app.command("mentor", help=t("mentor.help"), epilog=t("write.epilog"))
    def mentor(
        people: Annotated[
            list[str] | None,
            typer.Argument(
                help=t("mentor.argument.people"),
                metavar=t("metavar.mentor"),
                autocompletion=completion.librarians,
            ),
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
        from pustaka_cli.api import deciding

        day = common.today(today)
        on = date_given(date, "--date")
        people = people or []
        if (session is None and len(people) < 2) or (session is not None and people):
            raise UsageError("error.mentor-usage")
        if session is None:
            w = writing.place(t, data, day, dry_run, commit, force)
            writing.tell(t, deciding.mentor(w, people[0], people[1], people[2:], on=on))
            return
        length = (
            None if minutes is None else int(common.number(minutes, "minutes", 1, 24 * 60, True))
        )
        w = writing.place(t, data, day, dry_run, commit, force)
        outcome = deciding.mentoring_session(w, session, on=on, minutes=length, notes=notes)
        writing.tell(t, outcome)

    # --- add librarian | training -------------------------------------------------------

    add = typer.Typer(
        name="add",
        help=t("add.help"),
        no_args_is_help=True,
        rich_markup_mode=None,
        options_metavar=t("metavar.options"),
        subcommand_metavar=t("metavar.command"),
    )
    app.add_typer(add)
    add.callback()(group_options(t))

    @add.command("librarian", help=t("add.librarian.help"), epilog=t("write.epilog"))
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
        from pustaka_cli.api import deciding
        from pustaka_cli.cli import asking

        given = {
            "id": librarian_id,
            "name": name,
            "nip": nip,
            "library": library,
            "grade": grade,
            "employment": employment,
            "started": started,
        }
        fields = asking.fill(t, "librarian", data, given, ("id", "name"))
        asked = fields != {k: v for k, v in given.items() if v is not None}
        w = writing.place(t, data, common.today(today), dry_run, commit, force)
        preview = asking.previewing(t) if asked else None
        writing.tell(t, deciding.add_librarian(w, fields, preview=preview))

    @add.command("training", help=t("add.training.help"), epilog=t("write.epilog"))
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
        indicators: Annotated[list[str] | None, opt("--indicator", "add.option.indicator")] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding
        from pustaka_cli.cli import asking

        given = {
            "id": training_id,
            "title": title,
            "type": kind,
            "mode": mode,
            "provider": provider,
            "start": start,
            "end": end,
            "jp": jp,
            "capacity": capacity,
            "cost": cost,
            "develops": develops,
            "prerequisites": prerequisites,
            "requires": requires,
            "indicators": "\n".join(indicators) if indicators else None,
        }
        fields = asking.fill(t, "training", data, given, ("id", "title", "type", "start"))
        asked = fields != {k: v for k, v in given.items() if v is not None}
        w = writing.place(t, data, common.today(today), dry_run, commit, force)
        preview = asking.previewing(t) if asked else None
        writing.tell(t, deciding.add_training(w, fields, preview=preview))

    # --- import evaluations | feedback | participants --------------------------------

    imports = typer.Typer(
        name="import",
        help=t("import.help"),
        no_args_is_help=True,
        rich_markup_mode=None,
        options_metavar=t("metavar.options"),
        subcommand_metavar=t("metavar.command"),
    )
    app.add_typer(imports)
    imports.callback()(group_options(t))

    file_arg = typer.Argument(help=t("import.argument.file"), metavar=t("metavar.csv"))

    @imports.command("evaluations", help=t("import.evaluations.help"), epilog=t("write.epilog"))
    def import_evaluations(
        path: Annotated[Path, file_arg],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        sheet = deciding.sheet(path)
        w = writing.place(t, data, day, dry_run, commit, force)
        said(t, path, deciding.import_evaluations(w, sheet))

    @imports.command("feedback", help=t("import.feedback.help"), epilog=t("write.epilog"))
    def import_feedback(
        path: Annotated[Path, file_arg],
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        sheet = deciding.sheet(path)
        w = writing.place(t, data, day, dry_run, commit, force)
        said(t, path, deciding.import_feedback(w, sheet))

    @imports.command("participants", help=t("import.participants.help"), epilog=t("write.epilog"))
    def import_participants(
        path: Annotated[Path, file_arg],
        allow_clash: Annotated[bool, allow_clash_option(t)] = False,
        on: Annotated[str | None, on_option(t)] = None,
        dry_run: Annotated[bool, dry_run_option(t)] = False,
        commit: Annotated[bool, commit_option(t)] = False,
        force: Annotated[bool, force_option(t)] = False,
        data: Annotated[list[Path] | None, data_opt(t)] = None,
        today: Annotated[str | None, today_opt(t)] = None,
        lang: Annotated[str | None, lang_opt(t)] = None,
    ) -> None:
        from pustaka_cli.api import deciding

        day = common.today(today)
        enrolled_on = writing.date(on, "--on")
        sheet = deciding.sheet(path)
        w = writing.place(t, data, day, dry_run, commit, force)
        said(
            t, path, deciding.import_participants(w, sheet, on=enrolled_on, allow_clash=allow_clash)
        )


def said(t: Translator, path: Path, outcome: "Outcome[Any]") -> None:
    """An import's line: what it added, or that the sheet had nothing to add."""
    if outcome.files:
        writing.tell(t, outcome)
    else:
        common.write(t("import.nothing", path=visible(path.name)) + "\n")

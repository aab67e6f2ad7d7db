"""``pustaka recommend``, ``pustaka plan`` and ``pustaka idp``: wiring only.

The answers are computed in ``recommend`` and ``plan``; ``render.plan`` lays them out.
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

import math
from pathlib import Path
from typing import Annotated, Any

import typer

from pustaka_cli import errors
from pustaka_cli.cli import common, writing
from pustaka_cli.i18n import Translator

IDP_FORMATS = ("text", "markdown", "html")
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("recommend", help=t("recommend.help"), epilog=t("recommend.epilog"))
    def recommend(
        librarian: Annotated[
            str | None,
            typer.Argument(
                help=t("recommend.arg.librarian"),
                metavar=t("metavar.librarian"),
                show_default=False,
            ),
        ] = None,
        mentors: Annotated[
            bool, typer.Option("--mentors", help=t("recommend.option.mentors"))
        ] = False,
        max_mentees: Annotated[
            int | None,
            typer.Option(
                "--max-mentees",
                help=t("recommend.option.max-mentees"),
                metavar="N",
                show_default=False,
            ),
        ] = None,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import province
        from pustaka_cli.domain import recommend as rec
        from pustaka_cli.render import output as out
        from pustaka_cli.render import plan as render

        if max_mentees is not None and max_mentees < 1:
            raise errors.UsageError("error.plan-bad-max-mentees", value=max_mentees)
        if not mentors and librarian is None:
            raise errors.UsageError("error.plan-librarian-needed")
        day = common.today(today)
        dataset = _load(data, day, no_cache)
        limit = max_mentees or dataset.settings.max_mentees
        if mentors:
            doc = render.mentors(rec.recommend_mentors(dataset, day, limit), dataset, t)
        else:
            dataset = province.around(dataset, librarian or "")  # several cities: theirs
            doc = render.recommendation(rec.recommend(dataset, librarian or "", day), dataset, t)
        common.write(out.as_text(doc, t))

    @app.command("plan", help=t("plan.help"), epilog=t("plan.epilog"))
    def plan(
        budget: Annotated[
            str,
            typer.Option(
                "--budget",
                help=t("plan.option.budget"),
                metavar=t("plan.metavar.amount"),
                show_default=False,
            ),
        ],
        date_from: Annotated[
            str | None,
            typer.Option(
                "--from", help=t("plan.option.from"), metavar=t("metavar.date"), show_default=False
            ),
        ] = None,
        date_to: Annotated[
            str | None,
            typer.Option(
                "--to", help=t("plan.option.to"), metavar=t("metavar.date"), show_default=False
            ),
        ] = None,
        apply: Annotated[bool, typer.Option("--apply", help=t("plan.option.apply"))] = False,
        yes: Annotated[bool, writing.yes_option(t)] = False,
        dry_run: Annotated[bool, writing.dry_run_option(t)] = False,
        commit: Annotated[bool, writing.commit_option(t)] = False,
        force: Annotated[bool, writing.force_option(t)] = False,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import plan as planning
        from pustaka_cli.render import output as out
        from pustaka_cli.render import plan as render

        remaining = budget.strip().lower() in REMAINING
        amount = None if remaining else _amount(budget)
        start = common.parse_date(date_from, "--from") if date_from else None
        end = common.parse_date(date_to, "--to") if date_to else None
        day = common.today(today)

        def show(made: planning.Plan, dataset: Any) -> None:
            if remaining:
                common.write(render.remaining_line(planning.remaining_budget(
                    dataset, made.start, made.end, made.today), dataset, t) + "\n")  # fmt: skip
            common.write(out.as_text(render.programme(made, dataset, t), t))

        if not apply:
            dataset = _load(data, day, no_cache)
            if amount is None:
                left = planning.remaining_budget(dataset, start, end, day)
                amount, start, end = left.amount, left.start, left.end
            show(planning.plan(dataset, amount, start, end, day), dataset)
            return
        from pustaka_cli.api import deciding
        from pustaka_cli.cli import asking

        # The plan is made again under the folder's lock, from what is on disk now.
        w = writing.place(t, data, day, dry_run, commit, force)
        outcome = deciding.apply_plan(
            w, amount, start, end, shown=show, consent=lambda: asking.consent(t, yes, dry_run)
        )
        if outcome.files:
            writing.tell(t, outcome)
        else:
            common.write(t("plan.apply-nothing") + "\n")

    @app.command("idp", help=t("idp.help"), epilog=t("idp.epilog"))
    def idp(
        librarian: Annotated[
            str,
            typer.Argument(
                help=t("idp.arg.librarian"), metavar=t("metavar.librarian"), show_default=False
            ),
        ],
        output_format: Annotated[
            str | None,
            typer.Option(
                "--format",
                "-f",
                help=t("idp.option.format"),
                metavar="text|markdown|html",
                show_default=False,
            ),
        ] = None,
        output: Annotated[
            Path | None,
            typer.Option(
                "--output",
                "-o",
                help=t("idp.option.output"),
                metavar=t("plan.metavar.file"),
                show_default=False,
            ),
        ] = None,
        show_nip: Annotated[
            bool, typer.Option("--show-nip", help=t("idp.option.show-nip"))
        ] = False,
        paper: Annotated[
            str | None,
            typer.Option(
                "--paper", help=t("report.option.paper"), metavar="a4|f4|letter", show_default=False
            ),
        ] = None,
        max_mentees: Annotated[
            int | None,
            typer.Option(
                "--max-mentees",
                help=t("recommend.option.max-mentees"),
                metavar="N",
                show_default=False,
            ),
        ] = None,
        data: Annotated[list[Path] | None, common.data_option(t)] = None,
        no_cache: Annotated[bool, common.no_cache_option(t)] = False,
        today: Annotated[str | None, common.today_option(t)] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.domain import plan as planning
        from pustaka_cli.domain import province
        from pustaka_cli.render import output as out
        from pustaka_cli.render import plan as render

        fmt = _format(output_format, output)
        day = common.today(today)
        folders = common.data_folders(data)
        dataset = province.around(_load(folders, day, no_cache), librarian)  # their city
        doc = render.idp(
            planning.individual_plan(
                dataset, librarian, day, max_mentees or dataset.settings.max_mentees
            ),
            dataset,
            t,
            show_nip,
        )
        size = out.choose_paper(paper, dataset.settings.paper) if fmt == "html" else "a4"
        text = out.as_text(doc, t, fmt, size)
        if output is None:
            common.write(text)
        else:
            _save(output, text, folders)


def _load(folders: list[Path] | None, day: Any, no_cache: bool) -> Any:
    """The checked dataset; records with errors refuse, as every report does."""
    from pustaka_cli.problems import Severity

    loaded = common.load_checked(common.data_folders(folders), day, use_cache=not no_cache)
    if any(p.severity is Severity.ERROR for p in loaded.problems):
        raise errors.PustakaError("error.plan-data-problems")
    from pustaka_cli.domain import careers

    return careers.on(loaded.dataset, day)  # the grade, employment, library held that day


# ``--budget remaining``: what the year's budget has left (domain/budget.py).
REMAINING = ("remaining", "sisa")


def _amount(text: str) -> float:
    """``25000000``, ``25.000.000``, ``Rp 25.000.000``, ``25,000,000`` (see ``numbers``) or
    ``unlimited``/``tak-terbatas``."""
    if text.strip().lower() in ("unlimited", "tak-terbatas", "inf"):
        return float("inf")
    from pustaka_cli.numbers import NotANumber, read_number

    try:
        amount = read_number(money(text))
    except NotANumber:
        raise errors.UsageError("error.plan-bad-budget", value=text[:40]) from None
    # thousands of digits read as infinity: a budget, never "unlimited" by accident
    if amount < 0 or not math.isfinite(amount):
        raise errors.UsageError("error.plan-bad-budget", value=text[:40])
    return amount


def money(text: str) -> str:
    """An amount of money is read as after ``Rp``: a dot there only groups thousands."""
    return text if text.strip().lower().startswith(("rp", "idr")) else "Rp " + text


def _format(given: str | None, output: Path | None) -> str:
    if given is not None:
        if given not in IDP_FORMATS:
            raise errors.UsageError("error.bad-format", value=given, choices=", ".join(IDP_FORMATS))
        return given
    if output is not None:
        found = EXTENSIONS.get(output.suffix.lower())
        if found is None:
            raise errors.UsageError(
                "error.bad-format",
                value=output.suffix or output.name,
                choices=", ".join(IDP_FORMATS),
            )
        return found
    return "text"


def _save(path: Path, text: str, folders: list[Path]) -> None:
    from pustaka_cli.store.outfile import write_report

    try:
        write_report(path, text.encode("utf-8"), folders)
    except OSError as err:
        raise errors.PustakaError(
            "error.plan-cannot-write", path=path, reason=err.strerror or str(err)
        ) from None

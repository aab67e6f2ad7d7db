"""Asking a coordinator, on a terminal: the fields of a new record (``pustaka add``), and
yes or no before a write (``add``'s preview; ``enroll --from-gaps``, ``plan --apply``).

Hand-written on Click's ``prompt`` rather than a prompt library (questionary,
InquirerPy): each answer is checked by the same domain function that checks a flag
(``recording.librarian_value``, ``training_value``), so a refusal is the same sentence
either way, in the user's language, and the question is asked again; choices are shown as
a list to type from, which works the same in every terminal, over ssh, and through a
pseudo-terminal in the tests. A library would add menus, not checks, and a dependency
with its own key handling (and its own words in English). Scripts give flags and are
never asked anything: without a terminal a missing field is refused.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from pustaka_cli.cli import common
from pustaka_cli.errors import PustakaError
from pustaka_cli.i18n import Translator

if TYPE_CHECKING:
    from pustaka_cli.api.deciding import FileChange
    from pustaka_cli.model import Dataset


@dataclass(frozen=True, slots=True)
class Question:
    """One field to ask for: its name, whether it must be answered, and the choices to
    show (as ``value (meaning)`` items; empty: a free answer, with ``hint`` as its form)."""

    name: str
    required: bool = False
    choices: tuple[str, ...] = ()
    hint: str | None = None


Check = Callable[[str, str, dict[str, Any]], Any]


def ask_all(
    t: Translator, kind: str, questions: Sequence[Question], given: dict[str, str], check: Check
) -> dict[str, str]:
    """Every field of ``questions``: a given value if it passes ``check``, else asked for
    until an answer does (or is left empty, for a field that may be)."""
    answers: dict[str, str] = {}
    values: dict[str, Any] = {}
    for q in questions:
        text = (given.get(q.name) or "").strip()
        while True:
            if text:
                try:
                    values[q.name] = check(q.name, text, values)
                except PustakaError as err:
                    say(t(err.key, **common.worded(err.args_map, t)))
                else:
                    answers[q.name] = text
                    break
            text = ask(t, kind, q)
            if not text and not q.required:
                break
            if not text:
                say(t("add.required", field=t(f"field.{q.name}")))
    return answers


def ask(t: Translator, kind: str, q: Question) -> str:
    lines = [t(f"add.ask.{kind}.{q.name}")]
    if q.choices:
        lines.append(t("add.choices", choices=", ".join(q.choices)))
    if q.hint:
        lines.append(q.hint)
    if not q.required:
        lines.append(t("add.optional"))
    common.write("\n".join(common.wrapped(line) for line in lines) + "\n")
    answer: str = typer.prompt(">", default="", show_default=False, prompt_suffix=" ")
    return answer.strip()


def say(text: str) -> None:
    common.write(common.wrapped(text) + "\n")


def confirm(t: Translator, shown: str) -> None:
    """Show the record as it will be written and ask; no is a cancelled write."""
    common.write("\n" + t("add.preview") + "\n" + shown + "\n")
    if not typer.confirm(t("add.confirm"), default=True):
        raise PustakaError("error.cancelled")


def previewing(t: Translator) -> Callable[[FileChange], None]:
    """The hook that shows a new record's lines, as they will be written, and asks."""

    def preview(file: FileChange) -> None:
        added = [
            line[1:]
            for line in file.diff().splitlines()
            if line.startswith("+") and not line.startswith("+++")
        ]
        confirm(t, "\n".join(added))

    return preview


def consent(
    t: Translator,
    yes: bool,
    dry_run: bool,
    question: str = "enroll.confirm",
    needed: str = "error.confirm-needed",
) -> None:
    """Ask before a write chosen by pustaka itself (``--from-gaps``, ``plan --apply``) or
    that cannot be undone (``erase``: ``question`` and ``needed`` name its words);
    scripts say --yes."""
    if yes or dry_run:
        return
    if not sys.stdin.isatty():
        raise PustakaError(needed)
    if not typer.confirm(t(question), default=False):
        raise PustakaError("error.cancelled")


# --- add librarian | training ---------------------------------------------------------


def fill(
    t: Translator,
    kind: str,
    data: list[Path] | None,
    given: Mapping[str, str | None],
    required: tuple[str, ...],
) -> dict[str, str]:
    """The fields of a new record: on a terminal, when a required one is missing, every
    field a report needs is asked for; else the flags alone, and a missing required one
    is refused."""
    # A value given blank is not asked again: ``recording`` refuses it, naming the field.
    out = {k: v for k, v in given.items() if v is not None}
    missing = [name for name in required if name not in out]
    if not missing:
        return out
    if not sys.stdin.isatty():
        raise PustakaError("error.value-missing", field=missing[0])
    from pustaka_cli.api import deciding

    form = deciding.form(deciding.one_folder(common.data_folders(data)), kind)
    if kind == "librarian":
        questions = librarian_questions(t, form.dataset)
    else:
        questions = training_questions(t, form.dataset)
    return {**out, **ask_all(t, kind, questions, out, form.check)}


def librarian_questions(t: Translator, data: Dataset) -> list[Question]:
    """What ``add librarian`` asks, with the choices the folder allows."""
    from pustaka_cli import vocab

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


def training_questions(t: Translator, data: Dataset) -> list[Question]:
    """What ``add training`` asks, with the choices the folder allows."""
    from pustaka_cli import vocab

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

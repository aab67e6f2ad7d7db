"""Asking a coordinator, on a terminal, for the fields of a new record (``pustaka add``).

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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import typer

from pustaka_cli.cli import common
from pustaka_cli.errors import PustakaError
from pustaka_cli.i18n import Translator


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

"""Problems as ``path:line:col: error[code]: message`` lines, or as JSON for editors and CI."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pustaka_cli.i18n import Translator
from pustaka_cli.problems import Problem, Severity

# Arguments whose value is itself a word to translate (``word.<value>``).
WORD_ARGS = ("expected", "reason")


def message(p: Problem, t: Translator) -> str:
    args = p.arg_map
    for name in WORD_ARGS:
        if name in args and t.has(f"word.{args[name]}"):
            args[name] = t(f"word.{args[name]}")
    return t(f"problem.{p.code}", **args)


def hint(p: Problem, t: Translator) -> str | None:
    if p.hint is None or not t.has(f"hint.{p.hint}"):
        return None
    return t(f"hint.{p.hint}", **p.arg_map)


def location(p: Problem, prefix: str = "") -> str:
    path = prefix + p.loc.path
    if p.loc.line:
        return f"{path}:{p.loc.line}:{p.loc.col}"
    return path


def as_text(problems: Sequence[Problem], t: Translator, prefix: str = "") -> str:
    """One line per problem, its hint indented below it."""
    lines = []
    for p in problems:
        lines.append(
            f"{location(p, prefix)}: {t('severity.' + p.severity.value)}[{p.code}]: {message(p, t)}"
        )
        found = hint(p, t)
        if found:
            lines.append(f"    {t('hint.label')}: {found}")
    return "\n".join(lines) + ("\n" if lines else "")


def as_json(problems: Sequence[Problem], t: Translator, prefix: str = "") -> str:
    """The documented JSON shape: {"problems": [...], "errors": N, "warnings": N}."""
    items = [
        {
            "path": prefix + p.loc.path,
            "line": p.loc.line,
            "column": p.loc.col,
            "severity": p.severity.value,
            "code": p.code,
            "message": message(p, t),
            "hint": hint(p, t),
        }
        for p in problems
    ]
    return (
        json.dumps(
            {
                "problems": items,
                "errors": sum(p.severity is Severity.ERROR for p in problems),
                "warnings": sum(p.severity is Severity.WARNING for p in problems),
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )

"""Problems as ``path:line:col: error[code]: message`` lines, or as JSON for editors and CI."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pustaka_cli.controls import visible
from pustaka_cli.i18n import Translator
from pustaka_cli.problems import Problem, Severity
from pustaka_cli.render.cells import masked

# Arguments whose value is itself a word to translate (``word.<value>``).
WORD_ARGS = ("expected", "reason")


# Arguments that are an NIP: masked as reports mask them, unless ``--show-nip``.
NIP_ARGS = ("nip",)


def _args(p: Problem, show_nip: bool) -> dict[str, str]:
    """A problem's arguments as they may be shown: every text the user's files gave made
    visible (a control character is spelt, never acted on) and NIPs masked."""
    args = {name: visible(value) for name, value in p.args}
    if not show_nip:
        for name in NIP_ARGS:
            if name in args:
                args[name] = masked(args[name])  # as written, spaces kept: it may be malformed
    return args


def message(
    p: Problem, t: Translator, show_nip: bool = False, shown: dict[str, str] | None = None
) -> str:
    """``shown``: the problem's arguments as ``_args`` gives them, when made already."""
    args = dict(_args(p, show_nip) if shown is None else shown)
    for name in WORD_ARGS:
        if name in args and t.has(f"word.{args[name]}"):
            args[name] = t(f"word.{args[name]}")
    return t(f"problem.{p.code}", **args)


def hint(
    p: Problem, t: Translator, show_nip: bool = False, shown: dict[str, str] | None = None
) -> str | None:
    if p.hint is None or not t.has(f"hint.{p.hint}"):
        return None
    return t(f"hint.{p.hint}", **(_args(p, show_nip) if shown is None else shown))


def location(p: Problem, prefix: str = "") -> str:
    path = visible(prefix + p.loc.path)  # a file's name is the user's text too
    if p.loc.line:
        return f"{path}:{p.loc.line}:{p.loc.col}"
    return path


def as_text(
    problems: Sequence[Problem], t: Translator, prefix: str = "", show_nip: bool = False
) -> str:
    """One line per problem, its hint indented below it; NIPs masked unless ``show_nip``."""
    lines = []
    severities = {s: t("severity." + s.value) for s in Severity}
    label = t("hint.label")
    for p in problems:
        shown = _args(p, show_nip) if p.args else {}
        said = message(p, t, show_nip, shown)
        lines.append(f"{location(p, prefix)}: {severities[p.severity]}[{p.code}]: {said}")
        found = hint(p, t, show_nip, shown)
        if found:
            lines.append(f"    {label}: {found}")
    return "\n".join(lines) + ("\n" if lines else "")


def as_json(
    problems: Sequence[Problem], t: Translator, prefix: str = "", show_nip: bool = False
) -> str:
    """The documented JSON shape: {"problems": [...], "errors": N, "warnings": N}."""
    items = [
        {
            "path": visible(prefix + p.loc.path),
            "line": p.loc.line,
            "column": p.loc.col,
            "severity": p.severity.value,
            "code": p.code,
            "message": message(p, t, show_nip),
            "hint": hint(p, t, show_nip),
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

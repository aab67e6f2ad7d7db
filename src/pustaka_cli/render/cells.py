"""How one cell reads in a language: decimals, percentages, money, levels, NIPs."""

from __future__ import annotations

import datetime as dt

from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d

NONE = "-"
UNKNOWN = "?"


def number(value: float, lang: str, decimals: int = 2) -> str:
    """``2.5`` → ``2,5`` in Indonesian; trailing zeros dropped; never ``-0``."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "id" else text


def grouped(value: float, lang: str) -> str:
    """Thousands grouped: ``12.000.000`` (id), ``12,000,000`` (en)."""
    text = f"{round(value):,}"
    return text.replace(",", ".") if lang == "id" else text


def text(value: d.Cell, kind: str, t: Translator) -> str:
    """The cell as the reader sees it, in the translator's language."""
    lang = t.lang
    if isinstance(value, d.MatrixCell):
        return matrix(value)
    if value is None:
        return UNKNOWN if kind in (d.LEVEL, d.GAP) else NONE
    if isinstance(value, bool):
        return t("report.yes") if value else t("report.no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        if kind in (d.PERCENT, d.BAR):
            return number(value, lang, 1) + "%"
        if kind == d.MONEY:
            return grouped(value, lang)
        if kind == d.CHANGE:
            shown = number(value, lang)
            return shown if shown == "0" or shown.startswith("-") else "+" + shown
        return number(value, lang)
    return value


def matrix(cell: d.MatrixCell) -> str:
    if cell.required is None:
        return NONE
    current = UNKNOWN if cell.current is None else str(cell.current)
    return f"{current}/{cell.required}"


def nip_text(nip: str | None, show: bool) -> str | None:
    """An NIP as text: its usual 8-6-1-3 layout, masked except the last three digits.

    >>> nip_text("198503122010012001", show=False)
    '******** ****** * 001'
    """
    if nip is None:
        return None
    digits = "".join(ch for ch in nip if not ch.isspace())
    if len(digits) == 18 and digits.isdigit():
        digits = f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return digits if show else masked(digits)


def masked(text: str, keep: int = 3) -> str:
    """``text`` with every character but spaces and the last ``keep`` ones as ``*``.

    >>> masked("19850607 201001 1 01")
    '******** ****** 1 01'
    """
    seen = 0
    out = []
    for ch in reversed(text):
        if ch.isspace():
            out.append(ch)
        else:
            seen += 1
            out.append(ch if seen <= keep else "*")
    return "".join(reversed(out))

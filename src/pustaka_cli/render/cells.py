"""How one cell reads in a language: decimals, percentages, money, levels, NIPs."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d

NONE = "-"
UNKNOWN = "?"


# The one rounding rule of every report in every format (docs/report-json.md): a number
# has 2 decimals, a percentage 1, money none; halves round away from zero, on the number
# as written (2.675 → 2.68, where binary floating point would give 2.67).
DECIMALS = {d.PERCENT: 1, d.BAR: 1, d.MONEY: 0}


def decimals(kind: str) -> int:
    """How many decimals a number of this column kind keeps."""
    return DECIMALS.get(kind, 2)


def rounded(value: float, places: int = 2) -> float:
    """``value`` rounded half away from zero to ``places`` decimals; whole numbers stay.

    >>> rounded(10.666666666666666), rounded(2.675), rounded(-0.125)
    (10.67, 2.68, -0.13)
    """
    if isinstance(value, int) or value != value or value in (float("inf"), float("-inf")):
        return value
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(exact) + 0.0  # + 0.0: never -0.0


def settled(value: d.Cell, kind: str) -> d.Cell:
    """A cell's value as every format shows it: numbers rounded by their kind (money to a
    whole number), everything else as it is."""
    if isinstance(value, float):
        out = rounded(value, decimals(kind))
        return int(out) if kind == d.MONEY else out
    return value


def number(value: float, lang: str, places: int = 2, group: bool = False) -> str:
    """The one way a number is written: rounded by ``rounded``, trailing zeros dropped,
    never ``-0``, a decimal comma in Indonesian; with ``group``, thousands grouped.

    >>> number(2.5, "id"), number(1234.5, "id", group=True), number(1234.5, "en", group=True)
    ('2,5', '1.234,5', '1,234.5')
    """
    text = f"{rounded(value, places):{',' if group else ''}.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def grouped(value: float, lang: str) -> str:
    """A whole number, thousands grouped: ``12.000.000`` (id), ``12,000,000`` (en)."""
    return number(value, lang, 0, group=True)


def money(value: float | None, currency: str, lang: str) -> str:
    """``Rp 5.000.000`` in Indonesian for rupiah, else ``IDR 5,000,000``; ``-`` for none."""
    if value is None:
        return NONE
    shown = grouped(value, lang)
    return f"Rp {shown}" if currency == "IDR" and lang == "id" else f"{currency} {shown}"


def level(value: int | None) -> str:
    """A level or gap: ``?`` when unknown."""
    return UNKNOWN if value is None else str(value)


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
        places = decimals(kind)
        if kind in (d.PERCENT, d.BAR):
            return number(value, lang, places) + "%"
        if kind == d.MONEY:
            return grouped(value, lang)
        if kind == d.CHANGE:
            shown = number(value, lang, places)
            return shown if shown == "0" or shown.startswith("-") else "+" + shown
        return number(value, lang, places)
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

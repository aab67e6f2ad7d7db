"""Numbers as Indonesians write them, read the same way wherever pustaka reads a number.

The rules (every command option, every CSV cell, every interactive answer):

- a comma is the decimal mark: ``72,5`` is 72.5;
- dots group thousands: ``10.000.000`` and ``Rp 10.000.000`` are ten million (an ``Rp``
  in front, with or without a dot or space, is dropped; so are spaces between groups:
  ``10 000 000``);
- both together: ``1.234.567,89``;
- a dot is a decimal mark where it cannot be a thousands dot: ``1.5``, ``72.25``;
- English grouping is read where it cannot be Indonesian: ``10,000,000``, ``1,234.5``;
- one dot followed by exactly three digits (``1.500``) could be either: it is refused as
  ambiguous (write ``1500`` or ``1,5``), never guessed — except after ``Rp``, where a dot
  only ever groups thousands.

Pure: text in, a number or a reason out; the caller names the field in its refusal.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009_]+")
_RP = re.compile(r"\A(?:rp\.?|idr)\s*", re.IGNORECASE)
_PLAIN = re.compile(r"\d+\Z")
_DOT_DECIMAL = re.compile(r"\d*\.\d+\Z")
_COMMA_DECIMAL = re.compile(r"\d*,\d+\Z")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?\Z")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?\Z")
_AMBIGUOUS = re.compile(r"\d{1,3}\.\d{3}\Z")


class NotANumber(ValueError):
    """``reason``: ``"ambiguous"`` (``1.500``) or ``"invalid"``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_number(text: str) -> float:
    """The number ``text`` means, or ``NotANumber``.

    >>> read_number("72,5"), read_number("Rp 10.000.000"), read_number("1.5")
    (72.5, 10000000.0, 1.5)
    """
    value = text.strip()
    money = bool(_RP.match(value))
    value = _RP.sub("", value)
    sign = 1.0
    if value[:1] in "+-" and value:
        sign = -1.0 if value[0] == "-" else 1.0
        value = value[1:].lstrip()
    if re.fullmatch(r"\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?", value):
        value = _SPACES.sub("", value)
    if not value or _SPACES.search(value):
        raise NotANumber("invalid")
    if _PLAIN.match(value):
        return sign * float(value)
    if _AMBIGUOUS.match(value):
        if money:
            return sign * float(value.replace(".", ""))
        raise NotANumber("ambiguous")
    if _DOT_GROUPS.match(value):
        return sign * float(value.replace(".", "").replace(",", "."))
    if _DOT_DECIMAL.match(value):
        return sign * float(value)
    if _COMMA_DECIMAL.match(value):
        return sign * float(value.replace(",", "."))
    if _COMMA_GROUPS.match(value):
        return sign * float(value.replace(",", ""))
    raise NotANumber("invalid")


def shown(number: float) -> str:
    """A number as a message shows it: no ``.0`` on whole numbers."""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"

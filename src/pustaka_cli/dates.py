"""Dates as pustaka reads them: one form, the same wherever a date is read.

The rule (a record file, a command option such as ``--today``, ``--on``, ``--as-of``,
a spreadsheet cell, an answer typed at a prompt):

- a date is written ``YYYY-MM-DD``: four digits of year, two of month, two of day,
  joined by hyphens (``2025-03-10``); spaces around it are ignored;
- nothing else is a date: ``20250310``, ``2025-W11-1`` and ``10/03/2025`` are refused,
  never guessed (Python's own ``date.fromisoformat`` would take the first two, so a
  command could once write what no file may hold; ``10/03/2025`` is the 10th of March
  to an Indonesian and the 3rd of October to a spreadsheet set to English);
- a day that does not exist (``2025-02-30``) is refused as such.

Pure: text in, a date or a reason out; the caller names the field in its refusal.

>>> read_date("2025-03-10")
datetime.date(2025, 3, 10)
>>> read_date("20250310")
Traceback (most recent call last):
pustaka_cli.dates.NotADate: format
"""

from __future__ import annotations

import datetime as dt
import re

DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")


class NotADate(ValueError):
    """``reason``: ``"format"`` (not written ``YYYY-MM-DD``) or ``"calendar"`` (no such day)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_date(text: str) -> dt.date:
    """The date ``text`` writes, or ``NotADate`` saying why it is none."""
    m = DATE_PATTERN.match(text.strip())
    if not m:
        raise NotADate("format")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise NotADate("calendar") from None

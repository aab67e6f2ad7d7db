"""Certificates: what each librarian holds, until when, and what lapses soon.

Three kinds, each from the record that proves it (README: "Certificates"):

- **STTPP** (Surat Tanda Tamat Pendidikan dan Pelatihan) of a participation: a
  participant's ``certificate: {number, date}`` in ``trainings:`` — written for a
  completed participation (the certificate states the JP, Peraturan LAN 10/2018). Its
  date is the certificate's, else the activity's last day. It does not expire.
- **STTPP of learning outside the programme**: the ``certificate`` of a ``learning:``
  record (``domain/learning.py``), the same shape.
- **LSP certificate** (sertifikat kompetensi, LSP Pustakawan, licensed by BNSP): an
  ``lsp`` evaluation with its ``certificate`` number, ``scheme`` (skema sertifikasi) and
  ``expires``. It is **valid until** the day the level rule says it counts as evidence —
  ``expires``, else its date plus ``levels.valid_months.lsp`` when set, else never
  (``EvidenceRule.until``: one rule for the certificate and for the levels it gives).
  ``check`` warns where neither is written.

On the as-of date a certificate is ``valid``, ``expired`` (valid until a day before it)
or ``no-expiry`` (an LSP certificate with no end; STTPPs are ``valid``). With
``--expiring 6m`` (also ``90d``, ``1y``) only those whose last valid day falls within the
window — from the as-of date to the same day six months on — are listed: those to
recertify (Totara's recertification window).

Pure: no files, clock or environment.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from pustaka_cli.domain import learning
from pustaka_cli.domain.levels import add_months, evidence_rule
from pustaka_cli.errors import UsageError
from pustaka_cli.model import Dataset
from pustaka_cli.problems import Loc

KINDS = ("sttpp", "lsp")
_WINDOW = re.compile(r"([1-9][0-9]{0,3})([dmy])\Z")


@dataclass(frozen=True, slots=True)
class Window:
    """A recertification window: ``count`` days, months or years (``unit`` d, m, y)."""

    count: int
    unit: str

    def end(self, start: dt.date) -> dt.date:
        """The window's last day from ``start``: 2026-11-21 + 6m -> 2027-05-21."""
        if self.unit == "d":
            return start + dt.timedelta(days=self.count)
        return add_months(start, self.count * (12 if self.unit == "y" else 1))

    def __str__(self) -> str:
        return f"{self.count}{self.unit}"


def window(text: str) -> Window:
    """``--expiring``'s value: ``90d``, ``6m``, ``1y`` (a usage error otherwise)."""
    found = _WINDOW.match(text.strip().lower())
    if found is None:
        raise UsageError("report.error.bad-window", value=text)
    return Window(int(found.group(1)), found.group(2))


@dataclass(frozen=True, slots=True)
class Held:
    """One certificate a librarian holds, and its standing on the as-of date."""

    librarian: str
    kind: str  # sttpp | lsp
    number: str | None
    date: dt.date | None
    until: dt.date | None  # the last day it is valid (None: no end)
    status: str  # valid | expired | no-expiry
    loc: Loc
    scheme: str | None = None  # lsp: the certification scheme
    source: str | None = None  # sttpp: the activity or learning id
    title: str | None = None  # sttpp: what it was for


def held(data: Dataset, as_of: dt.date, people: Collection[str] | None = None) -> tuple[Held, ...]:
    """Every certificate dated up to ``as_of`` (of ``people``, when given), by person,
    date, kind and place."""
    rule = evidence_rule(data.settings.levels)
    found: list[Held] = []
    for e in data.evaluations:
        if e.kind != "lsp" or (e.date is not None and e.date > as_of):
            continue
        until = rule.until("lsp", e.date, e.expires)
        status = "no-expiry" if until is None else "expired" if until < as_of else "valid"
        found.append(
            Held(e.librarian, "lsp", e.certificate, e.date, until, status,
                 e.src.loc, scheme=e.scheme)
        )  # fmt: skip
    for t in (*data.trainings, *learning.activities(data)):
        for p in t.participants:
            c = p.certificate
            if c is None:
                continue
            day = c.date or t.last_day
            if day > as_of:
                continue
            found.append(
                Held(p.librarian, "sttpp", c.number, day, None, "valid", c.src.loc,
                     source=t.id, title=t.title)
            )  # fmt: skip
    chosen = [h for h in found if people is None or h.librarian in people]
    chosen.sort(key=lambda h: (h.librarian, h.date or dt.date.min, h.kind, h.loc))
    return tuple(chosen)


def expiring(items: tuple[Held, ...], as_of: dt.date, within: Window) -> tuple[Held, ...]:
    """Those whose last valid day falls from ``as_of`` to the window's end, soonest first."""
    last = within.end(as_of)
    return tuple(
        sorted(
            (h for h in items if h.until is not None and as_of <= h.until <= last),
            key=lambda h: (h.until or dt.date.max, h.librarian, h.loc),
        )
    )

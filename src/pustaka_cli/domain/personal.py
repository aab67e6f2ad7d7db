"""Personal data in a data folder, and how pustaka hides it (UU PDP 27/2022).

A data folder names people: each librarian's name, NIP and e-mail, and the free text
written about them. UU 27/2022 on the Protection of Personal Data counts a full name, and
data combined to identify a person, as personal data (art. 4(3)); a NIP alone is such a
combination (it spells the birth date and the sex). A person may ask that data about them
be deleted (art. 8). Two tools follow from that, both reading this rulebook:

**What each field is** (``store/personal.py``'s ``FIELDS``, every field of every record
kind; a test keeps it complete). A field is one of:

- ``KEEP`` — what the numbers are made of: grades, libraries, employment, dates, levels,
  results, scores, JP, minutes, costs, titles of activities, the framework. Kept as is.
- ``PERSON`` — a librarian's id, or a reference to one (a participant, an evaluation's
  librarian, a mentor, a mentee, feedback naming a librarian). Ids are often made of
  the name (``rosmala-s``): replaced by the person's pseudonym, the same in every
  reference, so every count and total per person stays right.
- ``NAME`` — the person's name: replaced by the same pseudonym.
- ``IDENTIFIER`` — what identifies a person on its own: NIP, e-mail, a certificate
  number (the register of certificates names its holder). Removed; one a record needs
  (an STTPP's number) is replaced: by a pseudonym of its own in an export, by the erased
  person's pseudonym and a serial (``p-…-1``) in an erasure.
- ``NOTE`` — free text written about people (notes of an evaluation or a mentoring
  session, users' comments): it may name anyone. Removed.
- ``ASSESSOR`` — who assessed (``by``): a librarian's id is a ``PERSON``; other text
  (a title such as "Kepala Dinas", or someone's name) is a ``NOTE``.
- ``LABEL`` — a record's own id that is referenced nowhere and often says whom it is
  about (a feedback id such as ``saran-2024-04-cabang-ujang``): replaced by a
  pseudonym of its own in an export; an erasure replaces only the erased person's name
  in it.

**A pseudonymised export** (``pustaka export --pseudonymise``) keeps ``KEEP`` fields,
gives each person the pseudonym ``pseudonym(key, id)`` — an HMAC-SHA256 of the id under
the folder's own secret key, so the same person has the same pseudonym in every export
and nobody without the key can compute it from a name list — and removes
``IDENTIFIER`` and ``NOTE`` fields. Full names and ids of librarians that appear in kept
text (a title, a provider) are replaced by their pseudonyms (``Mentions``). Every
comment is left out: a comment is free text.

**An erasure** (``pustaka erase``) removes what names one person from every file: their
name and id become a random pseudonym (not the key's: nobody, not even the key holder,
can link it back), their ``IDENTIFIER`` fields and the ``NOTE`` fields of records about
them are removed, and every mention of them in other text and in comments (``words``:
full name, id, NIP with and without spaces, e-mail, and each part of their name that no
other librarian's name has) is replaced by the pseudonym. Their grades, dates, levels
and JP stay, under the pseudonym: every total is unchanged.

Pure: no files, clock or environment; the key is given.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset

# --- pseudonyms -----------------------------------------------------------------------

PSEUDONYM_DIGITS = 12
"""Hex digits of a pseudonym: 48 bits, so that even a national folder of 100,000 people
meets a collision with a chance of about 1 in 50,000 (and it is refused, never merged)."""


def pseudonym(key: bytes, person: str) -> str:
    """The stable pseudonym of the librarian ``person`` (an id) under ``key``.

    >>> pseudonym(b"k" * 32, "rosmala-s")[:2]
    'p-'
    """
    digest = hmac.new(key, b"librarian\0" + person.encode("utf-8"), hashlib.sha256)
    return "p-" + digest.hexdigest()[:PSEUDONYM_DIGITS]


def label(key: bytes, text: str) -> str:
    """The stable pseudonym of a ``LABEL`` (a feedback id) under ``key``."""
    digest = hmac.new(key, b"label\0" + text.encode("utf-8"), hashlib.sha256)
    return "f-" + digest.hexdigest()[:PSEUDONYM_DIGITS]


def erased(token: bytes) -> str:
    """The pseudonym of an erased person, from random bytes the caller draws."""
    return "p-" + token.hex()[:PSEUDONYM_DIGITS]


# --- mentions in free text ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """What names one librarian: id, name, NIP and e-mail as written."""

    id: str
    name: str
    nip: str | None = None
    email: str | None = None


def words(person: Person, others: Iterable[Person] = ()) -> tuple[str, ...]:
    """Every text that names ``person`` in free text, longest first: the full name, the
    id, the NIP with and without its spaces, the e-mail, and each part of the name of
    three letters or more that no other librarian's name has (``Rosmala`` in "Kepala
    UPT (Rosmala D. S.)"; a part another person shares, such as ``Dewi``, would name
    them too).

    >>> words(Person("budi-h", "Budi Hartono", "19800101 200501 1 001"))[:2]
    ('19800101 200501 1 001', '198001012005011001')
    """
    found = {person.id, person.name}
    if person.nip:
        found |= {person.nip, person.nip.replace(" ", "")}
    if person.email:
        found.add(person.email)
    shared = {
        part.casefold() for other in others if other.id != person.id for part in _parts(other.name)
    }
    found |= {
        part for part in _parts(person.name) if len(part) >= 3 and part.casefold() not in shared
    }
    return tuple(sorted((w for w in found if w.strip()), key=lambda w: (-len(w), w)))


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[^\w]+", name) if p and not p.isdigit()]


class Mentions:
    """Replaces every mention of some people in a text by each one's replacement.

    Matching is whole-word (a letter, digit or underscore on either side is no match: a
    ``-`` is, so ``ujang`` is found in ``cabang-ujang``) and ignores case. Each word is
    indexed by its first run of letters and digits, so that a text is matched only
    against the words that may be in it: an export names 10,000 people.

    >>> Mentions({"Budi Hartono": "p-1", "budi-h": "p-1"}).replaced("Coach: Budi Hartono")
    'Coach: p-1'
    """

    def __init__(self, replacements: Mapping[str, str]) -> None:
        self._by_word = {w.lower(): r for w, r in replacements.items() if w.strip()}
        self._by_first: dict[str, list[str]] = {}
        self._always: list[str] = []  # words that do not begin with a letter or digit
        for word in self._by_word:
            first = _RUN.match(word)
            if first is None:
                self._always.append(word)
            else:
                self._by_first.setdefault(first.group(0), []).append(word)

    def _candidates(self, text: str) -> list[str]:
        runs = set(_RUN.findall(text.lower()))
        found = [w for run in runs for w in self._by_first.get(run, ())]
        return found + self._always

    def found(self, text: str) -> bool:
        return self.replaced(text) != text

    def replaced(self, text: str) -> str:
        candidates = self._candidates(text)
        if not candidates:
            return text
        ordered = sorted(set(candidates), key=lambda w: (-len(w), w))
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)", re.IGNORECASE
        )
        return pattern.sub(lambda m: self._said(m.group(0)), text)

    def _said(self, matched: str) -> str:
        found = self._by_word.get(matched.lower())
        if found is not None:
            return found
        # a letter whose cases do not fold one to one: find the word it matched
        return next(
            r for w, r in self._by_word.items() if re.fullmatch(re.escape(w), matched, re.I)
        )


_RUN = re.compile(r"\w+")


def export_mentions(people: Iterable[Person], key: bytes) -> Mentions:
    """In an export: each librarian's full name and id, replaced by their pseudonym."""
    pairs: dict[str, str] = {}
    for p in people:
        alias = pseudonym(key, p.id)
        pairs[p.name] = alias
        pairs[p.id] = alias
    return Mentions(pairs)


# --- an erasure -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Erasure:
    """Whom an erasure removes (``person``, ``name``: shown to the coordinator before and
    never written), the pseudonym they become, what named them (``words``, for
    rewriting git history), and how text is said without them (``mentions``)."""

    person: str
    name: str
    alias: str
    words: tuple[str, ...]
    mentions: Mentions = field(compare=False)


def erasure(data: Dataset, person: str, token: bytes) -> Erasure:
    """The erasure of the librarian ``person``; ``token``: random bytes for the pseudonym
    (refused: an unknown librarian, with the closest id suggested)."""
    from pustaka_cli.domain.enrollment import librarian

    found = librarian(data, person)
    alias = erased(token)
    people = [Person(x.id, x.name, x.nip, x.email) for x in data.librarians]
    if alias in {x.id for x in data.librarians}:
        raise PustakaError("error.pseudonym-collision")
    me = Person(found.id, found.name, found.nip, found.email)
    said = words(me, people)
    return Erasure(found.id, found.name, alias, said, Mentions(dict.fromkeys(said, alias)))

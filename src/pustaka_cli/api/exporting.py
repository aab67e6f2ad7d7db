"""The library face for sharing a folder without the people in it: a pseudonymised copy.

    >>> from pustaka_cli.api import exporting
    >>> done = exporting.export(Path("data"), dt.date(2026, 6, 30), Path("to-province"))
    >>> done.people, done.files   # librarians renamed, files written

What is kept, renamed and removed is domain/personal.py's rulebook and
store/personal.py's table of fields. The folder is read whole, without the cache, and
refused when it has errors (a copy of a broken folder gives no numbers worth sharing).
The pseudonym key is made once in the folder (``.pustaka/pseudonym.key``, never
committed). The copy is written whole in a temp folder beside the target and checked
there (``pustaka check``: a copy with an error the folder does not have is refused) before
it is renamed into place: a refused export leaves nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pustaka_cli import workspace
from pustaka_cli.domain import personal
from pustaka_cli.errors import FolderProblems, PustakaError
from pustaka_cli.problems import Severity
from pustaka_cli.store import personal as files

FORMATS = ("yaml", "json")


@dataclass(frozen=True, slots=True)
class Exported:
    """A copy written: where, as what, how many files and people, and whether the
    folder's pseudonym key was made by this export."""

    path: Path
    format: str
    files: int
    people: int
    key_made: bool


class ExportNaming:
    """The export's renaming (store/personal.py's ``Naming``): each librarian's
    ``pseudonym`` under the folder's key; their full names and ids in kept text."""

    def __init__(self, key: bytes, people: Iterable[personal.Person]) -> None:
        listed = list(people)
        self.key = key
        self.ids = frozenset(p.id for p in listed)
        self.mentions = personal.export_mentions(listed, key)

    def known(self, text: str) -> bool:
        return text in self.ids

    def person(self, text: str) -> str:
        return personal.pseudonym(self.key, text)

    def label(self, text: str) -> str:
        return personal.label(self.key, text)

    def text(self, text: str) -> str:
        return self.mentions.replaced(text)


def export(folder: Path, today: dt.date, out: Path, fmt: str = "yaml") -> Exported:
    """A pseudonymised copy of ``folder`` at ``out``: a folder of YAML files (``yaml``)
    or one JSON dataset (``json``). Refused: an ``out`` that exists and is not empty (a
    file that exists, for JSON), or lies inside the folder; a folder with errors."""
    if fmt not in FORMATS:
        raise PustakaError("error.export-format", value=fmt, choices=", ".join(FORMATS))
    files.refuse_target(folder, out, is_file=fmt == "json")
    opened = workspace.open_to_write(folder, today)
    errors = tuple(p for p in opened.problems if p.severity is Severity.ERROR)
    if errors:
        raise FolderProblems("error.export-broken", errors, folder=folder, count=len(errors))
    key, made = files.pseudonym_key(folder)
    people = [
        personal.Person(lib.id, lib.name, lib.nip, lib.email) for lib in opened.dataset.librarians
    ]
    copy = files.pseudonymised(folder, ExportNaming(key, people), [p.id for p in people])
    texts = {source.rel: files.yaml_text(root) for source, root in copy.files}

    def verify(tmp: Path) -> None:
        found = workspace.open_to_write(tmp, today).problems
        broken = tuple(p for p in found if p.severity is Severity.ERROR)
        if broken:
            raise FolderProblems("error.export-unchecked", broken, count=len(broken))

    if fmt == "json":
        files.try_copy(texts, verify)  # the dataset is the copy's: checked as one
        files.write_file(out, files.dataset_json(copy))
        return Exported(out, fmt, 1, copy.people, made)
    files.write_copy(out, texts, verify)
    return Exported(out, fmt, len(texts), copy.people, made)

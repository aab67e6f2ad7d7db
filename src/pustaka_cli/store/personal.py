"""The files' side of personal data: the folder's pseudonym key, the pseudonymised copy
(``pustaka export --pseudonymise``), and the changes that erase one person (``pustaka
erase``). What each field is, and why, is ``domain/personal.py``'s rulebook.

The copy is made from the parsed tree of each record file, never from its text: every
comment is left out (a comment is free text that may name anyone), and so is every key
no record spec knows. Each file is written back as plain block YAML whose scalars read
as they were written (a quoted NIP stays quoted text, a plain date a date), and is
verified by parsing it again: the tree must be the one intended.

The erasure is a set of ``writer`` operations on the files as they are: only the
scalars, keys and comments that name the person change; every other byte stays.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pustaka_cli.errors import PustakaError
from pustaka_cli.store import records, writer
from pustaka_cli.store.fields import Field, RecordSpec
from pustaka_cli.store.fieldtypes import (
    BOOL,
    FALSE_WORDS,
    INT,
    INT_PATTERN,
    NUMBER,
    NUMBER_PATTERN,
    RECORD,
    RECORDMAP,
    RECORDS,
    TEXT,
    TRUE_WORDS,
)
from pustaka_cli.store.files import private_folder, read_whole
from pustaka_cli.store.listing import SETTINGS_FILE, kind_entries
from pustaka_cli.store.lock import folder_lock
from pustaka_cli.store.namespace import SEPARATOR
from pustaka_cli.store.yaml import Mapping as YMapping
from pustaka_cli.store.yaml import Node, Scalar, Sequence, parse
from pustaka_cli.store.yaml.emit import double_quoted, emit_scalar

# --- what each field is (domain/personal.py: the rulebook) -----------------------------

KEEP = "keep"
PERSON = "person"
NAME = "name"
IDENTIFIER = "identifier"
NOTE = "note"
ASSESSOR = "assessor"
LABEL = "label"

# Every field of every record kind, by the record spec's name (store/records.py).
# tests/test_pseudonymise.py holds it complete: a new field must be placed here.
FIELDS: dict[str, dict[str, str]] = {
    "settings": dict.fromkeys(
        ("organisation", "language", "currency", "paper", "libraries", "jp", "levels"), KEEP
    )
    | {"feedback": KEEP, "mentoring": KEEP, "code": KEEP},
    "library": {"id": KEEP, "name": KEEP},
    "jp-target": dict.fromkeys(("min", "max", "year"), KEEP),
    "jp": dict.fromkeys(("minutes_per_jp", "targets", "requires_pass"), KEEP),
    "levels": dict.fromkeys(
        (
            "combine",
            "priority",
            "sources",
            "valid_months",
            "kompeten_level",
            "pass_score",
            "require_post_test",
            "unknown_is_zero",
            "proficient_level",
            "expert_level",
        ),
        KEEP,
    ),
    "mentoring-settings": {"max_mentees": KEEP},
    "feedback-settings": {"scale_max": KEEP},
    "scale-level": dict.fromkeys(("level", "name", "description"), KEEP),
    "key-function": dict.fromkeys(("id", "name"), KEEP),
    "competency": dict.fromkeys(
        ("id", "group", "key_function", "name", "skkni_ref", "weight", "holders"), KEEP
    ),
    "profile": dict.fromkeys(
        (
            "grade",
            "name",
            "track",
            "rank",
            "coefficient",
            "aliases",
            "requires",
            "credit_rank",
            "credit_grade",
        ),
        KEEP,
    ),
    # a librarian's dated changes of grade, employment or library, with credit brought in
    "history": dict.fromkeys(("from", "grade", "employment", "library", "credit"), KEEP),
    "librarian": {
        "id": PERSON,
        "name": NAME,
        "nip": IDENTIFIER,
        "library": KEEP,
        "grade": KEEP,
        "employment": KEEP,
        "started": KEEP,
        "contract_start": KEEP,
        "status": KEEP,
        "left": KEEP,
        "mentor": PERSON,
        "target_grade": KEEP,
        "email": IDENTIFIER,
        "history": KEEP,
    },
    "indicator": dict.fromkeys(("text", "target", "achieved", "unit"), KEEP),
    "participant": {
        "librarian": PERSON,
        "state": KEEP,
        "date": KEEP,
        "attended": KEEP,
        "score": KEEP,
        "rating": KEEP,
        "certificate": KEEP,
    },
    # a certificate (STTPP) of a participation or of learning outside the programme
    "certificate": {"number": IDENTIFIER, "date": KEEP},
    "prerequisites": {"levels": KEEP, "trainings": KEEP},
    "training": dict.fromkeys(
        (
            "id",
            "title",
            "type",
            "mode",
            "provider",
            "partner",
            "partner_kind",
            "start",
            "end",
            "jp",
            "minutes",
            "capacity",
            "cost",
            "status",
            "develops",
            "prerequisites",
            "indicators",
            "participants",
            "budget_source",
            "actual_cost",
            "place",
            "days",
            "completion",
            "guests",
        ),
        KEEP,
    )
    | {"notes": NOTE},
    # issue 19: attendance and people from outside the staff. A guest is a person who is
    # no librarian: the name identifies them (a stable label in the copy: the record needs
    # one); the institution and role are what the activity's reach is made of.
    "completion": {"min_attendance": KEEP},
    "guest": {"name": IDENTIFIER, "institution": KEEP, "role": KEEP, "attended": KEEP},
    "organiser": {"librarian": PERSON, "role": KEEP},
    "event": dict.fromkeys(
        (
            "id",
            "title",
            "type",
            "mode",
            "place",
            "partner",
            "partner_kind",
            "start",
            "end",
            "status",
            "cost",
            "audience",
            "organisers",
            "guests",
            "indicators",
        ),
        KEEP,
    )
    | {"notes": NOTE},
    "evaluation": {
        "librarian": PERSON,
        "kind": KEEP,
        "date": KEEP,
        "by": ASSESSOR,
        "levels": KEEP,
        "results": KEEP,
        "certificate": IDENTIFIER,
        "expires": KEEP,
        "year": KEEP,
        "predicate": KEEP,
        "notes": NOTE,
        "indicators": KEEP,
        "scheme": KEEP,
    },
    "skp-indicator": dict.fromkeys(("text", "target", "result", "unit"), KEEP),
    # learning outside the programme: its id is often made of the person's (elearning-
    # 2026-intan-p-rda) and is referenced nowhere
    "learning": dict.fromkeys(
        (
            "title",
            "type",
            "provider",
            "start",
            "end",
            "jp",
            "minutes",
            "state",
            "score",
            "develops",
            "certificate",
        ),
        KEEP,
    )
    | {"id": LABEL, "librarian": PERSON, "notes": NOTE},
    "feedback": {
        "id": LABEL,
        "date": KEEP,
        "library": KEEP,
        "service": KEEP,
        "librarian": PERSON,
        "method": KEEP,
        "respondents": KEEP,
        "score": KEEP,
        "comments": NOTE,
    },
    "session": {"date": KEEP, "minutes": KEEP, "notes": NOTE},
    # a year's budget line: the amount and its budget document (DPA) are the numbers
    "budget": dict.fromkeys(("year", "source", "amount", "reference"), KEEP) | {"notes": NOTE},
    "mentoring": {
        "id": KEEP,
        "mentor": PERSON,
        "mentee": PERSON,
        "competencies": KEEP,
        "start": KEEP,
        "end": KEEP,
        "sessions": KEEP,
    },
}


def treatment(record: str, field: str) -> str | None:
    """What ``field`` of a ``record`` (a spec's name) is; None for a field not placed."""
    return FIELDS.get(record, {}).get(field)


class Naming(Protocol):
    """How a copy or an erasure renames: given by the caller, from domain/personal.py."""

    def known(self, text: str) -> bool:
        """Whether ``text`` is a librarian's id."""

    def person(self, text: str) -> str:
        """The pseudonym of the librarian ``text`` (an id)."""

    def label(self, text: str) -> str:
        """The pseudonym of a ``LABEL``."""

    def text(self, text: str) -> str:
        """Free text with the people it mentions replaced."""


KEY_FILE = Path(".pustaka") / "pseudonym.key"
"""The folder's secret pseudonym key: 32 random bytes as hex, made by the first export,
never committed (``.pustaka/`` is git-ignored but for its schemas)."""


def pseudonym_key(folder: Path) -> tuple[bytes, bool]:
    """The folder's pseudonym key, and whether it was made now (under the folder's lock,
    so that two exports never make two keys)."""
    path = folder / KEY_FILE
    with contextlib.suppress(FileNotFoundError):
        return _key_from(path), False
    with folder_lock(folder):
        with contextlib.suppress(FileNotFoundError):
            return _key_from(path), False
        private_folder(folder)
        text = secrets.token_hex(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(text + "\n")
        except OSError as err:
            raise PustakaError(
                "error.write-failed", path=KEY_FILE.as_posix(), reason=err.strerror or str(err)
            ) from None
        return bytes.fromhex(text), True


def _key_from(path: Path) -> bytes:
    text = read_whole(path).decode("ascii", "replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise PustakaError("error.pseudonym-key-bad", path=KEY_FILE.as_posix())
    return key


# --- the files of a folder, by what reads them ------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One file of the folder that pustaka reads: its path and what it holds."""

    rel: str
    path: Path
    kind: str  # a record kind's name (store/records.py), or "settings"
    specs: Mapping[str, RecordSpec]  # its top-level lists; empty for the settings

    @property
    def settings(self) -> bool:
        return self.kind == "settings"


def sources(folder: Path) -> list[Source]:
    """Every file pustaka reads in ``folder``, in reading order."""
    out = [Source(SETTINGS_FILE, folder / SETTINGS_FILE, "settings", {})]
    for kind in records.KINDS:
        for rel, full in kind_entries(folder, kind.name, kind.folder):
            out.append(Source(rel, Path(full), kind.name, dict(kind.lists)))
    return out


def _parsed(source: Source, data: bytes | None = None) -> Node | None:
    parsed = parse(read_whole(source.path) if data is None else data, source.rel)
    if parsed.problems:
        first = parsed.problems[0].loc
        raise PustakaError("error.write-file-problems", path=source.rel, line=first.line)
    return parsed.root


# --- the pseudonymised copy -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Copy:
    """The pseudonymised trees of a folder's files, by path, and the people renamed."""

    files: tuple[tuple[Source, Node | None], ...]
    people: int


class _Pseudonymiser:
    def __init__(self, naming: Naming) -> None:
        self.naming = naming

    def root(self, source: Source, root: Node | None) -> Node | None:
        if not isinstance(root, YMapping):
            return root
        if source.settings:
            return self.record(root, records.SETTINGS)
        items = []
        for key, value in root.items:
            spec = source.specs.get(key.text)
            if spec is None:
                continue  # no reader reads it: left out
            items.append((key, self.records(value, spec)))
        return YMapping(tuple(items), root.loc)

    def records(self, node: Node, spec: RecordSpec) -> Node:
        if not isinstance(node, Sequence):
            return node
        return Sequence(tuple(self.record(item, spec) for item in node.items), node.loc)

    def record(self, node: Node, spec: RecordSpec) -> Node:
        if not isinstance(node, YMapping):
            return node
        own = _text_of(node, "id")
        items: list[tuple[Scalar, Node]] = []
        for key, value in node.items:
            f = spec.field(key.text)
            what = None if f is None else treatment(spec.name, f.name)
            if f is None or what is None:
                continue  # a field no rule places is left out
            new = self.value(value, f, what, own)
            if new is not None:
                items.append((key, new))
        return YMapping(tuple(items), node.loc)

    def value(self, node: Node, f: Field, what: str, own: str | None) -> Node | None:
        if f.record is not None and f.type is RECORDS:
            return self.records(node, f.record)
        if f.record is not None and f.type is RECORD:
            return self.record(node, f.record)
        if f.record is not None and f.type is RECORDMAP and isinstance(node, YMapping):
            inner = f.record
            return YMapping(tuple((k, self.record(v, inner)) for k, v in node.items), node.loc)
        if isinstance(node, Scalar) and what == IDENTIFIER and f.required:
            return _scalar(self.naming.label(node.text), node)  # a record needs it
        if what in (IDENTIFIER, NOTE):
            return None
        if isinstance(node, Scalar) and node.is_null:
            return node
        if not isinstance(node, Scalar):
            if what == PERSON:
                return _mapped(node, self.person)
            return node if what == KEEP else None
        if what == PERSON:
            return _scalar(self.person(node.text), node)
        if what == NAME:
            return _scalar(self.person(own or node.text), node)
        if what == ASSESSOR:
            return _scalar(self.person(node.text), node) if self.naming.known(node.text) else None
        if what == LABEL:
            return _scalar(self.naming.label(node.text), node)
        if f.type is TEXT:
            said = self.naming.text(node.text)
            return node if said == node.text else _scalar(said, node)
        return node

    def person(self, text: str) -> str:
        # a reference written qualified (``cilegon/budi-h``): the city stays, the id goes
        city, separator, person = text.rpartition(SEPARATOR)
        return city + separator + self.naming.person(person)


def _mapped(node: Node, rename: Callable[[str], str]) -> Node:
    """A list of ids with each renamed."""
    if isinstance(node, Sequence):
        return Sequence(
            tuple(_scalar(rename(i.text), i) if isinstance(i, Scalar) else i for i in node.items),
            node.loc,
        )
    return node


def _scalar(text: str, like: Scalar) -> Scalar:
    return Scalar(text, like.quoted or not _plain(text), like.loc)


def _plain(text: str) -> bool:
    return emit_scalar(text) == text


def _text_of(node: YMapping, key: str) -> str | None:
    for k, v in node.items:
        if k.text == key and isinstance(v, Scalar):
            return v.text
    return None


def pseudonymised(folder: Path, naming: Naming, people: Collection[str]) -> Copy:
    """Every file of ``folder`` pseudonymised; ``people``: each librarian's id."""
    p = _Pseudonymiser(naming)
    files = tuple((source, p.root(source, _parsed(source))) for source in sources(folder))
    renamed = {naming.person(person) for person in people}
    if len(renamed) != len(people):  # 48 bits: never seen, but never merged either
        raise PustakaError("error.pseudonym-collision")
    return Copy(files, len(people))


# --- YAML from a tree -------------------------------------------------------------------


def yaml_text(root: Node | None) -> bytes:
    """The tree as block YAML that reads back as the same tree (verified)."""
    lines = ["# pseudonymised by pustaka export (see README, 'Personal data')"]
    if root is not None:
        lines += _lines(root, 0)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    again = parse(data, "copy.yaml")
    if again.problems or writer.plain(again.root) != writer.plain(root):
        raise PustakaError("error.export-unverified")
    return data


def _lines(node: Node, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(node, YMapping):
        out = []
        for key, value in node.items:
            head = f"{pad}{_text(key)}:"
            if isinstance(value, Scalar):
                out.append(f"{head} {_text(value)}".rstrip())
            elif not value.items:
                out.append(f"{head} {'{}' if isinstance(value, YMapping) else '[]'}")
            else:
                out.append(head)
                out += _lines(value, indent + 2)
        return out
    if isinstance(node, Sequence):
        out = []
        for item in node.items:
            if isinstance(item, Scalar):
                out.append(f"{pad}- {_text(item)}".rstrip())
            elif not item.items:
                out.append(f"{pad}- {'{}' if isinstance(item, YMapping) else '[]'}")
            else:
                inner = _lines(item, indent + 2)
                inner[0] = f"{pad}- " + inner[0][indent + 2 :]
                out += inner
        return out
    return [pad + _text(node)]


def _text(node: Scalar) -> str:
    if node.quoted or "\n" in node.text:
        return double_quoted(node.text)
    return node.text


# --- JSON from the trees ----------------------------------------------------------------


def dataset_json(copy: Copy) -> bytes:
    """The pseudonymised folder as one JSON document: the settings, then each kind's
    records in reading order (files of a kind together), values typed by their field."""
    out: dict[str, Any] = {"format": "pustaka-pseudonymised", "version": 1}
    for source, root in copy.files:
        if source.settings:
            out["settings"] = _json_record(root, records.SETTINGS) if root else {}
            continue
        if not isinstance(root, YMapping):
            continue
        for key, value in root.items:
            spec = source.specs[key.text]
            found = out.setdefault(key.text, [])
            if isinstance(value, Sequence):
                found += [_json_record(item, spec) for item in value.items]
    return (json.dumps(out, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _json_record(node: Node, spec: RecordSpec) -> Any:
    if not isinstance(node, YMapping):
        return _json_value(node, None)
    out: dict[str, Any] = {}
    for key, value in node.items:
        f = spec.field(key.text)
        if f is not None and f.record is not None:
            if f.type is RECORDS and isinstance(value, Sequence):
                out[key.text] = [_json_record(i, f.record) for i in value.items]
            elif f.type is RECORDMAP and isinstance(value, YMapping):
                out[key.text] = {k.text: _json_record(v, f.record) for k, v in value.items}
            else:
                out[key.text] = _json_record(value, f.record)
        else:
            out[key.text] = _json_value(value, f)
    return out


def _json_value(node: Node, f: Field | None) -> Any:
    if isinstance(node, YMapping):  # levels, results, valid months: numbers by name
        return {k.text: _json_value(v, None) for k, v in node.items}
    if isinstance(node, Sequence):  # ids, texts, dates: each as its field says
        return [_json_value(i, f) for i in node.items]
    if node.is_null:
        return None
    text = node.text
    if f is not None and f.type is BOOL and not node.quoted:
        low = text.lower()
        return True if low in TRUE_WORDS else False if low in FALSE_WORDS else text
    if node.quoted or (f is not None and f.type not in (INT, NUMBER)):
        return text
    # a number field, or a value inside levels, results, valid months...
    if INT_PATTERN.match(text):
        return int(text.replace("_", ""))
    if NUMBER_PATTERN.match(text) and any(c.isdigit() for c in text):
        return float(text.replace("_", ""))
    return text


# --- erasing one person ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Erasing:
    """One person to erase: their id, the pseudonym they get, and ``said``: a text with
    every mention of them replaced (domain/personal.py's ``Mentions``)."""

    person: str
    alias: str
    said: Callable[[str], str]


def erasure(folder: Path, erasing: Erasing) -> tuple[writer.Change, ...]:
    """The changes that erase the person from every file of ``folder`` that names them
    (one per file). A file where ``said`` finds nothing — neither their id, nor their
    name, NIP or e-mail — is not even parsed."""
    changes = []
    serials = itertools.count(1)  # a certificate number a record needs: alias-1, alias-2...
    for source in sources(folder):
        data = read_whole(source.path)
        text = data.decode("utf-8", "replace")
        if erasing.said(text) == text:
            continue
        root = _parsed(source, data)
        ops: list[writer.Op] = []
        if isinstance(root, YMapping) and source.settings:
            _erase(root, records.SETTINGS, (), False, ops, erasing, serials)
        elif isinstance(root, YMapping):
            for key, value in root.items:
                spec = source.specs.get(key.text)
                if spec is None or not isinstance(value, Sequence):
                    continue
                for i, item in enumerate(value.items):
                    _erase(item, spec, (key.text, i), False, ops, erasing, serials)
        ops.append(writer.Reword(erasing.said))
        changes.append(writer.Change(source.rel, source.kind, tuple(ops)))
    return tuple(changes)


def _erase(
    node: Node,
    spec: RecordSpec,
    at: writer.NodePath,
    about: bool,
    ops: list[writer.Op],
    erasing: Erasing,
    serials: Iterator[int],
) -> None:
    """The operations on one record: ``about`` when it (or the record it is part of)
    is about the person, whose notes and identifiers then go."""
    if not isinstance(node, YMapping):
        return
    fields = [(k, v, spec.field(k.text)) for k, v in node.items]
    mine = spec.name == "librarian" and _text_of(node, "id") == erasing.person
    about = about or any(
        f is not None
        and treatment(spec.name, f.name) == PERSON
        and isinstance(v, Scalar)
        and v.text == erasing.person
        for _, v, f in fields
    )
    if mine:
        ops.append(writer.Uncomment(at))
    for key, value, f in fields:
        what = None if f is None else treatment(spec.name, f.name)
        if f is None or what is None:
            continue
        if f.record is not None:
            if f.type is RECORDS and isinstance(value, Sequence):
                for i, item in enumerate(value.items):
                    _erase(item, f.record, (*at, key.text, i), about, ops, erasing, serials)
            elif f.type is RECORD:
                _erase(value, f.record, (*at, key.text), about, ops, erasing, serials)
            continue
        if not isinstance(value, Scalar) or value.is_null:
            continue
        text = value.text
        renamed = what in (PERSON, ASSESSOR) and text == erasing.person
        if renamed or (what == NAME and mine):
            ops.append(writer.Set(at, key.text, erasing.alias))
        elif what == IDENTIFIER and about and f.required:  # a record needs it
            ops.append(writer.Set(at, key.text, f"{erasing.alias}-{next(serials)}"))
        elif what in (IDENTIFIER, NOTE) and about:
            ops.append(writer.Remove(at, key.text))
        elif what != NAME and (f.type is TEXT or what == LABEL):
            said = erasing.said(text)
            if said != text:
                ops.append(writer.Set(at, key.text, said))


# --- writing the copy -------------------------------------------------------------------


def refuse_target(folder: Path, out: Path, *, is_file: bool) -> None:
    """Refuse, before anything is read or written, a place the copy cannot go: a folder
    that exists and is not empty (a file that exists, for a dataset), or a place inside
    the data folder itself."""
    target = out.resolve()
    source = folder.resolve()
    if target == source or source in target.parents:
        raise PustakaError("error.export-inside", path=out)
    if is_file:
        if out.exists() or out.is_symlink():
            raise PustakaError("error.export-exists", path=out)
        return
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PustakaError("error.export-not-empty", path=out)


def write_copy(
    out: Path, files: Mapping[str, bytes], verify: Callable[[Path], None] | None = None
) -> None:
    """The files in a new folder ``out`` (which may exist empty): made whole in a temp
    folder beside it, ``verify``-ed there, then renamed into place — a refusal on the
    way leaves nothing behind."""
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent))
        mask = os.umask(0)
        os.umask(mask)
        tmp.chmod(0o777 & ~mask)  # a folder as any other, not a temp folder's owner-only
    except OSError as err:
        raise PustakaError(
            "error.write-failed", path=out, reason=err.strerror or str(err)
        ) from None
    try:
        for rel, data in files.items():
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if verify is not None:
            verify(tmp)
        with contextlib.suppress(FileNotFoundError):
            out.rmdir()  # empty: checked before
        os.replace(tmp, out)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PustakaError(
            "error.write-failed", path=out, reason=err.strerror or str(err)
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def try_copy(files: Mapping[str, bytes], verify: Callable[[Path], None]) -> None:
    """The files written in a temp folder only to be ``verify``-ed, then removed."""
    with tempfile.TemporaryDirectory(prefix="pustaka-export-") as tmp:
        write_copy(Path(tmp) / "copy", files, verify)


def write_file(out: Path, data: bytes) -> None:
    """``data`` as the new file ``out`` (never over an existing one)."""
    try:
        out.absolute().parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except FileExistsError:
        raise PustakaError("error.export-exists", path=out) from None
    except OSError as err:
        raise PustakaError(
            "error.write-failed", path=out, reason=err.strerror or str(err)
        ) from None


def token() -> bytes:
    """Random bytes for an erased person's pseudonym (``domain.personal.erased``)."""
    return secrets.token_bytes(16)

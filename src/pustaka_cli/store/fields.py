"""Field specifications, and reading YAML nodes by them.

A record kind is described once, as a ``RecordSpec`` of ``Field``s. The same description
reads the YAML (here), checks types, and writes the JSON Schema (``store/schema.py``).
Every scalar arrives as the text the person wrote; the field decides what it means, so
``name: no`` is the word "no" and ``capacity: no`` is a wrong type, not ``False``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pustaka_cli.controls import code, first_control, visible
from pustaka_cli.model import LevelRef, Located, Names, Result
from pustaka_cli.problems import Loc, Problem, new_loc, problem, slot_setter, suggest
from pustaka_cli.store.yaml import Mapping, Node, Scalar, Sequence
from pustaka_cli.vocab import ID_PATTERN

DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
INT_PATTERN = re.compile(r"[+-]?\d[\d_]*\Z")
NUMBER_PATTERN = re.compile(r"[+-]?(\d[\d_]*)?(\.\d+)?\Z")
TRUE_WORDS = ("true", "yes", "ya", "on")
FALSE_WORDS = ("false", "no", "tidak", "off")


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a record.

    ``type`` is one of: text, id, int, number, date, bool, choice, names, ids, texts, dates,
    levels (competency: level), results (competency: kompeten), intmap (word: number),
    record (a nested mapping), records (a list of nested mappings), recordmap (word: a
    nested mapping, or a bare value that stands for its first field).
    """

    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    record: RecordSpec | None = None


@dataclass(frozen=True, slots=True)
class RecordSpec:
    """A kind of mapping: its fields, by name."""

    name: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True, slots=True)
class Raw:
    """A record read by its spec: values by field name, and where each was written.

    Lives only inside the store: builders turn it into a model record at once.
    """

    values: dict[str, Any]
    src: Located
    valid: bool = True
    quoted: frozenset[str] = frozenset()

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


_set_raw_values = slot_setter(Raw, "values")
_set_raw_src = slot_setter(Raw, "src")
_set_raw_valid = slot_setter(Raw, "valid")
_set_raw_quoted = slot_setter(Raw, "quoted")


@dataclass(slots=True)
class Reader:
    """Reads nodes by specs, collecting problems on the way."""

    problems: list[Problem] = field(default_factory=list)

    def record(self, node: Node, spec: RecordSpec) -> Raw:
        """Read a mapping node as a record of ``spec``."""
        # The hot loop of a load (a national folder has a million fields): spec lookups
        # through a per-spec index, null and quote tests inline.
        if not isinstance(node, Mapping):
            self._wrong_type(node, "mapping")
            return Raw({}, Located(node.loc), valid=False)
        by_name, required = _index(spec)
        values: dict[str, Any] = {}
        flat: list[Any] = []  # name, line, column of each field written (see FlatLocated)
        wrong: set[str] | None = None
        quoted: set[str] | None = None
        for key, value in node.items:
            f = by_name.get(key.text)
            if f is None:
                self.problems.append(self._unknown_key(key, spec))
                continue
            name = f.name
            if type(value) is Scalar:
                if not value.quoted:
                    if value.text in _NULL_TEXTS:
                        flat += (name, key.line, key.col)
                        continue
                elif quoted is None:
                    quoted = {name}
                else:
                    quoted.add(name)
                flat += (name, value.line, value.col)
            else:
                loc = value.loc
                flat += (name, loc.line, loc.col)
            converted = _READERS[f.type](self, value, f)
            if converted is _INVALID:
                if wrong is None:
                    wrong = set()
                wrong.add(name)
            else:
                values[name] = converted
        src = flat_located(node.loc, tuple(flat))
        valid = True
        for f in required:
            if f.name not in values:
                valid = False
                if wrong is None or f.name not in wrong:
                    self.problems.append(
                        problem(src.of(f.name), "missing-field", field=f.name, record=spec.name)
                    )
        return new_raw(values, src, valid, _NO_QUOTES if quoted is None else frozenset(quoted))

    def records(self, node: Node, spec: RecordSpec) -> list[Raw]:
        """Read a sequence node of records; other nodes are a wrong type."""
        if not isinstance(node, Sequence):
            self._wrong_type(node, "list")
            return []
        return [self.record(item, spec) for item in node.items]

    def value(self, node: Node, f: Field) -> Any:
        """Convert one value; on a problem, record it and return the invalid marker."""
        read = _READERS[f.type]
        return read(self, node, f)

    # -- scalars -----------------------------------------------------------------------

    def _scalar(self, node: Node, expected: str) -> Scalar | None:
        if isinstance(node, Scalar):
            return node
        self._wrong_type(node, expected)
        return None

    def _text(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "text")
        if s is None:
            return _INVALID
        text = s.text
        return text if text.isprintable() else self._shown(s, f.name)  # fast: most texts

    def _shown(self, s: Scalar, name: str) -> str:
        """A text as written, or, when it holds a control character, a problem and the
        text with that character made visible: no report ever prints it (controls.py)."""
        ch = first_control(s.text)
        if ch is None:
            return s.text
        self.problems.append(problem(s.loc, "control-character", field=name, char=code(ch)))
        return visible(s.text)

    def _id(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "id")
        if s is None:
            return _INVALID
        if not ID_PATTERN.match(s.text):
            self.problems.append(problem(s.loc, "bad-id", value=s.text, hint="bad-id"))
            return _INVALID
        return s.text

    def _int(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "whole-number")
        if s is None:
            return _INVALID
        text = s.text.strip()
        if not INT_PATTERN.match(text):
            self._wrong_type(s, "whole-number", hint="number-format")
            return _INVALID
        digits = text.replace("_", "")
        if len(digits) > _MAX_DIGITS and len(digits.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
            return self._in_range(s, math.inf if digits[0] != "-" else -math.inf, f)
        return self._in_range(s, int(digits), f)

    def _number(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "number")
        if s is None:
            return _INVALID
        text = s.text.strip()
        if not text or text in "+-." or not NUMBER_PATTERN.match(text):
            self._wrong_type(s, "number", hint="number-format")
            return _INVALID
        number = float(text.replace("_", ""))  # never fails; too many digits give inf
        if not math.isfinite(number):
            return self._in_range(s, number, f)
        return self._in_range(s, int(number) if number.is_integer() else number, f)

    def _in_range(self, s: Scalar, number: float, f: Field) -> Any:
        # Every number field has both bounds (tests/test_numbers.py holds the specs to it):
        # an infinite or a 4,301-digit number never reaches a sum, a chart or the JSON.
        low, high = f.minimum, f.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            code = "level-out-of-scale" if f.type == "levels" else "out-of-range"
            self.problems.append(
                problem(
                    s.loc,
                    code,
                    field=f.name,
                    value=_shortened(s.text),
                    minimum=_fmt(low),
                    maximum=_fmt(high),
                )
            )
            return _INVALID
        return number

    def _date(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "date")
        if s is None:
            return _INVALID
        return self._date_of(s)

    def _date_of(self, s: Scalar) -> Any:
        known = _DATES.get(s.text)
        if known is not None:
            return known  # the same text always gives the same date; sharing saves memory
        m = DATE_PATTERN.match(s.text.strip())
        if not m:
            self._wrong_type(s, "date", hint="date-format")
            return _INVALID
        try:
            date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            self.problems.append(problem(s.loc, "bad-date", value=s.text))
            return _INVALID
        if len(_DATES) < 100_000:
            _DATES[s.text] = date
        return date

    def _bool(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "yes-no")
        if s is None:
            return _INVALID
        word = s.text.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self._wrong_type(s, "yes-no")
        return _INVALID

    def _choice(self, node: Node, f: Field) -> Any:
        s = self._scalar(node, "text")
        if s is None:
            return _INVALID
        return self._choice_of(s, f.name, f.choices)

    def _choice_of(self, s: Scalar, name: str, choices: tuple[str, ...]) -> Any:
        if s.text in choices:
            return s.text
        self.problems.append(
            problem(
                s.loc,
                "bad-value",
                field=name,
                value=s.text,
                choices=", ".join(choices),
                suggestion=suggest(s.text, choices),
                hint="did-you-mean" if suggest(s.text, choices) else None,
            )
        )
        return _INVALID

    # -- structures --------------------------------------------------------------------

    def _names(self, node: Node, f: Field) -> Any:
        if isinstance(node, Scalar):
            text = self._shown(node, f.name)
            return Names(text, text)
        if not isinstance(node, Mapping):
            self._wrong_type(node, "names")
            return _INVALID
        raw = self.record(node, NAMES_SPEC)
        if not raw.valid:
            return _INVALID
        return Names(raw.values["id"], raw.values["en"])

    def _list(self, node: Node, f: Field, item: Callable[[Node], Any]) -> Any:
        if not isinstance(node, Sequence):
            self._wrong_type(node, "list")
            return _INVALID
        out = [item(child) for child in node.items]
        return tuple(v for v in out if v is not _INVALID)

    def _ids(self, node: Node, f: Field) -> Any:
        def one(child: Node) -> Any:
            value = self._id(child, f)
            return _INVALID if value is _INVALID else (value, child.loc)

        return self._list(node, f, one)

    def _texts(self, node: Node, f: Field) -> Any:
        return self._list(node, f, lambda child: self._text(child, f))

    def _dates(self, node: Node, f: Field) -> Any:
        return self._list(node, f, lambda child: self._date(child, f))

    def _pairs(self, node: Node, f: Field, convert: Callable[[Scalar, Node], Any]) -> Any:
        if not isinstance(node, Mapping):
            self._wrong_type(node, "mapping")
            return _INVALID
        out = []
        for key, value in node.items:
            if not ID_PATTERN.match(key.text):
                self.problems.append(problem(key.loc, "bad-id", value=key.text, hint="bad-id"))
                continue
            converted = convert(key, value)
            if converted is not _INVALID:
                out.append(converted)
        return tuple(out)

    def _levels(self, node: Node, f: Field) -> Any:
        def one(key: Scalar, value: Node) -> Any:
            level = self._int(value, f)
            return _INVALID if level is _INVALID else LevelRef(key.text, level, key.loc)

        return self._pairs(node, f, one)

    def _results(self, node: Node, f: Field) -> Any:
        def one(key: Scalar, value: Node) -> Any:
            s = self._scalar(value, "text")
            word = _INVALID if s is None else self._choice_of(s, f.name, f.choices)
            return _INVALID if word is _INVALID else Result(key.text, word == "kompeten", key.loc)

        return self._pairs(node, f, one)

    def _intmap(self, node: Node, f: Field) -> Any:
        def one(key: Scalar, value: Node) -> Any:
            number = self._int(value, f)
            return _INVALID if number is _INVALID else (key.text, number)

        return self._pairs(node, f, one)

    def _recordmap(self, node: Node, f: Field) -> Any:
        assert f.record is not None
        spec = f.record
        first = spec.fields[0]

        def one(key: Scalar, value: Node) -> Any:
            if isinstance(value, Scalar):  # the short form: the first field alone
                converted = self.value(value, first)
                if converted is _INVALID:
                    return _INVALID
                src = flat_located(value.loc, (first.name, value.line, value.col))
                return (key.text, new_raw({first.name: converted}, src, True, _NO_QUOTES),
                        key.loc)
            raw = self.record(value, spec)
            return (key.text, raw, key.loc) if raw.valid else _INVALID

        return self._pairs(node, f, one)

    def _record(self, node: Node, f: Field) -> Any:
        assert f.record is not None
        raw = self.record(node, f.record)
        return raw if raw.valid else _INVALID

    def _records(self, node: Node, f: Field) -> Any:
        assert f.record is not None
        return tuple(raw for raw in self.records(node, f.record) if raw.valid)

    # -- problems ----------------------------------------------------------------------

    def _wrong_type(self, node: Node, expected: str, hint: str | None = None) -> None:
        self.problems.append(
            problem(node.loc, "wrong-type", expected=expected, found=_describe(node), hint=hint)
        )

    def _unknown_key(self, key: Scalar, spec: RecordSpec) -> Problem:
        names = tuple(f.name for f in spec.fields)
        suggestion = suggest(key.text, names)
        return problem(
            key.loc,
            "unknown-key",
            warning=True,
            key=key.text,
            record=spec.name,
            suggestion=suggestion,
            hint="did-you-mean" if suggestion else None,
        )


_INVALID: Any = object()
_MAX_DIGITS = 18
"""More digits than any field's bound has: such a number is out of range unconverted (Python
refuses to convert an integer of more than 4,300 digits)."""
_NULL_TEXTS = frozenset(("", "~", "null", "Null", "NULL"))  # as Scalar.is_null
_NO_QUOTES: frozenset[str] = frozenset()
_INDEXES: dict[int, tuple[RecordSpec, dict[str, Field], tuple[Field, ...]]] = {}


def _index(spec: RecordSpec) -> tuple[dict[str, Field], tuple[Field, ...]]:
    """A spec's fields by name, and its required fields in order: built once per spec."""
    found = _INDEXES.get(id(spec))
    if found is None or found[0] is not spec:
        by_name: dict[str, Field] = {}
        for f in spec.fields:
            by_name.setdefault(f.name, f)  # as RecordSpec.field: the first of a name wins
        found = (spec, by_name, tuple(f for f in spec.fields if f.required))
        _INDEXES[id(spec)] = found
    return found[1], found[2]


# Frozen dataclasses set each field through object.__setattr__; setting the slots
# directly builds the same objects in half the time (a national load makes 400,000).
_new = object.__new__
_set_located_loc = slot_setter(Located, "loc")
_set_located_fields = slot_setter(Located, "fields")


_get_located_fields: Callable[[Located], Any] = Located.__dict__["fields"].__get__


class FlatLocated(Located):
    """A ``Located`` whose fields' places are kept as one flat tuple of name, line, column,
    name, line, column... (every field of a record is in the record's file).

    The same attributes and answers as ``Located`` (equal to one with the same places,
    same hash), built for every record the store reads: a ``Loc`` and a pair per field
    cost about 110 bytes and two objects each, over a million fields at national scale,
    while most places are never asked for. ``fields`` builds the pairs when asked; ``of``
    and ``has`` read the flat tuple directly. The flat tuple lives in ``Located``'s own
    ``fields`` slot, so the instance is no larger.
    """

    __slots__ = ()

    @property
    def fields(self) -> tuple[tuple[str, Loc], ...]:
        flat = _get_located_fields(self)
        path = self.loc.path
        return tuple(
            (flat[i], new_loc(path, flat[i + 1], flat[i + 2])) for i in range(0, len(flat), 3)
        )

    @property
    def flat(self) -> tuple[Any, ...]:
        """The places as stored: name, line, column, name, line, column..."""
        found: tuple[Any, ...] = _get_located_fields(self)
        return found

    # Names are text and lines and columns are numbers, so a name found in the flat tuple
    # is always at a name's place: ``in`` and ``index`` search it in C.
    def has(self, name: str) -> bool:
        return name in _get_located_fields(self)

    def of(self, name: str) -> Loc:
        flat = _get_located_fields(self)
        if name not in flat:
            return self.loc
        i = flat.index(name)
        return new_loc(self.loc.path, flat[i + 1], flat[i + 2])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Located):
            return NotImplemented
        return (self.loc, self.fields) == (other.loc, other.fields)

    def __hash__(self) -> int:
        return hash((self.loc, self.fields))  # as the dataclass's own hash

    def __repr__(self) -> str:
        return f"Located(loc={self.loc!r}, fields={self.fields!r})"


def flat_located(loc: Loc, flat: tuple[Any, ...]) -> Located:
    """A record's places: its own ``loc``, and name, line, column of each field written."""
    located: Located = _new(FlatLocated)
    _set_located_loc(located, loc)
    _set_located_fields(located, flat)
    return located


def new_raw(values: dict[str, Any], src: Located, valid: bool, quoted: frozenset[str]) -> Raw:
    """``Raw(values, src, valid, quoted)`` in half the time, for the reader and the records
    cache, which make one per record."""
    raw: Raw = _new(Raw)
    _set_raw_values(raw, values)
    _set_raw_src(raw, src)
    _set_raw_valid(raw, valid)
    _set_raw_quoted(raw, quoted)
    return raw


_READERS: dict[str, Callable[[Reader, Node, Field], Any]] = {
    "text": Reader._text,
    "id": Reader._id,
    "int": Reader._int,
    "number": Reader._number,
    "date": Reader._date,
    "bool": Reader._bool,
    "choice": Reader._choice,
    "names": Reader._names,
    "ids": Reader._ids,
    "texts": Reader._texts,
    "dates": Reader._dates,
    "levels": Reader._levels,
    "results": Reader._results,
    "intmap": Reader._intmap,
    "recordmap": Reader._recordmap,
    "record": Reader._record,
    "records": Reader._records,
}

_DATES: dict[str, dt.date] = {}

NAMES_SPEC = RecordSpec("names", (Field("id", "text", True), Field("en", "text", True)))


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.is_null


def _describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "mapping"
    if isinstance(node, Sequence):
        return "list"
    return _shortened(node.text)


def _shortened(text: str) -> str:
    """A value as echoed in a message: at most 40 characters."""
    return text if len(text) <= 40 else text[:37] + "..."


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)

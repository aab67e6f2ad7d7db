"""Field types: everything the store does with a value of one kind of field, in one place.

A spec's field (``Field``, store/fields.py) names its type with one of the objects below
(``TEXT``, ``DATE``, ``LEVELS``...). A ``FieldType`` carries:

- ``read``: a YAML node to a value, or a located problem and ``INVALID`` (the reader
  calls it for every field it meets; every scalar arrives as the text written, so the
  type decides what it means: ``name: no`` is the word "no", ``capacity: no`` a problem);
- ``encode`` / ``decode``: the value to plain JSON and back, for the records cache
  (None: the value is JSON already and is stored as it is);
- ``schema``: the field's JSON-Schema fragment (``pustaka schema``, store/schema.py);
- ``compare``: the value in one form, whether a command is about to write it or the
  reader read it back (numbers as floats, lists as tuples, locations dropped): the writer
  checks with it that a write reads back exactly as intended.

To add a field type: write its reader below (a function of the reader, the node and the
field), make a ``FieldType`` with the other three, name it in a spec (store/records.py)
and in ``docs/records.md``. Nothing else in the package dispatches on a field's type.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pustaka_cli.controls import code, first_control, visible
from pustaka_cli.dates import NotADate, read_date
from pustaka_cli.model import LevelRef, Names, Result
from pustaka_cli.problems import Loc, new_loc, problem, slot_setter, suggest
from pustaka_cli.store.fields import (
    INVALID,
    Field,
    FlatLocated,
    Raw,
    Reader,
    RecordSpec,
    flat_located,
    new_raw,
    shortened,
)
from pustaka_cli.store.yaml import Mapping, Node, Scalar, Sequence
from pustaka_cli.vocab import ID_PATTERN, REF_PATTERN

Read = Callable[[Reader, Node, Field], Any]
Encode = Callable[[Any, Field], Any]
Decode = Callable[[Any, Field, str], Any]


@dataclass(frozen=True, slots=True, eq=False)
class FieldType:
    """One kind of field value: how it is read, cached, described and compared."""

    name: str
    read: Read
    schema: Callable[[Field], dict[str, Any]]
    compare: Callable[[Any, Field], Any]
    encode: Encode | None = None  # None: stored in the cache as it is (a JSON scalar)
    decode: Decode | None = None

    def __repr__(self) -> str:
        return self.name


# --- reading scalars ------------------------------------------------------------------

INT_PATTERN = re.compile(r"[+-]?\d[\d_]*\Z")
NUMBER_PATTERN = re.compile(r"[+-]?(\d[\d_]*)?(\.\d+)?\Z")
TRUE_WORDS = ("true", "yes", "ya", "on")
FALSE_WORDS = ("false", "no", "tidak", "off")
_MAX_DIGITS = 18
"""More digits than any field's bound has: such a number is out of range unconverted (Python
refuses to convert an integer of more than 4,300 digits)."""
_DATES: dict[str, dt.date] = {}


def _scalar(r: Reader, node: Node, expected: str) -> Scalar | None:
    if isinstance(node, Scalar):
        return node
    r.wrong_type(node, expected)
    return None


def _read_text(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "text")
    if s is None:
        return INVALID
    text = s.text
    return text if text.isprintable() else _shown(r, s, f.name)  # fast: most texts


def _shown(r: Reader, s: Scalar, name: str) -> str:
    """A text as written, or, when it holds a control character, a problem and the
    text with that character made visible: no report ever prints it (controls.py)."""
    ch = first_control(s.text)
    if ch is None:
        return s.text
    r.problems.append(problem(s.loc, "control-character", field=name, char=code(ch)))
    return visible(s.text)


def _read_id(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "id")
    if s is None:
        return INVALID
    if not ID_PATTERN.match(s.text):
        r.problems.append(problem(s.loc, "bad-id", value=s.text, hint="bad-id"))
        return INVALID
    return s.text


def _read_ref(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "id")
    if s is None:
        return INVALID
    if not REF_PATTERN.match(s.text):
        r.problems.append(problem(s.loc, "bad-id", value=s.text, hint="bad-ref"))
        return INVALID
    return s.text


def _read_int(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "whole-number")
    if s is None:
        return INVALID
    text = s.text.strip()
    if not INT_PATTERN.match(text):
        r.wrong_type(s, "whole-number", hint="number-format")
        return INVALID
    digits = text.replace("_", "")
    if len(digits) > _MAX_DIGITS and len(digits.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
        return _in_range(r, s, math.inf if digits[0] != "-" else -math.inf, f)
    return _in_range(r, s, int(digits), f)


def _read_number(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "number")
    if s is None:
        return INVALID
    text = s.text.strip()
    if not text or text in "+-." or not NUMBER_PATTERN.match(text):
        r.wrong_type(s, "number", hint="number-format")
        return INVALID
    number = float(text.replace("_", ""))  # never fails; too many digits give inf
    if not math.isfinite(number):
        return _in_range(r, s, number, f)
    return _in_range(r, s, int(number) if number.is_integer() else number, f)


def _in_range(r: Reader, s: Scalar, number: float, f: Field) -> Any:
    # Every number field has both bounds (tests/test_numbers.py holds the specs to it):
    # an infinite or a 4,301-digit number never reaches a sum, a chart or the JSON.
    low, high = f.minimum, f.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        code = "level-out-of-scale" if f.type is LEVELS else "out-of-range"
        r.problems.append(
            problem(
                s.loc,
                code,
                field=f.name,
                value=shortened(s.text),
                minimum=_fmt(low),
                maximum=_fmt(high),
            )
        )
        return INVALID
    return number


def _read_date(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "date")
    if s is None:
        return INVALID
    known = _DATES.get(s.text)
    if known is not None:
        return known  # the same text always gives the same date; sharing saves memory
    try:
        date = read_date(s.text)
    except NotADate as err:
        if err.reason == "format":
            r.wrong_type(s, "date", hint="date-format")
        else:
            r.problems.append(problem(s.loc, "bad-date", value=s.text))
        return INVALID
    if len(_DATES) < 100_000:
        _DATES[s.text] = date
    return date


def _read_bool(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "yes-no")
    if s is None:
        return INVALID
    word = s.text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    r.wrong_type(s, "yes-no")
    return INVALID


def _read_choice(r: Reader, node: Node, f: Field) -> Any:
    s = _scalar(r, node, "text")
    if s is None:
        return INVALID
    return _choice_of(r, s, f.name, f.choices)


def _choice_of(r: Reader, s: Scalar, name: str, choices: tuple[str, ...]) -> Any:
    if s.text in choices:
        return s.text
    r.problems.append(
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
    return INVALID


# --- reading structures ---------------------------------------------------------------


def _read_names(r: Reader, node: Node, f: Field) -> Any:
    if isinstance(node, Scalar):
        text = _shown(r, node, f.name)
        return Names(text, text)
    if not isinstance(node, Mapping):
        r.wrong_type(node, "names")
        return INVALID
    raw = r.record(node, NAMES_SPEC)
    if not raw.valid:
        return INVALID
    return Names(raw.values["id"], raw.values["en"])


def _list(r: Reader, node: Node, item: Callable[[Node], Any]) -> Any:
    if not isinstance(node, Sequence):
        r.wrong_type(node, "list")
        return INVALID
    out = [item(child) for child in node.items]
    return tuple(v for v in out if v is not INVALID)


def _read_ids(r: Reader, node: Node, f: Field) -> Any:
    def one(child: Node) -> Any:
        value = _read_id(r, child, f)
        return INVALID if value is INVALID else (value, child.loc)

    return _list(r, node, one)


def _read_refs(r: Reader, node: Node, f: Field) -> Any:
    def one(child: Node) -> Any:
        value = _read_ref(r, child, f)
        return INVALID if value is INVALID else (value, child.loc)

    return _list(r, node, one)


def _read_texts(r: Reader, node: Node, f: Field) -> Any:
    return _list(r, node, lambda child: _read_text(r, child, f))


def _read_dates(r: Reader, node: Node, f: Field) -> Any:
    return _list(r, node, lambda child: _read_date(r, child, f))


def _pairs(r: Reader, node: Node, convert: Callable[[Scalar, Node], Any]) -> Any:
    if not isinstance(node, Mapping):
        r.wrong_type(node, "mapping")
        return INVALID
    out = []
    for key, value in node.items:
        if not ID_PATTERN.match(key.text):
            r.problems.append(problem(key.loc, "bad-id", value=key.text, hint="bad-id"))
            continue
        converted = convert(key, value)
        if converted is not INVALID:
            out.append(converted)
    return tuple(out)


def _read_levels(r: Reader, node: Node, f: Field) -> Any:
    def one(key: Scalar, value: Node) -> Any:
        level = _read_int(r, value, f)
        return INVALID if level is INVALID else LevelRef(key.text, level, key.loc)

    return _pairs(r, node, one)


def _read_results(r: Reader, node: Node, f: Field) -> Any:
    def one(key: Scalar, value: Node) -> Any:
        s = _scalar(r, value, "text")
        word = INVALID if s is None else _choice_of(r, s, f.name, f.choices)
        return INVALID if word is INVALID else Result(key.text, word == "kompeten", key.loc)

    return _pairs(r, node, one)


def _read_intmap(r: Reader, node: Node, f: Field) -> Any:
    def one(key: Scalar, value: Node) -> Any:
        number = _read_int(r, value, f)
        return INVALID if number is INVALID else (key.text, number)

    return _pairs(r, node, one)


def _read_recordmap(r: Reader, node: Node, f: Field) -> Any:
    spec = _nested(f)
    first = spec.fields[0]

    def one(key: Scalar, value: Node) -> Any:
        if isinstance(value, Scalar):  # the short form: the first field alone
            converted = r.value(value, first)
            if converted is INVALID:
                return INVALID
            src = flat_located(value.loc, (first.name, value.line, value.col))
            return (key.text, new_raw({first.name: converted}, src, True, _NO_QUOTES), key.loc)
        raw = r.record(value, spec)
        return (key.text, raw, key.loc) if raw.valid else INVALID

    return _pairs(r, node, one)


def _read_record(r: Reader, node: Node, f: Field) -> Any:
    raw = r.record(node, _nested(f))
    return raw if raw.valid else INVALID


def _read_records(r: Reader, node: Node, f: Field) -> Any:
    return tuple(raw for raw in r.records(node, _nested(f)) if raw.valid)


def _nested(f: Field) -> RecordSpec:
    assert f.record is not None, f"{f.name}: a {f.type} field names its record spec"
    return f.record


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


# --- the records cache: raw records as JSON -------------------------------------------
#
# Every location of a file's records is in that file, so only line and column are
# stored; the path is put back on reading (with the prefix of this run).


def encode_raw(raw: Raw, spec: RecordSpec) -> Any:
    """A raw record of ``spec`` as plain JSON (``decode_raw`` reads it back)."""
    # The hot loop of a first run: scalars are stored as they are, only structured values
    # go through their encoder (the spec's, as ``decode_raw`` reads them back).
    values = raw.values
    coded = _coded(spec)
    if not coded.keys().isdisjoint(values):
        values = dict(values)
        for name in values.keys() & coded.keys():
            f, encode = coded[name]
            values[name] = encode(values[name], f)
    src = raw.src
    if isinstance(src, FlatLocated):
        flat: Any = src.flat
    else:
        flat = []
        for name, loc in src.fields:
            flat += (name, loc.line, loc.col)
    quoted = sorted(raw.quoted) if raw.quoted else []
    return [values, src.loc.line, src.loc.col, flat, raw.valid, quoted]


def decode_raw(data: Any, spec: RecordSpec, path: str) -> Raw:
    """The raw record ``encode_raw`` stored, its locations in ``path``."""
    # The hot loop of a warm run: scalars are taken as they are (the checksum vouches
    # for the file), only structured values go through a decoder, locations inline.
    stored, line, col, flat, valid, quoted = data
    values = dict(stored)  # the stored entry stays JSON: it is written back as it is
    structured = _structured(spec)
    for name in values.keys() & structured.keys():
        f, decode = structured[name]
        values[name] = decode(values[name], f, path)
    src = flat_located(new_loc(path, line, col), tuple(flat))
    return new_raw(values, src, valid is True, frozenset(quoted) if quoted else _NO_QUOTES)


_CODECS: dict[tuple[int, str], tuple[RecordSpec, dict[str, tuple[Field, Any]]]] = {}
_BY_NAME: dict[int, tuple[RecordSpec, dict[str, Field]]] = {}


def _structured(spec: RecordSpec) -> dict[str, tuple[Field, Decode]]:
    """The fields of a spec whose values are more than a JSON scalar, with their decoder."""
    return _codecs(spec, "decode")


def _coded(spec: RecordSpec) -> dict[str, tuple[Field, Encode]]:
    """The same fields, with their encoder."""
    return _codecs(spec, "encode")


def _codecs(spec: RecordSpec, which: str) -> dict[str, tuple[Field, Any]]:
    """The fields of a spec whose type has a ``which`` codec (``encode`` or ``decode``),
    with it; made once per spec."""
    found = _CODECS.get((id(spec), which))
    if found is None or found[0] is not spec:
        by_name = {
            n: (f, codec)
            for n, f in _by_name(spec).items()
            if (codec := getattr(f.type, which)) is not None
        }
        found = _CODECS[(id(spec), which)] = (spec, by_name)
    return found[1]


def _by_name(spec: RecordSpec) -> dict[str, Field]:
    found = _BY_NAME.get(id(spec))
    if found is None or found[0] is not spec:
        by_name: dict[str, Field] = {}
        for f in spec.fields:
            by_name.setdefault(f.name, f)  # as RecordSpec.field: the first of a name wins
        found = (spec, by_name)
        _BY_NAME[id(spec)] = found
    return found[1]


_ORDINALS: dict[int, dt.date] = {}


def _date_in(value: int, f: Field, path: str) -> dt.date:
    date = _ORDINALS.get(value)
    if date is None:
        date = _ORDINALS[value] = dt.date.fromordinal(value)
    return date


_new = object.__new__
_set_ref_competency = slot_setter(LevelRef, "competency")
_set_ref_level = slot_setter(LevelRef, "level")
_set_ref_loc = slot_setter(LevelRef, "loc")
_NO_QUOTES: frozenset[str] = frozenset()


def _level_ref(competency: str, level: int, loc: Loc) -> LevelRef:
    # LevelRef(...) in half the time: a warm national run decodes 200,000 of them.
    ref: LevelRef = _new(LevelRef)
    _set_ref_competency(ref, competency)
    _set_ref_level(ref, level)
    _set_ref_loc(ref, loc)
    return ref


# --- comparing: a value as written and as read back, in one form ----------------------


def compare_record(value: Any, spec: RecordSpec) -> Any:
    """A record, written (a mapping) or read back (a ``Raw``), as (name, value) pairs in
    order, each value compared by its field's type (see ``FieldType.compare``)."""
    values = value.values if isinstance(value, Raw) else value
    by_name = _by_name(spec)
    out = []
    for name, v in values.items():
        f = by_name.get(name)
        # A key the spec does not know never reads back: its text stands for it.
        out.append((name, repr(v) if f is None else f.type.compare(v, f)))
    return tuple(out)


def _same(value: Any, f: Field) -> Any:
    return value


def _as_float(value: Any, f: Field) -> Any:
    # A number written or read, whole or not: 3 and 3.0 are the same value.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _pairs_of(value: Any) -> Any:
    # Levels, results and word: number maps: read as a tuple, written as a mapping.
    return value.items() if isinstance(value, dict) else value


def _compare_levels(value: Any, f: Field) -> Any:
    return tuple(
        (r.competency, float(r.level)) if isinstance(r, LevelRef) else (r[0], float(r[1]))
        for r in _pairs_of(value)
    )


def _compare_results(value: Any, f: Field) -> Any:
    return tuple(
        (r.competency, "kompeten" if r.kompeten else "belum-kompeten")
        if isinstance(r, Result)
        else tuple(r)
        for r in _pairs_of(value)
    )


def _compare_names(value: Any, f: Field) -> Any:
    if isinstance(value, Names):
        value = {"id": value.id, "en": value.en}
    if isinstance(value, dict):
        return value["id"] if value["id"] == value["en"] else (value["id"], value["en"])
    return value


def _compare_ids(value: Any, f: Field) -> Any:
    return tuple(v[0] if isinstance(v, tuple) else v for v in value)  # read: (id, location)


# --- JSON Schema fragments ------------------------------------------------------------

_DATE_SCHEMA = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_ID_SCHEMA = {"type": ["string", "integer"], "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]*$"}
_REF_SCHEMA = {
    "type": ["string", "integer"],
    "pattern": r"^([A-Za-z0-9][A-Za-z0-9._-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",
}
# A text field accepts what YAML would read as a number or a boolean: pustaka keeps the text.
_TEXT_SCHEMA = {"type": ["string", "number", "boolean"]}


def _fixed(fragment: dict[str, Any]) -> Callable[[Field], dict[str, Any]]:
    return lambda f: dict(fragment)


def _bounded(kind: str) -> Callable[[Field], dict[str, Any]]:
    def schema(f: Field) -> dict[str, Any]:
        out: dict[str, Any] = {"type": kind}
        if f.minimum is not None:
            out["minimum"] = f.minimum
        if f.maximum is not None:
            out["maximum"] = f.maximum
        return out

    return schema


def record_schema(spec: RecordSpec) -> dict[str, Any]:
    """The JSON Schema of a mapping of ``spec``."""
    return {
        "type": "object",
        "properties": {f.name: f.type.schema(f) for f in spec.fields},
        "required": [f.name for f in spec.fields if f.required],
        "additionalProperties": False,
    }


# --- the types ------------------------------------------------------------------------

TEXT = FieldType("text", _read_text, _fixed(_TEXT_SCHEMA), _same)
ID = FieldType("id", _read_id, _fixed(_ID_SCHEMA), _same)
INT = FieldType("int", _read_int, _bounded("integer"), _as_float)
NUMBER = FieldType("number", _read_number, _bounded("number"), _as_float)
DATE = FieldType(
    "date",
    _read_date,
    _fixed(_DATE_SCHEMA),
    _same,
    encode=lambda v, f: v.toordinal(),
    decode=_date_in,
)
BOOL = FieldType("bool", _read_bool, _fixed({"type": "boolean"}), _same)
CHOICE = FieldType("choice", _read_choice, lambda f: {"enum": list(f.choices)}, _same)
NAMES = FieldType(
    "names",
    _read_names,
    _fixed(
        {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "en": {"type": "string"}},
                    "required": ["id", "en"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
    _compare_names,
    encode=lambda v, f: [v.id, v.en],
    decode=lambda v, f, p: Names(v[0], v[1]),
)
IDS = FieldType(
    "ids",
    _read_ids,
    _fixed({"type": "array", "items": _ID_SCHEMA}),
    _compare_ids,
    encode=lambda v, f: [[i, loc.line, loc.col] for i, loc in v],
    decode=lambda v, f, p: tuple((i, new_loc(p, line, col)) for i, line, col in v),
)
# A reference to a record of the folder (``pusat``), or of another folder read with it
# (``cilegon/pusat``): store/namespace.py qualifies them when several folders are read.
REF = FieldType("ref", _read_ref, _fixed(_REF_SCHEMA), _same)
REFS = FieldType(
    "refs",
    _read_refs,
    _fixed({"type": "array", "items": _REF_SCHEMA}),
    _compare_ids,
    encode=lambda v, f: [[i, loc.line, loc.col] for i, loc in v],
    decode=lambda v, f, p: tuple((i, new_loc(p, line, col)) for i, line, col in v),
)
TEXTS = FieldType(
    "texts",
    _read_texts,
    _fixed({"type": "array", "items": _TEXT_SCHEMA}),
    lambda v, f: tuple(v),
    encode=lambda v, f: list(v),
    decode=lambda v, f, p: tuple(v),
)
DATES = FieldType(
    "dates",
    _read_dates,
    _fixed({"type": "array", "items": _DATE_SCHEMA}),
    lambda v, f: tuple(v),
    encode=lambda v, f: [d.toordinal() for d in v],
    decode=lambda v, f, p: tuple(_date_in(d, f, p) for d in v),
)
LEVELS = FieldType(
    "levels",
    _read_levels,
    _fixed({"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}),
    _compare_levels,
    encode=lambda v, f: [[r.competency, r.level, r.loc.line, r.loc.col] for r in v],
    decode=lambda v, f, p: tuple(_level_ref(c, n, new_loc(p, line, col)) for c, n, line, col in v),
)
RESULTS = FieldType(
    "results",
    _read_results,
    lambda f: {"type": "object", "additionalProperties": {"enum": list(f.choices)}},
    _compare_results,
    encode=lambda v, f: [[r.competency, r.kompeten, r.loc.line, r.loc.col] for r in v],
    decode=lambda v, f, p: tuple(
        Result(c, bool(k), new_loc(p, line, col)) for c, k, line, col in v
    ),
)
INTMAP = FieldType(
    "intmap",
    _read_intmap,
    _fixed({"type": "object", "additionalProperties": {"type": "integer"}}),
    lambda v, f: tuple((k, float(n)) for k, n in _pairs_of(v)),
    encode=lambda v, f: [[k, n] for k, n in v],
    decode=lambda v, f, p: tuple((k, n) for k, n in v),
)
RECORD = FieldType(
    "record",
    _read_record,
    lambda f: record_schema(_nested(f)),
    lambda v, f: compare_record(v, _nested(f)),
    encode=lambda v, f: encode_raw(v, _nested(f)),
    decode=lambda v, f, p: decode_raw(v, _nested(f), p),
)
RECORDS = FieldType(
    "records",
    _read_records,
    lambda f: {"type": "array", "items": record_schema(_nested(f))},
    lambda v, f: tuple(compare_record(r, _nested(f)) for r in v),
    encode=lambda v, f: [encode_raw(r, _nested(f)) for r in v],
    decode=lambda v, f, p: tuple(decode_raw(r, _nested(f), p) for r in v),
)
# word: a nested mapping, or a bare value standing for its first field (``pns: 20``).
RECORDMAP = FieldType(
    "recordmap",
    _read_recordmap,
    lambda f: {
        "type": "object",
        "additionalProperties": {
            "oneOf": [
                _nested(f).fields[0].type.schema(_nested(f).fields[0]),
                record_schema(_nested(f)),
            ]
        },
    },
    lambda v, f: tuple((k, compare_record(r, _nested(f))) for k, r, *_ in _pairs_of(v)),
    encode=lambda v, f: [[k, encode_raw(r, _nested(f)), loc.line, loc.col] for k, r, loc in v],
    decode=lambda v, f, p: tuple(
        (k, decode_raw(r, _nested(f), p), new_loc(p, line, col)) for k, r, line, col in v
    ),
)

NAMES_SPEC = RecordSpec("names", (Field("id", TEXT, True), Field("en", TEXT, True)))

"""Field specifications, and reading YAML mappings by them.

A record kind is described once, as a ``RecordSpec`` of ``Field``s (store/records.py).
Each field names its type, an object of ``store/fieldtypes.py`` that reads its values,
caches them, describes them in JSON Schema and compares them; the reader here walks a
mapping's keys and asks each field's type for its value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pustaka_cli.model import Located
from pustaka_cli.problems import Loc, Problem, new_loc, problem, slot_setter, suggest
from pustaka_cli.store.yaml import Mapping, Node, Scalar, Sequence

if TYPE_CHECKING:
    from pustaka_cli.store.fieldtypes import FieldType


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a record: its name, its type (``store/fieldtypes.py``: ``TEXT``,
    ``DATE``, ``LEVELS``...), and what the type needs of it (choices, bounds, a nested
    record's spec)."""

    name: str
    type: FieldType
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
            self.wrong_type(node, "mapping")
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
            converted = f.type.read(self, value, f)
            if converted is INVALID:
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
            self.wrong_type(node, "list")
            return []
        return [self.record(item, spec) for item in node.items]

    def value(self, node: Node, f: Field) -> Any:
        """Convert one value by its field's type; on a problem, record it and return
        ``INVALID``."""
        return f.type.read(self, node, f)

    # -- problems ----------------------------------------------------------------------

    def wrong_type(self, node: Node, expected: str, hint: str | None = None) -> None:
        """Record that ``node`` is not the ``expected`` kind of value."""
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


INVALID: Any = object()
"""What a field type's reader returns for a value it refused (with a problem recorded)."""
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
    """``Raw(values, src, valid, quoted)`` in half the time, for the readers, which make one
    per record."""
    raw: Raw = _new(Raw)
    _set_raw_values(raw, values)
    _set_raw_src(raw, src)
    _set_raw_valid(raw, valid)
    _set_raw_quoted(raw, quoted)
    return raw


def _describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "mapping"
    if isinstance(node, Sequence):
        return "list"
    return shortened(node.text)


def shortened(text: str) -> str:
    """A value as echoed in a message: at most 40 characters."""
    return text if len(text) <= 40 else text[:37] + "..."

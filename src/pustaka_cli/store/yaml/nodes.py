"""The nodes both readers build: a scalar exactly as written, mappings and sequences in file
order, each with its place in the file; and ``Parsed``, the result of reading one file.

Built by the thousands per file, so the readers make them through ``new_scalar``,
``new_mapping`` and ``new_sequence`` (their slots set directly) and share one string per
repeated key and short word (``shared``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Protocol

from pustaka_cli.problems import Loc, Problem, new_loc, slot_setter


class Scalar:
    """A scalar exactly as written: ``text`` is its value, ``quoted`` whether it had quotes
    (or was a block scalar). An empty plain scalar (``key:``) has text "" and quoted False.

    Its place is kept as ``path``, ``line`` and ``col``, and ``loc`` builds the ``Loc`` when
    asked: a national folder has two million scalars, and most are never asked where they
    are (a ``Loc`` each was a sixth of a load). Treat it as frozen: nothing sets a scalar's
    attributes after the reader made it.
    """

    __slots__ = ("col", "line", "path", "quoted", "text")

    def __init__(self, text: str, quoted: bool, loc: Loc) -> None:
        self.text = text
        self.quoted = quoted
        self.path = loc.path
        self.line = loc.line
        self.col = loc.col

    @property
    def loc(self) -> Loc:
        return new_loc(self.path, self.line, self.col)

    @property
    def is_null(self) -> bool:
        """True for a plain ``~``, ``null``, ``Null``, ``NULL`` or nothing at all."""
        return not self.quoted and self.text in ("", "~", "null", "Null", "NULL")

    def _key(self) -> tuple[str, bool, str, int, int]:
        return (self.text, self.quoted, self.path, self.line, self.col)

    def __eq__(self, other: object) -> bool:
        if type(other) is not Scalar:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Scalar(text={self.text!r}, quoted={self.quoted!r}, loc={self.loc!r})"


@dataclass(frozen=True, slots=True)
class Mapping:
    """A mapping, its items in file order; keys are scalars (other keys are a problem)."""

    items: tuple[tuple[Scalar, Node], ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Sequence:
    items: tuple[Node, ...]
    loc: Loc


Node = Scalar | Mapping | Sequence


@dataclass(frozen=True, slots=True)
class Parsed:
    """The result of parsing one file.

    ``root`` is None when the file is empty (only comments or nothing) or when it has a
    problem that stops parsing. ``bom`` and ``newline`` describe the bytes, for writers.
    ``reader`` says which reader built the tree: "fast", "libyaml" or "python" (the
    strict reader over either parser), "" when the file stopped before any parser (too
    large, not UTF-8, control characters, nothing but comments). It is not compared: both
    readers give equal results.
    """

    root: Node | None
    problems: tuple[Problem, ...]
    bom: bool = False
    newline: str = "\n"
    reader: str = field(default="", compare=False)


class Sink(Protocol):
    """Takes a root mapping's entries one by one, as ``parse_each`` reads them."""

    def item(self, key: Scalar, node: Node) -> None:
        """One item of the block list that is the value of the root key ``key``, as soon
        as the item is read; the list's ``entry`` follows its last item."""

    def entry(self, key: Scalar, value: Node) -> None:
        """One entry of the root mapping, once read; a block list arrives empty, its items
        having gone to ``item`` already."""

    def drop(self) -> None:
        """Forget every item and entry given so far: the file is to be read again."""


# --- building nodes fast ------------------------------------------------------------------

_new = object.__new__

# Keys and short words (states, kinds, ids, levels) repeat hundreds of thousands of times in
# a national folder: one shared string each keeps a load's memory to about half.
intern = sys.intern


def shared(text: str) -> str:
    """``text``, shared with every equal short text (see ``intern``)."""
    return intern(text) if len(text) <= 24 else text


# Mappings and sequences are frozen dataclasses, whose generated __init__ sets each field
# through object.__setattr__: setting the slots directly makes the same objects in half
# the time, for the hundreds of thousands of flows of a national folder.
_set_mapping_items = slot_setter(Mapping, "items")
_set_mapping_loc = slot_setter(Mapping, "loc")
_set_sequence_items = slot_setter(Sequence, "items")
_set_sequence_loc = slot_setter(Sequence, "loc")


def new_mapping(items: tuple[tuple[Scalar, Node], ...], loc: Loc) -> Mapping:
    node: Mapping = _new(Mapping)
    _set_mapping_items(node, items)
    _set_mapping_loc(node, loc)
    return node


def new_sequence(items: tuple[Node, ...], loc: Loc) -> Sequence:
    node: Sequence = _new(Sequence)
    _set_sequence_items(node, items)
    _set_sequence_loc(node, loc)
    return node


def new_scalar(text: str, quoted: bool, path: str, line: int, col: int) -> Scalar:
    """``Scalar(text, quoted, Loc(path, line, col))`` in a third of the time, for the
    millions of scalars of a national folder."""
    node: Scalar = _new(Scalar)
    node.text = text
    node.quoted = quoted
    node.path = path
    node.line = line
    node.col = col
    return node

"""The one module that parses YAML: strict, located, and never crashing.

``parse`` turns a file's bytes into a tree of located nodes, or into problems. It does
not resolve types: every scalar stays the text the person wrote, and the record reader
decides from the field whether ``no`` is a word or a boolean, ``0123`` an id or a number.

TO BE IMPLEMENTED (interface fixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from pustaka_cli.problems import Loc, Problem


@dataclass(frozen=True, slots=True)
class Scalar:
    """A scalar exactly as written: ``text`` is its value, ``quoted`` whether it had quotes
    (or was a block scalar). An empty plain scalar (``key:``) has text "" and quoted False."""

    text: str
    quoted: bool
    loc: Loc

    @property
    def is_null(self) -> bool:
        """True for a plain ``~``, ``null``, ``Null``, ``NULL`` or nothing at all."""
        return not self.quoted and self.text in ("", "~", "null", "Null", "NULL")


@dataclass(frozen=True, slots=True)
class Mapping:
    """A mapping, its items in file order; keys are scalars (other keys are a problem)."""

    items: tuple[tuple[Scalar, Node], ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Sequence:
    items: tuple[Node, ...]
    loc: Loc


Node = Union[Scalar, Mapping, Sequence]


@dataclass(frozen=True, slots=True)
class Parsed:
    """The result of parsing one file.

    ``root`` is None when the file is empty (only comments or nothing) or when it has a
    problem that stops parsing. ``bom`` and ``newline`` describe the bytes, for writers.
    """

    root: Node | None
    problems: tuple[Problem, ...]
    bom: bool = False
    newline: str = "\n"


def parse(data: bytes, path: str) -> Parsed:
    """Parse one YAML file's bytes; ``path`` (relative to the data folder) goes into locations."""
    raise NotImplementedError

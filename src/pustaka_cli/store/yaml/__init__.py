"""The one place that reads and writes YAML: strict, located, and never crashing.

The face (everything else here is a room of its own, named below):

- ``parse(data, path)`` turns a file's bytes into a tree of located nodes (``Scalar``,
  ``Mapping``, ``Sequence``) and its problems, as a ``Parsed``; ``parse_each`` gives a
  record file's entries to a ``Sink`` one by one instead of a whole tree.
- ``emit_scalar(value)`` writes one value as YAML that reads back as the same text;
  ``emit_flow`` and ``emit_flow_scalar`` a ``[...]``/``{...}`` and what goes inside one.

The rooms: ``nodes`` (the tree and its fast constructors), ``text`` (bytes to text, lines
and columns, what stops a file before parsing), ``fast`` (a line reader for the simple
subset of YAML that nearly every record file is written in), ``strict`` (the event builder
over libyaml or PyYAML's parser, for every other file and every problem), ``diagnosis``
(the parsers' errors in a coordinator's words), ``emit`` (writing), ``reading`` (the order
of the readers). Only ``strict`` and ``diagnosis`` import PyYAML, and only when a file
needs them.
"""

from pustaka_cli.store.yaml.emit import Value, emit_flow, emit_flow_scalar, emit_scalar
from pustaka_cli.store.yaml.nodes import Mapping, Node, Parsed, Scalar, Sequence, Sink
from pustaka_cli.store.yaml.reading import (
    CODES,
    Parser,
    parse,
    parse_each,
    strict_parsers,
)
from pustaka_cli.store.yaml.text import MAX_BYTES, MAX_DEPTH, MAX_PROBLEMS, too_large

__all__ = [
    "CODES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_PROBLEMS",
    "Mapping",
    "Node",
    "Parsed",
    "Parser",
    "Scalar",
    "Sequence",
    "Sink",
    "Value",
    "emit_flow",
    "emit_flow_scalar",
    "emit_scalar",
    "parse",
    "parse_each",
    "strict_parsers",
    "too_large",
]

"""Reading one file: the bytes screened, the fast reader tried, the strict reader if it declines.

Both readers build the same nodes (``nodes``); the fast reader (``fast``) only answers for
files in the simple subset of YAML it knows, and has no problems to report: any file it
declines — odd syntax, a problem, anything unsure — goes to the strict reader
(``strict``), which reports every problem. PyYAML is imported only then.
"""

from __future__ import annotations

from typing import Literal

from pustaka_cli.store.yaml import fast
from pustaka_cli.store.yaml.nodes import Mapping, Parsed, Sink
from pustaka_cli.store.yaml.text import (
    BOM,
    CONTENT,
    MAX_BYTES,
    Lines,
    encoding_problem,
    newline_of,
    screen,
    too_large,
)

Parser = Literal["auto", "libyaml", "python"]
"""Who reads: "auto" (the fast reader, then the strict reader over libyaml when PyYAML has
it, else over PyYAML's pure-Python parser), or the strict reader alone over the parser
named."""

CODES = frozenset(
    {
        "file-too-large",
        "yaml-encoding",
        "yaml-control-char",
        "yaml-conflict",
        "yaml-tab",
        "yaml-alias",
        "yaml-nesting",
        "yaml-documents",
        "yaml-duplicate-key",
        "yaml-tag",
        "yaml-key",
        "yaml-too-many",
        "yaml-syntax",
        "yaml-indent",
        "yaml-colon",
        "yaml-missing-colon",
        "yaml-list-item",
        "yaml-quote",
        "yaml-escape",
        "yaml-bracket",
        "yaml-bracket-extra",
        "yaml-reserved",
        "yaml-trailing",
        "yaml-comment",
        "yaml-continuation",
        "yaml-block-indent",
    }
)
"""Every problem code ``parse`` can report."""


def parse(data: bytes, path: str, *, parser: Parser = "auto") -> Parsed:
    """Parse one YAML file's bytes; ``path`` (relative to the data folder) goes into locations.

    Never raises for any bytes. ``root`` is None when the file is empty or has any problem
    except ``yaml-duplicate-key`` (then the first value is kept and the tree is returned).
    Every scalar stays the text the person wrote: the record reader decides from the field
    whether ``no`` is a word or a boolean, ``0123`` an id or a number.

    >>> parse(b"name: no\\n", "a.yaml").root.items[0][1].text
    'no'
    """
    parsed = read(data, path, parser=parser, sink=None)
    assert parsed is not None  # only a sink takes the entries
    return parsed


def parse_each(data: bytes, path: str, sink: Sink, *, parser: Parser = "auto") -> Parsed | None:
    """``parse``, giving a root mapping's entries to ``sink`` as they are read; None when
    every entry went there.

    The fast reader hands over each item of a top-level list as soon as it has read it,
    so that the nodes of a large file never all live at once. Otherwise this returns what
    ``parse`` returns: the problems, a root that is not a mapping, or the strict reader's
    whole tree when the fast reader declined the file. A decline can come late, after
    many entries went to ``sink``: ``sink.drop()`` is then called before the strict
    reader starts, so that the sink holds nothing of the file when a Parsed comes back.
    """
    return read(data, path, parser=parser, sink=sink)


def strict_parsers() -> tuple[Parser, ...]:
    """The parsers the strict reader can use here: libyaml only when PyYAML was built with it."""
    from pustaka_cli.store.yaml import strict

    return ("libyaml", "python") if strict.has_libyaml() else ("python",)


def read(data: bytes, path: str, *, parser: Parser, sink: Sink | None) -> Parsed | None:
    """``parse`` or, given a sink, ``parse_each``."""
    if len(data) > MAX_BYTES:
        return Parsed(None, (too_large(len(data), path),))
    bom = data.startswith(BOM)
    if bom:
        data = data[len(BOM) :]
    newline = newline_of(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Parsed(None, (encoding_problem(data, err.start, path),), bom, newline)
    lines = Lines(text)
    found = screen(text, path, lines)
    if found:
        return Parsed(None, tuple(found), bom, newline)
    if CONTENT.search(text) is None:  # nothing but blank lines and comments
        return Parsed(None, (), bom, newline)
    if parser == "auto":
        root = fast.read(text, path, sink)
        if root is not None:
            if sink is not None and type(root) is Mapping:
                return None  # its entries went to the sink: see fast.read
            return Parsed(root, (), bom, newline, "fast")
        if sink is not None:
            sink.drop()  # before the strict reader, whose tree may need the memory
    # PyYAML is imported only now: a command whose files the fast reader reads (the
    # settings, to choose the language of --help) does not pay for importing it.
    from pustaka_cli.store.yaml import strict

    pure = parser == "python" or (parser == "auto" and not strict.has_libyaml())
    root, problems = strict.read(text, path, lines, pure=pure)
    return Parsed(root, problems, bom, newline, "python" if pure else "libyaml")

"""The one module that parses YAML: strict, located, and never crashing.

``parse`` turns a file's bytes into a tree of located nodes, or into problems. It does
not resolve types: every scalar stays the text the person wrote, and the record reader
decides from the field whether ``no`` is a word or a boolean, ``0123`` an id or a number.
``parse_each`` reads the same, but gives a record file's top-level entries and list items
to a sink one by one as the fast reader reads them, so that a large file's tree need not
exist whole.

How it stays safe: the tree is built here from YAML *events*, iteratively, not by
``yaml.compose``. Composing loses what we must refuse (an anchor is not kept on its node;
``!!str x`` and ``x`` compose to the same node), and libyaml's composer recurses in C, so
``[[[[...`` kills the process. libyaml's event parser keeps its own stack on the heap, so it
is safe for any input, and our builder stops at ``MAX_DEPTH`` long before depth matters.
(libyaml 0.2.6 also stops at depth 1000 by itself, while scanning ahead: ``_build`` then
reads the text up to there again, so the problem is ours whichever libyaml PyYAML bundles.)
Aliases are never expanded (an event stream has no expansion), so alias bombs cost nothing.
"""

from __future__ import annotations

import gc
import math
import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from pustaka_cli.problems import Loc, Problem, new_loc, problem, slot_setter

if TYPE_CHECKING:
    import yaml
    from yaml.events import (
        AliasEvent,
        CollectionStartEvent,
        DocumentEndEvent,
        DocumentStartEvent,
        Event,
        MappingEndEvent,
        MappingStartEvent,
        NodeEvent,
        ScalarEvent,
        SequenceEndEvent,
        StreamEndEvent,
    )

_EVENT_NAMES = (
    "AliasEvent",
    "CollectionStartEvent",
    "DocumentEndEvent",
    "DocumentStartEvent",
    "Event",
    "MappingEndEvent",
    "MappingStartEvent",
    "NodeEvent",
    "ScalarEvent",
    "SequenceEndEvent",
    "StreamEndEvent",
)


def _import_yaml() -> None:
    """Import PyYAML on first need, into this module's names above.

    The fast reader needs none of it, so a command that only reads simple files (the
    settings, to choose the language of --help) does not pay for importing it.
    """
    if "yaml" in globals():
        return
    import yaml
    from yaml import events

    globals().update({name: getattr(events, name) for name in _EVENT_NAMES}, yaml=yaml)


def _has_libyaml() -> bool:
    _import_yaml()
    return bool(getattr(yaml, "__with_libyaml__", False))


def __getattr__(name: str) -> Any:
    if name == "_HAS_LIBYAML":  # kept for the tests: whether PyYAML has its C parser
        return _has_libyaml()
    raise AttributeError(name)


MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused before reading a single line."""

MAX_DEPTH = 64
"""Collections nested deeper than this are refused (real records need fewer than 8)."""

MAX_PROBLEMS = 1000
"""After this many problems in one file the reader stops: more would only be noise."""

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
    """

    root: Node | None
    problems: tuple[Problem, ...]
    bom: bool = False
    newline: str = "\n"


def parse(data: bytes, path: str) -> Parsed:
    """Parse one YAML file's bytes; ``path`` (relative to the data folder) goes into locations.

    Never raises for any bytes. ``root`` is None when the file is empty or has any problem
    except ``yaml-duplicate-key`` (then the first value is kept and the tree is returned).

    >>> parse(b"name: no\\n", "a.yaml").root.items[0][1].text
    'no'
    """
    return _parse(data, path, pure=None, fast=True)


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


def parse_each(data: bytes, path: str, sink: Sink) -> Parsed | None:
    """``parse``, giving a root mapping's entries to ``sink`` as they are read; None when
    every entry went there.

    The fast reader hands over each item of a top-level list as soon as it has read it,
    so that the nodes of a large file never all live at once. Otherwise this returns what
    ``parse`` returns: the problems, a root that is not a mapping, or the strict reader's
    whole tree when the fast reader declined the file. A decline can come late, after
    many entries went to ``sink``: ``sink.drop()`` is then called before the strict
    reader starts, so that the sink holds nothing of the file when a Parsed comes back.
    """
    return _read(data, path, pure=None, fast=True, sink=sink)


# --- the stages -------------------------------------------------------------------------

_BOM = b"\xef\xbb\xbf"
_BREAKS = "\n\r\x85\u2028\u2029"  # what YAML (and so every mark) counts as a line break
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_AT_LINE_START = "(?:\\A|(?<=[\n\r\x85\u2028\u2029]))"

# Characters YAML forbids (the C0/C1 controls, DEL, U+FFFE/U+FFFF), plus a byte-order
# mark after the start: invisible, and libyaml and PyYAML disagree about it.
# Written as the forbidden set rather than the complement of the allowed one (the same
# characters, checked over all of Unicode): it compiles in 0.5 ms, not 10, at every start.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\ufffe\uffff]"
)
_CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_CONFLICT = re.compile(
    _AT_LINE_START + "(?:(?:<{7}|>{7}|\\|{7})(?=[ \t\r\n\x85\u2028\u2029]|\\Z)"
    "|={7}(?=[\r\n\x85\u2028\u2029]|\\Z))"
)
_CONTENT = re.compile(_AT_LINE_START + "[ \t]*[^ \t\n\r\x85\u2028\u2029#]")
_TAB_INDENT = re.compile(_AT_LINE_START + " *\t")
_DIRECTIVE = re.compile(_AT_LINE_START + "%")
_YAML_TAG_PREFIX = "tag:yaml.org,2002:"


def _parse(data: bytes, path: str, *, pure: bool | None, fast: bool = False) -> Parsed:
    """``parse``, with the choice of parser open for tests: libyaml or pure Python, and
    whether the fast reader (see ``_fast_tree``) may try first."""
    parsed = _read(data, path, pure=pure, fast=fast, sink=None)
    assert parsed is not None  # only a sink takes the entries
    return parsed


def _read(
    data: bytes, path: str, *, pure: bool | None, fast: bool, sink: Sink | None
) -> Parsed | None:
    """``_parse``, or ``parse_each`` when given a sink (None: every entry went to it)."""
    if len(data) > MAX_BYTES:
        return Parsed(None, (too_large(len(data), path),))
    bom = data.startswith(_BOM)
    if bom:
        data = data[len(_BOM) :]
    newline = _newline(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Parsed(None, (_encoding_problem(data, err.start, path),), bom, newline)
    lines = _Lines(text)
    found = _scan_text(text, path, lines)
    if found:
        return Parsed(None, tuple(found), bom, newline)
    if _CONTENT.search(text) is None:  # nothing but blank lines and comments
        return Parsed(None, (), bom, newline)
    collecting = gc.isenabled()
    gc.disable()  # the tree has no cycles; collecting while it grows costs a third of the time
    try:
        root = _fast_tree(text, path, sink) if fast else None
        if root is not None:
            if sink is not None and type(root) is Mapping:
                return None  # its entries went to the sink: see _fast_tree
            return Parsed(root, (), bom, newline)
        if fast and sink is not None:
            sink.drop()  # before the strict reader, whose tree may need the memory
        _import_yaml()
        try:
            builder = _build(text, path, lines, pure=not _has_libyaml() if pure is None else pure)
        except _TooDeepForLibyaml as deep:
            builder = _build(text[: deep.index], path, lines, pure=False)
    finally:
        if collecting:
            gc.enable()
    if not builder.problems:
        strict = not _has_libyaml() if pure is None else pure
        builder.problems.extend(_beyond_spec(text, path, lines, pure=strict))
    return Parsed(builder.result(), tuple(builder.problems), bom, newline)


class _TooDeepForLibyaml(Exception):
    """libyaml (0.2.6 and later) refused the nesting itself, ahead of our own limit."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index  # in characters of the text, where libyaml stopped


# libyaml 0.2.6 stops at depth 1000 in its *scanner*, which reads a run of '[' or '- '
# ahead before the parser gives us the events where MAX_DEPTH would stop: the problem would
# then depend on the libyaml that PyYAML's wheel bundles. The text before where it stopped
# is 1000 levels deep, so reading just that gives our limit's problem at its exact place.
_LIBYAML_DEPTH = "exceeded maximum nesting depth"


def _build(text: str, path: str, lines: _Lines, *, pure: bool) -> _Builder:
    """Build the tree of ``text`` from the events of libyaml (or the pure parser)."""
    builder = _Builder(path)
    try:
        builder.build(_events(text, pure=pure))
    except _Stop:
        pass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        if not pure and err.problem == _LIBYAML_DEPTH and mark is not None:
            raise _TooDeepForLibyaml(mark.index) from None
        innermost = builder.stack[-1].loc if builder.stack else None
        builder.problems.extend(_syntax_problems(err, text, path, lines, innermost))
    except yaml.YAMLError as err:  # ReaderError and friends: _scan_text should prevent them
        builder.problems.append(_unmarked_problem(err, text, path, lines))
    return builder


def too_large(size: int, path: str) -> Problem:
    """The problem of a file of ``size`` bytes, more than ``MAX_BYTES`` (the folder reader
    reports it without reading the file)."""
    mib = 1024 * 1024
    return problem(
        Loc(path),
        "file-too-large",
        hint="file-too-large",
        size_mb=f"{math.ceil(size * 10 / mib) / 10:.1f}",  # rounded up: never "64.0 > 64"
        limit_mb=f"{MAX_BYTES // mib}",
    )


def _newline(data: bytes) -> str:
    """The file's line ending: CRLF when most lines end so, else LF."""
    crlf = data.count(b"\r\n")
    return "\r\n" if crlf and crlf > data.count(b"\n") - crlf else "\n"


def _encoding_problem(data: bytes, start: int, path: str) -> Problem:
    prefix = data[:start].decode("utf-8")  # valid: the error is the first bad byte
    return problem(
        _Lines(prefix).loc(path, len(prefix)),
        "yaml-encoding",
        hint="yaml-encoding",
        byte=f"0x{data[start]:02X}",
    )


class _Lines:
    """Turns a character offset into a 1-based line and column, breaking lines as YAML does."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def _line_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self._text))]
        return self._starts

    def loc(self, path: str, offset: int) -> Loc:
        starts = self._line_starts()
        line = bisect_right(starts, offset)
        return Loc(path, line, offset - starts[line - 1] + 1)

    def offset(self, loc: Loc) -> int:
        return self._line_starts()[loc.line - 1] + loc.col - 1

    def line_start(self, offset: int) -> int:
        starts = self._line_starts()
        return starts[bisect_right(starts, offset) - 1]


def _scan_text(text: str, path: str, lines: _Lines) -> list[Problem]:
    """Problems that stop a file from being parsed at all: control characters, conflicts."""
    found: list[Problem] = []
    if _INVISIBLE.search(text) is None and not _has_conflict_marker(text):
        return found  # nearly every file: two scans in C, no loop set up
    last_line = 0
    for match in _INVISIBLE.finditer(text):
        loc = lines.loc(path, match.start())
        if loc.line != last_line:  # one per line is enough to find them
            last_line = loc.line
            found.append(
                problem(
                    loc,
                    "yaml-control-char",
                    hint="yaml-control-char",
                    char=f"U+{ord(match.group()):04X}",
                )
            )
            if len(found) >= MAX_PROBLEMS:
                return _too_many(found)
    if _has_conflict_marker(text):
        for match in _CONFLICT.finditer(text):
            found.append(
                problem(
                    lines.loc(path, match.start()),
                    "yaml-conflict",
                    hint="yaml-conflict",
                    marker=match.group(),
                )
            )
            if len(found) >= MAX_PROBLEMS:
                return _too_many(found)
    return found


def _has_conflict_marker(text: str) -> bool:
    return any(marker in text for marker in _CONFLICT_MARKERS)


def _too_many(found: list[Problem]) -> list[Problem]:
    return [*found, problem(found[-1].loc, "yaml-too-many", limit=MAX_PROBLEMS)]


# --- events -----------------------------------------------------------------------------


class _EventSource(Protocol):
    def get_event(self) -> Event | None: ...


def _events(text: str, *, pure: bool) -> _EventSource:
    if pure:
        from yaml.parser import Parser
        from yaml.reader import Reader
        from yaml.scanner import Scanner

        class _PurePythonParser(Reader, Scanner, Parser):
            """PyYAML's own reader, scanner and parser: no composer, resolver or constructor."""

            def __init__(self, text: str) -> None:
                Reader.__init__(self, text)
                Scanner.__init__(self)
                Parser.__init__(self)

        return _PurePythonParser(text)
    from yaml._yaml import CParser  # only importable when PyYAML was built with libyaml

    return CParser(text)


class _Stop(Exception):
    """Parsing must stop here; the reason is already among the problems."""


class _Pending:
    """What a mapping expects next; see ``_MapFrame.key``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


_KEY = _Pending("key")  # the next node is a key
_DROP = _Pending("drop")  # the next node is the value of a refused key: left out
_MERGE = _Pending("merge")  # ... of a '<<' merge key, already reported


class _MapFrame:
    __slots__ = ("items", "key", "loc", "seen")

    def __init__(self, loc: Loc) -> None:
        self.loc = loc
        self.items: list[tuple[Scalar, Node]] = []
        self.seen: dict[str, int] = {}
        self.key: Scalar | _Pending = _KEY


class _SeqFrame:
    __slots__ = ("items", "loc")

    def __init__(self, loc: Loc) -> None:
        self.loc = loc
        self.items: list[Node] = []


class _Builder:
    """Builds our nodes from events, iteratively, reporting what it refuses on the way."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.stack: list[_MapFrame | _SeqFrame] = []
        self.documents = 0
        self.root: Node | None = None
        self.current: Node | None = None  # the root of the document being read

    def result(self) -> Node | None:
        if any(p.code != "yaml-duplicate-key" for p in self.problems):
            return None
        root = self.root
        if isinstance(root, Scalar) and not root.quoted and root.text == "":
            return None  # '---' alone, or a document with nothing in it
        return root

    def build(self, events: _EventSource) -> None:
        # The hot loop of the reader (a 5 MB file is ~400,000 events): scalars first, the
        # common cases inline, everything rare in a method.
        path = self.path
        stack = self.stack
        get_event = events.get_event
        while True:
            event = get_event()
            if type(event) is ScalarEvent:
                mark = event.start_mark
                loc = Loc(path, mark.line + 1, mark.column + 1) if mark else Loc(path, 1, 1)
                if event.anchor is not None or event.tag is not None:
                    self._properties(event, loc)
                node = Scalar(event.value, bool(event.style), loc)
                if not stack:
                    self.current = node
                    continue
                top = stack[-1]
                if isinstance(top, _SeqFrame):
                    top.items.append(node)
                    continue
                key = top.key
                if key is _KEY:
                    if node.text in top.seen or node.text == "<<":
                        self._key(top, node)
                    else:
                        top.seen[node.text] = loc.line
                        top.key = node
                    continue
                if type(key) is Scalar:
                    top.items.append((key, node))
                top.key = _KEY
            elif type(event) is MappingEndEvent or type(event) is SequenceEndEvent:
                frame = stack.pop()
                if isinstance(frame, _MapFrame):
                    self._attach(Mapping(tuple(frame.items), frame.loc))
                else:
                    self._attach(Sequence(tuple(frame.items), frame.loc))
            elif isinstance(event, CollectionStartEvent):
                mark = event.start_mark
                loc = Loc(path, mark.line + 1, mark.column + 1) if mark else Loc(path, 1, 1)
                if event.anchor is not None or event.tag is not None:
                    self._properties(event, loc)
                if len(stack) >= MAX_DEPTH:
                    self._report(loc, "yaml-nesting", limit=MAX_DEPTH)
                    raise _Stop
                stack.append(_MapFrame(loc) if type(event) is MappingStartEvent else _SeqFrame(loc))
            elif event is None or type(event) is StreamEndEvent:
                return
            else:
                self._other(event)

    def _other(self, event: Event) -> None:
        """Aliases and document boundaries: rare, so out of the hot loop."""
        mark = event.start_mark
        loc = Loc(self.path, mark.line + 1, mark.column + 1) if mark else Loc(self.path, 1, 1)
        if isinstance(event, AliasEvent):
            self._alias(event, loc)
        elif isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents == 2:
                self._report(loc, "yaml-documents")
        elif isinstance(event, DocumentEndEvent):
            if self.documents == 1:
                self.root = self.current
            self.current = None

    def _attach(self, node: Node) -> None:
        if not self.stack:
            self.current = node
            return
        top = self.stack[-1]
        if isinstance(top, _SeqFrame):
            top.items.append(node)
            return
        key = top.key
        if key is _KEY:
            self._key(top, node)
            return
        if isinstance(key, Scalar):
            top.items.append((key, node))
        top.key = _KEY

    def _key(self, frame: _MapFrame, node: Node) -> None:
        if not isinstance(node, Scalar):
            self._report(node.loc, "yaml-key")
            frame.key = _DROP
        elif node.text == "<<" and not node.quoted:
            self._report(node.loc, "yaml-alias", text="<<")
            frame.key = _MERGE
        elif node.text in frame.seen:
            self._report(
                node.loc,
                "yaml-duplicate-key",
                key=node.text,
                first_line=frame.seen[node.text],
            )
            frame.key = _DROP
        else:
            frame.seen[node.text] = node.loc.line
            frame.key = node

    def _alias(self, event: AliasEvent, loc: Loc) -> None:
        top = self.stack[-1] if self.stack else None
        if not (isinstance(top, _MapFrame) and top.key is _MERGE):  # '<<' said it already
            self._report(loc, "yaml-alias", text=f"*{event.anchor}")
        if isinstance(top, _MapFrame):
            top.key = _DROP if top.key is _KEY else _KEY
        # In a sequence or at the root the alias is left out: the tree is refused anyway.

    def _properties(self, event: NodeEvent, loc: Loc) -> None:
        tag = getattr(event, "tag", None)
        if tag is not None:
            self._report(loc, "yaml-tag", tag=_tag_as_written(tag))
        if event.anchor is not None:
            self._report(loc, "yaml-alias", text=f"&{event.anchor}")

    def _report(self, loc: Loc, code: str, **args: Any) -> None:
        self.problems.append(problem(loc, code, hint=code, **args))
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems[:] = _too_many(self.problems)
            raise _Stop


def _tag_as_written(tag: str) -> str:
    if tag.startswith(_YAML_TAG_PREFIX):
        return "!!" + tag[len(_YAML_TAG_PREFIX) :]
    if tag.startswith("!"):
        return tag
    return f"!<{tag}>"


# --- PyYAML's errors, in words a coordinator understands --------------------------------


def _syntax_problems(
    err: yaml.MarkedYAMLError, text: str, path: str, lines: _Lines, innermost: Loc | None
) -> list[Problem]:
    """One located problem for a PyYAML or libyaml error (more when tabs are the cause).

    Locations come from the marks' character index, not their line and column: libyaml
    puts the end of a file without a final newline on a line of its own.
    ``innermost`` is where the innermost collection still open at the error starts.
    """
    what = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    if mark is None:  # not seen from either parser; located at the start to be safe
        return [problem(Loc(path, 1, 1), "yaml-syntax", hint="yaml-syntax", detail=what)]
    index = min(mark.index, len(text))
    char = text[index : index + 1]
    line_start = lines.line_start(index)
    opener = err.context_mark

    def at(offset: int, code: str, **args: Any) -> list[Problem]:
        return [problem(lines.loc(path, offset), code, hint=code, **args)]

    if char == "\t" or "'\\t'" in what or "tab character" in what:
        return _tab_problems(index, text, path, lines)
    if "quoted scalar" in context and opener is not None:
        if "end of stream" in what or "document" in what:
            return at(opener.index, "yaml-quote", quote=text[opener.index : opener.index + 1])
        if "escape" in what or "hex" in what:
            backslash = text.rfind("\\", line_start, index + 1)
            start = backslash if backslash >= 0 else index
            return at(start, "yaml-escape", escape=text[start : start + 2])
    tab = _indent_tab(text, line_start)
    if tab is not None:
        return _tab_problems(tab, text, path, lines)
    if "mapping values are not allowed" in what:
        return at(index, "yaml-colon")
    if "could not find expected ':'" in what:
        return at(opener.index if opener is not None else index, "yaml-missing-colon")
    if "sequence entries are not allowed" in what:
        return at(index, "yaml-list-item")
    if "flow " in context and "expected ','" in what and opener is not None:
        bracket = text[opener.index : opener.index + 1]
        return at(
            opener.index,
            "yaml-bracket",
            bracket=bracket,
            closer="]" if bracket == "[" else "}",
            found_line=lines.loc(path, index).line,
        )
    if "flow " in context and innermost is not None and not text[index:].strip():
        start = lines.offset(innermost)  # the file ends inside [ ... or { ...
        bracket = text[start : start + 1]
        if bracket in ("[", "{"):
            return at(
                start,
                "yaml-bracket",
                bracket=bracket,
                closer="]" if bracket == "[" else "}",
                found_line=lines.loc(path, index).line,
            )
    if char in ("]", "}") and ("expected" in what or "did not find" in what):
        return at(index, "yaml-bracket-extra", bracket=char)
    if "cannot start any token" in what or "mapping keys are not allowed" in what:
        return at(index, "yaml-reserved", char=char)
    if "block node" in context and char and ("node content" in what):
        return at(index, "yaml-reserved", char=char)  # 'a: , b' and the like
    indicator = ("an anchor", "an alias", "a block scalar", "a directive")
    if any(kind in context for kind in indicator) and opener is not None:
        # '& co', '* item', '>80', '| x', '%' at the start of a line: meant as text
        return at(opener.index, "yaml-reserved", char=text[opener.index : opener.index + 1])
    if "<document start>" in what:
        directive = _DIRECTIVE.search(text, 0, index)
        if directive is not None:  # '%' at the start of a line was taken as a directive
            return at(directive.start(), "yaml-reserved", char="%")
        return at(index, "yaml-documents")  # content after a '...' line
    if "tag handle" in what or "a tag" in context:
        start = opener.index if opener is not None and "a tag" in context else index
        return at(start, "yaml-tag", tag=_token(text, start))
    if "block end" in what or "did not find expected key" in what or "'-' indicator" in what:
        if text[line_start:index].strip(" "):  # something complete stands before it
            return at(index, "yaml-trailing")
        return at(index, "yaml-indent")
    detail = f"{context}: {what}" if context else what
    return at(index, "yaml-syntax", detail=detail)


def _indent_tab(text: str, line_start: int) -> int | None:
    """The offset of a tab among the leading blanks of the line starting at ``line_start``."""
    offset = line_start
    while offset < len(text) and text[offset] in " \t":
        if text[offset] == "\t":
            return offset
        offset += 1
    return None


def _tab_problems(first: int, text: str, path: str, lines: _Lines) -> list[Problem]:
    """A tab stopped the parser: report it, and every other line indented with a tab."""
    offsets = {first}
    for match in _TAB_INDENT.finditer(text):
        offsets.add(match.end() - 1)
        if len(offsets) >= MAX_PROBLEMS:
            break
    return [
        problem(lines.loc(path, offset), "yaml-tab", hint="yaml-tab") for offset in sorted(offsets)
    ]


def _token(text: str, start: int) -> str:
    end = start
    while end < len(text) and end - start < 40 and text[end] not in " \t,[]{}" + _BREAKS:
        end += 1
    return text[start:end]


def _unmarked_problem(err: yaml.YAMLError, text: str, path: str, lines: _Lines) -> Problem:
    """A YAML error without marks (a ReaderError has a position); never expected in practice."""
    position = getattr(err, "position", None)
    loc = (
        lines.loc(path, min(position, len(text))) if isinstance(position, int) else Loc(path, 1, 1)
    )
    return problem(
        loc,
        "yaml-syntax",
        hint="yaml-syntax",
        detail=(str(err).splitlines() or [type(err).__name__])[0],
    )


# --- what the parsers let through ------------------------------------------------------
#
# libyaml and PyYAML accept a few things the YAML specification forbids (yaml-test-suite
# holds them among its must-fail inputs): a '#' glued to the token before it, lines of a
# quoted text or of a [list]/{mapping} that continue at or left of the block they are in,
# a plain '-' inside brackets, spaces on the empty lines at the start of a block text. Such
# a file means something else to another YAML tool, so the strict reader refuses it. The
# check is a second walk over the events, made only for a file the strict reader accepted:
# the fast reader accepts none of these, and nearly every file is read by the fast reader.

_GLUED_COMMENT = re.compile("[^ \t\r\n\x85\u2028\u2029]#")
_BLOCK_HEADER = re.compile("[|>](?:[1-9][+-]?|[+-][1-9]?)?")
_YAML_DIRECTIVE = re.compile(_AT_LINE_START + "%YAML[ \t]+[^ \t\r\n#]*#")
_SPACES = re.compile("[ ]*")
_BLANKS = re.compile("[ \t]*")


def _beyond_spec(text: str, path: str, lines: _Lines, *, pure: bool) -> list[Problem]:
    """Problems for what the parser accepted but the YAML specification forbids."""
    found: list[Problem] = []
    glued = _GLUED_COMMENT.search(text) is not None

    def report(offset: int, code: str, **args: Any) -> None:
        found.append(problem(lines.loc(path, offset), code, hint=code, **args))

    def comment_after(end: int, in_flow: bool) -> None:
        # '"value"#', ']#', '[#' or, inside brackets, 'a,#': a comment needs a blank before it
        at = end
        if in_flow:
            while text.startswith((" ", "\t"), at):
                at += 1
            if text.startswith(",", at):
                at += 1
            elif at != end:
                return
        if text.startswith("#", at) and at > 0 and text[at - 1] not in " \t" + _BREAKS:
            report(at, "yaml-comment")

    def continuation(start: int, end: int, block: int, comments: bool) -> None:
        # each further line with something on it starts with more spaces than the block's
        # column (a tab is no indentation): the one rule libyaml does not apply to them
        offset = text.find("\n", start, end)
        while offset >= 0:
            offset += 1
            spaces = _SPACES.match(text, offset).end() - offset  # type: ignore[union-attr]
            first = _BLANKS.match(text, offset).end()  # type: ignore[union-attr]
            content = text[first : first + 1] if first < end else ""
            has_content = content not in ("", "\r", "\n") and not (comments and content == "#")
            if has_content and spaces <= block:
                report(offset, "yaml-continuation", column=block + 2,
                       start_line=lines.loc(path, start).line)
                return
            offset = text.find("\n", offset, end)

    def block_text(start: int, block: int) -> None:
        header = _BLOCK_HEADER.match(text, start)
        assert header is not None
        after = text[header.end() : header.end() + 1]
        if after == "#":
            report(header.end(), "yaml-comment")
            return
        if any(ch.isdigit() for ch in header.group()):
            return  # the indentation is given, not guessed from the first line
        # the empty lines before the first line of text may not hold more spaces than it
        offset = text.find("\n", start)
        widest, widest_at = -1, 0
        while offset >= 0:
            offset += 1
            indent = _SPACES.match(text, offset).end()  # type: ignore[union-attr]
            rest = text[indent : indent + 1]
            if rest in ("", "\n", "\r"):
                if indent - offset > widest:
                    widest, widest_at = indent - offset, offset
                offset = text.find("\n", offset) if rest else -1
                continue
            if block < indent - offset < widest:
                report(widest_at, "yaml-block-indent")
            return

    source = _events(text, pure=pure)
    blocks = [-1]  # the column of each open block collection
    opened: list[bool] = []  # for each open collection, whether it is a flow one
    flows = 0
    flow_start = 0
    while True:
        try:
            event = source.get_event()
        except yaml.YAMLError:  # pragma: no cover - the same text parsed clean a moment ago
            break
        if event is None or isinstance(event, StreamEndEvent):
            break
        if event.start_mark is None or event.end_mark is None:  # pragma: no cover - never
            continue
        start, end = event.start_mark.index, event.end_mark.index
        if isinstance(event, ScalarEvent):
            style = event.style
            if style in ("|", ">"):
                block_text(start, blocks[-1])
            elif style in ('"', "'"):
                if glued:
                    comment_after(end, flows > 0)
                if not flows:
                    continuation(start, end, blocks[-1], comments=False)
            else:
                if glued and flows:
                    comment_after(end, True)
                first = text[start : start + 1]
                after = text[start + 1 : start + 2]
                if flows and first in ("-", "?", ":") and event.value[:1] == first and (
                    after in ("", " ", "\t", "\r", "\n", ",", "[", "]", "{", "}")
                ):
                    report(start, "yaml-reserved", char=first)
        elif isinstance(event, CollectionStartEvent):
            flow = bool(event.flow_style)
            opened.append(flow)
            if not flow:
                blocks.append(event.start_mark.column)
                continue
            if not flows:
                flow_start = start
            flows += 1
            if glued:
                comment_after(end, False)
        elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            if not opened.pop():
                blocks.pop()
                continue
            flows -= 1
            if glued:
                comment_after(end, flows > 0)
            if not flows:
                continuation(flow_start, end, blocks[-1], comments=True)
    for match in _YAML_DIRECTIVE.finditer(text):
        report(match.end() - 1, "yaml-comment")
    return found


# --- the fast reader --------------------------------------------------------------------
#
# Nearly every record file is plain block YAML: `key: value` lines, `- ` items, flow
# `{k: v}` and `[a, b]` (nested, over several lines), plain or simply quoted scalars. For
# such text a line-by-line reader builds exactly the nodes the event builder builds, at a
# fraction of the cost of libyaml's events reaching Python. It declines (returns None) at
# the first thing outside that subset, whatever the reason, and the strict path then reads
# the file; so it only ever answers for files without any problem, and every problem still
# comes from the strict path. tests/test_fastpath.py proves that the two agree.

_FAST_REFUSE = re.compile("[\t\r\x85\u2028\u2029]")
_FAST_KEY = "[A-Za-z0-9_][A-Za-z0-9_./-]{0,199}"  # libyaml limits implicit keys to 1024
_FAST_LINE = re.compile("( *)(- +)?(?:(" + _FAST_KEY + "):(?: +|$))?(.*)")
_FAST_END = re.compile("(?: +#.*| *)$")
_FAST_DOUBLE = re.compile('"([^"\\\\\n]*)"(?: +#.*| *)$')
_FAST_SINGLE = re.compile("'((?:[^'\n]|'')*)'(?: +#.*| *)$")
# A plain scalar may not start with an indicator; '-' only before a digit, letter or dot.
_FAST_PLAIN_START = "(?:[^-?:,\\[\\]{}#&*!|>'\"%@` \n]|-[0-9A-Za-z.])"
_FAST_PLAIN = re.compile(_FAST_PLAIN_START + "[^\\[\\]{}]*$")
_FAST_FLOW_SCALAR = re.compile(
    "\"([^\"\\\\\n]*)\"|'((?:[^'\n]|'')*)'|("
    + _FAST_PLAIN_START
    + "[^,\\[\\]{}#:\n]*?) *(?=[,\\]}:])"
)
_FAST_FLOW_KEY = re.compile("(" + _FAST_KEY + "): +")
_FAST_MAX_DEPTH = 32
_FAST_MAX_FLOW_LINES = 64

_new = object.__new__


# Keys and short words (states, kinds, ids, levels) repeat hundreds of thousands of times in
# a national folder: one shared string each keeps a load's memory to about half.
_intern = sys.intern


def _short(text: str) -> str:
    return _intern(text) if len(text) <= 24 else text


# Mappings and sequences are frozen dataclasses, whose generated __init__ sets each field
# through object.__setattr__: setting the slots directly makes the same objects in half
# the time, for the hundreds of thousands of flows of a national folder.
_set_mapping_items = slot_setter(Mapping, "items")
_set_mapping_loc = slot_setter(Mapping, "loc")
_set_sequence_items = slot_setter(Sequence, "items")
_set_sequence_loc = slot_setter(Sequence, "loc")


def _mapping(items: tuple[tuple[Scalar, Node], ...], loc: Loc) -> Mapping:
    node: Mapping = _new(Mapping)
    _set_mapping_items(node, items)
    _set_mapping_loc(node, loc)
    return node


def _sequence(items: tuple[Node, ...], loc: Loc) -> Sequence:
    node: Sequence = _new(Sequence)
    _set_sequence_items(node, items)
    _set_sequence_loc(node, loc)
    return node


def _scalar(text: str, quoted: bool, path: str, line: int, col: int) -> Scalar:
    """``Scalar(text, quoted, Loc(path, line, col))`` in a third of the time, for the
    millions of scalars of a national folder."""
    node: Scalar = _new(Scalar)
    node.text = text
    node.quoted = quoted
    node.path = path
    node.line = line
    node.col = col
    return node


class _Open:
    """A block collection still being read: ``seen`` is None for a sequence."""

    __slots__ = ("indent", "indentless", "items", "key", "loc", "seen")

    def __init__(
        self, indent: int, loc: Loc, seen: dict[str, None] | None, key: Scalar | None
    ) -> None:
        self.indent = indent
        self.loc = loc
        self.seen = seen
        self.key = key  # its key in the mapping that holds it; None in a sequence
        self.items: list[Any] = []
        self.indentless = False  # a sequence at its mapping's own indent ('k:\n- a')


class _Handed(list[Any]):
    """The items of an open collection that go to a sink as they are appended instead of
    staying here (see ``_fast_tree``): empty, whatever was appended."""

    __slots__ = ("give",)

    def __init__(self, give: Callable[[Any], None]) -> None:
        super().__init__()
        self.give = give

    def append(self, item: Any) -> None:
        self.give(item)


def _give_entry(sink: Sink, pair: tuple[Scalar, Node]) -> None:
    sink.entry(pair[0], pair[1])


def _close(stack: list[_Open]) -> None:
    done = stack.pop()
    node = (
        _sequence(tuple(done.items), done.loc)
        if done.seen is None
        else _mapping(tuple(done.items), done.loc)
    )
    parent = stack[-1]
    parent.items.append(node if parent.seen is None else (done.key, node))


def _fast_tree(text: str, path: str, sink: Sink | None = None) -> Node | None:
    """The tree of a file in the simple subset of YAML, or None to leave it to the strict path.

    With a sink, a root mapping's entries and the items of its block lists go to the sink
    as they are completed, in file order, and the Mapping returned is empty (see
    ``parse_each``); an item is complete when a line indented no deeper than its dash
    begins, so only one item's nodes live at a time. A sequence root is returned whole.
    """
    if _FAST_REFUSE.search(text):
        return None
    lines = text.split("\n")
    stack: list[_Open] = []
    pending: Scalar | None = None  # a key of stack[-1] whose value starts on a later line
    pending_line = pending_col = 0  # where its value is, if it turns out to be empty
    index = 0
    count = len(lines)
    line_match = _FAST_LINE.match
    while index < count:
        line = lines[index]
        lines[index] = ""  # never read again: a large file's lines need not all stay alive
        index += 1
        number = index
        match = line_match(line)
        if match is None:  # pragma: no cover - the pattern matches every line
            return None
        indent_text, dash, key, rest = match.groups()
        if dash is None and key is None and (not rest or rest[0] == "#"):
            continue  # blank or comment
        indent = len(indent_text)
        if pending is not None:
            top = stack[-1]
            if indent > top.indent or (indent == top.indent and dash is not None):
                if dash is None and key is None:
                    return None
                child = _Open(
                    indent, new_loc(path, number, indent + 1), None if dash else {}, pending
                )
                child.indentless = indent == top.indent
                if sink is not None and dash and len(stack) == 1:
                    child.items = _Handed(partial(sink.item, pending))  # a top-level list
                stack.append(child)
                if len(stack) > _FAST_MAX_DEPTH:
                    return None
            else:
                empty = _scalar("", False, path, pending_line, pending_col)
                top.items.append((pending, empty))
            pending = None
        elif not stack:
            if indent or (dash is None and key is None):
                return None
            root = _Open(0, new_loc(path, number, 1), None if dash else {}, None)
            if sink is not None and not dash:
                root.items = _Handed(partial(_give_entry, sink))
            stack.append(root)
        while stack[-1].indent > indent:
            _close(stack)
        top = stack[-1]
        if top.indent != indent:
            return None
        if top.seen is None and dash is None and top.indentless:
            _close(stack)
            top = stack[-1]
        if top.seen is None:
            if dash is None:
                return None
            col = indent + len(dash)
            if key is None:
                found = _fast_value(rest, path, lines, index, col, indent)
                if found is None:
                    return None
                top.items.append(found[0])
                index = found[1]
                continue
            top = _Open(col, new_loc(path, number, col + 1), {}, None)
            stack.append(top)
            if len(stack) > _FAST_MAX_DEPTH:
                return None
        elif dash is not None or key is None:
            return None
        else:
            col = indent
        seen = top.seen
        assert seen is not None
        if key in seen:
            return None  # a duplicate key: the strict path reports it
        seen[key] = None
        key_node = _scalar(_intern(key), False, path, number, col + 1)
        if not rest or rest[0] == "#":
            pending = key_node
            pending_line, pending_col = number, col + len(key) + 2  # just after the colon
            continue
        found = _fast_value(rest, path, lines, index, match.start(4), col)
        if found is None:
            return None
        top.items.append((key_node, found[0]))
        index = found[1]
    if not stack:
        return None
    if pending is not None:
        empty = _scalar("", False, path, pending_line, pending_col)
        stack[-1].items.append((pending, empty))
    while len(stack) > 1:
        _close(stack)
    root = stack[0]
    if root.seen is None:
        return _sequence(tuple(root.items), root.loc)
    return _mapping(tuple(root.items), root.loc)


def _fast_value(
    rest: str, path: str, lines: list[str], index: int, col: int, owner: int
) -> tuple[Node, int] | None:
    """The value written from column ``col`` (0-based) of line ``index`` (1-based), and the
    index of the next line to read; None when unsure. ``owner`` is the indent of its key or
    dash: a flow collection's further lines must be indented deeper."""
    if not rest or rest[0] == "#":
        return None  # '- ' with nothing after it
    first = rest[0]
    if first == '"':
        match = _FAST_DOUBLE.match(rest)
        if match is None:
            return None
        return _scalar(match.group(1), True, path, index, col + 1), index
    if first == "'":
        match = _FAST_SINGLE.match(rest)
        if match is None:
            return None
        return _scalar(match.group(1).replace("''", "'"), True, path, index, col + 1), index
    if first == "{" or first == "[":
        flat = _fast_flat_flow(rest, path, index, col)
        if flat is not None:
            return flat, index
        return _fast_flow_lines(rest, path, lines, index, col, owner)
    if _FAST_PLAIN.match(rest) is None:
        return None
    comment = rest.find(" #")
    text = (rest if comment < 0 else rest[:comment]).rstrip(" ")
    if ": " in text or text.endswith(":"):
        return None
    return _scalar(_short(text), False, path, index, col + 1), index


_FAST_FLAT_SCALAR = (
    "(?:\"([^\"\\\\]*)\"|'((?:[^']|'')*)'|(" + _FAST_PLAIN_START + "[^,\\[\\]{}#:]*?)) *"
)
_FAST_FLAT_PAIR = re.compile(" *(" + _FAST_KEY + "): +" + _FAST_FLAT_SCALAR + "([,}])")
_FAST_FLAT_ITEM = re.compile(" *" + _FAST_FLAT_SCALAR + "([,\\]])")


# The tidiest flow collection, as pustaka writes it: one line, ", " between items, ": "
# between key and value, words without quotes or spaces. Such a line splits in C.
_TIDY_WORD = "[A-Za-z0-9_][A-Za-z0-9_.+-]*"
_TIDY_MAP = re.compile(
    "\\{(" + _FAST_KEY + ": " + _TIDY_WORD + "(?:, " + _FAST_KEY + ": " + _TIDY_WORD + ")*)\\}"
    "(?: +#.*| *)$"
)
_TIDY_LIST = re.compile(
    "\\[(" + _TIDY_WORD + "(?:, " + _TIDY_WORD + ")*)\\](?: +#.*| *)$"
)


def _tidy_flow(rest: str, path: str, number: int, col: int) -> Node | None:
    """``_fast_flat_flow`` for a tidy line (see ``_TIDY_MAP``), or None when it is not."""
    tidy = (_TIDY_MAP if rest[0] == "{" else _TIDY_LIST).match(rest)
    if tidy is None:
        return None
    at = col + 2  # the 1-based column of the first item, just after the bracket
    loc = new_loc(path, number, col + 1)
    if rest[0] == "[":
        items: list[Node] = []
        for word in tidy.group(1).split(", "):
            items.append(_scalar(_short(word), False, path, number, at))
            at += len(word) + 2
        return _sequence(tuple(items), loc)
    pairs: list[tuple[Scalar, Node]] = []
    for pair in tidy.group(1).split(", "):
        key, word = pair.split(": ")
        value_at = at + len(key) + 2
        pairs.append(
            (
                _scalar(_intern(key), False, path, number, at),
                _scalar(_short(word), False, path, number, value_at),
            )
        )
        at = value_at + len(word) + 2
    if len({key.text for key, _ in pairs}) < len(pairs):
        return None  # a duplicate key: the strict path reports it
    return _mapping(tuple(pairs), loc)


def _fast_flat_flow(rest: str, path: str, number: int, col: int) -> Node | None:
    """The common case of a flow collection: one line of scalars. None when it is not."""
    tidy = _tidy_flow(rest, path, number, col)
    if tidy is not None:
        return tidy
    is_map = rest[0] == "{"
    pattern = _FAST_FLAT_PAIR if is_map else _FAST_FLAT_ITEM
    closer = "}" if is_map else "]"
    pairs: list[tuple[Scalar, Node]] = []
    items: list[Node] = []
    seen: set[str] = set()
    pos = 1
    while True:
        match = pattern.match(rest, pos)
        if match is None:
            return None
        if is_map:
            key, double, single, plain, end = match.groups()
            if key in seen:
                return None
            seen.add(key)
            key_node = _scalar(_intern(key), False, path, number, col + match.start(1) + 1)
            base = 2
        else:
            double, single, plain, end = match.groups()
            base = 1
        if plain is not None:
            node = _scalar(_short(plain), False, path, number, col + match.start(base + 2) + 1)
        elif double is not None:
            node = _scalar(double, True, path, number, col + match.start(base))
        else:
            node = _scalar(
                single.replace("''", "'"), True, path, number, col + match.start(base + 1)
            )
        if is_map:
            pairs.append((key_node, node))
        else:
            items.append(node)
        pos = match.end()
        if end == closer:
            break
        if not rest.startswith(" ", pos):  # ',' then one space, then the next item
            return None
        pos += 1
    if _FAST_END.match(rest, pos) is None:
        return None
    loc = new_loc(path, number, col + 1)
    return _mapping(tuple(pairs), loc) if is_map else _sequence(tuple(items), loc)


class _More(Exception):
    """The flow collection goes on past the text given so far."""


class _Unsure(Exception):
    """The fast reader declines this file."""


def _fast_flow_lines(
    rest: str, path: str, lines: list[str], index: int, col: int, owner: int
) -> tuple[Node, int] | None:
    """A flow collection starting at ``rest``, taking further lines while it is open."""
    text = rest
    starts = [0]
    while True:
        try:
            flow = _Flow(text, path, index - len(starts) + 1, col, starts)
            node = flow.node(0, 0)
        except _Unsure:
            return None
        except _More:
            if len(starts) >= _FAST_MAX_FLOW_LINES or index >= len(lines):
                return None
            line = lines[index]
            stripped = line.lstrip(" ")
            if len(line) - len(stripped) <= owner or not stripped or stripped[0] == "#":
                return None
            index += 1
            text += "\n"
            starts.append(len(text))
            text += line
            continue
        if _FAST_END.match(text, flow.pos) is None:
            return None
        return node, index


class _Flow:
    """Reads one flow collection of scalars and flow collections from ``text``.

    ``text`` is the value's own line from its start, then any further whole lines, joined
    by line breaks (``starts`` holds where each begins); a line may only break after an
    opening bracket or a comma.
    """

    __slots__ = ("col", "first", "path", "pos", "starts", "text")

    def __init__(self, text: str, path: str, first: int, col: int, starts: list[int]) -> None:
        self.text = text
        self.path = path
        self.first = first  # the line number of text's first line
        self.col = col  # the column (0-based) of text's first character
        self.starts = starts
        self.pos = 0

    def loc(self, offset: int) -> Loc:
        starts = self.starts
        if len(starts) == 1:
            return new_loc(self.path, self.first, self.col + offset + 1)
        line = bisect_right(starts, offset) - 1
        col = offset - starts[line] + (self.col if line == 0 else 0)
        return new_loc(self.path, self.first + line, col + 1)

    def skip(self, breaks: bool) -> None:
        text = self.text
        pos = self.pos
        end = len(text)
        while pos < end and (text[pos] == " " or (breaks and text[pos] == "\n")):
            pos += 1
        if pos == end:
            raise _More
        self.pos = pos

    def node(self, pos: int, depth: int) -> Node:
        self.pos = pos
        text = self.text
        opener = text[pos]
        if opener != "{" and opener != "[":
            return self.scalar()
        if depth >= _FAST_MAX_DEPTH:
            raise _Unsure
        loc = self.loc(pos)
        closer = "}" if opener == "{" else "]"
        pairs: list[tuple[Scalar, Node]] = []
        items: list[Node] = []
        seen: set[str] = set()
        self.pos = pos + 1
        self.skip(True)
        if text[self.pos] == closer:
            self.pos += 1
            return _mapping((), loc) if opener == "{" else _sequence((), loc)
        while True:
            if opener == "{":
                match = _FAST_FLOW_KEY.match(text, self.pos)
                if match is None:
                    raise _Unsure
                key = match.group(1)
                if key in seen:
                    raise _Unsure
                seen.add(key)
                key_node = _scalar(_intern(key), False, *self._at(self.pos))
                if match.end() == len(text):
                    raise _More
                pairs.append((key_node, self.node(match.end(), depth + 1)))
            else:
                items.append(self.node(self.pos, depth + 1))
            self.skip(False)
            char = text[self.pos]
            self.pos += 1
            if char == closer:
                break
            if char != ",":
                raise _Unsure
            self.skip(True)
            if text[self.pos] in "]}":
                raise _Unsure  # a trailing comma
        return _mapping(tuple(pairs), loc) if opener == "{" else _sequence(tuple(items), loc)

    def _at(self, offset: int) -> tuple[str, int, int]:
        loc = self.loc(offset)
        return loc.path, loc.line, loc.col

    def scalar(self) -> Scalar:
        text = self.text
        pos = self.pos
        match = _FAST_FLOW_SCALAR.match(text, pos)
        if match is None:
            if pos < len(text) and _FAST_FLOW_SCALAR.match(text + ",", pos) is not None:
                raise _Unsure  # a scalar at the end of a line: it might go on
            raise _Unsure
        double, single, plain = match.groups()
        self.pos = match.end()
        if double is not None:
            return _scalar(double, True, *self._at(pos))
        if single is not None:
            return _scalar(single.replace("''", "'"), True, *self._at(pos))
        return _scalar(_short(plain), False, *self._at(pos))

"""The strict reader: our nodes built from the events of libyaml (or PyYAML's pure-Python
parser), iteratively, refusing on the way what a record file may not hold.

Why events and not ``yaml.compose``: composing loses what we must refuse (an anchor is not
kept on its node; ``!!str x`` and ``x`` compose to the same node), and libyaml's composer
recurses in C, so ``[[[[...`` kills the process. libyaml's event parser keeps its own stack
on the heap, so it is safe for any input, and the builder stops at ``MAX_DEPTH`` long before
depth matters. (libyaml 0.2.6 also stops at depth 1000 by itself, while scanning ahead:
``read`` then reads the text up to there again, so the problem is ours whichever libyaml
PyYAML bundles.) Aliases are never expanded (an event stream has no expansion), so alias
bombs cost nothing. Every file the fast reader declines is read here, and every problem
of a file's YAML comes from here (worded by ``diagnosis``).
"""

from __future__ import annotations

from typing import Any, Protocol

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

from pustaka_cli.problems import Loc, Problem, problem
from pustaka_cli.store.yaml.diagnosis import beyond_spec, syntax_problems, unmarked_problem
from pustaka_cli.store.yaml.nodes import Mapping, Node, Scalar, Sequence
from pustaka_cli.store.yaml.text import MAX_DEPTH, MAX_PROBLEMS, Lines, too_many

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"


def has_libyaml() -> bool:
    """Whether PyYAML was built with libyaml, its C parser."""
    return bool(getattr(yaml, "__with_libyaml__", False))


def read(
    text: str, path: str, lines: Lines, *, pure: bool
) -> tuple[Node | None, tuple[Problem, ...]]:
    """The tree of ``text`` and its problems, read with libyaml or (``pure``) PyYAML's parser.

    The tree is None when there is any problem but ``yaml-duplicate-key`` (then the
    first value is kept).
    """
    try:
        builder = _build(text, path, lines, pure=pure)
    except _TooDeepForLibyaml as deep:
        builder = _build(text[: deep.index], path, lines, pure=False)
    if not builder.problems:
        builder.problems.extend(beyond_spec(text, path, lines, events(text, pure=pure)))
    return builder.result(), tuple(builder.problems)


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


def _build(text: str, path: str, lines: Lines, *, pure: bool) -> _Builder:
    """Build the tree of ``text`` from the events of libyaml (or the pure parser)."""
    builder = _Builder(path)
    try:
        builder.build(events(text, pure=pure))
    except _Stop:
        pass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        if not pure and err.problem == _LIBYAML_DEPTH and mark is not None:
            raise _TooDeepForLibyaml(mark.index) from None
        innermost = builder.stack[-1].loc if builder.stack else None
        builder.problems.extend(syntax_problems(err, text, path, lines, innermost))
    except yaml.YAMLError as err:  # ReaderError and friends: text.screen should prevent them
        builder.problems.append(unmarked_problem(err, text, path, lines))
    return builder


# --- events -----------------------------------------------------------------------------


class EventSource(Protocol):
    def get_event(self) -> Event | None: ...


def events(text: str, *, pure: bool) -> EventSource:
    """The events of ``text``, from libyaml or (``pure``) PyYAML's own parser."""
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

    def build(self, events: EventSource) -> None:
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
            self.problems[:] = too_many(self.problems)
            raise _Stop


def _tag_as_written(tag: str) -> str:
    if tag.startswith(_YAML_TAG_PREFIX):
        return "!!" + tag[len(_YAML_TAG_PREFIX) :]
    if tag.startswith("!"):
        return tag
    return f"!<{tag}>"

"""The fast reader: the simple subset of YAML, read line by line into the strict reader's nodes.

Nearly every record file is plain block YAML: `key: value` lines, `- ` items, flow
`{k: v}` and `[a, b]` (nested, over several lines), plain or simply quoted scalars. For
such text a line-by-line reader builds exactly the nodes the event builder builds, at a
fraction of the cost of libyaml's events reaching Python. It declines (returns None) at
the first thing outside that subset, whatever the reason, and the strict reader then reads
the file; so it only ever answers for files without any problem, and every problem still
comes from the strict reader. tests/test_fastpath.py proves that the two agree.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from typing import Any

from pustaka_cli.problems import Loc, new_loc
from pustaka_cli.store.yaml.nodes import (
    Node,
    Scalar,
    Sink,
    intern,
    new_mapping,
    new_scalar,
    new_sequence,
    shared,
)

# Tabs, the rarer line breaks, and a CR not followed by LF: the strict reader's. A file
# saved with CRLF (a Windows editor) is read as if with LF: YAML gives the same nodes, at
# the same lines and columns, and a block text's line breaks are LF either way. (One
# character class: a search for it runs in C at memchr speed, an alternation does not.)
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
# A value that is one plain word (an id, a state, a date, a number): text as written.
_ONE_WORD = re.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*$")
_SIBLINGS: dict[int, Callable[[str], re.Match[str] | None]] = {}


def _siblings(indent: int) -> Callable[[str], re.Match[str] | None]:
    """The match of a line ``key: word`` indented by ``indent`` spaces (one pattern for
    each indentation met, kept)."""
    found = _SIBLINGS.get(indent)
    if found is None:
        pattern = " " * indent + "(" + _FAST_KEY + "): ([A-Za-z0-9_][A-Za-z0-9_.+-]*)$"
        found = _SIBLINGS[indent] = re.compile(pattern).match
    return found


_FAST_MAX_DEPTH = 32
_FAST_MAX_FLOW_LINES = 64


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
    staying here (see ``read``): empty, whatever was appended."""

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
        new_sequence(tuple(done.items), done.loc)
        if done.seen is None
        else new_mapping(tuple(done.items), done.loc)
    )
    parent = stack[-1]
    parent.items.append(node if parent.seen is None else (done.key, node))


def read(text: str, path: str, sink: Sink | None = None) -> Node | None:
    """The tree of a file in the simple subset of YAML, or None to leave it to the strict path.

    With a sink, a root mapping's entries and the items of its block lists go to the sink
    as they are completed, in file order, and the Mapping returned is empty (see
    ``parse_each``); an item is complete when a line indented no deeper than its dash
    begins, so only one item's nodes live at a time. A sequence root is returned whole.
    """
    refused = _FAST_REFUSE.search(text)
    if refused is not None:
        if refused.group() != "\r":
            return None
        text = text.replace("\r\n", "\n")
        if _FAST_REFUSE.search(text):
            return None
    lines = text.split("\n")
    stack: list[_Open] = []
    pending: Scalar | None = None  # a key of stack[-1] whose value starts on a later line
    pending_line = pending_col = 0  # where its value is, if it turns out to be empty
    index = 0
    count = len(lines)
    line_match = _FAST_LINE.match
    one_word = _ONE_WORD.match
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
                empty = new_scalar("", False, path, pending_line, pending_col)
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
        key_node = new_scalar(intern(key), False, path, number, col + 1)
        if not rest or rest[0] == "#":
            pending = key_node
            pending_line, pending_col = number, col + len(key) + 2  # just after the colon
            continue
        if one_word(rest) is not None:  # the commonest value: a word, nothing after it
            word = rest if len(rest) > 24 else intern(rest)
            top.items.append((key_node, new_scalar(word, False, path, number, match.start(4) + 1)))
            # The lines after it that are further keys of this mapping with a word each
            # (a record's `state: completed`, `date: 2024-11-15`): one pattern per line.
            sibling = _siblings(col)
            while index < count:
                more = sibling(lines[index])
                if more is None:
                    break
                key, word = more.groups()
                if key in seen:
                    return None  # a duplicate key: the strict path reports it
                seen[key] = None
                lines[index] = ""
                index += 1
                at = col + len(key) + 3
                word = word if len(word) > 24 else intern(word)
                top.items.append(
                    (
                        new_scalar(intern(key), False, path, index, col + 1),
                        new_scalar(word, False, path, index, at),
                    )
                )
            continue
        found = _fast_value(rest, path, lines, index, match.start(4), col)
        if found is None:
            return None
        top.items.append((key_node, found[0]))
        index = found[1]
    if not stack:
        return None
    if pending is not None:
        empty = new_scalar("", False, path, pending_line, pending_col)
        stack[-1].items.append((pending, empty))
    while len(stack) > 1:
        _close(stack)
    root = stack[0]
    if root.seen is None:
        return new_sequence(tuple(root.items), root.loc)
    return new_mapping(tuple(root.items), root.loc)


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
        return new_scalar(match.group(1), True, path, index, col + 1), index
    if first == "'":
        match = _FAST_SINGLE.match(rest)
        if match is None:
            return None
        return new_scalar(match.group(1).replace("''", "'"), True, path, index, col + 1), index
    if first == "|" or first == ">":
        header = _FAST_BLOCK.match(rest)
        if header is None:
            return None
        return _block_text(header.group(1), header.group(2), path, lines, index, col, owner)
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
    return new_scalar(shared(text), False, path, index, col + 1), index


_FAST_BLOCK = re.compile("([|>])([-+]?)(?: +#.*| *)$")


def _block_text(
    style: str, chomp: str, path: str, lines: list[str], index: int, col: int, owner: int
) -> tuple[Node, int] | None:
    """A block text (``|`` literal or ``>`` folded, clipped or ``-`` stripped) whose header
    is at column ``col`` (0-based) of line ``index`` (1-based), and the index of the next
    line to read; None when unsure. Its lines must be indented deeper than ``owner``, the
    indent of its key or dash; the first of them sets the text's indentation.

    Declined: ``+`` (keep), an explicit indentation, spaces on a blank line beyond the
    text's indentation (or any before its first line), a folded text with more-indented
    lines or blank lines first, a text running to the end of a file without a last line
    break.
    """
    if chomp == "+":
        return None
    count = len(lines)
    first = index
    parts: list[str] = []
    indent = 0
    while first < count:
        line = lines[first]
        stripped = line.lstrip(" ")
        if stripped:
            indent = len(line) - len(stripped)
            break
        if line:
            return None  # spaces on a blank line before the text: see yaml-block-indent
        parts.append("")
        first += 1
    if first == count or indent <= owner:
        return None  # an empty block text
    end = first
    while end < count:
        line = lines[end]
        stripped = line.lstrip(" ")
        if not stripped:
            if len(line) > indent:
                return None
            parts.append("")
        elif len(line) - len(stripped) < indent:
            break
        else:
            parts.append(line[indent:])
        end += 1
    if end == count and lines[-1]:
        return None  # the text's last line has no line break: the file ends in it
    while parts[-1] == "":
        parts.pop()  # trailing blank lines: clipped or stripped alike
    if style == "|":
        text = "\n".join(parts)
    else:
        if parts[0] == "" or any(part[:1] == " " for part in parts):
            return None
        text = parts[0]
        blanks = 0
        for part in parts[1:]:
            if not part:
                blanks += 1
                continue
            text += ("\n" * blanks if blanks else " ") + part
            blanks = 0
    if chomp != "-":
        text += "\n"
    return new_scalar(text, True, path, index, col + 1), end


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
_TIDY_LIST = re.compile("\\[(" + _TIDY_WORD + "(?:, " + _TIDY_WORD + ")*)\\](?: +#.*| *)$")


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
            items.append(new_scalar(shared(word), False, path, number, at))
            at += len(word) + 2
        return new_sequence(tuple(items), loc)
    pairs: list[tuple[Scalar, Node]] = []
    for pair in tidy.group(1).split(", "):
        key, word = pair.split(": ")
        value_at = at + len(key) + 2
        pairs.append(
            (
                new_scalar(intern(key), False, path, number, at),
                new_scalar(shared(word), False, path, number, value_at),
            )
        )
        at = value_at + len(word) + 2
    if len({key.text for key, _ in pairs}) < len(pairs):
        return None  # a duplicate key: the strict path reports it
    return new_mapping(tuple(pairs), loc)


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
            key_node = new_scalar(intern(key), False, path, number, col + match.start(1) + 1)
            base = 2
        else:
            double, single, plain, end = match.groups()
            base = 1
        if plain is not None:
            node = new_scalar(shared(plain), False, path, number, col + match.start(base + 2) + 1)
        elif double is not None:
            node = new_scalar(double, True, path, number, col + match.start(base))
        else:
            node = new_scalar(
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
    return new_mapping(tuple(pairs), loc) if is_map else new_sequence(tuple(items), loc)


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
            return new_mapping((), loc) if opener == "{" else new_sequence((), loc)
        while True:
            if opener == "{":
                match = _FAST_FLOW_KEY.match(text, self.pos)
                if match is None:
                    raise _Unsure
                key = match.group(1)
                if key in seen:
                    raise _Unsure
                seen.add(key)
                key_node = new_scalar(intern(key), False, *self._at(self.pos))
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
        return new_mapping(tuple(pairs), loc) if opener == "{" else new_sequence(tuple(items), loc)

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
            return new_scalar(double, True, *self._at(pos))
        if single is not None:
            return new_scalar(single.replace("''", "'"), True, *self._at(pos))
        return new_scalar(shared(plain), False, *self._at(pos))

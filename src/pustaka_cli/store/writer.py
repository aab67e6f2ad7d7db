"""Changing record files without losing a byte a person wrote.

Why text splicing, not a round-trip YAML library: a record file is hand-written and kept
in git, so the only acceptable diff of ``pustaka enroll`` is the lines it adds. ruamel.yaml
keeps comments but re-emits the whole document. Measured on the shipped folders (data/
and examples/, 44 files, 8,208 lines, ruamel.yaml 0.19, ``preserve_quotes``): with its
default settings a bare load-and-dump changed every file and 7,322 lines (it re-indents
every list); even with the indentation set to match and line width unlimited it changed
9 files and 1,588 lines (each multi-line ``{...}`` of levels is joined into one line),
re-indents a list whose dashes sit differently from the rest of the file, and drops the
BOM. Values it writes follow YAML 1.2: a new ``no`` or ``12:30`` is written plain, which
YAML 1.1 tools (PyYAML, many editors) read as false and as 750. It would also be a
second YAML parser next to the strict reader. Instead pustaka edits the text at the
1-based line/column locations the strict reader reports (``store.yaml``): it adds
whole lines for new records and keys, replaces only the characters of a scalar it
changes, and, for ``pustaka erase``, takes out a key's lines (``Remove``) and rewords or
removes comments (``Reword``, ``Uncomment``: the tree stays the same, which the
verification below holds it to). Nothing else in the file is touched, so comments, key
order, quoting, blank lines, indentation, the BOM and CRLF line endings stay as they
were, and no dependency is added.

Text splicing is only safe when it is verified, so every edit is checked before a byte
reaches the disk:

1. The new text is parsed by the same strict reader. The tree (every key, in order, and
   every scalar's text) must equal the old tree plus exactly the intended change, and the
   BOM and line ending must be unchanged.
2. The file is read again with the same record specs as ``pustaka check``: the problems
   must be the same as before (ignoring line numbers), and each changed record must read
   back with exactly the typed values intended (a date is a date, ``no`` is the text "no").

If either fails nothing is written and the user is told so.

Writes happen inside a ``Transaction``: an exclusive lock on ``.pustaka/lock`` in the data
folder (so pustaka processes take turns), a snapshot of every record file taken under
the lock, and before replacing a file a check that no file changed since it was read.
A file is replaced by writing a temp file in the same folder, fsyncing it, renaming it
over the original and fsyncing the folder: a crash leaves the old file or the new, never
half of one. Where new records go so that branches merge cleanly: see docs/writing.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import hashlib
import os
import re
import stat
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from pustaka_cli.errors import PustakaError
from pustaka_cli.problems import Problem, Severity
from pustaka_cli.store import records
from pustaka_cli.store.fields import Field, Raw, Reader, RecordSpec
from pustaka_cli.store.fieldtypes import compare_record
from pustaka_cli.store.files import fsync_folder, keep_owner, read_whole
from pustaka_cli.store.folder import SETTINGS_FILE, kind_files
from pustaka_cli.store.lock import folder_lock
from pustaka_cli.store.yaml import (
    Mapping,
    Node,
    Parsed,
    Scalar,
    Sequence,
    emit_flow,
    emit_flow_scalar,
    emit_scalar,
    parse,
)
from pustaka_cli.store.yaml import (
    Value as Value,  # what callers write: re-exported (writer.Value)
)
from pustaka_cli.store.yaml.emit import double_quoted

# --- what can be written ---------------------------------------------------------------

Step: TypeAlias = str | tuple[str, str] | int
"""One step into a file: a key of a mapping, (field, text): the list item whose field is
text, or a number: the list item at that index (0 first)."""

NodePath = tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Insert:
    """Add ``value`` to the list under ``key`` of the mapping at ``at`` (creating the key).

    With ``sort_by`` the item goes before the first item whose ``sort_by`` text is greater
    (a stable sorted place, so that branches adding different items merge cleanly);
    without, at the end. ``after_all`` = (field, text) keeps it after every item whose
    field has that text (a queue: the waitlist is served in file order within a day).
    With ``many``, ``value`` is a tuple of items added together at one place (imports).
    """

    def items(self) -> tuple[Value, ...]:
        if self.many:
            assert isinstance(self.value, tuple)
            return self.value
        return (self.value,)

    at: NodePath
    key: str
    value: Value
    sort_by: str | None = None
    after_all: tuple[str, str] | None = None
    many: bool = False


@dataclass(frozen=True, slots=True)
class Set:
    """Give ``key`` of the mapping at ``at`` the value ``value`` (adding the key if absent)."""

    at: NodePath
    key: str
    value: Value


@dataclass(frozen=True, slots=True)
class Remove:
    """Take ``key`` (and its value, with the comments under it) out of the mapping at
    ``at``. The first key of a block list item (on the line of its dash) is not removed."""

    at: NodePath
    key: str


@dataclass(frozen=True, slots=True)
class Reword:
    """Every comment of the file (from its ``#`` to the end of its line) becomes
    ``said(comment)``; a comment said as "" is removed, and its line when it held only
    it. Values are never touched: the tree is the same."""

    said: Callable[[str], str]
    at: NodePath = ()  # the whole file


@dataclass(frozen=True, slots=True)
class Uncomment:
    """Remove the comments that belong to the list item at ``at``: the comment lines
    right above its dash (up to a blank line, or a rule such as ``# --- Pusat ---``,
    which heads a section, not the item), those inside it, and those after its values."""

    at: NodePath


Op: TypeAlias = Insert | Set | Remove | Reword | Uncomment


@dataclass(frozen=True, slots=True)
class Change:
    """Every edit of one file (``path`` relative to the data folder), in order.

    ``kind`` names the record kind (``trainings``...) whose specs verify the result.
    """

    path: str
    kind: str
    ops: tuple[Op, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """A change computed (and, unless a dry run, written)."""

    path: str
    before: bytes
    after: bytes
    written: bool

    def diff(self) -> str:
        """The change as a unified diff (``git diff`` style paths)."""
        old = _lines_for_diff(self.before)
        new = _lines_for_diff(self.after)
        return "".join(
            difflib.unified_diff(old, new, f"a/{self.path}", f"b/{self.path}", lineterm="\n")
        )


def _lines_for_diff(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = [line.rstrip("\r\n") + "\n" for line in text.splitlines(keepends=True)]
    return lines


# --- the tree as plain values, for comparing before and after ---------------------------

# A mapping is ("{}", ((key, value), ...)), a list ("[]", (...)), a scalar its text,
# a null None: order and text are compared exactly, locations are not.
Plain = Any


def plain(node: Node | None) -> Plain:
    if node is None:
        return None
    if isinstance(node, Scalar):
        return None if node.is_null else node.text
    if isinstance(node, Mapping):
        return ("{}", tuple((k.text, plain(v)) for k, v in node.items))
    return ("[]", tuple(plain(item) for item in node.items))


def plain_value(value: Value) -> Plain:
    if isinstance(value, tuple):
        return ("[]", tuple(plain_value(v) for v in value))
    if isinstance(value, dict):
        return ("{}", tuple((k, plain_value(v)) for k, v in value.items()))
    return str(value) if isinstance(value, str) else emit_scalar(value)


# --- the text of a file, by lines -------------------------------------------------------

_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


class _Text:
    """A file's text with its line starts, matching the reader's 1-based lines and columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        self.ends = [m.start() for m in _BREAK.finditer(text)] + [len(text)]

    @property
    def count(self) -> int:
        return len(self.starts)

    def line(self, number: int) -> str:
        return self.text[self.starts[number - 1] : self.ends[number - 1]]

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col - 1

    def indent(self, number: int) -> int | None:
        """Columns of leading spaces (1-based column of the first character), None if blank."""
        content = self.line(number)
        stripped = content.lstrip(" ")
        if not stripped.strip(" \t"):
            return None
        return len(content) - len(stripped) + 1

    def is_comment(self, number: int) -> bool:
        return self.line(number).lstrip(" \t").startswith("#")


def _last_line(node: Node) -> int:
    """The last line on which any key or value of ``node`` starts."""
    if isinstance(node, Scalar):
        return node.loc.line
    if isinstance(node, Mapping):
        lines = [node.loc.line]
        for key, value in node.items:
            lines.append(key.loc.line)
            lines.append(_last_line(value))
        return max(lines)
    return max([node.loc.line, *(_last_line(item) for item in node.items)])


def _extend(tx: _Text, line: int, col: int) -> int:
    """The last line of a block that starts on ``line`` and whose lines are indented past
    ``col`` (comments included; blank lines only between such lines)."""
    last = line
    number = line + 1
    while number <= tx.count:
        indent = tx.indent(number)
        if indent is None:
            number += 1
            continue
        if indent <= col:
            break
        last = number
        number += 1
    return last


def _is_flow(tx: _Text, node: Node) -> bool:
    return tx.text[tx.offset(node.loc.line, node.loc.col) :][:1] in ("[", "{")


def _flow_close(tx: _Text, start: int) -> int:
    """The offset of the bracket that closes the one at ``start``, skipping quoted text."""
    text = tx.text
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i
        elif ch == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif ch == "'":
            i += 1
            while i < len(text):
                if text[i] == "'":
                    if text[i + 1 : i + 2] == "'":
                        i += 1
                    else:
                        break
                i += 1
        elif ch == "#" and (i == 0 or text[i - 1] in " \t\r\n"):
            while i < len(text) and text[i] not in "\r\n":
                i += 1
            continue
        i += 1
    raise _Unverified("flow collection not closed")


def _scalar_end(tx: _Text, node: Scalar, flow: bool) -> int:
    """The offset just after the characters of a one-line scalar."""
    start = tx.offset(node.loc.line, node.loc.col)
    text = tx.text
    line_end = tx.ends[node.loc.line - 1]
    first = text[start : start + 1]
    if first == '"':
        i = start + 1
        while i < line_end and text[i] != '"':
            i += 2 if text[i] == "\\" else 1
        if i >= line_end:
            raise _Unverified("multi-line scalar")
        return i + 1
    if first == "'":
        i = start + 1
        while i < line_end:
            if text[i] == "'":
                if text[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                return i + 1
            i += 1
        raise _Unverified("multi-line scalar")
    if first in ("|", ">"):
        raise _Unverified("block scalar")
    end = start
    while end < line_end:
        ch = text[end]
        if ch == "#" and text[end - 1] in " \t":
            break
        if flow and ch in ",]}":
            break
        end += 1
    return len(text[start:end].rstrip(" \t")) + start


class _Unverified(Exception):
    """An edit pustaka cannot make safely; the reason is for the message."""


# --- style of the file, copied for new lines ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Style:
    seq_indent: int = 2  # columns from a key to the dashes of its block list
    map_indent: int = 2  # columns from a key to the keys of its nested mapping
    gap: int = 2  # columns from a dash to the first key of its item


def _style(tx: _Text, root: Node | None) -> _Style:
    seq_indent: int | None = None
    map_indent: int | None = None
    gap: int | None = None
    todo: list[Node] = [root] if root is not None else []
    while todo and (seq_indent is None or map_indent is None or gap is None):
        node = todo.pop(0)
        if isinstance(node, Mapping) and not _is_flow(tx, node):
            for key, value in node.items:
                if isinstance(value, Sequence) and value.items and not _is_flow(tx, value):
                    if seq_indent is None and value.loc.line > key.loc.line:
                        seq_indent = value.loc.col - key.loc.col
                elif (
                    isinstance(value, Mapping)
                    and value.items
                    and not _is_flow(tx, value)
                    and map_indent is None
                    and value.loc.line > key.loc.line
                ):
                    map_indent = value.loc.col - key.loc.col
                todo.append(value)
        elif isinstance(node, Sequence) and not _is_flow(tx, node):
            for item in node.items:
                if (
                    isinstance(item, Mapping)
                    and gap is None
                    and item.loc.line == _dash_line(tx, node, item)
                    and not _is_flow(tx, item)
                ):
                    gap = item.loc.col - node.loc.col
                todo.append(item)
    return _Style(
        seq_indent if seq_indent is not None and seq_indent >= 0 else 2,
        map_indent if map_indent is not None and map_indent > 0 else 2,
        gap if gap is not None and gap > 0 else 2,
    )


# --- rendering new lines ---------------------------------------------------------------


def _is_scalar(value: Value) -> bool:
    return not isinstance(value, (tuple, dict))


def _key_lines(key: str, value: Value, indent: int, style: _Style) -> list[str]:
    pad = " " * indent
    k = emit_scalar(key)
    if _is_scalar(value):
        return [f"{pad}{k}: {emit_scalar(value)}"]  # type: ignore[arg-type]
    if isinstance(value, tuple):
        if all(_is_scalar(v) for v in value):
            return [f"{pad}{k}: {emit_flow(value)}"]
        lines = [f"{pad}{k}:"]
        for item in value:
            lines.extend(_item_lines(item, indent + style.seq_indent, style))
        return lines
    assert isinstance(value, dict)
    if not value:
        return [f"{pad}{k}: {{}}"]
    lines = [f"{pad}{k}:"]
    lines.extend(_mapping_lines(value, indent + style.map_indent, style))
    return lines


def _mapping_lines(value: dict[str, Value], indent: int, style: _Style) -> list[str]:
    lines: list[str] = []
    for key, v in value.items():
        lines.extend(_key_lines(key, v, indent, style))
    return lines


def _item_lines(value: Value, dash: int, style: _Style) -> list[str]:
    if not isinstance(value, dict) or not value:
        text = emit_flow(value) if isinstance(value, (tuple, dict)) else emit_scalar(value)
        return [" " * dash + "- " + text]
    inner = _mapping_lines(value, dash + style.gap, style)
    inner[0] = " " * dash + "-" + " " * (style.gap - 1) + inner[0].lstrip(" ")
    return inner


# --- finding nodes ---------------------------------------------------------------------


def _find(root: Node | None, path: NodePath) -> tuple[Node | None, tuple[int, ...]]:
    """The node at ``path`` and its index path; (None, ...) for the empty root."""
    node = root
    indices: list[int] = []
    for step in path:
        if isinstance(step, str):
            if not isinstance(node, Mapping):
                raise _Unverified(f"no mapping for {step}")
            found = [i for i, (k, _) in enumerate(node.items) if k.text == step]
            if len(found) != 1:
                raise _Unverified(f"key {step}")
            indices.append(found[0])
            node = node.items[found[0]][1]
        elif isinstance(step, int):
            if not isinstance(node, Sequence) or not 0 <= step < len(node.items):
                raise _Unverified(f"no list item {step}")
            indices.append(step)
            node = node.items[step]
        else:
            field, text = step
            if not isinstance(node, Sequence):
                raise _Unverified(f"no list for {field}={text}")
            hits = [i for i, item in enumerate(node.items) if _field_text(item, field) == text]
            if len(hits) != 1:
                raise _Unverified(f"{field}={text} found {len(hits)} times")
            indices.append(hits[0])
            node = node.items[hits[0]]
    return node, tuple(indices)


def _field_text(node: Node, field: str) -> str | None:
    if isinstance(node, Mapping):
        for key, value in node.items:
            if key.text == field and isinstance(value, Scalar):
                return value.text
    return None


def _dash_line(tx: _Text, seq: Sequence, item: Node) -> int:
    """The line of the ``-`` that starts ``item`` in a block list."""
    col = seq.loc.col
    line = item.loc.line
    while line >= seq.loc.line:
        content = tx.line(line)
        if content[col - 1 : col] == "-" and not content[: col - 1].strip(" "):
            return line
        line -= 1
    raise _Unverified("list item without a dash")


# --- one edit on the text ---------------------------------------------------------------


def _edit(tx: _Text, root: Node | None, op: Op, newline: str, style: _Style) -> str:
    if isinstance(op, Reword):
        return _reword(tx, root, op.said)
    if isinstance(op, Uncomment):
        return _uncomment(tx, root, op.at)
    holder, _ = _find(root, op.at)
    if isinstance(op, Remove):
        found = (
            [(k, v) for k, v in holder.items if k.text == op.key]
            if isinstance(holder, Mapping)
            else []
        )
        if not isinstance(holder, Mapping) or len(found) != 1:
            raise _Unverified(f"key {op.key}")
        return _remove_key(tx, holder, *found[0])
    if holder is None:  # an empty file: the new key goes at its end
        return _add_lines_after(tx, tx.count, _key_lines(op.key, _op_value(op), 0, style), newline)
    if not isinstance(holder, Mapping):
        raise _Unverified("not a mapping")
    found = [(k, v) for k, v in holder.items if k.text == op.key]
    if not found:
        return _add_key(tx, holder, op.key, _op_value(op), newline, style)
    key, current = found[0]
    if isinstance(op, Set):
        return _replace_value(tx, holder, key, current, op.value, newline, style)
    if (isinstance(current, Scalar) and current.is_null) or (
        isinstance(current, Sequence) and not current.items and _is_flow(tx, current)
    ):
        return _replace_value(tx, holder, key, current, op.items(), newline, style)
    if not isinstance(current, Sequence):
        raise _Unverified(f"{op.key} is not a list")
    return _insert_item(tx, key, current, op, newline, style)


def _op_value(op: Insert | Set) -> Value:
    return op.items() if isinstance(op, Insert) else op.value


def _add_lines_after(tx: _Text, line: int, lines: list[str], newline: str) -> str:
    text = tx.text
    if line < tx.count:
        at = tx.starts[line]
        return text[:at] + "".join(x + newline for x in lines) + text[at:]
    # after the last line: the file may or may not end with a line break
    if text and not text.endswith(("\n", "\r")):
        return text + newline + newline.join(lines) + newline
    return text + "".join(x + newline for x in lines)


def _add_key(
    tx: _Text, holder: Mapping, key: str, value: Value, newline: str, style: _Style
) -> str:
    if _is_flow(tx, holder):
        start = tx.offset(holder.loc.line, holder.loc.col)
        close = _flow_close(tx, start)
        before = tx.text[start + 1 : close].rstrip(" \t")
        at = start + 1 + len(before)
        sep = ", " if before.strip() else ""
        addition = f"{sep}{emit_scalar(key)}: {emit_flow(value)}"
        return tx.text[:at] + addition + tx.text[at:]
    col = holder.items[0][0].loc.col
    last = _extend(tx, _last_line(holder), col)
    return _add_lines_after(tx, last, _key_lines(key, value, col - 1, style), newline)


def _replace_value(
    tx: _Text,
    holder: Mapping,
    key: Scalar,
    current: Node,
    value: Value,
    newline: str,
    style: _Style,
) -> str:
    flow = _is_flow(tx, holder)
    text = tx.text
    if isinstance(current, Scalar) and current.is_null and current.text == "":
        # `key:` with nothing after it: the value goes after the colon
        colon = text.find(":", tx.offset(key.loc.line, key.loc.col) + len(key.text))
        if colon < 0:
            raise _Unverified("no colon")
        start = end = colon + 1
    elif isinstance(current, Scalar) and _is_block_scalar(tx, current):
        # a block text (`notes: |`): replaced by one line, the whole block with it
        start = tx.offset(current.loc.line, current.loc.col)
        end = tx.ends[_extend(tx, key.loc.line, key.loc.col) - 1]
    elif isinstance(current, Scalar):
        start = tx.offset(current.loc.line, current.loc.col)
        end = _quoted_end(tx, current) or _scalar_end(tx, current, flow)
    elif _is_flow(tx, current) and current.loc.line == key.loc.line:
        start = tx.offset(current.loc.line, current.loc.col)
        end = _flow_close(tx, start) + 1
    else:
        raise _Unverified(f"{key.text} is not a one-line value")
    if isinstance(value, str) and text[start : start + 1] == '"':
        new = double_quoted(value)  # text written in double quotes stays so
    elif _is_scalar(value):
        new = emit_flow_scalar(value) if flow else emit_scalar(value)  # type: ignore[arg-type]
    elif flow or (isinstance(value, tuple) and all(_is_scalar(v) for v in value)):
        new = emit_flow(value)
    else:
        # a block value: drop the old one-line value, add the block below the key's line
        spaced = text[:start].rstrip(" \t")
        removed = spaced + text[end:]
        shifted = _Text(removed)
        lines = _key_lines(key.text, value, key.loc.col - 1, style)[1:]
        return _add_lines_after(shifted, key.loc.line, lines, newline)
    lead = " " if start == end and not text[start - 1 : start].isspace() else ""
    return text[:start] + lead + new + text[end:]


def _is_block_scalar(tx: _Text, node: Scalar) -> bool:
    return node.quoted and tx.text[tx.offset(node.loc.line, node.loc.col) :][:1] in ("|", ">")


def _quoted_end(tx: _Text, node: Scalar) -> int | None:
    """The offset after a quoted scalar's closing quote, over several lines if need be;
    None for a scalar that is not quoted."""
    text = tx.text
    start = tx.offset(node.loc.line, node.loc.col)
    first = text[start : start + 1]
    i = start + 1
    if first == '"':
        while i < len(text) and text[i] != '"':
            i += 2 if text[i] == "\\" else 1
        return i + 1 if i < len(text) else None
    if first == "'":
        while i < len(text):
            if text[i] == "'":
                if text[i + 1 : i + 2] != "'":
                    return i + 1
                i += 1
            i += 1
    return None


def _remove_key(tx: _Text, holder: Mapping, key: Scalar, current: Node) -> str:
    text = tx.text
    if _is_flow(tx, holder):
        start = tx.offset(key.loc.line, key.loc.col)
        if isinstance(current, Scalar) and current.is_null and current.text == "":
            end = text.index(":", start + len(key.text)) + 1
        elif isinstance(current, Scalar):
            end = _quoted_end(tx, current) or _scalar_end(tx, current, True)
        else:
            end = _flow_close(tx, tx.offset(current.loc.line, current.loc.col)) + 1
        after = text[end:]
        rest = after.lstrip(" \t")
        if rest.startswith(","):  # `a: 1, b: 2` -> `b: 2`
            end += len(after) - len(rest) + 1
            end += len(text[end:]) - len(text[end:].lstrip(" \t"))
        else:  # the last: `a: 1, b: 2` -> `a: 1`
            before = text[:start].rstrip(" \t")
            if before.endswith(","):
                start = len(before) - 1
        return text[:start] + text[end:]
    line = key.loc.line
    content = tx.line(line)
    if content[: key.loc.col - 1].strip(" "):  # on the dash line of a list item
        raise _Unverified(f"{key.text} starts a list item")
    last = _extend(tx, max(line, _last_line(current)), key.loc.col)
    end = tx.starts[last] if last < tx.count else len(text)
    return text[: tx.starts[line - 1]] + text[end:]


# --- comments ---------------------------------------------------------------------------

_RULE = re.compile(r"#\s*([-=#*~_])\1\1")


def _quoted_spans(tx: _Text, root: Node | None) -> list[tuple[int, int]]:
    """Where quoted scalars and block texts lie (their ``#`` is no comment). A plain
    scalar needs none: a ``#`` after a space ends it, and one after another character
    is no comment anywhere."""
    spans: list[tuple[int, int]] = []

    def scalar(node: Scalar, col: int) -> None:
        if not node.quoted:
            return
        start = tx.offset(node.loc.line, node.loc.col)
        if _is_block_scalar(tx, node):
            last = _extend(tx, node.loc.line, col)
            if last > node.loc.line:
                spans.append((tx.starts[node.loc.line], tx.ends[last - 1]))
            return
        end = _quoted_end(tx, node)
        spans.append((start, len(tx.text) if end is None else end))

    todo: list[tuple[Node, int]] = [] if root is None else [(root, 0)]
    while todo:
        node, col = todo.pop()
        if isinstance(node, Scalar):
            scalar(node, col)
        elif isinstance(node, Mapping):
            for key, value in node.items:
                scalar(key, key.loc.col)
                todo.append((value, key.loc.col))
        else:
            todo.extend((item, node.loc.col) for item in node.items)
    return sorted(spans)


def _comments(tx: _Text, root: Node | None) -> list[tuple[int, int, int]]:
    """Every comment: (line, offset of its ``#``, offset of its line's end)."""
    spans = _quoted_spans(tx, root)
    found = []
    for number in range(1, tx.count + 1):
        begin, stop = tx.starts[number - 1], tx.ends[number - 1]
        at = tx.text.find("#", begin, stop)
        while at >= 0:
            inside = any(a <= at < b for a, b in spans)
            if not inside and (at == begin or tx.text[at - 1] in " \t"):
                found.append((number, at, stop))
                break
            at = tx.text.find("#", at + 1, stop)
    return found


def _spliced(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, new) made, none overlapping."""
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _cut(tx: _Text, line: int, at: int, stop: int) -> tuple[int, int]:
    """What to cut to remove one comment: its whole line when it held only the comment,
    else the comment and the spaces before it."""
    begin = tx.starts[line - 1]
    if not tx.text[begin:at].strip(" \t"):
        return begin, tx.starts[line] if line < tx.count else len(tx.text)
    lead = len(tx.text[begin:at]) - len(tx.text[begin:at].rstrip(" \t"))
    return at - lead, stop


def _reword(tx: _Text, root: Node | None, said: Callable[[str], str]) -> str:
    edits: list[tuple[int, int, str]] = []
    for line, at, stop in _comments(tx, root):
        old = tx.text[at:stop]
        new = said(old)
        if new == old:
            continue
        if not new.lstrip("#").strip():
            edits.append((*_cut(tx, line, at, stop), ""))
        else:
            edits.append((at, stop, new if new.startswith("#") else "# " + new))
    return _spliced(tx.text, edits)


def _uncomment(tx: _Text, root: Node | None, at: NodePath) -> str:
    item, _ = _find(root, at)
    holder, _ = _find(root, at[:-1])
    if item is None or not isinstance(holder, Sequence) or _is_flow(tx, holder):
        raise _Unverified("no block list item")
    dash = _dash_line(tx, holder, item)
    col = holder.loc.col
    last = _extend(tx, max(dash, _last_line(item)), col)
    first = dash
    while first - 1 >= 1 and tx.is_comment(first - 1) and tx.indent(first - 1) == col:
        if _RULE.match(tx.line(first - 1).lstrip(" \t")):
            break
        first -= 1
    edits = [
        (*_cut(tx, line, hash_at, stop), "")
        for line, hash_at, stop in _comments(tx, root)
        if first <= line <= last
    ]
    return _spliced(tx.text, edits)


def _insert_item(
    tx: _Text, key: Scalar, seq: Sequence, op: Insert, newline: str, style: _Style
) -> str:
    if _is_flow(tx, seq):
        if op.many or not _is_scalar(op.value) or op.sort_by is not None:
            raise PustakaError(
                "error.write-flow-list", path=key.loc.path, line=key.loc.line, name=key.text
            )
        start = tx.offset(seq.loc.line, seq.loc.col)
        close = _flow_close(tx, start)
        before = tx.text[start + 1 : close].rstrip(" \t")
        at = start + 1 + len(before)
        return tx.text[:at] + ", " + emit_flow_scalar(op.value) + tx.text[at:]
    index = _position(seq, op)
    dash_col = seq.loc.col
    sibling = seq.items[0] if seq.items else None
    if (
        isinstance(sibling, Mapping)
        and not _is_flow(tx, sibling)
        and sibling.loc.line == _dash_line(tx, seq, sibling)
        and sibling.loc.col > dash_col
    ):
        style = dataclasses.replace(style, gap=sibling.loc.col - dash_col)
    lines = [line for item in op.items() for line in _item_lines(item, dash_col - 1, style)]
    separated = _blank_between_items(tx, seq)
    if index < len(seq.items):
        first = _dash_line(tx, seq, seq.items[index])
        # comments right above an item belong to it: the new item goes above them
        above = first - 1
        while above > key.loc.line and tx.indent(above) == dash_col and tx.is_comment(above):
            above -= 1
        first = above + 1
        if separated:
            lines = [*lines, ""]
        return _add_lines_after(tx, first - 1, lines, newline)
    last = _extend(tx, _dash_line(tx, seq, seq.items[-1]), dash_col)
    if separated:
        lines = ["", *lines]
    return _add_lines_after(tx, last, lines, newline)


def _position(seq: Sequence, op: Insert) -> int:
    if op.sort_by is None or not isinstance(op.value, dict):
        return len(seq.items)
    floor = 0
    if op.after_all is not None:
        field, text = op.after_all
        floor = max(
            (i + 1 for i, item in enumerate(seq.items) if _field_text(item, field) == text),
            default=0,
        )
    mine = str(op.value.get(op.sort_by, ""))
    for i, item in enumerate(seq.items):
        theirs = _field_text(item, op.sort_by)
        if i >= floor and theirs is not None and theirs > mine:
            return i
    return len(seq.items)


def _blank_between_items(tx: _Text, seq: Sequence) -> bool:
    """True when the list's items are separated by blank lines (the file's own style)."""
    if len(seq.items) < 2:
        return False
    first = _dash_line(tx, seq, seq.items[0])
    second = _dash_line(tx, seq, seq.items[1])
    end = _extend(tx, first, seq.loc.col)
    return any(tx.indent(n) is None for n in range(end + 1, second))


# --- the expected tree -----------------------------------------------------------------


def _expect(tree: Plain, indices: tuple[int, ...], op: Op, index: int | None) -> Plain:
    """``tree`` with ``op`` applied at the mapping reached by ``indices``."""
    if isinstance(op, (Reword, Uncomment)):
        return tree  # comments are no part of the tree
    if not indices:
        if isinstance(op, Remove):
            tag, items = tree
            return (tag, tuple((k, v) for k, v in items if k != op.key))
        if tree is None:
            return ("{}", ((op.key, plain_value(_op_value(op))),))
        tag, items = tree
        items = list(items)
        keys = [k for k, _ in items]
        if op.key not in keys:
            items.append((op.key, plain_value(_op_value(op))))
        elif isinstance(op, Set):
            items[keys.index(op.key)] = (op.key, plain_value(op.value))
        else:
            at = keys.index(op.key)
            current = items[at][1]
            if current is None or current == ("[]", ()):
                items[at] = (op.key, plain_value(op.items()))
            else:
                seq = list(current[1])
                at_index = len(seq) if index is None else index
                seq[at_index:at_index] = [plain_value(v) for v in op.items()]
                items[at] = (op.key, ("[]", tuple(seq)))
        return (tag, tuple(items))
    tag, items = tree
    items = list(items)
    head, rest = indices[0], indices[1:]
    if tag == "{}":
        k, v = items[head]
        items[head] = (k, _expect(v, rest, op, index))
    else:
        items[head] = _expect(items[head], rest, op, index)
    return (tag, tuple(items))


def _insert_index(root: Node | None, op: Op) -> int | None:
    if not isinstance(op, Insert):
        return None
    holder, _ = _find(root, op.at)
    if isinstance(holder, Mapping):
        for k, v in holder.items:
            if k.text == op.key and isinstance(v, Sequence):
                return _position(v, op)
    return None


# --- applying and verifying a change ---------------------------------------------------


def apply(data: bytes, change: Change) -> bytes:
    """The file's new bytes with ``change`` made and verified; raises PustakaError if not safe.

    >>> apply(b"x: []\\n", Change("t.yaml", "trainings", (Insert((), "x", {"id": "a"}),)))
    """
    rel = change.path
    parsed = parse(data, rel)
    if parsed.problems:
        first = parsed.problems[0].loc
        raise PustakaError("error.write-file-problems", path=rel, line=first.line)
    bom = b"\xef\xbb\xbf" if parsed.bom else b""
    text = data[len(bom) :].decode("utf-8")
    root = parsed.root
    expected = plain(root)
    style = _style(_Text(text), root)
    step = parsed
    try:
        for op in change.ops:
            _, indices = _find(root, op.at)
            index = _insert_index(root, op)
            text = _edit(_Text(text), root, op, parsed.newline, style)
            expected = _expect(expected, indices, op, index)
            # each edit is located on the text as it is now: parse it again
            step = parse(bom + text.encode("utf-8"), rel)
            if step.problems:
                raise _Unverified(step.problems[0].code)
            root = step.root
    except _Unverified as err:
        raise PustakaError("error.write-unverified", path=rel, reason=str(err)) from None
    after = bom + text.encode("utf-8")
    _verify(parsed, step, change, expected)
    return after


def _verify(old: Parsed, new: Parsed, change: Change, expected: Plain) -> None:
    """``new`` (the strict reader's parse of the bytes to be written) against ``old``."""
    rel = change.path

    def refuse(reason: str) -> PustakaError:
        return PustakaError("error.write-unverified", path=rel, reason=reason)

    if new.problems:
        raise refuse(new.problems[0].code)
    if (new.bom, new.newline) != (old.bom, old.newline):
        raise refuse("bom/newline")
    if plain(new.root) != expected:
        raise refuse("tree")
    old_problems, _ = _read_records(old.root, change.kind)
    new_problems, new_records = _read_records(new.root, change.kind)
    if old_problems != new_problems:
        raise refuse("records")
    for op in change.ops:
        _check_typed(new_records, op, refuse, _specs(change.kind))


def _specs(kind: str) -> dict[str, RecordSpec]:
    if kind == "settings":  # pustaka.yaml: a mapping, no lists of records
        return {}
    for k in records.KINDS:
        if k.name == kind:
            return dict(k.lists)
    raise ValueError(kind)


ProblemCount = Counter[tuple[str, str, tuple[tuple[str, str], ...]]]


def _read_records(root: Node | None, kind: str) -> tuple[ProblemCount, dict[str, list[Raw]]]:
    """Problems (without locations) and records of a file, read as ``pustaka check`` reads it."""
    reader = Reader()
    out: dict[str, list[Raw]] = {}
    if isinstance(root, Mapping):
        specs = _specs(kind)
        for key, value in root.items:
            spec = specs.get(key.text)
            if spec is not None and not (isinstance(value, Scalar) and value.is_null):
                out[key.text] = reader.records(value, spec)
    found: ProblemCount = Counter((p.code, p.severity.value, p.args) for p in reader.problems)
    return found, out


def _check_typed(
    records_: dict[str, list[Raw]], op: Op, refuse: Any, specs: dict[str, RecordSpec]
) -> None:
    """The record an op wrote must read back valid, with exactly the values intended
    (each compared by its field's type: ``FieldType.compare``, store/fieldtypes.py)."""
    if isinstance(op, (Reword, Uncomment)):
        return  # the tree is compared whole
    if isinstance(op, Remove):
        top = op.at[0] if op.at else None
        raw = _select(records_.get(top, []), op.at[1:]) if isinstance(top, str) else None
        if raw is not None and op.key in raw.values:
            raise refuse("typed")
        return
    if not op.at:
        spec = specs.get(op.key)
        if not isinstance(op, Insert):
            return
        if spec is None:
            raise refuse("typed")
        found = [compare_record(r, spec) for r in records_.get(op.key, []) if r.valid]
        if op.many:
            written = Counter(found)
            wanted = Counter(compare_record(v, spec) for v in op.items())
            if any(written[w] < n for w, n in wanted.items()):
                raise refuse("typed")
        elif compare_record(op.value, spec) not in found:
            raise refuse("typed")
        return
    if isinstance(op, Insert) and op.many:
        for one in op.items():
            _check_typed(records_, Insert(op.at, op.key, one), refuse, specs)
        return
    top = op.at[0]
    assert isinstance(top, str)
    raw = _select(records_.get(top, []), op.at[1:])
    f = _field_at(specs.get(top), op.at[1:], op.key)
    if raw is None or not raw.valid or f is None:
        raise refuse("typed")
    got = raw.values.get(op.key)
    if got is not None:
        got = f.type.compare(got, f)
    if isinstance(op, Set):
        ok = got == f.type.compare(op.value, f)
    else:  # one item added to a list: compared as a list of one
        ok = isinstance(got, tuple) and f.type.compare((op.value,), f)[0] in got
    if not ok:
        raise refuse("typed")


def _field_at(spec: RecordSpec | None, path: NodePath, key: str) -> Field | None:
    """The field ``key`` of the record ``path`` leads to (see ``_select``) in ``spec``."""
    for step in path:
        if spec is None:
            return None
        if isinstance(step, str):  # a list of nested records, by field name
            found = spec.field(step)
            spec = found.record if found is not None else None
    return None if spec is None else spec.field(key)


def _select(raws: list[Raw], path: NodePath) -> Raw | None:
    current: Raw | None = None
    pool: list[Raw] | tuple[Raw, ...] = raws
    for step in path:
        if isinstance(step, tuple):
            field, text = step
            hits = [r for r in pool if r.values.get(field) == text]
            if len(hits) != 1:
                return None
            current = hits[0]
        elif isinstance(step, int):
            if not 0 <= step < len(pool):
                return None
            current = pool[step]
        else:
            if current is None:
                return None
            found = current.values.get(step, ())
            if isinstance(found, Raw):  # a nested record (a participant's certificate)
                current, pool = found, ()
            else:
                pool = found
    return current


# --- the transaction ------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every record file the folder's reader reads: to compare before writing."""
    paths = [folder / SETTINGS_FILE]
    for kind in records.KINDS:
        paths.extend(kind_files(folder, kind))
    out: dict[str, str] = {}
    for path in paths:
        with contextlib.suppress(OSError):
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(
                read_whole(path)  # never waits on a FIFO: it refuses what is no file
            ).hexdigest()
    return out


_TEMP = re.compile(r"\..+\.(yaml|yml)\.[A-Za-z0-9_]+\.tmp\Z")


def _remove_stale_temps(folder: Path) -> None:
    """Temp files left by a pustaka that was killed mid-write (under the lock, every one
    is stale: only the lock holder makes them), in the folders record files live in."""
    places = [folder] + [folder / k.name for k in records.KINDS if (folder / k.name).is_dir()]
    for place in places:
        candidates = place.iterdir() if place == folder else place.rglob("*")
        for path in candidates:
            if _TEMP.match(path.name) and path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()


class Transaction:
    """Everything a command reads and writes, under the data folder's lock.

    >>> with Transaction(folder) as tx:   # lock taken, files snapshotted
    ...     loaded = load(folder); outcome = tx.write(change)
    """

    def __init__(self, folder: Path, timeout: float = 60.0) -> None:
        self.folder = folder
        self.timeout = timeout
        self._lock: contextlib.ExitStack | None = None
        self._seen: dict[str, str] = {}
        # Called with every planned outcome (before and after bytes) once all are made
        # and verified, before the first file is replaced (also on a dry run): a hook
        # refuses by raising. The command line checks the whole folder as it would be.
        self.before_replace: list[Callable[[list[Outcome]], None]] = []

    def __enter__(self) -> Transaction:
        stack = contextlib.ExitStack()
        stack.enter_context(folder_lock(self.folder, self.timeout))
        self._lock = stack
        _remove_stale_temps(self.folder)
        self._seen = _snapshot(self.folder)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def write(self, change: Change, *, dry_run: bool = False) -> Outcome:
        """Make ``change`` (verified) and replace the file atomically; or only compute it."""
        return self.write_all((change,), dry_run=dry_run)[0]

    def write_all(self, changes: tuple[Change, ...], *, dry_run: bool = False) -> list[Outcome]:
        """Several files (one change per file): every change is computed and verified
        before the first file is replaced."""
        if len({c.path for c in changes}) != len(changes):
            raise ValueError("one Change per file: merge the ops of a file into one Change")
        if _snapshot(self.folder) != self._seen:
            raise PustakaError("error.write-changed", path=changes[0].path)
        planned = []
        for change in changes:
            path = self.folder / change.path
            try:
                before = path.read_bytes() if path.exists() else b""
            except OSError as err:
                raise PustakaError(
                    "error.unreadable", path=change.path, reason=_reason(err)
                ) from None
            planned.append((path, change, before, apply(before, change)))
        proposed = [Outcome(c.path, old, new, written=False) for _, c, old, new in planned]
        for hook in self.before_replace:
            hook(proposed)
        outcomes = []
        for path, change, before, after in planned:
            written = not dry_run and after != before
            if written:
                _replace(path, change.path, before, after)
                self._seen[change.path] = hashlib.sha256(after).hexdigest()  # our own change
            outcomes.append(Outcome(change.path, before, after, written=written))
        return outcomes


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _replace(path: Path, rel: str, before: bytes, after: bytes) -> None:
    """Write ``after`` over ``path``: temp file in the same folder, fsync, rename, fsync folder.

    The file's permission bits, owner and group are kept (as far as the user may give
    them, see ``files.keep_owner``); a read-only file is refused, not overwritten.
    """
    target = path.resolve()  # a symlinked record file: write where it points
    mode = 0o644
    info = None
    if target.exists():
        info = target.stat()
        mode = stat.S_IMODE(info.st_mode)
        if not mode & 0o222 or not os.access(target, os.W_OK):
            raise PustakaError("error.write-read-only", path=rel)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise PustakaError("error.write-failed", path=rel, reason=_reason(err)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(after)
            out.flush()
            if info is not None:
                keep_owner(out.fileno(), info)  # before the mode: a chown clears set-id bits
            if hasattr(os, "fchmod"):  # not on Windows, where mode bits mean little
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        # the last moment to notice a hand edit: the file must still be what was read
        if (target.read_bytes() if target.exists() else b"") != before:
            raise PustakaError("error.write-changed", path=rel)
        os.replace(tmp, target)
    except PustakaError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PustakaError("error.write-failed", path=rel, reason=_reason(err)) from None
    fsync_folder(target.parent)


def require_parsed(problems: tuple[Problem, ...] | list[Problem]) -> None:
    """Refuse to write while any file of the folder cannot be parsed: its records are
    missing from what the command would decide on."""
    for p in problems:
        if p.code.startswith(("yaml-", "file-")) and p.severity is Severity.ERROR:
            if not p.loc.line:  # the file as a whole: unreadable, a FIFO, a folder...
                raise PustakaError("error.write-file-unreadable", path=p.loc.path)
            raise PustakaError("error.write-file-problems", path=p.loc.path, line=p.loc.line)


# --- where records live ---------------------------------------------------------------


def file_for_new(folder: Path, kind: str) -> str:
    """The file a new record of ``kind`` goes into: ``<kind>.yaml`` if it exists, else the
    last file of ``<kind>/`` in path order, else a new ``<kind>.yaml``."""
    for suffix in (".yaml", ".yml"):
        if (folder / f"{kind}{suffix}").is_file():
            return f"{kind}{suffix}"
    sub = folder / kind
    if sub.is_dir():
        found = sorted(
            p.relative_to(folder).as_posix()
            for p in sub.rglob("*")
            if p.suffix in (".yaml", ".yml") and p.is_file()
        )
        if found:
            return found[-1]
    return f"{kind}.yaml"


# --- record changes: the file side of domain decisions ---------------------------------


def training_path(training_id: str) -> NodePath:
    return ("trainings", ("id", training_id))


def participant_path(training_id: str, librarian_id: str) -> NodePath:
    return (*training_path(training_id), "participants", ("librarian", librarian_id))


def new_participant(training_id: str, librarian_id: str, state: str, date: dt.date) -> Insert:
    """A participant entry, placed in librarian-id order (see docs/writing.md); a waitlisted
    one also after every waitlisted entry, so the waitlist keeps its order within a day."""
    value: dict[str, Value] = {"librarian": librarian_id, "state": state, "date": date}
    queue = ("state", "waitlisted") if state == "waitlisted" else None
    return Insert(
        training_path(training_id), "participants", value, sort_by="librarian", after_all=queue
    )


def participant_set(training_id: str, librarian_id: str, key: str, value: Value) -> Set:
    return Set(participant_path(training_id, librarian_id), key, value)


def participant_add(training_id: str, librarian_id: str, key: str, value: Value) -> Insert:
    return Insert(participant_path(training_id, librarian_id), key, value)

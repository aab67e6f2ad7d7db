"""A file's text before any parser sees it: size, BOM, line ending, UTF-8, lines and
columns, and what stops a file from being parsed at all (control characters, conflict
markers). Both readers start here; every location is 1-based, breaking lines as YAML does.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from pustaka_cli.problems import Loc, Problem, problem

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused before reading a single line."""

MAX_DEPTH = 64
"""Collections nested deeper than this are refused (real records need fewer than 8)."""

MAX_PROBLEMS = 1000
"""After this many problems in one file the reader stops: more would only be noise."""

BOM = b"\xef\xbb\xbf"
BREAKS = "\n\r\x85\u2028\u2029"  # what YAML (and so every mark) counts as a line break
AT_LINE_START = "(?:\\A|(?<=[\n\r\x85\u2028\u2029]))"
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")

# Characters YAML forbids (the C0/C1 controls, DEL, U+FFFE/U+FFFF), plus a byte-order
# mark after the start: invisible, and libyaml and PyYAML disagree about it.
# Written as the forbidden set rather than the complement of the allowed one (the same
# characters, checked over all of Unicode): it compiles in 0.5 ms, not 10, at every start.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\ufffe\uffff]"
)
_CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_CONFLICT = re.compile(
    AT_LINE_START + "(?:(?:<{7}|>{7}|\\|{7})(?=[ \t\r\n\x85\u2028\u2029]|\\Z)"
    "|={7}(?=[\r\n\x85\u2028\u2029]|\\Z))"
)
CONTENT = re.compile(AT_LINE_START + "[ \t]*[^ \t\n\r\x85\u2028\u2029#]")
"""Anything but blank lines and comments."""


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


def newline_of(data: bytes) -> str:
    """The file's line ending: CRLF when most lines end so, else LF."""
    crlf = data.count(b"\r\n")
    return "\r\n" if crlf and crlf > data.count(b"\n") - crlf else "\n"


def encoding_problem(data: bytes, start: int, path: str) -> Problem:
    prefix = data[:start].decode("utf-8")  # valid: the error is the first bad byte
    return problem(
        Lines(prefix).loc(path, len(prefix)),
        "yaml-encoding",
        hint="yaml-encoding",
        byte=f"0x{data[start]:02X}",
    )


class Lines:
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


def screen(text: str, path: str, lines: Lines) -> list[Problem]:
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
                return too_many(found)
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
                return too_many(found)
    return found


def _has_conflict_marker(text: str) -> bool:
    return any(marker in text for marker in _CONFLICT_MARKERS)


def too_many(found: list[Problem]) -> list[Problem]:
    """``found`` (MAX_PROBLEMS of them) and the problem saying the reader stopped there."""
    return [*found, problem(found[-1].loc, "yaml-too-many", limit=MAX_PROBLEMS)]

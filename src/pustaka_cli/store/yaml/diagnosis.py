"""libyaml's and PyYAML's errors in words a coordinator understands, and what the parsers
let through that the YAML specification forbids.

``syntax_problems`` turns a parser error into one located problem with a code of our own
(``yaml-indent``, ``yaml-quote``...); ``beyond_spec`` walks the events of a file the
parser accepted, for what another YAML tool would read differently.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml
from yaml.events import (
    CollectionStartEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    StreamEndEvent,
)

from pustaka_cli.problems import Loc, Problem, problem
from pustaka_cli.store.yaml.text import AT_LINE_START, BREAKS, MAX_PROBLEMS, Lines

if TYPE_CHECKING:
    from pustaka_cli.store.yaml.strict import EventSource

_TAB_INDENT = re.compile(AT_LINE_START + " *\t")
_DIRECTIVE = re.compile(AT_LINE_START + "%")


def syntax_problems(
    err: yaml.MarkedYAMLError, text: str, path: str, lines: Lines, innermost: Loc | None
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


def _tab_problems(first: int, text: str, path: str, lines: Lines) -> list[Problem]:
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
    while end < len(text) and end - start < 40 and text[end] not in " \t,[]{}" + BREAKS:
        end += 1
    return text[start:end]


def unmarked_problem(err: yaml.YAMLError, text: str, path: str, lines: Lines) -> Problem:
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
_YAML_DIRECTIVE = re.compile(AT_LINE_START + "%YAML[ \t]+[^ \t\r\n#]*#")
_SPACES = re.compile("[ ]*")
_BLANKS = re.compile("[ \t]*")


def beyond_spec(text: str, path: str, lines: Lines, source: EventSource) -> list[Problem]:
    """Problems for what the parser accepted but the YAML specification forbids; ``source``
    gives the events of ``text`` again."""
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
        if text.startswith("#", at) and at > 0 and text[at - 1] not in " \t" + BREAKS:
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
                report(
                    offset,
                    "yaml-continuation",
                    column=block + 2,
                    start_line=lines.loc(path, start).line,
                )
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
                if (
                    flows
                    and first in ("-", "?", ":")
                    and event.value[:1] == first
                    and (after in ("", " ", "\t", "\r", "\n", ",", "[", "]", "{", "}"))
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

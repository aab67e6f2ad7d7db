"""YAML written so that it reads back as the same text: one scalar, or a flow collection.

``emit_scalar`` writes a value plain where no YAML (1.1, as PyYAML and many editors read,
or 1.2) would read it as anything but that text, and double-quoted otherwise: ``no``,
``0123``, ``12:30`` and ``2026-01-02`` (as text) get quotes; invisible characters become
escapes; what the reader would refuse (control characters, surrogates) is never written.
The writer (``store/writer.py``) splices these into a file's text and verifies the result
with the strict reader.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import TypeAlias

from pustaka_cli.controls import code as control_code
from pustaka_cli.controls import first_control
from pustaka_cli.errors import PustakaError

Value: TypeAlias = str | int | float | bool | dt.date | tuple["Value", ...] | dict[str, "Value"]
"""A value to write: text, a number, a yes/no, a date, a list, or a mapping (records, levels)."""


# Words YAML 1.1 or 1.2 would read as something other than text, in any case.
_KEYWORDS = frozenset(
    {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "nan", "inf"}
    | {".nan", ".inf", "-.inf", "+.inf"}
)
# Invisible characters that change how text displays (bidi controls, zero-width marks):
# written as escapes so a reader of the file sees them.
_INVISIBLE = frozenset(
    "\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u2028\u2029\x85"
)
_PLAIN_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._-/()'&+@"
)


def emit_scalar(value: str | int | float | bool | dt.date) -> str:
    """The YAML text of one scalar, plain where that is unambiguous, else double-quoted.

    >>> emit_scalar("Sari Wulandari"), emit_scalar("no"), emit_scalar("0123")
    ('Sari Wulandari', '"no"', '"0123"')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PustakaError("error.write-bad-text", value=value, reason="number")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def _text(text: str) -> str:
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise PustakaError("error.write-bad-text", value=shown(text), reason="surrogate")
    # what the reader would flag as a problem (controls.py) is never written
    control = first_control(text)
    if control is not None:
        raise PustakaError("error.write-bad-text", value=shown(text), reason=control_code(control))
    return text if _plain_ok(text) else double_quoted(text)


def shown(text: str) -> str:
    """The text as it can be shown in a message: escapes for what cannot be seen."""
    return double_quoted(text.encode("utf-8", "replace").decode("utf-8", "replace"))


# What YAML 1.1 (PyYAML) or 1.2 (editors, other tools) reads as a number or a timestamp.
_NUMBER_OR_TIME = re.compile(
    r"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"
)
_BARE_ID = re.compile(r"[0-9][A-Za-z0-9._-]*\Z")


def _plain_ok(text: str) -> bool:
    if not text or text.lower() in _KEYWORDS or text[0].isspace() or text[-1].isspace():
        return False
    if not _letter(text[0]):
        # an id such as 2027-kursus is text to every YAML; 0123, 1e3, 2026-01-02 are not
        return bool(_BARE_ID.match(text)) and not _NUMBER_OR_TIME.fullmatch(text)
    for ch in text:
        if ch in _PLAIN_ASCII:
            continue
        if ch.isascii() or ch in _INVISIBLE:
            return False
        if unicodedata.category(ch)[0] not in "LMN":
            return False
    return True


def _letter(ch: str) -> bool:
    if ch.isascii():
        return ch.isalpha()
    return unicodedata.category(ch).startswith("L")


def double_quoted(text: str) -> str:
    """``text`` in double quotes, escaped so that every YAML reads it back exactly."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02X}")
        elif ch in _INVISIBLE or code in (0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def emit_flow_scalar(value: Value) -> str:
    """A scalar inside ``[...]`` or ``{...}``: quoted when it holds a flow indicator."""
    if isinstance(value, (tuple, dict)):
        return emit_flow(value)
    text = emit_scalar(value)
    if text[:1] != '"' and any(c in text for c in ",[]{}"):
        return double_quoted(str(value))
    return text


def emit_flow(value: Value) -> str:
    """A list or mapping as one ``[...]`` or ``{...}``; a scalar as ``emit_flow_scalar``.

    >>> emit_flow({"katalogisasi": 2, "otomasi": 3})
    '{katalogisasi: 2, otomasi: 3}'
    """
    if isinstance(value, tuple):
        return "[" + ", ".join(emit_flow_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{emit_flow_scalar(k)}: {emit_flow_scalar(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return emit_flow_scalar(value)

"""Control characters: the ones a record may not hold, and text shown without them.

A terminal acts on some characters instead of showing them: ESC starts a sequence that can
clear the screen or retitle the window, CR moves back over what was printed, and the bidi
overrides reverse the text after them (U+202E shows ``cba`` for ``abc``). Text from the
user's files or command line is therefore never printed with them in it: ``visible``
spells each as an escape (``\\x1b``, ``\\u202e``) that shows what is there and does nothing.
Tab and newline are ordinary text (notes are often several lines).
"""

from __future__ import annotations

import re

# C0 but tab and newline, DEL and C1, the bidi embeddings and overrides (U+202A-U+202E)
# and isolates (U+2066-U+2069).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def first_control(text: str) -> str | None:
    """The first control character in ``text``, or None.

    >>> first_control("Darwis \\x1b[2J")
    '\\x1b'
    """
    if text.isprintable():  # fast: C-level, and true for almost every text
        return None
    found = CONTROL.search(text)
    return None if found is None else found.group()


def code(ch: str) -> str:
    """A character's Unicode name for a message: ``U+001B``."""
    return f"U+{ord(ch):04X}"


def visible(text: str) -> str:
    """``text`` with each control character spelt as an escape a terminal shows as is.

    >>> visible("Darwis \\x1b[2J\\u202e")
    'Darwis \\\\x1b[2J\\\\u202e'
    """
    if text.isprintable():
        return text
    return CONTROL.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    return _escape_char(found.group())


def spelt(text: str) -> str:
    """``visible``, and every space but the plain one spelt too: for a message about
    spaces, where U+3000 or U+2029 would not show.

    >>> spelt("\\u2029test\\u3000")
    '\\\\u2029test\\\\u3000'
    """
    return "".join(
        _escape_char(ch) if ch != " " and (ch.isspace() or CONTROL.match(ch)) else ch for ch in text
    )


def _escape_char(ch: str) -> str:
    n = ord(ch)
    return f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}"

"""Click and Typer print a few words of their own (Usage:, Options, usage errors).

They take them through ``gettext``; we hand them ours instead, so that those words too
follow ``--lang``. Text without an entry in the catalogue passes through unchanged.
Their usage errors echo what was typed (``No such command 'x'``): shown with control
characters made visible, as every other message (``controls.py``).
"""

from __future__ import annotations

import sys
from typing import Any

from pustaka_cli.controls import visible
from pustaka_cli.i18n import Translator

# Recent Typer releases carry their own copy of Click as ``typer._click``.
_CLICK_PARTS = ("core", "exceptions", "parser", "formatting", "types", "decorators", "termui")
MODULES = (
    *(f"{package}.{part}" for package in ("click", "typer._click") for part in _CLICK_PARTS),
    "typer.core",
    "typer.main",
)


def install(t: Translator) -> None:
    def gettext(message: str) -> str:
        key = f"click:{message}"
        return t.raw(key) if t.has(key) else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    for name in MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
        if name.endswith(".exceptions"):
            _show_visibly(module)


def _show_visibly(module: Any) -> None:
    """Wrap each ``format_message`` of the module's exceptions in ``visible``, once."""
    base = getattr(module, "ClickException", None)
    if base is None:
        return
    for cls in vars(module).values():
        if not (isinstance(cls, type) and issubclass(cls, base)):
            continue
        own = cls.__dict__.get("format_message")
        if own is None or getattr(own, "shows_visibly", False):
            continue

        def format_message(self: Any, _own: Any = own) -> str:
            return visible(_own(self))

        format_message.shows_visibly = True  # type: ignore[attr-defined]
        setattr(cls, "format_message", format_message)  # noqa: B010 (a class, not a value)

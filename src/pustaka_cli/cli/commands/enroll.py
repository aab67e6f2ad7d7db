"""``pustaka enroll``: not built yet."""

import typer

from pustaka_cli.i18n import Translator


def register(app: typer.Typer, t: Translator) -> None:
    """Registers nothing yet."""

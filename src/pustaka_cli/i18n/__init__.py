"""The two languages of pustaka: Bahasa Indonesia (``id``) and English (``en``).

Every word pustaka shows comes from the catalogue in ``i18n/messages/``: one entry per
key, both languages side by side, so neither can be forgotten.
"""

from __future__ import annotations

from collections.abc import Mapping

from pustaka_cli.i18n.messages import CATALOGUE

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


class Translator:
    """Looks up messages in one language.

    >>> Translator("en")("problem.duplicate-id", id="a")
    """

    __slots__ = ("lang",)

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang

    def __call__(self, key: str, /, **args: object) -> str:
        return CATALOGUE[key][self.lang].format(**args)

    def raw(self, key: str) -> str:
        """The message without filling its placeholders (for texts others format)."""
        return CATALOGUE[key][self.lang]

    def has(self, key: str) -> bool:
        return key in CATALOGUE


def normalise_language(value: str | None) -> str | None:
    """``id``/``en`` from a setting or a locale such as ``en_US.UTF-8``; None otherwise."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if code in ("id", "in", "ind", "indonesian"):
        return "id"
    if code in ("en", "eng", "english"):
        return "en"
    return None


def language_from_locale(environ: Mapping[str, str]) -> str | None:
    """The language of the environment's locale, as POSIX orders its variables."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalise_language(environ.get(name, "").split(":")[0])
        if found:
            return found
    return None

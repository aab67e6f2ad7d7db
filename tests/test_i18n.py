"""Both languages, always: the catalogue is complete and every code has its words."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from pustaka_cli.i18n import CATALOGUE, Translator, language_from_locale, normalise_language

SRC = Path(__file__).resolve().parent.parent / "src" / "pustaka_cli"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == {"id", "en"}
    assert entry["id"].strip() and entry["en"].strip()
    assert placeholders(entry["id"]) == placeholders(entry["en"])


def codes_used_in_source() -> set[str]:
    """Problem codes named anywhere in the package's code."""
    found: set[str] = set()
    pattern = re.compile(r'(?:problem\(\s*[^,()]+(?:\([^()]*\))?,\s*|_unknown\(\s*)"([a-z0-9-]+)"')
    for path in SRC.rglob("*.py"):
        found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_problem_code_has_a_message() -> None:
    used = codes_used_in_source()
    assert len(used) > 30
    missing = sorted(code for code in used if f"problem.{code}" not in CATALOGUE)
    assert missing == []


def test_every_hint_named_in_source_exists() -> None:
    hints: set[str] = set()
    for path in SRC.rglob("*.py"):
        hints |= set(re.findall(r'hint="([a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    assert sorted(h for h in hints if f"hint.{h}" not in CATALOGUE) == []


def test_every_error_key_raised_exists() -> None:
    keys: set[str] = set()
    for path in SRC.rglob("*.py"):
        keys |= set(
            re.findall(r'Error\(\s*"(error\.[a-z0-9.-]+)"', path.read_text(encoding="utf-8"))
        )
    assert keys
    assert sorted(k for k in keys if k not in CATALOGUE) == []


def test_translator_fills_placeholders() -> None:
    assert Translator("en")("problem.unknown-grade", value="x") == "unknown grade `x`"
    assert (
        Translator("id")("problem.unknown-grade", value="x") == "jenjang jabatan `x` tidak dikenal"
    )


@pytest.mark.parametrize(
    ("value", "lang"),
    [
        ("en_US.UTF-8", "en"),
        ("id_ID.UTF-8", "id"),
        ("in_ID", "id"),
        ("C.UTF-8", None),
        ("", None),
        ("EN", "en"),
    ],
)
def test_locale_names(value: str, lang: str | None) -> None:
    assert normalise_language(value) == lang


def test_locale_variables_in_posix_order() -> None:
    assert language_from_locale({"LANG": "en_GB.UTF-8", "LC_ALL": "id_ID.UTF-8"}) == "id"
    assert language_from_locale({"LANG": "C"}) is None

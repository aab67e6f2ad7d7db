"""The message catalogue, assembled from one module per area.

Each module defines ``MESSAGES: dict[str, dict[str, str]]``: key -> {"id": ..., "en": ...}.
"""

from __future__ import annotations

from pustaka_cli.i18n.messages import (
    careers,
    cli,
    click,
    money,
    people,
    performance,
    personal,
    plan,
    problems,
    province,
    reader,
    refusals,
    report,
    write,
)

Entry = dict[str, str]

CATALOGUE: dict[str, Entry] = {}
for _module in (
    reader,
    problems,
    cli,
    click,
    report,
    write,
    plan,
    refusals,
    careers,
    province,
    money,
    people,
    performance,
    personal,
):
    for _key, _entry in _module.MESSAGES.items():
        if _key in CATALOGUE:
            raise RuntimeError(f"message key defined twice: {_key}")
        CATALOGUE[_key] = _entry

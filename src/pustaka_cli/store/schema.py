"""JSON Schema for each kind of record file, made from the same specs that read them.

A YAML-aware editor (VS Code's YAML extension) uses these to validate and complete the
files offline. Each field's fragment is its type's (``FieldType.schema``, fieldtypes.py).
``check`` remains the judge: the schema cannot see references or dates.
"""

from __future__ import annotations

import json
from typing import Any

from pustaka_cli.store.fieldtypes import record_schema as record_schema  # each type's own
from pustaka_cli.store.records import KINDS, SETTINGS

DRAFT = "http://json-schema.org/draft-07/schema#"
KIND_NAMES = ("settings", *(k.name for k in KINDS))


def kind_schema(kind: str) -> dict[str, Any]:
    """The schema of one kind of file (``settings``, ``librarians``, ...)."""
    if kind == "settings":
        body = record_schema(SETTINGS)
    else:
        found = next(k for k in KINDS if k.name == kind)
        body = {
            "type": "object",
            "properties": {
                key: {"type": "array", "items": record_schema(spec)} for key, spec in found.lists
            },
            "additionalProperties": False,
        }
    return {"$schema": DRAFT, "title": f"pustaka {kind}", **body}


def kind_schema_text(kind: str) -> str:
    return json.dumps(kind_schema(kind), indent=2, ensure_ascii=False) + "\n"

"""JSON Schema for each kind of record file, made from the same specs that read them.

A YAML-aware editor (VS Code's YAML extension) uses these to validate and complete the
files offline. ``check`` remains the judge: the schema cannot see references or dates.
"""

from __future__ import annotations

import json
from typing import Any

from pustaka_cli.store.fields import Field, RecordSpec
from pustaka_cli.store.records import KINDS, SETTINGS

DRAFT = "http://json-schema.org/draft-07/schema#"
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
ID = {"type": ["string", "integer"], "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]*$"}
# A text field accepts what YAML would read as a number or a boolean: pustaka keeps the text.
TEXT = {"type": ["string", "number", "boolean"]}

KIND_NAMES = ("settings", *(k.name for k in KINDS))


def _field(f: Field) -> dict[str, Any]:
    simple: dict[str, dict[str, Any]] = {
        "text": TEXT,
        "id": ID,
        "int": {"type": "integer"},
        "number": {"type": "number"},
        "date": DATE,
        "bool": {"type": "boolean"},
        "names": {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "en": {"type": "string"}},
                    "required": ["id", "en"],
                    "additionalProperties": False,
                },
            ]
        },
        "ids": {"type": "array", "items": ID},
        "texts": {"type": "array", "items": TEXT},
        "dates": {"type": "array", "items": DATE},
        "levels": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "results": {"type": "object", "additionalProperties": {"enum": list(f.choices)}},
        "intmap": {"type": "object", "additionalProperties": {"type": "integer"}},
    }
    if f.type == "choice":
        out: dict[str, Any] = {"enum": list(f.choices)}
    elif f.type == "record":
        assert f.record is not None
        out = record_schema(f.record)
    elif f.type == "recordmap":
        assert f.record is not None
        short = _field(f.record.fields[0])
        out = {"type": "object",
               "additionalProperties": {"oneOf": [short, record_schema(f.record)]}}
    elif f.type == "records":
        assert f.record is not None
        out = {"type": "array", "items": record_schema(f.record)}
    else:
        out = dict(simple[f.type])
    if f.type in ("int", "number"):
        if f.minimum is not None:
            out["minimum"] = f.minimum
        if f.maximum is not None:
            out["maximum"] = f.maximum
    return out


def record_schema(spec: RecordSpec) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {f.name: _field(f) for f in spec.fields},
        "required": [f.name for f in spec.fields if f.required],
        "additionalProperties": False,
    }


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

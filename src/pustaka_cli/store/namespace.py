"""Namespaces: how the ids of several data folders read together stay apart.

The rule, in one place (``qualified`` applies it as each record is built):

- A data folder's **code** is its short name: ``code:`` in its ``pustaka.yaml``
  (``code: bukittinggi``), else the folder's own name (``examples/bukittinggi`` ->
  ``bukittinggi``). Two folders read together with the same code are a true clash: an
  error names both ``pustaka.yaml`` files (``domain/checks.combined``).
- **One folder read alone** is read as written: no id is touched, and every output is
  the same as before namespaces existed.
- **Several folders read together** (``--data A --data B``): every id a city owns — a
  library of ``pustaka.yaml``, a librarian, an activity, a feedback survey, a mentoring
  pair (the ``id`` of every record of a city's kinds, ``records.RECORD_KINDS``) — becomes
  ``code/id`` (``bukittinggi/pusat``), and so does every reference to one (a field of
  type ``REF`` or ``REFS``: a librarian's library and mentor, a participant, an
  evaluation's librarian, a required activity, a survey's library and librarian, a
  mentor and mentee). So ``pusat`` written in Bukittinggi's files means Bukittinggi's
  ``pusat``, never Cilegon's: references do not cross folders.
- A reference **written qualified** (``cilegon/budi``) is kept as written: the one way to
  name another folder's record, for instance a mentor from the provincial library. Read
  alone, such a folder has no ``cilegon/budi``, and ``check`` says so.
- What every folder shares is never qualified: the competency framework's ids, the grades
  of the role profiles, vocabulary words.

Records are kept in the records cache as written (unqualified), so a folder read alone
and read together share that cache without sharing a wrong answer; the checks kept for
each file name the folder's code in their context (``store/cache/checks.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pustaka_cli.model import CITY_SEPARATOR
from pustaka_cli.store import records
from pustaka_cli.store.fields import Raw, RecordSpec, new_raw
from pustaka_cli.store.fieldtypes import REF, REFS

SEPARATOR = CITY_SEPARATOR

# The records whose ``id`` a city owns: its libraries, and every record of its kinds.
_OWNED = frozenset(
    [records.LIBRARY.name, *(spec.name for kind in records.RECORD_KINDS for _, spec in kind.lists)]
)


def code_of(folder: Path, written: str | None) -> str:
    """A folder's code: ``code:`` as written in its ``pustaka.yaml``, else its name."""
    return written or folder.resolve().name


def qualify(code: str, ref: str) -> str:
    """``ref`` in folder ``code``'s namespace: ``pusat`` -> ``bukittinggi/pusat``; a
    reference written qualified is kept."""
    return ref if SEPARATOR in ref else f"{code}{SEPARATOR}{ref}"


# What to do with each field of a spec: (name, how, nested spec); how is "id" (the
# record's own id), "ref", "refs", "record" or "records" (nested records to walk).
_Plan = tuple[tuple[str, str, RecordSpec | None], ...]
_PLANS: dict[str, _Plan] = {}


def _plan(spec: RecordSpec) -> _Plan:
    found = _PLANS.get(spec.name)
    if found is not None:
        return found
    steps: list[tuple[str, str, RecordSpec | None]] = []
    for f in spec.fields:
        if f.name == "id" and spec.name in _OWNED:
            steps.append((f.name, "id", None))
        elif f.type is REF:
            steps.append((f.name, "ref", None))
        elif f.type is REFS:
            steps.append((f.name, "refs", None))
        elif f.record is not None and _plan(f.record):
            steps.append((f.name, "records" if f.type.name == "records" else "record", f.record))
    _PLANS[spec.name] = plan = tuple(steps)
    return plan


def qualified(raw: Raw, spec: RecordSpec, code: str) -> Raw:
    """A raw record of ``spec`` read in folder ``code``, its ids and references qualified
    (see the module's docstring)."""
    plan = _plan(spec)
    values = raw.values
    if not plan:
        return raw
    out = dict(values)
    for name, how, nested in plan:
        value = values.get(name)
        if value is None:
            continue
        if how in ("id", "ref"):
            out[name] = qualify(code, value)
        elif how == "refs":
            out[name] = tuple((qualify(code, ref), loc) for ref, loc in value)
        elif how == "record":
            assert nested is not None
            out[name] = qualified(value, nested, code)
        else:
            assert nested is not None
            out[name] = tuple(qualified(r, nested, code) for r in value)
    return new_raw(out, raw.src, raw.valid, raw.quoted)


def builders(
    plain: Mapping[str, Callable[[Raw], Any]], code: str
) -> dict[str, Callable[[Raw], Any]]:
    """``plain`` (list name -> builder of model records) building qualified records."""
    specs = {name: spec for kind in records.KINDS for name, spec in kind.lists}

    def one(build: Callable[[Raw], Any], spec: RecordSpec) -> Callable[[Raw], Any]:
        if not _plan(spec):
            return build
        return lambda raw: build(qualified(raw, spec, code))

    return {name: one(build, specs[name]) for name, build in plain.items()}

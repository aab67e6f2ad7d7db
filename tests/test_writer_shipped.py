"""The writer on every shipped data folder: each kind of edit verifies, inserts only add."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from conftest import DATA, EXAMPLES
from pustaka_cli.store import writer
from pustaka_cli.store.folder import load

DAY = dt.date(2026, 11, 21)
FOLDERS = [DATA, *sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and p.name != "broken")]


def removed(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(
        before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True), n=0
    )
    return [line for line in diff if line.startswith("-") and not line.startswith("---")]


# data/ is the largest folder (24 s here): its run is a slow test, the examples run always.
@pytest.mark.parametrize(
    "folder",
    [pytest.param(f, marks=pytest.mark.slow) if f == DATA else f for f in FOLDERS],
    ids=lambda p: p.name,
)
def test_every_activity_takes_every_kind_of_edit(folder: Path) -> None:
    trainings = load(folder).dataset.trainings
    assert trainings
    for t in trainings:
        data = (folder / t.src.loc.path).read_bytes()

        def apply(*ops: writer.Op, data: bytes = data, path: str = t.src.loc.path) -> bytes:
            return writer.apply(data, writer.Change(path, "trainings", ops))

        for who, state in (("aaa-new", "enrolled"), ("zzz-new", "waitlisted")):
            after = apply(writer.new_participant(t.id, who, state, DAY))
            assert removed(data, after) == [], t.id
        for p in t.participants[:2]:
            apply(
                writer.participant_set(t.id, p.librarian, "state", "withdrawn"),
                writer.participant_add(t.id, p.librarian, "attended", DAY),
                writer.participant_set(t.id, p.librarian, "score", 77.5),
            )


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_new_records_of_every_kind_are_pure_additions(folder: Path) -> None:
    records: dict[str, dict[str, writer.Value]] = {
        "evaluations": {"librarian": "mm", "kind": "self", "date": DAY, "levels": {"otomasi": 2}},
        "feedback": {"id": "mm-x", "date": DAY, "score": 3},
        "mentoring": {"id": "mm-x", "mentor": "a", "mentee": "b", "start": DAY},
        "librarians": {"id": "mm-x", "name": "Nama Baru"},
    }
    for kind, record in records.items():
        path = writer.file_for_new(folder, kind)
        data = (folder / path).read_bytes() if (folder / path).exists() else b""
        op = writer.Insert((), kind, record, sort_by="librarian" if kind == "evaluations" else "id")
        after = writer.apply(data, writer.Change(path, kind, (op,)))
        assert removed(data, after) == [], (folder.name, kind)

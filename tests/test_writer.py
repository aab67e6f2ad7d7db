"""The safe writer: text edits that change only the bytes they must, verified before writing."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import stat
from pathlib import Path

import pytest

from conftest import FOLDERS
from pustaka_cli.errors import PustakaError
from pustaka_cli.store import writer
from pustaka_cli.store.fields import Reader
from pustaka_cli.store.records import TRAINING
from pustaka_cli.store.writer import Change, Insert, Set
from pustaka_cli.store.yaml import Mapping, Scalar, Sequence, emit_scalar, parse

BASIC = FOLDERS / "write-basic"
TRAININGS = (BASIC / "trainings.yaml").read_bytes()
KATALOG = writer.training_path("2026-bimtek-katalog")
DAY = dt.date(2026, 11, 21)


def change(*ops: writer.Op) -> Change:
    return Change("trainings.yaml", "trainings", ops)


def removed_lines(before: bytes, after: bytes) -> list[str]:
    """Lines of ``before`` that are not, in order, in ``after`` (a pure addition has none)."""
    old = before.decode().splitlines(keepends=True)
    new = after.decode().splitlines(keepends=True)
    diff = difflib.unified_diff(old, new, n=0)
    return [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]


def read_training(data: bytes, training_id: str) -> dict[str, object]:
    root = parse(data, "trainings.yaml").root
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    reader = Reader()
    for node in seq.items:
        raw = reader.record(node, TRAINING)
        if raw.values.get("id") == training_id:
            return raw.values
    raise AssertionError(training_id)


# --- scalars ---------------------------------------------------------------------------

NAUGHTY = [
    "no",
    "No",
    "NO",
    "yes",
    "on",
    "off",
    "y",
    "n",
    "true",
    "null",
    "Null",
    "~",
    "",
    "0123",
    "00",
    "1e3",
    "1_000",
    "0x1F",
    "0o17",
    ".5",
    "-1",
    "+1",
    ".inf",
    "-.inf",
    ".NaN",
    "12:30",
    "1:20:30",
    "2024-02-30",
    "2026-11-21",
    "2026-11-21T10:00:00",
    "198503122010012001",
    "19850312 201001 2 001",
    " leading",
    "trailing ",
    "  ",
    "tab\tinside",
    "line\nbreak",
    "# not a comment",
    "a # b",
    "a: b",
    "a:b",
    "key:",
    "- item",
    "? q",
    "[x]",
    "{x: 1}",
    "x, y",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "|",
    ">",
    "'",
    '"',
    "it's",
    'say "hi"',
    "back\\slash",
    "\\n",
    "=SUM(A1)",
    "+62 812",
    "---",
    "...",
    "Siti Nurhaliza",
    "Dwi Ayu Lestari, S.IP.",
    "Ma'ruf",
    "Ñoño",
    "Ağaoğlu",
    "محمد",
    "a\u200bb",
    "\u200f",
    "\ufeffbom",
    "😀 emoji",
    "👩🏽‍🏫",
    "日本語",
    "a\u2028b",
    "\U0001f600" * 3,
    "x" * 500,
]
REFUSED = [
    "crlf\r\nbreak",
    "nul\x00",
    "bell\x07",
    "esc\x1b[31m",
    "del\x7f",
    "c1\x9b",
    "surrogate\udc80",
    # what the reader flags as a control character (issue 15): never written
    "\u202eevil\u202c",
    "a\x85b",
    "\u2066isolate\u2069",
]


@pytest.mark.parametrize("text", NAUGHTY, ids=repr)
def test_naughty_text_reads_back_exactly(text: str) -> None:
    path = (*KATALOG, "participants", ("librarian", "ani-r"))
    ops = (Set(KATALOG, "notes", text), Set(KATALOG, "title", text), Set(path, "state", "enrolled"))
    after = writer.apply(TRAININGS, change(*ops))
    values = read_training(after, "2026-bimtek-katalog")
    assert values["notes"] == text
    assert values["title"] == text
    assert removed_lines(TRAININGS, after) == ['    title: "Bimtek Katalogisasi RDA"\n']


@pytest.mark.parametrize("text", REFUSED, ids=repr)
def test_control_characters_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(PustakaError) as err:
        writer.apply(TRAININGS, change(Set(KATALOG, "notes", text)))
    assert err.value.key == "error.write-bad-text"
    assert err.value.args_map["reason"]


@pytest.mark.parametrize("text", ["no", "0123", "12:30", "1e3", "~", "198503122010012001"])
def test_values_yaml_would_misread_are_quoted(text: str) -> None:
    assert emit_scalar(text) == f'"{text}"'


def test_plain_where_plain_is_unambiguous() -> None:
    assert emit_scalar("Sari Wulandari") == "Sari Wulandari"
    assert emit_scalar("sari-w") == "sari-w"
    assert emit_scalar(dt.date(2026, 1, 2)) == "2026-01-02"
    assert emit_scalar(85.0) == "85"
    assert emit_scalar(85.5) == "85.5"
    assert emit_scalar(True) == "true"


# --- edits -----------------------------------------------------------------------------


def test_enrol_is_a_pure_addition_in_sorted_place() -> None:
    op = writer.new_participant("2026-bimtek-katalog", "budi-h", "enrolled", DAY)
    after = writer.apply(TRAININGS, change(op))
    assert removed_lines(TRAININGS, after) == []
    added = after.decode().replace(TRAININGS.decode(), "")
    text = after.decode()
    assert text.index("librarian: ani-r") < text.index("librarian: budi-h")
    assert text.index("librarian: budi-h") < text.index("librarian: citra-l")
    assert "      - librarian: budi-h\n        state: enrolled\n        date: 2026-11-21\n" in text
    assert added == "" or added  # the file's blank-line style between items is kept
    assert "\n\n      - librarian: budi-h" in text


def test_missing_list_is_added_at_the_end_of_its_record() -> None:
    op = writer.new_participant("2026-workshop-otomasi", "budi-h", "enrolled", DAY)
    after = writer.apply(TRAININGS, change(op))
    assert removed_lines(TRAININGS, after) == []
    assert (
        "      trainings: [2026-bimtek-katalog]\n    participants:\n      - librarian: budi-h\n"
    ) in after.decode()


def test_state_change_replaces_only_the_value() -> None:
    op = writer.participant_set("2026-bimtek-katalog", "ani-r", "state", "withdrawn")
    after = writer.apply(TRAININGS, change(op))
    assert removed_lines(TRAININGS, after) == ["        state: enrolled\n"]
    assert after.count(b"\n") == TRAININGS.count(b"\n")


def test_crlf_and_bom_are_kept() -> None:
    data = b"\xef\xbb\xbf" + TRAININGS.replace(b"\n", b"\r\n")
    ops = (
        writer.new_participant("2026-bimtek-katalog", "budi-h", "waitlisted", DAY),
        writer.participant_add("2026-kursus-daring", "eka-p", "attended", DAY),
        writer.participant_set("2026-kursus-daring", "eka-p", "score", 90),
    )
    after = writer.apply(data, change(*ops))
    assert after.startswith(b"\xef\xbb\xbf")
    assert after.count(b"\n") == after.count(b"\r\n")
    assert removed_lines(data, after) == []


def test_other_indentation_styles_are_followed() -> None:
    data = (
        b"trainings:\n"
        b"- id: t1\n"
        b"  title: A\n"
        b"  type: seminar\n"
        b"  start: 2026-12-01\n"
        b"  participants:\n"
        b"  -   librarian: a\n"
        b"      state: enrolled\n"
    )
    op = writer.new_participant("t1", "b", "enrolled", DAY)
    after = writer.apply(data, change(op))
    assert after.endswith(b"  -   librarian: b\n      state: enrolled\n      date: 2026-11-21\n")


def test_flow_style_records_are_edited_in_place() -> None:
    data = (
        b"trainings:\n"
        b"  - {id: t1, title: A, type: seminar, start: 2026-12-01, participants: [\n"
        b"      {librarian: a, state: enrolled}]}\n"
    )
    ops = (
        writer.participant_set("t1", "a", "state", "attended"),
        writer.participant_add("t1", "a", "attended", DAY),
    )
    after = writer.apply(data, change(*ops))
    assert b"{librarian: a, state: attended, attended: [2026-11-21]}" in after


def test_adding_to_a_flow_list_of_records_is_refused() -> None:
    data = (
        b"trainings:\n  - id: t1\n    title: A\n    type: seminar\n    start: 2026-12-01\n"
        b"    participants: [{librarian: a, state: enrolled}]\n"
    )
    with pytest.raises(PustakaError) as err:
        writer.apply(data, change(writer.new_participant("t1", "b", "enrolled", DAY)))
    assert err.value.key == "error.write-flow-list"


def test_a_broken_file_is_not_edited() -> None:
    data = TRAININGS.replace(b"type: bimtek", b"type: [bimtek")
    with pytest.raises(PustakaError) as err:
        writer.apply(
            data, change(writer.new_participant("2026-bimtek-katalog", "b", "enrolled", DAY))
        )
    assert err.value.key == "error.write-file-problems"


def test_an_empty_file_gets_its_list() -> None:
    data = b"# only a comment, no newline at the end"
    op = Insert((), "trainings", {"id": "t1", "title": "A", "type": "seminar", "start": DAY})
    after = writer.apply(data, change(op))
    assert after.startswith(data + b"\n")
    assert read_training(after, "t1")["start"] == DAY


def test_a_wrong_edit_is_caught_by_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    real = writer._edit

    def sloppy(*args: object, **kwargs: object) -> str:
        return real(*args, **kwargs).replace("capacity: 3", "capacity: 4")  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "_edit", sloppy)
    with pytest.raises(PustakaError) as err:
        writer.apply(
            TRAININGS, change(writer.new_participant("2026-bimtek-katalog", "b", "enrolled", DAY))
        )
    assert err.value.key == "error.write-unverified"


def test_duplicate_records_are_not_guessed_at() -> None:
    data = TRAININGS.replace(b"id: 2026-seminar-layanan", b"id: 2026-bimtek-katalog")
    with pytest.raises(PustakaError) as err:
        writer.apply(
            data, change(writer.new_participant("2026-bimtek-katalog", "b", "enrolled", DAY))
        )
    assert err.value.key == "error.write-unverified"


# --- the file on disk ------------------------------------------------------------------


def test_transaction_keeps_mode_and_refuses_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    target = folder / "trainings.yaml"
    target.write_bytes(TRAININGS)
    os.chmod(target, 0o640)
    op = writer.new_participant("2026-bimtek-katalog", "budi-h", "enrolled", DAY)
    with writer.Transaction(folder) as tx:
        outcome = tx.write(change(op))
    assert outcome.written
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in folder.iterdir()) == [".pustaka", "trainings.yaml"]
    os.chmod(target, 0o440)
    before = target.read_bytes()
    with writer.Transaction(folder) as tx, pytest.raises(PustakaError) as err:
        tx.write(change(writer.new_participant("2026-bimtek-katalog", "dedi-s", "enrolled", DAY)))
    assert err.value.key == "error.write-read-only"
    assert target.read_bytes() == before


def test_a_hand_edit_during_the_transaction_is_noticed(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    target = folder / "trainings.yaml"
    target.write_bytes(TRAININGS)
    with writer.Transaction(folder) as tx:
        target.write_bytes(TRAININGS + b"# edited meanwhile\n")
        with pytest.raises(PustakaError) as err:
            tx.write(change(writer.new_participant("2026-bimtek-katalog", "b", "enrolled", DAY)))
    assert err.value.key == "error.write-changed"
    assert target.read_bytes().endswith(b"# edited meanwhile\n")


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "trainings.yaml").write_bytes(TRAININGS)
    op = writer.new_participant("2026-bimtek-katalog", "budi-h", "enrolled", DAY)
    with writer.Transaction(folder) as tx:
        outcome = tx.write(change(op), dry_run=True)
    assert not outcome.written
    assert (
        hashlib.sha256((folder / "trainings.yaml").read_bytes()).digest()
        == hashlib.sha256(TRAININGS).digest()
    )
    assert "+      - librarian: budi-h\n" in outcome.diff()
    assert outcome.diff().startswith("--- a/trainings.yaml\n+++ b/trainings.yaml\n")


def test_plain_tree_ignores_locations_only() -> None:
    a = parse(b"a: [1, 2]\n", "x").root
    b = parse(b"a:\n  - 1\n  - 2\n", "x").root
    c = parse(b"a: [1, '2 ']\n", "x").root
    assert writer.plain(a) == writer.plain(b) != writer.plain(c)
    assert isinstance(a, Mapping) and isinstance(a.items[0][0], Scalar)


def test_a_full_disk_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    target = folder / "trainings.yaml"
    target.write_bytes(TRAININGS)

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with writer.Transaction(folder) as tx, pytest.raises(PustakaError) as err:
        tx.write(change(writer.new_participant("2026-bimtek-katalog", "b", "enrolled", DAY)))
    assert err.value.key == "error.write-failed"
    assert err.value.args_map["reason"] == "No space left on device"
    assert target.read_bytes() == TRAININGS
    assert sorted(p.name for p in folder.iterdir()) == [".pustaka", "trainings.yaml"]


def test_a_held_lock_is_waited_for_then_refused(tmp_path: Path) -> None:
    from pustaka_cli.store.lock import folder_lock

    with (
        folder_lock(tmp_path),
        pytest.raises(PustakaError) as err,
        folder_lock(tmp_path, timeout=0.2),
    ):
        pass
    assert err.value.key == "error.write-locked"
    with folder_lock(tmp_path, timeout=0.2):  # released: free again
        pass

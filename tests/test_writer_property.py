"""Property: on any hand-written layout the writer makes the change exactly, or refuses."""

from __future__ import annotations

import datetime as dt
import difflib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pustaka_cli.errors import PustakaError
from pustaka_cli.store import writer
from pustaka_cli.store.fields import Reader
from pustaka_cli.store.records import TRAINING
from pustaka_cli.store.yaml import Mapping, Sequence, parse

DAY = dt.date(2026, 11, 21)
PEOPLE = ["ani", "budi", "citra", "dedi", "eka"]
TITLES = ["Bimtek", "'Bimtek: RDA'", '"Bimtek #1"', "Seminar Layanan", "'it''s'"]


@st.composite
def training_files(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, list[str], str]]]:
    """A trainings file in a random but valid hand-written layout, and what it holds."""
    dash = draw(st.sampled_from([0, 2]))  # indent of a block list's dashes under its key
    gap = draw(st.sampled_from([2, 4]))  # from a dash to its item's first key
    blank = draw(st.booleans())
    comments = draw(st.booleans())
    lines = ["# activities"] if draw(st.booleans()) else []
    lines.append("trainings:" + ("   # all of them" if comments else ""))
    held = []
    for n in range(draw(st.integers(1, 3))):
        tid = f"t{n}"
        d = " " * dash
        inner = " " * (dash + gap)
        if comments and draw(st.booleans()):
            lines.append(f"{d}# about {tid}")
        lines.append(f"{d}-{' ' * (gap - 1)}id: {tid}")
        lines.append(f"{inner}title: {draw(st.sampled_from(TITLES))}")
        lines.append(f"{inner}type: seminar")
        lines.append(f"{inner}start: 2026-12-0{n + 1}" + ("  # start" if comments else ""))
        style = draw(st.sampled_from(["absent", "empty", "null", "block", "block", "flowitems"]))
        people = sorted(draw(st.sets(st.sampled_from(PEOPLE), max_size=3)))
        if style not in ("block", "flowitems"):
            people = []
        if style == "empty":
            lines.append(f"{inner}participants: []" + ("   # none yet" if comments else ""))
        elif style == "null":
            lines.append(f"{inner}participants:")
        elif style in ("block", "flowitems"):
            lines.append(f"{inner}participants:")
            pd = " " * (dash + gap + dash)
            pin = " " * (dash + gap + dash + gap)
            for who in people:
                if comments and draw(st.booleans()):
                    lines.append(f"{pd}# {who} signed up")
                if style == "flowitems":
                    lines.append(f"{pd}- {{librarian: {who}, state: enrolled}}")
                else:
                    lines.append(f"{pd}-{' ' * (gap - 1)}librarian: {who}")
                    lines.append(f"{pin}state: enrolled" + ("  # ok" if comments else ""))
                if blank:
                    lines.append("")
            if not people:
                lines[-1] = f"{inner}participants: []"
                style = "empty"
        held.append((tid, people, style))
        if blank:
            lines.append("")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    return bom + text.encode(), held


def participants(data: bytes) -> dict[str, dict[str, str]]:
    root = parse(data, "t.yaml").root
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    reader = Reader()
    out = {}
    for node in seq.items:
        raw = reader.record(node, TRAINING)
        out[raw.values["id"]] = {
            p.values["librarian"]: p.values["state"] for p in raw.values.get("participants", ())
        }
    assert not [p for p in reader.problems if p.severity.value == "error"]
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(training_files(), st.data())
def test_any_layout_takes_an_enrolment_exactly(
    made: tuple[bytes, list[tuple[str, list[str], str]]], data: st.DataObject
) -> None:
    source, held = made
    tid, people, style = data.draw(st.sampled_from(held))
    newcomer = data.draw(st.sampled_from([p for p in PEOPLE if p not in people] + ["zz"]))
    state = data.draw(st.sampled_from(["enrolled", "waitlisted"]))
    op = writer.new_participant(tid, newcomer, state, DAY)
    change = writer.Change("t.yaml", "trainings", (op,))
    before = participants(source)
    after = writer.apply(source, change)
    got = participants(after)
    assert got[tid] == {**before[tid], newcomer: state}
    assert {k: v for k, v in got.items() if k != tid} == {
        k: v for k, v in before.items() if k != tid
    }
    assert after.startswith(b"\xef\xbb\xbf") == source.startswith(b"\xef\xbb\xbf")
    if b"\r\n" in source:
        assert after.count(b"\n") == after.count(b"\r\n")
    if style in ("block", "absent", "null"):  # a pure addition of lines
        old = source.decode().splitlines()
        new = after.decode().splitlines()
        removed = [x for x in difflib.ndiff(old, new) if x.startswith("- ")]
        assert removed == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(training_files(), st.data())
def test_any_layout_takes_state_and_attendance_changes(
    made: tuple[bytes, list[tuple[str, list[str], str]]], data: st.DataObject
) -> None:
    source, held = made
    with_people = [h for h in held if h[1]]
    if not with_people:
        return
    tid, people, _ = data.draw(st.sampled_from(with_people))
    who = data.draw(st.sampled_from(people))
    ops = (
        writer.participant_set(tid, who, "state", "attended"),
        writer.participant_add(tid, who, "attended", DAY),
        writer.participant_set(tid, who, "score", 81.5),
    )
    try:
        after = writer.apply(source, writer.Change("t.yaml", "trainings", ops))
    except PustakaError as err:  # allowed only as a clean, explained refusal
        assert err.key in ("error.write-unverified", "error.write-flow-list")
        raise
    assert participants(after)[tid][who] == "attended"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_reads_back_exactly_or_is_refused_with_a_reason(text: str) -> None:
    source = b"trainings:\n  - id: t1\n    title: A\n    type: seminar\n    start: 2026-12-01\n"
    ops = (writer.Set(("trainings", ("id", "t1")), "notes", text),)
    try:
        after = writer.apply(source, writer.Change("t.yaml", "trainings", ops))
    except PustakaError as err:
        assert err.key == "error.write-bad-text"
        bad = err.args_map["reason"]
        assert bad == "surrogate" or re.fullmatch(r"U\+[0-9A-F]{4}", bad)
        assert any(
            0xD800 <= ord(c) <= 0xDFFF
            or (ord(c) < 0x20 and c not in "\t\n")
            or 0x7F <= ord(c) <= 0x9F
            for c in text
        )
        return
    root = parse(after, "t.yaml").root
    reader = Reader()
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    assert reader.record(seq.items[0], TRAINING).values.get("notes") == text

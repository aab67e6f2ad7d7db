"""Field types (store/fieldtypes.py): one object per type carries reading, the cache's
codec, the JSON-Schema fragment and the comparison a write is verified with."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import FOLDERS
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Names
from pustaka_cli.store import fieldtypes, records, writer
from pustaka_cli.store.fields import Field, Reader, RecordSpec
from pustaka_cli.store.fieldtypes import FieldType, compare_record, decode_raw, encode_raw
from pustaka_cli.store.writer import Change, Insert, Set
from pustaka_cli.store.yaml import Mapping, Sequence, parse

TRAININGS = (FOLDERS / "write-basic" / "trainings.yaml").read_bytes()
KATALOG = writer.training_path("2026-bimtek-katalog")


def every_spec() -> list[RecordSpec]:
    found: dict[int, RecordSpec] = {}
    todo = [records.SETTINGS, *(spec for kind in records.KINDS for _, spec in kind.lists)]
    while todo:
        spec = todo.pop()
        if id(spec) not in found:
            found[id(spec)] = spec
            todo.extend(f.record for f in spec.fields if f.record is not None)
    return list(found.values())


def test_every_field_names_a_type_defined_in_one_place() -> None:
    defined = {v for v in vars(fieldtypes).values() if isinstance(v, FieldType)}
    used = {f.type for spec in every_spec() for f in spec.fields}
    assert used <= defined
    assert len({t.name for t in defined}) == len(defined) == 19


def read_katalog(data: bytes) -> dict[str, object]:
    root = parse(data, "trainings.yaml").root
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    reader = Reader()
    raws = [reader.record(node, records.TRAINING) for node in seq.items]
    assert reader.problems == []
    return next(r.values for r in raws if r.values["id"] == "2026-bimtek-katalog")


def test_a_bilingual_name_written_as_a_mapping_reads_back_as_written() -> None:
    # Compared by its field's type (names), not by the value's Python shape: before, the
    # mapping {id, en} and the Names read back looked different and the write was refused.
    indicator = {"text": {"id": "Sepuluh katalog", "en": "Ten records"}, "target": 10}
    after = writer.apply(
        TRAININGS,
        Change("trainings.yaml", "trainings", (Insert(KATALOG, "indicators", indicator),)),
    )
    (raw,) = read_katalog(after)["indicators"]  # type: ignore[misc]
    assert raw.values["text"] == Names("Sepuluh katalog", "Ten records")
    assert raw.values["target"] == 10


@pytest.mark.parametrize(
    "op",
    [
        Set(KATALOG, "capacity", 5_000_000),  # above the spec's bound: reads as a problem
        Set(KATALOG, "mode", "teleport"),  # not one of the choices
        Insert(KATALOG, "participants", {"librarian": "budi", "state": "dreaming"}),
    ],
    ids=["capacity", "mode", "state"],
)
def test_a_value_the_spec_refuses_is_never_written(op: writer.Op) -> None:
    with pytest.raises(PustakaError) as err:
        writer.apply(TRAININGS, Change("trainings.yaml", "trainings", (op,)))
    assert err.value.key == "error.write-unverified"


def test_a_value_as_written_and_as_read_compare_equal() -> None:
    written = {
        "id": "t9",
        "title": "Sembilan",
        "type": "seminar",
        "start": dt.date(2026, 12, 1),
        "jp": 2,
        "cost": 1500.5,
        "develops": {"katalogisasi": 2},
        "prerequisites": {"trainings": ("t1",), "levels": {"referensi": 1}},
    }
    after = writer.apply(
        TRAININGS, Change("trainings.yaml", "trainings", (Insert((), "trainings", written),))
    )
    root = parse(after, "trainings.yaml").root
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    raw = Reader().record(seq.items[-1], records.TRAINING)
    assert compare_record(raw, records.TRAINING) == compare_record(written, records.TRAINING)


def test_the_cache_codec_gives_back_what_was_read() -> None:
    root = parse(TRAININGS, "trainings.yaml").root
    assert isinstance(root, Mapping)
    seq = root.items[0][1]
    assert isinstance(seq, Sequence)
    for node in seq.items:
        raw = Reader().record(node, records.TRAINING)
        back = decode_raw(encode_raw(raw, records.TRAINING), records.TRAINING, "trainings.yaml")
        assert back == raw


def test_a_number_field_describes_its_bounds_in_the_schema() -> None:
    f = Field("capacity", fieldtypes.INT, minimum=0, maximum=10)
    assert f.type.schema(f) == {"type": "integer", "minimum": 0, "maximum": 10}
    choice = Field("mode", fieldtypes.CHOICE, choices=("a", "b"))
    assert choice.type.schema(choice) == {"enum": ["a", "b"]}

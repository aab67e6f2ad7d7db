"""`check` after a change answers from each unchanged file's kept check: exactly a cold check.

A differential test: a generated many-files folder (plus feedback and mentoring) is
checked once to fill the caches, edited in one way, and checked again through the
command's path (records cache, each file's kept check, the join); the problems must be
the very ones a cold check finds (same set, order, text). Then the files that were not
edited must not have been read or decoded.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import make_national
from pustaka_cli.api.reading import check, open_workspace
from pustaka_cli.i18n import Translator
from pustaka_cli.problems import Problem
from pustaka_cli.render.problems import as_text
from pustaka_cli.store.cache import CACHE_FOLDER, Cache, checks
from pustaka_cli.store.cache.records import RECORDS_FOLDER
from pustaka_cli.workspace import open_folders

TODAY = dt.date(2026, 11, 21)

FEEDBACK = """\
feedback:
  - id: {id}
    date: 2026-0{month}-01
    score: {score}
    library: lib000
    librarian: p0000{who}
"""

MENTORING = """\
mentoring:
  - id: m1
    mentor: p00001
    mentee: p00002
    start: 2025-01-01
    competencies: [katalogisasi]
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "many"
    make_national().make(out, 0.003, "many", 1)  # type: ignore[attr-defined]
    for n in range(4):
        path = out / "feedback" / f"f{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FEEDBACK.format(id=f"fb{n}", month=n + 1, score=n + 1, who=n))
    (out / "mentoring.yaml").write_text(MENTORING)
    return out


@pytest.fixture
def data(generated: Path, tmp_path: Path) -> Path:
    target = tmp_path / "many"
    shutil.copytree(generated, target)
    return target


def cold(folders: list[Path], today: dt.date = TODAY) -> tuple[Problem, ...]:
    return open_folders(folders, today).problems  # no cache: every file read and checked


def checked_problems(
    folders: list[Path], today: dt.date, *, use_cache: bool = True
) -> tuple[Problem, ...]:
    return check(folders, today, cache=use_cache)


def watched(folders: list[Path]) -> tuple[tuple[Problem, ...], Cache]:
    """A check through the cache, with the cache: what it read and what it decoded."""
    cache = Cache(folders)
    return check(folders, TODAY, cache=cache), cache


def same_as_cold(folders: list[Path], today: dt.date = TODAY) -> tuple[Problem, ...]:
    found = checked_problems(folders, today)
    expected = cold(folders, today)
    assert found == expected
    t = Translator("en")
    assert as_text(found, t) == as_text(expected, t)
    assert checked_problems(folders, today) == expected  # then from the whole-folder memo
    return found


def files(data: Path, kind: str) -> list[Path]:
    return sorted((data / kind).rglob("*.yaml"))


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, count))


def first_id(path: Path, field: str = "id") -> str:
    line = next(x for x in path.read_text().splitlines() if x.strip().startswith(f"- {field}:"))
    return line.split(":", 1)[1].strip()


# Each edit: a change a coordinator could make, with what it must (and must not) reach.


def append_comment(data: Path) -> None:
    with files(data, "evaluations")[0].open("a") as out:
        out.write("# edited\n")


def duplicate_training_id(data: Path) -> None:
    first, later = files(data, "trainings")[0], files(data, "trainings")[3]
    edit(later, f"id: {first_id(later)}", f"id: {first_id(first)}")


def unknown_required_training(data: Path) -> None:
    path = files(data, "trainings")[2]
    edit(path, "    start:", "    prerequisites: {trainings: [t9999, t0001]}\n    start:")


def training_requires_one_in_another_file(data: Path) -> None:
    other = first_id(files(data, "trainings")[4])
    path = files(data, "trainings")[1]
    edit(path, "    start:", f"    prerequisites: {{trainings: [{other}]}}\n    start:")


def training_requires_itself(data: Path) -> None:
    path = files(data, "trainings")[1]
    edit(path, "    start:", f"    prerequisites: {{trainings: [{first_id(path)}]}}\n    start:")


def remove_a_training_required_elsewhere(data: Path) -> None:
    training_requires_one_in_another_file(data)
    checked_problems([data], TODAY)  # kept with the required training still there
    files(data, "trainings")[4].unlink()


def delete_referenced_librarian(data: Path) -> None:
    evaluated = (data / "evaluations").rglob("*.yaml")
    who = next(first_id(p, "librarian") for p in sorted(evaluated))
    path = next(p for p in files(data, "librarians") if f"id: {who}\n" in p.read_text())
    path.unlink()


def rename_librarian(data: Path) -> None:
    path = files(data, "librarians")[5]
    edit(path, f"id: {first_id(path)}", "id: p99999")


def move_start_date(data: Path) -> None:
    for path in files(data, "librarians"):
        text = path.read_text()
        if "started: " in text:
            start = text.split("started: ", 1)[1].split("\n", 1)[0]
            path.write_text(text.replace(f"started: {start}", "started: 2026-01-01"))


def librarian_name_only(data: Path) -> None:
    path = files(data, "librarians")[0]
    edit(path, "name: ", "name: Dr. ")


def add_librarian(data: Path, who: str = "p99998", started: str = "2020-01-01") -> None:
    path = data / "librarians" / "zzz" / f"{who}.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"librarians:\n  - id: {who}\n    name: Baru\n    started: {started}\n")


def name_unknown_librarian(data: Path) -> None:
    path = data / "evaluations" / "yyy" / "unknown.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        "evaluations:\n  - librarian: p99990\n    kind: self\n    date: 2025-01-01\n"
        "    levels: {katalogisasi: 2}\n"
    )


def unknown_librarian_then_another_added(data: Path) -> None:
    name_unknown_librarian(data)
    checked_problems([data], TODAY)  # kept with its "did you mean" among the ids then
    add_librarian(data, "p99991")


def unknown_librarian_then_added(data: Path) -> None:
    name_unknown_librarian(data)
    checked_problems([data], TODAY)
    add_librarian(data, "p99990", started="2025-06-01")


def new_file_with_problems(data: Path) -> None:
    path = data / "evaluations" / "zzz" / "new.yaml"
    path.parent.mkdir()
    path.write_text(
        "evaluations:\n  - librarian: p00003\n    kind: self\n    date: 2030-01-01\n"
        "    levels: {katalogisai: 9}\n  - librarian: nobody\n    kind: skp\n"
    )


def remove_file(data: Path) -> None:
    files(data, "evaluations")[7].unlink()
    files(data, "feedback")[0].unlink()


def broken_yaml(data: Path) -> None:
    path = files(data, "evaluations")[2]
    path.write_text(path.read_text().replace("  - librarian", "  -\tlibrarian", 1))


def not_a_mapping(data: Path) -> None:
    files(data, "trainings")[0].write_text("- just a list\n")


def duplicate_feedback_id(data: Path) -> None:
    edit(data / "feedback" / "f3.yaml", "id: fb3", "id: fb1")
    edit(data / "feedback" / "f2.yaml", "score: 3", "score: 9")


def duplicate_participant_and_unknown_one(data: Path) -> None:
    path = files(data, "trainings")[1]
    text = path.read_text()
    line = next(x for x in text.splitlines() if "{librarian:" in x)
    edit(path, line, f"{line}\n{line}\n{line.replace('librarian: p', 'librarian: q')}")


def framework_file(data: Path) -> None:
    (data / "framework.yaml").write_text(
        "scale:\n  - {level: 0, name: {id: a, en: a}, description: {id: a, en: a}}\n"
        "  - {level: 1, name: {id: b, en: b}, description: {id: b, en: b}}\n"
        "competencies:\n  - id: katalogisasi\n    group: teknis\n"
        "    name: {id: Katalogisasi, en: Cataloguing}\n"
    )


def settings_libraries(data: Path) -> None:
    edit(data / "pustaka.yaml", "  - id: lib000\n", "  - id: lib777\n")


def mentoring_cycle(data: Path) -> None:
    with (data / "mentoring.yaml").open("a") as out:
        out.write("  - id: m2\n    mentor: p00002\n    mentee: p00001\n    start: 2025-02-01\n")


EDITS: list[Callable[[Path], None]] = [
    append_comment,
    duplicate_training_id,
    unknown_required_training,
    training_requires_one_in_another_file,
    training_requires_itself,
    remove_a_training_required_elsewhere,
    delete_referenced_librarian,
    rename_librarian,
    move_start_date,
    librarian_name_only,
    add_librarian,
    unknown_librarian_then_another_added,
    unknown_librarian_then_added,
    new_file_with_problems,
    remove_file,
    broken_yaml,
    not_a_mapping,
    duplicate_feedback_id,
    duplicate_participant_and_unknown_one,
    framework_file,
    settings_libraries,
    mentoring_cycle,
]


# What some edits must bring, so that a check that found nothing cannot pass for right.
BRINGS = {
    duplicate_training_id: "duplicate-id",
    unknown_required_training: "unknown-training",
    training_requires_itself: "self-prerequisite",
    remove_a_training_required_elsewhere: "unknown-training",
    delete_referenced_librarian: "unknown-librarian",
    move_start_date: "evidence-before-start",
    unknown_librarian_then_added: "evidence-before-start",
    new_file_with_problems: "unknown-competency",
    broken_yaml: "yaml-tab",
    not_a_mapping: "wrong-root",
    duplicate_feedback_id: "duplicate-id",
    duplicate_participant_and_unknown_one: "duplicate-participant",
    framework_file: "level-out-of-scale",
    settings_libraries: "unknown-library",
    mentoring_cycle: "mentoring-cycle",
}


@pytest.mark.parametrize("change", EDITS, ids=lambda f: f.__name__)
def test_one_edit_gives_what_a_cold_check_gives(data: Path, change: Callable[[Path], None]) -> None:
    same_as_cold([data])
    change(data)
    found = same_as_cold([data])
    if change in BRINGS:
        assert BRINGS[change] in {p.code for p in found}


def test_edits_one_after_another(data: Path) -> None:
    same_as_cold([data])
    for change in EDITS:
        change(data)
        same_as_cold([data])


def test_another_day(data: Path) -> None:
    new_file_with_problems(data)
    same_as_cold([data])
    assert same_as_cold([data], dt.date(2030, 6, 1)) != same_as_cold([data])


def test_several_folders(generated: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    shutil.copytree(generated, one)
    shutil.copytree(generated, two)  # the same ids twice: duplicates across folders
    same_as_cold([one, two])
    append_comment(two)
    same_as_cold([one, two])
    duplicate_feedback_id(one)
    delete_referenced_librarian(two)
    same_as_cold([one, two])
    assert same_as_cold([two]) != same_as_cold([one, two])


def test_only_the_edited_file_is_read_or_decoded(data: Path) -> None:
    checked_problems([data], TODAY)
    changed = files(data, "evaluations")[5]
    with changed.open("a") as out:
        out.write("# edited\n")
    found, cache = watched([data])
    assert found == cold([data])
    rel = changed.relative_to(data).as_posix()
    assert cache.parsed == [rel]
    by_file = [p for p in cache.decoded if not p.startswith(("librarians", "mentoring"))]
    assert by_file == []  # the changed file was parsed; the others' records never decoded


def test_a_context_change_checks_every_file_again(data: Path) -> None:
    checked_problems([data], TODAY)
    memo = data / CACHE_FOLDER / checks.CHECKS_FILE
    before = memo.read_bytes()
    rename_librarian(data)
    same_as_cold([data])
    assert memo.read_bytes() != before


def test_no_cache_leaves_the_memo_alone(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked_problems([data], TODAY, use_cache=False)
    assert not (data / CACHE_FOLDER).exists()
    monkeypatch.setenv("PUSTAKA_NO_CACHE", "1")
    checked_problems([data], TODAY)
    assert not (data / CACHE_FOLDER).exists()


def test_a_damaged_memo_is_a_miss(data: Path) -> None:
    checked_problems([data], TODAY)
    memo = data / CACHE_FOLDER / checks.CHECKS_FILE
    memo.write_text(memo.read_text().replace("evaluations", "evaluatiXns", 3))
    duplicate_training_id(data)
    same_as_cold([data])
    head, body = memo.read_text().split("\n", 1)
    memo.write_text(head + "\n" + body.replace('"files":{', '"files":{"x":1,', 1))
    broken_yaml(data)
    same_as_cold([data])


@pytest.mark.parametrize("directly", [True, False], ids=["small-change", "large-change"])
def test_the_records_cache_stays_right(
    data: Path, monkeypatch: pytest.MonkeyPatch, directly: bool
) -> None:
    # A small change is read without the records cache, whose parts for the changed kinds
    # then stay as they were (the changed file's entry is simply a miss later); a large
    # one goes through it.
    if not directly:
        monkeypatch.setattr(checks, "READ_DIRECTLY", 0)
    checked_problems([data], TODAY)
    open_workspace([data], TODAY)  # as a report would: every record in the records cache
    parts = data / CACHE_FOLDER / RECORDS_FOLDER

    def stored() -> dict[str, bytes]:
        return {p.stem: p.read_bytes() for p in parts.glob("*.json")}

    before = stored()
    assert {"librarians", "trainings", "evaluations"} <= before.keys()
    duplicate_training_id(data)
    append_comment(data)
    same_as_cold([data])
    after = stored()
    assert after["librarians"] == before["librarians"]
    for kind in ("trainings", "evaluations"):
        assert (after[kind] == before[kind]) is directly
    assert open_workspace([data], TODAY) == open_workspace([data], TODAY, cache=False)
    before = stored()
    rename_librarian(data)  # a small kind changed: its part is written, the others stay
    same_as_cold([data])
    after = stored()
    assert after["librarians"] != before["librarians"]
    assert after["evaluations"] == before["evaluations"]
    assert open_workspace([data], TODAY) == open_workspace([data], TODAY, cache=False)


def test_a_librarian_added_or_moved_rechecks_only_the_files_naming_them(data: Path) -> None:
    checked_problems([data], TODAY)
    add_librarian(data)
    added, cache = watched([data])
    assert [r for r in cache.parsed if not r.startswith("librarians")] == []
    assert added == cold([data])

    path = files(data, "librarians")[3]
    who = first_id(path)
    edit(path, "started: ", "started: 2026-11-01\n    x: ")  # keeps the old date unread
    naming = sorted(
        p.relative_to(data).as_posix()
        for kind in ("trainings", "evaluations", "feedback")
        for p in files(data, kind)
        if f"librarian: {who}\n" in p.read_text() or f"librarian: {who}," in p.read_text()
    )
    assert naming
    found, cache = watched([data])
    assert sorted(r for r in cache.parsed if not r.startswith("librarians")) == naming
    assert found == cold([data])

"""The library face for writes (``api.deciding``), driven without the command line.

The flows a coordinator runs with ``pustaka enroll``, ``withdraw``, ``attend``,
``complete``, ``record`` and ``evaluate``, called as a program would call them, on a copy
of a test folder: each outcome says what changed and holds the files' bytes, the files on
disk are exactly those bytes, and the folder still checks clean afterwards. A refused
write is raised with its located problems and leaves every byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import FOLDERS
from pustaka_cli.api import deciding
from pustaka_cli.errors import FolderProblems, PustakaError
from pustaka_cli.i18n import Translator
from pustaka_cli.model import Dataset
from pustaka_cli.problems import Severity
from pustaka_cli.store.folder import load
from pustaka_cli.workspace import open_to_write

TODAY = dt.date(2026, 11, 21)
KATALOG = "2026-bimtek-katalog"  # 7-9 December, three seats: ani-r and citra-l enrolled


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FOLDERS / "write-basic", target, ignore=shutil.ignore_patterns(".pustaka"))
    return target


def write(folder: Path, today: dt.date = TODAY, **switches: bool) -> deciding.Write:
    return deciding.Write(folder, today, Translator("en"), **switches)


def records(folder: Path) -> Dataset:
    return load(folder).dataset


def states(folder: Path, training: str) -> dict[str, str]:
    found = next(t for t in records(folder).trainings if t.id == training)
    return {p.librarian: p.state for p in found.participants}


def errors(folder: Path, today: dt.date) -> list[str]:
    """What ``pustaka check`` would call an error in the folder on ``today``."""
    opened = open_to_write(folder, today)
    return [p.code for p in opened.problems if p.severity is Severity.ERROR]


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.yaml"))
    }


def on_disk(outcome: deciding.Outcome[object], folder: Path) -> None:
    """Every file of an outcome was written, and holds exactly the bytes it says."""
    assert outcome.files
    for f in outcome.files:
        assert f.written
        assert (folder / f.path).read_bytes() == f.after != f.before


def test_a_programme_year_written_through_the_face(folder: Path) -> None:
    assert errors(folder, TODAY) == []

    enrolled = deciding.enroll(write(folder), KATALOG, ["budi-h", "dedi-s"])
    on_disk(enrolled, folder)
    assert [(s.librarian, s.state, s.position) for s in enrolled.decision] == [
        ("budi-h", "enrolled", 0),
        ("dedi-s", "waitlisted", 1),
    ]
    assert enrolled.what == (
        f"budi-h enrolled in {KATALOG}; dedi-s waitlisted for {KATALOG} (position 1)"
    )
    assert enrolled.message == "enroll: " + enrolled.what
    assert enrolled.paths == "trainings.yaml"
    # a pure addition: every line of the hand-written file is still there, in order
    before = enrolled.files[0].before.decode().splitlines()
    after = iter(enrolled.files[0].after.decode().splitlines())
    assert all(line in after for line in before)

    left = deciding.withdraw(write(folder), KATALOG, "citra-l")
    on_disk(left, folder)
    assert (left.decision.librarian, left.decision.promoted) == ("citra-l", ("dedi-s",))
    assert states(folder, KATALOG) == {
        "ani-r": "enrolled",
        "citra-l": "withdrawn",
        "budi-h": "enrolled",
        "dedi-s": "enrolled",
    }

    rated = deciding.evaluate(
        write(folder),
        "budi-h",
        "supervisor",
        [("katalogisasi", "2")],
        on=dt.date(2026, 11, 20),
    )
    on_disk(rated, folder)
    assert rated.decision["levels"] == {"katalogisasi": 2}
    assert rated.paths == "evaluations.yaml"  # a new file: the folder had no evaluations
    assert [(e.librarian, e.kind, e.date) for e in records(folder).evaluations] == [
        ("budi-h", "supervisor", dt.date(2026, 11, 20)),
    ]

    # an e-learning over (2-20 November) recorded at once: eka-p passed, gita-m attended
    taken = deciding.record(
        write(folder), "2026-kursus-daring", ["gita-m"], passed=[("eka-p", 85.0)]
    )
    on_disk(taken, folder)
    assert {(x.librarian, x.state, x.before) for x in taken.decision} == {
        ("eka-p", "completed", "enrolled"),
        ("gita-m", "attended", None),
    }
    assert states(folder, "2026-kursus-daring") == {"eka-p": "completed", "gita-m": "attended"}

    first_day = dt.date(2026, 12, 7)
    present = deciding.attend(write(folder, first_day), KATALOG, ["ani-r", "budi-h"])
    on_disk(present, folder)
    assert {(m.librarian, m.day, m.state) for m in present.decision} == {
        ("ani-r", first_day, "attended"),
        ("budi-h", first_day, "attended"),
    }

    last_day = dt.date(2026, 12, 9)
    passed = deciding.complete(write(folder, last_day), KATALOG, ["ani-r"], score=90)
    on_disk(passed, folder)
    assert passed.what == f"ani-r completed {KATALOG} with a result of 90"
    assert states(folder, KATALOG)["ani-r"] == "completed"

    assert errors(folder, last_day) == []


def test_a_dry_run_makes_and_verifies_the_change_and_writes_nothing(folder: Path) -> None:
    was = digest(folder)
    outcome = deciding.enroll(write(folder, dry_run=True), KATALOG, ["budi-h"])
    assert outcome.dry_run and not outcome.committed
    assert [f.written for f in outcome.files] == [False]
    assert b"librarian: budi-h" in outcome.files[0].after
    assert "+      - librarian: budi-h" in outcome.files[0].diff()
    assert digest(folder) == was


def test_a_decision_the_domain_refuses_writes_nothing(folder: Path) -> None:
    was = digest(folder)
    with pytest.raises(PustakaError) as refused:
        deciding.enroll(write(folder), "2026-batal", ["budi-h"])
    assert refused.value.key == "error.training-cancelled"
    assert digest(folder) == was


def test_a_folder_with_errors_is_refused_with_its_located_problems(folder: Path) -> None:
    trainings = folder / "trainings.yaml"
    trainings.write_text(
        trainings.read_text(encoding="utf-8").replace("librarian: eka-p", "librarian: eko-p", 1),
        encoding="utf-8",
    )
    was = digest(folder)
    with pytest.raises(FolderProblems) as refused:
        deciding.enroll(write(folder), KATALOG, ["budi-h"])
    assert refused.value.key == "error.write-broken-folder"
    [problem] = refused.value.problems
    assert (problem.loc.path, problem.loc.line) == ("trainings.yaml", 53)
    assert digest(folder) == was
    # the error is elsewhere and the write adds none: with force it is made
    forced = deciding.enroll(write(folder, force=True), KATALOG, ["budi-h"])
    on_disk(forced, folder)
    assert errors(folder, TODAY) == [problem.code]


def test_a_person_may_look_and_say_no_before_a_byte_is_written(folder: Path) -> None:
    seen: list[str] = []

    def no(file: deciding.FileChange) -> None:
        seen.append(file.path)
        raise PustakaError("error.cancelled")

    was = digest(folder)
    fields = {
        "id": "hana-s",
        "name": "Hana Sari",
        "grade": "terampil",
        "employment": "pns",
        "library": "pusat",
        "started": "2024-01-02",
    }
    with pytest.raises(PustakaError) as refused:
        deciding.add_librarian(write(folder), fields, preview=no)
    assert refused.value.key == "error.cancelled"
    assert seen == ["librarians.yaml"]
    assert digest(folder) == was
    added = deciding.add_librarian(write(folder), fields)
    on_disk(added, folder)
    assert "hana-s" in {lib.id for lib in records(folder).librarians}

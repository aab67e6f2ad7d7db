"""Attendance: the days of an activity, each person's share, the completion minimum and
the sign-in list, against figures worked out by hand (domain/attendance.py's rules)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest

from conftest import run_cli
from helpers import codes, make_folder, problems_of
from pustaka_cli.api import deciding
from pustaka_cli.domain import attendance
from pustaka_cli.errors import PustakaError
from pustaka_cli.i18n import Translator
from pustaka_cli.model import Dataset, Training
from pustaka_cli.store.folder import load

D = dt.date
TODAY = D(2026, 11, 21)

LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani Lestari, nip: "198503122010012001", library: pusat, employment: pns}
  - {id: budi, name: Budi Santoso, nip: "198704052011011002", library: pusat, employment: pns}
  - {id: citra, name: Citra Dewi, library: pusat, employment: pns}
"""

# t-ws: three days, 10-12 March, at least 80 % to complete.
#   ani 3 of 3 (100 %), budi 2 of 3 (66.7 %: below), citra none recorded.
# t-long: five months, no `days`: its days are the meetings recorded (10 Jan, 10 Mar,
#   10 May) -> ani 2 of 3, budi 3 of 3.
# t-days: two weeks, `days` the ten weekdays: ani present on all ten = 100 % (without
#   `days` it would be 10 of the 12 calendar days).
TRAININGS = """\
trainings:
  - id: t-ws
    title: Workshop Katalog
    type: workshop
    provider: Dinas Perpustakaan Kota Contoh
    place: Aula Lantai 2
    start: 2026-03-10
    end: 2026-03-12
    jp: 24
    capacity: 4
    completion: {min_attendance: 0.8}
    participants:
      - {librarian: budi, state: attended, date: 2026-03-01, attended: [2026-03-10, 2026-03-11]}
      - {librarian: ani, state: attended, date: 2026-03-01, attended: [2026-03-10, 2026-03-11, 2026-03-12]}
      - {librarian: citra, state: enrolled, date: 2026-03-01}
    guests:
      - {name: Sri Wahyuni, institution: SD Negeri 1 Contoh, role: pustakawan sekolah, attended: [2026-03-10]}
  - id: t-long
    title: Komunitas Belajar
    type: komunitas-belajar
    start: 2026-01-10
    end: 2026-06-10
    minutes: 360
    participants:
      - {librarian: ani, state: completed, date: 2026-01-02, attended: [2026-01-10, 2026-03-10]}
      - {librarian: budi, state: completed, date: 2026-01-02, attended: [2026-01-10, 2026-03-10, 2026-05-10]}
  - id: t-days
    title: Magang
    type: magang
    start: 2026-02-02
    end: 2026-02-13
    days: [2026-02-02, 2026-02-03, 2026-02-04, 2026-02-05, 2026-02-06, 2026-02-09, 2026-02-10, 2026-02-11, 2026-02-12, 2026-02-13]
    jp: 60
    participants:
      - {librarian: ani, state: completed, date: 2026-01-20, attended: [2026-02-02, 2026-02-03, 2026-02-04, 2026-02-05, 2026-02-06, 2026-02-09, 2026-02-10, 2026-02-11, 2026-02-12, 2026-02-13]}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": TRAININGS})


def training(data: Dataset, tid: str) -> Training:
    return next(t for t in data.trainings if t.id == tid)


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.yaml"))
    }


# --- rule 1: the days -----------------------------------------------------------------


def test_the_days_of_an_activity(folder: Path) -> None:
    data = load(folder).dataset
    assert attendance.days(training(data, "t-ws")) == (
        D(2026, 3, 10),
        D(2026, 3, 11),
        D(2026, 3, 12),
    )
    # longer than 14 days, no `days`: the meetings anyone was recorded at
    assert attendance.days(training(data, "t-long")) == (
        D(2026, 1, 10),
        D(2026, 3, 10),
        D(2026, 5, 10),
    )
    weekdays = attendance.days(training(data, "t-days"))
    assert len(weekdays) == 10 and D(2026, 2, 7) not in weekdays  # a Saturday


# --- rule 2: the share ----------------------------------------------------------------


def test_each_persons_share_and_no_record_is_not_zero(folder: Path) -> None:
    data = load(folder).dataset
    shares = {
        (p.training.id, p.name): (p.share.present, p.share.days, p.share.percent)
        if p.share
        else None
        for t in data.trainings
        for p in attendance.presences(t)
    }
    assert shares == {
        ("t-ws", "budi"): (2, 3, 66.7),
        ("t-ws", "ani"): (3, 3, 100.0),
        ("t-ws", "citra"): None,  # no attendance recorded: no share, never 0 %
        ("t-ws", "Sri Wahyuni"): (1, 3, 33.3),  # a guest from outside
        ("t-long", "ani"): (2, 3, 66.7),
        ("t-long", "budi"): (3, 3, 100.0),
        ("t-days", "ani"): (10, 10, 100.0),
    }
    meets = {(p.name): p.meets for p in attendance.presences(training(data, "t-ws"))}
    assert meets == {"budi": False, "ani": True, "citra": False, "Sri Wahyuni": False}
    # no minimum stated: attendance decides nothing
    assert {p.meets for p in attendance.presences(training(data, "t-long"))} == {None}


# --- rule 3: completing below the minimum ----------------------------------------------


def write(folder: Path, lang: str = "en") -> deciding.Write:
    return deciding.Write(folder, TODAY, Translator(lang))


def test_complete_refuses_below_the_minimum_located_and_writes_nothing(folder: Path) -> None:
    was = digest(folder)
    with pytest.raises(PustakaError) as refused:
        deciding.complete(write(folder), "t-ws", ["budi"])
    err = refused.value
    assert err.key == "error.attendance-below-minimum"
    # budi's entry is the first participant: line 13 of trainings.yaml
    assert (err.args_map["path"], err.args_map["line"]) == ("trainings.yaml", "13")
    said = Translator("en")(err.key, **err.args_map)
    assert said.startswith("trainings.yaml:13:")
    assert "attended 2 of 3 days of `t-ws`, below the minimum attendance of 80%" in said
    assert "hadir 2 dari 3 hari `t-ws`" in Translator("id")(err.key, **err.args_map)
    assert digest(folder) == was


def test_complete_refuses_when_no_attendance_is_recorded(folder: Path) -> None:
    with pytest.raises(PustakaError) as refused:
        deciding.complete(write(folder), "t-ws", ["citra"])
    assert refused.value.key == "error.attendance-not-recorded"
    assert refused.value.args_map["line"] == "15"


def test_complete_at_or_above_the_minimum_and_failing_are_not_refused(folder: Path) -> None:
    done = deciding.complete(write(folder), "t-ws", ["ani"], score=88)
    assert [(c.librarian, c.state) for c in done.decision] == [("ani", "completed")]
    # failing is no completion: the minimum does not stop it
    failed = deciding.complete(write(folder), "t-ws", ["budi"], failed=True)
    assert [c.state for c in failed.decision] == ["failed"]


def test_the_command_line_says_the_refusal_in_one_located_sentence(folder: Path) -> None:
    was = digest(folder)
    args = ["complete", "t-ws", "budi", "--data", str(folder), "--today", "2026-11-21"]
    result = run_cli([*args, "--lang", "en"])
    assert result.exit_code == 1
    assert re.search(r"trainings\.yaml:13:\d+: `budi` attended 2 of 3 days", result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(folder) == was


def test_without_a_minimum_attendance_never_stops_a_completion(tmp_path: Path) -> None:
    text = TRAININGS.replace("    completion: {min_attendance: 0.8}\n", "")
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    done = deciding.complete(write(folder), "t-ws", ["budi", "citra"])
    assert [c.state for c in done.decision] == ["completed", "completed"]


def test_check_warns_of_a_completion_below_the_minimum(tmp_path: Path) -> None:
    text = TRAININGS.replace(
        "{librarian: budi, state: attended, date: 2026-03-01",
        "{librarian: budi, state: completed, date: 2026-03-01",
    )
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    found = problems_of(folder)
    assert codes(found) == [("trainings.yaml", 13, "completed-below-attendance")]
    assert found[0].severity.value == "warning"
    assert found[0].arg_map["share"] == "2/3" and found[0].arg_map["minimum"] == "80"


def test_a_day_outside_the_activity_is_an_error(tmp_path: Path) -> None:
    text = TRAININGS.replace("days: [2026-02-02,", "days: [2026-02-14, 2026-02-02,")
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    assert [c for c in codes(problems_of(folder)) if c[2] == "day-outside-activity"] == [
        ("trainings.yaml", 32, "day-outside-activity")
    ]


# --- report trainings: the attendance table -----------------------------------------------


def test_report_trainings_shows_the_share_per_person(folder: Path) -> None:
    args = ["report", "trainings", "--data", str(folder), "--today", "2026-11-21", "--year", "2026"]
    doc = json.loads(run_cli([*args, "--format", "json", "--lang", "en"]).stdout)
    table = next(t for t in doc["tables"] if t["key"] == "attendance")
    rows = {(r["activity"], r["name"]): r for r in table["rows"]}
    assert rows[("t-ws", "Budi Santoso")]["share_percent"] == 66.7
    assert rows[("t-ws", "Budi Santoso")]["meets_minimum"] is False
    assert rows[("t-ws", "Citra Dewi")]["share_percent"] is None
    assert rows[("t-ws", "Citra Dewi")]["attendance"] == "no attendance recorded"
    assert rows[("t-ws", "Sri Wahyuni")]["institution"] == "SD Negeri 1 Contoh"
    assert rows[("t-days", "Ani Lestari")]["attendance"] == "10/10 (100%)"
    text = run_cli([*args, "--table", "attendance", "--lang", "id"]).stdout
    assert "tidak ada catatan kehadiran" in text and "2/3 (66,7%)" in text


# --- rule 4: the sign-in list ---------------------------------------------------------


def test_the_sheet_is_a_line_per_person_and_day_staff_by_name_then_guests(folder: Path) -> None:
    data = load(folder).dataset
    names = {lib.id: lib.name for lib in data.librarians}
    sheet = attendance.sheet(training(data, "t-ws"), names)
    assert len(sheet.lines) == 3 * 4
    first = [
        (s.number, s.librarian or s.name, s.recorded)
        for s in sheet.lines
        if s.day == D(2026, 3, 11)
    ]
    assert first == [
        (1, "ani", True),
        (2, "budi", True),
        (3, "citra", False),
        (4, "Sri Wahyuni", False),
    ]


def test_attendance_command_masks_nips_unless_asked(folder: Path) -> None:
    base = ["attendance", "t-ws", "--data", str(folder), "--today", "2026-11-21", "--format", "csv"]
    masked = run_cli([*base, "--lang", "en"]).stdout.splitlines()
    assert masked[0].lstrip("\ufeff") == (
        "Day,No.,Name,NIP,Unit or institution,Librarian ID,Attendance recorded,Signature"
    )
    assert masked[1] == "2026-03-10,1,Ani Lestari,******** ****** * 001,Perpustakaan Pusat,ani,yes,"
    assert masked[4] == '2026-03-10,4,Sri Wahyuni,,"pustakawan sekolah, SD Negeri 1 Contoh",,yes,'
    assert len(masked) == 1 + 12
    shown = run_cli([*base, "--lang", "en", "--show-nip"]).stdout.splitlines()
    assert "19850312 201001 2 001" in shown[1]


def test_the_printed_sheet_has_a_page_per_day_with_signatures(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "daftar-hadir.html"
    result = run_cli(
        ["attendance", "t-ws", "--data", str(folder), "--today", "2026-11-21", "-o", str(out)]
    )
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="page">') == 2  # days 2 and 3 start new pages
    assert page.count("<h2>Hari/tanggal: 2026-03-1") == 3
    assert page.count('<td class="s"></td>') == 12
    assert page.count("Mengetahui, Kepala Perpustakaan") == 3
    assert "Aula Lantai 2" in page and "******** ****** * 001" in page


def test_no_sheet_for_an_activity_whose_days_are_unknown(tmp_path: Path) -> None:
    text = TRAININGS.replace("attended: [2026-01-10, 2026-03-10]}", "}").replace(
        "attended: [2026-01-10, 2026-03-10, 2026-05-10]}", "}"
    )
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    result = run_cli(
        ["attendance", "t-long", "--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    )
    assert result.exit_code == 1
    assert "write `days: [...]`" in result.stderr


def test_record_passed_is_held_to_the_minimum_too(tmp_path: Path) -> None:
    # t-long with a minimum of 0.8: ani was at 2 of its 3 meetings (66.7 %); record
    # adds no days to an activity over 14 days long, so passing her is refused; budi
    # (3 of 3) may pass.
    text = TRAININGS.replace(
        "    minutes: 360\n", "    minutes: 360\n    completion: {min_attendance: 0.8}\n"
    ).replace(
        "{librarian: ani, state: completed, date: 2026-01-02",
        "{librarian: ani, state: attended, date: 2026-01-02",
    )
    text = text.replace(
        "{librarian: budi, state: completed, date: 2026-01-02",
        "{librarian: budi, state: attended, date: 2026-01-02",
    )
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    was = digest(folder)
    with pytest.raises(PustakaError) as refused:
        deciding.record(write(folder), "t-long", passed=[("ani", 80.0)])
    assert refused.value.key == "error.attendance-below-minimum"
    assert refused.value.args_map["present"] == "2" and refused.value.args_map["days"] == "3"
    assert digest(folder) == was
    done = deciding.record(write(folder), "t-long", passed=[("budi", 80.0)])
    assert [(x.librarian, x.state) for x in done.decision] == [("budi", "completed")]


def test_attend_takes_only_the_days_an_activity_meets(folder: Path) -> None:
    w = deciding.Write(folder, TODAY, Translator("en"))
    text = (folder / "trainings.yaml").read_text(encoding="utf-8")
    (folder / "trainings.yaml").write_text(
        text.replace("{librarian: ani, state: completed, date: 2026-01-20, attended: [2026-02-02, 2026-02-03, 2026-02-04, 2026-02-05, 2026-02-06, 2026-02-09, 2026-02-10, 2026-02-11, 2026-02-12, 2026-02-13]}",
                     "{librarian: ani, state: enrolled, date: 2026-01-20}"),
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(PustakaError) as refused:
        deciding.attend(w, "t-days", ["ani"], on=D(2026, 2, 7))  # a Saturday
    assert refused.value.key == "error.attend-not-a-day"
    done = deciding.attend(w, "t-days", ["ani"], on=D(2026, 2, 6))
    assert [(m.librarian, m.day) for m in done.decision] == [("ani", D(2026, 2, 6))]


def test_check_warns_of_a_day_present_the_activity_does_not_meet_on(tmp_path: Path) -> None:
    text = TRAININGS.replace(
        "attended: [2026-02-02, 2026-02-03,", "attended: [2026-02-07, 2026-02-02, 2026-02-03,"
    )
    folder = make_folder(tmp_path / "d", {"librarians.yaml": LIBRARIANS, "trainings.yaml": text})
    found = problems_of(folder)
    assert codes(found) == [("trainings.yaml", 35, "attended-not-a-day")]
    assert found[0].severity.value == "warning"

"""Participants from outside the staff (``guests``) and events the library organises for
others (``events``): counted in reach, never in staff JP or gaps; organisers credited,
with no JP (domain/events.py, domain/programme.py). Figures worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from helpers import codes, make_folder, problems_of
from pustaka_cli.api import deciding
from pustaka_cli.domain import events as organised
from pustaka_cli.i18n import Translator
from pustaka_cli.store.folder import load

D = dt.date
TODAY = "2026-11-21"

LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani Lestari, library: pusat, employment: pns}
  - {id: budi, name: Budi Santoso, library: pusat, employment: pns}
  - {id: citra, name: Citra Dewi, library: cabang, employment: pns}
"""
SETTINGS = """\
organisation: Dinas Perpustakaan Kota Contoh
libraries:
  - {id: pusat, name: Perpustakaan Pusat}
  - {id: cabang, name: Perpustakaan Cabang}
"""
# t-ws: 2 staff + 3 guests = reach 5; cost 1,000,000 -> 200,000 per participant and
# 200,000 / 16 JP = 12,500 per person-JP. Capacity 5: full.
TRAININGS = """\
trainings:
  - id: t-ws
    title: Workshop Minat Baca
    type: workshop
    start: 2026-03-10
    end: 2026-03-11
    jp: 16
    capacity: 5
    cost: 1000000
    participants:
      - {librarian: ani, state: completed, date: 2026-03-01, attended: [2026-03-10, 2026-03-11]}
      - {librarian: budi, state: completed, date: 2026-03-01, attended: [2026-03-10, 2026-03-11]}
    guests:
      - {name: Siti Aminah, institution: SD Negeri 3, role: pustakawan sekolah}
      - {name: Nurjanah, institution: Taman Bacaan Pelangi}
      - {name: Agus Salim, institution: Pojok Baca Gerem}
  - id: t-later
    title: Bimtek
    type: bimtek
    start: 2026-12-07
    end: 2026-12-08
    jp: 16
    capacity: 2
    guests:
      - {name: Rina, institution: SMP Negeri 1}
"""
# e-seminar: audience 120 + 2 guests = reach 122; e-pkl: 3 students = reach 3; e-plan
# planned and e-batal cancelled: no reach. ani organised e-seminar and e-pkl: 125.
EVENTS = """\
events:
  - id: e-seminar
    title: Seminar Literasi untuk Umum
    type: seminar
    start: 2026-04-20
    audience: 120
    cost: 2000000
    organisers:
      - {librarian: ani, role: narasumber}
      - {librarian: budi, role: panitia}
    guests:
      - {name: Dedi, institution: SMA Negeri 2, role: guru}
      - {name: Yuli, institution: Komunitas Baca}
    indicators:
      - text: {id: Peserta umum, en: Public attending}
        target: 100
        achieved: 122
  - id: e-pkl
    title: PKL Mahasiswa
    type: praktik-kerja-lapangan
    start: 2026-07-06
    end: 2026-08-28
    organisers:
      - {librarian: ani, role: pembimbing}
      - {librarian: citra, role: pembimbing}
    guests:
      - {name: Rara, institution: Universitas Contoh, role: mahasiswa PKL}
      - {name: Bayu, institution: Universitas Contoh, role: mahasiswa PKL}
      - {name: Fajar, institution: Universitas Contoh, role: mahasiswa PKL}
  - id: e-plan
    title: Pameran 2027
    type: pameran
    start: 2027-05-01
    status: planned
    organisers: [{librarian: budi, role: ketua}]
  - id: e-batal
    title: Diskusi Buku
    type: diskusi-buku
    start: 2026-06-01
    status: cancelled
    audience: 0
    organisers: [{librarian: citra}]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    files = {"librarians.yaml": LIBRARIANS, "trainings.yaml": TRAININGS, "events.yaml": EVENTS}
    return make_folder(tmp_path / "d", files, settings=SETTINGS)


def tables(folder: Path, *args: str) -> dict[str, list[dict[str, Any]]]:
    result = run_cli(
        [*args, "--data", str(folder), "--today", TODAY, "--lang", "en", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    return {t["key"]: t["rows"] for t in json.loads(result.stdout)["tables"]}


# --- guests in an activity ------------------------------------------------------------


def test_guests_count_in_reach_and_costs_not_in_completion(folder: Path) -> None:
    got = tables(folder, "report", "trainings", "--year", "2026")
    row = next(r for r in got["activities"] if r["activity"] == "t-ws")
    assert (row["enrolled"], row["outside"], row["reach"]) == (2, 3, 5)
    assert row["completion_percent"] == 100.0  # completed / seated staff: 2 of 2
    cost = next(r for r in got["costs"] if r["activity"] == "t-ws")
    assert (cost["reach"], cost["cost_per_participant"], cost["cost_per_jp"]) == (5, 200000, 12500)


def test_guests_earn_no_jp_and_have_no_gaps(folder: Path) -> None:
    hours = tables(folder, "report", "hours", "--year", "2026")["hours"]
    assert {r["librarian"]: r["total"] for r in hours} == {"ani": 16, "budi": 16, "citra": 0}
    matrix = tables(folder, "report", "gaps")["matrix"]
    assert sorted(r["librarian"] for r in matrix) == ["ani", "budi", "citra"]


def test_guests_take_seats(folder: Path) -> None:
    # t-later: 2 seats, one guest: one seat left for staff, then the waitlist
    w = deciding.Write(folder, D(2026, 11, 21), Translator("en"))
    seats = deciding.enroll(w, "t-later", ["ani", "budi"]).decision
    assert [(s.librarian, s.state) for s in seats] == [("ani", "enrolled"), ("budi", "waitlisted")]


def test_over_capacity_counts_guests_and_points_at_the_first_beyond(tmp_path: Path) -> None:
    text = TRAININGS.replace("capacity: 5\n", "capacity: 4\n")
    files = {"librarians.yaml": LIBRARIANS, "trainings.yaml": text}
    found = problems_of(make_folder(tmp_path / "d", files, settings=SETTINGS))
    # seats: ani, budi, Siti Aminah, Nurjanah -- Agus Salim (line 16) is the fifth
    assert codes(found) == [("trainings.yaml", 16, "over-capacity")]


def test_a_guest_needs_a_name_and_an_institution(tmp_path: Path) -> None:
    text = TRAININGS.replace(
        "{name: Nurjanah, institution: Taman Bacaan Pelangi}", "{name: Nurjanah}"
    )
    files = {"librarians.yaml": LIBRARIANS, "trainings.yaml": text}
    found = problems_of(make_folder(tmp_path / "d", files, settings=SETTINGS))
    assert [(c[1], c[2]) for c in codes(found)] == [(15, "missing-field")]


# --- events organised for others ------------------------------------------------------


def test_events_reach_and_organisers_credit(folder: Path) -> None:
    data = load(folder).dataset
    found = organised.events(data.events, D(2026, 1, 1), D(2027, 12, 31), D(2026, 11, 21))
    assert [e.id for e in found.events] == ["e-seminar", "e-batal", "e-pkl", "e-plan"]
    reach = {e.id: organised.reach(e, D(2026, 11, 21)) for e in found.events}
    assert reach == {"e-seminar": 122, "e-batal": None, "e-pkl": 3, "e-plan": None}
    credits = {c.librarian: (c.events, c.roles, c.reach) for c in found.credits}
    assert credits == {
        "ani": (("e-seminar", "e-pkl"), ("narasumber", "pembimbing"), 125),
        "budi": (("e-seminar",), ("panitia",), 122),  # e-plan is not held yet
        "citra": (("e-pkl",), ("pembimbing",), 3),  # e-batal was cancelled
    }


def test_organising_earns_no_jp(folder: Path, tmp_path: Path) -> None:
    # the same folder without events.yaml: every JP figure is the same
    with_events = tables(folder, "report", "hours", "--year", "2026")["hours"]
    (folder / "events.yaml").unlink()
    without = tables(folder, "report", "hours", "--year", "2026")["hours"]
    assert with_events == without


def test_report_events_tables(folder: Path) -> None:
    got = tables(folder, "report", "events", "--year", "2026")
    assert [
        (r["event"], r["audience"], r["guests"], r["reach"], r["status"]) for r in got["events"]
    ] == [
        ("e-seminar", 120, 2, 122, "held"),
        ("e-batal", 0, 0, None, "cancelled"),
        ("e-pkl", None, 3, 3, "held"),
    ]
    assert [(r["librarian"], r["events"], r["reach"]) for r in got["organisers"]] == [
        ("ani", 2, 125),
        ("budi", 1, 122),
        ("citra", 1, 3),
    ]
    assert [(r["event"], r["name"], r["institution"]) for r in got["guests"]][:2] == [
        ("e-seminar", "Dedi", "SMA Negeri 2"),
        ("e-seminar", "Yuli", "Komunitas Baca"),
    ]
    assert got["indicators"][0]["met"] is True


def test_report_events_staff_filter_and_refused_competency(folder: Path) -> None:
    got = tables(folder, "report", "events", "--year", "2026", "--library", "cabang")
    assert [r["event"] for r in got["events"]] == ["e-batal", "e-pkl"]
    assert [r["librarian"] for r in got["organisers"]] == ["citra"]
    refused = run_cli(
        ["report", "events", "--data", str(folder), "--today", TODAY, "--lang", "en",
         "--competency", "promosi"]
    )  # fmt: skip
    assert refused.exit_code == 2
    assert "develop no staff competency" in refused.stderr


def test_event_problems_are_located(tmp_path: Path) -> None:
    text = EVENTS.replace(
        "{librarian: citra, role: pembimbing}", "{librarian: citr, role: pembimbing}"
    )
    text = text.replace("{librarian: budi, role: panitia}", "{librarian: ani, role: panitia}")
    text = text.replace("id: e-batal", "id: e-pkl")
    files = {"librarians.yaml": LIBRARIANS, "events.yaml": text}
    found = problems_of(make_folder(tmp_path / "d", files, settings=SETTINGS))
    assert codes(found) == [
        ("events.yaml", 10, "duplicate-organiser"),
        ("events.yaml", 25, "unknown-librarian"),
        ("events.yaml", 36, "duplicate-id"),
    ]
    assert (
        next(p for p in found if p.code == "unknown-librarian").arg_map.get("suggestion") == "citra"
    )


def test_a_warm_events_report_is_the_cold_one(folder: Path) -> None:
    args = ["report", "events", "--data", str(folder), "--today", TODAY, "--format", "json"]
    cold = run_cli([*args, "--no-cache"]).stdout
    assert run_cli(args).stdout == cold  # fills the cache
    assert run_cli(args).stdout == cold  # answered from it
    (folder / "events.yaml").write_text(
        EVENTS.replace("audience: 120", "audience: 130"), encoding="utf-8"
    )
    assert '"reach": 132' in run_cli(args).stdout  # a changed file is read again


# --- pustaka guest: the write -----------------------------------------------------------


def test_guest_is_written_in_name_order_and_reads_back(folder: Path) -> None:
    w = deciding.Write(folder, D(2026, 11, 21), Translator("en"))
    with pytest.raises(Exception) as full:
        deciding.add_guest(w, "t-later", "Budi", "SMA 1")  # 2 seats: Rina's and now Budi's
        deciding.add_guest(w, "t-later", "Ani", "SMA 2")  # full: refused, nothing written
    assert getattr(full.value, "key", "") == "error.guest-full"
    data = load(folder).dataset
    later = next(t for t in data.trainings if t.id == "t-later")
    assert [(g.name, g.institution) for g in later.guests] == [
        ("Budi", "SMA 1"),
        ("Rina", "SMP Negeri 1"),
    ]
    assert problems_of(folder) == []


def test_guest_refusals(folder: Path) -> None:
    w = deciding.Write(folder, D(2026, 11, 21), Translator("en"))
    for args, key in (
        (("t-later", "rina", "smp negeri 1"), "error.guest-twice"),  # the same person, any case
        (
            ("t-ws", "Dedi", "SD 2"),
            "error.training-finished-enrol",
        ),  # over: no sign-in list to join
        (("t-later", " Dedi", "SD 2"), "error.value-padded"),
        (("t-later", "Dedi", ""), "error.value-blank"),
        (("t-lain", "Dedi", "SD 2"), "error.unknown-training"),
    ):
        with pytest.raises(Exception) as refused:
            deciding.add_guest(w, *args)
        assert getattr(refused.value, "key", "") == key, args


def test_guest_command(folder: Path) -> None:
    args = [
        "guest",
        "t-later",
        "Siti Aminah",
        "--institution",
        "SD Negeri 3",
        "--role",
        "pustakawan sekolah",
    ]
    result = run_cli([*args, "--data", str(folder), "--today", TODAY, "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert (
        "Siti Aminah (SD Negeri 3) recorded as an outside participant of t-later" in result.stdout
    )
    text = (folder / "trainings.yaml").read_text(encoding="utf-8")
    assert (
        "      - name: Siti Aminah\n        institution: SD Negeri 3\n        role: pustakawan sekolah\n"
        in text
    )


def test_a_guest_attending_after_today_is_an_error(tmp_path: Path) -> None:
    text = TRAININGS.replace(
        "{name: Rina, institution: SMP Negeri 1}",
        "{name: Rina, institution: SMP Negeri 1, attended: [2026-12-07]}",
    )
    files = {"librarians.yaml": LIBRARIANS, "trainings.yaml": text}
    found = problems_of(make_folder(tmp_path / "d", files, settings=SETTINGS))
    assert codes(found) == [("trainings.yaml", 25, "evidence-in-future")]


def test_a_pseudonymised_export_keeps_no_outside_participant_by_name(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "copy"
    args = ["export", "--pseudonymise", "-o", str(out), "--data", str(folder), "--today", TODAY]
    assert run_cli([*args, "--lang", "en"]).exit_code == 0
    blob = "".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.yaml")))
    for name in ("Siti Aminah", "Nurjanah", "Agus Salim", "Dedi", "Yuli", "Rara", "Bayu", "Fajar"):
        assert f"name: {name}" not in blob
    assert "institution: SD Negeri 3" in blob  # what the reach is made of stays
    got = tables(out, "report", "events", "--year", "2026")
    assert [r["reach"] for r in got["events"]] == [122, None, 3]  # the same figures

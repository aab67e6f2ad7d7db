"""The five examples record what their seed documents describe, without distortion.

examples/README.md maps each programme element of each seed to its records
(`file#id`); every reference must exist, every activity and event of an example must be
named there, and the distortions issue 19 found are gone: people from outside the staff
recorded as guests, a hosted student placement and public seminars as events the
library organised (no JP for the organisers), not as staff development.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli
from pustaka_cli.domain import attendance
from pustaka_cli.model import Dataset
from pustaka_cli.store.folder import load

TODAY = "2026-11-21"
SEEDS = ("bandar-lampung", "bukittinggi", "pematang-siantar", "lubuklinggau", "cilegon")
README = (EXAMPLES / "README.md").read_text(encoding="utf-8")
REF = re.compile(r"`([a-z]+\.yaml)#([A-Za-z0-9./_-]+)`")


def section(name: str) -> list[str]:
    """The table rows of the seed section of ``name``."""
    start = README.index(f"### `{name}/`")
    end = README.find("\n### ", start + 1)
    body = README[start : end if end != -1 else None]
    return [line for line in body.splitlines() if re.match(r"\| \d+ \|", line)]


def known(data: Dataset) -> set[tuple[str, str]]:
    """Every (file, id) a reference may name."""
    found: set[tuple[str, str]] = set()
    for kind in (data.trainings, data.librarians, data.feedback, data.mentoring, data.events):
        found.update((r.src.loc.path, r.id) for r in kind)
    found.update((e.src.loc.path, f"{e.librarian}/{e.kind}") for e in data.evaluations)
    found.update((p.src.loc.path, p.grade) for p in data.profiles)
    found.update((b.src.loc.path, f"{b.year}/{b.source}") for b in data.budgets)
    return found


@pytest.mark.parametrize("name", SEEDS)
def test_every_element_of_the_seed_points_at_records_that_exist(name: str) -> None:
    data = load(EXAMPLES / name).dataset
    rows = section(name)
    assert len(rows) >= 9
    have = known(data)
    for row in rows:
        refs = REF.findall(row)
        assert refs, f"{name}: no record named in {row}"
        missing = [f"{f}#{i}" for f, i in refs if (f, i) not in have]
        assert missing == [], f"{name}: {row}"
    numbers = [int(re.match(r"\| (\d+) \|", r).group(1)) for r in rows]  # type: ignore[union-attr]
    assert numbers == list(range(1, len(rows) + 1))


@pytest.mark.parametrize("name", SEEDS)
def test_every_activity_and_event_is_named_in_its_seed_table(name: str) -> None:
    data = load(EXAMPLES / name).dataset
    named = {(f, i) for row in section(name) for f, i in REF.findall(row)}
    records = {(t.src.loc.path, t.id) for t in data.trainings}
    records |= {(e.src.loc.path, e.id) for e in data.events}
    assert sorted(records - named) == []


@pytest.mark.parametrize("name", SEEDS)
def test_each_example_holds_events_organised_for_others_with_real_reach(name: str) -> None:
    result = run_cli(["report", "events", "--data", str(EXAMPLES / name), "--today", TODAY,
                      "--from", "2025-01-01", "--to", "2027-12-31", "--format", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert rows and any(row.split(";")[-2].isdigit() for row in rows)  # a reach


def test_outside_participants_are_guests_not_left_out() -> None:
    # Cilegon trains school librarians and reading-corner keepers who are not city staff.
    data = load(EXAMPLES / "cilegon").dataset
    workshop = next(t for t in data.trainings if t.id == "2025-workshop-minat-baca")
    assert len(workshop.guests) == 8
    assert all(g.name and g.institution for g in workshop.guests)
    staff = {lib.name for lib in data.librarians}
    assert not staff & {g.name for g in workshop.guests}


def test_a_hosted_placement_credits_supervisors_as_organisers_not_as_learners() -> None:
    data = load(EXAMPLES / "lubuklinggau").dataset
    assert not [t for t in data.trainings if "mahasiswa" in (t.title + (t.notes or "")).lower()]
    pkl = next(e for e in data.events if e.id == "2025-pkl-mahasiswa")
    assert pkl.type == "praktik-kerja-lapangan"
    assert {(o.librarian, o.role) for o in pkl.organisers} == {
        ("siti-k", "pembimbing"),
        ("deri-i", "pembimbing"),
    }
    assert len(pkl.guests) == 4


def test_public_seminars_are_events_not_staff_development() -> None:
    data = load(EXAMPLES / "cilegon").dataset
    assert "2025-seminar-literasi-lsm" not in {t.id for t in data.trainings}
    seminar = next(e for e in data.events if e.id == "2025-seminar-literasi-lsm")
    assert seminar.audience and seminar.organisers


@pytest.mark.parametrize("name", SEEDS)
def test_every_held_activity_prints_a_sign_in_list(name: str) -> None:
    data = load(EXAMPLES / name).dataset
    held = [t for t in data.trainings if t.status is None and t.participants]
    assert held
    for t in held:
        args = ["attendance", t.id, "--data", str(EXAMPLES / name), "--today", TODAY]
        result = run_cli([*args, "--format", "csv", "--lang", "en"])
        if attendance.days(t):
            assert result.exit_code == 0, (t.id, result.stderr)
            assert len(result.stdout.splitlines()) > 1
        else:  # an e-learning or a research project over months: no days to sign for
            assert result.exit_code == 1 and "write `days: [...]`" in result.stderr


def test_the_examples_check_clean_with_the_new_records(tmp_path: Path) -> None:
    for name in SEEDS:
        result = run_cli(["check", "--data", str(EXAMPLES / name), "--today", TODAY])
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), name

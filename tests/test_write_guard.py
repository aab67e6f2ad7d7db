"""Every write leaves a folder that checks clean, or is refused (issue 14 item 2), and no
write decides on a broken folder (issue 15 item 3)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import DATA, run_cli
from helpers import make_folder
from pustaka_cli import workspace
from pustaka_cli.problems import Loc, Problem, Severity

TODAY = "2026-11-20"


def pustaka(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_cli([*args, "--data", str(folder), "--lang", "en", "--today", TODAY])
    return done.exit_code, done.stdout, done.stderr


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".pustaka" not in p.parts
    }


@pytest.fixture
def data(copy_folder: object) -> Path:
    folder: Path = copy_folder(DATA)  # type: ignore[operator]
    return folder


# --- mentoring: cycles, expertise, load ------------------------------------------------


def test_mentor_refuses_a_running_cycle_with_a_sentence(data: Path) -> None:
    before = digest(data)
    code, out, err = pustaka(data, "mentor", "fadli-r", "bambang-w")
    assert (code, out) == (1, "")
    assert err == (
        "pustaka: fadli-r cannot mentor bambang-w: bambang-w already mentors fadli-r "
        "(directly or through others), so the mentoring would go in a circle. "
        "Nothing was written.\n"
    )
    assert digest(data) == before


def test_mentor_refuses_a_mentor_who_is_not_an_expert(data: Path) -> None:
    before = digest(data)
    code, _, err = pustaka(data, "mentor", "rosmala-s", "bambang-w", "katalogisasi")
    assert code == 1
    assert err == (
        "pustaka: rosmala-s is not an expert in katalogisasi (level 2; a mentor needs level 4, "
        "levels.expert_level in pustaka.yaml). Choose another mentor, or first record an "
        "assessment that shows that level.\n"
    )
    assert digest(data) == before


def test_mentor_refuses_a_mentor_at_max_mentees(data: Path) -> None:
    settings_file = data / "pustaka.yaml"
    text = settings_file.read_text(encoding="utf-8")
    settings_file.write_text(text + "mentoring:\n  max_mentees: 1\n", encoding="utf-8")
    code, _, err = pustaka(data, "mentor", "bambang-w", "joko-s", "katalogisasi")
    assert code == 1
    assert "bambang-w already mentors 1 people (fadli-r); at most 1" in err


def test_a_cycle_through_an_ended_pair_is_refused_by_the_whole_folder_check(data: Path) -> None:
    """rosmala-s mentored sri-w in 2024: the domain rule looks at running pairs only, the
    folder's check at every record; the write is refused with the problem it would cause."""
    before = digest(data)
    code, _, err = pustaka(data, "mentor", "sri-w", "rosmala-s")
    assert code == 1
    first, last = err.splitlines()
    assert first.startswith("mentoring.yaml:") and "error[mentoring-cycle]" in first
    assert last == (
        "pustaka: this change would cause 1 new error(s) (above) that make `pustaka check` "
        "fail; nothing was written."
    )
    assert digest(data) == before


# --- a broken folder is not written to (issue 15 item 3) --------------------------------

ENROL = ("enroll", "2027-workshop-pengadaan", "iis-s")


@pytest.mark.parametrize(
    ("path", "old", "new", "code"),
    [
        ("pustaka.yaml", None, "just a scalar\n", "wrong-root"),
        ("trainings/2025.yaml", "start: 2025-", "start: 2025-13-", "bad-date"),
        ("evaluations/2025.yaml", "date: 2025-", "date: 2025-02-30", None),
        ("trainings/2024.yaml", "trainings:\n", "trainings:\n<<<<<<< HEAD\n", None),
        ("feedback.yaml", "score:", "\u00a0score:", None),
    ],
    ids=["settings-scalar", "bad-date", "impossible-date", "conflict-marker", "nbsp-key"],
)
def test_writes_refuse_a_broken_folder_even_forced(
    data: Path, path: str, old: str | None, new: str, code: str | None
) -> None:
    target = data / path
    text = target.read_text(encoding="utf-8")
    target.write_text(new if old is None else text.replace(old, new, 1), encoding="utf-8")
    before = digest(data)
    for extra in ((), ("--force",)):
        status, _out, err = pustaka(data, *ENROL, *extra)
        assert status == 1 and "Traceback" not in err, err
        assert f"{path}:" in err  # the problem, located, comes first
        assert err.rstrip().endswith("nothing was written.")
        if extra:
            assert "--force does not apply" in err
    status, _, err = pustaka(data, "plan", "--budget", "10.000.000", "--apply", "--yes")
    assert status == 1 and f"{path}:" in err
    assert digest(data) == before


def test_force_writes_past_a_cross_record_error_but_adds_none(data: Path) -> None:
    target = data / "feedback.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("library: pusat", "library: bulan", 1),
        encoding="utf-8",
    )
    before = digest(data)
    code, _, err = pustaka(data, *ENROL)
    assert code == 1 and "error[unknown-library]" in err and "add --force" in err
    assert digest(data) == before
    assert pustaka(data, *ENROL, "--force")[0] == 0
    # forced, a write still may not add an error of its own
    code, _, err = pustaka(data, "mentor", "sri-w", "rosmala-s", "--force")
    assert code == 1 and "error[mentoring-cycle]" in err


# --- the rule itself --------------------------------------------------------------------


def _p(
    path: str, line: int, code: str, severity: Severity = Severity.ERROR, **args: str
) -> Problem:
    return Problem(Loc(path, line, 1), code, severity, tuple(sorted(args.items())))


def test_caused_matches_problems_whatever_their_lines() -> None:
    before = (_p("a.yaml", 3, "x"), _p("a.yaml", 9, "dup", first="a.yaml:2:3"))
    after = (
        _p("a.yaml", 5, "x"),  # moved down by an insertion: the same problem
        _p("a.yaml", 12, "dup", first="a.yaml:4:3"),  # so is this one
        _p("a.yaml", 20, "x"),  # a second one: new
        _p("b.yaml", 1, "w", Severity.WARNING),  # a warning never stops a write
    )
    assert workspace.caused(before, after) == (after[2],)


def test_problems_after_reads_planned_bytes_and_new_files(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "d", {"librarians.yaml": "librarians:\n  - {id: a, name: A}\n"})
    found = workspace.problems_after(
        folder,
        workspace.dt.date(2026, 1, 1),
        {"mentoring.yaml": b"mentoring:\n  - {id: m1, mentor: a, mentee: zz, start: 2025-01-01}\n"},
    )
    assert [(p.loc.path, p.code) for p in found if p.severity is Severity.ERROR] == [
        ("mentoring.yaml", "unknown-librarian")
    ]
    assert not (folder / "mentoring.yaml").exists()


# --- random writes never leave a folder that fails check ---------------------------------

PEOPLE = [
    "bambang-w",
    "fadli-r",
    "rosmala-s",
    "sri-w",
    "joko-s",
    "iis-s",
    "yusnimar",
    "nyimas-r",
    "ujang-s",
    "nobody",
]
ACTIVITIES = [
    "2027-workshop-pengadaan",
    "2026-bimbingan-slims-keliling",
    "2026-bimtek-ebook",
    "2026-konferensi-ipi",
]
COMPETENCIES = ["katalogisasi", "otomasi", "manajemen"]

person = st.sampled_from(PEOPLE)
activity = st.sampled_from(ACTIVITIES)
day = st.sampled_from(["2026-06-10", "2026-09-16", "2026-11-01"])
command = st.one_of(
    st.tuples(st.just("enroll"), activity, person),
    st.tuples(st.just("enroll"), activity, person, st.just("--on"), day),
    st.tuples(st.just("withdraw"), activity, person),
    st.tuples(st.just("attend"), activity, person, st.just("--on"), day),
    st.tuples(
        st.just("complete"),
        activity,
        person,
        st.just("--result"),
        st.sampled_from(["72,5", "40", "101"]),
    ),
    st.tuples(
        st.just("record"),
        activity,
        st.just("--passed"),
        st.builds(lambda a, b: f"{a}:80,{b}:65", person, person),
    ),
    st.tuples(st.just("mentor"), person, person),
    st.tuples(st.just("mentor"), person, person, st.sampled_from(COMPETENCIES)),
    st.tuples(
        st.just("evaluate"),
        person,
        st.builds(
            lambda c, n: f"{c}={n}", st.sampled_from(COMPETENCIES), st.sampled_from(["4", "2", "9"])
        ),
        st.just("--assessor"),
        st.just("supervisor"),
    ),
    st.tuples(
        st.just("feedback"),
        st.just("--score"),
        st.sampled_from(["3,4", "5", "1"]),
        st.just("--librarian"),
        person,
    ),
)


def run_steps(root: Path, steps: list[tuple[str, ...]]) -> None:
    """The steps on a fresh copy of data/: each refused one changes nothing, and the
    folder they leave checks clean."""
    import shutil

    folder = root / "run"
    shutil.copytree(DATA, folder)
    try:
        for step in steps:
            before = digest(folder)
            code, _, err = pustaka(folder, *step)
            assert "Traceback" not in err
            if code != 0:
                assert digest(folder) == before, step  # a refused write changes nothing
        code, out, err = pustaka(folder, "check")
        assert code == 0, (steps, out, err)
    finally:
        shutil.rmtree(folder)


UNSAFE = [("mentor", "sri-w", "rosmala-s"), ("mentor", "fadli-r", "bambang-w")]
LIGHT = settings(
    max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@LIGHT
@given(steps=st.lists(command, min_size=2, max_size=3))
@example(steps=UNSAFE)
def test_random_writes_never_leave_a_folder_that_fails_check(
    tmp_path: Path, steps: list[tuple[str, ...]]
) -> None:
    run_steps(tmp_path, steps)


@pytest.mark.slow
@settings(LIGHT, max_examples=30)
@given(steps=st.lists(command, min_size=2, max_size=6))
def test_many_random_writes_never_leave_a_folder_that_fails_check(
    tmp_path: Path, steps: list[tuple[str, ...]]
) -> None:
    run_steps(tmp_path, steps)

"""``pustaka enroll``, ``withdraw``, ``attend``, ``complete`` as a coordinator uses them."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli
from pustaka_cli.model import Training
from pustaka_cli.store.folder import load

BASIC = FOLDERS / "write-basic"
TODAY = ["--today", "2026-11-21"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(BASIC, target)
    return target


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def repo(folder: Path) -> Path:
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.email", "koordinator@example.org")
    git(folder, "config", "user.name", "Koordinator")
    (folder / ".gitignore").write_text(".pustaka/lock\n", encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "start")
    return folder


def digest(folder: Path) -> dict[str, str]:
    """Every file's hash, except pustaka's own .pustaka/ (lock, cache; git-ignored)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".git" not in p.parts and ".pustaka" not in p.parts
    }


def pustaka(folder: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    result = run_cli([*args, "--data", str(folder), "--lang", lang, *TODAY])
    return result.exit_code, result.stdout, result.stderr


def training(folder: Path, training_id: str) -> Training:
    loaded = load(folder)
    return next(t for t in loaded.dataset.trainings if t.id == training_id)


def states(folder: Path, training_id: str) -> dict[str, str]:
    return {p.librarian: p.state for p in training(folder, training_id).participants}


# --- what a write looks like ------------------------------------------------------------


def test_enrol_on_a_commented_file_is_a_pure_addition(repo: Path) -> None:
    code, out, err = pustaka(repo, "enroll", "2026-bimtek-katalog", "budi-h")
    assert (code, err) == (0, "")
    assert out == (
        "budi-h enrolled in 2026-bimtek-katalog (trainings.yaml). Suggested commit message: "
        '"enroll: budi-h enrolled in 2026-bimtek-katalog"\n'
    )
    assert git(repo, "diff", "--numstat") == "4\t0\ttrainings.yaml\n"
    diff = git(repo, "diff", "-U0")
    assert [line for line in diff.splitlines() if line.startswith("-")] == ["--- a/trainings.yaml"]
    assert run_cli(["check", "--data", str(repo), *TODAY]).exit_code == 0


def test_commit_commits_only_the_changed_file(repo: Path) -> None:
    with (repo / "librarians.yaml").open("a", encoding="utf-8") as f:
        f.write("# a hand edit not ready to commit\n")
    code, out, _ = pustaka(repo, "enroll", "2026-bimtek-katalog", "budi-h", "--commit")
    assert code == 0
    assert 'Committed: "enroll: budi-h enrolled in 2026-bimtek-katalog"' in out
    assert (
        git(repo, "log", "-1", "--format=%s") == "enroll: budi-h enrolled in 2026-bimtek-katalog\n"
    )
    assert git(repo, "show", "--name-only", "--format=") == "trainings.yaml\n"
    assert git(repo, "status", "--porcelain") == " M librarians.yaml\n"


def test_commit_holds_only_pustakas_hunk_of_a_file_with_earlier_edits(repo: Path) -> None:
    path = repo / "trainings.yaml"
    edited = path.read_text(encoding="utf-8").replace(
        "# Development activities of 2026.", "# Development activities of 2026 (draft, Rina)."
    )
    path.write_text(edited + "# a note at the end, not ready to commit\n", encoding="utf-8")
    code, out, err = pustaka(repo, "enroll", "2026-bimtek-katalog", "budi-h", "--commit")
    assert (code, err) == (0, ""), err
    assert 'Committed: "enroll: budi-h enrolled in 2026-bimtek-katalog"' in out
    shown = git(repo, "show", "--format=", "--unified=0", "HEAD")
    added = [
        x for x in shown.splitlines() if x.startswith(("+", "-")) and x[1:3] not in ("++", "--")
    ]
    assert [x for x in added if x.strip("+")] == [
        "+      - librarian: budi-h",
        "+        state: enrolled",
        "+        date: 2026-11-21",
    ]
    # the coordinator's edits are still there, uncommitted and unstaged; pustaka's line too
    text = path.read_text(encoding="utf-8")
    assert "(draft, Rina)" in text and text.endswith("not ready to commit\n")
    assert "librarian: budi-h" in text
    assert git(repo, "status", "--porcelain") == " M trainings.yaml\n"
    left = git(repo, "diff", "--unified=0")
    assert "draft, Rina" in left and "not ready to commit" in left and "budi-h" not in left


def test_commit_refuses_when_earlier_edits_touch_the_same_lines(repo: Path) -> None:
    path = repo / "trainings.yaml"
    text = path.read_text(encoding="utf-8")
    # the coordinator noted something, uncommitted, on the line pustaka changes
    path.write_text(
        text.replace(
            "        state: enrolled\n", "        state: enrolled   # confirmed by phone\n", 1
        ),
        encoding="utf-8",
    )
    before = digest(repo)
    code, _, err = pustaka(repo, "withdraw", "2026-bimtek-katalog", "ani-r", "--commit")
    assert code == 1
    assert err.startswith("pustaka: trainings.yaml has uncommitted edits on the lines pustaka")
    assert "`git commit trainings.yaml` or `git stash`" in err
    assert digest(repo) == before
    assert git(repo, "log", "--format=%s") == "start\n"


def test_commit_outside_a_repository_is_refused_before_writing(folder: Path) -> None:
    before = digest(folder)
    code, _, err = pustaka(folder, "enroll", "2026-bimtek-katalog", "budi-h", "--commit")
    assert code == 1
    assert "not in a git repository" in err
    assert digest(folder) == before


def test_dry_run_shows_the_diff_and_writes_nothing(folder: Path) -> None:
    before = digest(folder)
    code, out, _ = pustaka(folder, "enroll", "2026-bimtek-katalog", "budi-h", "--dry-run")
    assert code == 0
    assert out.startswith("--- a/trainings.yaml\n+++ b/trainings.yaml\n@@ ")
    assert (
        "+      - librarian: budi-h\n+        state: enrolled\n+        date: 2026-11-21\n" in out
    )
    assert out.endswith(
        "Dry run: budi-h enrolled in 2026-bimtek-katalog (trainings.yaml); nothing written.\n"
    )
    assert digest(folder) == before


def test_branches_enrolling_different_people_merge_cleanly(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "rina")
    assert pustaka(repo, "enroll", "2027-seminar-literasi", "budi-h", "--commit")[0] == 0
    git(repo, "checkout", "-q", "main")
    assert pustaka(repo, "enroll", "2027-seminar-literasi", "gita-m", "--commit")[0] == 0
    git(repo, "merge", "-q", "--no-edit", "rina")  # check=True: a conflict fails the test
    assert states(repo, "2027-seminar-literasi") == {
        "ani-r": "enrolled",
        "budi-h": "enrolled",
        "eka-p": "enrolled",
        "gita-m": "enrolled",
    }
    assert run_cli(["check", "--data", str(repo), *TODAY]).exit_code == 0


# --- the rules --------------------------------------------------------------------------


def test_full_activity_waitlists_in_order_and_withdraw_moves_the_first_up(folder: Path) -> None:
    code, out, _ = pustaka(folder, "enroll", "2026-bimtek-katalog", "budi-h", "gita-m", "dedi-s")
    assert code == 0
    assert out.startswith(
        "budi-h enrolled in 2026-bimtek-katalog; gita-m waitlisted for 2026-bimtek-katalog "
        "(position 1); dedi-s waitlisted for 2026-bimtek-katalog (position 2) (trainings.yaml)."
    )
    code, out, _ = pustaka(folder, "withdraw", "2026-bimtek-katalog", "citra-l")
    assert code == 0
    assert out.startswith(
        "citra-l withdrawn from 2026-bimtek-katalog; moved up from the waitlist, enrolled now: "
        "gita-m"
    )
    assert states(folder, "2026-bimtek-katalog") == {
        "ani-r": "enrolled",
        "budi-h": "enrolled",
        "citra-l": "withdrawn",
        "dedi-s": "waitlisted",
        "gita-m": "enrolled",
    }
    # a withdrawn librarian may enrol again: the old entry is reused, at the queue's end
    code, out, _ = pustaka(folder, "enroll", "2026-bimtek-katalog", "citra-l")
    assert code == 0
    assert "citra-l waitlisted for 2026-bimtek-katalog (position 2)" in out
    assert run_cli(["check", "--data", str(folder), *TODAY]).exit_code == 0


def test_attend_and_complete(folder: Path) -> None:
    code, out, _ = pustaka(folder, "attend", "2026-kursus-daring", "eka-p", "--date", "2026-11-03")
    assert code == 0
    assert out.startswith("attendance of eka-p at 2026-kursus-daring on 2026-11-03 recorded")
    code, out, _ = pustaka(folder, "complete", "2026-kursus-daring", "eka-p", "--result", "85.5")
    assert code == 0
    assert out.startswith("eka-p completed 2026-kursus-daring with a result of 85.5")
    (p,) = training(folder, "2026-kursus-daring").participants
    assert (p.state, p.score, [d.isoformat() for d in p.attended]) == (
        "completed",
        85.5,
        ["2026-11-03"],
    )
    assert run_cli(["check", "--data", str(folder), *TODAY]).exit_code == 0


def test_write_in_indonesian(folder: Path) -> None:
    code, out, _ = pustaka(folder, "enroll", "2027-seminar-literasi", "budi-h", lang="id")
    assert code == 0
    assert out == (
        "budi-h terdaftar di 2027-seminar-literasi (trainings.yaml). Saran pesan commit: "
        '"enroll: budi-h terdaftar di 2027-seminar-literasi"\n'
    )


REFUSALS = [
    (
        ["enroll", "2026-bimtek-katalg", "budi-h"],
        "there is no activity with the id `2026-bimtek-katalg`; did you mean `2026-bimtek-katalog`?",
    ),
    (["enroll", "2026-bimtek-katalog", "nobody"], "there is no librarian with the id `nobody`."),
    (
        ["enroll", "2026-bimtek-katalog", "ani-r"],
        "ani-r is already in 2026-bimtek-katalog (state: enrolled).",
    ),
    (["enroll", "2026-bimtek-katalog", "budi-h", "budi-h"], "budi-h is named twice."),
    (
        ["enroll", "2026-kursus-daring", "budi-h"],
        "the activity 2026-kursus-daring finished on 2026-11-20. To record people who were in "
        "it, give the day they enrolled with --on YYYY-MM-DD, or record the whole activity with "
        "`pustaka record 2026-kursus-daring --attended ...`.",
    ),
    (
        ["enroll", "2026-kursus-daring", "budi-h", "--on", "2026-11-25"],
        "2026-11-25 is in the future (today is 2026-11-21).",
    ),
    (["enroll", "2026-batal", "budi-h"], "the activity 2026-batal is cancelled."),
    (
        ["enroll", "2026-seminar-layanan", "fajar-n"],
        "fajar-n is no longer active (left 2025-12-31).",
    ),
    (
        ["enroll", "2026-seminar-layanan", "ani-r"],
        "2026-seminar-layanan clashes with 2026-bimtek-katalog (2026-12-07 to 2026-12-09), which "
        "ani-r is also in; use --allow-clash if that is intended.",
    ),
    (
        ["enroll", "2026-workshop-otomasi", "budi-h"],
        "budi-h does not meet the prerequisite of 2026-workshop-otomasi: otomasi at level 2 "
        "(now: ?).",
    ),
    # one refused librarian refuses the whole command: budi-h is not enrolled either
    (
        ["enroll", "2027-seminar-literasi", "budi-h", "fajar-n"],
        "fajar-n is no longer active (left 2025-12-31).",
    ),
    (
        ["withdraw", "2026-bimtek-katalog", "budi-h"],
        "budi-h is not enrolled in 2026-bimtek-katalog.",
    ),
    (
        ["withdraw", "2026-kursus-daring", "eka-p"],
        "the activity 2026-kursus-daring finished on 2026-11-20.",
    ),
    (
        ["attend", "2026-bimtek-katalog", "ani-r"],
        "give the day attended with --date (2026-bimtek-katalog runs 2026-12-07 to 2026-12-09).",
    ),
    (
        ["attend", "2026-kursus-daring", "eka-p", "--date", "2026-11-30"],
        "2026-11-30 is outside the dates of 2026-kursus-daring (2026-11-02 to 2026-11-20).",
    ),
    (
        ["attend", "2026-kursus-daring", "budi-h", "--date", "2026-11-03"],
        "budi-h has no seat in 2026-kursus-daring (state: -).",
    ),
    (
        ["complete", "2026-bimtek-katalog", "ani-r"],
        "the activity 2026-bimtek-katalog has not started yet (it starts on 2026-12-07).",
    ),
    (
        ["enroll", "2026-bimtek-katalog", "--from-gaps", "--grade", "profesor"],
        "unknown grade `profesor` (see profiles.yaml).",
    ),
    (
        ["enroll", "2026-bimtek-katalog", "--from-gaps", "--library", "bulan"],
        "there is no library with the id `bulan` in pustaka.yaml.",
    ),
    (
        ["complete", "2026-kursus-daring", "eka-p", "--result", "120"],
        "the post-test result (--result): 120 is outside 0\u2013100.",
    ),
]


def _name(value: object) -> str | None:
    return " ".join(value) if isinstance(value, list) else ""


@pytest.mark.parametrize(("args", "message"), REFUSALS, ids=_name)
def test_every_refusal_is_one_sentence_and_changes_nothing(
    folder: Path, args: list[str], message: str
) -> None:
    before = digest(folder)
    code, out, err = pustaka(folder, *args)
    assert (code, out, err) == (1, "", f"pustaka: {message}\n")
    assert digest(folder) == before


def test_refusal_in_indonesian(folder: Path) -> None:
    before = digest(folder)
    code, _, err = pustaka(folder, "enroll", "2026-batal", "budi-h", lang="id")
    assert (code, err) == (1, "pustaka: kegiatan 2026-batal dibatalkan.\n")
    assert digest(folder) == before


def test_a_broken_record_file_is_not_written(folder: Path) -> None:
    path = folder / "trainings.yaml"
    path.write_bytes(path.read_bytes().replace(b"jp: 8", b"jp: [8"))
    before = digest(folder)
    code, _, err = pustaka(folder, "enroll", "2027-seminar-literasi", "budi-h")
    assert code == 1
    assert err.startswith("trainings.yaml:34:9: error[yaml-bracket]")
    assert "--force does not apply" in err and "nothing was written" in err
    code, _, _ = pustaka(folder, "enroll", "2027-seminar-literasi", "budi-h", "--force")
    assert code == 1
    assert digest(folder) == before


def test_allow_clash(folder: Path) -> None:
    code, _, _ = pustaka(folder, "enroll", "2026-seminar-layanan", "ani-r", "--allow-clash")
    assert code == 0
    assert states(folder, "2026-seminar-layanan") == {"ani-r": "enrolled"}


# Supervisor ratings in katalogisasi for two of the four who could still take a seat:
# budi-h (ahli-pertama, requires 3) at 0 -> gap 3; eka-p (mahir, requires 3) at 2 -> gap 1.
# dedi-s (terampil) and gita-m (ahli-pertama) have no evidence: not yet assessed.
RATINGS = """\
evaluations:
  - librarian: budi-h
    kind: supervisor
    date: 2026-10-01
    by: ani-r
    levels: {katalogisasi: 0}
  - librarian: eka-p
    kind: supervisor
    date: 2026-10-01
    by: ani-r
    levels: {katalogisasi: 2}
"""


def test_from_gaps_shows_the_list_and_needs_yes_without_a_terminal(folder: Path) -> None:
    (folder / "evaluations.yaml").write_text(RATINGS, encoding="utf-8")
    before = digest(folder)
    code, out, err = pustaka(folder, "enroll", "2026-bimtek-katalog", "--from-gaps")
    assert code == 1
    assert out == (  # one free seat: the largest known gap first; the unassessed named apart
        "not yet assessed, so not proposed by gap (assess them first; see pustaka explain): "
        "dedi-s (katalogisasi), gita-m (katalogisasi)\n"
        "  budi-h: gap 3 (katalogisasi)\n"
    )
    assert err == (
        "pustaka: not in a terminal: add --yes to enrol the list above; nothing was written.\n"
    )
    assert digest(folder) == before
    code, out, _ = pustaka(folder, "enroll", "2026-bimtek-katalog", "--from-gaps", "--yes")
    assert code == 0
    assert states(folder, "2026-bimtek-katalog")["budi-h"] == "enrolled"


def test_from_gaps_never_gives_a_gap_to_an_unknown_level(folder: Path) -> None:
    # dedi-s's level is `?` in explain: no "gap 2" for him, and nobody to enrol
    (folder / "evaluations.yaml").write_text(RATINGS, encoding="utf-8")
    code, out, _ = pustaka(folder, "explain", "dedi-s", "katalogisasi", "--format", "json")
    levels = json.loads(out)["tables"][0]["rows"]
    assert [(r["current"], r["required"], r["gap"]) for r in levels] == [(None, 2, None)]
    code, out, _ = pustaka(
        folder,
        "enroll",
        "2026-bimtek-katalog",
        "--from-gaps",
        "--grade",
        "terampil",
        "--yes",
    )
    assert (code, out) == (
        0,
        (
            "not yet assessed, so not proposed by gap (assess them first; see pustaka explain): "
            "dedi-s (katalogisasi)\n"
            "no librarian who needs 2026-bimtek-katalog can be enrolled; nothing written.\n"
        ),
    )
    assert "dedi-s" not in states(folder, "2026-bimtek-katalog")


def test_from_gaps_narrowed_by_grade_and_limit(folder: Path) -> None:
    (folder / "evaluations.yaml").write_text(RATINGS, encoding="utf-8")
    code, out, _ = pustaka(folder, "enroll", "2026-seminar-layanan", "--from-gaps")
    assert (code, out) == (  # the seminar develops nothing: nobody needs it
        0,
        "no librarian who needs 2026-seminar-layanan can be enrolled; nothing written.\n",
    )
    code, out, _ = pustaka(
        folder,
        "enroll",
        "2026-bimtek-katalog",
        "--from-gaps",
        "--grade",
        "mahir",
        "--yes",
    )
    assert code == 0
    assert out.splitlines()[0] == "  eka-p: gap 1 (katalogisasi)"


def test_naming_librarians_and_from_gaps_is_a_usage_error(folder: Path) -> None:
    code, _, err = pustaka(folder, "enroll", "2026-bimtek-katalog", "budi-h", "--from-gaps")
    assert code == 2
    assert "--from-gaps" in err


def test_a_raised_capacity_lets_as_many_move_up_as_there_are_seats(folder: Path) -> None:
    assert (
        pustaka(folder, "enroll", "2026-bimtek-katalog", "budi-h", "dedi-s", "eka-p", "gita-m")[0]
        == 0
    )  # budi-h enrolled; dedi-s, eka-p, gita-m waitlisted
    path = folder / "trainings.yaml"
    path.write_bytes(path.read_bytes().replace(b"capacity: 3 ", b"capacity: 4 "))
    code, out, _ = pustaka(folder, "withdraw", "2026-bimtek-katalog", "ani-r")
    assert code == 0
    assert "; moved up from the waitlist, enrolled now: dedi-s, eka-p (" in out
    assert states(folder, "2026-bimtek-katalog")["gita-m"] == "waitlisted"

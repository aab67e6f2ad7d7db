"""``pustaka erase LIBRARIAN``: a person gone from every file and cache, every total kept.

A small folder written by hand shows every rule byte by byte (the pseudonym drawn is
pinned); the shipped data shows it at scale: the name, NIP and e-mail are nowhere in the
folder or its caches, ``check`` is clean, and ``report`` and ``report hours`` give the same
totals (the person under their pseudonym). The question is asked through a terminal.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, PINNED_ENV, run_cli
from pustaka_cli.api import deciding
from pustaka_cli.i18n import Translator
from pustaka_cli.problems import Severity
from pustaka_cli.store import personal as personal_files
from pustaka_cli.store import writer
from pustaka_cli.store.folder import load
from pustaka_cli.workspace import open_folders

TODAY = "2026-11-21"
ALIAS = "p-000000000000"  # bytes(16) drawn as the pseudonym

SETTINGS = """\
# Pembinaan pustakawan Kota Contoh.
# Koordinator: Sari Wulandari (sari-w), NIP 19850101 201001 2 001.
organisation: Dinas Perpustakaan Kota Contoh
libraries:
  - id: pusat
    name: Perpustakaan Pusat   # sejak 2010
"""

FILES = {
    "librarians.yaml": """\
        # Staf (data fiktif).
        librarians:
          # --- Pusat ---
          # Kepala seksi sejak 2016; lihat juga mentoring m-2026-01.
          - id: sari-w
            name: Sari Wulandari
            nip: "19850101 201001 2 001"   # NIP baru
            library: pusat
            grade: ahli-madya
            employment: pns
            started: 2010-01-01
            email: sari@contoh.example.org
            # pindahan dari kabupaten

          - id: budi-h
            name: Budi Hartono
            library: pusat
            grade: ahli-pertama
            employment: pns
            started: 2015-01-01
            mentor: sari-w   # atasan langsung
        """,
    "trainings.yaml": """\
        trainings:
          - id: 2026-katalog
            title: Bimtek katalogisasi
            type: bimtek
            start: 2026-03-02
            end: 2026-03-03
            jp: 16
            develops: {katalogisasi: 3}
            participants:
              - {librarian: budi-h, state: completed, date: 2026-02-01, score: 80}
              - {librarian: sari-w, state: completed, date: 2026-02-01, score: 90}
            notes: |
              Narasumber internal: sari-w.
              Budi mencatat daftar hadir; # bukan komentar
        """,
    "evaluations.yaml": """\
        evaluations:
          - librarian: sari-w
            kind: supervisor
            date: 2026-05-01
            by: Kepala Dinas
            levels: {katalogisasi: 3}
            notes: Siap menjadi mentor
          - librarian: budi-h
            kind: supervisor
            date: 2026-05-02
            by: sari-w
            levels: {katalogisasi: 2}
            notes: "dinilai oleh Bu Wulandari"   # komentar: Sari Wulandari
          - librarian: sari-w
            kind: lsp
            date: 2026-06-01
            results: {katalogisasi: kompeten}
            certificate: LSP-PUS/2026/0001
            expires: 2029-06-01
        """,
    "feedback.yaml": """\
        feedback:
          - id: saran-2026-05-sari
            date: 2026-05-10
            library: pusat
            librarian: sari-w
            score: 4
            comments: "Bu Sari sangat membantu"
          - id: ikm-2026-pusat
            date: 2026-06-30
            library: pusat
            score: 3.5
            respondents: 40
        """,
    "mentoring.yaml": """\
        mentoring:
          - id: m-2026-01
            mentor: sari-w
            mentee: budi-h
            competencies: [katalogisasi]
            start: 2026-01-10
            sessions:
              - {date: 2026-02-10, minutes: 60, notes: Praktik RDA}
              - date: 2026-03-10
                minutes: 60
                notes: Tajuk subjek
        """,
}

ERASED = {
    "pustaka.yaml": f"""\
# Pembinaan pustakawan Kota Contoh.
# Koordinator: {ALIAS} ({ALIAS}), NIP {ALIAS}.
organisation: Dinas Perpustakaan Kota Contoh
libraries:
  - id: pusat
    name: Perpustakaan Pusat   # sejak 2010
""",
    "librarians.yaml": f"""\
# Staf (data fiktif).
librarians:
  # --- Pusat ---
  - id: {ALIAS}
    name: {ALIAS}
    library: pusat
    grade: ahli-madya
    employment: pns
    started: 2010-01-01

  - id: budi-h
    name: Budi Hartono
    library: pusat
    grade: ahli-pertama
    employment: pns
    started: 2015-01-01
    mentor: {ALIAS}   # atasan langsung
""",
    "trainings.yaml": f"""\
trainings:
  - id: 2026-katalog
    title: Bimtek katalogisasi
    type: bimtek
    start: 2026-03-02
    end: 2026-03-03
    jp: 16
    develops: {{katalogisasi: 3}}
    participants:
      - {{librarian: budi-h, state: completed, date: 2026-02-01, score: 80}}
      - {{librarian: {ALIAS}, state: completed, date: 2026-02-01, score: 90}}
    notes: "Narasumber internal: {ALIAS}.\\nBudi mencatat daftar hadir; # bukan komentar\\n"
""",
    "evaluations.yaml": f"""\
evaluations:
  - librarian: {ALIAS}
    kind: supervisor
    date: 2026-05-01
    by: Kepala Dinas
    levels: {{katalogisasi: 3}}
  - librarian: budi-h
    kind: supervisor
    date: 2026-05-02
    by: {ALIAS}
    levels: {{katalogisasi: 2}}
    notes: "dinilai oleh Bu {ALIAS}"   # komentar: {ALIAS}
  - librarian: {ALIAS}
    kind: lsp
    date: 2026-06-01
    results: {{katalogisasi: kompeten}}
    expires: 2029-06-01
""",
    "feedback.yaml": f"""\
feedback:
  - id: saran-2026-05-{ALIAS}
    date: 2026-05-10
    library: pusat
    librarian: {ALIAS}
    score: 4
  - id: ikm-2026-pusat
    date: 2026-06-30
    library: pusat
    score: 3.5
    respondents: 40
""",
    "mentoring.yaml": f"""\
mentoring:
  - id: m-2026-01
    mentor: {ALIAS}
    mentee: budi-h
    competencies: [katalogisasi]
    start: 2026-01-10
    sessions:
      - {{date: 2026-02-10, minutes: 60}}
      - date: 2026-03-10
        minutes: 60
""",
}


def small(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "pustaka.yaml").write_text(SETTINGS, encoding="utf-8")
    for name, text in FILES.items():
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def errors(folder: Path) -> list[str]:
    found = open_folders([folder], __import__("datetime").date(2026, 11, 21)).problems
    return [f"{p.loc}: {p.code}" for p in found if p.severity is Severity.ERROR]


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(personal_files, "token", lambda: bytes(16))


def test_erase_changes_only_what_names_the_person(tmp_path: Path, pinned: None) -> None:
    folder = small(tmp_path / "kota")
    assert errors(folder) == []
    (folder / "notes.txt").write_text("not a record file: pustaka does not touch it")
    result = run_cli(["erase", "sari-w", "--yes", "--data", str(folder), "--today", TODAY])
    assert result.exit_code == 0, result.stderr
    for name, text in ERASED.items():
        assert (folder / name).read_text(encoding="utf-8") == text, name
    assert (folder / "notes.txt").read_text().startswith("not a record file")
    assert errors(folder) == []


def test_the_face_says_whom_before_writing_and_a_no_writes_nothing(tmp_path: Path) -> None:
    folder = small(tmp_path / "kota")
    before = {p: p.read_bytes() for p in folder.glob("*.yaml")}
    w = deciding.Write(folder, __import__("datetime").date(2026, 11, 21), Translator("en"))
    seen: list[Any] = []

    def refuse(decision: Any) -> None:
        seen.append(decision)
        raise deciding.PustakaError("error.cancelled")

    with pytest.raises(deciding.PustakaError):
        deciding.erase(w, "sari-w", consent=refuse)
    assert seen[0].person == "sari-w" and seen[0].name == "Sari Wulandari"
    assert "19850101201001 2 001".replace(" ", "") in seen[0].words
    assert {p: p.read_bytes() for p in folder.glob("*.yaml")} == before

    with pytest.raises(deciding.PustakaError) as refused:
        deciding.erase(w, "sari-x")
    assert refused.value.key == "error.unknown-librarian-suggest"


def test_a_dry_run_shows_the_change_and_keeps_the_cache(tmp_path: Path) -> None:
    folder = small(tmp_path / "kota")
    assert run_cli(["report", "--data", str(folder), "--today", TODAY]).exit_code == 0
    before = {p: p.read_bytes() for p in folder.glob("*.yaml")}
    result = run_cli(["erase", "sari-w", "--dry-run", "--data", str(folder), "--today", TODAY])
    assert result.exit_code == 0, result.stderr
    assert "-    nip:" in result.stdout and "+  - id: p-" in result.stdout
    assert {p: p.read_bytes() for p in folder.glob("*.yaml")} == before
    assert (folder / ".pustaka" / "cache").is_dir()


def test_without_a_terminal_erase_needs_yes(tmp_path: Path) -> None:
    folder = small(tmp_path / "kota")
    before = (folder / "librarians.yaml").read_bytes()
    result = run_cli(["erase", "sari-w", "--data", str(folder), "--today", TODAY, "--lang", "en"])
    assert result.exit_code == 1 and "--yes" in result.stderr
    assert (folder / "librarians.yaml").read_bytes() == before


# --- the shipped data ---------------------------------------------------------------------


def report_rows(folder: Path, *args: str) -> dict[str, list[str]]:
    result = run_cli(["report", *args, "--data", str(folder), "--today", TODAY, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    return {
        t["key"]: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in t["rows"])
        for t in body["tables"]
    }


def test_erasing_from_the_shipped_data_keeps_every_total(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns(".pustaka"))
    ws = load(folder).dataset
    me = next(x for x in ws.librarians if x.id == "rosmala-s")
    assert me.nip and me.email
    summary, hours = report_rows(folder), report_rows(folder, "hours")
    assert (folder / ".pustaka" / "cache").is_dir()  # the reports filled the cache

    result = run_cli(["erase", "rosmala-s", "--yes", "--data", str(folder), "--today", TODAY])
    assert result.exit_code == 0, result.stderr
    alias = re.search(r"p-[0-9a-f]{12}", result.stdout)
    assert alias is not None
    assert "filter-repo --force --replace-text" in result.stdout

    def everything() -> str:
        return b"".join(
            p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "lock"
        ).decode("utf-8")

    def absent() -> None:
        text = everything()
        for word in (me.name, me.nip, me.nip.replace(" ", ""), me.email, "Rosmala"):
            assert word.lower() not in text.lower(), word
        assert not re.search(r"(?<![\w-])rosmala-s(?![\w-])", text)

    absent()  # the caches are gone with the files
    assert not (folder / ".pustaka" / "cache").exists()
    assert run_cli(["check", "--data", str(folder), "--today", TODAY]).exit_code == 0
    assert errors(folder) == []

    def renamed(rows: dict[str, list[str]]) -> dict[str, list[str]]:
        said = json.dumps(rows, ensure_ascii=False)
        said = said.replace(me.name, alias.group(0)).replace("rosmala-s", alias.group(0))
        out = {}
        for key, lines in json.loads(said).items():
            rows = [json.loads(line) for line in lines]
            for row in rows:  # her NIP is gone: its masked cell is empty now
                if isinstance(row, dict) and alias.group(0) in row.values() and "nip" in row:
                    row["nip"] = None
            out[key] = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)
        return out

    assert report_rows(folder) == renamed(summary)
    after = report_rows(folder, "hours")
    assert after == renamed(hours)
    absent()  # the caches filled again hold nobody erased
    # the section heading above the record stays; the lines about her went
    text = (folder / "librarians.yaml").read_text(encoding="utf-8")
    assert "# --- Perpustakaan Kota Sukamaju (pusat) ---" in text
    assert "Kepala UPT Perpustakaan Kota sejak 2016" not in text
    assert (folder / "framework.yaml").read_bytes() == (DATA / "framework.yaml").read_bytes()


# --- git history ---------------------------------------------------------------------------


def repository(tmp_path: Path) -> Path:
    top = tmp_path / "repo"
    folder = small(top / "kota")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "sari-w added"]):
        subprocess.run(
            ["git", "-C", str(top), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            check=True,
        )
    subprocess.run(["git", "-C", str(top), "config", "user.name", "t"], check=True)
    subprocess.run(["git", "-C", str(top), "config", "user.email", "t@example.org"], check=True)
    return folder


def test_rewrite_history_is_refused_without_git_filter_repo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = repository(tmp_path)
    monkeypatch.setenv("PATH", str(Path(shutil.which("git") or "/usr/bin/git").parent))
    before = (folder / "librarians.yaml").read_bytes()
    result = run_cli(
        ["erase", "sari-w", "--yes", "--rewrite-history", "--data", str(folder), "--lang", "en"]
    )
    assert result.exit_code == 1 and "needs git-filter-repo" in result.stderr
    assert (folder / "librarians.yaml").read_bytes() == before


def test_rewrite_history_commits_then_runs_git_filter_repo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in git-filter-repo records how it was called: after the erasure, committed
    alone, with the replacements of every word that named the person."""
    folder = repository(tmp_path)
    tools = tmp_path / "bin"
    tools.mkdir()
    seen = tmp_path / "called.txt"
    fake = tools / "git-filter-repo"
    fake.write_text(
        f'#!/bin/sh\necho "$@" > {seen}\ncat "$3" >> {seen}\ngit log --format=%s >> {seen}\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    result = run_cli(["erase", "sari-w", "--yes", "--rewrite-history", "--data", str(folder)])
    assert result.exit_code == 0, result.stderr
    called = seen.read_text()
    assert called.startswith("--force --replace-text ")
    assert "--replace-message" in called
    assert r"regex:(?i)(?<!\w)19850101\ 201001\ 2\ 001(?!\w)==>p-" in called
    assert r"(?<!\w)Sari\ Wulandari(?!\w)" in called and r"(?<!\w)sari\-w(?!\w)" in called
    assert "erase: " in called.splitlines()[-2]  # the erasure was committed first
    status = subprocess.run(
        ["git", "-C", str(folder), "status", "--porcelain"], capture_output=True, text=True
    )
    assert status.stdout == ""


def test_rewrite_history_refuses_uncommitted_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = repository(tmp_path)
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "git-filter-repo").write_text("#!/bin/sh\nexit 1\n")
    (tools / "git-filter-repo").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    path = folder / "feedback.yaml"
    path.write_text(path.read_text() + "# work in progress\n")
    result = run_cli(
        ["erase", "sari-w", "--yes", "--rewrite-history", "--data", str(folder), "--lang", "en"]
    )
    assert result.exit_code == 1 and "not committed" in result.stderr
    assert "Sari Wulandari" in (folder / "librarians.yaml").read_text()


@pytest.mark.skipif(shutil.which("git-filter-repo") is None, reason="git-filter-repo not installed")
def test_rewrite_history_with_the_real_tool(tmp_path: Path) -> None:
    folder = repository(tmp_path)
    result = run_cli(["erase", "sari-w", "--yes", "--rewrite-history", "--data", str(folder)])
    assert result.exit_code == 0, result.stderr
    history = subprocess.run(
        ["git", "-C", str(folder), "log", "-p", "--all"], capture_output=True, text=True
    ).stdout
    for word in ("Sari Wulandari", "19850101 201001 2 001", "sari@contoh", "sari-w"):
        assert word not in history


# --- asked on a terminal --------------------------------------------------------------------


def on_terminal(folder: Path, answer: str) -> str:
    """``pustaka erase sari-w`` on a pseudo-terminal, answering ``answer``."""
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PUSTAKA")}
        env.update(PINNED_ENV, PUSTAKA_TODAY=TODAY)
        args = ["erase", "sari-w", "--data", str(folder), "--lang", "en"]
        os.execve(sys.executable, [sys.executable, "-m", "pustaka_cli", *args], env)
    seen = b""
    answered = False
    end = time.monotonic() + 60
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"Erase their personal data?" in seen:
            os.write(fd, answer.encode() + b"\r")
            answered = True
    os.waitpid(pid, 0)
    os.close(fd)
    return seen.decode("utf-8", "replace")


def test_erase_asks_on_a_terminal(tmp_path: Path) -> None:
    folder = small(tmp_path / "kota")
    said = on_terminal(folder, "n")
    assert "To be erased: sari-w (Sari Wulandari)" in said and "cancelled" in said
    assert "Sari Wulandari" in (folder / "librarians.yaml").read_text()
    said = on_terminal(folder, "y")
    assert "personal data erased" in said
    assert "Sari Wulandari" not in (folder / "librarians.yaml").read_text()


# --- the writer's operations for an erasure -------------------------------------------------

TRAININGS = """\
trainings:
  # --- 2026 ---
  # about the first activity
  - id: a  # its id
    title: "A # not a comment"
    type: bimtek
    start: 2026-01-05
    participants:
      - {librarian: x, state: enrolled, date: 2026-01-01, score: 1}
    notes: |
      line one # not a comment
      line two
  - id: b
    title: B
    type: bimtek
    start: 2026-02-05
"""


def edited(*ops: writer.Op, text: str = TRAININGS) -> str:
    change = writer.Change("trainings.yaml", "trainings", ops)
    return writer.apply(text.encode(), change).decode()


def test_remove_takes_a_key_out_of_block_and_flow_mappings() -> None:
    out = edited(
        writer.Remove(("trainings", 0), "notes"),
        writer.Remove(("trainings", 0, "participants", 0), "date"),
        writer.Remove(("trainings", 0, "participants", 0), "score"),
    )
    assert "notes" not in out and "line two" not in out
    assert "- {librarian: x, state: enrolled}\n" in out
    assert out.endswith("  - id: b\n    title: B\n    type: bimtek\n    start: 2026-02-05\n")
    with pytest.raises(deciding.PustakaError):
        edited(writer.Remove(("trainings", 1), "id"))  # the dash's own key


def test_a_block_text_is_replaced_by_one_line() -> None:
    out = edited(writer.Set(("trainings", 0), "notes", "one\ntwo"))
    assert '    notes: "one\\ntwo"\n  - id: b\n' in out


def test_reword_changes_comments_only() -> None:
    out = edited(writer.Reword(lambda c: c.replace("first", "1st").replace("its id", "")))
    assert "  # about the 1st activity\n" in out
    assert "  - id: a\n" in out  # the emptied comment went, with the spaces before it
    assert 'title: "A # not a comment"' in out and "line one # not a comment" in out


def test_uncomment_keeps_a_heading_and_other_items_comments() -> None:
    out = edited(writer.Uncomment(("trainings", 0)))
    assert out.startswith("trainings:\n  # --- 2026 ---\n  - id: a\n")
    assert "line one # not a comment" in out


def test_a_folder_with_errors_is_not_erased_in(tmp_path: Path) -> None:
    folder = small(tmp_path / "kota")
    path = folder / "mentoring.yaml"
    path.write_text(path.read_text().replace("mentee: budi-h", "mentee: nobody"))
    before = {p: p.read_bytes() for p in folder.glob("*.yaml")}
    result = run_cli(["erase", "sari-w", "--yes", "--data", str(folder), "--lang", "en"])
    assert result.exit_code == 1 and "mentoring.yaml:" in result.stderr
    assert {p: p.read_bytes() for p in folder.glob("*.yaml")} == before

"""Entering data as a coordinator does (issue 14): numbers as Indonesians write them, an
interactive ``add`` on a terminal, ``init`` examples that work, ``--lang``, completion,
wrapping."""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DATA, PINNED_ENV, run_cli
from pustaka_cli.cli import common
from pustaka_cli.numbers import NotANumber, read_number
from pustaka_cli.store.folder import load

TODAY = "2026-11-20"


def pustaka(folder: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    done = run_cli([*args, "--data", str(folder), "--lang", lang, "--today", TODAY])
    return done.exit_code, done.stdout, done.stderr


@pytest.fixture
def data(copy_folder: object) -> Path:
    folder: Path = copy_folder(DATA)  # type: ignore[operator]
    return folder


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("72,5", 72.5),
        ("10.000.000", 1e7),
        ("Rp 10.000.000", 1e7),
        ("Rp10.000", 1e4),
        ("rp. 2.500", 2500),
        ("1.5", 1.5),
        ("72.25", 72.25),
        ("10,000,000", 1e7),
        ("1.234.567,89", 1234567.89),
        ("1,234.5", 1234.5),
        ("10 000", 1e4),
        ("85", 85),
        ("-3", -3),
        ("0,5", 0.5),
    ],
)
def test_numbers_as_indonesians_write_them(text: str, number: float) -> None:
    assert read_number(text) == number


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.500", "ambiguous"),
        ("abc", "invalid"),
        ("", "invalid"),
        ("1e5", "invalid"),
        ("inf", "invalid"),
        ("1,2,3", "invalid"),
    ],
)
def test_what_is_not_a_number_says_why(text: str, reason: str) -> None:
    with pytest.raises(NotANumber) as err:
        read_number(text)
    assert err.value.reason == reason


def test_every_number_option_reads_indonesian_numbers(data: Path) -> None:
    assert pustaka(data, "enroll", "2027-workshop-pengadaan", "iis-s")[0] == 0
    code, out, _ = pustaka(
        data, "feedback", "--score", "3,4", "--respondents", "1.200", "--library", "pusat"
    )
    assert code == 1 or "3.4" in out  # 1.200 alone is ambiguous: refused, never guessed
    code, out, err = pustaka(
        data, "feedback", "--score", "3,4", "--respondents", "1200", "--library", "pusat"
    )
    assert code == 0, err
    code, _, err = pustaka(
        data,
        "add",
        "training",
        "--id",
        "2027-kursus-x",
        "--title",
        "K",
        "--type",
        "kursus",
        "--start",
        "2027-02-01",
        "--jp",
        "7,5",
        "--cost",
        "Rp 10.000.000",
        "--capacity",
        "20",
        "--develops",
        "katalogisasi:3,klasifikasi:2",
    )
    assert code == 0, err
    (added,) = [t for t in load(data).dataset.trainings if t.id == "2027-kursus-x"]
    assert (added.jp, added.cost, added.capacity) == (7.5, 1e7, 20)
    assert [(r.competency, r.level) for r in added.develops] == [
        ("katalogisasi", 3),
        ("klasifikasi", 2),
    ]
    code, out, err = pustaka(data, "plan", "--budget", "Rp 10.000.000")
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["complete", "2026-bimtek-ebook", "iis-s", "--result", "tujuh"],
            "the post-test result (--result): `tujuh` is not a valid number.",
        ),
        (
            ["complete", "2026-bimtek-ebook", "iis-s", "--result", "1.500"],
            "the post-test result (--result): `1.500` could mean thousands or a decimal",
        ),
        (
            ["mentor", "--session", "m-2026-01", "--minutes", "90,5"],
            "the session's minutes: `90,5` must be a whole number.",
        ),
        (
            ["enroll", "2027-workshop-pengadaan", "--from-gaps", "--limit", "x"],
            "the limit of people (--limit): `x` is not a valid number.",
        ),
        (
            [
                "add",
                "training",
                "--id",
                "t-9",
                "--title",
                "T",
                "--type",
                "kursus",
                "--start",
                "2027-01-01",
                "--jp",
                "banyak",
            ],
            "the JP (lesson hours): `banyak` is not a valid number.",
        ),
    ],
)
def test_a_refused_number_names_the_field_in_words(
    data: Path, args: list[str], message: str
) -> None:
    code, _, err = pustaka(data, *args)
    assert code in (1, 2) and message in err, err
    assert "float" not in err and "integer" not in err


def test_refused_numbers_speak_indonesian_too(data: Path) -> None:
    code, _, err = pustaka(
        data, "complete", "2026-bimtek-ebook", "iis-s", "--result", "x", lang="id"
    )
    assert code == 1
    assert err == "pustaka: nilai post-test (--result): `x` bukan angka yang benar.\n"


# --- init: examples that work once uncommented --------------------------------------------

EXAMPLE_LINE = re.compile(r"^# (  )", re.MULTILINE)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_init_examples_check_clean_once_uncommented(tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "baru"
    assert run_cli(["init", str(folder), "--lang", lang]).exit_code == 0
    # the record files hold the examples; framework.yaml and profiles.yaml are documented
    # defaults with prose comments, and pustaka.yaml is live settings
    for name in ("librarians", "trainings", "evaluations", "feedback", "mentoring", "learning"):
        path = folder / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        uncommented = EXAMPLE_LINE.sub(r"\1", text)  # removes "# " from example lines only
        assert uncommented != text, name
        path.write_text(uncommented, encoding="utf-8")
    done = run_cli(["check", "--data", str(folder), "--today", TODAY, "--lang", "en"])
    assert (done.exit_code, done.stdout, done.stderr) == (0, "", "")
    people = {lib.id for lib in load(folder).dataset.librarians}
    assert people == {"sari-w", "budi-h", "rudi-h"}


# --- --lang, wrapping, completion --------------------------------------------------------


@pytest.mark.parametrize("args", [["--lang", "fr", "check"], ["check", "--lang", "xx"]])
def test_an_unknown_language_is_a_usage_error(data: Path, args: list[str]) -> None:
    done = run_cli([*args, "--data", str(data)])
    assert done.exit_code == 2
    assert "`" + args[args.index("--lang") + 1] + "`" in done.stderr
    assert "id, en" in done.stderr


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_messages_wrap_at_the_terminal_width_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    text = "pustaka: " + " ".join(["2026-bimtek-pengolahan"] * 6)
    lines = common.wrapped(text, _Terminal()).split("\n")
    assert len(lines) > 1 and all(len(x) <= 39 for x in lines)
    assert " ".join(x.strip() for x in lines) == text  # no word broken
    assert common.wrapped(text, sys.stderr if not sys.stderr.isatty() else _Pipe()) == text


class _Pipe:
    def isatty(self) -> bool:
        return False


def test_the_progress_bar_speaks_the_language() -> None:
    from pustaka_cli.i18n import Translator

    common.speak(Translator("id"))
    assert common.LoadBar()._label.startswith("berkas, ")
    common.speak(Translator("en"))
    assert common.LoadBar()._label.startswith("files, ")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_are_printed(shell: str) -> None:
    done = run_cli(["completion", shell, "--lang", "en"])
    assert done.exit_code == 0 and "_PUSTAKA_COMPLETE" in done.stdout
    assert run_cli(["completion", "tcsh", "--lang", "en"]).exit_code == 1


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUSTAKA", "_PUSTAKA"))}
    env.update(PINNED_ENV)
    env.update(extra)
    return env


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_a_librarian_id_from_the_data_folder(data: Path, tmp_path: Path) -> None:
    script = tmp_path / "pustaka.bash"
    script.write_text(run_cli(["completion", "bash", "--lang", "en"]).stdout, encoding="utf-8")
    shim = tmp_path / "bin" / "pustaka"  # the command the script calls, as installed
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec {sys.executable} -m pustaka_cli "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    words = {
        "enroll": "pustaka enr",
        "id": "pustaka enroll 2026-bimtek-ebook fad",
        "rating": "pustaka evaluate fadli-r katal",
    }
    found = {}
    for name, line in words.items():
        probe = (
            f"source {script}; COMP_WORDS=({line}); COMP_CWORD={len(line.split()) - 1}; "
            '_pustaka_completion pustaka; printf "%s\\n" "${COMPREPLY[@]}"'
        )
        done = subprocess.run(
            ["bash", "-c", probe],
            cwd=data,
            capture_output=True,
            text=True,
            timeout=60,
            env=_environment(PATH=f"{shim.parent}:{os.environ['PATH']}"),
            check=False,
        )
        found[name] = done.stdout.split()
    assert found == {"enroll": ["enroll"], "id": ["fadli-r"], "rating": ["katalogisasi="]}


# --- interactive add, through a pseudo-terminal ------------------------------------------


def converse(args: list[str], cwd: Path, answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run pustaka on a pseudo-terminal: wait for each prompt text, then type the answer."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: pustaka on the terminal
        os.chdir(cwd)
        os.execve(
            sys.executable,
            [sys.executable, "-m", "pustaka_cli", *args],
            _environment(PUSTAKA_TODAY=TODAY, COLUMNS="80"),
        )
    seen = b""  # what has not been matched yet
    transcript = b""

    def until(text: str) -> None:
        nonlocal seen, transcript
        end = time.monotonic() + 60
        while text.encode() not in seen:
            if time.monotonic() > end:
                raise AssertionError(f"no {text!r} in:\n{seen.decode(errors='replace')}")
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                transcript += chunk

    for wait_for, answer in answers:
        until(wait_for)
        seen = seen[seen.index(wait_for.encode()) + len(wait_for) :]
        os.write(fd, answer.encode() + b"\r")
        until(answer)  # echoed: the prompt has taken it
    rest = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        rest += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), (transcript + rest).decode(errors="replace")


def test_interactive_add_librarian_asks_checks_and_confirms(data: Path) -> None:
    code, shown = converse(
        ["add", "librarian", "--lang", "en"],
        data,
        [
            ("new librarian's id?", "Andi Pratama"),
            ("is not an id", ""),
            ("new librarian's id?", "andi-p"),
            ("Full name?", "Andi Pratama"),
            ("NIP?", ""),
            ("Choices: pusat (", "bulan"),
            ("no library with the id `bulan`", ""),
            ("work in?", "pusat"),
            ("ahli-pertama (Librarian, First Expert)", "ahli-pertama"),
            ("Choices: pns, cpns, pppk, honorer, non-asn", "pns"),
            ("As YYYY-MM-DD", "2026-13-01"),
            ("is not a valid date", ""),
            ("As YYYY-MM-DD", "2025-01-02"),
            ("Save it?", "y"),
        ],
    )
    assert code == 0, shown
    assert "This will be written:\r\n  - id: andi-p\r\n    name: Andi Pratama\r\n" in shown
    (andi,) = [x for x in load(data).dataset.librarians if x.id == "andi-p"]
    assert (andi.name, andi.library, andi.grade, andi.employment, str(andi.started)) == (
        "Andi Pratama",
        "pusat",
        "ahli-pertama",
        "pns",
        "2025-01-02",
    )
    assert pustaka(data, "check")[0] == 0


def test_interactive_add_training_speaks_indonesian(data: Path) -> None:
    code, shown = converse(
        ["add", "training", "--lang", "id"],
        data,
        [
            ("Id kegiatan baru?", "2026-bimtek-x"),
            ("Judul kegiatan?", "Bimtek X"),
            ("Jenis kegiatan?", "rapat"),
            ("tidak dikenal", ""),
            ("Pilihan: pelatihan", "bimtek"),
            ("Moda?", "luring"),
            ("Penyelenggara?", ""),
            ("Tanggal mulai?", "2026-10-06"),
            ("Tanggal selesai?", "2026-10-05"),
            ("sebelum", ""),
            ("Tanggal selesai?", "2026-10-07"),
            ("Berapa JP", "16"),
            ("Kuota peserta?", "30"),
            ("Biaya (Rp)?", "Rp 12.500.000"),
            ("dengan level tujuan?", "katalogisasi:3"),
            ("Prasyarat level", ""),
            ("Simpan?", "y"),
        ],
    )
    assert code == 0, shown
    (added,) = [x for x in load(data).dataset.trainings if x.id == "2026-bimtek-x"]
    assert (added.type, added.jp, added.cost, added.capacity) == ("bimtek", 16, 12_500_000, 30)
    assert pustaka(data, "check")[0] == 0


def test_no_at_the_preview_writes_nothing(data: Path) -> None:
    """The preview is shown once the new file is made, verified and checked, and before it
    replaces the old one: saying no leaves every byte as it was."""
    before = (data / "librarians.yaml").read_bytes()
    code, shown = converse(
        [
            "add",
            "librarian",
            "--lang",
            "en",
            "--id",
            "andi-p",
            "--library",
            "pusat",
            "--grade",
            "ahli-pertama",
            "--employment",
            "pns",
        ],
        data,
        [
            ("Full name?", "Andi Pratama"),
            ("NIP?", ""),
            ("As YYYY-MM-DD", "2025-01-02"),
            ("Save it?", "n"),
        ],
    )
    assert code == 1, shown
    assert "    started: 2025-01-02\r\n" in shown
    assert "pustaka: cancelled; nothing was written." in shown
    assert (data / "librarians.yaml").read_bytes() == before


def test_add_without_a_terminal_asks_nothing_and_refuses(data: Path) -> None:
    before = (data / "librarians.yaml").read_bytes()
    code, out, err = pustaka(data, "add", "librarian", "--name", "Andi Pratama")
    assert (code, out, err) == (1, "", "pustaka: the id is required.\n")
    assert (data / "librarians.yaml").read_bytes() == before

"""Hostile files in every place of a data folder: located refusals, never a traceback.

A set of bad files (bombs, deep nesting, tags, conflict markers, wrong encodings, control
characters, numbers past any range, YAML the specification forbids) is put in each kind of
place of a folder: a whole record file, a record's value, the settings, an extra file in
a kind's folder. Then ``check``, every report in every format and every write command
run on it. Each must end with its exit code, a message that says where (for ``check``)
or one sentence (for a refusal), no traceback, valid JSON, and no file changed by a
write that was refused.

The default run tries every bad file in every place with ``check``, one report in one
format and one write command, taking turns so that every report, every format and every
write command meet bad files; ``-m slow`` runs every command on three kinds of bad file in
every place.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli

BASIC = FOLDERS / "write-basic"
TODAY = ["--today", "2026-11-21"]


@dataclass(frozen=True)
class Bad:
    """A bad file: ``whole`` as a file's bytes, ``value`` as a value written in a record
    (a line's text after ``key: ``); None where it has no sense."""

    name: str
    whole: bytes | None
    value: bytes | None


LAUGHS = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
    b"%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n" % ((98 + i, 98 + i) + (97 + i,) * 9)
    for i in range(8)
)
BAD = [
    Bad("alias-bomb", LAUGHS, b"&a [*a]"),
    Bad("deep-nesting", b"a: " + b"[" * 5000 + b"\n", b"[" * 5000),
    Bad(
        "python-tag",
        b"a: !!python/object/apply:os.system ['echo pwned']\n",
        b"!!python/object/apply:os.system ['echo pwned']",
    ),
    Bad(
        "conflict",
        b"<<<<<<< HEAD\na: 1\n=======\na: 2\n>>>>>>> other\n",
        b"x\n<<<<<<< HEAD\n=======\n>>>>>>> other",
    ),
    Bad("latin-1", "a: Jos\u00e9\n".encode("latin-1"), "Jos\u00e9".encode("latin-1")),
    Bad("utf-16", "a: b\n".encode("utf-16"), None),
    Bad("nul-byte", b"a: b\x00c\n", b"b\x00c"),
    Bad("escape", b"a: \x1b[2J\x1b]0;PWNED\x07\n", b'"\x1b[2J\x1b]0;PWNED\x07"'),
    Bad("tab", b"a:\n\tb: c\n", b"x\n\tb: c"),
    Bad("scalar-root", b"just some text\n", None),
    Bad("list-root", b"- a\n- b\n", b"[a, b]"),
    Bad("duplicate-key", b"a: 1\na: 2\n", None),
    Bad("glued-comment", b'a: "value"# comment\n', b'"value"# comment'),
    Bad("huge-integer", None, b"9" * 5000),
    Bad("float-overflow", None, b"9" * 309),
    Bad("impossible-date", None, b"2025-02-30"),
    Bad("binary", bytes(range(256)), None),
]

# Where each bad file goes: place -> (file, the line it replaces, the same with %s for the
# bad value, and for a number, a line of a number or date field). A whole-file place
# replaces (or adds) the file.
PLACES: dict[str, tuple[str, tuple[bytes, bytes, bytes, bytes] | None]] = {
    "whole": ("trainings.yaml", None),
    "value": ("trainings.yaml", (b"    jp: 24", b"    jp: %s", b"    jp: 24", b"    jp: %s")),
    "settings": (
        "pustaka.yaml",
        (
            b"organisation: Dinas Perpustakaan Kota Contoh",
            b"organisation: %s",
            b"language: en",
            b"language: en\njp:\n  minutes_per_jp: %s",
        ),
    ),
    "settings-whole": ("pustaka.yaml", None),
    "librarians-value": (
        "librarians.yaml",
        (b"    name: Eka Putri", b"    name: %s", b"    started: 2012-09-01", b"    started: %s"),
    ),
    "extra": ("evaluations/hostile.yaml", None),
}
NUMBERS = ("huge-integer", "float-overflow", "impossible-date")  # bad only where a number is


def cases() -> list[tuple[str, Bad]]:
    found = []
    for place, (_, lines) in PLACES.items():
        for bad in BAD:
            if (bad.value if lines is not None else bad.whole) is not None:
                found.append((place, bad))
    return found


CASES = cases()


def place(folder: Path, where: str, bad: Bad) -> str:
    """Put ``bad`` in ``where`` of ``folder``; the path (relative) it went to."""
    rel, lines = PLACES[where]
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if lines is None:
        assert bad.whole is not None
        path.write_bytes(bad.whole)
        return rel
    assert bad.value is not None
    line, template = lines[2:] if bad.name in NUMBERS else lines[:2]
    text = path.read_bytes()
    assert line in text, (rel, line)
    path.write_bytes(text.replace(line, template % bad.value, 1))
    return rel


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".pustaka" not in p.parts
    }


REPORTS = [
    "summary",
    "gaps",
    "progress",
    "hours",
    "trainings",
    "feedback",
    "mentoring",
    "budget",
    "needs",
]
FORMATS = ["text", "markdown", "csv", "json", "html"]


def report_args(n: int) -> list[str]:
    report = REPORTS[n % len(REPORTS)]
    fmt = FORMATS[n % len(FORMATS)]
    args = ["report"] if report == "summary" else ["report", report]
    return [*args, "--format", fmt, *TODAY]


def write_args(n: int, sheets: Path) -> list[str]:
    commands = [
        ["enroll", "2026-seminar-layanan", "budi-h", *TODAY],
        ["withdraw", "2026-bimtek-katalog", "citra-l", *TODAY],
        ["attend", "2026-kursus-daring", "eka-p", "--date", "2026-11-10", *TODAY],
        ["complete", "2026-kursus-daring", "eka-p", "--result", "80", *TODAY],
        [
            "evaluate",
            "eka-p",
            "katalogisasi=3",
            "--assessor",
            "supervisor",
            "--by",
            "ani-r",
            *TODAY,
        ],
        ["feedback", "--score", "3", "--library", "pusat", "--service", "sirkulasi", *TODAY],
        ["mentor", "ani-r", "budi-h", "katalogisasi", *TODAY],
        ["add", "librarian", "--id", "hana-k", "--name", "Hana Kusuma"],
        [
            "add",
            "training",
            "--id",
            "2027-kursus",
            "--title",
            "Kursus",
            "--type",
            "kursus",
            "--start",
            "2027-03-01",
        ],
        ["import", "evaluations", str(sheets / "evaluations.csv"), *TODAY],
        ["import", "feedback", str(sheets / "feedback.csv"), *TODAY],
        ["import", "participants", str(sheets / "participants.csv"), *TODAY],
        ["plan", "--budget", "50000000", "--apply", "--yes", *TODAY],
    ]
    return commands[n % len(commands)]


WRITES = 13


def sheets_in(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "evaluations.csv").write_text(
        "librarian,kind,date,by,competency,level\nbudi-h,supervisor,2026-06-30,ani-r,"
        "katalogisasi,3\n",
        encoding="utf-8",
    )
    (root / "feedback.csv").write_text(
        "date,score,library,service\n2026-06-30,3,pusat,sirkulasi\n", encoding="utf-8"
    )
    (root / "participants.csv").write_text(
        "training,librarian\n2027-seminar-literasi,budi-h\n", encoding="utf-8"
    )
    return root


def folder_with(tmp_path: Path, where: str, bad: Bad) -> tuple[Path, str]:
    folder = tmp_path / "data"
    shutil.copytree(BASIC, folder)
    if where == "extra":
        (folder / "evaluations").mkdir()
    rel = place(folder, where, bad)
    return folder, rel


def run(folder: Path, args: list[str]) -> tuple[int, str, str]:
    result = run_cli(["--lang", "en", *args, "--data", str(folder)])
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text, args
    return result.exit_code, result.stdout, result.stderr


def assert_check(folder: Path, rel: str, bad: Bad) -> None:
    code, out, err = run(folder, ["check", *TODAY])
    assert code == 1, (rel, bad.name, out, err)
    located = re.compile(rf"^{re.escape(rel)}(:\d+:\d+)?: error\[", re.M)
    assert located.search(out), out
    assert "\x1b" not in out + err  # never an escape sequence a terminal would act on
    code, out, _ = run(folder, ["check", "--format", "json", *TODAY])
    assert code == 1
    found = json.loads(out, parse_constant=pytest.fail)["problems"]
    assert any(p["path"] == rel and p["severity"] == "error" for p in found)


def assert_report(folder: Path, args: list[str]) -> None:
    code, out, err = run(folder, args)
    assert code in (0, 1), (args, err)
    if code == 1:
        assert err.startswith("pustaka: ") and not out, (args, err)
    elif "json" in args:
        json.loads(out, parse_constant=pytest.fail)


def assert_write(folder: Path, args: list[str]) -> None:
    before = digest(folder)
    code, out, err = run(folder, args)
    assert code in (0, 1), (args, out, err)
    if code == 1:
        # a refused write names the folder's problems (path:line:col) and ends in one sentence
        last = err.rstrip("\n").rsplit("\n", 1)[-1]
        assert last.startswith("pustaka: ") or "nothing was written" in last, (args, err)
        assert "Traceback" not in err, (args, err)
        assert digest(folder) == before, args


@pytest.mark.parametrize(("where", "bad"), CASES, ids=[f"{w}-{b.name}" for w, b in CASES])
def test_a_bad_file_in_each_place(tmp_path: Path, where: str, bad: Bad) -> None:
    folder, rel = folder_with(tmp_path, where, bad)
    n = CASES.index((where, bad))
    assert_check(folder, rel, bad)
    assert_report(folder, report_args(n))
    assert_write(folder, write_args(n, sheets_in(tmp_path / "sheets")))


# Every command, in every place: a bad file that makes its file unreadable and one that
# is wrong only in its value (every case with every command passed once: 14 minutes).
EVERY_COMMAND = [
    (where, bad) for where, bad in CASES if bad.name in ("conflict", "tab", "huge-integer")
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("where", "bad"), EVERY_COMMAND, ids=[f"{w}-{b.name}" for w, b in EVERY_COMMAND]
)
def test_every_command_on_a_bad_file_in_each_place(tmp_path: Path, where: str, bad: Bad) -> None:
    folder, _ = folder_with(tmp_path, where, bad)
    sheets = sheets_in(tmp_path / "sheets")
    for report in REPORTS:
        for fmt in FORMATS:
            args = ["report"] if report == "summary" else ["report", report]
            assert_report(folder, [*args, "--format", fmt, *TODAY])
    for n in range(WRITES):
        assert_write(folder, write_args(n, sheets))

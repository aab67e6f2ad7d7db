"""Hostile input and odd files (issue 15, items 1, 4, 5, 7, 8): no traceback, no clobbered
file, nothing a terminal would act on, and nothing a person typed changed without a word.

Each test here failed before the fix it names. Odd files (FIFOs, device nodes, symlink
loops) are made in the test's own temporary folder; nothing outside it is ever written.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CLEARED_ENV, FOLDERS, PINNED_ENV, run_cli, run_process

BASIC = FOLDERS / "write-basic"
REPORT = FOLDERS / "report-basic"
TODAY = ["--today", "2026-11-21"]
ESC = "\x1b"
POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks of POSIX")
ROOT = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give files away"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(BASIC, target)
    return target


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    target = tmp_path / "report"
    shutil.copytree(REPORT, target)
    return target


def pustaka(folder: Path, *args: str) -> tuple[int, str, str]:
    when = [] if args[0] == "add" else TODAY  # adding needs no date
    result = run_cli([*args, "--data", str(folder), "--lang", "en", *when])
    return result.exit_code, result.stdout, result.stderr


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and ".pustaka" not in p.parts
    }


# --- item 1: -o writes only a regular file, and never a record ------------------------------


@POSIX
def test_output_writes_through_a_symlink_and_keeps_it(reports: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, err = pustaka(reports, "report", "gaps", "-o", str(link))
    assert (code, err) == (0, "")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8-sig").startswith("Librarian")


@POSIX
def test_output_to_a_symlink_loop_is_refused_in_one_line(reports: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.csv"
    loop.symlink_to("loop.csv")
    code, _, err = pustaka(reports, "report", "gaps", "-o", str(loop))
    assert (code, err) == (1, f"pustaka: cannot write {loop}: Too many levels of symbolic links\n")
    assert loop.is_symlink()


@POSIX
def test_output_keeps_the_mode_of_the_file_it_replaces(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaps.csv"
    out.write_text("OLD CONTENT\n")
    out.chmod(0o640)
    assert pustaka(reports, "report", "gaps", "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert "OLD CONTENT" not in out.read_text(encoding="utf-8-sig")


@POSIX
@pytest.mark.parametrize(
    ("make", "said"),
    [
        (os.mkfifo, "is a FIFO (named pipe)"),
        (os.mkdir, "is a folder"),
    ],
    ids=["fifo", "folder"],
)
def test_output_refuses_what_is_no_regular_file(
    reports: Path, tmp_path: Path, make: object, said: str
) -> None:
    target = tmp_path / "odd.csv"
    make(target)  # type: ignore[operator]
    kind = stat.S_IFMT(target.lstat().st_mode)
    code, out, err = pustaka(reports, "report", "gaps", "-o", str(target))
    assert code == 1 and out == ""
    assert err == f"pustaka: {target} {said}; a report is written only to a regular file" + (
        ". To feed another program, leave out -o and pipe the output.\n"
        if "FIFO" in said
        else " (new or existing).\n"
    )
    assert stat.S_IFMT(target.lstat().st_mode) == kind  # still what it was


@ROOT
def test_output_refuses_a_device_node(reports: Path, tmp_path: Path) -> None:
    """A copy of /dev/null's node made in the test's folder: -o once replaced a device
    node by a regular file (as root, /dev/full itself)."""
    node = tmp_path / "null.csv"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("no device nodes may be made here")
    code, _, err = pustaka(reports, "report", "gaps", "-o", str(node))
    assert code == 1
    assert (
        err
        == f"pustaka: {node} is a device, not a file; a report is written only to a regular file.\n"
    )
    assert stat.S_ISCHR(node.lstat().st_mode)


@pytest.mark.parametrize("name", ["librarians.yaml", "pustaka.yaml", "trainings/new.yaml"])
def test_output_never_overwrites_or_makes_a_record_file(reports: Path, name: str) -> None:
    before = digest(reports)
    code, _, err = pustaka(reports, "report", "gaps", "--format", "csv", "-o", str(reports / name))
    assert code == 1
    assert "is a record file of the data folder" in err
    assert digest(reports) == before


@POSIX
def test_output_refuses_a_record_file_under_another_name(reports: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias.csv"
    os.link(reports / "librarians.yaml", alias)  # a hard link: the same file
    before = digest(reports)
    code, _, err = pustaka(reports, "report", "gaps", "-o", str(alias))
    assert code == 1 and "is a record file" in err
    assert digest(reports) == before


def test_idp_output_never_overwrites_a_record_file(reports: Path) -> None:
    before = digest(reports)
    who = _first_librarian(reports)
    code, _, err = pustaka(
        reports, "idp", who, "--format", "markdown", "-o", str(reports / "librarians.yaml")
    )
    assert code == 1 and "is a record file" in err
    assert digest(reports) == before


def _first_librarian(folder: Path) -> str:
    for line in (folder / "librarians.yaml").read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("- id:"):
            return line.split(":", 1)[1].split("#")[0].strip()
    raise AssertionError("no librarian")


# --- item 4: control characters --------------------------------------------------------------

HOSTILE_NAME = "Darwis \\e[2J\\e]0;PWNED\\a"  # as written in YAML: escapes in double quotes


def _with_hostile_name(folder: Path) -> Path:
    path = folder / "librarians.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("name: ")
    end = text.index("\n", first)
    path.write_text(f'{text[:first]}name: "{HOSTILE_NAME}"{text[end:]}', encoding="utf-8")
    return folder


def test_a_control_character_in_a_name_is_a_located_problem(reports: Path) -> None:
    _with_hostile_name(reports)
    code, out, _ = pustaka(reports, "check")
    assert code == 1
    line = next(x for x in out.splitlines() if "[control-character]" in x)
    assert line.startswith("librarians.yaml:") and line.split(":")[1].isdigit()
    assert "`name` holds an invisible control character (U+001B)" in line
    assert ESC not in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "json", "html"])
def test_no_report_format_carries_a_raw_escape(reports: Path, fmt: str) -> None:
    _with_hostile_name(reports)
    code, out, err = pustaka(reports, "report", "gaps", "--format", fmt)
    assert code == 0
    assert ESC not in out and "\a" not in out and ESC not in err
    assert "Darwis" in out and "\\x1b" in out  # shown as an escape (in JSON, escaped again)


def test_check_shows_a_bad_id_visibly(reports: Path) -> None:
    path = reports / "librarians.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("- id: ", '- id: "x\\e[2J\\u202e"\n    old_id: ', 1), encoding="utf-8"
    )
    code, out, _ = pustaka(reports, "check")
    assert code == 1
    assert ESC not in out and "\u202e" not in out
    assert "the id `x\\x1b[2J\\u202e` may hold only" in out


def test_a_refusal_shows_an_argument_visibly(reports: Path) -> None:
    code, _, err = pustaka(reports, "explain", "nobody\x1b[2J\x1b]0;PWNED\x07")
    assert code == 1
    assert ESC not in err and "\x07" not in err
    assert "nobody\\x1b[2J\\x1b]0;PWNED\\x07" in err
    usage = run_cli(
        ["--lang", "en", "report", "gaps", "--year", "x\x1b[2J", "--data", str(reports)]
    )
    assert usage.exit_code == 2
    assert ESC not in usage.stderr and "'x\\x1b[2J' is not a valid integer" in usage.stderr


def test_an_import_row_refusal_shows_its_cell_visibly(folder: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text("training,librarian\nx\x1b[2J,ani-r\n", encoding="utf-8")
    code, _, err = pustaka(folder, "import", "participants", str(sheet))
    assert code == 1
    assert ESC not in err and "x\\x1b[2J" in err


@POSIX
def test_a_file_name_with_an_escape_is_shown_visibly(reports: Path) -> None:
    (reports / "trainings").mkdir(exist_ok=True)
    (reports / "trainings" / "x\x1b[2J.yaml").write_text("trainings: 1\n", encoding="utf-8")
    code, out, _ = pustaka(reports, "check")
    assert code == 1
    assert ESC not in out and "trainings/x\\x1b[2J.yaml:1:" in out


# --- item 5: standard output, odd files, ownership -------------------------------------------


def _to_full_disk(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env.update(PINNED_ENV)
    with open(os.devnull if not os.path.exists("/dev/full") else "/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "pustaka_cli", *args],
            cwd=cwd,
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["report", "gaps", "--format", "csv", "--no-cache"],
        ["check", "--format", "json", "--no-cache"],
        ["idp", "WHO", "--no-cache"],
    ],
    ids=["report", "check", "idp"],
)
def test_a_full_disk_on_stdout_is_one_line(reports: Path, args: list[str]) -> None:
    args = [_first_librarian(reports) if a == "WHO" else a for a in args]
    done = _to_full_disk([*args, "--lang", "en", *TODAY, "--data", str(reports)], reports)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        "pustaka: cannot write the output: No space left on device; it is incomplete."
    )
    assert "Traceback" not in done.stderr


@POSIX
def test_odd_files_among_record_files_are_named(folder: Path) -> None:
    (folder / "librarians").mkdir()
    (folder / "librarians" / "loop-a.yaml").symlink_to("loop-b.yaml")
    (folder / "librarians" / "loop-b.yaml").symlink_to("loop-a.yaml")
    (folder / "librarians" / "gone.yaml").symlink_to("nowhere.yaml")
    (folder / "librarians" / "pipe.yaml").parent.mkdir(exist_ok=True)
    os.mkfifo(folder / "librarians" / "pipe.yaml")
    (folder / "mentoring.yaml").mkdir()
    (folder / "mentoring").symlink_to("mentoring")  # a folder of records that loops
    # a subprocess with a timeout: a FIFO once hung the reader for ever
    done = run_process(["check", "--data", str(folder), "--lang", "en", *TODAY], timeout=60)
    assert done.exit_code == 1 and "Traceback" not in done.stderr
    said = [x for x in done.stdout.splitlines() if "[file-unreadable]" in x]
    assert said == [
        "librarians/gone.yaml: error[file-unreadable]: the file cannot be read: this symbolic "
        "link leads to a file that does not exist",
        "librarians/loop-a.yaml: error[file-unreadable]: the file cannot be read: this symbolic "
        "link loops (it leads back to itself through other links)",
        "librarians/loop-b.yaml: error[file-unreadable]: the file cannot be read: this symbolic "
        "link loops (it leads back to itself through other links)",
        "librarians/pipe.yaml: error[file-unreadable]: the file cannot be read: it is a FIFO "
        "(named pipe), not a file; it is not read",
        "mentoring: error[file-unreadable]: the file cannot be read: this symbolic link loops "
        "(it leads back to itself through other links)",
        "mentoring.yaml: error[file-unreadable]: the file cannot be read: it is a folder, not a "
        "file (rename it so that it does not end in .yaml)",
    ]
    # the same folder read from the cache says the same; a write refuses, without a hang
    again = run_process(["check", "--data", str(folder), "--lang", "en", *TODAY], timeout=60)
    assert again.stdout == done.stdout
    before = digest(folder)
    enrol = run_process(
        ["add", "librarian", "--id", "new-p", "--name", "Nama", "--data", str(folder)], timeout=60
    )
    assert enrol.exit_code == 1 and "Traceback" not in enrol.stderr
    assert digest(folder) == before


@POSIX
def test_import_refuses_a_fifo_at_once(folder: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "rows.csv"
    os.mkfifo(pipe)
    done = run_process(
        ["import", "participants", str(pipe), "--data", str(folder), "--lang", "en", *TODAY],
        timeout=60,
    )
    assert done.exit_code == 1
    assert done.stderr == (
        f"pustaka: {pipe} is not a regular file (but a folder, a FIFO or a device); "
        "pustaka imports only a regular CSV file.\n"
    )


@ROOT
def test_a_rewrite_keeps_owner_group_and_mode(folder: Path) -> None:
    path = folder / "librarians.yaml"
    os.chown(path, 12345, 23456)
    path.chmod(0o640)
    code, _, err = pustaka(folder, "add", "librarian", "--id", "new-p", "--name", "Nama Baru")
    assert (code, err) == (0, "")
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (12345, 23456, 0o640)
    assert "new-p" in path.read_text(encoding="utf-8")


# --- item 7: what a person typed is kept exactly, or refused ---------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["add", "librarian", "--id", "\u2029test\u2029", "--name", "T"],
            "the id: `\\u2029test\\u2029` starts or ends with a space or an invisible character "
            "(U+2029); pustaka does not change what was typed. Write it without.",
        ),
        (
            ["add", "librarian", "--id", "t1", "--name", "\u3000Nama"],
            "the name: `\\u3000Nama` starts or ends with a space or an invisible character (U+3000); "
            "pustaka does not change what was typed. Write it without.",
        ),
        (
            ["add", "librarian", "--id", "t1", "--name", "Nama\x0b"],
            "the name: `Nama\\x0b` starts or ends with a space or an invisible character (U+000B); "
            "pustaka does not change what was typed. Write it without.",
        ),
        (
            [
                "add",
                "training",
                "--id",
                "t9",
                "--title",
                "Judul ",
                "--type",
                "kursus",
                "--start",
                "2027-01-01",
            ],
            "the title: `Judul ` starts or ends with a space or an invisible character (U+0020); "
            "pustaka does not change what was typed. Write it without.",
        ),
        (
            ["add", "librarian", "--id", "", "--name", "T"],
            "the id is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["add", "librarian", "--id", "t1", "--name", "T", "--library", ""],
            "the library is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["feedback", "--score", "3", "--id", " "],
            "the id is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["feedback", "--score", "3", "--comments", "  "],
            "comments is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["feedback", "--score", "3", "--library", ""],
            "the library is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["feedback", "--score", "3", "--comments", "ramah\u2029"],
            "comments: `ramah\\u2029` starts or ends with a space or an invisible character "
            "(U+2029); pustaka does not change what was typed. Write it without.",
        ),
        (
            ["evaluate", "eka-p", "katalogisasi=3", "--assessor", "supervisor", "--by", ""],
            "by is given but blank; give it a value, or leave the option out.",
        ),
        (
            ["add", "librarian", "--id", "t1", "--name", "A\u202eB"],
            "the name: `A\\u202eB` holds a control character (U+202E); it is not written.",
        ),
    ],
)
def test_typed_values_are_kept_or_refused(folder: Path, args: list[str], message: str) -> None:
    before = digest(folder)
    code, out, err = pustaka(folder, *args)
    assert (code, out, err) == (1, "", f"pustaka: {message}\n")
    assert digest(folder) == before


def test_a_blank_date_is_refused_not_taken_as_today(folder: Path) -> None:
    before = digest(folder)
    code, _, err = pustaka(
        folder, "evaluate", "eka-p", "katalogisasi=3", "--assessor", "supervisor", "--date", ""
    )
    assert (code, err) == (2, "pustaka: --date must be a date YYYY-MM-DD, not ``.\n")
    assert digest(folder) == before


def test_blank_session_notes_are_refused(folder: Path) -> None:
    assert pustaka(folder, "mentor", "ani-r", "budi-h")[0] == 0
    before = digest(folder)
    code, _, err = pustaka(folder, "mentor", "--session", "m-2026-budi-h", "--notes", "")
    assert (code, err) == (
        1,
        "pustaka: notes is given but blank; give it a value, or leave the option out.\n",
    )
    assert digest(folder) == before


def test_inner_spaces_round_trip_exactly(folder: Path) -> None:
    from pustaka_cli.store.folder import load

    name = "Nama\u3000Dengan  Spasi\u2029Dalam"
    code, _, err = pustaka(folder, "add", "librarian", "--id", "t1", "--name", name)
    assert (code, err) == (0, "")
    found = next(lib for lib in load(folder).dataset.librarians if lib.id == "t1")
    assert found.name == name


# --- item 8: check masks NIPs --------------------------------------------------------------


def test_check_masks_nips_unless_asked(folder: Path) -> None:
    path = folder / "librarians.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('nip: "19850312 201001 2 001"', "nip: 198503122010012001"), encoding="utf-8"
    )
    _, out, _ = pustaka(folder, "check", "--format", "text")
    assert "198503122010012001" not in out
    assert "the NIP `***************001` is written without quotes" in out
    _, shown, _ = pustaka(folder, "check", "--show-nip")
    assert "the NIP `198503122010012001` is written without quotes" in shown
    _, as_json, _ = pustaka(folder, "check", "--format", "json")
    assert "198503122010012001" not in as_json
    path.write_text(text.replace('"19850312 201001 2 001"', '"19850312 201001 2 01"'), "utf-8")
    _, out, _ = pustaka(folder, "check")
    assert "the NIP `******** ****** 2 01` does not follow" in out


# --- odd files in every place records are read, under every command ----------------------

KIND_PLACES = ("librarians", "trainings", "evaluations", "feedback", "mentoring")
WRITES = [
    ["enroll", "2026-bimtek-katalog", "budi-h"],
    ["add", "librarian", "--id", "new-p", "--name", "Nama Baru"],
    ["add", "training", "--id", "t9", "--title", "T", "--type", "kursus", "--start", "2027-01-01"],
    ["evaluate", "eka-p", "katalogisasi=3", "--assessor", "supervisor"],
    ["feedback", "--score", "3"],
    ["mentor", "ani-r", "budi-h"],
    ["import", "participants", "SHEET"],
]
READS = [
    ["check"],
    *(["report", "gaps", "--format", fmt] for fmt in ("text", "markdown", "csv", "json", "html")),
    ["report", "trainings"],
]


def _odd_everywhere(folder: Path) -> list[str]:
    """A dangling symlink, a symlink loop and a folder named ``*.yaml`` in every kind's
    folder; the paths ``check`` must name."""
    named = []
    for kind in KIND_PLACES:
        sub = folder / kind
        sub.mkdir(exist_ok=True)
        (sub / "gone.yaml").symlink_to("nowhere.yaml")
        (sub / "loop.yaml").symlink_to("loop.yaml")
        (sub / "box.yaml").mkdir()
        named += [f"{kind}/box.yaml", f"{kind}/gone.yaml", f"{kind}/loop.yaml"]
    return sorted(named)


@POSIX
@pytest.mark.parametrize("args", READS + WRITES, ids=lambda a: " ".join(a[:4]))
def test_odd_files_everywhere_under_every_command(
    folder: Path, tmp_path: Path, args: list[str]
) -> None:
    named = _odd_everywhere(folder)
    sheet = tmp_path / "rows.csv"
    sheet.write_text("training,librarian\n2026-bimtek-katalog,budi-h\n", encoding="utf-8")
    before = digest(folder)
    code, out, err = pustaka(folder, *[str(sheet) if a == "SHEET" else a for a in args])
    assert code == (0 if args[0] == "report" else 1)
    assert "Traceback" not in out + err
    assert digest(folder) == before  # a read never writes; a write on this folder refuses
    if args == ["check"]:
        found = sorted(x.split(":")[0] for x in out.splitlines() if "[file-unreadable]" in x)
        assert found == named
    elif args[0] == "report":
        assert (
            err
            == f"pustaka: errors in the data: {len(named)}; figures may be incomplete. Run `pustaka check`.\n"
        )
    else:
        # the folder's problems first, then the refusal (issue 15 item 3: no write on a broken folder)
        assert "error[file-unreadable]" in err and err.endswith("nothing was written.\n")

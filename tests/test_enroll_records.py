"""``evaluate``, ``feedback``, ``mentor``, ``add`` and ``import``: new records, safely."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli
from pustaka_cli.store.folder import load

BASIC = FOLDERS / "write-basic"
TODAY = ["--today", "2026-11-21"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(BASIC, target)
    return target


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".pustaka" not in p.parts
    }


def pustaka(folder: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    when = [] if args[0] == "add" else TODAY  # adding needs no date
    result = run_cli([*args, "--data", str(folder), "--lang", lang, *when])
    return result.exit_code, result.stdout, result.stderr


def checks_clean(folder: Path) -> bool:
    result = run_cli(["check", "--data", str(folder), *TODAY])
    return result.exit_code == 0 and result.stdout == ""


def test_evaluate_creates_the_file_and_adds_in_librarian_order(folder: Path) -> None:
    code, out, _ = pustaka(
        folder, "evaluate", "eka-p", "katalogisasi=3", "--assessor", "supervisor", "--by", "ani-r"
    )
    assert code == 0
    assert out.startswith(
        "supervisor evaluation of eka-p on 2026-11-21 recorded (evaluations.yaml)."
    )
    code, _, _ = pustaka(
        folder,
        "evaluate",
        "budi-h",
        "katalogisasi=kompeten",
        "--assessor",
        "lsp",
        "--date",
        "2026-10-01",
        "--expires",
        "2029-10-01",
    )
    assert code == 0
    assert (folder / "evaluations.yaml").read_text(encoding="utf-8") == (
        "evaluations:\n"
        "  - librarian: budi-h\n    kind: lsp\n    date: 2026-10-01\n    expires: 2029-10-01\n"
        "    results:\n      katalogisasi: kompeten\n"
        "  - librarian: eka-p\n    kind: supervisor\n    date: 2026-11-21\n    by: ani-r\n"
        "    levels:\n      katalogisasi: 3\n"
    )
    assert checks_clean(folder)


def test_an_lsp_certificate_recorded_without_expiry_is_warned_about(folder: Path) -> None:
    code, _, _ = pustaka(
        folder,
        "evaluate",
        "budi-h",
        "katalogisasi=kompeten",
        "--assessor",
        "lsp",
        "--date",
        "2026-10-01",
    )
    assert code == 0
    result = run_cli(["check", "--data", str(folder), *TODAY, "--lang", "en"])
    assert (result.exit_code, result.stdout.count("warning[lsp-without-expiry]")) == (0, 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["evaluate", "eka-p", "katalogisai=3", "--assessor", "peer"],
            "there is no competency with the id `katalogisai`; did you mean `katalogisasi`?",
        ),
        (
            [
                "evaluate",
                "eka-p",
                "katalogisasi=3",
                "--assessor",
                "peer",
                "--expires",
                "2029-01-01",
            ],
            "--expires is for test results (lsp, uji-kompetensi), not a peer assessment.",
        ),
        (
            [
                "evaluate",
                "eka-p",
                "katalogisasi=kompeten",
                "--assessor",
                "lsp",
                "--expires",
                "2026-11-21",
            ],
            "--expires 2026-11-21 must come after the date of the assessment, 2026-11-21.",
        ),
        (
            ["evaluate", "eka-p", "katalogisasi=7", "--assessor", "peer"],
            "katalogisasi: 7 is outside 0\u20134.",
        ),
        (
            ["evaluate", "eka-p", "katalogisasi=3", "--assessor", "boss"],
            "the kind of assessor: `boss` is not known; choose: supervisor, peer, self, uji-kompetensi, lsp.",
        ),
        (
            ["evaluate", "eka-p", "katalogisasi=3", "--assessor", "self", "--date", "2027-01-01"],
            "2027-01-01 is in the future (today is 2026-11-21).",
        ),
        (["mentor", "ani-r", "ani-r"], "ani-r cannot mentor themself."),
        (["mentor", "ani-r", "fajar-n"], "fajar-n is no longer active (left 2025-12-31)."),
        (["mentor", "--session", "m-none"], "there is no mentoring with the id `m-none`."),
        (["feedback", "--score", "9"], "the score: 9 is outside 1\u20134."),
        (
            ["add", "librarian", "--id", "ani-r", "--name", "Ani Lagi"],
            "the id `ani-r` is already used.",
        ),
        (
            ["add", "librarian", "--id", "x1", "--name", "Bell\x07"],
            "the name: `Bell\\x07` holds a control character (U+0007); it is not written.",
        ),
        (
            [
                "add",
                "training",
                "--id",
                "t9",
                "--title",
                "T",
                "--type",
                "rapat",
                "--start",
                "2027-01-01",
            ],
            "the activity type: `rapat` is not known; choose: "
            + ", ".join(__import__("pustaka_cli.vocab", fromlist=["x"]).ACTIVITY_TYPES)
            + ".",
        ),
    ],
)
def test_refusals_change_nothing(folder: Path, args: list[str], message: str) -> None:
    before = digest(folder)
    code, out, err = pustaka(folder, *args)
    assert (code, out, err) == (1, "", f"pustaka: {message}\n")
    assert digest(folder) == before


def test_add_asks_nothing_without_a_terminal(folder: Path) -> None:
    before = digest(folder)
    code, _, err = pustaka(folder, "add", "librarian", "--id", "hana-k")
    assert (code, err) == (1, "pustaka: the name is required.\n")
    assert digest(folder) == before


def test_add_and_mentor_round_trip(folder: Path) -> None:
    name = 'Hana "Nana"  Kusuma, S.IP.\u200b\u3000Ω'  # kept exactly, inner spaces and all
    assert (
        pustaka(
            folder,
            "add",
            "librarian",
            "--id",
            "hana-k",
            "--name",
            name,
            "--nip",
            "199001012015032001",
            "--grade",
            "Pustakawan Pertama",
        )[0]
        == 0
    )
    assert (
        pustaka(
            folder,
            "add",
            "training",
            "--id",
            "2027-kursus",
            "--title",
            "no",
            "--type",
            "kursus",
            "--start",
            "2027-03-01",
            "--capacity",
            "10",
        )[0]
        == 0
    )
    # a mentor is an expert in what is mentored (levels.expert_level)
    assert (
        pustaka(folder, "evaluate", "ani-r", "katalogisasi=4", "--assessor", "supervisor")[0] == 0
    )
    assert pustaka(folder, "mentor", "ani-r", "hana-k", "katalogisasi")[0] == 0
    assert (
        pustaka(
            folder,
            "mentor",
            "--session",
            "m-2026-hana-k",
            "--minutes",
            "90",
            "--notes",
            "12:30 # first",
        )[0]
        == 0
    )
    data = load(folder).dataset
    hana = next(lib for lib in data.librarians if lib.id == "hana-k")
    assert (hana.name, hana.nip, hana.grade) == (name, "199001012015032001", "ahli-pertama")
    kursus = next(t for t in data.trainings if t.id == "2027-kursus")
    assert (kursus.title, kursus.capacity) == ("no", 10)
    (pair,) = data.mentoring
    assert [(s.minutes, s.notes) for s in pair.sessions] == [(90, "12:30 # first")]
    assert checks_clean(folder)


def test_feedback_gets_an_id_and_keeps_its_values(folder: Path) -> None:
    code, out, _ = pustaka(
        folder,
        "feedback",
        "--score",
        "3,4",
        "--library",
        "pusat",
        "--service",
        "sirkulasi",
        "--respondents",
        "120",
    )
    assert code == 0
    assert out.startswith("feedback ikm-2026-11-21-pusat-sirkulasi (score 3.4) recorded")
    assert checks_clean(folder)


# --- imports --------------------------------------------------------------------------

PEOPLE = ["ani-r", "budi-h", "citra-l", "dedi-s", "eka-p", "gita-m"]


def evaluation_rows(count: int) -> list[str]:
    """``count`` rows: each person rated on a different day in two competencies."""
    rows = ["librarian,kind,date,by,competency,level"]
    for n in range(count):
        who = PEOPLE[n // 2 % len(PEOPLE)]
        day = 1 + n // 2 // len(PEOPLE)
        month, day = 1 + (day - 1) // 28, 1 + (day - 1) % 28
        comp = "katalogisasi" if n % 2 == 0 else "klasifikasi"
        rows.append(f"{who},supervisor,2026-{month:02d}-{day:02d},ani-r,{comp},{n % 5}")
    return rows


def test_import_of_a_thousand_rows_with_one_bad_writes_nothing_and_names_it(
    folder: Path,
) -> None:
    rows = evaluation_rows(1000)
    rows[738] = rows[738].replace("supervisor", "supervisr")
    sheet = folder.parent / "penilaian.csv"
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = digest(folder)
    code, out, err = pustaka(folder, "import", "evaluations", str(sheet))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"pustaka: {sheet}:739: the kind of assessor: `supervisr` is not known; choose: supervisor, peer, "
        "self, uji-kompetensi, lsp.",
        f"pustaka: {sheet}: wrong rows: 1 (see above); nothing was written.",
    ]
    assert digest(folder) == before


def test_import_of_a_thousand_rows(folder: Path) -> None:
    sheet = folder.parent / "penilaian.csv"
    sheet.write_text("\ufeff" + "\r\n".join(evaluation_rows(1000)) + "\r\n", encoding="utf-8")
    code, out, _ = pustaka(folder, "import", "evaluations", str(sheet))
    assert code == 0
    assert out.startswith("500 records from penilaian.csv added to evaluations")
    evaluations = load(folder).dataset.evaluations
    assert len(evaluations) == 500
    assert all(len(e.levels) == 2 for e in evaluations)
    assert checks_clean(folder)


def test_import_wide_sheet_with_semicolons(folder: Path) -> None:
    sheet = folder.parent / "lembar.csv"
    sheet.write_text(
        "Librarian;Kind;Date;katalogisasi;klasifikasi\n"
        "budi-h;supervisor;2026-06-30;3;2\n"
        "eka-p;peer;2026-06-30;;4\n",
        encoding="utf-8",
    )
    assert pustaka(folder, "import", "evaluations", str(sheet))[0] == 0
    got = [
        (e.librarian, [(r.competency, r.level) for r in e.levels])
        for e in load(folder).dataset.evaluations
    ]
    assert got == [
        ("budi-h", [("katalogisasi", 3), ("klasifikasi", 2)]),
        ("eka-p", [("klasifikasi", 4)]),
    ]


def test_import_lsp_results_with_their_expiry(folder: Path) -> None:
    sheet = folder.parent / "lsp.csv"
    sheet.write_text(
        "librarian,kind,date,expires,competency,level\n"
        "budi-h,lsp,2026-03-12,2029-03-12,katalogisasi,kompeten\n"
        "budi-h,lsp,2026-03-12,2029-03-12,klasifikasi,kompeten\n",
        encoding="utf-8",
    )
    assert pustaka(folder, "import", "evaluations", str(sheet))[0] == 0
    [e] = load(folder).dataset.evaluations
    assert (e.kind, str(e.expires), len(e.results)) == ("lsp", "2029-03-12", 2)
    assert checks_clean(folder)


def test_import_participants_checks_each_row_by_the_enrol_rules(folder: Path) -> None:
    sheet = folder.parent / "pendaftar.csv"
    sheet.write_text(
        "training,librarian\n"
        "2027-seminar-literasi,budi-h\n"
        "2027-seminar-literasi,fajar-n\n"
        "2027-seminar-literasi,ani-r\n"
        "2027-seminar-literasi,budi-h\n"
        "2026-bimtek-katalg,gita-m\n"
        "2027-seminar-literasi,gita-m,extra\n",
        encoding="utf-8",
    )
    before = digest(folder)
    code, _, err = pustaka(folder, "import", "participants", str(sheet))
    assert code == 1
    assert [line.split(": ", 2)[1].rsplit(":", 1)[1] for line in err.splitlines()[:-1]] == [
        "3",
        "4",
        "5",
        "6",
        "7",
    ]
    assert digest(folder) == before
    sheet.write_text(
        "training,librarian\n"
        "2027-seminar-literasi,gita-m\n"
        "2026-bimtek-katalog,budi-h\n"
        "2026-bimtek-katalog,dedi-s\n"
        "2027-seminar-literasi,budi-h\n",
        encoding="utf-8",
    )
    code, out, _ = pustaka(folder, "import", "participants", str(sheet))
    assert code == 0, out
    data = load(folder).dataset
    states = {t.id: {p.librarian: p.state for p in t.participants} for t in data.trainings}
    assert states["2026-bimtek-katalog"]["dedi-s"] == "waitlisted"
    assert states["2027-seminar-literasi"]["gita-m"] == "enrolled"
    assert checks_clean(folder)


def test_import_feedback(folder: Path) -> None:
    sheet = folder.parent / "ikm.csv"
    sheet.write_text(
        "date,library,service,method,respondents,score,comments\n"
        '2026-06-30,pusat,sirkulasi,kuesioner,120,3.4,"Ramah, cepat"\n'
        '2026-06-30,pusat,sirkulasi,kotak-saran,12,3.1,=HYPERLINK("x")\n',
        encoding="utf-8",
    )
    assert pustaka(folder, "import", "feedback", str(sheet))[0] == 0
    got = [(f.id, f.score, f.comments) for f in load(folder).dataset.feedback]
    assert got == [
        ("ikm-2026-06-30-pusat-sirkulasi", 3.4, "Ramah, cepat"),
        ("ikm-2026-06-30-pusat-sirkulasi-2", 3.1, '=HYPERLINK("x")'),
    ]

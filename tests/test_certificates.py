"""Certificates (domain/certificates.py): STTPPs of participations and of learning
elsewhere, LSP certificates with their scheme and validity, the recertification window,
and check's warning on an LSP certificate without an end — worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import DATA, run_cli
from helpers import make_folder, problems_of
from pustaka_cli.domain import certificates as papers
from pustaka_cli.errors import UsageError
from pustaka_cli.problems import Severity
from pustaka_cli.store.folder import load

D = dt.date
AS_OF = D(2026, 11, 21)

LIBRARIANS = """\
librarians:
  - {id: ani, name: Ani Wulandari, library: pusat, grade: ahli-pertama, employment: pns}
  - {id: budi, name: Budi Santoso, library: pusat, grade: ahli-pertama, employment: pns}
"""

# ani: expires 2027-05-21 (the last day of a 6-month window from 2026-11-21: in), one
# that expired 2026-11-20 (out), one expiring today 2026-11-21 (in). budi: 2027-05-22
# (a day past the window: out), and one without any end (check warns).
EVALUATIONS = """\
evaluations:
  - {librarian: ani, kind: lsp, date: 2024-05-21, certificate: LSP/1, scheme: Referensi,
     expires: 2027-05-21, results: {referensi: kompeten}}
  - {librarian: ani, kind: lsp, date: 2023-11-20, certificate: LSP/2, scheme: Katalog,
     expires: 2026-11-20, results: {katalogisasi: kompeten}}
  - {librarian: ani, kind: lsp, date: 2023-11-21, certificate: LSP/3, scheme: Sirkulasi,
     expires: 2026-11-21, results: {sirkulasi: kompeten}}
  - {librarian: budi, kind: lsp, date: 2024-05-22, certificate: LSP/4, scheme: Referensi,
     expires: 2027-05-22, results: {referensi: kompeten}}
  - {librarian: budi, kind: lsp, date: 2025-01-10, certificate: LSP/5, scheme: Otomasi,
     results: {otomasi: kompeten}}
"""

TRAININGS = """\
trainings:
  - id: t-kat
    title: Katalogisasi
    type: pelatihan
    start: 2025-03-10
    end: 2025-03-12
    jp: 24
    participants:
      - {librarian: ani, state: completed, certificate: {number: STTPP/7, date: 2025-03-20}}
      - {librarian: budi, state: completed, certificate: {number: STTPP/8}}
"""

LEARNING = """\
learning:
  - {id: el-budi, librarian: budi, title: E-learning, type: e-learning, start: 2026-05-04,
     jp: 20, certificate: {number: PNRI/9, date: 2026-06-15}}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(
        tmp_path / "data",
        {
            "librarians.yaml": LIBRARIANS,
            "evaluations.yaml": EVALUATIONS,
            "trainings.yaml": TRAININGS,
            "learning.yaml": LEARNING,
        },
    )


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("6m", D(2027, 5, 21)),
        ("90d", D(2027, 2, 19)),  # 9 days of November, 31 + 31 + 19
        ("1y", D(2027, 11, 21)),
        ("12M", D(2027, 11, 21)),
    ],
)
def test_window(text: str, end: dt.date) -> None:
    assert papers.window(text).end(AS_OF) == end


def test_a_window_ends_on_a_month_end_when_the_day_is_missing() -> None:
    assert papers.window("6m").end(D(2026, 8, 31)) == D(2027, 2, 28)


@pytest.mark.parametrize("text", ["6", "six months", "0m", "6w", "-1y", ""])
def test_a_bad_window_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError):
        papers.window(text)


def test_held_and_their_status(folder: Path) -> None:
    held = papers.held(load(folder).dataset, AS_OF)
    assert [(h.librarian, h.kind, h.number, h.date, h.until, h.status) for h in held] == [
        ("ani", "lsp", "LSP/2", D(2023, 11, 20), D(2026, 11, 20), "expired"),
        ("ani", "lsp", "LSP/3", D(2023, 11, 21), D(2026, 11, 21), "valid"),  # its last day
        ("ani", "lsp", "LSP/1", D(2024, 5, 21), D(2027, 5, 21), "valid"),
        ("ani", "sttpp", "STTPP/7", D(2025, 3, 20), None, "valid"),
        ("budi", "lsp", "LSP/4", D(2024, 5, 22), D(2027, 5, 22), "valid"),
        ("budi", "lsp", "LSP/5", D(2025, 1, 10), None, "no-expiry"),
        ("budi", "sttpp", "STTPP/8", D(2025, 3, 12), None, "valid"),  # the activity's day
        ("budi", "sttpp", "PNRI/9", D(2026, 6, 15), None, "valid"),  # learning elsewhere
    ]


def test_valid_months_gives_the_lsp_end_the_levels_use(tmp_path: Path) -> None:
    # levels.valid_months.lsp: 36 -> LSP/5 of 2025-01-10 is valid until 2028-01-10.
    folder = make_folder(
        tmp_path / "v",
        {"librarians.yaml": LIBRARIANS, "evaluations.yaml": EVALUATIONS},
        settings="organisation: X\nlevels: {valid_months: {lsp: 36}}\n",
    )
    held = {h.number: h for h in papers.held(load(folder).dataset, AS_OF)}
    assert (held["LSP/5"].until, held["LSP/5"].status) == (D(2028, 1, 10), "valid")
    assert held["LSP/1"].until == D(2027, 5, 21)  # its own expires comes first


def test_expiring_within_six_months(folder: Path) -> None:
    held = papers.held(load(folder).dataset, AS_OF)
    soon = papers.expiring(held, AS_OF, papers.window("6m"))
    # From 2026-11-21 to 2027-05-21, both days in; soonest first.
    assert [h.number for h in soon] == ["LSP/3", "LSP/1"]


def test_report_certificates_expiring(folder: Path) -> None:
    args = ["report", "certificates", "--data", str(folder), "--today", "2026-11-21"]
    body = json.loads(run_cli([*args, "--expiring", "6m", "-f", "json", "--lang", "en"]).stdout)
    tables = {t["key"]: t["rows"] for t in body["tables"]}
    assert [(r["librarian"], r["number"], r["until"]) for r in tables["expiring"]] == [
        ("ani", "LSP/3", "2026-11-21"),
        ("ani", "LSP/1", "2027-05-21"),
    ]
    assert len(tables["certificates"]) == 8
    params = body["parameters"]
    assert (params["expiring"], params["window_end"]) == ("6m", "2027-05-21")
    # --as-of moves the window: from 2027-05-22, 90 days: only budi's LSP/4 (2027-05-22).
    later = json.loads(
        run_cli([*args, "--as-of", "2027-05-22", "--expiring", "90d", "-f", "json"]).stdout
    )
    rows = {t["key"]: t["rows"] for t in later["tables"]}["expiring"]
    assert [r["number"] for r in rows] == ["LSP/4"]
    text = run_cli([*args, "--expiring", "1y"]).stdout
    assert "perlu sertifikasi ulang" in text and "tanpa tanggal berakhir" in text


def test_expiring_is_for_certificates_only_and_must_be_a_window(folder: Path) -> None:
    base = ["--data", str(folder), "--today", "2026-11-21", "--lang", "en"]
    wrong = run_cli(["report", "hours", *base, "--expiring", "6m"])
    assert wrong.exit_code == 2 and "--expiring" in wrong.stderr
    bad = run_cli(["report", "certificates", *base, "--expiring", "6 months"])
    assert bad.exit_code == 2 and "90d (days), 6m (months), 1y (years)" in bad.stderr


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "warning[lsp-without-expiry]: the LSP certificate of `budi` has no `expires`"),
        ("id", "peringatan[lsp-without-expiry]: sertifikat LSP milik `budi` tanpa tanggal"),
    ],
)
def test_check_warns_on_an_lsp_certificate_without_expiry(
    folder: Path, lang: str, words: str
) -> None:
    found = [p for p in problems_of(folder) if p.code == "lsp-without-expiry"]
    assert [(p.loc.path, p.loc.line, p.loc.col, p.severity) for p in found] == [
        ("evaluations.yaml", 10, 5, Severity.WARNING)
    ]
    said = run_cli(["check", "--data", str(folder), "--today", "2026-11-21", "--lang", lang])
    assert said.exit_code == 0  # a warning, not an error
    line = next(x for x in said.stdout.splitlines() if "lsp-without-expiry" in x)
    assert line.startswith(f"evaluations.yaml:10:5: {words}")


def test_shipped_data_has_a_certificate_to_renew() -> None:
    held = papers.held(load(DATA).dataset, AS_OF)
    soon = papers.expiring(held, AS_OF, papers.window("6m"))
    assert [(h.librarian, h.number, h.until) for h in soon] == [
        ("kemas-a", "LSP-PUS/2024/1182", D(2027, 5, 14))
    ]

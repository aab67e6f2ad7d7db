"""Every report and an IDP of the shipped data, printed to PDF by headless Chromium.

What a head of library gets on paper: A4 pages (landscape where a table is wide), every
competency of the gap matrix, every column heading (no table cut at the page's edge),
and an IDP of at most two pages. Needs Debian's ``chromium`` and ``poppler-utils``
(``pdfinfo``, ``pdftotext``, ``pdftoppm``); skipped where they are missing.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import run_cli
from test_report_browser import hex_rgb, pixels

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdftoppm"))
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None or not POPPLER, reason="no chromium or poppler-utils"),
]
DATA = str(Path(__file__).resolve().parent.parent / "data")
# A day after every dated record of data/ (its 2026 evaluations run to August).
TODAY = ["--today", "2026-12-01", "--no-cache"]
REPORTS = ("summary", "gaps", "progress", "hours", "trainings", "feedback", "mentoring")
A4 = {(595, 842), (842, 595)}  # points, upright or landscape
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def print_pdfs(pages: list[Path]) -> list[Path]:
    """Each page printed by its own headless Chromium, all at once."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profiles:
        running = [
            subprocess.Popen(
                [
                    CHROMIUM,
                    *FLAGS,
                    f"--user-data-dir={profiles}/{n}",
                    f"--print-to-pdf={page.with_suffix('.pdf')}",
                    page.as_uri(),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for n, page in enumerate(pages)
        ]
        for process in running:
            process.wait(timeout=300)
    for page in pages:
        assert page.with_suffix(".pdf").exists(), f"chromium printed nothing for {page.name}"
    return [page.with_suffix(".pdf") for page in pages]


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (round(float(w)), round(float(h)))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    ]


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def headings(page: str) -> set[str]:
    found = re.findall(r"<th[^>]*>(.*?)</th>", page)
    return {html.unescape(re.sub(r"<[^>]+>", "", h)) for h in found}


IDPS = ("hotma-s", "ayu-l", "sri-w")  # typical librarians: a few gaps each


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every report, three IDPs and an F4 report of data/, printed to PDF."""
    folder = tmp_path_factory.mktemp("print")
    pages = {}
    for kind in REPORTS:
        page = pages[kind] = folder / f"{kind}.html"
        args = ["report", *([kind] if kind != "summary" else []), "--data", DATA, *TODAY]
        assert run_cli([*args, "-o", str(page)]).exit_code == 0
    page = pages["explain"] = folder / "explain.html"
    assert run_cli(["explain", "hotma-s", "--data", DATA, *TODAY, "-o", str(page)]).exit_code == 0
    for librarian in IDPS:
        page = pages[librarian] = folder / f"idp-{librarian}.html"
        assert run_cli(["idp", librarian, "--data", DATA, *TODAY, "-o", str(page)]).exit_code == 0
    page = pages["f4"] = folder / "f4.html"
    run_cli(["report", "feedback", "--data", DATA, *TODAY, "--paper", "f4", "-o", str(page)])
    print_pdfs(list(pages.values()))
    return {name: page.with_suffix(".pdf") for name, page in pages.items()}


@pytest.mark.parametrize("kind", [*REPORTS, "explain"])
def test_every_report_prints_on_a4_with_every_column(printed: dict[str, Path], kind: str) -> None:
    pdf = printed[kind]
    sizes = page_sizes(pdf)
    assert sizes and set(sizes) <= A4, (kind, sizes)
    words = set(pdf_text(pdf).split())
    text = pdf.with_suffix(".html").read_text(encoding="utf-8")
    for heading in headings(text):
        missing = [w for w in heading.split() if w not in words]
        assert not missing, f"{kind}: column heading {heading!r} is not on paper"


def test_every_competency_of_the_gap_matrix_is_on_paper(printed: dict[str, Path]) -> None:
    pdf = printed["gaps"]
    matrix = json.loads(
        run_cli(["report", "gaps", "--data", DATA, *TODAY, "--format", "json"]).stdout
    )["tables"][0]
    ids = [c["key"] for c in matrix["columns"] if c["kind"] == "matrix"]
    assert len(ids) == 22
    printed_text = pdf_text(pdf)
    assert [i for i in ids if i not in printed_text] == []
    assert any(w > h for w, h in page_sizes(pdf))  # the matrix table is on landscape pages
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    first = next(pdf.parent.glob("gaps*.png")).read_bytes()
    assert hex_rgb("#7fbf7b") in pixels(first)  # the heat-map is drawn on page 1


@pytest.mark.parametrize("librarian", IDPS)
def test_a_typical_idp_fits_two_a4_pages_with_its_signatures_together(
    printed: dict[str, Path], librarian: str
) -> None:
    pdf = printed[librarian]
    sizes = page_sizes(pdf)
    assert len(sizes) <= 2 and set(sizes) <= {(595, 842)}, (librarian, sizes)
    last = subprocess.run(
        ["pdftotext", "-f", str(len(sizes)), "-l", str(len(sizes)), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for role in ("Tempat, tanggal", "Pegawai yang", "Atasan langsung", "Koordinator pembinaan"):
        assert role in last, (librarian, role)
    assert "`" not in pdf_text(pdf)


def test_paper_f4_prints_folio(printed: dict[str, Path]) -> None:
    assert set(page_sizes(printed["f4"])) <= {(609, 935), (935, 609)}

"""``pustaka recommend``, ``plan`` and ``idp`` through the command line: golden files in
both languages (``pytest --update-golden`` rewrites them), refusals, and the HTML
development plan rendered in a real headless browser.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conftest import DATA, FOLDERS, run_cli

FOLDER = str(FOLDERS / "plan-basic")
PINNED = ["--data", FOLDER, "--today", "2026-11-21"]
LANGS = ("id", "en")


def ok(args: list[str]) -> str:
    result = run_cli(args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


# --- golden files ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("fmt", "ext"), [("text", "txt"), ("markdown", "md"), ("html", "html")])
def test_idp_golden(golden: object, lang: str, fmt: str, ext: str) -> None:
    out = ok(["idp", "ani", "--format", fmt, "--lang", lang, *PINNED])
    golden(f"idp/ani.{lang}.{ext}", out)  # type: ignore[operator]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("who", ["ani", "budi", "gita", "hana"])
def test_recommend_golden(golden: object, lang: str, who: str) -> None:
    golden(f"recommend/{who}.{lang}.txt", ok(["recommend", who, "--lang", lang, *PINNED]))  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            (
                "gives 20 of the 20 JP still needed in 2027",
                "gives 8 of the 12 JP still needed in 2026",
            ),
        ),
        (
            "id",
            (
                "memberi 20 dari 20 JP yang masih diperlukan pada 2027",
                "memberi 8 dari 12 JP yang masih diperlukan pada 2026",
            ),
        ),
    ],
)
def test_recommend_names_the_year_of_each_jp_need(lang: str, words: tuple[str, ...]) -> None:
    # Issue 12, item 9: beside "JP 2026: 8 of 20", a 2027 activity must not read as 2026's.
    out = " ".join(ok(["recommend", "ani", "--lang", lang, *PINNED]).split())
    for text in words:
        assert text in out


@pytest.mark.parametrize("lang", LANGS)
def test_mentors_golden(golden: object, lang: str) -> None:
    out = ok(["recommend", "--mentors", "--max-mentees", "2", "--lang", lang, *PINNED])
    golden(f"recommend/mentors.{lang}.txt", out)  # type: ignore[operator]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("budget", ["0", "15000000", "15.000.000", "unlimited"])
def test_plan_golden(golden: object, lang: str, budget: str) -> None:
    out = ok(["plan", "--budget", budget, "--lang", lang, *PINNED])
    name = budget.replace(".", "")
    golden(f"plan/budget-{name}.{lang}.txt", out)  # type: ignore[operator]


def test_budget_spellings_agree() -> None:
    assert ok(["plan", "--budget", "15000000", *PINNED]) == ok(
        ["plan", "--budget", "15.000.000", *PINNED]
    )


def test_plan_period_options() -> None:
    out = ok(
        [
            "plan",
            "--budget",
            "unlimited",
            "--from",
            "2027-01-01",
            "--to",
            "2027-02-28",
            "--lang",
            "en",
            *PINNED,
        ]
    )
    assert "Programme plan 2027-01-01 to 2027-02-28" in out
    assert "(p-des)" not in out.split("Not run")[0]


def test_text_fits_80_columns() -> None:
    for args in (
        ["idp", "ani"],
        ["recommend", "ani"],
        ["recommend", "--mentors"],
        ["plan", "--budget", "15000000"],
    ):
        for lang in LANGS:
            out = ok([*args, "--lang", lang, *PINNED])
            assert max(len(line) for line in out.splitlines()) <= 80, (args, lang)


# --- files and formats ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "start"), [("idp.html", "<!DOCTYPE html>"), ("idp.md", "# "), ("idp.txt", "Rencana")]
)
def test_idp_output_file_takes_its_format_from_the_extension(
    tmp_path: Path, name: str, start: str
) -> None:
    target = tmp_path / name
    assert ok(["idp", "ani", "-o", str(target), *PINNED]) == ""
    assert target.read_text(encoding="utf-8").startswith(start)


def test_html_escapes_everything_and_loads_nothing() -> None:
    page = ok(["idp", "gita", "--format", "html", "--lang", "en", *PINNED])
    assert "Gita &amp; &lt;Sari&gt;" in page
    assert "<Sari>" not in page
    assert not re.search(r"<script|\bsrc=|\bhref=|@import|url\(", page)
    md = ok(["idp", "gita", "--format", "markdown", "--lang", "en", *PINNED])
    assert "Gita & \\<Sari\\>" in md


def test_nip_is_masked_unless_asked() -> None:
    assert "******** ****** * 001" in ok(["idp", "ani", *PINNED])
    assert "19850312 201001 2 001" in ok(["idp", "ani", "--show-nip", *PINNED])


# --- refusals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["recommend", "nobody"], 1, "there is no librarian `nobody`"),
        (["idp", "nobody"], 1, "there is no librarian `nobody`"),
        (["recommend"], 2, "name a librarian's id, or use --mentors"),
        (["recommend", "--mentors", "--max-mentees", "0"], 2, "at least 1"),
        (["plan", "--budget", "lots"], 2, "--budget (the budget) must be an amount of money"),
        (["plan", "--budget", "1", "--from", "2027-02-30"], 2, "--from must be a date"),
        (["idp", "ani", "--format", "pdf"], 2, "unknown format `pdf`"),
        (["idp", "ani", "-o", "plan.docx"], 2, "unknown format `.docx`"),
    ],
)
def test_refusals_are_one_sentence(args: list[str], code: int, words: str) -> None:
    result = run_cli([*args, "--lang", "en", *PINNED])
    assert result.exit_code == code
    assert words in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_refusals_speak_indonesian() -> None:
    result = run_cli(["recommend", "nobody", "--lang", "id", *PINNED])
    assert result.stderr == "pustaka: pustakawan `nobody` tidak ada dalam catatan.\n"


# --- the shipped data -----------------------------------------------------------------


@pytest.mark.slow  # 35 IDPs, ~10 s
@pytest.mark.skipif(not (DATA / "pustaka.yaml").exists(), reason="no shipped data yet")
def test_every_shipped_librarian_has_an_idp() -> None:
    from pustaka_cli.store.folder import load

    ids = [lib.id for lib in load(DATA).dataset.librarians]
    shipped = ["--data", str(DATA), "--today", "2026-11-21"]
    for lid in ids:
        for lang in LANGS:
            out = ok(["idp", lid, "--lang", lang, *shipped])
            assert lid in out
    assert ok(["plan", "--budget", "25000000", *shipped])
    assert ok(["recommend", "--mentors", *shipped])


# --- the printable page in a real browser ---------------------------------------------


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Rows of RGB(A) pixels of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                cur[i] = (cur[i] + a) & 255
            elif kind == 2:
                cur[i] = (cur[i] + b) & 255
            elif kind == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prev = cur
    return width, channels, rows


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_the_html_idp_renders_in_a_headless_browser(tmp_path: Path) -> None:
    page = tmp_path / "idp.html"
    assert ok(["idp", "ani", "-o", str(page), "--lang", "en", *PINNED]) == ""
    shot = tmp_path / "idp.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=900,1400",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    width, channels, rows = _png_pixels(shot.read_bytes())
    dark = sum(1 for row in rows for x in range(0, width * channels, channels) if row[x] < 100)
    total = width * len(rows)
    assert 0.003 < dark / total < 0.5, "the page rendered blank or black"
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<table>") >= 2 and 'class="sign"' in dom

"""The HTML reports in a real headless browser: the charts render, offline.

Needs Debian's ``chromium`` (installed by .ci/run); skipped where there is none.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conftest import FOLDERS, run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium to render HTML"),
]
BASIC = str(FOLDERS / "report-basic")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--disable-quic",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
]


def browser(*args: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, *args], capture_output=True, text=True, timeout=120, check=False
    )
    return done.stdout


def pixels(png: bytes) -> set[tuple[int, int, int]]:
    """The distinct RGB colours of an 8-bit RGB or RGBA PNG (enough to see what rendered)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    found: set[tuple[int, int, int]] = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 255
        found.update((line[x], line[x + 1], line[x + 2]) for x in range(0, stride, channels * 3))
        previous = line
    return found


def hex_rgb(text: str) -> tuple[int, int, int]:
    return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))


@pytest.mark.slow
def test_gap_heatmap_and_bars_render_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "gaps.html"
    result = run_cli(["report", "gaps", "--data", BASIC, "--today", "2026-06-30", "-o", str(page)])
    assert result.exit_code == 0
    dom = browser("--dump-dom", page.as_uri())
    heatmap = dom.split('class="heatmap"')[1].split("</svg>")[0]
    assert heatmap.count("<g><title>") == 9 and heatmap.count("<rect") == 9 + 6  # and the key
    shot = tmp_path / "gaps.png"
    browser(f"--screenshot={shot}", "--window-size=900,900", page.as_uri())
    colours = pixels(shot.read_bytes())
    assert len(colours) > 20  # not blank
    assert hex_rgb("#7fbf7b") in colours  # a met cell
    assert hex_rgb("#fc8d59") in colours  # citra's gap of 2 in katalogisasi

    hours = tmp_path / "hours.html"
    run_cli(
        [
            "report",
            "hours",
            "--data",
            BASIC,
            "--today",
            "2026-06-30",
            "--year",
            "2025",
            "-o",
            str(hours),
        ]
    )
    dom = browser("--dump-dom", hours.as_uri())
    chart = dom.split('class="bars"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 10 and chart.count('class="target"') == 2  # a PPPK: a ceiling
    shot = tmp_path / "hours.png"
    browser(f"--screenshot={shot}", "--window-size=900,900", hours.as_uri())
    assert hex_rgb("#4e79a7") in pixels(shot.read_bytes())  # klasikal bars

"""Time every report on a generated programme of about 500 staff over five years.

    python benchmarks/time_reports.py [--scale 0.05] [--keep DIR]

Builds the folder with make_national.py (deterministic), then for each report prints the
seconds spent reading and checking the folder (once), computing the report, and rendering
it in every format. The issue's budget: every report under a second end to end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_national import make

from pustaka_cli import reports
from pustaka_cli.i18n import Translator
from pustaka_cli.index import Index
from pustaka_cli.render import output, views
from pustaka_cli.selection import Selection, period
from pustaka_cli.workspace import open_folders

TODAY = dt.date(2026, 11, 21)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.05, help="0.05 = about 500 staff")
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "data"
        make(folder, args.scale, "few", 1)
        started = time.perf_counter()
        ws = open_folders([folder], TODAY)
        loaded = time.perf_counter() - started
        data = ws.dataset
        print(f"{len(data.librarians)} staff, {len(data.trainings)} activities, "
              f"{len(data.evaluations)} evaluations; read and checked in {loaded:.2f} s")
        ix = Index.of(data)
        req = reports.Request(TODAY, TODAY, period(TODAY, None, dt.date(2022, 1, 1), None),
                              Selection())
        t = Translator("en")
        formats = ("text", "markdown", "csv", "json", "html")
        print(f"{'report':<10} {'compute':>8} " + " ".join(f"{f:>8}" for f in formats)
              + f" {'total':>8}")
        for kind in views.REPORTS:
            # The best of three runs: other work on the machine only ever adds time.
            compute = float("inf")
            for _ in range(3):
                a = time.perf_counter()
                doc = views.report(kind, views.Context(data, ix, req, t))
                compute = min(compute, time.perf_counter() - a)
            rendered = []
            for fmt in formats:
                best = float("inf")
                for _ in range(3):
                    b = time.perf_counter()
                    output.render(doc, fmt, t)
                    best = min(best, time.perf_counter() - b)
                rendered.append(best)
            total = loaded + compute + max(rendered)
            print(f"{kind:<10} {compute:8.3f} " + " ".join(f"{r:8.3f}" for r in rendered)
                  + f" {total:8.2f}")


if __name__ == "__main__":
    main()

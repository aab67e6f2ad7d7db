"""Time every report on a generated programme of about 500 staff over five years.

    python benchmarks/time_reports.py [--scale 0.05] [--keep DIR | --data DIR]

Builds the folder with make_national.py (deterministic), or takes an existing one with
``--data`` (a national folder: compare reports at the scale of issue 6), then prints the
seconds spent
reading and checking the folder (once) and, for each report, computing it, rendering it in
every format, and running the whole ``pustaka report`` command as a user would (start-up
included). The issue's budget: every report under a second end to end. Each figure is the
best of three runs, since other work on the machine only ever adds time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_national import make

from pustaka_cli.api.reading import open_workspace
from pustaka_cli.domain import reports
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.selection import Selection, period
from pustaka_cli.i18n import Translator
from pustaka_cli.render import output, views

TODAY = dt.date(2026, 11, 21)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.05, help="0.05 = about 500 staff")
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    parser.add_argument("--data", type=Path, help="time this folder instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data or args.keep or Path(tmp) / "data"
        if args.data is None:
            make(folder, args.scale, "few", 1)
        started = time.perf_counter()
        ws = open_workspace([folder], TODAY, cache=False)
        loaded = time.perf_counter() - started
        data = ws.dataset
        print(
            f"{len(data.librarians)} staff, {len(data.trainings)} activities, "
            f"{len(data.evaluations)} evaluations; read and checked in {loaded:.2f} s"
        )
        ix = Index.of(data)
        req = reports.Request(
            TODAY, TODAY, period(TODAY, None, dt.date(2022, 1, 1), None), Selection()
        )
        t = Translator("en")
        formats = ("text", "markdown", "csv", "json", "html")
        print(
            f"{'report':<10} {'compute':>8} "
            + " ".join(f"{f:>8}" for f in formats)
            + f" {'command':>8}"
        )
        gc.disable()  # as the report command does while it computes and renders
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
            command = _command(folder, kind)
            print(
                f"{kind:<10} {compute:8.3f} "
                + " ".join(f"{r:8.3f}" for r in rendered)
                + f" {command:8.2f}"
            )
        gc.enable()


def _command(folder: Path, kind: str) -> float:
    """Seconds for ``pustaka report KIND`` as a user runs it (start-up included), best of 3."""
    args = [sys.executable, "-m", "pustaka_cli", "report"]
    if kind != "summary":
        args.append(kind)
    args += ["--data", str(folder), "--today", TODAY.isoformat(), "--format", "text"]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    main()

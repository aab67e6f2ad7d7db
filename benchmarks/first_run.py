"""The first run is not a penalty (issue 17, item 3): what filling the cache costs, and
what a report right after ``check`` reuses.

    python benchmarks/first_run.py [--scale 0.5] [--work DIR] [--repeat 3]

On the national folders ``run.py`` makes (both layouts, made here when missing), in
rounds, each command in a fresh subprocess, the least CPU time of ``--repeat`` rounds:

- P: PyYAML's C loader over every file, the collector paused (as ``run.py``);
- ``check`` and ``report gaps`` cold (``--no-cache``);
- ``check`` first run: the cache emptied, then filled by this run (what every user pays
  after a clone or a pull);
- ``report gaps`` right after that ``check``, nothing changed.

Goals: first run ≤ 1.0 x P; the report after ``check`` ≤ 0.25 x the cold report.
The code measured is the ``pustaka_cli`` that ``python -m pustaka_cli`` imports: set
PYTHONPATH to an export's ``src`` to measure that export.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
TODAY = "2026-11-21"
FLOOR_YAML = """
import gc, sys, pathlib, yaml
gc.disable()
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):
    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
"""


def cpu(args: list[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds (user + system) of one child running ``args``; output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pustaka(*args: str) -> list[str]:
    return [PY, "-m", "pustaka_cli", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pustaka-bench")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    found = subprocess.run([PY, "-c", "import pustaka_cli; print(pustaka_cli.__file__)"],
                           capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    print(f"# first run, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, scale "
          f"{args.scale:g}, least CPU of {args.repeat} rounds, code: {found}, load average "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    print()
    print(
        "| layout | P | check cold | check first run | ratio (≤ 1.0 x P) "
        "| gaps cold | gaps after check | ratio (≤ 0.25 x cold) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    no_cache = {**os.environ, "PUSTAKA_NO_CACHE": "1"}
    for layout in ("few", "many"):
        folder = args.work / f"national-{args.scale:g}-{layout}"
        if not (folder / "pustaka.yaml").is_file():
            subprocess.run([PY, str(HERE / "make_national.py"), str(folder), "--scale",
                            str(args.scale), "--layout", layout], check=True)  # fmt: skip
        check = pustaka("check", "--data", str(folder), "--today", TODAY)
        gaps = pustaka("report", "gaps", "--data", str(folder), "--today", TODAY, "--format", "csv")
        times: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            shutil.rmtree(folder / ".pustaka" / "cache", ignore_errors=True)
            for name, command, env in (
                ("P", [PY, "-c", FLOOR_YAML, str(folder)], None),
                ("check-cold", check, no_cache),
                ("gaps-cold", gaps, no_cache),
                ("check-first", check, None),  # the cache is empty: this fills it
                ("gaps-after-check", gaps, None),
            ):
                times.setdefault(name, []).append(cpu(command, env))
        best = {name: min(values) for name, values in times.items()}
        fill = best["check-first"] / best["P"]
        after = best["gaps-after-check"] / best["gaps-cold"]
        print(f"| {layout} | {best['P']:.2f} | {best['check-cold']:.2f} | "
              f"{best['check-first']:.2f} | {fill:.2f} | {best['gaps-cold']:.2f} | "
              f"{best['gaps-after-check']:.2f} | {after:.2f} |", flush=True)  # fmt: skip
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

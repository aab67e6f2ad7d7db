"""Two versions of pustaka side by side, in rounds: is the change slower anywhere?

    python benchmarks/compare.py BEFORE AFTER [--scale 0.5] [--rounds 5] [--work DIR]

``BEFORE`` and ``AFTER`` are commits (or anything ``git archive`` takes). Each is exported
clean (``git archive``: no edit in the working tree can touch a run) and run from its own
``src/`` through ``PYTHONPATH``, on the same national folder (``make_national.py --style
real``, kept under ``--work``) and on a copy of the shipped ``data/``. Every step below runs once
per round for BEFORE, then for AFTER; the least CPU time of the rounds counts for each
(see ``run.best_run``), so a slow minute of a shared machine slows one round of both
sides, not one side. Each version has its own copy of the folder, so that neither finds
the other's cache.

The steps: ``check`` and ``report gaps`` cold (``--no-cache``); the first ``check`` with
the cache (which fills it); ``report gaps`` right after it; ``check`` and ``report gaps``
warm (nothing changed); ``--help``, ``--version`` and ``report`` on ``data/`` (the last
answered from the cache). Prints each step's CPU seconds and AFTER / BEFORE, and how many Python
function calls each makes (``cProfile``, once per side after the rounds): a count that a
busy machine does not move, beside times that it does. Issue 16 asks every ratio to stay
within 5 %.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PY, ROOT, TODAY, Run, best_run, clear_cache, make_folders, run

Step = tuple[str, Callable[[], None] | None, list[str], Path | None]


def export(commit: str, into: Path) -> Path:
    """A clean copy of ``commit``'s ``src/`` under ``into``; its modules compiled once."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", commit],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = into / sha
    if not (target / "src").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", sha, "src"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
        subprocess.run([PY, "-m", "compileall", "-q", str(target / "src")], check=True)
    return target / "src"


def steps(folder: Path, shipped: Path) -> list[Step]:
    def cli(*args: str) -> list[str]:
        return [PY, "-m", "pustaka_cli", *args]

    data = ["--data", str(folder), "--today", TODAY]
    fresh = lambda: clear_cache(folder)  # noqa: E731
    return [
        ("check cold", None, cli("check", *data, "--no-cache"), None),
        ("report gaps cold", None, cli("report", "gaps", *data, "--no-cache"), None),
        ("first check with the cache", fresh, cli("check", *data), None),
        ("report gaps right after check", None, cli("report", "gaps", *data), None),
        ("check warm", None, cli("check", *data), None),
        ("report gaps warm", None, cli("report", "gaps", *data), None),
        ("--help", None, cli("--help"), None),
        ("--version", None, cli("--version"), None),
        (
            "report on data/, answered",
            None,
            cli("report", "--data", str(shipped), "--today", TODAY),
            None,
        ),
    ]


def calls(command: list[str], env: dict[str, str], cwd: Path | None) -> int:
    """How many Python function calls ``command`` makes (``cProfile``): unlike time, the
    same on a busy machine as on a quiet one, so a change's cost shows even under load."""
    profiled = [command[0], "-m", "cProfile", *command[1:]]
    out = subprocess.run(profiled, env=env, cwd=cwd, capture_output=True, text=True).stdout
    found = re.search(r"(\d+) function calls", out)
    return int(found[1]) if found else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pustaka-bench")
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    national = make_folders(args.work, args.scale, ("real",))["real"]
    sides = {}
    for name, commit in (("before", args.before), ("after", args.after)):
        src = export(commit, args.work / "versions")
        folder = args.work / f"compare-{args.scale:g}-{name}"
        if not folder.is_dir():
            shutil.copytree(national, folder, ignore=shutil.ignore_patterns(".pustaka"))
        shipped = args.work / f"compare-data-{name}"
        if not shipped.is_dir():
            shutil.copytree(ROOT / "data", shipped, ignore=shutil.ignore_patterns(".pustaka"))
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(src)
        sides[name] = (steps(folder, shipped), env)

    for side_steps, env in sides.values():  # the data/ report's answer, as after any run
        run(side_steps[-1][2], env=env)
    names = [step[0] for step in sides["before"][0]]
    times: dict[str, dict[str, list[Run]]] = {side: {n: [] for n in names} for side in sides}
    for i in range(args.rounds):
        print(f"round {i + 1} of {args.rounds} ...", file=sys.stderr, flush=True)
        for side, (side_steps, env) in sides.items():
            for name, before_step, command, cwd in side_steps:
                if before_step is not None:
                    before_step()
                times[side][name].append(run(command, cwd=cwd, env=env))

    counted: dict[str, dict[str, int]] = {side: {} for side in sides}
    for side, (side_steps, env) in sides.items():  # after the rounds: every cache as they left it
        for name, before_step, command, cwd in side_steps:
            if before_step is not None:
                before_step()
            counted[side][name] = calls(command, env, cwd)

    print(f"\nscale {args.scale:g}, real shape; {args.rounds} rounds; least CPU s of each\n")
    print(f"| step | CPU s before ({args.before}) | after ({args.after}) | after / before "
          "| Python calls before | after | after / before |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for name in names:
        before = best_run(times["before"][name]).cpu
        after = best_run(times["after"][name]).cpu
        n_before, n_after = counted["before"][name], counted["after"][name]
        print(f"| {name} | {before:.3f} | {after:.3f} | {after / before:.3f} "
              f"| {n_before:,} | {n_after:,} | {n_after / max(n_before, 1):.3f} |")  # fmt: skip
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

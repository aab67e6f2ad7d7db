"""Time pustaka against its floors, in one run, and print every goal of issues 6 and 17
as a ratio.

    python benchmarks/run.py [--scale 1] [--work DIR] [--repeat 5] [--growth]
                             [--shapes real,few,many]

Makes national folders (``make_national.py``) under ``--work`` (kept, and reused when
already there) in both shapes: ``real`` (the headline: block-style records, comments,
block texts, CRLF files, one file per library and per year, as coordinators' folders
are) and the tidy one-line ``flow`` shape in its two layouts, ``few`` files and ``many``
(one per record). Then it measures, each in a fresh subprocess:

- floors: reading the bytes; PyYAML's C loader (``CSafeLoader``, garbage collector
  paused) parsing every file = P; ``json.loads`` of the same data written as JSON;
- pustaka: ``check`` and ``report gaps`` cold (``--no-cache``), the first run with the
  cache (which fills it), ``report gaps`` right after ``check`` on unchanged data, warm
  (nothing changed), incremental (one file of the many-files layout changed), start-up
  (``--help``,
  ``--version``, ``report`` on the shipped ``data/``) against a minimal Typer app, and peak
  resident memory against the JSON load;
- with ``--growth``: cold ``check`` at 1/4, 1/2, 1 and 2 times the national size (the
  real shape), the four scales in rounds.
- with ``--province N`` (and only that): a province of N generated city folders
  (``make_national.py`` at ``--scale`` / N each, the real shape, every city with the
  same ids) read together, against one national folder of the same size: cold ``check``
  of each (``--no-cache``) beside its P, in rounds, and the CPU time per record.

Times are CPU seconds of the child (user + system, from ``RUSAGE_CHILDREN``): on a shared
machine they move far less than wall-clock seconds, which are printed beside them. Each
command runs ``--repeat`` times; the least CPU time counts (see ``best_run``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TODAY = "2026-11-21"
PY = sys.executable


@dataclass
class Run:
    cpu: float  # user + system seconds of the child
    wall: float
    rss_mb: float  # the child's peak resident memory
    code: int


def run(args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run one command as a child and measure it; its output is discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    proc = subprocess.run(
        args,
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(cpu, wall, after.ru_maxrss / 1024, proc.returncode)


def measured(args: list[str], repeat: int, **kw: object) -> Run:
    """The best of ``repeat`` runs (see ``best_run``); peak memory measured alone
    (ru_maxrss is a maximum over every child so far, so a fresh wrapper process reports
    each run's own)."""
    runs = [run(args, **kw) for _ in range(repeat)]  # type: ignore[arg-type]
    if runs[-1].code not in (0, 1):
        print(f"warning: exit code {runs[-1].code} from {' '.join(args[2:])}", file=sys.stderr)
    return best_run(runs)


def best_run(runs: list[Run]) -> Run:
    """The run that took the least CPU time: on a shared machine other processes only ever
    add time (their cache misses, their share of the memory bus), so the least of several
    runs is the truest measure of the code, as ``timeit`` advises. Both sides of every
    ratio are measured the same way."""
    best = min(runs, key=lambda r: r.cpu)
    return Run(best.cpu, best.wall, 0.0, runs[-1].code)


def peak_rss(args: list[str], **kw: object) -> float:
    """Peak resident memory (MB) of one run of ``args``, measured by a wrapper process."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([PY, "-c", probe, *args], capture_output=True, text=True, check=True, **kw)  # type: ignore[call-overload]
    return int(out.stdout.split()[-1]) / 1024


def edited(changed: Path, args: list[str], repeat: int) -> Run:
    """``args`` run just after ``changed`` gained a comment line (a new one each time; the
    file is put back afterwards): the cost of one edited file with the cache warm."""
    original = changed.read_bytes()
    try:
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times = []
        for i in range(repeat):
            changed.write_bytes(original + f"# edit {i}\n".encode())
            times.append(run(args))
    finally:
        changed.write_bytes(original)
    return best_run(times)


def pustaka(*args: str) -> list[str]:
    return [PY, "-m", "pustaka_cli", *args]


# --- floors, each in a child so that nothing is shared or warmed --------------------------

FLOOR_READ = """
import sys, pathlib
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):
    p.read_bytes()
"""
FLOOR_YAML = """
import gc, sys, pathlib, yaml
gc.disable()
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):
    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
"""
FLOOR_JSON = """
import gc, sys, pathlib, json
gc.disable()
kept = [json.loads(p.read_bytes()) for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.json'))]
"""
TO_JSON = """
import gc, sys, pathlib, json, yaml
gc.disable()
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for p in sorted(src.rglob('*.yaml')):
    if '.pustaka' in p.parts:
        continue
    target = out / p.relative_to(src).with_suffix('.json')
    target.parent.mkdir(parents=True, exist_ok=True)
    data = yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
    target.write_text(json.dumps(data, default=str))
"""
MINIMAL_APP = """
import typer

app = typer.Typer()


@app.command()
def hello() -> None:
    \"\"\"Do nothing.\"\"\"


app()
"""


SHAPES = ("real", "few", "many")
"""The folders measured: the real shape, then the flow shape in few and in many files."""

SHAPE_NAMES = {
    "real": "real shape",
    "few": "flow shape, few files",
    "many": "flow shape, many files",
}


def make_folders(work: Path, scale: float, shapes: tuple[str, ...] = SHAPES) -> dict[str, Path]:
    folders = {}
    for shape in shapes:
        folder = work / f"national-{scale:g}-{shape}"
        if not (folder / "pustaka.yaml").is_file():
            how = ["--style", "real"] if shape == "real" else ["--style", "flow", "--layout", shape]
            subprocess.run(
                [PY, str(HERE / "make_national.py"), str(folder), "--scale", str(scale), *how],
                check=True,
            )
        folders[shape] = folder
    return folders


def make_province(work: Path, scale: float, count: int) -> list[Path]:
    """``count`` city folders of ``scale / count`` each (seeds 1..count), made once."""
    root = work / f"province-{scale:g}-{count}"
    cities = []
    for i in range(count):
        city = root / f"kota{i:02d}"
        if not (city / "pustaka.yaml").is_file():
            how = ["--scale", str(scale / count), "--style", "real", "--seed", str(i + 1)]
            subprocess.run([PY, str(HERE / "make_national.py"), str(city), *how], check=True)
        cities.append(city)
    return cities


def record_count(folders: list[Path]) -> int:
    """Librarians, activities, participants and evaluations: each a list item of its file
    (the real shape writes every record as ``  - `` or ``      - `` at its depth)."""
    count = 0
    for folder in folders:
        for path in folder.rglob("*.yaml"):
            if ".pustaka" in path.parts or path.name == "pustaka.yaml":
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith(("  - ", "      - ")):
                    count += 1
    return count


def province(work: Path, scale: float, count: int, repeat: int) -> None:
    """Cold ``check`` of ``count`` cities read together against one national folder of
    the same size, each beside its P, in rounds; printed per record."""
    cities = make_province(work, scale, count)
    national = make_folders(work, scale, ("real",))["real"]
    shapes = {f"{count} cities": cities, "one national folder": [national]}
    print(f"# province: {count} cities vs one national folder, scale {scale:g}")
    print(f"load average {os.getloadavg()[0]:.1f} at start")
    measured_rows = []
    rounds: dict[str, list[tuple[Run, Run]]] = {name: [] for name in shapes}
    for _ in range(repeat):
        for name, folders in shapes.items():
            data = [arg for f in folders for arg in ("--data", str(f))]
            parse = [PY, "-c", FLOOR_YAML_MANY, *map(str, folders)]
            rounds[name].append(
                (run(parse), run(pustaka("check", *data, "--today", TODAY, "--no-cache")))
            )
    for name, folders in shapes.items():
        p = best_run([r[0] for r in rounds[name]])
        cold = best_run([r[1] for r in rounds[name]])
        records = record_count(folders)
        mb = sum(size_mb(f) for f in folders)
        measured_rows.append((name, records, mb, p.cpu, cold.cpu, cold.code))
    print()
    print("| folders | records | MB | P CPU s | check cold CPU s | vs P | µs per record | exit |")
    print("|---|---|---|---|---|---|---|---|")
    for name, records, mb, p_cpu, cpu, code in measured_rows:
        print(f"| {name} | {records} | {mb:.1f} | {p_cpu:.2f} | {cpu:.2f} | "
              f"{cpu / p_cpu:.2f} | {cpu / records * 1e6:.1f} | {code} |")  # fmt: skip
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


FLOOR_YAML_MANY = """
import gc, sys, pathlib, yaml
gc.disable()
for root in sys.argv[1:]:
    for p in sorted(pathlib.Path(root).rglob('*.yaml')):
        if '.pustaka' not in p.parts:
            yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
"""


def clear_cache(folder: Path) -> None:
    shutil.rmtree(folder / ".pustaka" / "cache", ignore_errors=True)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*.yaml") if ".pustaka" not in p.parts) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pustaka-bench")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--startup-repeat", type=int, default=9)
    parser.add_argument("--growth", action="store_true")
    parser.add_argument(
        "--shapes", default=",".join(SHAPES), help="which folders: real, few, many (comma)"
    )
    parser.add_argument(
        "--province", type=int, default=0, help="only: N cities together vs one folder"
    )
    args = parser.parse_args()
    shapes = tuple(s for s in SHAPES if s in args.shapes.split(","))
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    if args.province:
        province(work, args.scale, args.province, args.repeat)
        return
    # As pip does when it installs: compiled modules, so that start-up is not spent
    # compiling source (this environment sets PYTHONDONTWRITEBYTECODE).
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    folders = make_folders(work, args.scale, shapes)
    rows: list[tuple[str, str, float, float, float, float]] = []

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    print(f"# pustaka benchmarks, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.node()}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} at start")  # fmt: skip
    for layout, folder in folders.items():
        files = sum(1 for _ in folder.rglob("*.yaml"))
        print(f"{layout}: {folder} ({files} files, {size_mb(folder):.1f} MB of YAML)")

    # floors
    floor: dict[str, Run] = {}
    for layout, folder in folders.items():
        say(f"floors, {layout} ...")
        floor[f"read-{layout}"] = measured([PY, "-c", FLOOR_READ, str(folder)], args.repeat)
    # memory: of the one-file-per-kind-ish folder (the real shape's, else the flow's)
    memory_shape = "real" if "real" in folders else next(iter(folders))
    json_folder = work / f"national-{args.scale:g}-{memory_shape}-json"
    if not json_folder.is_dir():
        subprocess.run(
            [PY, "-c", TO_JSON, str(folders[memory_shape]), str(json_folder)], check=True
        )
    floor["json"] = measured([PY, "-c", FLOOR_JSON, str(json_folder)], args.repeat)
    json_rss = peak_rss([PY, "-c", FLOOR_JSON, str(json_folder)])
    yaml_rss = peak_rss([PY, "-c", FLOOR_YAML, str(folders[memory_shape])])

    # pustaka on the national folders
    got: dict[str, Run] = {}
    for layout, folder in folders.items():
        check = pustaka("check", "--data", str(folder), "--today", TODAY)
        gaps = pustaka("report", "gaps", "--data", str(folder), "--today", TODAY, "--format", "csv")
        no_cache = {**os.environ, "PUSTAKA_NO_CACHE": "1"}
        say(f"P, pustaka check / report gaps, {layout}: cold ...")
        clear_cache(folder)
        # In rounds, P beside the commands it is compared with: a slow minute of a shared
        # machine then slows both sides of a ratio, not one.
        rounds = [
            (
                run([PY, "-c", FLOOR_YAML, str(folder)]),
                run([*check, "--no-cache"]),
                run(gaps, env=no_cache),
            )
            for _ in range(args.repeat)
        ]
        floor[f"P-{layout}"] = best_run([r[0] for r in rounds])
        got[f"check-cold-{layout}"] = best_run([r[1] for r in rounds])
        got[f"gaps-cold-{layout}"] = best_run([r[2] for r in rounds])
        say("  first run, right after check, warm ...")
        # The first run and the report right after it, each from an empty cache, --repeat
        # times (a single run of either moved by a third on this VM, whose page cache is
        # dropped now and then): the least counts, as everywhere.
        fills, right_after = [], []
        for _ in range(args.repeat):
            clear_cache(folder)
            fills.append(run(check))
            right_after.append(run(gaps))
        got[f"check-fill-{layout}"] = best_run(fills)
        got[f"gaps-fill-{layout}"] = best_run(right_after)
        got[f"check-warm-{layout}"] = measured(check, args.repeat)
        got[f"gaps-warm-{layout}"] = measured(gaps, args.repeat)
        # Not a goal, said for honesty: another report on unchanged data finds no memo of
        # its output and is built from the records cache.
        got[f"gaps-json-after-csv-{layout}"] = measured([*gaps[:-1], "json"], 1)
        if layout == "many":
            say("  incremental ...")
            for kind in ("evaluations", "trainings", "librarians"):
                changed = sorted((folder / kind).rglob("*.yaml"))[0]
                got[f"check-incremental-{kind}-many"] = edited(changed, check, args.repeat)
    check_cold = pustaka(
        "check", "--data", str(folders[memory_shape]), "--today", TODAY, "--no-cache"
    )
    check_rss = peak_rss(check_cold)

    # start-up
    say("start-up ...")
    minimal = work / "minimal_app.py"
    minimal.write_text(MINIMAL_APP)
    startup = {
        "typer-help": ([PY, str(minimal), "--help"], None),
        "typer-noop": ([PY, str(minimal)], None),
        "import-typer": ([PY, "-c", "import typer"], None),
        "help": (pustaka("--help"), ROOT),
        "version": (pustaka("--version"), ROOT),
        "report": (pustaka("report", "--today", TODAY), ROOT),
    }
    command, cwd = startup["report"]
    run(command, cwd=cwd)  # the report's memo, as after any earlier run
    timed: dict[str, list[Run]] = {name: [] for name in startup}
    for _ in range(args.startup_repeat):  # in rounds, each command beside its floor
        for name, (command, cwd) in startup.items():
            timed[name].append(run(command, cwd=cwd))
    start = {name: best_run(runs) for name, runs in timed.items()}

    def goal(name: str, value: Run, base: Run, limit: float) -> None:
        wall = f"{value.wall:.2f} / {base.wall:.2f}"
        rows.append((name, wall, value.cpu, base.cpu, value.cpu / base.cpu, limit))

    for layout in folders:
        p = floor[f"P-{layout}"]
        name = SHAPE_NAMES[layout]
        cold = got[f"check-cold-{layout}"]
        gaps_cold = got[f"gaps-cold-{layout}"]
        goal(f"check cold, {name} (vs P)", cold, p, 1.0)
        goal(f"report gaps cold, {name} (vs P)", gaps_cold, p, 1.0)
        goal(f"first run with the cache, check, {name} (vs P)",
             got[f"check-fill-{layout}"], p, 1.0)  # fmt: skip
        goal(f"check warm, {name} (vs cold)", got[f"check-warm-{layout}"], cold, 0.25)
        goal(f"report gaps right after check, data unchanged, {name} (vs cold report)",
             got[f"gaps-fill-{layout}"], gaps_cold, 0.25)  # fmt: skip
        goal(f"report gaps warm, {name} (vs cold)", got[f"gaps-warm-{layout}"], gaps_cold, 0.25)
        goal(f"check cold, {name} (stretch, vs P)", cold, p, 0.3)
    if "many" in folders:
        goal("check, one evaluations file changed, flow shape, many files (vs cold)",
             got["check-incremental-evaluations-many"], got["check-cold-many"], 0.25)  # fmt: skip
    goal("--help (vs minimal Typer app --help)", start["help"], start["typer-help"], 1.1)
    goal("--version (vs python -c 'import typer')", start["version"], start["import-typer"], 1.2)
    goal("report on data/ (vs minimal Typer command)", start["report"], start["typer-noop"], 2.0)

    print()
    print("| goal | wall s (pustaka / floor) | pustaka CPU s | floor CPU s | ratio | limit | |")
    print("|---|---|---|---|---|---|---|")
    for name, wall, value, base, ratio, limit in rows:
        verdict = "met" if ratio <= limit else "falls short"
        cells = f"{value:.2f} | {base:.2f} | {ratio:.2f} | {limit:g} | {verdict}"
        print(f"| {name} | {wall} | {cells} |")
    ratio = check_rss / json_rss
    verdict = "met" if ratio <= 2 else "falls short"
    memory = f"peak memory, check, {SHAPE_NAMES[memory_shape]} (vs JSON load)"
    print(f"| {memory} | | {check_rss:.0f} MB | "
          f"{json_rss:.0f} MB | {ratio:.2f} | 2 | {verdict} |")  # fmt: skip

    print()
    print("| floor or step | CPU s | wall s |")
    print("|---|---|---|")
    for name, r in [*floor.items(), *got.items(), *start.items()]:
        print(f"| {name} | {r.cpu:.2f} | {r.wall:.2f} |")
    print(f"| PyYAML C loader peak memory, {memory_shape} | {yaml_rss:.0f} MB | |")
    print(f"| json.loads peak memory | {json_rss:.0f} MB | |")
    print(f"| pustaka check peak memory, {memory_shape} | {check_rss:.0f} MB | |")

    if args.growth:
        say("growth ...")
        print()
        print("| scale | check cold CPU s | per unit of scale |")
        print("|---|---|---|")
        scales = (0.25, 0.5, 1.0, 2.0)
        colds = [
            pustaka(
                "check",
                "--data",
                str(make_folders(work, scale, ("real",))["real"]),
                "--today",
                TODAY,
                "--no-cache",
            )
            for scale in scales
        ]
        # In rounds, every scale once per round, as P beside the commands above: a slow
        # minute of the shared machine then slows one run of each scale, not all of one.
        rounds = [[run(cold) for cold in colds] for _ in range(args.repeat)]
        curve: list[float] = []
        for i, scale in enumerate(scales):
            r = best_run([one[i] for one in rounds])
            curve.append(r.cpu)
            print(f"| {scale:g} | {r.cpu:.2f} | {r.cpu / scale:.2f} |")
        worst = max(after / before for before, after in itertools.pairwise(curve))
        verdict = "met" if worst <= 2 else "falls short"
        print(f"\ngrowth: largest time ratio of one doubling {worst:.2f} (limit 2): {verdict}")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

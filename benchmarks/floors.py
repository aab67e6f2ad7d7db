"""The floors under issue 17's two goals not met: what any records cache of plain data
would cost, measured part by part.

    python benchmarks/floors.py [--scale 0.5] [--work DIR] [--repeat 3]

Folders as ``run.py`` makes and keeps them under ``--work``. Every line is CPU seconds,
the least of ``--repeat``; each part runs in a child of its own, which prints the time of
that part alone (after the imports it needs).

**A report right after ``check``** (goal: at most 0.25 of a cold report), on the real
shape: ``report gaps`` cold (``--no-cache``), and right after ``check`` (the records cache
filled by ``check``, no answer kept); then its parts: start-up (the modules a report
imports); the domain and the layout with every record already in memory (the report
with a load that costs nothing); the load from the records cache; of that, decoding its
JSON alone; the same entries decoded from ``marshal`` (a binary format of plain values,
for comparison: pustaka does not use it). The goal leaves the load ``0.25 * cold -
start-up - domain and layout``: printed as the budget, beside what the load costs.

**The first run with the cache** (goal: at most 1.0 of P, PyYAML's C loader), on the
many-files layout: P, ``check`` cold and ``check`` filling the cache; then, alone, turning
every file's records into the cache's JSON (``encode_raw`` and ``json.dumps``, the
records already read), the least any records cache in JSON adds to a cold run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import FLOOR_YAML, PY, TODAY, Run, best_run, clear_cache, make_folders, pustaka, run

PART = """
import gc, marshal, json, os, resource, sys, datetime as dt
from pathlib import Path
gc.disable()

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

part, folder = sys.argv[1], Path(sys.argv[2])
start = cpu()
import pustaka_cli.cli, pustaka_cli.domain.reports, pustaka_cli.render.views
import pustaka_cli.store.folder, pustaka_cli.workspace as ws
from pustaka_cli.api import reading
from pustaka_cli.store.cache import Cache
from pustaka_cli.store.cache import records as kept
imported = cpu()


def texts():
    return [
        text
        for part in sorted((folder / ".pustaka/cache" / kept.RECORDS_FOLDER).glob("*.json"))
        for text in kept._read_entries(part).values()
    ]


if part == "start-up":
    print(imported - start)
elif part == "decode-json":
    stored = texts()
    begin = cpu()
    values = [json.loads(text) for text in stored]
    print(cpu() - begin)
elif part == "decode-marshal":
    blobs = [marshal.dumps(json.loads(text)) for text in texts()]
    begin = cpu()
    values = [marshal.loads(blob) for blob in blobs]
    print(cpu() - begin)
elif part == "load":
    begin = cpu()
    data, _ = ws.read_folders([folder], None, Cache([folder]))
    print(cpu() - begin)
elif part == "domain-and-layout":
    data, _ = ws.read_folders([folder], None, Cache([folder]))
    ws.read_folders = lambda folders, progress=None, cache=None: (data, [])

    class Checked:  # the count of errors a check kept, as the cache gives it: none
        def errors(self, today): return 0
        def keep_checked(self, *args): pass

    asked = reading.ReportRequest(
        "gaps", (folder,), dt.date.fromisoformat(sys.argv[3]), format="csv"
    )
    begin = cpu()
    reading._answer(asked, Checked(), None, lambda said: None)
    print(cpu() - begin)
elif part == "encode":
    from pustaka_cli.store import folder as store
    from pustaka_cli.store.cache.stored import file_key
    from pustaka_cli.store.listing import kind_entries
    from pustaka_cli.store.records import KINDS
    read = [
        (store._read_cached(None, rel, path, "", kind)[0], file_key(os.stat(path)))
        for kind in KINDS
        for rel, path in kind_entries(folder, kind.name, kind.folder)
    ]
    specs = store.record_specs()
    begin = cpu()
    for entry, key in read:
        json.dumps(kept._encode_entry(key, entry, specs), separators=(",", ":"),
                   ensure_ascii=False)
    print(cpu() - begin)
"""


def part(name: str, folder: Path, repeat: int) -> float:
    said = [
        subprocess.run(
            [PY, "-c", PART, name, str(folder), TODAY],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for _ in range(repeat)
    ]
    return min(float(text) for text in said)


def after_check(folder: Path, repeat: int) -> None:
    gaps = pustaka("report", "gaps", "--data", str(folder), "--today", TODAY, "--format", "csv")
    check = pustaka("check", "--data", str(folder), "--today", TODAY)
    no_cache = {**os.environ, "PUSTAKA_NO_CACHE": "1"}
    cold = best_run([run(gaps, env=no_cache) for _ in range(repeat)])
    right_after: list[Run] = []
    for _ in range(repeat):
        clear_cache(folder)
        run(check)
        right_after.append(run(gaps))
    parts = {
        name: part(name, folder, repeat)
        for name in ("start-up", "domain-and-layout", "load", "decode-json", "decode-marshal")
    }
    budget = 0.25 * cold.cpu - parts["start-up"] - parts["domain-and-layout"]
    print(f"\n### A report right after check: {folder}\n")
    print("| step or part | CPU s | of a cold report |\n|---|---|---|")
    for name, seconds in [
        ("`report gaps` cold", cold.cpu),
        ("`report gaps` right after `check`", best_run(right_after).cpu),
        ("start-up (imports)", parts["start-up"]),
        ("domain and layout, the records in memory", parts["domain-and-layout"]),
        ("the load from the records cache", parts["load"]),
        ("of which decoding its JSON", parts["decode-json"]),
        ("(the same entries decoded from marshal)", parts["decode-marshal"]),
        ("**the goal's budget for the whole load**", budget),
    ]:
        print(f"| {name} | {seconds:.2f} | {seconds / cold.cpu:.2f} |")


def first_run(folder: Path, repeat: int) -> None:
    check = pustaka("check", "--data", str(folder), "--today", TODAY)
    rounds = []
    for _ in range(repeat):  # in rounds, P beside the commands it is compared with
        clear_cache(folder)
        rounds.append(
            (run([PY, "-c", FLOOR_YAML, str(folder)]), run([*check, "--no-cache"]), run(check))
        )
    p, cold, fill = (best_run([r[i] for r in rounds]) for i in range(3))
    encode = part("encode", folder, repeat)
    print(f"\n### The first run with the cache: {folder}\n")
    print("| step or part | CPU s | of P |\n|---|---|---|")
    for name, seconds in [
        ("P (PyYAML's C loader)", p.cpu),
        ("`check` cold", cold.cpu),
        ("`check` filling the cache", fill.cpu),
        ("every file's records turned into the cache's JSON, alone", encode),
        ("**cold `check` and that encoding alone**", cold.cpu + encode),
    ]:
        print(f"| {name} | {seconds:.2f} | {seconds / p.cpu:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pustaka-bench")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folders = make_folders(args.work, args.scale, ("real", "many"))
    print(f"scale {args.scale:g}, load average {os.getloadavg()[0]:.1f} at start")
    after_check(folders["real"], args.repeat)
    first_run(folders["many"], args.repeat)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

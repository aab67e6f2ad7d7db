"""The memo of a report's output (issue 6): a run after no change replays the same bytes.

A miss is seen by counting the views built (``render.views.report`` and ``explain``: the
load, compute and render that a hit skips); every hit is compared with a run that uses no
cache at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import FOLDERS, PINNED_ENV, run_cli
from pustaka_cli.render import views
from pustaka_cli.store import listing, locate, records
from pustaka_cli.store.cache import CACHE_FOLDER, reports, stored

BASIC = FOLDERS / "report-basic"
TODAY = ["--today", "2026-06-30"]
FORMATS = ["text", "markdown", "csv", "json", "html"]


@pytest.fixture
def data(copy_folder: Any) -> Path:
    folder: Path = copy_folder(BASIC)
    shutil.rmtree(folder / ".pustaka", ignore_errors=True)  # other tests' caches and memos
    return folder


@pytest.fixture
def misses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reports computed rather than replayed, in order."""
    computed: list[str] = []
    report, explain = views.report, views.explain

    def counted(kind: str, *args: Any, **kwargs: Any) -> Any:
        computed.append(kind)
        return report(kind, *args, **kwargs)

    def explained(*args: Any, **kwargs: Any) -> Any:
        computed.append("explain")
        return explain(*args, **kwargs)

    monkeypatch.setattr(views, "report", counted)
    monkeypatch.setattr(views, "explain", explained)
    return computed


def memos(folder: Path) -> list[Path]:
    return sorted((folder / CACHE_FOLDER / reports.REPORTS_FOLDER).glob("*.json"))


def gaps(folder: Path, *more: str) -> list[str]:
    return ["report", "gaps", "--data", str(folder), *TODAY, *more]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_hit_prints_the_same_bytes(data: Path, misses: list[str], fmt: str) -> None:
    args = gaps(data, "--format", fmt, "--lang", "en")
    first = run_cli(args)
    second = run_cli(args)
    cold = run_cli([*args, "--no-cache"])
    assert misses == ["gaps", "gaps"]  # the first run and the one without cache
    assert second == first == cold
    assert first.exit_code == 0 and first.stdout
    assert len(memos(data)) == 1


def test_a_hit_in_a_real_process_gives_the_same_bytes_and_exit_code(data: Path) -> None:
    evaluations = data / "evaluations.yaml"  # one error in the data: the stderr line too
    evaluations.write_text(
        evaluations.read_text(encoding="utf-8").replace("katalogisasi: 4", "katalogisai: 4"),
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "pustaka_cli", *gaps(data, "--format", "csv")]
    env = {**os.environ, **PINNED_ENV}
    env.pop("PUSTAKA_NO_CACHE", None)

    def run(*more: str) -> tuple[int, bytes, bytes]:
        done = subprocess.run([*command, *more], env=env, capture_output=True, check=False)
        return done.returncode, done.stdout, done.stderr

    cold = run("--no-cache")
    assert run() == run() == cold
    assert cold[0] == 0 and cold[1].startswith("\ufeff".encode()) and b"1" in cold[2]
    assert len(memos(data)) == 1


def test_a_hit_writes_the_same_output_file(data: Path, misses: list[str], tmp_path: Path) -> None:
    target = tmp_path / "gaps.csv"
    args = gaps(data, "-o", str(target))
    assert run_cli(args).exit_code == 0
    written = target.read_bytes()
    target.unlink()
    again = run_cli(args)
    assert (again.exit_code, again.stdout, target.read_bytes()) == (0, "", written)
    assert misses == ["gaps"]


def test_explain_is_remembered_by_its_arguments(data: Path, misses: list[str]) -> None:
    ani = ["explain", "ani", "--data", str(data), *TODAY, "--lang", "en"]
    assert run_cli(ani) == run_cli(ani)
    other = run_cli(["explain", "ani", "katalogisasi", "--data", str(data), *TODAY])
    assert other.exit_code == 0
    assert misses == ["explain", "explain"]


def _same_size_and_times(path: Path) -> None:
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("katalogisasi: 4", "katalogisasi: 3", 1)
    assert changed != text and len(changed) == len(text)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (info.st_size, info.st_mtime_ns)


def _new_file(folder: Path) -> None:
    (folder / "trainings").mkdir()
    (folder / "trainings" / "more.yaml").write_text("trainings: []\n", encoding="utf-8")


CHANGES = {
    "edit keeping size and mtime": lambda d: _same_size_and_times(d / "evaluations.yaml"),
    "new file": _new_file,
    "deleted file": lambda d: (d / "feedback.yaml").unlink(),
    "settings edited": lambda d: (d / "pustaka.yaml").write_text(
        (d / "pustaka.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_to_the_files_is_a_miss(data: Path, misses: list[str], change: str) -> None:
    args = gaps(data, "--format", "json")
    run_cli(args)
    CHANGES[change](data)
    after = run_cli(args)
    assert misses == ["gaps", "gaps"]
    assert after == run_cli([*args, "--no-cache"])


@pytest.mark.parametrize(
    "other",
    [
        ["--today", "2026-07-01"],
        ["--as-of", "2026-01-01"],
        ["--lang", "en"],
        ["--target"],
        ["--format", "csv"],
        ["--library", "pusat"],
        ["--show-nip"],
    ],
    ids=lambda o: o[0],
)
def test_another_day_language_or_option_is_a_miss(
    data: Path, misses: list[str], other: list[str]
) -> None:
    run_cli(gaps(data))
    result = run_cli([*gaps(data), *other])
    assert misses == ["gaps", "gaps"]
    assert result == run_cli([*gaps(data), *other, "--no-cache"])


def test_another_report_or_terminal_width_is_a_miss(
    data: Path, misses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli(gaps(data))
    run_cli(["report", "--data", str(data), *TODAY])
    monkeypatch.setenv("COLUMNS", "120")
    run_cli(gaps(data))
    assert misses == ["gaps", "summary", "gaps"]


def test_no_cache_neither_reads_nor_writes_memos(
    data: Path, misses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli([*gaps(data), "--no-cache"])
    assert memos(data) == []
    monkeypatch.setenv("PUSTAKA_NO_CACHE", "1")
    run_cli(gaps(data))
    assert memos(data) == []
    monkeypatch.delenv("PUSTAKA_NO_CACHE")
    run_cli(gaps(data))
    stored = memos(data)
    assert len(stored) == 1
    before = stored[0].stat().st_mtime_ns
    run_cli([*gaps(data), "--no-cache"])
    monkeypatch.setenv("PUSTAKA_NO_CACHE", "1")
    run_cli(gaps(data))
    assert misses == ["gaps"] * 5
    assert memos(data) == stored and stored[0].stat().st_mtime_ns == before


def test_the_line_about_errors_in_the_data_is_said_again(data: Path, misses: list[str]) -> None:
    evaluations = data / "evaluations.yaml"
    evaluations.write_text(
        evaluations.read_text(encoding="utf-8").replace("katalogisasi: 4", "katalogisai: 4"),
        encoding="utf-8",
    )
    args = ["report", "--data", str(data), *TODAY, "--lang", "en"]
    first = run_cli(args)
    second = run_cli(args)
    assert misses == ["summary"]
    assert first == second
    assert (second.exit_code, second.stderr) == (
        0,
        "pustaka: errors in the data: 1; figures may be incomplete. Run `pustaka check`.\n",
    )


def _stored_key(path: Path) -> str:
    return path.stem


DAMAGE = {
    "garbage": lambda p: p.write_bytes(b"\x00\xff not json at all"),
    "empty": lambda p: p.write_bytes(b""),
    "body changed": lambda p: p.write_text(
        p.read_text(encoding="utf-8").replace('"text": "', '"text": "x', 1), encoding="utf-8"
    ),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "checksummed but of another shape": lambda p: stored.write(
        p.parents[3],
        f"{reports.REPORTS_FOLDER}/{p.name}",
        json.dumps({"key": _stored_key(p), "text": 5, "stderr": []}),
    ),
    "another key inside": lambda p: stored.write(
        p.parents[3],
        f"{reports.REPORTS_FOLDER}/{p.name}",
        json.dumps({"key": "0" * 40, "text": "wrong\n", "stderr": None}),
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_memo_is_a_miss(data: Path, misses: list[str], damage: str) -> None:
    args = gaps(data, "--format", "csv")
    first = run_cli(args)
    (stored,) = memos(data)
    DAMAGE[damage](stored)
    again = run_cli(args)
    assert misses == ["gaps", "gaps"]
    assert again == first  # no traceback, the same output
    assert run_cli(args) == first and misses == ["gaps", "gaps"]  # and the memo is whole again


def test_memos_are_bounded_and_the_least_recently_used_go(
    data: Path, misses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports, "KEEP_REPORTS", 3)
    days = ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]

    def on(day: str) -> None:
        run_cli(["report", "gaps", "--data", str(data), "--today", day])

    for day in days[:3]:
        on(day)
    stored = memos(data)
    assert len(stored) == 3
    oldest = min(stored, key=lambda p: p.stat().st_mtime_ns)
    os.utime(oldest, ns=(0, 0))  # make the order certain whatever the clock's resolution
    on(days[0])  # a hit: now the most recently used
    assert misses == ["gaps"] * 3
    on(days[3])  # a fourth key: the least recently used of the others goes
    assert len(memos(data)) == 3
    on(days[0])
    assert misses == ["gaps"] * 4


def test_memos_are_bounded_in_bytes_and_the_newest_always_stays(
    data: Path, misses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli(["report", "gaps", "--data", str(data), "--today", "2026-06-01"])
    (first,) = memos(data)
    monkeypatch.setattr(reports, "KEEP_REPORT_BYTES", first.stat().st_size + 1)
    run_cli(["report", "gaps", "--data", str(data), "--today", "2026-06-02"])
    (kept,) = memos(data)  # two would pass the limit: only the newer stays
    assert kept != first
    monkeypatch.setattr(reports, "KEEP_REPORT_BYTES", 1)
    run_cli(["report", "gaps", "--data", str(data), "--today", "2026-06-03"])
    assert len(memos(data)) == 1  # larger than the limit alone, and still kept
    assert misses == ["gaps"] * 3


def test_a_memo_names_the_libraries_that_shape_the_output() -> None:
    named = {name for name, _ in stored.shaping_libraries()}
    assert named == {"<click>", "<rich>", "<typer>", "<yaml>"}


def test_two_pustaka_at_once_leave_a_whole_memo(data: Path) -> None:
    command = [sys.executable, "-m", "pustaka_cli", *gaps(data, "--format", "json")]
    env = {**os.environ, **PINNED_ENV}
    env.pop("PUSTAKA_NO_CACHE", None)
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE) for _ in range(4)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert len(set(outputs)) == 1
    (stored,) = memos(data)
    head, _, body = stored.read_text(encoding="utf-8").partition("\n")
    # The checksum, not stored.read_json: this process's code_version may be older.
    checksum = hashlib.blake2b(body.encode(), digest_size=16).hexdigest()
    assert json.loads(head)["checksum"] == checksum
    assert json.loads(body)["text"].encode() == outputs[0]


# What a hit must not import: PyYAML, Rich, the model, the readers, the domain, render.
HEAVY = (
    *("yaml", "rich", "pustaka_cli.model", "pustaka_cli.domain", "pustaka_cli.render"),
    *("pustaka_cli.store.records", "pustaka_cli.store.fields", "pustaka_cli.store.yaml.strict"),
    "pustaka_cli.store.yaml.diagnosis",
    *("pustaka_cli.store.cache.records", "pustaka_cli.store.cache.checks"),
    *("pustaka_cli.store.folder", "pustaka_cli.workspace"),
)


def heavy(names: list[str] | set[str]) -> list[str]:
    return sorted(n for n in names if any(n == h or n.startswith(h + ".") for h in HEAVY))


PROBE = """
import json, sys
from pustaka_cli.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
with open(sys.argv[1], "w") as out:
    json.dump(sorted(sys.modules), out)
"""


def test_a_hit_imports_nothing_heavy(data: Path, tmp_path: Path) -> None:
    seen = tmp_path / "modules.json"
    command = [sys.executable, "-c", PROBE, str(seen), *gaps(data)]
    env = {**os.environ, **PINNED_ENV}
    env.pop("PUSTAKA_NO_CACHE", None)
    for _ in range(2):  # the first fills the memo, the second answers from it
        subprocess.run(command, env=env, check=True, capture_output=True)
        modules = json.loads(seen.read_text(encoding="utf-8"))
    # store.yaml's fast rooms are imported before any command, to choose the language
    # (cli/__init__); its strict reader (and PyYAML) only when a file needs it
    assert heavy(modules) == []


def test_the_light_listing_agrees_with_the_record_kinds() -> None:
    assert tuple((kind.name, kind.folder) for kind in records.KINDS) == listing.KIND_FOLDERS
    assert listing.SETTINGS_FILE == locate.SETTINGS_FILE


def test_the_light_modules_import_nothing_heavy_even_lazily() -> None:
    import ast

    for module in (stored, reports, listing):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        names = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert heavy(names) == []


NAMES = ["a.yaml", "a.yml", ".yaml", "..yaml", ".a.yaml", "a..yaml", "x.b.yml", "a.YAML",
         "a.yaml.bak", "yaml", "a.yaml~", ".yml"]  # fmt: skip


def test_the_listing_takes_the_files_splitext_would(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "librarians").mkdir(parents=True)
    for name in NAMES:
        (folder / "librarians" / name).write_text("librarians: []\n")
    taken = {rel for rel, _ in listing.kind_entries(folder, "librarians", True)}
    expected = {f"librarians/{n}" for n in NAMES if os.path.splitext(n)[1] in listing.YAML_SUFFIXES}
    assert taken == expected

"""The record cache: the same records and problems as a fresh read, invalidated by any change.

Timing lives in benchmarks/run.py; these tests prove only that a cached run is exactly a
fresh run, that a changed file is read again (and only it), and that the cache is inert
data that a damaged file or a second pustaka cannot turn into a wrong answer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import TODAY, make_folder, make_national
from pustaka_cli.api.reading import check, open_workspace
from pustaka_cli.store import folder
from pustaka_cli.store.cache import CACHE_FOLDER, Cache, stored
from pustaka_cli.store.cache.records import RECORDS_FOLDER
from pustaka_cli.workspace import Workspace, open_folders

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [
    ROOT / "data",
    *sorted(p for p in (ROOT / "examples").iterdir() if (p / "pustaka.yaml").is_file()),
    *sorted(p for p in (ROOT / "tests" / "folders").iterdir() if (p / "pustaka.yaml").is_file()),
]


def copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".pustaka"))
    return target


def fresh(*folders: Path) -> Workspace:
    return open_workspace(list(folders), TODAY, cache=False)


def cached(*folders: Path) -> Workspace:
    return open_workspace(list(folders), TODAY)


def watched(*folders: Path) -> tuple[Workspace, Cache]:
    """A cached open, with the cache that served it: what it read and what it decoded."""
    cache = Cache(folders)
    opened = cache.workspace(lambda: open_folders(list(folders), TODAY, cache=cache))
    return opened, cache


@pytest.mark.parametrize("source", FOLDERS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_a_cached_load_is_a_fresh_load(source: Path, tmp_path: Path) -> None:
    data = copy(source, tmp_path)
    assert cached(data) == fresh(data)  # fills the cache
    assert list((data / CACHE_FOLDER / RECORDS_FOLDER).glob("*.json"))
    assert cached(data) == fresh(data)  # reads it
    other = shutil.copytree(data, tmp_path / "x")  # two folders: every path gets a prefix
    assert cached(data, other) == fresh(data, other)


@pytest.fixture
def many(tmp_path: Path) -> Path:
    out = tmp_path / "many"
    make_national().make(out, 0.003, "many", 1)  # type: ignore[attr-defined]
    return out


def test_generated_folder_round_trip(many: Path) -> None:
    assert cached(many) == fresh(many)
    assert cached(many) == fresh(many)


def record_files(data: Path) -> list[str]:
    return [rel for rel, _ in folder.fingerprint(data) if rel != "pustaka.yaml"]


def test_nothing_changed_reads_no_record_file(many: Path) -> None:
    _, first = watched(many)
    assert first.parsed == record_files(many) and first.decoded == []
    _, second = watched(many)
    assert second.parsed == [] and second.decoded == record_files(many)


def test_one_changed_file_is_the_only_one_read(many: Path) -> None:
    watched(many)
    changed = sorted((many / "evaluations").rglob("*.yaml"))[3]
    rel = changed.relative_to(many).as_posix()
    text = changed.read_text()
    changed.write_text(text.replace("kind: ", "kind:  ", 1) + "# edited\n")
    after, cache = watched(many)
    assert cache.parsed == [rel]
    assert after == fresh(many)


def test_odd_file_names_are_found_again(tmp_path: Path) -> None:
    # the cache keeps one entry a line, named by the file's path as JSON text
    data = make_folder(tmp_path / "d", {"librarians.yaml": "librarians: []\n"})
    (data / "librarians").mkdir()
    names = ['a"b.yaml', "c\\d.yaml", "é, \u2028 x.yaml", 'e":f.yaml']
    for i, name in enumerate(names):
        (data / "librarians" / name).write_text(f"librarians:\n  - id: a{i}\n    name: Ani\n")
    assert cached(data) == fresh(data)
    again, cache = watched(data)
    assert again == fresh(data)
    assert cache.parsed == [] and len(cache.decoded) == len(names) + 1


def test_flat_places_answer_as_located() -> None:
    from pustaka_cli.model import Located
    from pustaka_cli.problems import Loc
    from pustaka_cli.store.fields import flat_located

    flat = flat_located(Loc("f.yaml", 3, 5), ("id", 3, 9, "name", 4, 11))
    plain = Located(
        Loc("f.yaml", 3, 5), (("id", Loc("f.yaml", 3, 9)), ("name", Loc("f.yaml", 4, 11)))
    )
    assert flat == plain and plain == flat and hash(flat) == hash(plain)
    assert flat.fields == plain.fields and repr(flat) == repr(plain)
    for name in ("id", "name", "nip", "3"):
        assert flat.has(name) == plain.has(name)
        assert flat.of(name) == plain.of(name)
    assert flat != Located(Loc("f.yaml", 3, 5))


def test_every_change_is_seen(tmp_path: Path) -> None:
    data = make_folder(
        tmp_path / "d",
        {"librarians.yaml": "librarians:\n  - id: a1\n    name: Ani\n"},
    )
    cached(data)
    path = data / "librarians.yaml"
    # same size, same mtime: only ctime and content differ
    stat = path.stat()
    path.write_text("librarians:\n  - id: a2\n    name: Ani\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert [x.id for x in cached(data).dataset.librarians] == ["a2"]
    # a new file in a kind's folder, then a removed one
    (data / "librarians").mkdir()
    (data / "librarians" / "more.yaml").write_text("librarians:\n  - id: b1\n    name: Budi\n")
    assert [x.id for x in cached(data).dataset.librarians] == ["a2", "b1"]
    path.unlink()
    assert [x.id for x in cached(data).dataset.librarians] == ["b1"]
    # problems come back from the cache as they were found
    (data / "librarians" / "more.yaml").write_text("librarians:\n  - id: b1\n    nama: Budi\n")
    assert fresh(data).problems
    cached(data)
    assert cached(data) == fresh(data)


def test_a_damaged_cache_is_a_miss(tmp_path: Path) -> None:
    data = copy(ROOT / "data", tmp_path)
    cold = fresh(data)
    cached(data)
    parts = sorted((data / CACHE_FOLDER / RECORDS_FOLDER).glob("*.json"))
    assert {"evaluations", "librarians", "trainings"} <= {p.stem for p in parts}  # per kind
    for part in parts:
        head, _, body = part.read_text().partition("\n")
        assert json.loads(head)["format"] == stored.FORMAT  # plain JSON, nothing to execute
        json.loads(body)
        part.write_text(head + "\n" + body.replace('"', "'", 3))  # checksum now wrong
    assert cached(data) == cold
    for part in parts:
        part.write_text("\x00not json")
    assert cached(data) == cold
    for part in parts:
        part.write_bytes(b"\xff\xfe")
    assert cached(data) == cold


def test_a_folder_that_cannot_be_written_keeps_no_cache(tmp_path: Path) -> None:
    data = copy(ROOT / "data", tmp_path)
    (data / ".pustaka").write_text("a file where the cache folder would go")
    assert cached(data) == fresh(data)
    assert check([data], TODAY) == check([data], TODAY, cache=False)


def test_on_through_the_library_face_off_below_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy(ROOT / "data", tmp_path)
    open_folders([data], TODAY)  # the workspace alone keeps nothing
    fresh(data)
    monkeypatch.setenv("PUSTAKA_NO_CACHE", "1")
    cached(data)
    assert not (data / ".pustaka" / "cache").exists()
    monkeypatch.delenv("PUSTAKA_NO_CACHE")
    cached(data)
    assert (data / ".pustaka" / "cache").exists()


LOADER = """
import datetime, sys
from pathlib import Path
from pustaka_cli.api.reading import open_workspace
data, day = [Path(sys.argv[1])], datetime.date(2026, 11, 21)
fresh = open_workspace(data, day, cache=False)
for _ in range(3):
    assert open_workspace(data, day) == fresh
"""


def test_several_pustaka_at_once(many: Path) -> None:
    running = [
        subprocess.Popen([sys.executable, "-c", LOADER, str(many)], stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    for proc in running:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert not list((many / CACHE_FOLDER).rglob("*.tmp"))


def test_check_remembers_problems_until_a_file_changes(tmp_path: Path) -> None:
    data = make_folder(
        tmp_path / "d",
        {"librarians.yaml": "librarians:\n  - id: a1\n    name: Ani\n"},
    )
    assert check([data], TODAY) == ()
    assert check([data], TODAY) == ()
    (data / "librarians.yaml").write_text("librarians:\n  - id: a1\n")
    found = check([data], TODAY)
    assert [p.code for p in found] == ["missing-field"]
    assert check([data], TODAY) == found
    assert check([data], TODAY, cache=False) == found


def test_no_cache_option(tmp_path: Path) -> None:
    from helpers import make_folder as make

    data = make(tmp_path / "d", {})
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    env.pop("PUSTAKA_NO_CACHE", None)
    args = [sys.executable, "-m", "pustaka_cli", "check", "--data", str(data)]
    subprocess.run([*args, "--no-cache"], check=True, env=env, capture_output=True)
    assert not (data / ".pustaka" / "cache").exists()
    subprocess.run(args, check=True, env=env, capture_output=True)
    assert (data / ".pustaka" / "cache").exists()


def test_listing_is_rglobs(tmp_path: Path) -> None:
    """The scandir listing finds what ``rglob`` finds with a YAML name, in the same order:
    files, and also whatever else bears such a name (a folder ``dir.yaml``, not entered),
    so that reading it says what it is (issue 15)."""
    from pustaka_cli.store import records

    data = make_folder(tmp_path / "d", {})
    sub = data / "librarians"
    (sub / "b" / "deep").mkdir(parents=True)
    for name in ["z.yaml", "a.yml", "b/x.yaml", "b/deep/y.yaml", ".yaml", "n.txt", "b/c.YAML"]:
        (sub / name).write_text("librarians: []\n")
    (sub / "dir.yaml").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "e.yaml").write_text("librarians: []\n")
    (sub / "linked").symlink_to(tmp_path / "elsewhere")  # rglob does not follow it
    (sub / "l.yaml").symlink_to(sub / "z.yaml")  # a linked file is a file

    def rglob(kind: records.Kind) -> list[Path]:
        found = [data / f"{kind.name}{s}" for s in folder.YAML_SUFFIXES]
        files = [f for f in found if f.exists() or f.is_symlink()]
        top = data / kind.name
        if kind.folder and top.is_dir():
            files.extend(
                sorted(
                    (
                        p
                        for p in top.rglob("*")
                        if p.suffix in folder.YAML_SUFFIXES
                        and not any(
                            q.suffix in folder.YAML_SUFFIXES
                            for q in p.relative_to(top).parents
                            if q != Path(".")
                        )
                    ),
                    key=lambda p: p.relative_to(data).as_posix(),
                )
            )
        return files

    for kind in records.KINDS:
        assert folder.kind_files(data, kind) == rglob(kind)


def test_a_cache_made_by_other_code_is_a_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    version = stored.code_version()
    assert "+" in version
    stored.code_version.cache_clear()
    monkeypatch.setattr(stored, "__version__", "0.0.0-other")
    try:
        assert stored.code_version() != version
    finally:
        stored.code_version.cache_clear()


def test_code_outside_the_store_counts_in_the_code_version() -> None:
    # A report's words and rules live in render/ and domain/: a change there must miss the
    # kept answers too (the version once covered store/ alone, and a changed view gave
    # its old bytes back from .pustaka/cache/reports).
    import os

    import pustaka_cli.render.views as views

    path = views.__file__
    before = os.stat(path)
    version = stored.code_version()
    stored.code_version.cache_clear()
    try:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        assert stored.code_version() != version
    finally:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        stored.code_version.cache_clear()


def test_read_whole_reads_every_byte_and_fails_as_open_would(tmp_path: Path) -> None:
    from pustaka_cli.store.files import NotAFile, read_whole

    for size in (0, 1, 65_535, 65_536, 65_537, 1_000_003):
        path = tmp_path / f"f{size}"
        data = bytes(i % 251 for i in range(size))
        path.write_bytes(data)
        assert read_whole(path) == data
    with pytest.raises(FileNotFoundError):
        read_whole(tmp_path / "missing.yaml")
    (tmp_path / "folder.yaml").mkdir()
    with pytest.raises(NotAFile) as err:  # said as what it is, not as the system's words
        read_whole(tmp_path / "folder.yaml")
    assert err.value.kind == "is-folder"
    os.mkfifo(tmp_path / "pipe.yaml")
    with pytest.raises(NotAFile) as err:  # at once: never waits for a writer
        read_whole(tmp_path / "pipe.yaml")
    assert err.value.kind == "is-fifo"


def test_kept_problems_answer_only_their_own_key(tmp_path: Path) -> None:
    """A check's problems come back whole under their key, the count of errors without
    them; another key, or a damaged body, is a miss."""
    from pustaka_cli.problems import Loc, Problem, Severity
    from pustaka_cli.store.cache import checks

    kept = (
        Problem(Loc("trainings.yaml", 3, 5), "unknown-librarian", Severity.ERROR, (("ref", "x"),)),
        Problem(Loc("librarians.yaml", 1, 1), "nip-malformed", Severity.WARNING, ()),
        Problem(Loc("evaluations.yaml", 9, 2), "unknown-librarian", Severity.ERROR, ()),
    )
    checks.remember_problems(tmp_path, "key-1", kept)
    assert checks.recall_problems(tmp_path, "key-1") == kept
    assert checks.recall_errors(tmp_path, "key-1") == 2
    assert checks.recall_problems(tmp_path, "key-2") is None
    assert checks.recall_errors(tmp_path, "key-2") is None
    stored_file = tmp_path / CACHE_FOLDER / checks.PROBLEMS_FILE
    stored_file.write_text(stored_file.read_text().replace('"errors":2', '"errors":0'))
    assert checks.recall_errors(tmp_path, "key-1") is None  # the checksum no longer holds

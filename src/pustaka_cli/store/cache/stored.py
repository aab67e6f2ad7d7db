"""How every cache file is keyed and stored: file keys, the code's version, fingerprints,
and the header-plus-JSON layout of each file under ``.pustaka/cache/``.

Light on purpose: a memo hit must answer before the model, the YAML readers, the domain
or Rich are imported, so this module imports none of them (``tests/test_report_memo.py``
keeps it so). Every cache file is a header line (format, code version, BLAKE2b checksum
of the body) then a JSON body: JSON cannot execute code when read, and a damaged,
foreign or old file is a miss.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pustaka_cli import __version__

if TYPE_CHECKING:
    from pustaka_cli.problems import Problem

try:  # hashlib's own blake2b, without hashlib loading OpenSSL: ~6 ms of every start-up
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b

CACHE_FOLDER = ".pustaka/cache"
FORMAT = 2

FileKey = tuple[int, int, int, int]


def file_key(stat: os.stat_result) -> FileKey:
    """What names one state of a file: mtime, ctime, size and inode (see ``store/cache``)."""
    return (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)


@functools.cache
def code_version() -> str:
    """pustaka's version and its code as installed: a cache made by other code is a miss.

    Record specs and checks change during development without a new version number, so
    the size and modification time of every module, and of the default framework and
    profiles, count too (a few dozen stat calls).
    """
    digest = blake2b(f"{__version__}\0{sys.version}".encode(), digest_size=12)
    paths = [*code_files(), *shaping_libraries()]
    for rel, path in paths:  # os.walk and not pathlib: this runs on every memo lookup
        info = os.stat(path)
        digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return f"{__version__}+{digest.hexdigest()}"


def code_files() -> list[tuple[str, str]]:
    """Every module of the package (and its shipped defaults) as (path relative to the
    package, path): the whole package, not this room alone — a change to a check, a
    report or a message must make what the old code kept a miss."""
    # this file is pustaka_cli/store/cache/stored.py: the package is three levels up
    package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    found: list[str] = []
    for top, folders, names in os.walk(package):
        folders[:] = [f for f in folders if f != "__pycache__"]
        rel = os.path.relpath(top, package)
        # The shipped defaults count too: a folder without a framework file reads them.
        suffixes = (".py", ".yaml") if rel == "defaults" else (".py",)
        found.extend(os.path.normpath(os.path.join(rel, n)) for n in names if n.endswith(suffixes))
    return [(rel, os.path.join(package, rel)) for rel in sorted(found)]


# The libraries whose upgrade may change a report's bytes (Click and Typer write help and
# errors, Rich lays out terminal tables): a memo made with another of them is a miss.
_LIBRARIES = ("click", "rich", "typer", "yaml")


def shaping_libraries() -> list[tuple[str, str]]:
    """Each library's ``__init__.py`` as (name, path), found without importing it (an
    upgrade replaces the file, so its time and size change)."""
    import importlib.util

    found = []
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin is not None:
            found.append((f"<{name}>", spec.origin))
    return found


compact = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode
"""A value as the cache writes JSON: no spaces, every character as it is, and without the
encoder's watch for a list inside itself (what a cache keeps comes from records and
problems, never a cycle): a quarter less time for the records of 72,000 files."""


def fingerprint(keys: list[tuple[str, FileKey]]) -> str:
    """One text naming every file and its key, for memos over a whole folder."""
    digest = blake2b(digest_size=20)
    digest.update(f"{FORMAT}\0{code_version()}\0".encode())
    for rel, key in keys:
        digest.update(f"{rel}\0{key[0]}\0{key[1]}\0{key[2]}\0{key[3]}\n".encode())
    return digest.hexdigest()


def header(body: str) -> dict[str, Any]:
    digest = blake2b(body.encode("utf-8"), digest_size=16).hexdigest()
    return {"format": FORMAT, "pustaka": code_version(), "checksum": digest}


def read_body(path: Path) -> str | None:
    """The body of a cache file, or None when it is missing, damaged or from another version."""
    try:
        data = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head, _, body = data.partition("\n")
    try:
        found = json.loads(head)
    except ValueError:
        return None
    return body if found == header(body) else None


def read_json(path: Path) -> dict[str, Any]:
    """A cache file's body as JSON, or nothing (see ``read_body``)."""
    body = read_body(path)
    if body is None:
        return {}
    try:
        entries = json.loads(body)
    except ValueError:
        return {}
    return entries if isinstance(entries, dict) else {}


def write(data_folder: Path, name: str, body: str) -> None:
    """Write one cache file (header line, then body); a folder we cannot write keeps none.

    ``name`` may name a file in a subfolder of the cache (``reports/<key>.json``).
    """
    from pustaka_cli.store.files import write_atomic  # only when writing: tempfile is not free

    folder = data_folder / CACHE_FOLDER
    head = json.dumps(header(body))
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():  # ignored even where init's .gitignore is missing
            ignore.write_text("# pustaka's cache: local, never committed\n*\n")
        write_atomic(folder / name, (head + "\n" + body).encode("utf-8"), durable=False)


def problem_row(p: Problem) -> list[Any]:
    """A problem as JSON, without its path: every cache file keeps problems so (each
    knows its file), and ``row_problem`` puts the path back."""
    from pustaka_cli.problems import Severity

    loc = p.loc
    warning = p.severity is Severity.WARNING
    return [loc.line, loc.col, p.code, warning, [list(a) for a in p.args], p.hint]


def row_problem(row: Any, path: str) -> Problem:
    """The problem ``problem_row`` kept, in file ``path``; a row of another shape raises
    ValueError, TypeError or IndexError (the caller's miss)."""
    from pustaka_cli.problems import Loc, Problem, Severity

    line, col, code, warning, args, hint = row
    severity = Severity.WARNING if warning else Severity.ERROR
    named = tuple((str(k), str(v)) for k, v in args)
    return Problem(Loc(path, line, col), code, severity, named, hint)

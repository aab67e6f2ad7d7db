"""Committing a written record file in the data folder's git repository (``--commit``).

A commit holds pustaka's change alone. When a file pustaka writes already had edits not
yet committed (a coordinator's own work in progress), the commit is made from the last
committed version of the file plus pustaka's change (a three-way ``git merge-file``), in
a temporary index: the coordinator's edits stay in the working tree, uncommitted, and the
file's entry in the real index follows the new commit when it had not been staged. If
pustaka's change cannot be separated from those edits (they touch the same lines), the
write is refused before any file is replaced, naming the file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pustaka_cli.errors import PustakaError


def _git(
    folder: Path, *args: str, data: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = _git_bytes(folder, *args, data=data, env=env)
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def _git_bytes(
    folder: Path, *args: str, data: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args],
            input=data,
            capture_output=True,
            check=False,
            timeout=60,
            env=None if env is None else {**os.environ, **env},
        )
    except (OSError, subprocess.SubprocessError) as err:
        raise PustakaError("error.git-failed", reason=str(err)) from None


def _ok(done: subprocess.CompletedProcess[Any], what: str) -> None:
    if done.returncode != 0:
        text = done.stderr
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        reason = text.strip().splitlines()
        raise PustakaError("error.git-failed", reason=reason[-1] if reason else what)


def ensure_repository(folder: Path) -> None:
    """Refuse, before anything is written, when the folder is not in a git repository."""
    try:
        done = _git(folder, "rev-parse", "--show-toplevel")
    except PustakaError:  # no git at all
        raise PustakaError("error.not-a-repository", folder=folder) from None
    if done.returncode != 0:
        raise PustakaError("error.not-a-repository", folder=folder)


class Written(Protocol):
    """A file's change: its path relative to the data folder, its bytes before and after."""

    @property
    def path(self) -> str: ...

    @property
    def before(self) -> bytes: ...

    @property
    def after(self) -> bytes: ...


def _prefix(folder: Path) -> str:
    done = _git(folder, "rev-parse", "--show-prefix")
    _ok(done, "rev-parse")
    return done.stdout.strip()


def _committed(top: Path, full: str) -> tuple[str, str, bytes] | None:
    """The file's (mode, blob, bytes) in HEAD, or None when HEAD has no such file."""
    listed = _git(top, "ls-tree", "HEAD", "--", full)
    if listed.returncode != 0 or not listed.stdout.strip():
        return None
    meta, _, _ = listed.stdout.partition("\t")
    mode, _, blob = meta.split()
    shown = _git_bytes(top, "cat-file", "blob", blob)
    _ok(shown, "cat-file")
    return mode, blob, shown.stdout


def _alone(folder: Path, change: Written, committed: bytes) -> bytes | None:
    """The committed file plus pustaka's change alone, or None when they overlap."""
    with tempfile.TemporaryDirectory(prefix="pustaka-") as tmp:
        names = []
        for name, data in (("ours", committed), ("base", change.before), ("theirs", change.after)):
            path = Path(tmp) / name
            path.write_bytes(data)
            names.append(str(path))
        done = _git_bytes(folder, "merge-file", "-p", "--quiet", *names)
    if done.returncode != 0:  # a count of conflicts, or a failure: not separable
        return None
    return done.stdout


@dataclass(frozen=True, slots=True)
class _ToCommit:
    full: str  # path from the repository's top
    mode: str
    data: bytes  # pustaka's change alone, on the committed file
    old: str | None  # the file's blob in HEAD, None when it has none
    clean: bool  # the file held no uncommitted edit before pustaka wrote it


def _separate(folder: Path, changes: Sequence[Written]) -> list[_ToCommit]:
    """What to commit of each changed file; refused, naming the file, when pustaka's
    change cannot be told apart from uncommitted edits in it."""
    prefix = _prefix(folder)
    top = _toplevel(folder)
    out = []
    for change in changes:
        if change.after == change.before:
            continue
        full = prefix + change.path
        found = _committed(top, full)
        if found is None:
            if change.before:  # a file never committed: all of it would go in
                raise PustakaError("error.commit-mixed", path=change.path)
            out.append(_ToCommit(full, "100644", change.after, None, True))
            continue
        mode, blob, committed = found
        if committed == change.before:
            out.append(_ToCommit(full, mode, change.after, blob, True))
            continue
        alone = _alone(folder, change, committed)
        if alone is None:
            raise PustakaError("error.commit-mixed", path=change.path)
        out.append(_ToCommit(full, mode, alone, blob, False))
    return out


def check_alone(folder: Path, proposed: Sequence[Written]) -> None:
    """Refuse, before anything is written, a change that ``commit`` could not commit alone."""
    _separate(folder, proposed)


def commit(folder: Path, changes: Sequence[Written], message: str) -> None:
    """Commit pustaka's changes alone: whatever else is staged, changed or uncommitted in
    the same files stays out of the commit (see the module's docstring)."""
    files = _separate(folder, changes)
    if not files:
        return
    top = _toplevel(folder)
    if all(f.clean for f in files):  # commit these paths as they are
        paths = [f.full for f in files]
        for args in (("add", "--", *paths), ("commit", "-q", "-m", message, "--", *paths)):
            _ok(_git(top, *args), args[0])
        return
    with tempfile.TemporaryDirectory(prefix="pustaka-index-") as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _ok(_git(top, "read-tree", "HEAD", env=env), "read-tree")
        blobs = []
        for f in files:
            made = _git(top, "hash-object", "-w", "--stdin", f"--path={f.full}", data=f.data)
            _ok(made, "hash-object")
            blob = made.stdout.strip()
            blobs.append(blob)
            info = f"{f.mode},{blob},{f.full}"
            _ok(_git(top, "update-index", "--add", "--cacheinfo", info, env=env), "update-index")
        _ok(_git(top, "commit", "-q", "-m", message, env=env), "commit")
    # the real index follows the new commit where the coordinator had staged nothing
    for f, blob in zip(files, blobs, strict=True):
        staged = _git(top, "ls-files", "-s", "--", f.full).stdout.split()
        if f.old is None or (len(staged) >= 2 and staged[1] == f.old):
            info = f"{f.mode},{blob},{f.full}"
            _ok(_git(top, "update-index", "--add", "--cacheinfo", info), "update-index")


def _toplevel(folder: Path) -> Path:
    done = _git(folder, "rev-parse", "--show-toplevel")
    _ok(done, "rev-parse")
    return Path(done.stdout.strip())


# --- rewriting history (``pustaka erase --rewrite-history``) ----------------------------

FILTER_REPO = "git-filter-repo"


def filter_repo_present() -> bool:
    """Whether git-filter-repo (the tool git recommends for rewriting history) is installed."""
    return shutil.which(FILTER_REPO) is not None


def history_expressions(words: Sequence[str], alias: str) -> list[str]:
    """git-filter-repo ``--replace-text`` lines that replace each word by ``alias``: whole
    words, any case (an id ``budi-h`` is not replaced inside ``budi-hartono``)."""
    return [rf"regex:(?i)(?<!\w){re.escape(w)}(?!\w)==>{alias}" for w in words]


def ensure_clean(folder: Path) -> None:
    """Refuse a rewrite while tracked files have changes not committed: git-filter-repo
    resets the working tree to the rewritten history, and they would be lost."""
    ensure_repository(folder)
    done = _git(folder, "status", "--porcelain", "--untracked-files=no")
    _ok(done, "status")
    if done.stdout.strip():
        raise PustakaError("error.rewrite-dirty", folder=folder)


def rewrite_history(folder: Path, expressions: Sequence[str]) -> None:
    """Replace the expressions' words in every commit of the folder's repository (file
    contents and commit messages), with git-filter-repo."""
    top = _toplevel(folder)
    fd, name = tempfile.mkstemp(prefix="pustaka-erase-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("".join(e + "\n" for e in expressions))
        args = ["--force", "--replace-text", name, "--replace-message", name]
        try:
            done = subprocess.run(
                ["git", "-C", str(top), "filter-repo", *args],
                capture_output=True,
                check=False,
                timeout=3600,
            )
        except (OSError, subprocess.SubprocessError) as err:
            raise PustakaError("error.git-failed", reason=str(err)) from None
        _ok(done, "filter-repo")
    finally:
        os.unlink(name)

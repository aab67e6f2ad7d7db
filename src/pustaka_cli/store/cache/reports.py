"""Report answers, kept: a report after no change gives the same bytes without reading.

One small file per key under ``.pustaka/cache/reports/``, so that switching between a few
reports, formats or days keeps each; the least recently used beyond ``KEEP_REPORTS`` (or
``KEEP_REPORT_BYTES`` in all) go. Light, as ``stored``: a hit imports no model, reader,
domain or Rich.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pustaka_cli.store.cache.stored import CACHE_FOLDER, read_json, write

REPORTS_FOLDER = "reports"
KEEP_REPORTS = 32
KEEP_REPORT_BYTES = 64 * 1024 * 1024  # a national CSV is ~2 MB; HTML more


@dataclass(frozen=True, slots=True)
class Answer:
    """A report as it is given: its body (text, or bytes for a workbook) and the line said
    beside it about errors in the data, if any (said again when the answer is replayed)."""

    body: str | bytes
    notice: str | None = None


def recall(folder: Path, key: str) -> Answer | None:
    """The answer kept under ``key`` in ``folder``'s cache, or None.

    A hit marks the file as used just now, so that pruning drops the least recently used.
    """
    path = folder / CACHE_FOLDER / REPORTS_FOLDER / f"{key}.json"
    stored = read_json(path)
    text, notice = stored.get("text"), stored.get("stderr")
    # the checksum vouched for the bytes, not for their form
    if stored.get("key") != key or not isinstance(text, str) or not isinstance(notice, str | None):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    if stored.get("binary"):
        try:
            return Answer(base64.b64decode(text, validate=True), notice)
        except ValueError:
            return None
    return Answer(text, notice)


def remember(folder: Path, key: str, answer: Answer) -> None:
    """Keep ``answer`` under ``key``; then prune the least recently used."""
    body = answer.body
    if isinstance(body, bytes):  # a workbook is kept as base64
        kept = {"text": base64.b64encode(body).decode("ascii"), "binary": True}
    else:
        kept = {"text": body}
    text = json.dumps({**kept, "stderr": answer.notice, "key": key}, ensure_ascii=False)
    write(folder, f"{REPORTS_FOLDER}/{key}.json", text)
    _prune(folder / CACHE_FOLDER / REPORTS_FOLDER, KEEP_REPORTS, KEEP_REPORT_BYTES)


def _prune(memos: Path, keep: int, most_bytes: int) -> None:
    """Keep the most recently used memos, at most ``keep`` of them and ``most_bytes`` in
    all (the newest always stays); remove the rest. Another pustaka may be doing the same:
    a file already gone is fine."""
    found: list[tuple[int, int, str]] = []
    with contextlib.suppress(OSError), os.scandir(memos) as listing:
        for entry in listing:
            if entry.name.endswith(".json") and not entry.name.startswith("."):
                with contextlib.suppress(OSError):
                    info = entry.stat()
                    found.append((info.st_mtime_ns, info.st_size, entry.path))
    found.sort(reverse=True)
    total = 0
    for index, (_, size, path) in enumerate(found):
        total += size
        if index == 0 or (index < keep and total <= most_bytes):
            continue
        with contextlib.suppress(OSError):
            os.unlink(path)

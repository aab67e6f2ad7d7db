"""What every command shares: common options, dates, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from pustaka_cli.controls import visible
from pustaka_cli.dates import NotADate, read_date
from pustaka_cli.errors import PustakaError, UsageError
from pustaka_cli.i18n import Translator

# The language the application was built in (``speak``): for words drawn outside a
# command's own text, such as the progress bar's.
SPEAKING: list[Translator] = [Translator("id")]


def speak(t: Translator) -> None:
    SPEAKING[0] = t


def worded(args: dict[str, str], t: Translator) -> dict[str, str]:
    """A refusal's arguments, with the field it names in words (``field.<name>``)."""
    field = args.get("field")
    if field is not None and t.has(f"field.{field}"):
        return {**args, "field": t(f"field.{field}")}
    return args


def refusal(t: Translator, err: PustakaError) -> str:
    """A refusal in words; what it echoes of the user's input shows control characters
    as escapes (``controls.py``): a refusal never hands a terminal an ESC to act on."""
    return t(err.key, **{name: visible(value) for name, value in worded(err.args_map, t).items()})


def say_error(text: str) -> None:
    sys.stderr.write(wrapped(f"pustaka: {text}", sys.stderr) + "\n")


def write(text: str) -> None:
    """Print to standard output, at once: a full disk or a closed pipe is a refusal said
    in one line (``error.stdout-failed``), not a traceback at exit."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as err:
        _silence_stdout()
        raise PustakaError("error.stdout-failed", reason=err.strerror or str(err)) from None


def _silence_stdout() -> None:
    """Point standard output at the null device: what is left in its buffer is dropped,
    instead of failing again (with a traceback) when Python flushes it at exit."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # a test runner's stream has no descriptor
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def wrapped(text: str, stream: Any = None) -> str:
    """``text`` wrapped at word boundaries to the terminal's width when ``stream`` (stdout
    by default) is a terminal; unchanged for files and pipes, so output saved or piped
    does not depend on a window's size. Ids and paths are never broken."""
    out = sys.stdout if stream is None else stream
    if not out.isatty():
        return text
    width = max(shutil.get_terminal_size().columns - 1, 20)
    return "\n".join(
        textwrap.fill(
            line, width, break_long_words=False, break_on_hyphens=False, subsequent_indent="  "
        )
        if len(line) > width
        else line
        for line in text.split("\n")
    )


def today(given: str | None) -> dt.date:
    """``--today``, else PUSTAKA_TODAY, else the clock: reports stay reproducible."""
    value = given or os.environ.get("PUSTAKA_TODAY")
    if not value:
        return dt.date.today()
    return parse_date(value, "--today")


def parse_date(value: str, option: str) -> dt.date:
    """An option's date as every reader takes it (``dates``: ``YYYY-MM-DD`` only)."""
    try:
        return read_date(value)
    except NotADate:
        raise UsageError("error.bad-date-option", option=option, value=value) from None


def number(text: str, field: str, low: float, high: float, whole: bool = False) -> float:
    """An option's number as Indonesians write it (see ``numbers``), in ``low``..``high``;
    a refusal names ``field`` in words (``field.<name>``), never a Python type."""
    from pustaka_cli.domain.recording import a_number

    found = a_number(text, field, low, high)
    if whole and not float(found).is_integer():
        raise UsageError("error.value-whole", field=field, value=text)
    return found


def data_folders(given: list[Path] | None) -> list[Path]:
    """The data folders a command works on: as ``cli.choose_language`` found them."""
    from pustaka_cli.store import locate

    return locate.data_folders([str(g) for g in given or []], os.environ, Path.cwd())


# --- options shared by commands (built per language, for --help) ----------------------


def data_option(t: Translator) -> Any:
    return typer.Option(
        "--data", "-d", help=t("option.data"), metavar=t("metavar.dir"), show_default=False
    )


def lang_option(t: Translator) -> Any:
    """``--lang``: chosen before the app is built (``cli.choose_language``); declared on
    every command so that it parses, and refused here when it names no language."""

    def known(value: str | None) -> str | None:
        from pustaka_cli.i18n import LANGUAGES, normalise_language

        if value is not None and normalise_language(value) is None:
            raise typer.BadParameter(t("error.bad-lang", value=value, choices=", ".join(LANGUAGES)))
        return value

    return typer.Option(
        "--lang", help=t("option.lang"), metavar="id|en", show_default=False, callback=known
    )


def today_option(t: Translator) -> Any:
    return typer.Option(
        "--today", help=t("option.today"), metavar=t("metavar.date"), show_default=False
    )


def no_cache_option(t: Translator) -> Any:
    """``--no-cache``: read every file, and neither use nor update ``.pustaka/cache/``."""
    return typer.Option("--no-cache", help=t("option.no-cache"), show_default=False)


def load_checked(folders: list[Path], today: dt.date, *, use_cache: bool = True) -> Any:
    """The data folders read and checked as one workspace (``api.reading.open_workspace``),
    with a progress bar on a terminal; pass ``use_cache=not no_cache`` from a command's
    ``--no-cache``."""
    from pustaka_cli.api import reading

    with progress_bar() as bar:
        return reading.open_workspace(folders, today, cache=use_cache, progress=bar)


@contextlib.contextmanager
def progress_bar() -> Iterator[LoadBar | None]:
    """A ``LoadBar`` when stderr is a terminal (else None), closed afterwards."""
    bar = LoadBar() if sys.stderr.isatty() else None
    try:
        yield bar
    finally:
        if bar is not None:
            bar.close()


class LoadBar:
    """A progress bar on stderr for a long load: files read, and bytes.

    Nothing is drawn during the first ``delay`` seconds, so a small folder shows nothing;
    Rich is imported only when the bar first appears. The bar is transient (erased when
    done) and redrawn at most ten times a second by the calls themselves, with no thread.
    Only for a terminal: the caller makes none when stderr is not one.
    """

    def __init__(self, delay: float = 1.0) -> None:
        self._label = SPEAKING[0]("progress.files", size="{task.fields[size]}")
        self._next = time.monotonic() + delay
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, size: int) -> None:
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + 0.1
        if self._bar is None:
            self._start()
        self._bar.update(self._task, completed=done, total=total, size=f"{size / 1e6:.1f} MB")
        if not self._bar.live.is_started:
            self._bar.start()  # after the first update: the first frame already has counts
        self._bar.refresh()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._bar = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(self._label),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,
        )
        self._task = self._bar.add_task("", total=None, size="")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

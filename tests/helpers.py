"""Building small data folders inside a test."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import textwrap
from pathlib import Path

from pustaka_cli.problems import Problem
from pustaka_cli.workspace import open_folders

TODAY = dt.date(2026, 11, 21)

SETTINGS = """\
organisation: Dinas Perpustakaan Kota Contoh
libraries:
  - id: pusat
    name: Perpustakaan Pusat
"""


def make_folder(root: Path, files: dict[str, str], settings: str = SETTINGS) -> Path:
    """A data folder under ``root`` with these files (text is dedented)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pustaka.yaml").write_text(textwrap.dedent(settings), encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems_of(folder: Path, today: dt.date = TODAY) -> list[Problem]:
    return list(open_folders([folder], today).problems)


def codes(problems: list[Problem]) -> list[tuple[str, int, str]]:
    """(path, line, code) of each problem, for compact assertions."""
    return [(p.loc.path, p.loc.line, p.code) for p in problems]


def make_national() -> object:
    """``benchmarks/make_national.py`` as a module, to generate national-style folders."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "make_national.py"
    spec = importlib.util.spec_from_file_location("make_national", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_national"] = module
    spec.loader.exec_module(module)
    return module

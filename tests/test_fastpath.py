"""The fast reader gives exactly what the strict reader gives: nodes, locations, problems.

``parse`` lets a line-by-line reader try first (``yamltext._fast_tree``) and falls back to
the event builder for anything outside its subset. These tests compare the two paths over
every YAML file in the repository, over generated national folders, and over random and
mutated text built to sit on the edge of that subset.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pustaka_cli.store import yamltext
from pustaka_cli.store.yamltext import Parsed, _parse, parse

ROOT = Path(__file__).resolve().parents[1]
PURE = not yamltext._HAS_LIBYAML


def strict(data: bytes, path: str = "f.yaml") -> Parsed:
    return _parse(data, path, pure=PURE)


def fast(data: bytes, path: str = "f.yaml") -> Parsed:
    return _parse(data, path, pure=PURE, fast=True)


def same(data: bytes, path: str = "f.yaml") -> None:
    """Both paths agree, and the fast reader only ever answers for files without problems."""
    expected = strict(data, path)
    assert fast(data, path) == expected
    text = data.decode("utf-8", errors="replace")
    tree = yamltext._fast_tree(text, path) if data.isascii() or _decodes(data) else None
    if tree is not None:
        assert expected.problems == ()
        assert tree == expected.root


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


REPO_FILES = sorted(
    p
    for top in ("tests", "examples", "data", "src")
    for p in (ROOT / top).rglob("*")
    if p.suffix in (".yaml", ".yml") and p.is_file()
)


@pytest.mark.parametrize("path", REPO_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_yaml_file_in_the_repository(path: Path) -> None:
    same(path.read_bytes(), path.relative_to(ROOT).as_posix())


def test_the_fast_reader_answers_for_the_shipped_data() -> None:
    """Not a vacuous agreement: the shipped records are read by the fast path."""
    data = [p for p in REPO_FILES if p.relative_to(ROOT).parts[0] == "data"]
    assert data
    answered = [p for p in data if yamltext._fast_tree(p.read_text("utf-8"), "x") is not None]
    assert len(answered) >= len(data) * 0.8, sorted(set(data) - set(answered))


def _make_national() -> object:
    spec = importlib.util.spec_from_file_location(
        "make_national", ROOT / "benchmarks" / "make_national.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_national"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("layout", ["few", "many"])
def test_generated_national_folders(tmp_path: Path, layout: str) -> None:
    make = _make_national()
    out = tmp_path / layout
    make.make(out, 0.005, layout, 1)  # type: ignore[attr-defined]
    files = sorted(out.rglob("*.yaml"))
    assert files
    for path in files[:400]:
        data = path.read_bytes()
        rel = path.relative_to(out).as_posix()
        same(data, rel)
        assert yamltext._fast_tree(data.decode(), rel) is not None, rel


# --- generated text at the edge of the subset -------------------------------------------

TRICKY = [
    "no", "yes", "012", "0x1F", "1e3", "12:30", "a: b", "a #b", "a#b", "a:b", "-5", "- x",
    "-", "x:", "", " ", "~", "null", "NULL", "a,b", "a, b", "[x]", "{x}", "x]", "x}",
    "'q'", '"d"', "it's", 'say "hi"', "é", "Cilegon Ümit", "日本", "a  b", "trailing ",
    "#c", "&a", "*a", "!t", "!!str x", "|", ">", "%x", "@x", "`x", "?x", ":x", "...", "---",
    "<<", "a\\b", '"a\\"b"', "'a''b'", "''", '""', "x # c", "p00015", "2025-09-05",
    "2025-02-30", "Penilai 32", "-.5", ".inf", "? x", "a'b", "a\"b", "x,", ",x",
]  # fmt: skip
KEYS = ["id", "name", "a", "b", "a-b", "x.y", "p_1", "12", "no", "<<", "a b", "'q'", '"k"',
        "k:", "-k", "?", "ü", "id"]  # fmt: skip


def scalars() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(TRICKY),
        st.sampled_from(TRICKY).map(lambda s: f'"{s}"'),
        st.sampled_from(TRICKY).map(lambda s: f"'{s}'"),
        st.text(alphabet="ab -:#,'\"{}[]é0", max_size=8),
    )


Tree = object


def trees() -> st.SearchStrategy[Tree]:
    leaf = scalars()
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.lists(st.tuples(st.sampled_from(KEYS), inner), max_size=4),
        ),
        max_leaves=20,
    )


def flow(tree: Tree) -> str | None:
    if isinstance(tree, str):
        return tree
    if isinstance(tree, list) and all(isinstance(x, str) for x in tree):
        return "[" + ", ".join(tree) + "]"
    if isinstance(tree, list) and all(isinstance(x, tuple) and isinstance(x[1], str) for x in tree):
        return "{" + ", ".join(f"{k}: {v}" for k, v in tree) + "}"
    return None


def block(tree: Tree, indent: int, step: int, indentless: bool, use_flow: bool) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(tree, str):
        return [pad + tree]
    assert isinstance(tree, list)
    for item in tree:
        if isinstance(item, tuple):
            key, value = item
            inline = flow(value) if (use_flow or isinstance(value, str)) else None
            if inline is not None:
                lines.append(
                    f"{pad}{key}: {inline}".rstrip() if inline == "" else f"{pad}{key}: {inline}"
                )
            else:
                lines.append(f"{pad}{key}:")
                child = indent if indentless and _is_seq(value) else indent + step
                lines.extend(block(value, child, step, indentless, use_flow))
        else:
            inline = flow(item) if (use_flow or isinstance(item, str)) else None
            if inline is not None:
                lines.append(f"{pad}- {inline}")
            else:
                sub = block(item, indent + 2, step, indentless, use_flow)
                if sub:
                    sub[0] = pad + "- " + sub[0][indent + 2 :]
                    lines.extend(sub)
                else:
                    lines.append(pad + "-")
    return lines


def _is_seq(value: Tree) -> bool:
    return isinstance(value, list) and bool(value) and not isinstance(value[0], tuple)


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    tree = draw(trees())
    lines = block(
        tree if isinstance(tree, list) else [("k", tree)],
        0,
        draw(st.sampled_from([2, 4, 1])),
        draw(st.booleans()),
        draw(st.booleans()),
    )
    for _ in range(draw(st.integers(0, 3))):  # comments, blank lines, edits
        where = draw(st.integers(0, len(lines)))
        lines.insert(where, draw(st.sampled_from(["", "# c", "  # c", "   ", "---", "..."])))
    text = "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))
    return text.encode()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(documents()))
    for _ in range(draw(st.integers(1, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from([b" ", b"\n", b"-", b":", b"#", b"'", b'"', b"{", b"}",
                                      b"[", b"]", b",", b"\t", b"\r", b"&", b"x", b"  "]))  # fmt: skip
        if action == "insert":
            data[at:at] = piece
        elif action == "delete":
            del data[at]
        else:
            data[at : at + 1] = piece
    return bytes(data)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents(data: bytes) -> None:
    same(data)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents(data: bytes) -> None:
    same(data)


@pytest.mark.parametrize(
    "text",
    [
        "a:\nb: 1\n",
        "a:   # c\nb:\n",
        "d:\n- y\n- z\ne: 1\n",
        "- a:\n  - x\n  b: 1\n- c\n",
        "k: {a: 1, b: 'x', c: \"y\"}\nl: [a, 'b', \"c\"]\nm: {}\nn: [ ]\n",
        "k: v # comment\n# c\n\n  # c\nl: 'it''s'\n",
        "k: x\n  y\n",
        "k: [a, b,]\n",
        "k: a: b\n",
        "a: 1\na: 2\n",
        "k: {a: 1, a: 2}\n",
        "- - x\n",
        "k: -5\nl: a:b\nm: C#\n",
        "name: Indah\n  Saputra\n",
        "a:\n  b:\n    c: 1\n  d: 2\n",
        "a: 1\n   b: 2\n",
    ],
)
def test_edges(text: str) -> None:
    same(text.encode())


def test_parse_uses_the_fast_reader() -> None:
    data = b"librarians:\n  - id: p1\n    name: no\n"
    assert parse(data, "f.yaml") == strict(data)

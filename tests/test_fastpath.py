"""The fast reader gives exactly what the strict reader gives: nodes, locations, problems.

``parse`` lets a line-by-line reader try first (``store/yaml/fast.py``) and falls back to
the event builder for anything outside its subset (``Parsed.reader`` says which read). These tests compare the two paths over
every YAML file in the repository, over generated national folders, and over random and
mutated text built to sit on the edge of that subset; and the same for ``parse_each``,
which gives a file's entries one by one (also when the fast reader declines late), and
for the records ``folder`` builds from them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from helpers import make_national
from pustaka_cli.store import folder, records
from pustaka_cli.store.records import Kind
from pustaka_cli.store.yaml import (
    Mapping,
    Node,
    Parsed,
    Scalar,
    Sequence,
    parse,
    parse_each,
    strict_parsers,
)
from pustaka_cli.store.yaml import fast as fast_reader

ROOT = Path(__file__).resolve().parents[1]
STRICT = strict_parsers()[0]  # what parse falls back to: libyaml when PyYAML has it


def strict(data: bytes, path: str = "f.yaml") -> Parsed:
    return parse(data, path, parser=STRICT)


def fast(data: bytes, path: str = "f.yaml") -> Parsed:
    return parse(data, path)


def fast_tree(data: bytes, path: str = "f.yaml") -> Node | None:
    """The fast reader's tree, None when it declined the file."""
    parsed = parse(data, path)
    return parsed.root if parsed.reader == "fast" else None


class Rebuild:
    """A sink that puts back together the entries it is given, checking their order."""

    def __init__(self) -> None:
        self.entries: list[tuple[Scalar, Node]] = []
        self.key: Scalar | None = None  # the key whose list items are arriving
        self.items: list[Node] = []
        self.drops = 0

    def item(self, key: Scalar, node: Node) -> None:
        assert self.key is None or key is self.key
        self.key = key
        self.items.append(node)

    def entry(self, key: Scalar, value: Node) -> None:
        if self.key is not None:  # a list given item by item: it arrives empty, after them
            assert key is self.key
            assert isinstance(value, Sequence) and value.items == ()
            value = Sequence(tuple(self.items), value.loc)
            self.key, self.items = None, []
        self.entries.append((key, value))

    def drop(self) -> None:
        self.entries, self.key, self.items = [], None, []
        self.drops += 1


def streamed(data: bytes, path: str = "f.yaml") -> tuple[Parsed | None, Rebuild]:
    sink = Rebuild()
    return parse_each(data, path, sink), sink


def same(data: bytes, path: str = "f.yaml") -> None:
    """Both paths agree, and the fast reader only ever answers for files without problems;
    given entry by entry (``parse_each``), it gives the strict reader's entries or nothing."""
    expected = strict(data, path)
    assert fast(data, path) == expected
    tree = fast_tree(data, path)
    if tree is not None:
        assert expected.problems == ()
        assert tree == expected.root
    parsed, sink = streamed(data, path)
    assert sink.key is None and sink.items == []
    if parsed is None:
        assert expected.problems == ()
        assert isinstance(expected.root, Mapping)
        assert tuple(sink.entries) == expected.root.items
    else:
        assert parsed == expected
        assert sink.entries == []
        assert not (isinstance(expected.root, Mapping) and tree is not None)


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
    answered = [p for p in data if fast_tree(p.read_bytes()) is not None]
    assert len(answered) >= len(data) * 0.8, sorted(set(data) - set(answered))


@pytest.mark.parametrize("layout", ["few", "many", "real"])
def test_generated_national_folders(tmp_path: Path, layout: str) -> None:
    """Both shapes of the benchmark (issue 17): the tidy flow lines, and the real shape's
    block records, comments, block texts, apostrophes and CRLF files."""
    make = make_national()
    out = tmp_path / layout
    if layout == "real":
        make.make(out, 0.005, "few", 1, "real")  # type: ignore[attr-defined]
        assert any(b"\r\n" in p.read_bytes() for p in out.rglob("*.yaml"))
        assert any(b"notes: |" in p.read_bytes() for p in out.rglob("*.yaml"))
    else:
        make.make(out, 0.005, layout, 1)  # type: ignore[attr-defined]
    files = sorted(out.rglob("*.yaml"))
    assert files
    for path in files[:400]:
        data = path.read_bytes()
        rel = path.relative_to(out).as_posix()
        same(data, rel)
        assert fast_tree(data, rel) is not None, rel
        assert streamed(data, rel)[0] is None, rel  # given entry by entry


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
    if draw(st.integers(0, 3)) == 0:
        text = text.replace("\n", "\r\n")  # saved by a Windows editor
    return text.encode()


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[bytes] | None = None) -> bytes:
    data = bytearray(draw(documents() if base is None else base))
    for _ in range(draw(st.integers(1, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from([b" ", b"\n", b"-", b":", b"#", b"'", b'"', b"{", b"}",
                                      b"[", b"]", b",", b"\t", b"\r", b"&", b"x", b"  ",
                                      b"\r\n", b"|", b">", b"|-"]))  # fmt: skip
        if action == "insert":
            data[at:at] = piece
        elif action == "delete":
            del data[at]
        else:
            data[at : at + 1] = piece
    return bytes(data)


@pytest.mark.slow  # 500 examples, ~15 s: CI runs them (pytest -m slow)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents(data: bytes) -> None:
    same(data)


@pytest.mark.slow  # 500 examples, ~15 s: CI runs them (pytest -m slow)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents(data: bytes) -> None:
    same(data)


# Block texts (``notes: |``) where coordinators write them: as a mapping's value, a list
# item, a record's field; with the headers, blank lines, comments and indentation around
# them that the fast reader takes or declines.
HEADERS = ["|", "|-", ">", ">-", "|+", ">+", "|2", "|-1", "| # c", "|#c", "|  ", "> x"]
TEXT_LINES = ["text", "more text", "it's: a # not a comment", "- x", "k: v", "", " ",
              "   ", "      ", " indented", "  deeper", "\tx", "# c", "é"]  # fmt: skip
AFTER = ["", "# c", " # c", "  # c", "next: 1", " x", "- y", "  m: 2"]


@st.composite
def block_documents(draw: st.DrawFn) -> bytes:
    """Two in three drawn from what people write (the fast reader's ground), the rest from
    everything above."""
    tidy = draw(st.integers(0, 2)) > 0
    headers = [*HEADERS[:4], "| # c"] if tidy else HEADERS
    texts = [*TEXT_LINES[:6], "é"] if tidy else TEXT_LINES
    root = draw(st.sampled_from(["map", "list", "records"]))
    after = {"map": ["", "# c"], "list": ["", "# c"], "records": ["", "  # c"]}[root]
    lines: list[str] = ["records:"] if root == "records" else []
    for n in range(draw(st.integers(1, 3))):
        header = draw(st.sampled_from(headers))
        if root == "map":
            lines.append(f"k{n}: {header}")
            owner = 0
        elif root == "list":
            lines.append(f"- {header}")
            owner = 0
        else:
            lines += [f"  - id: r{n}", f"    notes: {header}"]
            owner = 4
        indent = owner + draw(st.sampled_from([1, 2, 3]))
        for text in draw(st.lists(st.sampled_from(texts), min_size=1 if tidy else 0, max_size=5)):
            lines.append(" " * indent + text if text.strip() else text)
        if root == "records" and draw(st.booleans()):
            lines.append("    date: 2025-01-02")
        lines.append(draw(st.sampled_from(after if tidy else AFTER)))
    text = "\n".join(lines) + draw(st.sampled_from(["\n", "\n\n"] if tidy else ["\n", ""]))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text.encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block_documents())
def test_block_texts(data: bytes) -> None:
    same(data)


@pytest.mark.slow  # 1,000 examples: CI runs them (pytest -m slow)
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(block_documents(), mutated(block_documents())))
def test_block_texts_at_length(data: bytes) -> None:
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
        # tidy one-line flows, split without a pattern per item (see _tidy_flow)
        "- {librarian: p1, state: completed, score: 94}\n- {librarian: p2, state: withdrawn}\n",
        "k: {a: 1, b: 2}   # c\nl: [x, y.z, 3]\nm: {a: 1, a: 2}\nn: {a: 1,  b: 2}\n",
        "k: {a: 1, b: c: d}\nl: {a: 1, b: 2} x\nm: [a, b] # c\nn: {a.b/c: 1+2, d_e: -}\n",
        "k: {a: null, b: ~, c: true, d: 0x1F, e: 1e3}\nl: [null, a-, .5]\n",
        # a record's further `key: word` lines, read one pattern a line
        "- a: 1\n  b: two\n  c: 3 # c\n  d:  4\n  e: 'q'\n  f: x y\n  g: 5\n  h: 2025-01-02\n",
        "a: 1\nb: 2\nb: 3\n",
        "k:\n  a: 1\n  b: 2\n c: 3\n",
        "- a: 1\n  b: 2\n    c: 3\n- d: x:\n  e: -1\n  f: .x\n  g: no\n",
    ],
)
def test_edges(text: str) -> None:
    same(text.encode())


def test_what_pustaka_writes_is_read_by_the_fast_reader(tmp_path: Path) -> None:
    """Files as ``pustaka add``, ``enroll``, ``evaluate`` and ``record`` leave them (block
    records appended to a hand-written file, a new file, quoted names), and the same saved
    with CRLF: read fast, and the same as the strict reader's."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "tests" / "folders" / "write-basic", data)
    when = ["--data", str(data), "--today", "2026-11-21", "--lang", "en"]
    commands = [
        ["add", "librarian", "--id", "nur-a", "--name", "Nur'aini Abdullah", "--library",
         "pusat", "--grade", "terampil", "--employment", "pppk", "--started", "2021-02-01"],
        ["add", "librarian", "--id", "yes", "--name", "no", "--library", "pusat",
         "--grade", "terampil", "--employment", "honorer", "--started", "2022-02-01"],
        ["add", "training", "--id", "2026-kursus-digital", "--title", "Kursus: 'Digital'",
         "--type", "kursus", "--start", "2026-12-14", "--end", "2026-12-15", "--jp", "16",
         "--capacity", "10", "--develops", "perpustakaan-digital:2,otomasi:2",
         "--indicator", "Peserta lulus = 80 %"],
        ["enroll", "2026-kursus-digital", "nur-a"],
        ["enroll", "2026-kursus-digital", "budi-h"],
        ["enroll", "2026-bimtek-katalog", "yes"],
        ["evaluate", "nur-a", "katalogisasi=2", "otomasi=3", "--assessor", "supervisor",
         "--by", "ani-r", "--date", "2026-11-02"],
    ]  # fmt: skip
    for args in commands:
        done = run_cli([*args, *when])
        assert done.exit_code == 0, (args, done.stdout, done.stderr)
    files = sorted(data.rglob("*.yaml"))
    assert {p.name for p in files} >= {"librarians.yaml", "trainings.yaml", "evaluations.yaml"}
    for path in files:
        rel = path.relative_to(data).as_posix()
        written = path.read_bytes()
        for variant in (written, written.replace(b"\n", b"\r\n")):
            same(variant, rel)
            assert fast_tree(variant, rel) is not None, rel
    enrolled = (data / "trainings.yaml").read_text(encoding="utf-8")
    assert "      - librarian: budi-h\n        state: enrolled\n" in enrolled  # block style


def test_parse_uses_the_fast_reader() -> None:
    data = b"librarians:\n  - id: p1\n    name: no\n"
    assert parse(data, "f.yaml") == strict(data)


# --- given entry by entry, and read into records ----------------------------------------


class Log:
    """A sink that notes what it is given, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def item(self, key: Scalar, node: Node) -> None:
        self.calls.append(("item", key.text))

    def entry(self, key: Scalar, value: Node) -> None:
        self.calls.append(("entry", key.text))

    def drop(self) -> None:
        self.calls.append(("drop", ""))


def test_items_are_given_as_read_then_their_empty_list() -> None:
    log = Log()
    data = b"a: 1\nl:\n  - x: 1\n    y: [2]\n  - z\nm:\n- {k: v}\nn:\n"
    assert parse_each(data, "f.yaml", log) is None
    assert log.calls == [
        ("entry", "a"),
        ("item", "l"),
        ("item", "l"),
        ("entry", "l"),
        ("item", "m"),
        ("entry", "m"),
        ("entry", "n"),
    ]
    same(data)


@pytest.mark.parametrize(
    "text",
    [
        "l:\n  - x: 1\n  - x: 2\nm: |+\n  text\n",  # a kept block text after the items
        "l:\n  - x: 1\nl:\n  - x: 2\n",  # a duplicate key of the root
        "l:\n  - x: 1\n  - x: 2\n    x: 3\n",  # ... of an item, after the first
        "l:\n  - x: 1\n  - x: a\n\tb\n",  # a tab
    ],
)
def test_a_late_decline_drops_what_was_given(text: str) -> None:
    log = Log()
    parsed = parse_each(text.encode(), "f.yaml", log)
    assert parsed == strict(text.encode())
    assert log.calls[-1] == ("drop", "")
    same(text.encode())


def test_a_sequence_root_is_returned_whole() -> None:
    log = Log()
    parsed = parse_each(b"- a\n- b: 1\n", "f.yaml", log)
    assert parsed == strict(b"- a\n- b: 1\n")
    assert log.calls == []


KIND_BY_NAME = {kind.name: kind for kind in records.KINDS}


def kind_of(path: Path) -> Kind | None:
    """The kind of a record file in a data folder, from its name or its folder's."""
    for name in (path.stem, *(parent.name for parent in path.parents)):
        if name in KIND_BY_NAME:
            return KIND_BY_NAME[name]
    return None


def declines(text: str, path: str, sink: object = None) -> None:
    """A fast reader that declines every file: the strict reader reads them all."""
    return None


def read_kind(data: bytes, kind: Kind, *, fast: bool) -> tuple[Any, ...]:
    """What ``folder.read_file`` reads from a file of these bytes, with the fast reader or
    the strict one only."""
    with tempfile.TemporaryDirectory() as scratch, pytest.MonkeyPatch.context() as patch:
        path = Path(scratch) / "f.yaml"
        path.write_bytes(data)
        if not fast:
            patch.setattr(fast_reader, "read", declines)
        got = folder.read_file(None, "f.yaml", str(path), kind)
    return got.lists, got.problems


def same_records(data: bytes, kind: Kind) -> None:
    """Records built as the fast reader gives them equal those built from the strict tree:
    the same records once each, the same problems in the same order."""
    assert read_kind(data, kind, fast=True) == read_kind(data, kind, fast=False)


KIND_FILES = [p for p in REPO_FILES if kind_of(p) is not None]


@pytest.mark.parametrize("path", KIND_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_records_of_every_record_file_in_the_repository(path: Path) -> None:
    kind = kind_of(path)
    assert kind is not None
    same_records(path.read_bytes(), kind)


def test_records_of_a_generated_national_folder(tmp_path: Path) -> None:
    make = make_national()
    make.make(tmp_path, 0.01, "few", 2)  # type: ignore[attr-defined]
    files = sorted(tmp_path.glob("*.yaml"))
    assert {p.stem for p in files} >= {"librarians", "trainings", "evaluations"}
    for path in files:
        kind = kind_of(path)
        if kind is not None:
            data = path.read_bytes()
            same_records(data, kind)
            lines = data.split(b"\n")  # and declined at the very end, after every item
            same_records(b"\n".join([*lines[:-1], b"x: |+", b"  late", b""]), kind)


def test_a_late_decline_forgets_only_its_own_file(tmp_path: Path) -> None:
    """One load serves every file of a kind: a decline late in the second file
    drops that file's records and problems, never the first file's."""
    first = b"evaluations:\n  - librarian: p1\n    kind: self\n    date: 2025-01-02\n    notez: x\n"
    second = (
        b"evaluations:\n  - librarian: p2\n    kind: peer\n    date: 2025-01-03\n"
        b"  - librarian: p3\n    kind: sefl\n    date: 2025-01-04\n    notes: |+\n      late\n"
    )

    def both(fast: bool) -> tuple[Any, ...]:
        with pytest.MonkeyPatch.context() as patch:
            if not fast:
                patch.setattr(fast_reader, "read", declines)
            (tmp_path / "evaluations").mkdir(exist_ok=True)
            (tmp_path / "evaluations" / "a.yaml").write_bytes(first)
            (tmp_path / "evaluations" / "b.yaml").write_bytes(second)
            loaded = folder.load(tmp_path, kinds=("evaluations",))
        found = [p for p in loaded.problems if p.loc.path.startswith("evaluations/")]
        return loaded.dataset.evaluations, found

    evaluations, found = both(fast=True)
    assert (evaluations, found) == both(fast=False)
    assert [e.librarian for e in evaluations] == ["p1", "p2"]  # p3's kind is wrong
    assert sorted({p.loc.path for p in found}) == ["evaluations/a.yaml", "evaluations/b.yaml"]


RECORD_VALUES = {
    "librarian": ["p00001", "P1", "'p2'", "x y", "[a]", ""],
    "kind": ["self", "peer", "superviser", '"lsp"', "{a: 1}"],
    "date": ["2025-09-05", "2025-02-30", "soon", "'2025-01-01'"],
    "by": ['"Penilai 3"', "Ani", "a: b", "|", "&x"],
    "levels": ["{katalogisasi: 2, referensi: 9}", "{a: x}", "[1, 2]", "{k: 1, k: 2}", "{}"],
    "notes": ["'it''s'", "x # c", '"tab\\there"', "1"],
}
LAST_LINES = [
    "",
    "notes: 1",
    "evaluations: []",
    "evaluations:\n  - kind: self",
    "x: |\n  y",
    "  - kind: [a, b,]",
    "\tx: 1",
    "evaluations: 3",
    "- kind: self",
]


@st.composite
def record_files(draw: st.DrawFn) -> bytes:
    """An evaluations file whose records, root keys and last line may each be wrong."""
    lines = [draw(st.sampled_from(["evaluations:", "evaluatons:", "extra: 1\nevaluations:"]))]
    indent = draw(st.sampled_from(["  ", ""]))
    for _ in range(draw(st.integers(0, 5))):
        names = draw(
            st.lists(st.sampled_from(sorted(RECORD_VALUES)), min_size=1, max_size=4, unique=True)
        )
        for i, name in enumerate(names):
            lead = indent + ("- " if i == 0 else "  ")
            lines.append(f"{lead}{name}: {draw(st.sampled_from(RECORD_VALUES[name]))}".rstrip())
    lines.append(draw(st.sampled_from(LAST_LINES)))
    return ("\n".join(lines) + "\n").encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(record_files(), mutated(record_files())))
def test_records_of_generated_files(data: bytes) -> None:
    same(data)
    same_records(data, KIND_BY_NAME["evaluations"])

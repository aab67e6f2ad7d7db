"""The strict YAML reader: located problems for every trap, text kept as written, no crash."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pustaka_cli.i18n import LANGUAGES, Translator
from pustaka_cli.i18n.messages import CATALOGUE, reader
from pustaka_cli.problems import Loc, Problem
from pustaka_cli.store import yaml as yamlface
from pustaka_cli.store.yaml import (
    CODES,
    MAX_DEPTH,
    MAX_PROBLEMS,
    Mapping,
    Parsed,
    Scalar,
    Sequence,
    parse,
    reading,
    strict,
    strict_parsers,
)

CASES = Path(__file__).parent / "yaml_cases"
SAMPLE = (CASES / "librarians.yaml").read_bytes()
SRC = Path(yamlface.__file__).resolve().parents[3]

HAS_LIBYAML = "libyaml" in strict_parsers()
LOADERS = ["c", "pure"] if HAS_LIBYAML else ["pure"]


def strict_parse(data: bytes, path: str, *, pure: bool) -> Parsed:
    """The strict reader alone, over PyYAML's pure-Python parser or libyaml."""
    return parse(data, path, parser="python" if pure else "libyaml")


Reader = Callable[[bytes], Parsed]


@pytest.fixture(params=LOADERS)
def read(request: pytest.FixtureRequest) -> Reader:
    """``parse`` through libyaml and through the pure-Python fallback: both must agree."""
    pure = request.param == "pure"
    return lambda data: strict_parse(data, "f.yaml", pure=pure)


def found(parsed: Parsed) -> list[tuple[str, int, int]]:
    return [(p.code, p.loc.line, p.loc.col) for p in parsed.problems]


def value(root: object, *path: str | int) -> Any:
    """Follow keys (str) and indexes (int) down the tree."""
    node = root
    for step in path:
        if isinstance(step, str):
            assert isinstance(node, Mapping)
            node = next(v for k, v in node.items if k.text == step)
        else:
            assert isinstance(node, Sequence)
            node = node.items[step]
    return node


def render(p: Problem, lang: str) -> str:
    t = Translator(lang)
    text = t(f"problem.{p.code}", **p.arg_map)
    if p.hint:
        text += " " + t(f"hint.{p.hint}", **p.arg_map)
    return text


# --- text kept as written ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "no",
        "yes",
        "on",
        "off",
        "true",
        "12:30",
        "0123",
        "1e3",
        "198704122011012003",
        "2024-02-30",
        "0x1F",
        "+1",
        ".inf",
        "1_000",
        "0o17",
    ],
)
def test_plain_scalars_stay_text(read: Reader, written: str) -> None:
    parsed = read(f"value: {written}\n".encode())
    assert parsed.problems == ()
    node = value(parsed.root, "value")
    assert node == Scalar(written, False, Loc("f.yaml", 1, 8))


def test_sample_records_keep_text_and_quotes(read: Reader) -> None:
    root = read(SAMPLE).root
    second = value(root, "librarians", 1)
    texts = {k.text: (v.text, v.quoted) for k, v in second.items if isinstance(v, Scalar)}
    assert texts["id"] == ("0123", False)
    assert texts["name"] == ("no", False)
    assert texts["nip"] == ("198704122011012003", False)
    assert texts["active"] == ("yes", False)
    assert texts["shift"] == ("12:30", False)
    assert texts["score"] == ("1e3", False)
    assert texts["started"] == ("2019-07-15", False)
    assert texts["notes"] == ("Jum'at pagi: layanan keliling", True)
    assert texts["bio"] == ("Pustakawan di Dinas Perpustakaan & Kearsipan.\nBaris kedua.\n", True)
    assert texts["summary"] == ("Teks yang dilipat menjadi satu baris.\n", True)
    assert value(root, "librarians", 0, "nip") == Scalar(
        "19870412 201101 2 003", True, Loc("f.yaml", 5, 10)
    )


def test_loaders_build_the_same_tree() -> None:
    if not HAS_LIBYAML:
        pytest.skip("PyYAML without libyaml")
    assert strict_parse(SAMPLE, "f.yaml", pure=False) == strict_parse(SAMPLE, "f.yaml", pure=True)


def test_public_parse_uses_the_same_reader() -> None:
    assert parse(SAMPLE, "f.yaml") == strict_parse(SAMPLE, "f.yaml", pure=not HAS_LIBYAML)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'x'", True),
        ('"x"', True),
        ("|\n  x", True),
        (">\n  x", True),
        ("x", False),
        ("", False),
        ("~", False),
        ("''", True),
    ],
)
def test_quoted_flag(read: Reader, text: str, quoted: bool) -> None:
    node = value(read(f"a: {text}\n".encode()).root, "a")
    assert isinstance(node, Scalar)
    assert node.quoted is quoted


def test_null_scalars(read: Reader) -> None:
    root = read(b"a:\nb: ~\nc: null\nd: 'null'\ne: NULL\n").root
    assert [v.is_null for _, v in root.items] == [True, True, True, False, True]


def test_mapping_items_in_file_order_with_locations(read: Reader) -> None:
    root = read(b"zeta: 1\nalpha:\n  - x\n  - {k: v}\nmid: [1, 2]\n").root
    assert isinstance(root, Mapping)
    assert root.loc == Loc("f.yaml", 1, 1)
    assert [k.text for k, _ in root.items] == ["zeta", "alpha", "mid"]
    assert [k.loc.line for k, _ in root.items] == [1, 2, 5]
    alpha = value(root, "alpha")
    assert isinstance(alpha, Sequence)
    assert alpha.loc == Loc("f.yaml", 3, 3)
    assert value(alpha, 1) == Mapping(
        ((Scalar("k", False, Loc("f.yaml", 4, 6)), Scalar("v", False, Loc("f.yaml", 4, 9))),),
        Loc("f.yaml", 4, 5),
    )
    assert value(root, "mid").loc == Loc("f.yaml", 5, 6)


# --- bytes: BOM, line endings, encoding -------------------------------------------------


def test_crlf(read: Reader) -> None:
    parsed = read(b"a: 1\r\nb: |\r\n  x\r\n  y\r\n")
    assert parsed.problems == ()
    assert parsed.newline == "\r\n"
    assert value(parsed.root, "b") == Scalar("x\ny\n", True, Loc("f.yaml", 2, 4))


def test_lf_and_mixed_line_endings(read: Reader) -> None:
    assert read(b"a: 1\nb: 2\n").newline == "\n"
    assert read(b"a: 1").newline == "\n"
    assert read(b"a: 1\r\nb: 2\r\nc: 3\n").newline == "\r\n"
    assert read(b"a: 1\nb: 2\nc: 3\r\n").newline == "\n"


def test_bom(read: Reader) -> None:
    parsed = read(b"\xef\xbb\xbfa: 1\r\nb: x\r\n")
    assert parsed.problems == ()
    assert parsed.bom is True
    assert parsed.newline == "\r\n"
    assert value(parsed.root, "a") == Scalar("1", False, Loc("f.yaml", 1, 4))
    assert read(b"a: 1\n").bom is False


def test_bom_then_error_is_located_without_the_bom(read: Reader) -> None:
    assert found(read(b"\xef\xbb\xbfa: b: c\n")) == [("yaml-colon", 1, 5)]


@pytest.mark.parametrize(
    ("data", "line", "col", "byte"),
    [
        (b"a: 1\nb: caf\xe9\n", 2, 7, "0xE9"),  # Windows-1252 e-acute
        (b"nama: R\xc3\xa9\xff\n", 1, 9, "0xFF"),  # column counts characters, not bytes
        (b"\xef\xbb\xbfa: \xc3\n", 1, 4, "0xC3"),  # truncated sequence after a BOM
        (b"\xff\xfea\x00:\x00", 1, 1, "0xFF"),  # UTF-16
        (b"a: 1\r\nb: 2\rc: \x80", 3, 4, "0x80"),  # CR counts as a line break, as in YAML
        (b"a: \xed\xa0\x80\n", 1, 4, "0xED"),  # an encoded surrogate
    ],
)
def test_encoding(read: Reader, data: bytes, line: int, col: int, byte: str) -> None:
    parsed = read(data)
    assert found(parsed) == [("yaml-encoding", line, col)]
    assert parsed.problems[0].arg_map == {"byte": byte}
    assert parsed.root is None


@pytest.mark.parametrize(
    ("data", "line", "col", "char"),
    [
        (b"a: \x07\n", 1, 4, "U+0007"),
        (b"a: 1\nb: x\x00y\n", 2, 5, "U+0000"),
        (b"a: \x7f\n", 1, 4, "U+007F"),
        (b"a: \xc2\x9b\n", 1, 4, "U+009B"),
        (b"a: 1\n\xef\xbb\xbfb: 2\n", 2, 1, "U+FEFF"),  # a BOM in the middle of the file
        (b"a: \xef\xbf\xbf\n", 1, 4, "U+FFFF"),
    ],
)
def test_control_characters(read: Reader, data: bytes, line: int, col: int, char: str) -> None:
    parsed = read(data)
    assert found(parsed) == [("yaml-control-char", line, col)]
    assert parsed.problems[0].arg_map == {"char": char}


def test_control_characters_once_per_line(read: Reader) -> None:
    assert found(read(b"a: \x01\x02\nb: \x03\n")) == [
        ("yaml-control-char", 1, 4),
        ("yaml-control-char", 2, 4),
    ]


# --- empty files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n\n",
        b"# only a comment\n",
        b"  # indented comment\r\n\r\n",
        b"   \n\t\n \t \n",
        b"---\n",
        b"---",
        b"--- # start\n",
        b"---\n...\n",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf# c\n",
    ],
)
def test_empty_files(read: Reader, data: bytes) -> None:
    parsed = read(data)
    assert parsed.root is None
    assert parsed.problems == ()


def test_explicit_document_markers_around_one_document(read: Reader) -> None:
    parsed = read(b"---\na: 1\n...\n")
    assert parsed.problems == ()
    assert value(parsed.root, "a") == Scalar("1", False, Loc("f.yaml", 2, 4))


# --- refused constructs -----------------------------------------------------------------


def test_conflict_markers(read: Reader) -> None:
    data = (
        b"librarians:\n"
        b"<<<<<<< HEAD\n"
        b"  - id: a\n"
        b"||||||| base\n"
        b"  - id: b\n"
        b"=======\n"
        b"  - id: c\n"
        b">>>>>>> feature/x\n"
    )
    parsed = read(data)
    assert found(parsed) == [
        ("yaml-conflict", 2, 1),
        ("yaml-conflict", 4, 1),
        ("yaml-conflict", 6, 1),
        ("yaml-conflict", 8, 1),
    ]
    assert [p.arg_map["marker"] for p in parsed.problems] == [
        "<<<<<<<",
        "|||||||",
        "=======",
        ">>>>>>>",
    ]
    assert parsed.root is None


def test_conflict_markers_with_crlf(read: Reader) -> None:
    data = b"a: 1\r\n<<<<<<< HEAD\r\nb: 1\r\n=======\r\nb: 2\r\n>>>>>>> main\r\n"
    assert [line for _, line, _ in found(read(data))] == [2, 4, 6]


def test_lookalikes_are_not_conflict_markers(read: Reader) -> None:
    data = b"a: <<<<<<< x\nb: '=======' \nc: |\n  ======= x\n  <<<<<<<<\n"
    assert read(data).problems == ()


def test_tab_indentation(read: Reader) -> None:
    parsed = read(b"a:\n\tb: 1\n")
    assert found(parsed) == [("yaml-tab", 2, 1)]
    assert "spaces, not tabs" in render(parsed.problems[0], "en")
    assert "spasi, bukan tab" in render(parsed.problems[0], "id")
    assert parsed.root is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a:\n  b: 1\n  \tc: 2\n", [("yaml-tab", 3, 3)]),
        (b"a: 1\n\t\nb: 2\n", [("yaml-tab", 2, 1)]),  # a tab hiding on an empty line
        (b"-\tx\n", [("yaml-tab", 1, 2)]),
        (b"a: x\n\ty\n", [("yaml-tab", 2, 1)]),
        # every tab-indented line is listed once the parser stopped at one
        (
            b"a:\n\tb: 1\n\tc: 2\n  d: 3\n \te: 4\n",
            [("yaml-tab", 2, 1), ("yaml-tab", 3, 1), ("yaml-tab", 5, 2)],
        ),
    ],
)
def test_tab_cases(read: Reader, data: bytes, expected: list[tuple[str, int, int]]) -> None:
    assert found(read(data)) == expected


def test_tab_inside_block_scalar_content_is_text(read: Reader) -> None:
    parsed = read(b"a: |\n  x\n  \ty\n")
    assert parsed.problems == ()
    assert value(parsed.root, "a") == Scalar("x\n\ty\n", True, Loc("f.yaml", 1, 4))


def test_anchor_and_alias(read: Reader) -> None:
    parsed = read(b"a: &x 1\nb: *x\nc: [*x]\n")
    assert found(parsed) == [("yaml-alias", 1, 4), ("yaml-alias", 2, 4), ("yaml-alias", 3, 5)]
    assert [p.arg_map["text"] for p in parsed.problems] == ["&x", "*x", "*x"]
    assert parsed.root is None


def test_merge_key_is_reported_once_at_the_key(read: Reader) -> None:
    parsed = read(b"base: &b {kota: Bandung}\nsari:\n  <<: *b\n  nama: Sari\n")
    assert found(parsed) == [("yaml-alias", 1, 7), ("yaml-alias", 3, 3)]
    assert [p.arg_map["text"] for p in parsed.problems] == ["&b", "<<"]


def test_merge_key_with_inline_mapping_and_quoted_lookalike(read: Reader) -> None:
    assert found(read(b"a:\n  <<: {x: 1}\n")) == [("yaml-alias", 2, 3)]
    parsed = read(b"'<<': text\n")
    assert parsed.problems == ()
    assert value(parsed.root, "<<") == Scalar("text", False, Loc("f.yaml", 1, 7))


def test_alias_as_key(read: Reader) -> None:
    assert found(read(b"a: &k x\n*k : 1\n")) == [("yaml-alias", 1, 4), ("yaml-alias", 2, 1)]


BILLION_LAUGHS = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

MERGE_BOMB = b"""\
a: &a {x: 1}
b: &b {<<: [*a, *a, *a, *a, *a, *a, *a, *a, *a]}
c: &c {<<: [*b, *b, *b, *b, *b, *b, *b, *b, *b]}
d: &d {<<: [*c, *c, *c, *c, *c, *c, *c, *c, *c]}
e: &e {<<: [*d, *d, *d, *d, *d, *d, *d, *d, *d]}
f: &f {<<: [*e, *e, *e, *e, *e, *e, *e, *e, *e]}
g: &g {<<: [*f, *f, *f, *f, *f, *f, *f, *f, *f]}
"""


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, MERGE_BOMB], ids=["laughs", "merge"])
def test_alias_bombs_are_refused_fast(read: Reader, bomb: bytes) -> None:
    start = time.process_time()
    parsed = read(bomb)
    elapsed = time.process_time() - start
    assert parsed.root is None
    assert found(parsed)[0] == ("yaml-alias", 1, 4)
    assert {p.code for p in parsed.problems} == {"yaml-alias"}
    assert elapsed < 0.5


def test_nesting_limit_is_exact(read: Reader) -> None:
    ok = b"a: " + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"\n"
    assert read(ok).problems == ()
    too_deep = b"a: " + b"[" * MAX_DEPTH + b"x" + b"]" * MAX_DEPTH + b"\n"
    parsed = read(too_deep)
    # the root mapping is level 1, so the 64th '[' opens level 65, at column 3 + 64
    assert found(parsed) == [("yaml-nesting", 1, 3 + MAX_DEPTH)]
    assert parsed.problems[0].arg_map == {"limit": str(MAX_DEPTH)}
    assert parsed.root is None


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000,
        b"{a: " * 100_000,
        b"- " * 100_000 + b"x",
        b"".join(b" " * i + b"- \n" for i in range(200)),
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["flow-seq", "flow-map", "block-seq", "block-lines", "closed"],
)
def test_deep_nesting_is_refused_fast(read: Reader, data: bytes) -> None:
    # CPU seconds, with room: the pure parser's look-ahead over '[[[[' takes ~0.9 s alone
    # and more on a busy machine's shared core; what must never happen is a hang or a crash.
    start = time.process_time()
    parsed = read(data)
    assert time.process_time() - start < 5
    assert [p.code for p in parsed.problems] == ["yaml-nesting"]


@pytest.mark.parametrize("loader", LOADERS)
def test_deep_nesting_cannot_crash_the_interpreter(loader: str) -> None:
    """libyaml's composer overflows the C stack on this; a crash must fail, not kill, pytest."""
    code = (
        "import sys, time\n"
        "from pustaka_cli.store.yaml import parse\n"
        "for data in (b'[' * 100000, b'{a: ' * 100000, b'- ' * 100000, b'[' * 10**6):\n"
        "    start = time.process_time()\n"
        f"    r = parse(data, 'x.yaml', parser={'python' if loader == 'pure' else 'libyaml'!r})\n"
        "    p = r.problems[0]\n"
        "    print(p.code, p.loc.line, p.loc.col, round(time.process_time() - start, 3))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")[:4]
    assert [line.split()[:3] for line in lines] == [
        ["yaml-nesting", "1", "65"],
        ["yaml-nesting", "1", str(4 * 64 + 1)],
        ["yaml-nesting", "1", "129"],
        ["yaml-nesting", "1", "65"],
    ]
    assert all(float(line.split()[3]) < 5 for line in lines)


DEEP_SOURCES = ('b"[" * 100_000', 'b"{a: " * 100_000', 'b"- " * 100_000', 'b"[" * 10**6')
DEEP_INPUTS = tuple(eval(source) for source in DEEP_SOURCES)
DEEP_PROBLEMS = [
    ("yaml-nesting", 1, 65),
    ("yaml-nesting", 1, 4 * 64 + 1),
    ("yaml-nesting", 1, 129),
    ("yaml-nesting", 1, 65),
]


def test_libyaml_stopping_deep_nesting_itself_gives_our_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """libyaml 0.2.6 (PyYAML 6.0.4's wheels) refuses depth 1000 while scanning ahead, before
    any event reaches our builder; the problem must still be ours, at the same place."""
    import yaml
    from yaml.error import Mark

    real = strict.events

    def like_libyaml_026(text: str, *, pure: bool) -> Any:
        depth, index = 0, 0
        for index, char in enumerate(text):
            depth += char in "[{"
            if depth > 1000 and not pure:
                mark = Mark("<unicode string>", index, 0, index, None, None)
                raise yaml.MarkedYAMLError(
                    "while increasing flow level", mark, "exceeded maximum nesting depth", mark
                )
        return real(text, pure=pure)

    monkeypatch.setattr(strict, "events", like_libyaml_026)
    for data, expected in zip(DEEP_INPUTS, DEEP_PROBLEMS, strict=True):
        assert found(strict_parse(data, "f.yaml", pure=False)) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize("pyyaml", ["6.0.3", "newest"])
def test_deep_nesting_is_the_same_with_every_bundled_libyaml(pyyaml: str, tmp_path: Path) -> None:
    """The same problems with PyYAML 6.0.3 (libyaml 0.2.5) and the newest release, installed
    into a scratch virtual environment beside this one."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wanted = "PyYAML==6.0.3" if pyyaml == "6.0.3" else "PyYAML"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--only-binary", ":all:", wanted],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    code = (
        "from pustaka_cli.store.yaml import parse, strict_parsers\n"
        "assert 'libyaml' in strict_parsers()\n"
        f"for data in ({', '.join(DEEP_SOURCES)}):\n"
        "    p = parse(data, 'f.yaml', parser='libyaml').problems[0]\n"
        "    print(p.code, p.loc.line, p.loc.col)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert [tuple(line.split()) for line in done.stdout.splitlines()] == [
        (code, str(line), str(col)) for code, line, col in DEEP_PROBLEMS
    ]


def test_several_documents(read: Reader) -> None:
    parsed = read(b"a: 1\n---\nb: 2\n---\nc: 3\n")
    assert found(parsed) == [("yaml-documents", 2, 1)]
    assert parsed.root is None


def test_several_documents_after_an_explicit_first(read: Reader) -> None:
    assert found(read(b"--- \na: 1\n...\n--- \nb: 2\n")) == [("yaml-documents", 4, 1)]


def test_duplicate_keys_keep_the_first_value(read: Reader) -> None:
    parsed = read(b"a: 1\nb:\n  x: 1\n  'x': 2\na: 3\nc: 4\n")
    assert found(parsed) == [("yaml-duplicate-key", 4, 3), ("yaml-duplicate-key", 5, 1)]
    assert parsed.problems[0].arg_map == {"key": "x", "first_line": "3"}
    assert parsed.problems[1].arg_map == {"key": "a", "first_line": "1"}
    root = parsed.root
    assert [k.text for k, _ in root.items] == ["a", "b", "c"]
    assert value(root, "a").text == "1"
    assert value(root, "b", "x").text == "1"
    assert value(root, "c").text == "4"


def test_duplicate_key_with_a_collection_value(read: Reader) -> None:
    parsed = read(b"l:\n  - 1\nl:\n  - 2\n  - 3\nz: 0\n")
    assert found(parsed) == [("yaml-duplicate-key", 3, 1)]
    assert [item.text for item in value(parsed.root, "l").items] == ["1"]
    assert value(parsed.root, "z").text == "0"


def test_same_key_in_different_mappings_is_fine(read: Reader) -> None:
    assert read(b"- id: a\n  name: x\n- id: b\n  name: y\n").problems == ()


@pytest.mark.parametrize(
    ("data", "line", "col", "tag"),
    [
        (b"nip: !!str 198704122011012003\n", 1, 6, "!!str"),
        (b"a: !foo x\n", 1, 4, "!foo"),
        (b"a: ! x\n", 1, 4, "!"),
        (b"a: !!map {}\n", 1, 4, "!!map"),
        (b"a:\n  - !!seq []\n", 2, 5, "!!seq"),
        (b"a: !<tag:example.org,2024:x> y\n", 1, 4, "!<tag:example.org,2024:x>"),
        (b"a: !x!y 1\n", 1, 4, "!x!y"),  # an undefined tag handle: a parser error
    ],
)
def test_tags(read: Reader, data: bytes, line: int, col: int, tag: str) -> None:
    parsed = read(data)
    assert found(parsed) == [("yaml-tag", line, col)]
    assert parsed.problems[0].arg_map == {"tag": tag}
    assert parsed.root is None


@pytest.mark.parametrize(
    ("data", "line", "col"),
    [
        (b"? [a, b]\n: 1\n", 1, 3),
        (b"? {a: 1}\n: 1\n", 1, 3),
        (b"x: {[a]: 1}\n", 1, 5),
        (b"x: {a: 1, {b: 2}: 3}\n", 1, 11),
    ],
)
def test_non_scalar_keys(read: Reader, data: bytes, line: int, col: int) -> None:
    parsed = read(data)
    assert found(parsed) == [("yaml-key", line, col)]
    assert parsed.root is None


def test_file_too_large_is_checked_first(read: Reader) -> None:
    data = b"\xff" * (yamlface.MAX_BYTES + 1)  # not UTF-8 either: the size wins, instantly
    start = time.process_time()
    parsed = read(data)
    assert time.process_time() - start < 0.1
    assert found(parsed) == [("file-too-large", 0, 0)]
    assert parsed.problems[0].arg_map == {"size_mb": "64.1", "limit_mb": "64"}
    assert parsed.root is None


def test_file_size_limit_is_exact(read: Reader, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 8)
    assert read(b"a: 12345").problems == ()
    assert found(read(b"a: 123456")) == [("file-too-large", 0, 0)]


def test_too_many_problems_stop_the_reader(read: Reader) -> None:
    data = b"a: &x 1\nb: [" + b"*x, " * (2 * MAX_PROBLEMS) + b"]\n"
    parsed = read(data)
    assert len(parsed.problems) == MAX_PROBLEMS + 1
    assert parsed.problems[-1].code == "yaml-too-many"
    assert parsed.root is None


# --- PyYAML's errors, translated --------------------------------------------------------

SYNTAX_CASES = [
    # (name, input, code, line, col)
    ("colon-in-value", b"judul: Catatan: penting\n", "yaml-colon", 1, 15),
    ("colon-after-value", b"a: x\n  b: 2\n", "yaml-colon", 2, 4),
    ("missing-colon", b"a: 1\nnama Budi\nc: 2\n", "yaml-missing-colon", 2, 1),
    ("indent-less", b"a:\n  b: 1\n c: 2\n", "yaml-indent", 3, 2),
    ("indent-more-then-less", b"a:\n    b: 1\n  c: 2\n", "yaml-indent", 3, 3),
    ("item-in-mapping", b"a: 1\n- b\n", "yaml-indent", 2, 1),
    ("key-in-list", b"a:\n  - b\n  c: 1\n", "yaml-indent", 3, 3),
    ("list-item-after-key", b"a: - b\n", "yaml-list-item", 1, 4),
    ("unclosed-double", b'a: "abc\nb: 2\n', "yaml-quote", 1, 4),
    ("unclosed-single", b"a: 1\nb: 'abc\n", "yaml-quote", 2, 4),
    ("unclosed-before-doc", b'a: "x\n---\n', "yaml-quote", 1, 4),
    ("apostrophe", b"hari: 'Jum'at'\n", "yaml-trailing", 1, 12),
    ("after-quote", b'a: "abc" def\n', "yaml-trailing", 1, 10),
    ("windows-path", b'a: "C:\\Users\\sari"\n', "yaml-escape", 1, 7),
    ("unknown-escape", b'a: "x\\q"\n', "yaml-escape", 1, 6),
    ("unclosed-list", b"a: [1, 2\nb: 3\n", "yaml-bracket", 1, 4),
    ("unclosed-map-eof", b"a: {x: 1\n", "yaml-bracket", 1, 4),
    ("wrong-closer", b"a: [1, 2}\n", "yaml-bracket", 1, 4),
    ("eof-after-comma", b"a: [1,", "yaml-bracket", 1, 4),
    ("inner-unclosed", b"a: {b: [1, {c: d", "yaml-bracket", 1, 12),
    ("extra-closer", b"a: ]\n", "yaml-bracket-extra", 1, 4),
    ("extra-closer-after", b"a: [1]]\n", "yaml-bracket-extra", 1, 7),
    ("at-sign", b"twitter: @budi\n", "yaml-reserved", 1, 10),
    ("backtick", b"a: `x`\n", "yaml-reserved", 1, 4),
    ("percent", b"a: %x\n", "yaml-reserved", 1, 4),
    ("ampersand", b"a: & co\n", "yaml-reserved", 1, 4),
    ("asterisk", b"- * item\n", "yaml-reserved", 1, 3),
    ("score-threshold", b"nilai: >80\n", "yaml-reserved", 1, 8),
    ("pipe-as-text", b"a: | x\n", "yaml-reserved", 1, 4),
    ("directive-like", b"%x\n", "yaml-reserved", 1, 1),
    ("comma-first", b"a: , b\n", "yaml-reserved", 1, 4),
    ("question-mark", b"a: ? x\n", "yaml-reserved", 1, 4),
    ("empty-flow-item", b"a: [,]\n", "yaml-syntax", 1, 5),
    ("content-after-end", b"a: 1\n...\nb: 2\n", "yaml-documents", 3, 1),
    ("twice-yaml-directive", b"%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "yaml-syntax", 2, 1),
    ("cr-line-breaks", b"a: 1\rb: 'x\r", "yaml-quote", 2, 4),
    ("nel-line-breaks", b"a: 1\xc2\x85b: 'x\n", "yaml-quote", 2, 4),
    ("wide-characters", "a: 😀é b: c\n".encode(), "yaml-colon", 1, 8),
]


@pytest.mark.parametrize(
    ("data", "code", "line", "col"),
    [case[1:] for case in SYNTAX_CASES],
    ids=[case[0] for case in SYNTAX_CASES],
)
def test_syntax_errors(read: Reader, data: bytes, code: str, line: int, col: int) -> None:
    parsed = read(data)
    assert found(parsed) == [(code, line, col)]
    assert parsed.root is None
    for lang in LANGUAGES:
        assert render(parsed.problems[0], lang)


def test_syntax_error_arguments(read: Reader) -> None:
    assert read(b'a: "x\n').problems[0].arg_map == {"quote": '"'}
    assert read(b'a: "C:\\Users"\n').problems[0].arg_map == {"escape": "\\U"}
    assert read(b"a: [1, 2\nb: 3\n").problems[0].arg_map == {
        "bracket": "[",
        "closer": "]",
        "found_line": "2",
    }
    assert read(b"a: @x\n").problems[0].arg_map == {"char": "@"}
    assert read(b"a: >80\n").problems[0].arg_map == {"char": ">"}
    detail = read(b"a: [,]\n").problems[0].arg_map["detail"]
    assert detail.startswith("while parsing a flow node: ")


def test_indented_continuation_is_a_plain_scalar(read: Reader) -> None:
    """YAML reads this as one text, 'a - b'; the record reader will see a one-item list."""
    parsed = read(b"- a\n - b\n")
    assert parsed.problems == ()
    assert value(parsed.root, 0).text == "a - b"


def test_only_duplicate_keys_leave_a_tree(read: Reader) -> None:
    assert read(b"a: 1\na: 2\n").root is not None
    assert read(b"a: 1\na: 2\nb: !!str x\n").root is None


# --- messages ---------------------------------------------------------------------------

FIELD = string.Formatter()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in FIELD.parse(text) if name}


def test_every_code_has_a_message_in_both_languages() -> None:
    for code in CODES:
        assert f"problem.{code}" in reader.MESSAGES, code
    for key, entry in reader.MESSAGES.items():
        assert CATALOGUE[key] is entry  # assembled into the catalogue
        assert set(entry) == set(LANGUAGES), key
        assert placeholders(entry["id"]) == placeholders(entry["en"]), key
        assert entry["id"] != entry["en"], key
        code = key.split(".", 1)[1]
        assert code in CODES, key
        if key.startswith("hint."):  # a hint gets the same args as its problem
            assert placeholders(entry["en"]) <= placeholders(CATALOGUE[f"problem.{code}"]["en"])


ARGS = {
    "file-too-large": {"size_mb", "limit_mb"},
    "yaml-encoding": {"byte"},
    "yaml-control-char": {"char"},
    "yaml-conflict": {"marker"},
    "yaml-alias": {"text"},
    "yaml-nesting": {"limit"},
    "yaml-duplicate-key": {"key", "first_line"},
    "yaml-tag": {"tag"},
    "yaml-too-many": {"limit"},
    "yaml-syntax": {"detail"},
    "yaml-quote": {"quote"},
    "yaml-escape": {"escape"},
    "yaml-bracket": {"bracket", "closer", "found_line"},
    "yaml-bracket-extra": {"bracket"},
    "yaml-reserved": {"char"},
    "yaml-continuation": {"column", "start_line"},
}


@pytest.mark.parametrize("code", sorted(CODES))
def test_message_placeholders_match_the_args(code: str) -> None:
    expected = ARGS.get(code, set())
    for lang in LANGUAGES:
        assert placeholders(CATALOGUE[f"problem.{code}"][lang]) == expected


def test_only_the_strict_rooms_import_yaml() -> None:
    package = SRC / "pustaka_cli"
    importer = re.compile(r"^\s*(import yaml|from yaml[ .])", re.M)
    offenders = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if importer.search(path.read_text(encoding="utf-8"))
    ]
    assert sorted(offenders) == ["store/yaml/diagnosis.py", "store/yaml/strict.py"]


# --- anything at all --------------------------------------------------------------------

PIECES = [
    "\t",
    ":",
    ": ",
    "'",
    '"',
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "<<: ",
    "<<: *a",
    "---\n",
    "...\n",
    "<<<<<<< HEAD\n",
    "=======\n",
    ">>>>>>> other\n",
    "|||||||\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "    ",
    "- ",
    "? ",
    "!",
    "!!str ",
    "#",
    "|",
    ">",
    "|-\n",
    "%",
    "@",
    "`",
    "\\",
    "\\x",
    "\x00",
    "\x1b",
    "\x85",
    "\u2028",
    "\ufeff",
    "é",
    "😀",
    "[[[[",
    "]]",
    '"\\u00e9"',
    "a: b",
    "no",
    "0123",
    "~",
    "null",
]
RAW_PIECES = [b"\xff", b"\xc3", b"\xe9", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xf0\x9f"]


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    data = bytearray(SAMPLE)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        piece = draw(
            st.one_of(st.sampled_from(PIECES).map(str.encode), st.sampled_from(RAW_PIECES))
        )
        how = draw(st.sampled_from(["insert", "delete", "replace"]))
        if how == "insert":
            data[at:at] = piece
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        else:
            data[at : at + len(piece)] = piece
    return bytes(data)


ANY_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    st.lists(st.sampled_from([*PIECES, "a", "b", "1"]), max_size=60).map(
        lambda parts: "".join(parts).encode()
    ),
    mutations(),
)


def check_never_raises(parsed: Parsed) -> None:
    assert isinstance(parsed, Parsed)
    for p in parsed.problems:
        assert p.code in CODES
        if p.code != "file-too-large":
            assert p.loc.line >= 1 and p.loc.col >= 1, p
        for lang in LANGUAGES:
            render(p, lang)
    if parsed.root is not None:
        assert {p.code for p in parsed.problems} <= {"yaml-duplicate-key"}


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_BYTES)
def test_any_bytes_give_a_result_libyaml(data: bytes) -> None:
    if HAS_LIBYAML:
        check_never_raises(strict_parse(data, "f.yaml", pure=False))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_BYTES)
def test_any_bytes_give_a_result_pure_python(data: bytes) -> None:
    check_never_raises(strict_parse(data, "f.yaml", pure=True))

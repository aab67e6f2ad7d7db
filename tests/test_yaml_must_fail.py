"""The YAML test suite's must-fail inputs: each is a located refusal wherever it stands.

``tests/yaml_test_suite/errors/`` holds the 94 inputs that the official yaml-test-suite
says a conforming parser must reject (copied unchanged, MIT licence beside them). libyaml
and PyYAML accept eleven of them; pustaka's strict reader must refuse every one, as a whole
record file and written inside a record's value, with ``path:line:col`` and no traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import make_folder, problems_of
from pustaka_cli.problems import Severity
from pustaka_cli.store.yaml import Mapping, Parsed, Scalar, Sequence, parse, strict_parsers

SUITE = Path(__file__).parent / "yaml_test_suite" / "errors"
INPUTS = sorted(SUITE.glob("*.yaml"))
HAS_LIBYAML = "libyaml" in strict_parsers()
LOADERS = [False, True] if HAS_LIBYAML else [True]


def strict_parse(data: bytes, path: str, *, pure: bool) -> Parsed:
    """The strict reader alone, over PyYAML's pure-Python parser or libyaml."""
    return parse(data, path, parser="python" if pure else "libyaml")


# Inside a record's value these are no longer errors: each fails only because of a
# document marker ('---' or '...') at the start of a line, and a value is indented, so the
# marker becomes plain text. Read there, they are text like any other.
VALID_INSIDE_A_VALUE = {"2G84-00", "2G84-01", "5TRB", "9MQT-01", "RXY3"}

TRAINING = """\
trainings:
  - id: t1
    title: Pelatihan Contoh
    type: pelatihan
    start: 2025-01-01
    notes:
"""


def inside_a_value(text: str) -> str:
    """The input as the value of ``notes:``, indented under it (a leading '---' line, which
    only a file can have, left out)."""
    body = text[4:] if text.startswith("---\n") else text
    lines = ("      " + line if line.strip() else line for line in body.splitlines(True))
    embedded = TRAINING + "".join(lines)
    return embedded if embedded.endswith("\n") else embedded + "\n"


def test_the_suite_is_all_there() -> None:
    assert len(INPUTS) == 94
    assert (SUITE.parent / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


@pytest.mark.parametrize("pure", LOADERS, ids=lambda pure: "pure" if pure else "c")
@pytest.mark.parametrize("case", INPUTS, ids=lambda path: path.stem)
def test_the_reader_refuses_each_input(case: Path, pure: bool) -> None:
    parsed = strict_parse(case.read_bytes(), "x.yaml", pure=pure)
    assert parsed.root is None
    assert parsed.problems
    for p in parsed.problems:
        assert p.loc.path == "x.yaml" and p.loc.line >= 1 and p.loc.col >= 1


def refusals(folder: Path, text: str) -> list[tuple[int, int, str]]:
    (folder / "trainings.yaml").write_text(text, encoding="utf-8")
    return [
        (p.loc.line, p.loc.col, p.code)
        for p in problems_of(folder)
        if p.severity is Severity.ERROR and p.loc.path == "trainings.yaml" and p.loc.line
    ]


@pytest.mark.parametrize("case", INPUTS, ids=lambda path: path.stem)
def test_a_record_file_holding_the_input_is_refused(tmp_path: Path, case: Path) -> None:
    folder = make_folder(tmp_path / "data", {})
    assert refusals(folder, case.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", INPUTS, ids=lambda path: path.stem)
def test_a_record_value_holding_the_input_is_refused(tmp_path: Path, case: Path) -> None:
    folder = make_folder(tmp_path / "data", {})
    text = inside_a_value(case.read_text(encoding="utf-8"))
    found = refusals(folder, text)
    if case.stem in VALID_INSIDE_A_VALUE:
        assert found == []
        notes = strict_parse(text.encode(), "t.yaml", pure=False).root
        assert isinstance(notes, Mapping)
        return
    assert found
    assert all(line >= 6 for line, _col, _code in found)  # in the value, not before it


# --- the twelve libyaml accepts, and what stays allowed -----------------------

ACCEPTED_BY_LIBYAML = [
    ("9C9N", "yaml-continuation", 3, 1),
    ("DK95-01", "yaml-continuation", 2, 1),
    ("MUS6-00", "yaml-comment", 1, 10),
    ("QB6E", "yaml-continuation", 3, 1),
    ("S98Z", "yaml-block-indent", 4, 1),
    ("SU5Z", "yaml-comment", 1, 13),
    ("X4QW", "yaml-comment", 1, 9),
    ("9JBA", "yaml-comment", 2, 13),
    ("CVW2", "yaml-comment", 2, 11),
    ("G5U8", "yaml-reserved", 2, 4),
    ("YJV2", "yaml-reserved", 1, 2),
    ("Y79Y-003", "yaml-continuation", 2, 1),
]


@pytest.mark.skipif(not HAS_LIBYAML, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize(("case", "code", "line", "col"), ACCEPTED_BY_LIBYAML)
def test_what_libyaml_lets_through_is_named_and_placed(
    case: str, code: str, line: int, col: int
) -> None:
    parsed = strict_parse((SUITE / f"{case}.yaml").read_bytes(), "x.yaml", pure=False)
    assert (parsed.problems[0].code, parsed.problems[0].loc.line, parsed.problems[0].loc.col) == (
        code,
        line,
        col,
    )


STILL_VALID = [
    b'a: "long\n  text"\n',
    b'a: "long\n\n  text"\n',
    b"- [a,\n  b]\n",
    b"- {a: 1,\n   b: 2}\n",
    b"[a,\nb]\n",
    b'"top\nlevel"\n',
    b"a: [x, y] # comment\n",
    b'a: "C#"  # comment\n',
    b"a: C#\nb: x#y\n",
    b"a: [x,\n# a comment line\n  y]\n",
    b"a: >\n  text\n",
    b"a: >\n\n  text\n",
    b"a: |2\n     text\n",
    b"a: >  # comment\n  text\n",
    b"a: [-1, -x, '-', x-]\n",
    b"a: -x\nb: '-'\n",
    b"%YAML 1.2 # comment\n---\na: b\n",
    b"a: >\n \nb: c\n",
    b"a:\n  - 'x\n    y'\n",
    b"a: 'x\n   \ty'\n",
]


@pytest.mark.parametrize("pure", LOADERS, ids=lambda pure: "pure" if pure else "c")
@pytest.mark.parametrize("data", STILL_VALID)
def test_valid_yaml_near_those_rules_is_still_read(data: bytes, pure: bool) -> None:
    parsed = strict_parse(data, "x.yaml", pure=pure)
    assert parsed.problems == ()
    assert isinstance(parsed.root, Mapping | Sequence | Scalar)

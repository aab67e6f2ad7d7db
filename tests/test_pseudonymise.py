"""``pustaka export --pseudonymise``: a copy without the people, with the same numbers.

The copy of the shipped data is searched byte by byte for every name, NIP (with and
without its spaces) and e-mail of ``data/librarians.yaml``; it must check clean; and every
report on it must give the figures the report gives on the data, once each id and name
is mapped to its pseudonym (rows may come in another order: names sort differently).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, EXAMPLES, run_cli
from pustaka_cli.api.catalogue import REPORTS
from pustaka_cli.domain import personal
from pustaka_cli.store import personal as personal_files
from pustaka_cli.store import records
from pustaka_cli.store.fields import RecordSpec
from pustaka_cli.store.folder import load

TODAY = "2026-11-21"
CITIES = sorted(
    p for p in EXAMPLES.glob("*") if (p / "pustaka.yaml").is_file() and p.name != "broken"
)


def run(*args: str) -> Any:
    return run_cli([*args, "--today", TODAY, "--lang", "en"])


def exported(source: Path, tmp_path: Path, name: str = "copy") -> tuple[Path, Path]:
    """A copy of ``source`` (the test's own, for its key) and its pseudonymised export."""
    folder = tmp_path / "city"
    if not folder.exists():
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns(".pustaka"))
    out = tmp_path / name
    result = run("export", "--pseudonymise", "-o", str(out), "--data", str(folder))
    assert result.exit_code == 0, result.stderr
    return folder, out


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The shipped data's copy and its export, made once for the tests that only read."""
    return exported(DATA, tmp_path_factory.mktemp("shipped"))


def people(folder: Path) -> list[personal.Person]:
    data = load(folder).dataset
    return [personal.Person(x.id, x.name, x.nip, x.email) for x in data.librarians]


# --- every field is placed ---------------------------------------------------------------


def _specs() -> list[RecordSpec]:
    found: dict[str, RecordSpec] = {}
    todo = [records.SETTINGS, *(spec for kind in records.KINDS for _, spec in kind.lists)]
    while todo:
        spec = todo.pop()
        if spec.name in found:
            continue
        found[spec.name] = spec
        todo.extend(f.record for f in spec.fields if f.record is not None)
    return list(found.values())


def test_every_field_of_every_record_is_placed() -> None:
    """A new field must say what it is (store/personal.py, FIELDS): an unplaced one would
    be left out of every export."""
    missing = [
        f"{spec.name}.{f.name}"
        for spec in _specs()
        for f in spec.fields
        if personal_files.treatment(spec.name, f.name) is None
    ]
    assert missing == [], "place these fields in store/personal.py FIELDS"
    known = {(s.name, f.name) for s in _specs() for f in s.fields}
    stale = [
        (r, f) for r, fields in personal_files.FIELDS.items() for f in fields if (r, f) not in known
    ]
    assert stale == []


# --- nothing of the people in the copy ----------------------------------------------------


def test_the_copy_holds_no_name_nip_or_email(shipped: tuple[Path, Path]) -> None:
    folder, out = shipped
    blob = b"".join(p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file())
    listed = people(folder)
    assert len(listed) == 35
    words: list[str] = []
    for p in listed:
        words.append(p.name)
        if p.nip:
            words += [p.nip, p.nip.replace(" ", "")]
        if p.email:
            words.append(p.email)
    assert sum(1 for p in listed if p.nip) == 24 and sum(1 for p in listed if p.email) == 6
    found = [w for w in words if w.encode("utf-8").lower() in blob.lower()]
    assert found == []
    # nor an id, as a word (ids are often names: rosmala-s)
    text = blob.decode("utf-8")
    ids = [p.id for p in listed if re.search(rf"(?<![\w-]){re.escape(p.id)}(?![\w-])", text)]
    assert ids == []
    assert b"#" not in blob.replace(b"# pseudonymised by pustaka export", b"")


def test_the_copy_checks_clean_and_keeps_the_records(shipped: tuple[Path, Path]) -> None:
    folder, out = shipped
    result = run("check", "--data", str(out))
    assert result.exit_code == 0, result.stdout + result.stderr
    before, after = load(folder).dataset, load(out).dataset
    for name in ("librarians", "trainings", "evaluations", "feedback", "mentoring"):
        assert len(getattr(after, name)) == len(getattr(before, name)), name
    assert sum(len(t.participants) for t in after.trainings) == sum(
        len(t.participants) for t in before.trainings
    )
    assert all(x.nip is None and x.email is None for x in after.librarians)
    assert all(e.notes is None and e.certificate is None for e in after.evaluations)


def test_pseudonyms_are_stable_and_need_the_key(shipped: tuple[Path, Path], tmp_path: Path) -> None:
    folder, first = shipped
    second = tmp_path / "second"
    result = run("export", "--pseudonymise", "-o", str(second), "--data", str(folder))
    assert result.exit_code == 0 and "Pseudonym key made" not in result.stdout
    for path in sorted(first.rglob("*.yaml")):
        assert path.read_bytes() == (second / path.relative_to(first)).read_bytes()
    key = bytes.fromhex((folder / ".pustaka" / "pseudonym.key").read_text().strip())
    alias = personal.pseudonym(key, "rosmala-s")
    assert f"id: {alias}" in (first / "librarians.yaml").read_text()
    assert personal.pseudonym(b"another folder's key", "rosmala-s") != alias


# --- the same numbers ---------------------------------------------------------------------


class Mapped:
    """Report JSON of the data, said as the copy says it: ids and names as pseudonyms,
    feedback ids as theirs, NIP cells blank (the copy has none)."""

    def __init__(self, folder: Path) -> None:
        key = bytes.fromhex((folder / ".pustaka" / "pseudonym.key").read_text().strip())
        data = load(folder).dataset
        self.exact: dict[str, str] = {}
        for x in data.librarians:
            self.exact[x.id] = self.exact[x.name] = personal.pseudonym(key, x.id)
        for f in data.feedback:
            self.exact[f.id] = personal.label(key, f.id)
        for x in data.learning:  # its id names the person; a certificate number too
            self.exact[x.id] = personal.label(key, x.id)
        for t in (*data.trainings, *data.learning):
            for c in [getattr(p, "certificate", None) for p in getattr(t, "participants", ())]:
                if c is not None:
                    self.exact[c.number] = personal.label(key, c.number)
        for x in data.learning:
            if x.certificate is not None:
                self.exact[x.certificate.number] = personal.label(key, x.certificate.number)
        # free-text notes are not in the copy (a cancelled activity's reason, ...)
        self.removed = {t.notes for t in data.trainings if t.notes}
        # and who assessed, unless a librarian; and certificate numbers
        ids = {x.id for x in data.librarians}
        self.removed |= {e.by for e in data.evaluations if e.by and e.by not in ids}
        self.removed |= {e.certificate for e in data.evaluations if e.certificate}
        self.mentions = personal.export_mentions(people(folder), key)

    def value(self, v: Any) -> Any:
        if isinstance(v, str):
            if v in self.removed:
                return None
            for gone in self.removed:  # "supervisor 2026-11-02 (Kepala Dinas)"
                v = v.replace(f" ({gone})", "")
            return self.exact.get(v, self.mentions.replaced(v))
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {k: self.value(x) for k, x in v.items()}
        return v


PLACE = re.compile(r"[\w/.-]+\.ya?ml:\d+(:\d+)?")
PSEUDONYM_LIST = re.compile(r"p-[0-9a-f]{12}|\+\d+")


def cell(value: Any) -> Any:
    """A list of people in a cell, as a set: pseudonyms sort otherwise than names, so a
    list cut after three (``a, b, c, +2``) names others: only its length is compared.
    A place in a file keeps its file (lines differ: the copy has no comments)."""
    if isinstance(value, str) and PLACE.fullmatch(value):
        return value.split(":")[0]
    if not isinstance(value, str) or "p-" not in value:
        return value
    parts = [x.strip() for x in value.split(",")]
    if not all(PSEUDONYM_LIST.fullmatch(x) for x in parts):
        return value
    more = [int(x[1:]) for x in parts if x.startswith("+")]
    if more:
        return f"{len(parts) - 1} and {sum(more)} more"
    return ",".join(sorted(parts))


def figures(doc: dict[str, Any]) -> dict[str, Any]:
    """A report's tables with rows in a fixed order and NIP cells blank."""
    parameters = {k: (None if k == "nip" else v) for k, v in doc.get("parameters", {}).items()}
    out: dict[str, Any] = {
        "parameters": parameters,
        "notes": sorted(map(str, doc.get("notes", []))),
    }
    for table in doc["tables"]:
        nips = [i for i, c in enumerate(table["columns"]) if c.get("kind") == "nip"]
        keys = [c["key"] for c in table["columns"] if c.get("kind") == "nip"]
        rows = []
        for row in table["rows"]:
            if isinstance(row, list):
                row = [None if i in nips else cell(v) for i, v in enumerate(row)]
            elif isinstance(row, dict):
                row = {k: (None if k in keys else cell(v)) for k, v in row.items()}
            rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        out[table["key"]] = {"columns": table["columns"], "rows": sorted(rows)}
    return out


def report_json(folder: Path, *args: str) -> dict[str, Any]:
    result = run("report", *args, "--data", str(folder), "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


@pytest.mark.parametrize("report", REPORTS)
def test_every_report_gives_the_same_numbers_on_the_copy(
    shipped: tuple[Path, Path], report: str
) -> None:
    folder, out = shipped
    args = () if report == "summary" else (report,)
    mapped = Mapped(folder)
    source = mapped.value(report_json(folder, *args))
    copy = report_json(out, *args)
    assert figures(copy) == figures(source)


def test_explain_gives_the_same_numbers_under_a_pseudonym(shipped: tuple[Path, Path]) -> None:
    folder, out = shipped
    mapped = Mapped(folder)
    for who in ("yusnimar", "rosmala-s"):
        result = run("explain", who, "--data", str(folder), "--format", "json")
        again = run("explain", mapped.exact[who], "--data", str(out), "--format", "json")
        assert result.exit_code == again.exit_code == 0, result.stderr + again.stderr
        assert figures(json.loads(again.stdout)) == figures(mapped.value(json.loads(result.stdout)))


@pytest.mark.parametrize(
    "city",
    [c if c.name == "bukittinggi" else pytest.param(c, marks=pytest.mark.slow) for c in CITIES],
    ids=lambda p: p.name,
)
def test_each_example_city_exports_clean_with_the_same_summary(tmp_path: Path, city: Path) -> None:
    folder, out = exported(city, tmp_path)
    assert run("check", "--data", str(out)).exit_code == 0
    mapped = Mapped(folder)
    for args in ((), ("hours",)):
        assert figures(report_json(out, *args)) == figures(mapped.value(report_json(folder, *args)))


# --- a JSON dataset -------------------------------------------------------------------------


def test_a_json_dataset_holds_the_copy(tmp_path: Path) -> None:
    folder = tmp_path / "city"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns(".pustaka"))
    out = tmp_path / "dataset.json"
    result = run(
        "export", "--pseudonymise", "--format", "json", "-o", str(out), "--data", str(folder)
    )
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    body = json.loads(text)
    assert body["format"] == "pustaka-pseudonymised"
    data = load(folder).dataset
    assert len(body["librarians"]) == len(data.librarians)
    assert len(body["trainings"]) == len(data.trainings)
    assert len(body["evaluations"]) == len(data.evaluations)
    assert body["settings"]["jp"]["minutes_per_jp"] == 45
    first = body["librarians"][0]
    assert first["id"].startswith("p-") and first["name"] == first["id"]
    assert isinstance(body["trainings"][0]["participants"][0]["score"], (int, float))
    for x in data.librarians:
        assert x.name not in text and (x.nip is None or x.nip not in text)


# --- refusals write nothing ---------------------------------------------------------------


def test_a_refused_export_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "city"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns(".pustaka"))
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    result = run("export", "--pseudonymise", "-o", str(full), "--data", str(folder))
    assert result.exit_code == 1 and "not empty" in result.stderr
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    assert not (folder / ".pustaka" / "pseudonym.key").exists()

    inside = folder / "trainings" / "copy"
    result = run("export", "--pseudonymise", "-o", str(inside), "--data", str(folder))
    assert result.exit_code == 1 and "inside the data folder" in result.stderr
    assert not inside.exists()

    result = run("export", "-o", str(tmp_path / "new"), "--data", str(folder))
    assert result.exit_code == 2 and "--pseudonymise" in result.stderr
    assert not (tmp_path / "new").exists()

    taken = tmp_path / "taken.json"
    taken.write_text("{}")
    result = run(
        "export", "--pseudonymise", "--format", "json", "-o", str(taken), "--data", str(folder)
    )
    assert result.exit_code == 1 and taken.read_text() == "{}"

    # a folder with an error: refused, located, and no copy
    path = folder / "librarians.yaml"
    path.write_text(path.read_text().replace("library: pusat", "library: nowhere", 1))
    result = run("export", "--pseudonymise", "-o", str(tmp_path / "new"), "--data", str(folder))
    assert result.exit_code == 1 and "librarians.yaml:" in result.stderr
    assert not (tmp_path / "new").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_empty_folder_may_receive_the_copy(shipped: tuple[Path, Path], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run(
        "export", "--pseudonymise", "-o", str(tmp_path / "empty"), "--data", str(shipped[0])
    )
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "empty" / "librarians.yaml").is_file()


def test_the_key_and_the_cache_stay_out_of_git(tmp_path: Path) -> None:
    """``.pustaka/`` holds personal data (the records cache has NIPs in clear) and the
    key: git ignores both in a folder made by ``pustaka init``."""
    folder = tmp_path / "kota"
    assert run_cli(["init", str(folder), "--lang", "en"]).exit_code == 0
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    result = run(
        "add",
        "librarian",
        "--id",
        "sari-w",
        "--name",
        "Sari Wulandari",
        "--nip",
        "19850101 201001 2 001",
        "--library",
        "pusat",
        "--grade",
        "ahli-pertama",
        "--employment",
        "pns",
        "--started",
        "2010-01-01",
        "--data",
        str(folder),
    )
    assert result.exit_code == 0, result.stderr
    assert run("report", "--data", str(folder)).exit_code == 0  # fills the cache
    result = run("export", "--pseudonymise", "-o", str(tmp_path / "out"), "--data", str(folder))
    assert result.exit_code == 0 and "Pseudonym key made" in result.stdout
    cached = b"".join(p.read_bytes() for p in (folder / ".pustaka" / "cache").rglob("*.json"))
    assert b"Sari Wulandari" in cached and b"19850101 201001 2 001" in cached  # in clear
    status = subprocess.run(
        ["git", "-C", str(folder), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".pustaka/cache" not in status and "pseudonym.key" not in status
    assert (folder / ".pustaka" / "pseudonym.key").stat().st_mode & 0o077 == 0


# --- the rules, by hand --------------------------------------------------------------------


def test_the_words_that_name_a_person() -> None:
    """Full name, id, NIP with and without spaces, e-mail, and the parts of the name no
    other librarian shares ("Dewi" is also Dewi Kartika's: left alone)."""
    me = personal.Person("rosmala-s", "Rosmala Dewi Siregar", "19720314 199803 2 004", "r@x.id")
    other = personal.Person("dewi-k", "Dewi Kartika Sari", None, None)
    assert personal.words(me, [me, other]) == (
        "19720314 199803 2 004",
        "Rosmala Dewi Siregar",
        "197203141998032004",
        "rosmala-s",
        "Rosmala",
        "Siregar",
        "r@x.id",
    )


def test_mentions_match_whole_words_in_any_case() -> None:
    said = personal.Mentions({"budi-h": "p-1", "Ujang": "p-2", "Budi Hartono": "p-1"})
    assert said.replaced("saran-2024-04-cabang-ujang") == "saran-2024-04-cabang-p-2"
    assert said.replaced("BUDI HARTONO (budi-h); budi-hartono") == "p-1 (p-1); budi-hartono"
    assert said.replaced("Ujangan, ujang_x") == "Ujangan, ujang_x"
    assert not said.found("nobody here")


def test_pseudonyms_are_keyed_and_stable() -> None:
    key = bytes(range(32))
    assert personal.pseudonym(key, "budi-h") == personal.pseudonym(key, "budi-h")
    assert personal.pseudonym(key, "budi-h") != personal.pseudonym(key, "budi-i")
    assert personal.pseudonym(key, "budi-h") != personal.pseudonym(key[::-1], "budi-h")
    assert re.fullmatch(r"p-[0-9a-f]{12}", personal.pseudonym(key, "budi-h"))
    assert personal.label(key, "budi-h") != personal.pseudonym(key, "budi-h")


def test_a_damaged_key_is_refused_not_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "city"
    shutil.copytree(EXAMPLES / "bukittinggi", folder, ignore=shutil.ignore_patterns(".pustaka"))
    (folder / ".pustaka").mkdir(exist_ok=True)
    (folder / ".pustaka" / "pseudonym.key").write_text("not a key\n")
    result = run("export", "--pseudonymise", "-o", str(tmp_path / "out"), "--data", str(folder))
    assert result.exit_code == 1 and "not a valid pseudonym key" in result.stderr
    assert (folder / ".pustaka" / "pseudonym.key").read_text() == "not a key\n"
    assert not (tmp_path / "out").exists()

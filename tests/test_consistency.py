"""One number, one place: the same person's level, gap, JP and share read the same in
every report that shows them, on the shipped data and on every example.

Each report is run as a coordinator runs it (JSON where the command has it, else the
text it prints), and its figures are compared with ``report gaps`` (levels and gaps) and
``report hours`` (JP): ``report`` (summary), ``report progress``, ``explain``, ``idp`` and
``recommend``. An unknown level is the same ``None``/``?`` everywhere (``standing``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, EXAMPLES, run_cli
from pustaka_cli.domain import standing
from pustaka_cli.store.folder import load

TODAY = "2026-11-21"
FOLDERS = [
    DATA,
    *sorted(p for p in EXAMPLES.glob("*") if (p / "pustaka.yaml").is_file() and p.name != "broken"),
]
# Earlier days, when some or all levels were not yet assessed: the shipped data early in
# 2024, Bandar Lampung during its first assessments (13-17 January 2025), Bukittinggi
# before any. On those days the reports are compared (idp and recommend plan from today).
EARLIER = [
    (DATA, "2024-03-31"),
    (EXAMPLES / "bandar-lampung", "2025-01-15"),
    (EXAMPLES / "bukittinggi", "2024-06-30"),
]
CASES = [(f, None) for f in FOLDERS] + EARLIER

Row = dict[str, Any]


def run(folder: Path, *args: str) -> str:
    result = run_cli([*args, "--data", str(folder), "--today", TODAY, "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def tables(folder: Path, *args: str) -> dict[str, list[Row]]:
    body = json.loads(run(folder, *args, "--format", "json"))
    return {t["key"]: t["rows"] for t in body["tables"]}


def number(text: str) -> float:
    return float(text.replace(",", ""))


class Figures:
    """What ``report gaps`` and ``report hours`` say of a folder on a day (today, or an
    earlier as-of date with the year up to it as the period): the reference."""

    def __init__(self, folder: Path, as_of: str | None = None) -> None:
        self.folder = folder
        self.as_of = as_of
        self.year = int((as_of or TODAY)[:4])
        self.options = (
            ()
            if as_of is None
            else ("--as-of", as_of, "--from", f"{self.year}-01-01", "--to", as_of)
        )
        data = load(folder).dataset
        self.names = {c.name.get("en"): c.id for c in data.framework.competencies}
        self.competencies = [c.id for c in data.framework.competencies]
        gaps = self.report("gaps")
        self.matrix = {r["librarian"]: r for r in gaps["matrix"]}
        self.coverage = {r["competency"]: r for r in gaps["competencies"]}
        hours = self.report("hours")
        # A PPPK's row covers a contract year (its 24-JP ceiling), which the other reports'
        # calendar-year JP do not: only calendar-year figures are compared.
        rows = [r for r in hours["hours"] if r["year"] == self.year]
        self.contract = {r["librarian"] for r in rows if r["period"] != "calendar"}
        self.jp = {r["librarian"]: r["total"] for r in rows if r["period"] == "calendar"}
        self.jp_met = {r["librarian"]: r["met"] for r in rows}  # None: no target

    def report(self, *args: str) -> dict[str, list[Row]]:
        """``pustaka report ARGS`` on this day, as JSON tables (no ARGS: the summary)."""
        one_day = args[:1] in (("gaps",), ("promotion",))
        options = self.options[:2] if one_day else self.options  # one day
        return tables(self.folder, "report", *args, *options)

    def cell(self, who: str, competency: str) -> tuple[int | None, int | None, int | None]:
        c = self.matrix[who][competency]
        return c["current"], c["required"], c["gap"]

    def people(self, library: str) -> list[str]:
        return [w for w, r in self.matrix.items() if library == "*" or r["library"] == library]


@pytest.fixture(
    scope="module", params=CASES, ids=lambda c: c[0].name + (f"@{c[1]}" if c[1] else "")
)
def figures(request: pytest.FixtureRequest) -> Figures:
    return Figures(*request.param)


def test_the_earlier_days_have_levels_not_yet_assessed() -> None:
    for folder, day in EARLIER:
        gaps = Figures(folder, day).matrix.values()
        assert any(row["unknown"] for row in gaps), (folder.name, day)


def test_gaps_report_agrees_with_itself(figures: Figures) -> None:
    for who, row in figures.matrix.items():
        gaps = [row[c]["gap"] for c in figures.competencies]
        assert row["below"] == sum((g or 0) > 0 for g in gaps), who
        assert row["unknown"] == sum(g is None for g in gaps), who
        for c in figures.competencies:
            current, required, gap = figures.cell(who, c)
            assert gap == standing.gap_of(required, current), (who, c)


def test_summary_counts_the_people_report_gaps_shows(figures: Figures) -> None:
    summary = figures.report()
    for row in summary["libraries"]:
        people = figures.people(row["library"])
        verdicts = [
            standing.person(figures.matrix[w][c]["gap"] for c in figures.competencies)
            for w in people
        ]
        assert row["staff"] == len(people)
        due = [figures.jp_met.get(w) for w in people if figures.jp_met.get(w) is not None]
        assert (row["jp_met"], row["jp_with_target"]) == (sum(due), len(due)), row["library"]
        assert (row["meeting"], row["below"], row["unknown"]) == (
            verdicts.count("meets"),
            verdicts.count("below"),
            verdicts.count("not-fully-assessed"),
        ), row["library"]
    by_library: dict[str, dict[str, Row]] = {"*": figures.coverage}
    for row in summary["top_gaps"]:
        lib, comp = row["library"], row["competency"]
        if lib not in by_library:
            by_library[lib] = {
                r["competency"]: r for r in figures.report("gaps", "--library", lib)["competencies"]
            }
        view = by_library[lib][comp]
        assert (row["needed"], row["below"], row["mean_gap"], row["unknown"]) == (
            view["needed"],
            view["below"],
            view["mean_gap"],
            view["unknown"],
        ), (lib, comp)
        known = [
            figures.matrix[w][comp]["gap"]
            for w in figures.people(lib)
            if (figures.matrix[w][comp]["required"] or 0) > 0
        ]
        assert row["total_gap"] == sum(g for g in known if g is not None) > 0, (lib, comp)


def test_progress_ends_where_report_gaps_and_report_hours_are(figures: Figures) -> None:
    progress = figures.report("progress")
    people = {r["librarian"]: r for r in progress["librarians"]}
    on_staff = [w for w in people if w in figures.matrix]
    for who in on_staff:
        row = people[who]
        assert (row["gaps_end"], row["unknown_end"]) == (
            figures.matrix[who]["below"],
            figures.matrix[who]["unknown"],
        ), who
        if who not in figures.contract:
            assert row["jp"] == figures.jp.get(who, 0), who
    if set(people) != set(figures.matrix):
        return  # someone left during the year: the shares are over different staff
    for row in progress["proficiency"]:
        levels = [figures.matrix[w][row["competency"]]["current"] for w in on_staff]
        known = [x for x in levels if x is not None]
        assert row["unknown_end"] == len(levels) - len(known)
        expected = round(100 * sum(x >= 3 for x in known) / len(known), 1) if known else None
        assert row["share_end"] == expected, row["competency"]


def test_progress_starts_where_report_gaps_was(figures: Figures) -> None:
    progress = figures.report("progress")
    then = tables(figures.folder, "report", "gaps", "--as-of", f"{figures.year}-01-01")
    before = {r["librarian"]: r for r in then["matrix"]}
    for row in progress["librarians"]:
        if row["librarian"] in before:
            was = before[row["librarian"]]
            assert (row["gaps_start"], row["unknown_start"]) == (was["below"], was["unknown"])


def _explained(figures: Figures, who: str) -> None:
    found = tables(
        figures.folder, "explain", who, *(("--as-of", figures.as_of) if figures.as_of else ())
    )
    for row in found["levels"]:
        assert (row["current"], row["required"], row["gap"]) == figures.cell(
            who, row["competency"]
        ), (who, row["competency"])
    credits = [r["jp"] for r in found["hours"] if r["verdict_code"] == "counted"]
    if who not in figures.contract:  # each credit is rounded: their sum may differ by 0.01s
        assert abs(sum(credits) - figures.jp.get(who, 0)) <= 0.005 * len(credits) + 1e-9, who


def _level(text: str) -> int | None:
    return None if text.strip() == "?" else int(text)


def _idp(figures: Figures, who: str) -> None:
    text = run(figures.folder, "idp", who, "--format", "markdown")
    jp = re.search(rf"\*\*JP {figures.year}\*\*: ([\d.,]+)", text)
    assert jp is not None
    if who not in figures.contract:
        assert number(jp.group(1)) == figures.jp.get(who, 0), who
    section = text.split("## Competency gaps", 1)[1].split("\n## ", 1)[0]
    shown = set()
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) != 4 or cells[0] not in figures.names:
            continue
        comp = figures.names[cells[0]]
        required = re.fullmatch(r"(\S+) \((\S+)\)", cells[2])
        assert required is not None
        got = (_level(cells[1]), _level(required.group(1)), _level(required.group(2)))
        assert got == figures.cell(who, comp), (who, comp)
        shown.add(comp)
    # every known open gap and every level not yet assessed is in the plan
    for comp in figures.competencies:
        current, required, gap = figures.cell(who, comp)
        if (gap or 0) > 0 or (current is None and (required or 0) > 0):
            assert comp in shown, (who, comp)


def _recommended(figures: Figures, who: str) -> None:
    text = run(figures.folder, "recommend", who)
    jp = re.search(rf"JP {figures.year} *: ([\d.,]+)", text)
    assert jp is not None
    if who not in figures.contract:
        assert number(jp.group(1)) == figures.jp.get(who, 0), who
    if "Not booked on any coming activity." not in text:
        return  # booked activities move the gaps it suggests for: a projection
    flat = " ".join(text.split())
    for name, comp in figures.names.items():
        for gap in re.findall(rf"- {re.escape(name)} \(gap (\d+)[;)]", flat):
            assert int(gap) == figures.cell(who, comp)[2], (who, comp)


# Of the shipped data's 33 people, by default: the two first assessed this year, the one
# with the most gaps, PPPK, honorer, the head of library. Everyone with ``-m slow``.
SAMPLE = ("joko-s", "intan-p", "fadli-r", "yohana-h", "dedi-k", "rosmala-s")


def _check(figures: Figures, people: Sequence[str]) -> None:
    for who in people:
        _explained(figures, who)
        _idp(figures, who)
        _recommended(figures, who)


def test_explain_idp_and_recommend_agree_with_the_reports(figures: Figures) -> None:
    people = sorted(figures.matrix)
    if figures.folder == DATA:
        people = [w for w in SAMPLE if w in people]
    if figures.as_of is not None:  # idp and recommend plan from today only
        for who in people:
            _explained(figures, who)
        return
    assert figures.folder != DATA or len(people) == len(SAMPLE)
    _check(figures, people)


@pytest.mark.slow
def test_everyone_in_the_shipped_data_agrees() -> None:
    figures = Figures(DATA)
    _check(figures, sorted(set(figures.matrix) - set(SAMPLE)))


def test_promotion_agrees_with_report_gaps_target(figures: Figures) -> None:
    """``report promotion``: the next grade's profile is what ``report gaps --target``
    measures (one function decides it), the grade is the one ``report gaps`` shows that
    day, and each person's credit is the sum of their rows in the credits table."""
    found = figures.report("promotion")
    target = tables(
        figures.folder,
        "report",
        "gaps",
        "--target",
        *(("--as-of", figures.as_of) if figures.as_of else ()),
    )
    aimed = {r["librarian"]: r for r in target["matrix"]}
    years: dict[str, float] = {}
    for row in found["credits"]:
        if row["credit"] is not None:
            years[row["librarian"]] = years.get(row["librarian"], 0) + row["credit"]
    assert {r["librarian"] for r in found["librarians"]} == set(figures.matrix)
    for row in found["librarians"]:
        who = row["librarian"]
        assert row["grade"] == figures.matrix[who]["grade"], who
        if row["next_grade"] is not None:
            assert (row["below"], row["unassessed"]) == (
                aimed[who]["below"],
                aimed[who]["unknown"],
            ), who
        if row["credit"] is None:
            assert who not in years or row["state"] != "ready", who
        else:
            assert abs(row["credit"] - years.get(who, 0)) < 1e-6, who


def test_progress_across_a_promotion_ends_where_report_gaps_does() -> None:
    """Nyimas (Ahli Muda from 2025-04-01) and Agus (Mahir from 2025-10-01) in the shipped
    data: ``report progress --year 2025`` measures each end against the grade held then,
    as ``report gaps --as-of`` does on those days."""
    progress = tables(DATA, "report", "progress", "--year", "2025", "--as-of", "2025-12-31")
    rows = {r["librarian"]: r for r in progress["librarians"]}
    for day, gaps_key, unknown_key in (
        ("2025-01-01", "gaps_start", "unknown_start"),
        ("2025-12-31", "gaps_end", "unknown_end"),
    ):
        matrix = {
            r["librarian"]: r for r in tables(DATA, "report", "gaps", "--as-of", day)["matrix"]
        }
        for who, grade in (("nyimas-r", "ahli-muda"), ("agus-t", "mahir")):
            promoted = day == "2025-12-31"
            assert (matrix[who]["grade"] == grade) is promoted, (who, day)
            assert (rows[who][gaps_key], rows[who][unknown_key]) == (
                matrix[who]["below"],
                matrix[who]["unknown"],
            ), (who, day)


# --- money, needs and the upward listing (issue 19) -----------------------------------


def test_the_hours_listing_adds_up_to_report_hours(figures: Figures) -> None:
    """Each person's rows of the BKPSDM listing sum to their JP in report hours."""
    hours = figures.report("hours")
    summed: dict[tuple[str, str], float] = {}
    for r in hours["listing"]:
        key = (r["librarian"], r["year"])
        summed[key] = summed.get(key, 0.0) + r["jp"]
    for row in hours["hours"]:
        key = (row["librarian"], row["year"])
        assert round(summed.get(key, 0.0), 2) == row["total"], key


def test_the_needs_are_the_people_report_gaps_names(figures: Figures) -> None:
    """report needs counts, per competency, the people report gaps has to close it."""
    needs = figures.report("needs")
    named: dict[str, set[str]] = {}
    for row in needs["needs"]:
        ids = set(row["ids"].split(",")) if row["ids"] else set()
        named.setdefault(row["competency"], set()).update(ids)
    expected = {
        c: set(r["closest_ids"].split(",")) for c, r in figures.coverage.items() if r["needed"]
    }
    assert {c: who for c, who in named.items() if who} == expected


def test_the_budget_report_adds_up(figures: Figures) -> None:
    """Per source and in total, committed and spent are the sums of the activities' amounts
    (their states), and remaining is allocated less both, or unknown with no allocation."""
    if figures.as_of is not None:
        return  # one budget per year: the figures of today
    budget = tables(figures.folder, "report", "budget")
    lines = budget["sources"]
    for line in lines:
        mine = [a for a in budget["activities"] if line["source"] in ("*", a["source"])]
        committed = sum(a["amount"] or 0 for a in mine if a["state"] == "committed")
        spent = sum(a["amount"] or 0 for a in mine if a["state"] != "committed")
        assert (line["committed"], line["spent"]) == (committed, spent), line["source"]
        if line["allocated"] is None:
            assert line["remaining"] is None
        else:
            assert line["remaining"] == line["allocated"] - committed - spent


# --- the performance gap, certificates and learning elsewhere (issue 18) ----------------


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_performance_and_progress_show_the_same_skp(folder: Path) -> None:
    """The latest SKP of ``report performance`` is ``report progress``'s SKP over the years
    up to today: one rule (domain/performance.py), the same predicate in both."""
    since = ("--from", "2000-01-01")
    latest = {
        r["librarian"]: r["predicate"]
        for r in tables(folder, "report", "performance")["librarians"]
    }
    progress = {
        r["librarian"]: r["skp"] for r in tables(folder, "report", "progress", *since)["librarians"]
    }
    shared = set(latest) & set(progress)
    assert shared
    assert {w: latest[w] for w in shared} == {w: progress[w] for w in shared}


def test_learning_elsewhere_is_in_the_hours_totals_once(tmp_path: Path) -> None:
    """Each JP ``report hours`` lists as learning outside the programme is in its totals,
    and nowhere else: without learning.yaml the totals fall by exactly those JP."""
    import shutil

    bare = shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns(".pustaka"))
    (bare / "learning.yaml").unlink()
    for year in ("2025", "2026"):
        with_it = tables(DATA, "report", "hours", "--year", year)
        without = tables(bare, "report", "hours", "--year", year)
        learnt: dict[str, float] = {}
        for r in with_it["learning"]:
            if r["verdict"] == "counted":
                learnt[r["librarian"]] = learnt.get(r["librarian"], 0) + r["jp"]
        assert learnt  # the shipped data has learning elsewhere in both years
        before = {r["librarian"]: r["total"] for r in without["hours"]}
        after = {r["librarian"]: r["total"] for r in with_it["hours"]}
        assert {w: round(after[w] - before[w], 2) for w in after} == {
            w: learnt.get(w, 0) for w in after
        }


def test_certificates_expire_when_their_levels_do() -> None:
    """An LSP certificate is valid in ``report certificates`` until the day its levels
    stop counting in ``explain``: one end date (EvidenceRule.until)."""
    rows = tables(DATA, "report", "certificates")["certificates"]
    lsp = [r for r in rows if r["kind"] == "lsp"]
    assert len(lsp) == 5
    for r in lsp:
        evidence = tables(DATA, "explain", r["librarian"])["evidence"]
        ends = {e["valid_until"] for e in evidence if e["source"] == r["number"]}
        assert ends == {r["until"]}, r["number"]

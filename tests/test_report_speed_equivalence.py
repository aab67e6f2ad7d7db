"""The fast paths of the reports (issue 6) give exactly what the plain ones give.

``levels.gaps_on`` chooses each level straight from the records instead of gathering
every piece of evidence first; it must agree with ``Assessor.gaps`` (which goes through
``collect`` and ``current_level``) on every pair, date and level rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from conftest import DATA, FOLDERS
from helpers import make_national
from pustaka_cli.domain import reports
from pustaka_cli.domain.coverage import coverage
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.levels import Assessor, current_level, gaps_on, matrix_on
from pustaka_cli.domain.selection import Period, Selection, staff_during
from pustaka_cli.model import Dataset
from pustaka_cli.store.folder import load

D = dt.date
DAYS = (D(2019, 1, 1), D(2023, 6, 30), D(2025, 12, 31), D(2026, 6, 30), D(2026, 11, 21))

RULES = (
    {},
    {"combine": "highest"},
    {"combine": "priority"},
    {"unknown_is_zero": True, "require_post_test": False},
    {"sources": ("self", "training", "lsp"), "valid_months": (("lsp", 12), ("self", 6))},
)


def _national(out: Path) -> Path:
    make_national().make(out, 0.01, "few", 3)  # type: ignore[attr-defined]
    return out


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> list[Dataset]:
    generated = _national(tmp_path_factory.mktemp("national") / "data")
    folders = [FOLDERS / "report-basic", FOLDERS / "report-second", DATA, generated]
    return [load(folder).dataset for folder in folders]


def _with_rule(data: Dataset, **changes: object) -> Dataset:
    rule = dataclasses.replace(data.settings.levels, **changes)
    return dataclasses.replace(data, settings=dataclasses.replace(data.settings, levels=rule))


@pytest.mark.parametrize("changes", RULES, ids=lambda c: ",".join(c) or "default")
def test_gaps_on_agrees_with_the_assessor(
    datasets: list[Dataset], changes: dict[str, object]
) -> None:
    for original in datasets:
        data = _with_rule(original, **changes)
        ix = Index.of(data)
        # Every competency, one listed twice, and one the records do not know.
        comps = [c.id for c in data.framework.competencies]
        comps += [comps[0], "no-such-competency"]
        assessor = Assessor.of(data, ix)
        everyone = staff_during(data, ix, Selection(), Period(D(2000, 1, 1), D(2030, 1, 1)))
        some = everyone[::3]
        for day in DAYS:
            for target in (False, True):
                for people in (everyone, some):
                    found = gaps_on(data, ix, people, comps, day, target)
                    assert found == assessor.gaps(people, comps, day, target), (day, target)
                    m = matrix_on(data, ix, people, comps, day, target)
                    assert m.current == tuple(g.current.level for g in found)
                    assert m.required == tuple(g.required.level for g in found)
                    assert m.gaps == tuple(g.gap for g in found)


def test_gaps_on_chooses_as_the_detailed_level_does(datasets: list[Dataset]) -> None:
    # The detailed path (explain) judges each piece of evidence separately: same choice.
    data = datasets[-1]
    ix = Index.of(data)
    assessor = Assessor.of(data, ix)
    comps = [c.id for c in data.framework.competencies]
    people = list(ix.librarians.values())[:40]
    for g in gaps_on(data, ix, people, comps, D(2026, 11, 21)):
        detailed = current_level(
            g.librarian.id,
            g.competency,
            assessor.evidence.get((g.librarian.id, g.competency), ()),
            data.settings.levels,
            D(2026, 11, 21),
        )
        assert (detailed.level, detailed.chosen, detailed.rule) == (
            g.current.level,
            g.current.chosen,
            g.current.rule,
        )


def test_gaps_report_counts_as_the_gaps_say(datasets: list[Dataset]) -> None:
    # reports.gaps counts each competency from the matrix's columns; the same as counting
    # the Gap objects about that competency (as the summary does), with or without holders.
    for original in datasets:
        for holders in (None, 1, 3):
            fw = original.framework
            comps = tuple(dataclasses.replace(c, holders=holders) for c in fw.competencies)
            data = dataclasses.replace(
                original, framework=dataclasses.replace(fw, competencies=comps)
            )
            ix = Index.of(data)
            req = reports.Request(
                D(2026, 11, 21), D(2026, 11, 21), Period(D(2026, 1, 1), D(2026, 11, 21))
            )
            found = reports.gaps(data, ix, req)
            pairs = gaps_on(data, ix, found.staff, [c.id for c in comps], req.as_of)
            for c, view in zip(comps, found.coverage, strict=True):
                mine = [g for g in pairs if g.competency == c.id]
                assert view == coverage(
                    c,
                    [g.librarian for g in mine],
                    [g.required.level for g in mine],
                    [g.gap for g in mine],
                )

"""The plan against the exact optimum: on small generated instances, exhaustive search
finds the best feasible plan, and ``plan.solve`` must reach at least 95 % of its value.

The instances are seeded, so every run checks the same ones; the worst ratio seen is
printed (``pytest -s``) and asserted.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from itertools import combinations, product

import pytest

from pustaka_cli.domain.plan import Candidate, Instance, Person, Solution, evaluate, feasible, solve

COMPETENCIES = ("katalogisasi", "klasifikasi", "referensi", "otomasi")
LIBRARIES = ("pusat", "keliling")
INSTANCES = 300
BIGGER = 20
BOUND = 0.95


def generate(seed: int, bigger: bool = False) -> tuple[Instance, float]:
    """A few people and activities, with holders, JP shortfalls, clashes and capacities.

    ``bigger``: four or five of each, every competency (exhaustive search takes longer).
    """
    rnd = random.Random(seed + (10_000 if bigger else 0))
    comps = COMPETENCIES if bigger else COMPETENCIES[: rnd.randint(2, 4)]
    people = []
    for i in range(rnd.randint(4, 5) if bigger else rnd.randint(2, 4)):
        levels = []
        for comp in comps:
            required = rnd.randint(0, 4)
            if required and rnd.random() < 0.85:
                levels.append((comp, rnd.randint(0, required), required))
        short = ((2027, float(rnd.choice((0, 4, 10, 20)))),) if rnd.random() < 0.6 else ()
        people.append(
            Person(
                f"p{i}", rnd.choice(LIBRARIES), tuple(levels), tuple(s for s in short if s[1] > 0)
            )
        )
    activities = []
    for j in range(rnd.randint(4, 5) if bigger else rnd.randint(2, 4)):
        start = dt.date(2027, 1, 1) + dt.timedelta(days=rnd.randint(0, 20))
        end = start + dt.timedelta(days=rnd.randint(0, 4))
        develops = tuple(
            sorted({(c, rnd.randint(1, 4)) for c in rnd.sample(comps, rnd.randint(1, 2))})
        )
        develops = tuple(dict(develops).items())
        ids = [p.id for p in people]
        seated = tuple(sorted(rnd.sample(ids, rnd.randint(0, 1)) if rnd.random() < 0.3 else ()))
        chance = 0.7 if bigger else 0.8
        eligible = tuple(sorted(x for x in ids if x not in seated and rnd.random() < chance))
        activities.append(
            Candidate(
                f"a{j}",
                start,
                end,
                float(rnd.choice((0, 2, 3, 5, 8, 13))) * 1_000_000,
                rnd.choice((1, 2, 3) if bigger else (None, 1, 2, 3)),
                develops,
                float(rnd.choice((0, 4, 8, 24))),
                seated,
                eligible,
            )
        )
    weights = tuple((c, rnd.choice((1.0, 1.0, 1.5, 2.0))) for c in comps)
    holders = tuple((c, rnd.randint(1, 2)) for c in comps if rnd.random() < 0.4)
    total = sum(a.cost for a in activities)
    budget = rnd.choice((0.0, 0.3, 0.5, 0.7, 1.0, 2.0)) * total
    return Instance(tuple(people), tuple(activities), weights, holders, 2027), round(budget, 2)


def all_plans(inst: Instance, budget: float) -> Iterator[Solution]:
    """Every feasible plan: each affordable set of activities, each way to fill them."""
    acts = inst.activities
    for k in range(len(acts) + 1):
        for chosen in combinations(acts, k):
            if budget <= 0 and chosen:
                continue
            if sum(a.cost for a in chosen) > budget:
                continue
            options = []
            for a in chosen:
                limit = len(a.eligible) if a.seats is None else min(a.seats, len(a.eligible))
                options.append(
                    [group for n in range(limit + 1) for group in combinations(a.eligible, n)]
                )
            for groups in product(*options):
                enrolled = tuple(
                    (a.id, p) for a, group in zip(chosen, groups, strict=True) for p in group
                )
                sol = Solution(
                    tuple(a.id for a in chosen), enrolled, sum(a.cost for a in chosen), 0.0
                )
                if feasible(inst, budget, sol):
                    yield sol


def optimum(inst: Instance, budget: float) -> float:
    return max(evaluate(inst, s.running, s.enrolled) for s in all_plans(inst, budget))


@pytest.mark.parametrize(
    ("count", "bigger"),
    [
        pytest.param(INSTANCES, False, marks=pytest.mark.slow),
        pytest.param(BIGGER, True, marks=pytest.mark.slow),
    ],
)
def test_plan_reaches_95_percent_of_the_optimum_on_every_instance(count: int, bigger: bool) -> None:
    worst = (1.0, -1)
    for seed in range(count):
        inst, budget = generate(seed, bigger)
        sol = solve(inst, budget)
        assert feasible(inst, budget, sol), seed
        assert sol.value == evaluate(inst, sol.running, sol.enrolled)
        best = optimum(inst, budget)
        assert sol.value <= best + 1e-6, seed
        ratio = 1.0 if best <= 0 else sol.value / best
        worst = min(worst, (ratio, seed))
    print(f"\nworst ratio to the optimum over {count} instances: {worst[0]:.4f} (seed {worst[1]})")
    assert worst[0] >= BOUND, f"seed {worst[1]}: {worst[0]:.4f}"


@pytest.mark.parametrize("seed", range(40))
def test_budget_zero_enrols_nobody(seed: int) -> None:
    inst, _ = generate(seed)
    assert solve(inst, 0.0) == Solution((), (), 0.0, 0.0)


@pytest.mark.parametrize("seed", range(40))
def test_an_unlimited_budget_never_exceeds_capacities(seed: int) -> None:
    inst, _ = generate(seed)
    sol = solve(inst, float("inf"))
    assert feasible(inst, float("inf"), sol)
    for a in inst.activities:
        taken = sum(1 for x, _ in sol.enrolled if x == a.id)
        assert a.seats is None or taken <= a.seats


@pytest.mark.parametrize("seed", range(20))
def test_the_same_input_gives_the_same_plan(seed: int) -> None:
    inst, budget = generate(seed)
    assert solve(inst, budget) == solve(inst, budget)
    shuffled = Instance(
        inst.people[::-1], inst.activities, inst.weights[::-1], inst.holders, inst.jp_year
    )
    assert solve(shuffled, budget).enrolled == solve(inst, budget).enrolled

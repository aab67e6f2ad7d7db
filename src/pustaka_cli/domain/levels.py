"""Current levels, required levels and gaps, each traceable to the evidence behind it.

A level is never a bare number: ``Level`` keeps the evidence that was chosen, the rule
that chose it, and every other piece of evidence with the reason it did or did not count.
Pure: the as-of date is passed in; no files, clock or environment.

How evidence is judged on an as-of date (first reason that applies wins):

1. ``after-as-of``: dated after the as-of date (it did not exist yet).
2. ``not-a-source``: its kind is not in ``levels.sources`` (self-assessment by default).
3. ``undated``: an evaluation without a date cannot be placed in time.
4. ``belum-kompeten``: a "belum kompeten" result says only "below", not a level.
5. ``not-completed`` / ``failed``: a training participation that was attended or failed
   (learning outside the programme is a training of one participant: ``domain/learning.py``).
6. ``no-post-test`` (when ``require_post_test``) / ``post-test-failed`` (score below
   ``pass_score``): a completion that does not prove the level.
7. ``expired``: the as-of date is after its validity — an LSP certificate's ``expires``,
   otherwise its date plus ``valid_months`` of its kind (no entry: never expires).

These are written once, in ``EvidenceRule`` (compiled once per level rule by
``evidence_rule``): the detailed verdicts of ``explain``, the quick level and the fast
loops of the reports all ask it, and differ only in how they walk the records.

The rest *counts*; one of them is *chosen* by ``levels.combine``:

- ``latest``: the newest date; same date: the kind first in ``priority``, then the higher level.
- ``highest``: the higher level; same level: the newer date, then ``priority``.
- ``priority``: the kind first in ``priority`` that has counted evidence (kinds not listed
  come last); within it the newest, then the higher level.

With no counted evidence the level is unknown (``None``), or 0 when ``unknown_is_zero``;
what an unknown level counts as in a report is the rule of ``standing``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from pustaka_cli import vocab
from pustaka_cli.domain import learning
from pustaka_cli.domain.index import Index
from pustaka_cli.domain.standing import gap_of as gap_of  # the gap rule, written once
from pustaka_cli.model import (
    Dataset,
    Evaluation,
    LevelRef,
    LevelRule,
    Librarian,
    Participant,
    Profile,
    Result,
    Training,
)
from pustaka_cli.problems import Loc


class Evidence(NamedTuple):
    """One dated statement about one librarian's level in one competency.

    A named tuple rather than a frozen dataclass: a national folder has half a million of
    them, and a frozen dataclass takes five times as long to build (1.6 s against 0.3 s).
    """

    librarian: str
    competency: str
    kind: str  # supervisor | peer | self | uji-kompetensi | lsp | training
    date: dt.date | None
    level: int | None  # None: it gives no level (belum kompeten)
    loc: Loc
    source: str | None = None  # the assessor, the certificate, or the training id
    expires: dt.date | None = None  # an LSP certificate's own expiry
    state: str | None = None  # training participation state
    score: float | None = None  # training post-test score
    kompeten: bool | None = None  # LSP / uji kompetensi result


@dataclass(frozen=True, slots=True)
class Judged:
    """Evidence with its verdict on the as-of date: ``reason`` is None when it counts."""

    evidence: Evidence
    valid_until: dt.date | None
    reason: str | None

    @property
    def counts(self) -> bool:
        return self.reason is None


class Level(NamedTuple):
    """The current level of one librarian in one competency, with its explanation.

    A named tuple, like ``Evidence``: a report over 10,000 staff builds 220,000 of them.
    """

    librarian: str
    competency: str
    as_of: dt.date
    level: int | None
    rule: str  # latest | highest | priority | unknown | unknown-is-zero
    chosen: Evidence | None
    judged: tuple[Judged, ...]  # newest first; empty unless asked for in detail


@dataclass(frozen=True, slots=True)
class Requirement:
    """The level a profile requires, and which profile it came from."""

    level: int | None
    grade: str | None
    basis: str  # grade | target-grade | next-rank | no-profile


class _GapFields(NamedTuple):
    librarian: Librarian
    competency: str
    current: Level
    required: Requirement
    gap: int | None


class Gap(_GapFields):
    """Required against current for one librarian and one competency: ``Gap(librarian,
    competency, current, required)``, its ``gap`` worked out from the two levels.

    A named tuple, like ``Level``: a gaps report over 10,000 staff builds 220,000 of them
    (a frozen dataclass took twice as long), and reads ``gap`` several times for each.
    """

    __slots__ = ()

    def __new__(
        cls, librarian: Librarian, competency: str, current: Level, required: Requirement
    ) -> Gap:
        gap = gap_of(required.level, current.level)
        return tuple.__new__(cls, (librarian, competency, current, required, gap))

    def __getnewargs__(self) -> tuple[Librarian, str, Level, Requirement]:
        # What __new__ takes (copy and pickle call it with these).
        return (self.librarian, self.competency, self.current, self.required)

    @property
    def below(self) -> bool:
        return (self.gap or 0) > 0

    @property
    def unknown(self) -> bool:
        return self.gap is None


# --- dates ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end: 2024-01-31 + 1 → 2024-02-29."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def on_staff(librarian: Librarian, day: dt.date) -> bool:
    """Whether a librarian had started and not yet left on ``day``."""
    if librarian.started is not None and librarian.started > day:
        return False
    if librarian.status == "left":
        return librarian.left is not None and librarian.left > day
    return True


# --- evidence -------------------------------------------------------------------------


def collect(
    data: Dataset, librarians: Collection[str] | None = None
) -> dict[tuple[str, str], tuple[Evidence, ...]]:
    """Every piece of evidence in a dataset, by (librarian, competency); with
    ``librarians``, only theirs (a report about a few people need not build it all)."""
    rule = data.settings.levels
    found: dict[tuple[str, str], list[Evidence]] = {}
    for ev in data.evaluations:
        if librarians is not None and ev.librarian not in librarians:
            continue
        if ev.kind in vocab.ASSESSMENT_KINDS:
            for ref in ev.levels:
                _add(found, _assessed(ev, ref))
        elif ev.kind in vocab.RESULT_KINDS:
            for res in ev.results:
                _add(found, _certified(ev, res, rule))
    for training in (*data.trainings, *learning.activities(data)):
        for e in _training_evidence(training):
            if librarians is None or e.librarian in librarians:
                _add(found, e)
    return {key: tuple(items) for key, items in found.items()}


def _add(found: dict[tuple[str, str], list[Evidence]], e: Evidence) -> None:
    items = found.get((e.librarian, e.competency))
    if items is None:
        found[(e.librarian, e.competency)] = [e]
    else:
        items.append(e)


def _gives_evidence(training: Training) -> bool:
    """A cancelled activity is no evidence of anything."""
    return training.status != "cancelled"


def _training_evidence(training: Training) -> Iterable[Evidence]:
    if not _gives_evidence(training):
        return
    for p in training.participants:
        if p.state not in _EVIDENCE_STATES:
            continue
        for ref in training.develops:
            yield _trained(training, p, ref)


# The three kinds of evidence, made with tuple.__new__ (all fields in order): half the
# cost of the named tuple's constructor, for half a million of them.


def _assessed(ev: Evaluation, ref: LevelRef) -> Evidence:
    return _new(
        Evidence,
        (
            ev.librarian,
            ref.competency,
            ev.kind,
            ev.date,
            ref.level,
            ref.loc,
            ev.by,
            None,
            None,
            None,
            None,
        ),
    )


def _certified(ev: Evaluation, res: Result, rule: LevelRule) -> Evidence:
    # A "belum kompeten" result gives no level; an LSP certificate may say when it expires.
    return _new(
        Evidence,
        (
            ev.librarian,
            res.competency,
            ev.kind,
            ev.date,
            rule.kompeten_level if res.kompeten else None,
            res.loc,
            ev.certificate or ev.by,
            ev.expires if ev.kind == "lsp" else None,
            None,
            None,
            res.kompeten,
        ),
    )


def _trained(training: Training, p: Participant, ref: LevelRef) -> Evidence:
    return _new(
        Evidence,
        (
            p.librarian,
            ref.competency,
            "training",
            training.last_day,
            ref.level,
            p.src.loc,
            training.id,
            None,
            p.state,
            p.score,
            None,
        ),
    )


_new = tuple.__new__


# --- the evidence rule -----------------------------------------------------------------


# Participation states that make a piece of evidence at all (the rule judges them);
# an enrolment or a withdrawal says nothing about a level.
_EVIDENCE_STATES = frozenset(("completed", "attended", "failed"))


class EvidenceRule:
    """Whether evidence counts on a date, its reason if not, and which counted one is
    chosen: the rules in this module's docstring, compiled once from a ``LevelRule``.

    Every loop asks this object, never the ``LevelRule`` itself: ``reason`` judges one
    piece of evidence; the fast loops of ``_chosen`` ask its parts separately — what
    rules a whole record out (``record_reason``, ``expired``), then what rules one of
    its items out (``item_reason``) — and so decide as ``reason`` does, a record at a
    time. ``key`` orders what counts; the smallest key is chosen.

    >>> rule = evidence_rule(LevelRule())
    >>> rule.record_reason("self", dt.date(2024, 1, 1), dt.date(2025, 1, 1))
    'not-a-source'
    """

    __slots__ = (
        "_pass_score",
        "_require_post_test",
        "combine",
        "kompeten_level",
        "months",
        "rank",
        "rule",
        "sources",
        "unranked",
    )

    def __init__(self, rule: LevelRule) -> None:
        self.rule = rule
        self.combine = rule.combine
        self.kompeten_level = rule.kompeten_level
        self.sources = frozenset(rule.sources)
        # The rule's list as a dict: the first entry for a kind wins.
        self.months: dict[str, int] = dict(reversed(rule.valid_months))
        self.rank: dict[str, int] = {}
        for i, kind in enumerate(rule.priority):
            self.rank.setdefault(kind, i)
        self.unranked = len(rule.priority)
        self._pass_score = rule.pass_score
        self._require_post_test = rule.require_post_test

    # -- what counts ----------------------------------------------------------------------

    def record_reason(self, kind: str, day: dt.date | None, as_of: dt.date) -> str | None:
        """Rules 1-3, which a whole record shares: after-as-of, not-a-source, undated."""
        if day is not None and day > as_of:
            return "after-as-of"
        if kind not in self.sources:
            return "not-a-source"
        if day is None:
            return "undated"
        return None

    def item_reason(
        self, kind: str, kompeten: bool | None, state: str | None, score: float | None
    ) -> str | None:
        """Rules 4-6, about one result or one participation: belum-kompeten,
        not-completed, failed, no-post-test, post-test-failed."""
        if kompeten is False:
            return "belum-kompeten"
        if kind == "training":
            if state == "attended":
                return "not-completed"
            if state == "failed":
                return "failed"
            if score is None:
                if self._require_post_test:
                    return "no-post-test"
            elif score < self._pass_score:
                return "post-test-failed"
        return None

    def until(self, kind: str, day: dt.date | None, expires: dt.date | None) -> dt.date | None:
        """The last day evidence counts: the certificate's own expiry, or its date plus
        the months its kind is valid (no entry: None, it never expires)."""
        if expires is not None:
            return expires
        months = self.months.get(kind)
        if months is None or day is None:
            return None
        return add_months(day, months)

    def expired(
        self, kind: str, day: dt.date | None, expires: dt.date | None, as_of: dt.date
    ) -> bool:
        """Rule 7: the as-of date is after the last day it counts."""
        until = self.until(kind, day, expires)
        return until is not None and as_of > until

    def reason(self, e: Evidence, as_of: dt.date, until: dt.date | None) -> str | None:
        """Why ``e`` does not count on ``as_of`` (its ``until`` given), or None: it counts."""
        return (
            self.record_reason(e.kind, e.date, as_of)
            or self.item_reason(e.kind, e.kompeten, e.state, e.score)
            or ("expired" if until is not None and as_of > until else None)
        )

    def counts(self, e: Evidence, as_of: dt.date) -> bool:
        """Whether ``e`` counts on ``as_of``: ``reason`` is None (without building it)."""
        kind, day = e.kind, e.date
        if (
            self.record_reason(kind, day, as_of) is not None
            or self.item_reason(kind, e.kompeten, e.state, e.score) is not None
        ):
            return False
        until = self.until(kind, day, e.expires)
        return until is None or as_of <= until

    # -- which is chosen ------------------------------------------------------------------

    def rank_of(self, kind: str) -> int:
        """A kind's place in ``priority`` (kinds not listed come last)."""
        return self.rank.get(kind, self.unranked)

    def key(
        self, kind: str, day: dt.date | None, level: int | None, loc: Loc
    ) -> tuple[int, int, int, Loc]:
        """The order of ``combine``: the smallest key is chosen; the location is the last
        tie-breaker, so the choice is stable."""
        return _ordered(
            self.combine,
            -(day or dt.date.min).toordinal(),
            self.rank.get(kind, self.unranked),
            -(level or 0),
            loc,
        )

    def key_of(self, e: Evidence) -> tuple[int, int, int, Loc]:
        """``key`` of one piece of evidence."""
        return _ordered(
            self.combine,
            -(e.date or dt.date.min).toordinal(),
            self.rank.get(e.kind, self.unranked),
            -(e.level or 0),
            e.loc,
        )


@functools.lru_cache(maxsize=8)
def evidence_rule(rule: LevelRule) -> EvidenceRule:
    """The evidence rule of a level rule, compiled once (memoised: rules are frozen)."""
    return EvidenceRule(rule)


def _ordered(combine: str, date: int, rank: int, level: int, loc: Loc) -> tuple[int, int, int, Loc]:
    # The parts of a key (date and level negated) in the order the rule weighs them.
    if combine == "highest":
        return (level, date, rank, loc)
    if combine == "priority":
        return (rank, date, level, loc)
    return (date, rank, level, loc)


# --- judging and choosing ---------------------------------------------------------------


def valid_until(e: Evidence, rule: LevelRule) -> dt.date | None:
    """The last day evidence counts: the certificate's expiry, or date + valid months."""
    return evidence_rule(rule).until(e.kind, e.date, e.expires)


def judge(e: Evidence, rule: LevelRule, as_of: dt.date) -> Judged:
    """Whether one piece of evidence counts on ``as_of``, and if not, why."""
    compiled = evidence_rule(rule)
    until = compiled.until(e.kind, e.date, e.expires)
    return Judged(e, until, compiled.reason(e, as_of, until))


def counts_on(e: Evidence, rule: LevelRule, as_of: dt.date) -> bool:
    """Whether evidence counts on ``as_of`` (``judge`` without building the verdict)."""
    return evidence_rule(rule).counts(e, as_of)


def current_level(
    librarian: str,
    competency: str,
    evidence: Sequence[Evidence],
    rule: LevelRule,
    as_of: dt.date,
    detail: bool = True,
) -> Level:
    """The level evidence shows on ``as_of`` under ``rule``, with every verdict.

    With ``detail=False`` the verdicts are not kept (``judged`` is empty): the same level
    and chosen evidence, faster, for reports over many people; ``explain`` asks for detail.
    """
    compiled = evidence_rule(rule)
    if not detail:
        return _quick_level(librarian, competency, evidence, compiled, as_of)
    judged = tuple(
        sorted(
            (judge(e, rule, as_of) for e in evidence),
            key=lambda j: (
                -(j.evidence.date or dt.date.min).toordinal(),
                compiled.rank_of(j.evidence.kind),
                -(j.evidence.level or 0),
                j.evidence.loc,
            ),
        )
    )
    counted = [j.evidence for j in judged if j.counts]
    chosen = min(counted, key=compiled.key_of) if counted else None
    return _level(librarian, competency, as_of, chosen, rule, judged)


def _level(
    librarian: str,
    competency: str,
    as_of: dt.date,
    chosen: Evidence | None,
    rule: LevelRule,
    judged: tuple[Judged, ...],
) -> Level:
    if chosen is not None:
        return Level(librarian, competency, as_of, chosen.level, rule.combine, chosen, judged)
    if rule.unknown_is_zero:
        return Level(librarian, competency, as_of, 0, "unknown-is-zero", None, judged)
    return Level(librarian, competency, as_of, None, "unknown", None, judged)


def _quick_level(
    librarian: str,
    competency: str,
    evidence: Sequence[Evidence],
    rule: EvidenceRule,
    as_of: dt.date,
) -> Level:
    # current_level without verdicts: one loop, the smallest key of what counts.
    counts, key_of = rule.counts, rule.key_of
    best: Evidence | None = None
    best_key: tuple[int, int, int, Loc] | None = None
    for e in evidence:
        if counts(e, as_of):
            key = key_of(e)
            if best_key is None or key < best_key:
                best, best_key = e, key
    return _level(librarian, competency, as_of, best, rule.rule, ())


def _chosen(
    data: Dataset, as_of: dt.date, librarians: Iterable[str], column: dict[str, int]
) -> _Chosen:
    """For each of ``librarians``, where the evidence ``current_level(detail=False)``
    chooses on ``as_of`` comes from (with its key), in each competency of ``column``, at
    its place there (None: nothing counts).

    A national folder holds half a million pieces of evidence, of which a quarter count
    on any one day. Here most are ruled out a whole record at a time (one date, kind and
    validity per evaluation or activity: ``EvidenceRule.record_reason`` and ``expired``),
    the rest item by item (``item_reason``) and weighed by their key alone in small
    per-person lists (a dict of 200,000 pairs cost as much as all the rest), so that the
    caller builds evidence only for the winners. Records in the order ``collect`` gives,
    the first of equal keys kept, as ``_quick_level`` does.
    """
    rule = evidence_rule(data.settings.levels)
    combine, kompeten_level = rule.combine, rule.kompeten_level
    # Per person and competency: the best key so far and where its evidence comes from.
    best: _Chosen = {who: [None] * len(column) for who in librarians}
    for ev in data.evaluations:
        day, kind = ev.date, ev.kind
        if rule.record_reason(kind, day, as_of) is not None or day is None:
            continue  # (never None here: undated is a record reason)
        row = best.get(ev.librarian)
        if row is None:
            continue
        date, rank = -day.toordinal(), rule.rank_of(kind)
        if kind in vocab.ASSESSMENT_KINDS:
            if rule.expired(kind, day, None, as_of):
                continue
            for ref in ev.levels:  # a level assessed has no item rule
                i = column.get(ref.competency)
                if i is not None:
                    key = _ordered(combine, date, rank, -ref.level, ref.loc)
                    held = row[i]
                    if held is None or key < held[0]:
                        row[i] = (key, (ev, ref, None))
        elif kind in vocab.RESULT_KINDS:
            if rule.expired(kind, day, ev.expires if kind == "lsp" else None, as_of):
                continue
            for res in ev.results:
                i = column.get(res.competency)
                if i is None or rule.item_reason(kind, res.kompeten, None, None) is not None:
                    continue
                level = kompeten_level if res.kompeten else 0
                key = _ordered(combine, date, rank, -level, res.loc)
                held = row[i]
                if held is None or key < held[0]:
                    row[i] = (key, (ev, res, None))
    for training in (*data.trainings, *learning.activities(data)):
        day = training.last_day
        if (
            not _gives_evidence(training)
            or rule.record_reason("training", day, as_of) is not None
            or rule.expired("training", day, None, as_of)
        ):
            continue
        date, rank = -day.toordinal(), rule.rank_of("training")
        develops = [(column[r.competency], r) for r in training.develops if r.competency in column]
        for part in training.participants:
            if (
                part.state not in _EVIDENCE_STATES
                or rule.item_reason("training", None, part.state, part.score) is not None
            ):
                continue
            row = best.get(part.librarian)
            if row is None:
                continue
            loc = part.src.loc
            for i, ref in develops:
                key = _ordered(combine, date, rank, -ref.level, loc)
                held = row[i]
                if held is None or key < held[0]:
                    row[i] = (key, (training, ref, part))
    return best


# Where a piece of evidence comes from: an evaluation and one of its levels or results,
# or an activity, one of the levels it develops and a participation.
_Source = tuple[Evaluation, LevelRef | Result, None] | tuple[Training, LevelRef, Participant]
# Per person, per competency place: the chosen evidence's key and source (None: nothing).
_Chosen = dict[str, list[tuple[tuple[int, int, int, Loc], _Source] | None]]


def _evidence(source: _Source, rule: LevelRule) -> Evidence:
    record, item, part = source
    if isinstance(record, Training):
        assert part is not None and isinstance(item, LevelRef)
        return _trained(record, part, item)
    if isinstance(item, LevelRef):
        return _assessed(record, item)
    return _certified(record, item, rule)


# --- requirements and gaps ------------------------------------------------------------


def requirement(librarian: Librarian, competency: str, ix: Index, target: bool) -> Requirement:
    """The required level: the grade's profile, or with ``target`` the target grade's."""
    profile, basis = required_profile(librarian, ix, target)
    if profile is None:
        return Requirement(None, None, "no-profile")
    return Requirement(profile.required(competency), profile.grade, basis)


def required_profile(librarian: Librarian, ix: Index, target: bool) -> tuple[Profile | None, str]:
    """The profile that sets requirements, and why: grade, target-grade or next-rank.

    With ``target``, a librarian without ``target_grade`` is measured against the next
    rank on the same track (the usual promotion); at the top, against the grade itself.
    """
    current = ix.profile(librarian.grade)
    if not target:
        return current, "grade"
    wanted = ix.profile(librarian.target_grade)
    if wanted is not None:
        return wanted, "target-grade"
    if current is None:
        return None, "no-profile"
    higher = sorted(
        (p for p in ix.profiles.values() if p.track == current.track and p.rank > current.rank),
        key=lambda p: (p.rank, p.grade),
    )
    if higher:
        return higher[0], "next-rank"
    return current, "grade"


@dataclass(frozen=True, slots=True)
class Assessor:
    """Levels and gaps for a dataset, with its evidence gathered once."""

    data: Dataset
    ix: Index
    evidence: dict[tuple[str, str], tuple[Evidence, ...]]

    @classmethod
    def of(
        cls, data: Dataset, ix: Index | None = None, librarians: Collection[str] | None = None
    ) -> Assessor:
        """With ``librarians``, an assessor that knows only their evidence."""
        return cls(data, ix or Index.of(data), collect(data, librarians))

    def level(self, librarian: str, competency: str, as_of: dt.date, detail: bool = False) -> Level:
        """The current level; ``detail`` keeps every verdict (for ``explain``)."""
        return current_level(
            librarian,
            competency,
            self.evidence.get((librarian, competency), ()),
            self.data.settings.levels,
            as_of,
            detail,
        )

    def gap(
        self,
        librarian: Librarian,
        competency: str,
        as_of: dt.date,
        target: bool,
        detail: bool = False,
    ) -> Gap:
        return Gap(
            librarian,
            competency,
            self.level(librarian.id, competency, as_of, detail),
            requirement(librarian, competency, self.ix, target),
        )

    def gaps(
        self,
        librarians: Sequence[Librarian],
        competencies: Sequence[str],
        as_of: dt.date,
        target: bool = False,
    ) -> tuple[Gap, ...]:
        """Every (librarian, competency) pair, in the order given."""
        rule = evidence_rule(self.data.settings.levels)
        evidence = self.evidence
        needs = _Requirements(self.ix, competencies, target)
        out = []
        for lib in librarians:
            for comp, need in zip(competencies, needs(lib), strict=True):
                level = _quick_level(lib.id, comp, evidence.get((lib.id, comp), ()), rule, as_of)
                out.append(Gap(lib, comp, level, need))
        return tuple(out)


def gaps_on(
    data: Dataset,
    ix: Index,
    librarians: Sequence[Librarian],
    competencies: Sequence[str],
    as_of: dt.date,
    target: bool = False,
) -> tuple[Gap, ...]:
    """``Assessor.gaps`` for one date, without gathering every piece of evidence first:
    for reports over many people (``_chosen`` builds only what counts that day)."""
    rule = data.settings.levels
    # What a pair without counted evidence gets, as in current_level.
    no_level, no_rule = (0, "unknown-is-zero") if rule.unknown_is_zero else (None, "unknown")
    chosen, places, needs = _rows(data, ix, librarians, competencies, as_of, target)
    # 220,000 pairs on a national folder: the named tuples are made by tuple.__new__, at
    # half the cost of their constructors (which would do the same).
    out = []
    for lib in librarians:
        who = lib.id
        row = chosen[who]
        for comp, need, place in zip(competencies, needs(lib), places, strict=True):
            held = row[place]
            if held is None:
                current, used, e = no_level, no_rule, None
            else:
                e = _evidence(held[1], rule)
                current, used = e.level, rule.combine
            level = _new(Level, (who, comp, as_of, current, used, e, ()))
            out.append(_new(Gap, (lib, comp, level, need, gap_of(need.level, current))))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class LevelMatrix:
    """Current levels, required levels and gaps of people x competencies on one date, as
    flat tuples person by person (the first person's competencies, then the next's...).

    The numbers of ``gaps_on`` without a ``Gap``, ``Level`` and ``Evidence`` per pair: a
    national gap matrix has 220,000 pairs, and building those objects cost more than
    choosing the levels.
    """

    current: tuple[int | None, ...]
    required: tuple[int | None, ...]
    gaps: tuple[int | None, ...]


def matrix_on(
    data: Dataset,
    ix: Index,
    librarians: Sequence[Librarian],
    competencies: Sequence[str],
    as_of: dt.date,
    target: bool = False,
) -> LevelMatrix:
    """What ``gaps_on`` says of each pair, as numbers only."""
    rule = data.settings.levels
    no_level = 0 if rule.unknown_is_zero else None  # as in current_level
    chosen, places, needs = _rows(data, ix, librarians, competencies, as_of, target)
    current: list[int | None] = []
    required: list[int | None] = []
    gaps: list[int | None] = []
    for lib in librarians:
        row = chosen[lib.id]
        for need, place in zip(needs(lib), places, strict=True):
            held = row[place]
            level = no_level if held is None else _level_of(held[1], rule)
            current.append(level)
            required.append(need.level)
            gaps.append(gap_of(need.level, level))
    return LevelMatrix(tuple(current), tuple(required), tuple(gaps))


def _rows(
    data: Dataset,
    ix: Index,
    librarians: Sequence[Librarian],
    competencies: Sequence[str],
    as_of: dt.date,
    target: bool,
) -> tuple[_Chosen, list[int], _Requirements]:
    """What ``gaps_on`` and ``matrix_on`` work from: each person's chosen evidence by
    competency place (``_chosen``), the place of each competency given, and the
    requirements. A competency listed twice (a clash that check reports) has one place,
    so the same level twice."""
    column: dict[str, int] = {}
    for c in competencies:
        column.setdefault(c, len(column))
    chosen = _chosen(data, as_of, (lib.id for lib in librarians), column)
    return chosen, [column[c] for c in competencies], _Requirements(ix, competencies, target)


def _level_of(source: _Source, rule: LevelRule) -> int | None:
    # The level of the evidence _evidence would build from the source.
    item = source[1]
    if isinstance(item, LevelRef):
        return item.level
    return rule.kompeten_level if item.kompeten else None


class _Requirements:
    """Each librarian's requirements for the competencies, in their order.

    Staff share a handful of grades: the requirements are worked out once per grade (and
    target grade), not once per person.
    """

    __slots__ = ("_competencies", "_ix", "_known", "_target")

    def __init__(self, ix: Index, competencies: Sequence[str], target: bool) -> None:
        self._ix = ix
        self._competencies = competencies
        self._target = target
        self._known: dict[tuple[str | None, str | None], tuple[Requirement, ...]] = {}

    def __call__(self, librarian: Librarian) -> tuple[Requirement, ...]:
        grades = (librarian.grade, librarian.target_grade)
        found = self._known.get(grades)
        if found is None:
            found = self._known[grades] = self._work_out(librarian)
        return found

    def _work_out(self, librarian: Librarian) -> tuple[Requirement, ...]:
        profile, basis = required_profile(librarian, self._ix, self._target)
        if profile is None:
            return tuple(Requirement(None, None, "no-profile") for _ in self._competencies)
        return tuple(
            Requirement(profile.required(c), profile.grade, basis) for c in self._competencies
        )

"""Checks across records: references, dates, capacity, mentoring, NIPs.

Reading already found what is wrong inside a single value (types, dates, choices); these
checks find what is wrong between records. Pure: today's date is passed in.

The face is ``check(dataset, today)``. ``Checking`` is the same check taken file by file,
for a caller that keeps each record file's result and checks again only the files that
changed:
``Checking(small, today)`` over the small kinds every file refers to (settings, framework,
profiles, librarians, mentoring), then ``file(...)`` for the trainings, evaluations and
feedback of each file — a ``FileCheck`` that depends only on that file and on
``Checking.context`` — and ``problems(files)`` for everything: the small kinds' own
problems, each file's, and what crosses files (duplicate ids, unknown required trainings).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pustaka_cli import vocab
from pustaka_cli.domain import attendance, careers
from pustaka_cli.domain import hours as jp_hours
from pustaka_cli.domain.index import Index
from pustaka_cli.model import (
    Dataset,
    Evaluation,
    Feedback,
    Learning,
    LevelRef,
    Librarian,
    Located,
    Participant,
    Training,
)
from pustaka_cli.problems import Loc, Problem, problem, suggest

NIP_DIGITS = re.compile(r"\d{18}\Z")


def check(data: Dataset, today: dt.date) -> list[Problem]:
    """Every cross-record problem in a dataset, in no particular order."""
    checking = Checking(data, today)
    return checking.problems([checking.file(data.trainings, data.evaluations, data.feedback)])


Places = Mapping[str, tuple[tuple[str, Loc], ...]]
"""What of one file's records other files' checks need, each with its place, by what it
is: ``trainings`` (training ids), ``required`` (trainings required by others),
``feedback`` (feedback ids); a list left out is empty."""


@dataclass(frozen=True, slots=True)
class FileCheck:
    """One record file's check: its problems, its ``Places``, and every librarian id its
    records name, known or not (of ``Context.started``, its check looked up only these —
    and every id when one of them is unknown, for the "did you mean")."""

    problems: list[Problem]
    places: Places
    librarians: frozenset[str]


class Checking:
    """``check`` taken file by file (see the module's docstring): two files checked
    against equal contexts give the problems they give in a whole-dataset check, whatever
    the other files hold."""

    __slots__ = ("context", "data", "today")

    def __init__(self, data: Dataset, today: dt.date) -> None:
        """``data``: the dataset's small kinds; its trainings, evaluations and feedback
        are not looked at (they are ``file``'s)."""
        self.data = data
        self.today = today
        self.context = Context.of(data, today)

    def file(
        self,
        trainings: Sequence[Training],
        evaluations: Sequence[Evaluation],
        feedback: Sequence[Feedback],
    ) -> FileCheck:
        """The problems of one file's records against the context, and its places."""
        ctx = self.context
        required: list[tuple[str, Loc]] = []
        problems = [
            *_trainings(trainings, ctx, required),
            *_evaluations(evaluations, ctx),
            *_feedback(feedback, ctx),
        ]
        places = {
            name: pairs
            for name, pairs in (
                ("trainings", tuple((t.id, t.src.of("id")) for t in trainings)),
                ("required", tuple(required)),
                ("feedback", tuple((f.id, f.src.of("id")) for f in feedback)),
            )
            if pairs
        }
        named = {p.librarian for t in trainings for p in t.participants}
        named.update(e.librarian for e in evaluations)
        named.update(f.librarian for f in feedback if f.librarian is not None)
        return FileCheck(problems, places, frozenset(named))

    def kept(self, problems: list[Problem], places: Places) -> FileCheck:
        """A file's check as its caller kept it (or with more problems, met reading it)."""
        return FileCheck(problems, places, _NOBODY)

    def problems(self, files: Iterable[FileCheck]) -> list[Problem]:
        """Every problem: the small kinds', each file's (``files`` in reading order: the
        first of two equal ids stays unreported), and what crosses files."""
        every = list(files)
        return [
            *_whole(self.data, self.today),
            *(p for f in every for p in f.problems),
            *_join(every),
        ]


_NOBODY: frozenset[str] = frozenset()


def _whole(data: Dataset, today: dt.date) -> list[Problem]:
    """The problems of settings, framework, profiles, librarians and mentoring."""
    ix = Index.of(data)
    return [
        *_framework(data),
        *_settings(data),
        *_profiles(data, ix),
        *_librarians(data, ix, today),
        *_mentoring(data, ix, today),
        *_learning(data, ix, today),
        *_events(data, ix, today),
    ]


@dataclass(frozen=True, slots=True)
class Context:
    """Everything the checks of one file's trainings, evaluations and feedback look up.

    Kept small and plain (a caller that keeps each file's result names it by this). Of
    ``started``, a file's check depends only on the librarians it names
    (``FileCheck.librarians``).
    """

    today: dt.date
    started: dict[str, dt.date | None]  # librarian id -> start date (first record by id)
    competencies: frozenset[str]
    max_level: int
    libraries: frozenset[str]  # empty: none declared, any library goes
    feedback_scale_max: int
    pass_score: float = 70
    jp_requires_pass: bool | None = None  # None: the rule is not written in pustaka.yaml
    lsp_valid_months: int | None = None  # levels.valid_months.lsp: None, no end but `expires`

    @classmethod
    def of(cls, data: Dataset, today: dt.date) -> Context:
        started: dict[str, dt.date | None] = {}
        for lib in data.librarians:
            started.setdefault(lib.id, lib.started)
        return cls(
            today=today,
            started=started,
            competencies=frozenset(c.id for c in data.framework.competencies),
            max_level=data.framework.max_level,
            libraries=frozenset(lib.id for lib in data.settings.libraries),
            feedback_scale_max=data.settings.feedback_scale_max,
            pass_score=data.settings.levels.pass_score,
            jp_requires_pass=data.settings.jp_requires_pass,
            lsp_valid_months=data.settings.levels.months_valid("lsp"),
        )


def _join(files: list[FileCheck]) -> list[Problem]:
    """What crosses files: duplicate ids and unknown required trainings."""
    trainings = [pair for f in files for pair in f.places.get("trainings", ())]
    known = {tid for tid, _ in trainings}
    return [
        *_duplicates(trainings, "training"),
        *(
            _unknown("unknown-training", loc, ref, known)
            for f in files
            for ref, loc in f.places.get("required", ())
            if ref not in known
        ),
        *_duplicates((pair for f in files for pair in f.places.get("feedback", ())), "feedback"),
    ]


# --- helpers --------------------------------------------------------------------------


def _duplicates(items: Iterable[tuple[str, Loc]], what: str) -> Iterator[Problem]:
    first: dict[str, Loc] = {}
    for key, loc in items:
        if key in first:
            yield problem(loc, "duplicate-id", id=key, kind=what, first=_where(first[key]))
        else:
            first[key] = loc


def _where(loc: Loc) -> str:
    return f"{loc.path}:{loc.line}"


def _unknown(code: str, loc: Loc, value: str, known: Iterable[str]) -> Problem:
    """An id that names nothing: the nearest known id as a hint, else where such ids are
    kept (a hint of the code's name, where the message does not say it already)."""
    suggestion = suggest(value, sorted(known))
    hint = "did-you-mean" if suggestion else code if code in _SAYS_WHERE_KEPT else None
    return problem(loc, code, value=value, suggestion=suggestion, hint=hint)


_SAYS_WHERE_KEPT = frozenset(
    ("unknown-librarian", "unknown-training", "unknown-competency", "unknown-grade")
)


def _levels(refs: Iterable[LevelRef], competencies: Collection[str], top: int) -> Iterator[Problem]:
    for ref in refs:
        if ref.competency not in competencies:
            yield _unknown("unknown-competency", ref.loc, ref.competency, competencies)
        if ref.level > top:
            yield problem(ref.loc, "level-out-of-scale", value=ref.level, maximum=top)


# The checks below run for each of hundreds of thousands of records: they are given the
# record's places and the field's name (``src``, ``name``), and build its Loc only for a
# problem.


def _librarian(known: Collection[str], ref: str, src: Located, name: str) -> Iterator[Problem]:
    if ref not in known:
        yield _unknown("unknown-librarian", src.of(name), ref, known)


def _evidence_date(
    day: dt.date | None, who: str, src: Located, name: str, ctx: Context
) -> Iterator[Problem]:
    """Evidence of librarian ``who`` dated ``day``: not after today, not before they started."""
    if day is None:
        return
    if day > ctx.today:
        yield problem(src.of(name), "evidence-in-future", date=day, today=ctx.today)
    else:
        started = ctx.started.get(who)
        if started is not None and day < started:
            yield problem(src.of(name), "evidence-before-start", date=day, started=started, id=who)


def _order(
    start: dt.date | None, end: dt.date | None, src: Located, name: str
) -> Iterator[Problem]:
    if start is not None and end is not None and end < start:
        yield problem(src.of(name), "end-before-start", start=start, end=end)


# --- several folders combined --------------------------------------------------------


def combined(
    datasets: Sequence[Dataset], names: Sequence[str], codes: Sequence[str] = ()
) -> Iterator[Problem]:
    """What combining folders hides: the combined dataset takes its profiles and rules
    from the first folder and compares only the competencies every framework defines
    (``workspace``), so a folder that defines them differently is named, once for each
    part that differs. And a true clash: two folders with the same code (``codes``, the
    namespaces of their ids, store/namespace.py) would mix their records."""
    seen: dict[str, Dataset] = {}
    for data, code in zip(datasets, codes, strict=False):
        other = seen.setdefault(code, data)
        if other is not data:
            yield problem(
                data.settings.src.loc,
                "namespace-clash",
                hint="namespace-clash",
                namespace=code,
                first=other.settings.src.loc.path,
            )
    first = datasets[0]
    meant: dict[str, object] = {}  # the first's meaning of each part, worked out once
    for data, name in zip(datasets[1:], names[1:], strict=True):
        for code, part in _COMBINED_PARTS:
            mine, theirs = part(data), part(first)
            if mine == theirs:  # the same places too (the shipped defaults): the same
                continue
            if code not in meant:
                meant[code] = _meaning(theirs)
            if _meaning(mine) != meant[code]:
                yield problem(
                    data.settings.src.loc,  # the folder's settings file
                    code,
                    warning=True,
                    hint="combined-differs",
                    folder=name,
                    first=names[0],
                )


_COMBINED_PARTS: tuple[tuple[str, Callable[[Dataset], object]], ...] = (
    ("combined-framework-differs", lambda d: d.framework),
    ("combined-profiles-differs", lambda d: d.profiles),
    (
        "combined-settings-differs",
        lambda d: (
            d.settings.levels,
            d.settings.jp_rules,
            bool(d.settings.jp_requires_pass),  # not written reads as false
            d.settings.minutes_per_jp,
            d.settings.feedback_scale_max,
            d.settings.max_mentees,
        ),
    ),
)


def _meaning(value: object) -> object:
    """``value`` without its places (``src``, ``loc``): what it says, not where."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(
            (f.name, _meaning(getattr(value, f.name)))
            for f in dataclasses.fields(value)
            if f.name not in ("src", "loc")
        )
    if isinstance(value, (tuple, list)):
        return tuple(_meaning(v) for v in value)
    return value


# --- framework, settings, profiles ----------------------------------------------------


def _framework(data: Dataset) -> Iterator[Problem]:
    fw = data.framework
    yield from _duplicates(((c.id, c.src.of("id")) for c in fw.competencies), "competency")
    yield from _duplicates(((k.id, k.src.of("id")) for k in fw.key_functions), "key-function")
    levels = sorted(s.level for s in fw.scale)
    if fw.scale and levels != list(range(len(levels))):
        yield problem(fw.scale[0].src.loc, "bad-scale", levels=", ".join(map(str, levels)))
    functions = {k.id for k in fw.key_functions}
    for c in fw.competencies:
        if c.key_function and functions and c.key_function not in functions:
            yield _unknown(
                "unknown-key-function", c.src.of("key_function"), c.key_function, functions
            )


def _settings(data: Dataset) -> Iterator[Problem]:
    s = data.settings
    yield from _duplicates(((lib.id, lib.src.of("id")) for lib in s.libraries), "library")
    rule = s.levels
    for name, words in (("priority", rule.priority), ("sources", rule.sources)):
        for word in words:
            if word not in vocab.EVIDENCE_KINDS:
                yield _bad_value(s.src.loc, name, word, vocab.EVIDENCE_KINDS)
    for word, _ in rule.valid_months:
        if word not in vocab.EVIDENCE_KINDS:
            yield _bad_value(s.src.loc, "valid_months", word, vocab.EVIDENCE_KINDS)
    for jp in s.jp_rules or ():  # the defaults (domain/hours.py) need no check
        if jp.employment not in vocab.EMPLOYMENT_TYPES:
            yield _bad_value(jp.loc, "targets", jp.employment, vocab.EMPLOYMENT_TYPES)
        if jp.minimum is not None and jp.maximum is not None and jp.minimum > jp.maximum:
            yield problem(
                jp.loc,
                "jp-min-above-max",
                employment=jp.employment,
                minimum=jp.minimum,
                maximum=jp.maximum,
            )
        if jp.employment == "pppk" and jp.minimum is not None and jp.maximum is None:
            # The old default read "pppk: 24" as a target; the regulation sets a ceiling.
            yield problem(
                jp.loc, "jp-pppk-minimum", warning=True, hint="jp-pppk", minimum=jp.minimum
            )
    top = data.framework.max_level
    for name in ("kompeten_level", "proficient_level", "expert_level"):
        value = getattr(rule, name)
        if value > top:
            yield problem(s.src.loc, "level-out-of-scale", value=value, maximum=top)


def _bad_value(loc: Loc, name: str, word: str, choices: tuple[str, ...]) -> Problem:
    suggestion = suggest(word, choices)
    return problem(
        loc,
        "bad-value",
        field=name,
        value=word,
        choices=", ".join(choices),
        suggestion=suggestion,
        hint="did-you-mean" if suggestion else None,
    )


def _profiles(data: Dataset, ix: Index) -> Iterator[Problem]:
    yield from _duplicates(((p.grade, p.src.of("grade")) for p in data.profiles), "grade")
    for p in data.profiles:
        yield from _levels(p.requires, ix.competencies, data.framework.max_level)


# --- librarians -----------------------------------------------------------------------


def _librarians(data: Dataset, ix: Index, today: dt.date) -> Iterator[Problem]:
    yield from _duplicates(((lib.id, lib.src.of("id")) for lib in data.librarians), "librarian")
    libraries = {lib.id for lib in data.settings.libraries}
    nips: dict[str, Librarian] = {}
    for lib in data.librarians:
        where = lib.src.of
        if lib.library and libraries and lib.library not in libraries:
            yield _unknown("unknown-library", where("library"), lib.library, libraries)
        for name in ("grade", "target_grade"):
            value = getattr(lib, name)
            if value is not None and ix.grade(value) is None:
                yield _unknown("unknown-grade", where(name), value, ix.profiles)
        if lib.mentor is not None:
            if lib.mentor == lib.id:
                yield problem(where("mentor"), "self-mentoring", id=lib.id)
            else:
                yield from _librarian(ix.librarians, lib.mentor, lib.src, "mentor")
        if lib.status == "left" and lib.left is None:
            yield problem(where("status"), "left-without-date", id=lib.id)
        yield from _order(lib.started, lib.left, lib.src, "left")
        yield from _history(lib, ix, libraries)
        rule = jp_hours.rule_for(data.settings, lib.employment)
        if rule is not None and rule.year == "contract" and lib.contract_start is None:
            yield problem(
                where("employment"),
                "no-contract-start",
                warning=True,
                hint="contract-start",
                id=lib.id,
                employment=lib.employment,
                fallback=lib.started.isoformat() if lib.started else "-",
            )
        if lib.nip is not None:
            yield from _nip(lib, today)
            digits = lib.nip.replace(" ", "")
            if digits in nips:
                yield problem(where("nip"), "duplicate-nip", id=lib.id, other=nips[digits].id)
            nips.setdefault(digits, lib)


def _history(lib: Librarian, ix: Index, libraries: Collection[str]) -> Iterator[Problem]:
    """A ``history``'s dates (domain/careers.py), and its grades and libraries as the flat
    fields' are checked."""
    yield from careers.problems(lib)
    for c in lib.history[1:]:
        if c.grade is not None and ix.grade(c.grade) is None:
            yield _unknown("unknown-grade", c.src.of("grade"), c.grade, ix.profiles)
        if c.library and libraries and c.library not in libraries:
            yield _unknown("unknown-library", c.src.of("library"), c.library, libraries)


def _nip(lib: Librarian, today: dt.date) -> Iterator[Problem]:
    """NIP layout: birth date (8), CPNS appointment year-month (6), gender (1|2), sequence (3).

    An error for a civil servant, a warning for anyone else (PPPK numbers differ)."""
    assert lib.nip is not None
    loc = lib.src.of("nip")
    digits = lib.nip.replace(" ", "")
    warning = lib.employment not in vocab.CIVIL_SERVANTS
    reason = _nip_fault(digits, pppk=lib.employment == "pppk")
    if reason:
        yield problem(
            loc,
            "nip-malformed",
            warning=warning,
            nip=lib.nip,
            reason=reason,
            hint="nip-layout" if reason == "sequence" else "nip",
        )
        return
    dated = _nip_dates(digits, today, pppk=lib.employment == "pppk")
    if dated is not None:
        code, args = dated
        yield problem(
            loc, code, warning=warning, nip=lib.nip, today=today, hint="nip-layout", **args
        )
    if not lib.nip_quoted and " " not in lib.nip:
        yield problem(loc, "nip-unquoted", warning=True, nip=lib.nip, hint="nip")


# A CPNS is at least 18 when appointed (PP 11/2017 art. 23(1)a); nobody serves past the
# highest retirement age of a functional post, 65 (Ahli Utama, PP 11/2017 art. 239), so an
# appointment at 65 or later cannot be one.
NIP_YOUNGEST = 18
NIP_OLDEST = 65


def _nip_fault(digits: str, pppk: bool = False) -> str:
    """'' for a well-formed NIP, else the catalogue word for what is wrong.

    PPPK numbers (NI PPPK) share the length, the birth date and the gender digit, but not
    the appointment month, so only those parts are checked for them.
    """
    if not NIP_DIGITS.match(digits):
        return "length"
    try:
        dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return "birth-date"
    if not pppk and not 1 <= int(digits[12:14]) <= 12:
        return "appointment"
    if digits[14] not in "12":
        return "gender"
    if not pppk and digits[15:18] == "000":
        return "sequence"
    return ""


def _nip_dates(
    digits: str, today: dt.date, pppk: bool = False
) -> tuple[str, dict[str, object]] | None:
    """What is impossible about a well-formed NIP's dates on ``today``: a birth date to come,
    an appointment (TMT) to come, or one at an age no CPNS is appointed; else None."""
    born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if born > today:
        return "nip-born-in-future", {"born": born}
    if pppk:
        return None
    year, month = int(digits[8:12]), int(digits[12:14])
    appointed = f"{year:04d}-{month:02d}"
    if dt.date(year, month, 1) > today:
        return "nip-appointed-in-future", {"appointed": appointed}
    # Age in whole years on the first of the appointment month.
    age = year - born.year - ((month, 1) < (born.month, born.day))
    if not NIP_YOUNGEST <= age < NIP_OLDEST:
        return "nip-appointment-age", {
            "appointed": appointed,
            "age": age,
            "youngest": NIP_YOUNGEST,
            "oldest": NIP_OLDEST,
        }
    return None


# --- trainings ------------------------------------------------------------------------


def _trainings(
    trainings: Iterable[Training], ctx: Context, required: list[tuple[str, Loc]]
) -> Iterator[Problem]:
    """Each training on its own; the trainings it requires go to ``required`` for ``join``
    (whether they exist depends on other files), except itself."""
    today, competencies, top = ctx.today, ctx.competencies, ctx.max_level
    for t in trainings:
        yield from _order(t.start, t.end, t.src, "end")
        yield from _levels(t.develops, competencies, top)
        yield from _levels(t.prerequisite_levels, competencies, top)
        for ref, loc in t.prerequisite_trainings:
            if ref == t.id:  # it exists (it is this one): never an unknown training
                yield problem(loc, "self-prerequisite", id=t.id)
            else:
                required.append((ref, loc))
        # seats: staff with one, then participants from outside (enrollment.seated)
        seated = [p.src for p in t.participants if p.state in vocab.SEATED_STATES]
        seated += [g.src for g in t.guests]
        if t.capacity is not None and len(seated) > t.capacity:
            yield problem(
                seated[t.capacity].loc,
                "over-capacity",
                id=t.id,
                capacity=t.capacity,
                count=len(seated),
            )
        yield from attendance_problems(t)
        seen: dict[str, Located] = {}  # each librarian's first place in the list
        for p in t.participants:
            yield from _librarian(ctx.started, p.librarian, p.src, "librarian")
            first = seen.setdefault(p.librarian, p.src)
            if first is not p.src:
                yield problem(
                    p.src.of("librarian"),
                    "duplicate-participant",
                    id=p.librarian,
                    first=_where(first.of("librarian")),
                )
            if p.score is not None and not 0 <= p.score <= 100:
                yield problem(
                    p.src.of("score"), "score-out-of-range", value=p.score, minimum=0, maximum=100
                )
            if p.rating is not None and not 1 <= p.rating <= 5:
                yield problem(
                    p.src.of("rating"), "score-out-of-range", value=p.rating, minimum=1, maximum=5
                )
            for day in p.attended:
                yield from _evidence_date(day, p.librarian, p.src, "attended", ctx)
            if p.state in ("completed", "failed", "attended") and t.start > today:
                yield problem(p.src.of("state"), "evidence-in-future", date=t.start, today=today)
            yield from _outcome(t, p, ctx)
        for g in t.guests:
            for day in g.attended:
                if day > today:
                    yield problem(g.src.of("attended"), "evidence-in-future", date=day, today=today)


def attendance_problems(t: Training) -> Iterator[Problem]:
    """Days of an activity outside its dates, and completions below its minimum
    attendance (domain/attendance.py, rule 3): the rule was stated, the record breaks it."""
    for day in t.days:
        if not t.start <= day <= t.last_day:
            yield problem(
                t.src.of("days"), "day-outside-activity", date=day, start=t.start, end=t.last_day
            )
    if t.days:  # a day present that the activity does not meet on counts for nothing
        meeting = set(t.days)
        for who, src, present in [
            *((p.librarian, p.src, p.attended) for p in t.participants),
            *((g.name, g.src, g.attended) for g in t.guests),
        ]:
            for day in present:
                if day not in meeting and t.start <= day <= t.last_day:
                    yield problem(
                        src.of("attended"), "attended-not-a-day", warning=True, id=who, date=day
                    )
    wanted = attendance.minimum(t)
    if wanted is None:
        return
    meets = attendance.days(t)
    for p in t.participants:
        if p.state != "completed":
            continue
        found = attendance.share(p.attended, meets)
        if attendance.meets_minimum(t, found):
            continue
        yield problem(
            p.src.of("state"),
            "completed-below-attendance",
            warning=True,
            id=p.librarian,
            share="-" if found is None else f"{found.present}/{found.days}",
            minimum=_number(round(100 * wanted, 1)),
        )


def _outcome(t: Training, p: Participant, ctx: Context) -> Iterator[Problem]:
    """JP are for attending, a level for passing (README "How JP is counted"). A completion
    below the pass score earns JP but no level: said while pustaka.yaml does not state the
    rule (``jp.requires_pass``). A failure after attending every day earns no JP: said
    always, it contradicts the rule that JP are for attending."""
    if (
        p.state == "completed"
        and p.score is not None
        and p.score < ctx.pass_score
        and ctx.jp_requires_pass is None
    ):
        yield problem(
            p.src.of("score"),
            "completed-below-pass",
            warning=True,
            id=p.librarian,
            score=_number(p.score),
            pass_score=_number(ctx.pass_score),
            hint="jp-requires-pass",
        )
    if p.state == "failed" and p.attended:
        days = (t.last_day - t.start).days + 1
        if days <= 366 and set(p.attended) >= {t.start + dt.timedelta(days=i) for i in range(days)}:
            yield problem(
                p.src.of("state"),
                "failed-but-attended",
                warning=True,
                id=p.librarian,
                days=days,
                hint="failed-but-attended",
            )


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# --- evaluations, feedback, mentoring -------------------------------------------------


def _evaluations(evaluations: Iterable[Evaluation], ctx: Context) -> Iterator[Problem]:
    competencies = ctx.competencies
    for e in evaluations:
        yield from _librarian(ctx.started, e.librarian, e.src, "librarian")
        if e.kind == "skp":
            for name in ("year", "predicate"):
                if not e.src.has(name):
                    yield problem(e.src.loc, "missing-field", field=name, record="skp")
        else:
            if not e.src.has("date"):
                yield problem(e.src.loc, "missing-field", field="date", record=e.kind)
            needed = "levels" if e.kind in vocab.ASSESSMENT_KINDS else "results"
            if not e.src.has(needed):
                yield problem(e.src.loc, "missing-field", field=needed, record=e.kind)
        yield from _levels(e.levels, competencies, ctx.max_level)
        for r in e.results:
            if r.competency not in competencies:
                yield _unknown("unknown-competency", r.loc, r.competency, competencies)
        yield from _evidence_date(e.date, e.librarian, e.src, "date", ctx)
        yield from _order(e.date, e.expires, e.src, "expires")
        if e.kind == "lsp" and e.expires is None and ctx.lsp_valid_months is None:
            # Certificates expire; without a date it would count for ever.
            yield problem(
                e.src.loc,
                "lsp-without-expiry",
                warning=True,
                id=e.librarian,
                hint="lsp-without-expiry",
            )


def _feedback(feedback: Iterable[Feedback], ctx: Context) -> Iterator[Problem]:
    libraries, top = ctx.libraries, ctx.feedback_scale_max
    for f in feedback:
        if f.library and libraries and f.library not in libraries:
            yield _unknown("unknown-library", f.src.of("library"), f.library, libraries)
        if f.librarian is not None:
            yield from _librarian(ctx.started, f.librarian, f.src, "librarian")
        if not 1 <= f.score <= top:
            yield problem(
                f.src.of("score"), "score-out-of-range", value=f.score, minimum=1, maximum=top
            )
        if f.date > ctx.today:
            yield problem(f.src.of("date"), "evidence-in-future", date=f.date, today=ctx.today)


def _mentoring(data: Dataset, ix: Index, today: dt.date) -> Iterator[Problem]:
    yield from _duplicates(((m.id, m.src.of("id")) for m in data.mentoring), "mentoring")
    mentees: dict[str, set[str]] = {}  # mentor -> mentees, to find cycles

    def reaches(start: str, goal: str) -> bool:
        todo, seen = [start], set()
        while todo:
            node = todo.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                todo.extend(mentees.get(node, ()))
        return False

    for lib in data.librarians:
        if lib.mentor and lib.mentor != lib.id:
            if reaches(lib.id, lib.mentor):
                yield problem(
                    lib.src.of("mentor"), "mentoring-cycle", mentor=lib.mentor, mentee=lib.id
                )
            else:
                mentees.setdefault(lib.mentor, set()).add(lib.id)
    for m in data.mentoring:
        where = m.src.of
        for name in ("mentor", "mentee"):
            yield from _librarian(ix.librarians, getattr(m, name), m.src, name)
        for ref, loc in m.competencies:
            if ref not in ix.competencies:
                yield _unknown("unknown-competency", loc, ref, ix.competencies)
        yield from _order(m.start, m.end, m.src, "end")
        for s in m.sessions:
            if s.date > today:
                yield problem(s.src.of("date"), "evidence-in-future", date=s.date, today=today)
        if m.mentor == m.mentee:
            yield problem(where("mentee"), "self-mentoring", id=m.mentor)
        elif reaches(m.mentee, m.mentor):
            yield problem(where("mentee"), "mentoring-cycle", mentor=m.mentor, mentee=m.mentee)
        else:
            mentees.setdefault(m.mentor, set()).add(m.mentee)


# --- learning outside the programme ---------------------------------------------------


def _learning(data: Dataset, ix: Index, today: dt.date) -> Iterator[Problem]:
    """A course taken elsewhere (domain/learning.py): checked as an activity of one
    participant is. It may end before the librarian started at the library (Latsar
    before the first day there); it is recorded after the fact, so never after today."""
    yield from _duplicates(((x.id, x.src.of("id")) for x in data.learning), "learning")
    competencies, top = frozenset(ix.competencies), data.framework.max_level
    for x in data.learning:
        yield from _librarian(ix.librarians, x.librarian, x.src, "librarian")
        yield from _order(x.start, x.end, x.src, "end")
        yield from _levels(x.develops, competencies, top)
        if x.score is not None and not 0 <= x.score <= 100:
            yield problem(
                x.src.of("score"), "score-out-of-range", value=x.score, minimum=0, maximum=100
            )
        if x.last_day > today:
            yield _in_future(x, today)


def _in_future(x: Learning, today: dt.date) -> Problem:
    where = x.src.of("end" if x.end is not None else "start")
    return problem(where, "evidence-in-future", date=x.last_day, today=today)


# --- events the library organises for others ------------------------------------------


def _events(data: Dataset, ix: Index, today: dt.date) -> Iterator[Problem]:
    """Events: unique ids, known organisers (each once), dates in order; what is held is
    not in the future (a planned one may be)."""
    yield from _duplicates(((e.id, e.src.of("id")) for e in data.events), "event")
    for e in data.events:
        yield from _order(e.start, e.end, e.src, "end")
        seen: set[str] = set()
        for o in e.organisers:
            yield from _librarian(ix.librarians, o.librarian, o.src, "librarian")
            if o.librarian in seen:
                yield problem(o.src.of("librarian"), "duplicate-organiser", id=o.librarian)
            seen.add(o.librarian)
        held = e.status is None
        if held and e.start > today and (e.audience or any(g.attended for g in e.guests)):
            yield problem(e.src.of("start"), "evidence-in-future", date=e.start, today=today)

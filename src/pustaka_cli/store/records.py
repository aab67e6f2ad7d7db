"""The record kinds of a data folder: their specs, and how raw records become model values.

To add a field: add it to the spec here, to the model record, and to docs/records.md.
A field's type (``TEXT``, ``DATE``...) is defined in store/fieldtypes.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pustaka_cli import vocab
from pustaka_cli.model import (
    Budget,
    Career,
    Certificate,
    Competency,
    Evaluation,
    Feedback,
    Framework,
    Indicator,
    JpRule,
    KeyFunction,
    Learning,
    LevelRule,
    Librarian,
    Library,
    Located,
    Mentoring,
    Participant,
    Profile,
    ScaleLevel,
    Session,
    Settings,
    SkpIndicator,
    Training,
)
from pustaka_cli.problems import Loc
from pustaka_cli.store.fields import Field, Raw, RecordSpec
from pustaka_cli.store.fieldtypes import (
    BOOL,
    CHOICE,
    DATE,
    DATES,
    ID,
    IDS,
    INT,
    INTMAP,
    LEVELS,
    NAMES,
    NUMBER,
    RECORD,
    RECORDMAP,
    RECORDS,
    REF,
    REFS,
    RESULTS,
    TEXT,
    TEXTS,
)

# --- specs ----------------------------------------------------------------------------
#
# Every number has a plausible range, checked as a located problem: a typo of a few extra
# digits is caught where it was written, and no later sum, chart or JSON meets a number
# too large to handle (an integer of 4,301 digits cannot even be converted).

MAX_LEVEL = 20
"""The highest level a scale may have; the framework's own scale is checked later."""
MAX_PEOPLE = 10_000_000
"""Holders of a competency (an activity's seats and a survey's respondents: see vocab)."""
MAX_MINUTES = 600_000
"""Minutes of one activity: 10,000 JP (``vocab.MAX_JP``) of an hour each."""
MAX_SCORE = 1_000_000
"""A far bound for scores and ratings: the checks hold them to their scale (0-100, 1-5, the
feedback scale), with a message that names it."""
MAX_AMOUNT = 10**15
"""Money (a quadrillion rupiah) and indicator targets: below 2**53, so exact as a float."""

LIBRARY = RecordSpec(
    "library",
    (Field("id", ID, True), Field("name", TEXT, True)),
)
# One employment type's JP rule; a bare number is its ``min`` (``pns: 20``).
JP_TARGET = RecordSpec(
    "jp-target",
    (
        Field("min", INT, minimum=0, maximum=1000),
        Field("max", INT, minimum=0, maximum=1000),
        Field("year", CHOICE, choices=vocab.JP_YEARS),
    ),
)
JP = RecordSpec(
    "jp",
    (
        Field("minutes_per_jp", INT, minimum=1, maximum=600),
        Field("targets", RECORDMAP, record=JP_TARGET),
        Field("requires_pass", BOOL),
    ),
)
LEVEL_RULE = RecordSpec(
    "levels",
    (
        Field("combine", CHOICE, choices=vocab.COMBINE_RULES),
        Field("priority", TEXTS),
        Field("sources", TEXTS),
        Field("valid_months", INTMAP, minimum=1, maximum=1200),
        Field("kompeten_level", INT, minimum=0, maximum=MAX_LEVEL),
        Field("pass_score", NUMBER, minimum=0, maximum=100),
        Field("require_post_test", BOOL),
        Field("unknown_is_zero", BOOL),
        Field("proficient_level", INT, minimum=0, maximum=MAX_LEVEL),
        Field("expert_level", INT, minimum=0, maximum=MAX_LEVEL),
    ),
)
MENTORING_SETTINGS = RecordSpec(
    "mentoring-settings", (Field("max_mentees", INT, minimum=1, maximum=50),)
)
FEEDBACK_SETTINGS = RecordSpec(
    "feedback-settings", (Field("scale_max", INT, minimum=2, maximum=100),)
)
SETTINGS = RecordSpec(
    "settings",
    (
        Field("organisation", TEXT, True),
        Field("language", CHOICE, choices=vocab.LANGUAGES),
        Field("currency", TEXT),
        Field("paper", CHOICE, choices=vocab.PAPERS),
        Field("libraries", RECORDS, record=LIBRARY),
        Field("jp", RECORD, record=JP),
        Field("levels", RECORD, record=LEVEL_RULE),
        Field("feedback", RECORD, record=FEEDBACK_SETTINGS),
        Field("mentoring", RECORD, record=MENTORING_SETTINGS),
        # The folder's short name when several folders are read (store/namespace.py).
        Field("code", ID),
    ),
)

SCALE_LEVEL = RecordSpec(
    "scale-level",
    (
        Field("level", INT, True, minimum=0, maximum=MAX_LEVEL),
        Field("name", NAMES, True),
        Field("description", NAMES),
    ),
)
KEY_FUNCTION = RecordSpec("key-function", (Field("id", ID, True), Field("name", NAMES, True)))
COMPETENCY = RecordSpec(
    "competency",
    (
        Field("id", ID, True),
        Field("group", CHOICE, True, choices=vocab.GROUPS),
        Field("key_function", ID),
        Field("name", NAMES, True),
        Field("skkni_ref", TEXT),
        Field("weight", NUMBER, minimum=0, maximum=100),
        Field("holders", INT, minimum=1, maximum=MAX_PEOPLE),
    ),
)
PROFILE = RecordSpec(
    "profile",
    (
        Field("grade", ID, True),
        Field("name", NAMES, True),
        Field("track", CHOICE, choices=vocab.TRACKS),
        Field("rank", INT, minimum=0, maximum=100),
        Field("coefficient", NUMBER, minimum=0, maximum=1000),
        Field("aliases", TEXTS),
        Field("requires", LEVELS, minimum=0, maximum=MAX_LEVEL),
        Field("credit_rank", NUMBER, minimum=0, maximum=10_000),
        Field("credit_grade", NUMBER, minimum=0, maximum=10_000),
    ),
)
# One dated change of grade, employment or library (domain/careers.py).
CAREER = RecordSpec(
    "history",
    (
        Field("from", DATE, True),
        Field("grade", TEXT),
        Field("employment", CHOICE, choices=vocab.EMPLOYMENT_TYPES),
        Field("library", REF),
        Field("credit", NUMBER, minimum=0, maximum=10_000),
    ),
)
LIBRARIAN = RecordSpec(
    "librarian",
    (
        Field("id", ID, True),
        Field("name", TEXT, True),
        Field("nip", TEXT),
        Field("library", REF),
        Field("grade", TEXT),
        Field("employment", CHOICE, choices=vocab.EMPLOYMENT_TYPES),
        Field("started", DATE),
        Field("contract_start", DATE),
        Field("status", CHOICE, choices=vocab.LIBRARIAN_STATUSES),
        Field("left", DATE),
        Field("mentor", REF),
        Field("target_grade", TEXT),
        Field("email", TEXT),
        Field("history", RECORDS, record=CAREER),
    ),
)
INDICATOR = RecordSpec(
    "indicator",
    (
        Field("text", NAMES, True),
        Field("target", NUMBER, True, minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT),
        Field("achieved", NUMBER, minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT),
        Field("unit", TEXT),
    ),
)
# A certificate of completion (STTPP) of a participation or of learning elsewhere.
CERTIFICATE = RecordSpec(
    "certificate",
    (Field("number", TEXT, True), Field("date", DATE)),
)
PARTICIPANT = RecordSpec(
    "participant",
    (
        Field("librarian", REF, True),
        Field("state", CHOICE, True, choices=vocab.PARTICIPANT_STATES),
        Field("date", DATE),
        Field("attended", DATES),
        Field("score", NUMBER, minimum=-MAX_SCORE, maximum=MAX_SCORE),
        Field("rating", NUMBER, minimum=-MAX_SCORE, maximum=MAX_SCORE),
        Field("certificate", RECORD, record=CERTIFICATE),
    ),
)
PREREQUISITES = RecordSpec(
    "prerequisites",
    (Field("levels", LEVELS, minimum=0, maximum=MAX_LEVEL), Field("trainings", REFS)),
)
TRAINING = RecordSpec(
    "training",
    (
        Field("id", ID, True),
        Field("title", TEXT, True),
        Field("type", CHOICE, True, choices=vocab.ACTIVITY_TYPES),
        Field("mode", CHOICE, choices=vocab.MODES),
        Field("provider", TEXT),
        Field("partner", TEXT),
        Field("partner_kind", CHOICE, choices=vocab.PARTNER_KINDS),
        Field("start", DATE, True),
        Field("end", DATE),
        Field("jp", NUMBER, minimum=0, maximum=vocab.MAX_JP),
        Field("minutes", INT, minimum=0, maximum=MAX_MINUTES),
        Field("capacity", INT, minimum=0, maximum=vocab.MAX_CAPACITY),
        Field("cost", NUMBER, minimum=0, maximum=MAX_AMOUNT),
        Field("status", CHOICE, choices=vocab.TRAINING_STATUSES),
        Field("develops", LEVELS, minimum=0, maximum=MAX_LEVEL),
        Field("prerequisites", RECORD, record=PREREQUISITES),
        Field("indicators", RECORDS, record=INDICATOR),
        Field("participants", RECORDS, record=PARTICIPANT),
        Field("notes", TEXT),
        Field("budget_source", CHOICE, choices=vocab.BUDGET_SOURCES),
        Field("actual_cost", NUMBER, minimum=0, maximum=MAX_AMOUNT),
    ),
)
# One indicator of an SKP: its target and result (domain/performance.py).
SKP_INDICATOR = RecordSpec(
    "skp-indicator",
    (
        Field("text", TEXT, True),
        Field("target", NUMBER, minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT),
        Field("result", NUMBER, minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT),
        Field("unit", TEXT),
    ),
)
EVALUATION = RecordSpec(
    "evaluation",
    (
        Field("librarian", REF, True),
        Field("kind", CHOICE, True, choices=vocab.EVALUATION_KINDS),
        Field("date", DATE),
        Field("by", TEXT),
        Field("levels", LEVELS, minimum=0, maximum=MAX_LEVEL),
        Field("results", RESULTS, choices=vocab.RESULTS),
        Field("certificate", TEXT),
        Field("expires", DATE),
        Field("year", INT, minimum=1950, maximum=2100),
        Field("predicate", CHOICE, choices=vocab.PREDICATES),
        Field("notes", TEXT),
        Field("indicators", RECORDS, record=SKP_INDICATOR),
        Field("scheme", TEXT),
    ),
)
FEEDBACK = RecordSpec(
    "feedback",
    (
        Field("id", ID, True),
        Field("date", DATE, True),
        Field("library", REF),
        Field("service", TEXT),
        Field("librarian", REF),
        Field("method", CHOICE, choices=vocab.FEEDBACK_METHODS),
        Field("respondents", INT, minimum=0, maximum=vocab.MAX_RESPONDENTS),
        Field("score", NUMBER, True, minimum=0, maximum=MAX_SCORE),
        Field("comments", TEXT),
    ),
)
SESSION = RecordSpec(
    "session",
    (
        Field("date", DATE, True),
        Field("minutes", INT, minimum=0, maximum=24 * 60),
        Field("notes", TEXT),
    ),
)
MENTORING = RecordSpec(
    "mentoring",
    (
        Field("id", ID, True),
        Field("mentor", REF, True),
        Field("mentee", REF, True),
        Field("competencies", IDS),
        Field("start", DATE, True),
        Field("end", DATE),
        Field("sessions", RECORDS, record=SESSION),
    ),
)
# A course taken outside the programme (domain/learning.py): one librarian's activity.
LEARNING = RecordSpec(
    "learning",
    (
        Field("id", ID, True),
        Field("librarian", REF, True),
        Field("title", TEXT, True),
        Field("type", CHOICE, True, choices=vocab.ACTIVITY_TYPES),
        Field("provider", TEXT),
        Field("start", DATE, True),
        Field("end", DATE),
        Field("jp", NUMBER, minimum=0, maximum=vocab.MAX_JP),
        Field("minutes", INT, minimum=0, maximum=MAX_MINUTES),
        Field("state", CHOICE, choices=vocab.LEARNING_STATES),
        Field("score", NUMBER, minimum=-MAX_SCORE, maximum=MAX_SCORE),
        Field("develops", LEVELS, minimum=0, maximum=MAX_LEVEL),
        Field("certificate", RECORD, record=CERTIFICATE),
        Field("notes", TEXT),
    ),
)

# Money for the programme: one year, one source (domain/budget.py).
BUDGET = RecordSpec(
    "budget",
    (
        Field("year", INT, True, minimum=1950, maximum=2100),
        Field("source", CHOICE, True, choices=vocab.BUDGET_SOURCES),
        Field("amount", NUMBER, True, minimum=0, maximum=MAX_AMOUNT),
        Field("reference", TEXT),
        Field("notes", TEXT),
    ),
)


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of record file: its name, the top-level keys it may hold, and their specs."""

    name: str
    lists: tuple[tuple[str, RecordSpec], ...]
    folder: bool = True


FRAMEWORK_KIND = Kind(
    "framework",
    (("scale", SCALE_LEVEL), ("key_functions", KEY_FUNCTION), ("competencies", COMPETENCY)),
    folder=False,
)
PROFILES_KIND = Kind("profiles", (("profiles", PROFILE),), folder=False)
RECORD_KINDS = (
    Kind("librarians", (("librarians", LIBRARIAN),)),
    Kind("trainings", (("trainings", TRAINING),)),
    Kind("evaluations", (("evaluations", EVALUATION),)),
    Kind("feedback", (("feedback", FEEDBACK),)),
    Kind("mentoring", (("mentoring", MENTORING),)),
    Kind("budgets", (("budgets", BUDGET),)),
    Kind("learning", (("learning", LEARNING),)),
)
KINDS = (FRAMEWORK_KIND, PROFILES_KIND, *RECORD_KINDS)


# --- builders -------------------------------------------------------------------------

T = TypeVar("T")


def build_settings(raw: Raw | None, path: str) -> Settings:
    if raw is None:
        return Settings(organisation="", src=Located(Loc(path)))
    v = raw.values
    jp: Raw | None = v.get("jp")
    levels: Raw | None = v.get("levels")
    fb: Raw | None = v.get("feedback")
    mentoring: Raw | None = v.get("mentoring")
    defaults = Settings(organisation="", src=raw.src)
    return Settings(
        organisation=v.get("organisation", ""),
        src=raw.src,
        language=v.get("language"),
        currency=v.get("currency", defaults.currency),
        paper=v.get("paper", defaults.paper),
        libraries=tuple(
            Library(r.values["id"], r.values["name"], r.src) for r in v.get("libraries", ())
        ),
        minutes_per_jp=jp.get("minutes_per_jp", defaults.minutes_per_jp)
        if jp
        else defaults.minutes_per_jp,
        jp_rules=_jp_rules(jp.get("targets")) if jp and jp.src.has("targets") else None,
        jp_requires_pass=jp.get("requires_pass", defaults.jp_requires_pass)
        if jp
        else defaults.jp_requires_pass,
        levels=_level_rule(levels),
        feedback_scale_max=fb.get("scale_max", defaults.feedback_scale_max) if fb else 4,
        max_mentees=mentoring.get("max_mentees", defaults.max_mentees)
        if mentoring
        else defaults.max_mentees,
        code=v.get("code"),
    )


def _jp_rules(targets: tuple[tuple[str, Raw, Loc], ...] | None) -> tuple[JpRule, ...]:
    return tuple(
        JpRule(
            employment,
            minimum=raw.get("min"),
            maximum=raw.get("max"),
            year=raw.get("year", "calendar"),
            loc=loc,
        )
        for employment, raw, loc in targets or ()
    )


def _level_rule(raw: Raw | None) -> LevelRule:
    if raw is None:
        return LevelRule()
    d = LevelRule()
    v = raw.values
    return LevelRule(
        combine=v.get("combine", d.combine),
        priority=v.get("priority", d.priority),
        sources=v.get("sources", d.sources),
        valid_months=v.get("valid_months", d.valid_months),
        kompeten_level=v.get("kompeten_level", d.kompeten_level),
        pass_score=v.get("pass_score", d.pass_score),
        require_post_test=v.get("require_post_test", d.require_post_test),
        unknown_is_zero=v.get("unknown_is_zero", d.unknown_is_zero),
        proficient_level=v.get("proficient_level", d.proficient_level),
        expert_level=v.get("expert_level", d.expert_level),
    )


def build_framework(lists: dict[str, list[Raw]]) -> Framework:
    return Framework(
        scale=tuple(
            ScaleLevel(
                r.values["level"],
                r.values["name"],
                r.values.get("description", r.values["name"]),
                r.src,
            )
            for r in lists.get("scale", ())
        ),
        key_functions=tuple(_made(KeyFunction, r) for r in lists.get("key_functions", ())),
        competencies=tuple(_competency(r) for r in lists.get("competencies", ())),
    )


def _competency(r: Raw) -> Competency:
    return _made(Competency, r)


# Most records are their spec's fields under the same names (a test holds the specs and
# the model to it): a raw record becomes a model record by name, the model's defaults
# filling what was not written. Only what differs is spelt out below.


def _made(cls: Callable[..., T], raw: Raw, **given: Any) -> T:
    """``cls`` from a raw record: each value read under its field's name, plus ``given``."""
    return cls(src=raw.src, **(raw.values | given if given else raw.values))


def build_profile(r: Raw) -> Profile:
    return _made(Profile, r)


def build_librarian(r: Raw) -> Librarian:
    written: tuple[Raw, ...] = r.values.get("history", ())
    if not written:
        return _made(Librarian, r, nip_quoted="nip" in r.quoted, history=())
    v = r.values
    # The flat fields are the first period, since ``started`` (domain/careers.py).
    since = Career(None, r.src, v.get("grade"), v.get("employment"), v.get("library"))
    changes = tuple(
        Career(
            c.values["from"],
            c.src,
            c.values.get("grade"),
            c.values.get("employment"),
            c.values.get("library"),
            c.values.get("credit"),
        )
        for c in written
        if c.values.get("from") is not None  # without it: a problem, and no change
    )
    return _made(Librarian, r, nip_quoted="nip" in r.quoted, history=(since, *changes))


def build_training(r: Raw) -> Training:
    values = dict(r.values)
    # The model keeps the prerequisites' two lists side by side, and nested records built.
    prereq: Raw | None = values.pop("prerequisites", None)
    if prereq is not None:
        values["prerequisite_levels"] = prereq.get("levels", ())
        values["prerequisite_trainings"] = prereq.get("trainings", ())
    if "indicators" in values:
        values["indicators"] = tuple(_made(Indicator, i) for i in values["indicators"])
    if "participants" in values:
        values["participants"] = tuple(_participant(p) for p in values["participants"])
    return Training(src=r.src, **values)


def _participant(r: Raw) -> Participant:
    if "certificate" in r.values:
        return _made(Participant, r, certificate=_certificate(r.values["certificate"]))
    return _made(Participant, r)


def _certificate(r: Raw) -> Certificate:
    return _made(Certificate, r)


def build_evaluation(r: Raw) -> Evaluation:
    if "indicators" in r.values:
        found = tuple(_made(SkpIndicator, i) for i in r.values["indicators"])
        return _made(Evaluation, r, indicators=found)
    return _made(Evaluation, r)


def build_learning(r: Raw) -> Learning:
    if "certificate" in r.values:
        return _made(Learning, r, certificate=_certificate(r.values["certificate"]))
    return _made(Learning, r)


def build_feedback(r: Raw) -> Feedback:
    return _made(Feedback, r)


def build_mentoring(r: Raw) -> Mentoring:
    sessions = tuple(_made(Session, s) for s in r.values.get("sessions", ()))
    return _made(Mentoring, r, sessions=sessions)


def build_budget(r: Raw) -> Budget:
    return _made(Budget, r)

"""The records of a pustaka data folder, as frozen values.

The store builds these from YAML; everything else only reads them. Each record keeps
where it was written (``loc``) and where each of its fields was (``where(name)``), so a
problem found later can point at the exact line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pustaka_cli.problems import Loc


@dataclass(frozen=True, slots=True)
class Names:
    """A name in both languages."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True, slots=True)
class Located:
    """The source location of a record and of each of its fields."""

    loc: Loc
    fields: tuple[tuple[str, Loc], ...] = ()

    def has(self, name: str) -> bool:
        """Whether the field was written (even with a value that turned out wrong)."""
        return any(key == name for key, _ in self.fields)

    def of(self, name: str) -> Loc:
        for key, loc in self.fields:
            if key == name:
                return loc
        return self.loc


# --- settings -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Library:
    id: str
    name: str
    src: Located


@dataclass(frozen=True, slots=True)
class LevelRule:
    """How dated evidence becomes a level (README: "How levels are computed")."""

    combine: str = "latest"
    priority: tuple[str, ...] = ("lsp", "uji-kompetensi", "supervisor", "training", "peer", "self")
    sources: tuple[str, ...] = ("lsp", "uji-kompetensi", "supervisor", "peer", "training")
    valid_months: tuple[tuple[str, int], ...] = (
        ("supervisor", 36),
        ("peer", 24),
        ("self", 12),
        ("training", 36),
        ("uji-kompetensi", 60),
    )
    kompeten_level: int = 3
    pass_score: float = 70
    require_post_test: bool = True
    unknown_is_zero: bool = False
    proficient_level: int = 3
    expert_level: int = 4

    def months_valid(self, kind: str) -> int | None:
        for name, months in self.valid_months:
            if name == kind:
                return months
        return None


@dataclass(frozen=True, slots=True)
class JpRule:
    """The JP an employment type has in a year: at least ``minimum`` and/or at most
    ``maximum`` (README: "How JP is counted").

    ``year``: ``calendar`` (January to December) or ``contract`` (the year of the work
    contract, from the librarian's ``contract_start``).
    """

    employment: str
    minimum: int | None = None
    maximum: int | None = None
    year: str = "calendar"
    loc: Loc = field(default_factory=lambda: Loc(""))


@dataclass(frozen=True, slots=True)
class Settings:
    organisation: str
    src: Located
    language: str | None = None
    currency: str = "IDR"
    paper: str = "a4"  # printed reports: a4 | f4 | letter
    libraries: tuple[Library, ...] = ()
    minutes_per_jp: int = 45
    # None: no jp.targets written; the law's rules apply (domain/hours.py, DEFAULT_RULES).
    jp_rules: tuple[JpRule, ...] | None = None
    # JP are for attending: a completion below levels.pass_score earns them (and no level)
    # unless this is true. None: not written in pustaka.yaml (read as False; check asks
    # for the rule to be stated where such a completion exists).
    jp_requires_pass: bool | None = None
    levels: LevelRule = field(default_factory=LevelRule)
    feedback_scale_max: int = 4
    max_mentees: int = 3  # mentees one mentor guides at most (recommend --mentors)
    code: str | None = None  # the folder's short name, for several folders (store/namespace.py)


# --- framework and profiles -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    level: int
    name: Names
    description: Names
    src: Located


@dataclass(frozen=True, slots=True)
class KeyFunction:
    id: str
    name: Names
    src: Located


@dataclass(frozen=True, slots=True)
class Competency:
    id: str
    group: str
    name: Names
    src: Located
    key_function: str | None = None
    skkni_ref: str | None = None
    weight: float = 1.0
    holders: int | None = None


@dataclass(frozen=True, slots=True)
class Framework:
    scale: tuple[ScaleLevel, ...]
    key_functions: tuple[KeyFunction, ...]
    competencies: tuple[Competency, ...]

    @property
    def max_level(self) -> int:
        return max((s.level for s in self.scale), default=4)


@dataclass(frozen=True, slots=True)
class LevelRef:
    """A competency with a level: a requirement, a rating, or an activity's aim."""

    competency: str
    level: int
    loc: Loc


@dataclass(frozen=True, slots=True)
class Profile:
    grade: str
    name: Names
    src: Located
    track: str = "keahlian"
    rank: int = 0
    coefficient: float | None = None
    aliases: tuple[str, ...] = ()
    requires: tuple[LevelRef, ...] = ()
    # Angka kredit needed for the next rank (pangkat) within this grade and for the next
    # grade (jenjang); None: the regulation's default (domain/promotion.py).
    credit_rank: float | None = None
    credit_grade: float | None = None

    def required(self, competency: str) -> int:
        for ref in self.requires:
            if ref.competency == competency:
                return ref.level
        return 0


# --- people ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Career:
    """One dated change in a librarian's ``history``: from ``day`` on, what it names.

    The flat fields of the librarian are held since ``started``; the store puts them first
    in the history as the entry with ``day`` None (domain/careers.py reads it).
    """

    day: dt.date | None
    src: Located
    grade: str | None = None
    employment: str | None = None
    library: str | None = None
    credit: float | None = None  # angka kredit brought into the grade on that day


@dataclass(frozen=True, slots=True)
class Librarian:
    id: str
    name: str
    src: Located
    library: str | None = None
    grade: str | None = None
    employment: str | None = None
    nip: str | None = None
    nip_quoted: bool = True
    started: dt.date | None = None
    contract_start: dt.date | None = None  # PPPK: the start of the work contract
    status: str = "active"
    left: dt.date | None = None
    mentor: str | None = None
    target_grade: str | None = None
    email: str | None = None
    # Written: the flat fields as the first entry (day None), then each change in the order
    # written. Not written: empty, the flat fields hold throughout (domain/careers.py).
    history: tuple[Career, ...] = ()

    @property
    def active(self) -> bool:
        return self.status == "active"


# --- trainings and other development activities ---------------------------------------


@dataclass(frozen=True, slots=True)
class Indicator:
    text: Names
    target: float
    src: Located
    achieved: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Certificate:
    """A certificate of completion (STTPP) as written: ``certificate: {number, date}``."""

    number: str
    src: Located
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    librarian: str
    state: str
    src: Located
    date: dt.date | None = None
    attended: tuple[dt.date, ...] = ()
    score: float | None = None
    rating: float | None = None
    certificate: Certificate | None = None


@dataclass(frozen=True, slots=True)
class Training:
    id: str
    title: str
    type: str
    start: dt.date
    src: Located
    end: dt.date | None = None
    mode: str | None = None
    provider: str | None = None
    partner: str | None = None
    partner_kind: str | None = None
    jp: float | None = None
    minutes: int | None = None
    capacity: int | None = None
    cost: float | None = None
    status: str | None = None
    develops: tuple[LevelRef, ...] = ()
    prerequisite_levels: tuple[LevelRef, ...] = ()
    prerequisite_trainings: tuple[tuple[str, Loc], ...] = ()
    indicators: tuple[Indicator, ...] = ()
    participants: tuple[Participant, ...] = ()
    notes: str | None = None
    budget_source: str | None = None  # which budget pays for it (vocab.BUDGET_SOURCES)
    actual_cost: float | None = None  # what it really cost once held (realisasi)

    @property
    def last_day(self) -> dt.date:
        return self.end or self.start


# --- evaluations, feedback, mentoring -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """An LSP or uji kompetensi outcome for one competency."""

    competency: str
    kompeten: bool
    loc: Loc


@dataclass(frozen=True, slots=True)
class SkpIndicator:
    """One indicator of an SKP: what was promised (``target``) and achieved (``result``)."""

    text: str
    src: Located
    target: float | None = None
    result: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Evaluation:
    librarian: str
    kind: str
    src: Located
    date: dt.date | None = None
    by: str | None = None
    levels: tuple[LevelRef, ...] = ()
    results: tuple[Result, ...] = ()
    certificate: str | None = None
    expires: dt.date | None = None
    year: int | None = None
    predicate: str | None = None
    notes: str | None = None
    indicators: tuple[SkpIndicator, ...] = ()  # skp: the indicators' targets and results
    scheme: str | None = None  # lsp: the certification scheme (skema sertifikasi)


@dataclass(frozen=True, slots=True)
class Feedback:
    id: str
    date: dt.date
    score: float
    src: Located
    library: str | None = None
    service: str | None = None
    librarian: str | None = None
    method: str | None = None
    respondents: int | None = None
    comments: str | None = None


@dataclass(frozen=True, slots=True)
class Session:
    date: dt.date
    src: Located
    minutes: int | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Mentoring:
    id: str
    mentor: str
    mentee: str
    start: dt.date
    src: Located
    competencies: tuple[tuple[str, Loc], ...] = ()
    end: dt.date | None = None
    sessions: tuple[Session, ...] = ()


# --- budgets --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Budget:
    """Money allocated to the programme for one year from one source (domain/budget.py)."""

    year: int
    source: str  # vocab.BUDGET_SOURCES
    amount: float
    src: Located
    reference: str | None = None  # the budget document: "DPA-SKPD 2026", "DPA-P 2026"...
    notes: str | None = None


# --- learning outside the programme ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Learning:
    """A course one librarian took outside the programme (Latsar CPNS, a Perpusnas
    e-learning course, a university course, a provincial bimtek): an activity of one
    participant, counted by the same rules (domain/learning.py)."""

    id: str
    librarian: str
    title: str
    type: str
    start: dt.date
    src: Located
    end: dt.date | None = None
    provider: str | None = None
    jp: float | None = None
    minutes: int | None = None
    state: str = "completed"  # completed | attended | failed
    score: float | None = None
    develops: tuple[LevelRef, ...] = ()
    certificate: Certificate | None = None
    notes: str | None = None

    @property
    def last_day(self) -> dt.date:
        return self.end or self.start


# --- the whole folder -----------------------------------------------------------------


CITY_SEPARATOR = "/"
"""Between a folder's code and an id when several folders are read: ``bukittinggi/pusat``
(the rule: store/namespace.py)."""


def city_code(ref: str) -> str:
    """The folder code of a qualified id (``bukittinggi/pusat`` -> ``bukittinggi``), else ''."""
    head, sep, _ = ref.partition(CITY_SEPARATOR)
    return head if sep else ""


@dataclass(frozen=True, slots=True)
class City:
    """One of several data folders read together: its code (the namespace of its ids,
    store/namespace.py), its organisation, and the competencies its framework defines."""

    code: str
    organisation: str
    competencies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Dataset:
    """Every record of one data folder (or of several, combined)."""

    settings: Settings
    framework: Framework
    profiles: tuple[Profile, ...]
    librarians: tuple[Librarian, ...] = ()
    trainings: tuple[Training, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    mentoring: tuple[Mentoring, ...] = ()
    budgets: tuple[Budget, ...] = ()
    learning: tuple[Learning, ...] = ()
    # The folders read together, in order (empty: one folder, its ids as written).
    cities: tuple[City, ...] = ()

    def organisation_of(self, ref: str) -> str:
        """The organisation a record of id ``ref`` belongs to: its city's when several
        folders are read together (``ref`` qualified), else the folder's."""
        code = city_code(ref)
        for city in self.cities:
            if city.code == code:
                return city.organisation
        return self.settings.organisation

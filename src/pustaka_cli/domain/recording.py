"""New records from the command line or a spreadsheet: checked here, written by the store.

Pure: the dataset and today's date come in; a new record comes out as a mapping of field
name to value in the order it should be written, or a ``PustakaError`` saying why not.
The same functions check one record from ``pustaka evaluate`` and each row of
``pustaka import``, so a spreadsheet row is refused for exactly the reasons a command is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pustaka_cli import vocab
from pustaka_cli.controls import code, first_control, spelt
from pustaka_cli.dates import NotADate, read_date
from pustaka_cli.domain.enrollment import librarian as find_librarian
from pustaka_cli.domain.index import Index
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset
from pustaka_cli.numbers import NotANumber, read_number
from pustaka_cli.problems import suggest
from pustaka_cli.vocab import ID_PATTERN

Record = dict[str, Any]


# --- values ----------------------------------------------------------------------------


def a_date(text: str, name: str) -> dt.date:
    """A date as every reader takes it (``dates``: ``YYYY-MM-DD`` only)."""
    try:
        return read_date(text)
    except NotADate:
        raise PustakaError("error.value-date", field=name, value=text) from None


def a_number(text: str, name: str, low: float, high: float) -> float:
    """A number as Indonesians write it (``72,5``, ``10.000.000``: see ``numbers``)."""
    try:
        number = read_number(text)
    except NotANumber as err:
        key = "error.value-ambiguous" if err.reason == "ambiguous" else "error.value-number"
        raise PustakaError(key, field=name, value=_shown(text)) from None
    # thousands of digits read as infinity: out of any range below
    if not low <= number <= high:
        raise PustakaError(
            "error.value-range", field=name, value=_shown(text), low=_fmt(low), high=_fmt(high)
        )
    return int(number) if number.is_integer() else number


def an_id(text: str, name: str) -> str:
    """A new record's id, exactly as typed: ``" sari-w"`` is refused, never trimmed."""
    if not ID_PATTERN.match(text):
        raise PustakaError("error.value-id", field=name, value=text)
    return text


def exact(text: str | None, name: str) -> str | None:
    """A value typed for a record, kept exactly as typed, or refused naming its field.

    None is a value not given. A blank value, one that starts or ends with any kind of
    space (U+3000, U+2029, a vertical tab...) or one holding a control character is
    refused: trimming or dropping it would change what the person typed without a word.

    >>> exact("Catatan rapat", "notes")
    'Catatan rapat'
    >>> exact("\\u2029test\\u2029", "id")
    Traceback (most recent call last):
    pustaka_cli.errors.PustakaError: error.value-padded
    """
    if text is None:
        return None
    if not text.strip():
        raise PustakaError("error.value-blank", field=name)
    if text != text.strip():
        edge = text[0] if text[0] != text.lstrip()[0] else text[-1]
        raise PustakaError("error.value-padded", field=name, value=spelt(text), char=code(edge))
    ch = first_control(text)
    if ch is not None:
        raise PustakaError("error.value-control", field=name, value=text, char=code(ch))
    return text


def given(fields: Mapping[str, str | None], name: str) -> str | None:
    """``exact`` of one of ``fields`` (absent or None: not given)."""
    return exact(fields.get(name), name)


def a_choice(text: str, name: str, choices: Sequence[str]) -> str:
    value = text.strip().lower()
    if value not in choices:
        raise PustakaError("error.value-choice", field=name, value=text, choices=", ".join(choices))
    return value


def _shown(text: str) -> str:
    """A value as a refusal echoes it: at most 40 characters."""
    return text if len(text) <= 40 else text[:37] + "..."


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def not_after_today(day: dt.date, today: dt.date) -> None:
    if day > today:
        raise PustakaError("error.date-in-future", date=day, today=today)


def _competency(data: Dataset, ix: Index, text: str) -> str:
    comp = text.strip()
    if comp not in ix.competencies:
        close = suggest(comp, sorted(ix.competencies))
        if close:
            raise PustakaError("error.unknown-competency-suggest", id=comp, suggestion=close)
        raise PustakaError("error.unknown-competency", id=comp)
    return comp


# --- evaluations -----------------------------------------------------------------------


def evaluation(
    data: Dataset,
    librarian_id: str,
    kind: str,
    ratings: Sequence[tuple[str, str]],
    day: dt.date,
    today: dt.date,
    by: str | None = None,
    expires: dt.date | None = None,
) -> Record:
    """An assessment (levels) or a test result (kompeten / belum-kompeten) for one librarian;
    a test result may say when it ``expires`` (an LSP certificate's end date).

    >>> evaluation(data, "sari-w", "supervisor", [("katalogisasi", "3")], day, today)
    {'librarian': 'sari-w', 'kind': 'supervisor', 'date': ..., 'levels': {'katalogisasi': 3}}
    """
    who = find_librarian(data, librarian_id)
    by = exact(by, "by")
    kind = a_choice(kind, "assessor", (*vocab.ASSESSMENT_KINDS, *vocab.RESULT_KINDS))
    not_after_today(day, today)
    if who.started is not None and day < who.started:
        raise PustakaError("error.before-start", librarian=who.id, date=day, started=who.started)
    if not ratings:
        raise PustakaError("error.no-ratings")
    ix = Index.of(data)
    top = data.framework.max_level
    values: dict[str, Any] = {}
    for comp_text, value_text in ratings:
        comp = _competency(data, ix, comp_text)
        if comp in values:
            raise PustakaError("error.rated-twice", competency=comp)
        if kind in vocab.RESULT_KINDS:
            values[comp] = a_choice(value_text, comp, vocab.RESULTS)
        else:
            level = a_number(value_text, comp, 0, top)
            if not isinstance(level, int):
                raise PustakaError("error.value-number", field=comp, value=value_text)
            values[comp] = level
    for e in data.evaluations:
        if (e.librarian, e.kind, e.date, e.by) == (who.id, kind, day, by):
            raise PustakaError("error.already-recorded", librarian=who.id, kind=kind, date=day)
    if expires is not None and kind not in vocab.RESULT_KINDS:
        raise PustakaError("error.expires-not-a-result", kind=kind)
    if expires is not None and expires <= day:
        raise PustakaError("error.expires-before-date", expires=expires, date=day)
    record: Record = {"librarian": who.id, "kind": kind, "date": day}
    if by is not None:
        record["by"] = by
    if expires is not None:
        record["expires"] = expires
    record["results" if kind in vocab.RESULT_KINDS else "levels"] = values
    return record


# --- user feedback ---------------------------------------------------------------------


def feedback(
    data: Dataset,
    fields: Mapping[str, str | None],
    today: dt.date,
) -> Record:
    """A user-feedback result: ``date`` and ``score`` required; an id is made if none given
    (a value given blank is refused, see ``exact``: never replaced by a made one)."""
    day = a_date(fields.get("date", "") or "", "date")
    not_after_today(day, today)
    top = data.settings.feedback_scale_max
    score = a_number(fields.get("score", "") or "", "score", 1, top)
    record: Record = {}
    given_id = given(fields, "id")
    library = given(fields, "library")
    service = given(fields, "service")
    taken = {f.id for f in data.feedback}
    if given_id is not None:
        fid = an_id(given_id, "id")
        if fid in taken:
            raise PustakaError("error.duplicate-id", id=fid)
    else:
        base = "-".join(x for x in ("ikm", day.isoformat(), library, service) if x)
        fid = unique_id(re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-"), taken)
    record["id"] = fid
    record["date"] = day
    if library:
        known = {lib.id for lib in data.settings.libraries}
        if known and library not in known:
            raise PustakaError("error.unknown-library", id=library)
        record["library"] = library
    if service:
        record["service"] = service
    who = given(fields, "librarian")
    if who is not None:
        record["librarian"] = find_librarian(data, who).id
    method = given(fields, "method")
    if method is not None:
        record["method"] = a_choice(method, "method", vocab.FEEDBACK_METHODS)
    respondents = given(fields, "respondents")
    if respondents is not None:
        count = a_number(respondents, "respondents", 0, vocab.MAX_RESPONDENTS)
        if not isinstance(count, int):
            raise PustakaError("error.value-number", field="respondents", value=respondents)
        record["respondents"] = count
    record["score"] = score
    comments = given(fields, "comments")
    if comments is not None:
        record["comments"] = comments
    return record


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- mentoring -------------------------------------------------------------------------


def mentoring(
    data: Dataset,
    mentor_id: str,
    mentee_id: str,
    competencies: Sequence[str],
    start: dt.date,
    today: dt.date,
) -> Record:
    """A new mentoring pair; refused for self-mentoring, an inactive person, a pair that
    already runs, a cycle (the mentee already mentors the mentor, directly or through
    others), a mentor below ``levels.expert_level`` in a competency named (the level on the
    start date; DOMAIN.md §5: level 4 "mentors others"), or a mentor who already guides
    ``mentoring.max_mentees`` people on that day."""
    mentor = find_librarian(data, mentor_id)
    mentee = find_librarian(data, mentee_id)
    if mentor.id == mentee.id:
        raise PustakaError("error.self-mentoring", librarian=mentor.id)
    for who in (mentor, mentee):
        if not who.active:
            raise PustakaError("error.librarian-left", librarian=who.id, left=who.left or "")
    not_after_today(start, today)
    for m in data.mentoring:
        if (m.mentor, m.mentee) == (mentor.id, mentee.id) and (m.end is None or m.end >= start):
            raise PustakaError(
                "error.mentoring-exists", mentor=mentor.id, mentee=mentee.id, id=m.id
            )
    ix = Index.of(data)
    comps = [_competency(data, ix, c) for c in competencies]
    _may_mentor(data, mentor.id, mentee.id, comps, start)
    base = f"m-{start.year}-{mentee.id}"
    record: Record = {
        "id": unique_id(base, {m.id for m in data.mentoring}),
        "mentor": mentor.id,
        "mentee": mentee.id,
    }
    if comps:
        record["competencies"] = tuple(comps)
    record["start"] = start
    return record


def _may_mentor(
    data: Dataset, mentor: str, mentee: str, competencies: Sequence[str], day: dt.date
) -> None:
    from pustaka_cli.domain.levels import Assessor
    from pustaka_cli.domain.recommend import current_pairs

    running = current_pairs(data, day)
    mentees: dict[str, set[str]] = {}
    for pair in running:
        mentees.setdefault(pair.mentor, set()).add(pair.mentee)
    todo, seen = [mentee], set()
    while todo:  # who the mentee guides, directly or through others
        who = todo.pop()
        if who == mentor:
            raise PustakaError("error.mentoring-cycle", mentor=mentor, mentee=mentee)
        if who not in seen:
            seen.add(who)
            todo.extend(sorted(mentees.get(who, ())))
    expert = data.settings.levels.expert_level
    assessor = Assessor.of(data)
    for comp in competencies:
        has = assessor.level(mentor, comp, day).level
        if has is None or has < expert:
            raise PustakaError(
                "error.mentor-not-expert",
                mentor=mentor,
                competency=comp,
                level="?" if has is None else has,
                expert=expert,
            )
    guided = mentees.get(mentor, set()) - {mentee}
    if len(guided) >= data.settings.max_mentees:
        raise PustakaError(
            "error.mentor-full",
            mentor=mentor,
            count=len(guided),
            most=data.settings.max_mentees,
            mentees=", ".join(sorted(guided)),
        )


def session(
    data: Dataset,
    mentoring_id: str,
    day: dt.date,
    minutes: int | None,
    notes: str | None,
    today: dt.date,
) -> Record:
    """A mentoring session, on a pair that exists and had started by then."""
    pair = next((m for m in data.mentoring if m.id == mentoring_id), None)
    if pair is None:
        known = sorted(m.id for m in data.mentoring)
        close = suggest(mentoring_id, known)
        if close:
            raise PustakaError("error.unknown-mentoring-suggest", id=mentoring_id, suggestion=close)
        raise PustakaError("error.unknown-mentoring", id=mentoring_id)
    not_after_today(day, today)
    if day < pair.start or (pair.end is not None and day > pair.end):
        raise PustakaError(
            "error.session-outside", id=pair.id, date=day, start=pair.start, end=pair.end or "…"
        )
    record: Record = {"date": day}
    if minutes is not None:
        if not 0 < minutes <= 24 * 60:
            raise PustakaError(
                "error.value-range", field="minutes", value=minutes, low=1, high=24 * 60
            )
        record["minutes"] = minutes
    notes = exact(notes, "notes")
    if notes is not None:
        record["notes"] = notes
    return record


# --- librarians and activities ---------------------------------------------------------

LIBRARIAN_FIELDS = ("id", "name", "nip", "library", "grade", "employment", "started")
TRAINING_FIELDS = (
    "id",
    "title",
    "type",
    "mode",
    "provider",
    "start",
    "end",
    "jp",
    "capacity",
    "cost",
    "develops",
    "prerequisites",
    "requires",
    "indicators",
)


def librarian_value(data: Dataset, name: str, text: str) -> Any:
    """One field of a new librarian, checked: the value to write, or a refusal naming it.
    ``pustaka add librarian`` asks again on a refusal, field by field. The value is kept
    exactly as typed (``exact``): padded or blank is refused, never trimmed."""
    value = _exactly(text, name)
    ix = Index.of(data)
    if name == "id":
        lid = an_id(value, "id")
        if lid in ix.librarians:
            raise PustakaError("error.duplicate-id", id=lid)
        return lid
    if name == "name":
        return _required({"name": value}, "name")
    if name == "nip":
        if not re.fullmatch(r"[0-9 ]+", value):
            raise PustakaError("error.value-nip", value=value)
        return value
    if name == "library":
        known = {lib.id for lib in data.settings.libraries}
        if known and value not in known:
            raise PustakaError("error.unknown-library", id=value)
        return an_id(value, "library")
    if name == "grade":
        found = ix.grade(value)
        if found is None:
            raise PustakaError("error.unknown-grade", value=value)
        return found
    if name == "employment":
        return a_choice(value, "employment", vocab.EMPLOYMENT_TYPES)
    if name == "started":
        return a_date(value, "started")
    raise ValueError(name)


def new_librarian(data: Dataset, fields: Mapping[str, str | None]) -> Record:
    """A librarian with at least an id and a name; the rest is checked where given (every
    value as typed, see ``exact``)."""
    record: Record = {
        "id": librarian_value(data, "id", _required(fields, "id")),
        "name": librarian_value(data, "name", _required(fields, "name")),
    }
    for name in LIBRARIAN_FIELDS[2:]:
        text = given(fields, name)
        if text is not None:
            record[name] = librarian_value(data, name, text)
    return record


def training_value(data: Dataset, name: str, text: str, start: dt.date | None = None) -> Any:
    """One field of a new activity, checked (``end`` against ``start`` when known), exactly
    as typed (``exact``)."""
    value = _exactly(text, name)
    ix = Index.of(data)
    top = data.framework.max_level
    if name == "id":
        tid = an_id(value, "id")
        if tid in ix.trainings:
            raise PustakaError("error.duplicate-id", id=tid)
        return tid
    if name in ("title", "provider"):
        return _required({name: value}, name)
    if name == "type":
        return a_choice(value, "type", vocab.ACTIVITY_TYPES)
    if name == "mode":
        return a_choice(value, "mode", vocab.MODES)
    if name == "start":
        return a_date(value, "start")
    if name == "end":
        last = a_date(value, "end")
        if start is not None and last < start:
            raise PustakaError("error.end-before-start", start=start, end=last)
        return last
    if name == "jp":
        return a_number(value, "jp", 0, vocab.MAX_JP)
    if name == "capacity":
        seats = a_number(value, "capacity", 0, vocab.MAX_CAPACITY)
        if not isinstance(seats, int):
            raise PustakaError("error.value-whole", field="capacity", value=value)
        return seats
    if name == "cost":
        money = value if value.lower().startswith(("rp", "idr")) else "Rp " + value
        return a_number(money, "cost", 0, 10**13)
    if name in ("develops", "prerequisites"):
        return competency_levels(data, value, name, top)
    if name == "requires":
        ids = []
        for one in (x.strip() for x in value.split(",") if x.strip()):
            found = ix.trainings.get(one)
            if found is None:
                raise PustakaError("error.unknown-training", id=one)
            ids.append(found.id)
        return tuple(ids)
    if name == "indicators":
        return tuple(an_indicator(x) for x in value.split("\n") if x.strip())
    raise ValueError(name)


def new_training(data: Dataset, fields: Mapping[str, str | None]) -> Record:
    """An activity with at least an id, a title, a type and a start date; written in the
    order of ``TRAINING_FIELDS`` (prerequisites: levels, then earlier activities); every
    value as typed (``exact``)."""
    values = {k: given(fields, k) for k in TRAINING_FIELDS}
    for name in ("id", "title", "type", "start"):
        _required(values, name)
    start = training_value(data, "start", values["start"] or "")
    record: Record = {}
    prerequisites: Record = {}
    for name in TRAINING_FIELDS:
        text = values[name]
        if text is None:
            continue
        value = training_value(data, name, text, start)
        if name == "prerequisites":
            prerequisites["levels"] = value
        elif name == "requires":
            prerequisites["trainings"] = value
        else:
            record[name] = value
    if prerequisites:
        at = list(record)
        # prerequisites sit after what the activity develops, before its indicators
        keep = (
            {k: record.pop(k) for k in at[at.index("indicators") :]} if "indicators" in at else {}
        )
        record["prerequisites"] = prerequisites
        record.update(keep)
    return record


def competency_levels(data: Dataset, text: str, name: str, top: int) -> dict[str, int]:
    """``katalogisasi:3,klasifikasi:2`` (or ``=``) as competency -> level, each checked.

    >>> competency_levels(data, "katalogisasi:3", "develops", 4)
    {'katalogisasi': 3}
    """
    ix = Index.of(data)
    out: dict[str, int] = {}
    for pair in (x.strip() for x in text.split(",") if x.strip()):
        comp, sep, level_text = pair.replace("=", ":").partition(":")
        if not sep:
            raise PustakaError("error.value-levels", field=name, value=pair)
        comp = _competency(data, ix, comp)
        level = a_number(level_text, comp, 0, top)
        if not isinstance(level, int):
            raise PustakaError("error.value-whole", field=comp, value=level_text)
        if comp in out:
            raise PustakaError("error.rated-twice", competency=comp)
        out[comp] = level
    return out


def an_indicator(text: str) -> Record:
    """``Judul e-book yang dapat dipinjam = 1500 judul``: what is measured, its target and
    (optionally) its unit."""
    what, sep, rest = text.rpartition("=")
    target_text, _, unit = rest.strip().partition(" ")
    if not sep or not what.strip() or not target_text:
        raise PustakaError("error.value-indicator", value=text)
    record: Record = {"text": what.strip(), "target": a_number(target_text, "target", 0, 10**12)}
    if unit.strip():
        record["unit"] = unit.strip()
    return record


def _exactly(text: str, name: str) -> str:
    """``exact`` of a value that was given."""
    value = exact(text, name)
    assert value is not None
    return value


def _required(fields: Mapping[str, str | None], name: str) -> str:
    value = given(fields, name)
    if value is None:
        raise PustakaError("error.value-missing", field=name)
    return value


# --- spreadsheet imports ---------------------------------------------------------------

Rows = Sequence[tuple[int, Mapping[str, str], int]]
"""Rows of a spreadsheet: (line number, cells by lower-cased header, extra cells)."""


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row of an import was refused."""

    row: int
    error: PustakaError


def _checked_rows(rows: Rows, errors: list[RowError]) -> list[tuple[int, Mapping[str, str]]]:
    good = []
    for number, cells, extra in rows:
        if extra:
            errors.append(RowError(number, PustakaError("error.csv-columns", count=extra)))
        else:
            good.append((number, cells))
    return good


def import_evaluations(
    data: Dataset, header: Sequence[str], rows: Rows, today: dt.date
) -> tuple[list[Record], list[RowError]]:
    """Evaluations from a sheet: one row per competency (``competency``, ``level`` columns)
    or one row per person with a column per competency id. Rows with the same librarian,
    kind, date and assessor become one evaluation."""
    errors: list[RowError] = []
    ix = Index.of(data)
    long = "competency" in header
    columns = [h for h in header if h in ix.competencies]
    if not long and not columns:
        errors.append(RowError(1, PustakaError("error.csv-no-ratings")))
        return [], errors
    grouped: dict[tuple[str, str, dt.date, str | None], Record] = {}
    rows_of: dict[tuple[str, str, dt.date, str | None], int] = {}
    for number, cells in _checked_rows(rows, errors):
        try:
            if long:
                ratings = [(cells.get("competency", ""), cells.get("level", ""))]
            else:
                ratings = [(c, cells[c]) for c in columns if (cells.get(c) or "").strip()]
            kind = cells.get("kind") or cells.get("assessor") or ""
            by = exact(cells.get("by") or None, "by")  # an empty cell: not given
            day = a_date(cells.get("date", "") or "", "date")
            until = (cells.get("expires") or "").strip()
            one = evaluation(
                data,
                (cells.get("librarian") or "").strip(),
                kind,
                ratings,
                day,
                today,
                by,
                a_date(until, "expires") if until else None,
            )
            key = (one["librarian"], one["kind"], day, by)
            field = "results" if "results" in one else "levels"
            if key in grouped:
                values = grouped[key][field]
                for comp, value in one[field].items():
                    if comp in values:
                        raise PustakaError("error.rated-twice", competency=comp)
                    values[comp] = value
            else:
                grouped[key] = one
                rows_of[key] = number
        except PustakaError as err:
            errors.append(RowError(number, err))
    ordered = sorted(grouped, key=lambda k: rows_of[k])
    return [grouped[k] for k in ordered], errors


def import_feedback(
    data: Dataset, rows: Rows, today: dt.date
) -> tuple[list[Record], list[RowError]]:
    """User-feedback results, one per row (``date`` and ``score`` required)."""
    errors: list[RowError] = []
    out: list[Record] = []
    taken = {f.id for f in data.feedback}
    for number, cells in _checked_rows(rows, errors):
        try:
            record = feedback(data, {k: v for k, v in cells.items() if v != ""}, today)
            if record["id"] in taken:
                if (cells.get("id") or "").strip():
                    raise PustakaError("error.duplicate-id", id=record["id"])
                record["id"] = unique_id(record["id"], taken)
            taken.add(record["id"])
            out.append(record)
        except PustakaError as err:
            errors.append(RowError(number, err))
    return out, errors


def import_participants(
    data: Dataset,
    rows: Rows,
    today: dt.date,
    allow_clash: bool = False,
    on: dt.date | None = None,
) -> tuple[dict[str, list[str]], list[RowError]]:
    """Sign-ups (``training``, ``librarian`` columns): librarians by activity, in row
    order, each checked by the rules of ``pustaka enroll``."""
    from pustaka_cli.domain import enrollment

    errors: list[RowError] = []
    wanted: dict[str, list[str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for number, cells in _checked_rows(rows, errors):
        tid = (cells.get("training") or "").strip()
        lid = (cells.get("librarian") or "").strip()
        try:
            if not tid:
                raise PustakaError("error.value-missing", field="training")
            if not lid:
                raise PustakaError("error.value-missing", field="librarian")
            if (tid, lid) in seen:
                raise PustakaError("error.csv-repeated", row=seen[(tid, lid)])
            enrollment.enroll(data, tid, [lid], today, allow_clash, on)
            seen[(tid, lid)] = number
            wanted.setdefault(enrollment.training(data, tid).id, []).append(lid)
        except PustakaError as err:
            errors.append(RowError(number, err))
    return wanted, errors


# Words of a ``result`` column: what happened to someone in a finished activity.
PASSED_WORDS = ("passed", "lulus", "completed", "selesai", "kompeten")
FAILED_WORDS = ("failed", "gagal", "tidak-lulus", "tidak lulus", "belum-kompeten")
ATTENDED_WORDS = ("attended", "hadir", "")
FINISHED_COLUMNS = ("result", "hasil", "score", "nilai")


@dataclass(frozen=True, slots=True)
class Finished:
    """A finished activity's list, from a sheet: ``enrollment.record_finished``'s input,
    and the first row of each person (to name it in a refusal)."""

    attended: list[str]
    passed: list[tuple[str, float | None]]
    failed: list[tuple[str, float | None]]
    rows: dict[str, int]


def is_finished_sheet(header: Sequence[str]) -> bool:
    """A sheet of who took part and how it ended (a ``result`` or ``score`` column), not
    of sign-ups."""
    return any(h in FINISHED_COLUMNS for h in header)


def import_finished(
    data: Dataset,
    rows: Rows,
    today: dt.date,
    on: dt.date | None = None,
    allow_clash: bool = False,
) -> tuple[dict[str, Finished], list[RowError]]:
    """Finished activities from a sheet: ``training``, ``librarian``, ``result``
    (passed/lulus, failed/gagal, attended/hadir or blank) and ``score`` (``nilai``)
    columns; each row checked by the rules of ``pustaka record``, then each activity
    whole (its capacity)."""
    from pustaka_cli.domain import enrollment

    errors: list[RowError] = []
    found: dict[str, Finished] = {}
    for number, cells in _checked_rows(rows, errors):
        tid = (cells.get("training") or "").strip()
        lid = (cells.get("librarian") or "").strip()
        word = (cells.get("result") or cells.get("hasil") or "").strip().lower()
        score_text = (cells.get("score") or cells.get("nilai") or "").strip()
        try:
            if not tid:
                raise PustakaError("error.value-missing", field="training")
            if not lid:
                raise PustakaError("error.value-missing", field="librarian")
            tid = enrollment.training(data, tid).id
            score = a_number(score_text, "score", 0, 100) if score_text else None
            if word not in (*PASSED_WORDS, *FAILED_WORDS, *ATTENDED_WORDS):
                choices = ", ".join(w for w in (*PASSED_WORDS, *FAILED_WORDS, *ATTENDED_WORDS) if w)
                raise PustakaError(
                    "error.value-choice", field="result-word", value=word, choices=choices
                )
            if score is not None and word in ATTENDED_WORDS:
                raise PustakaError("error.value-missing", field="result-word")
            got = found.setdefault(tid, Finished([], [], [], {}))
            if lid in got.rows:
                raise PustakaError("error.csv-repeated", row=got.rows[lid])
            one: tuple[list[str], list[tuple[str, float | None]], list[tuple[str, float | None]]]
            one = (
                ([lid], [], [])
                if word in ATTENDED_WORDS
                else (
                    ([], [(lid, score)], []) if word in PASSED_WORDS else ([], [], [(lid, score)])
                )
            )
            enrollment.record_finished(data, tid, *one, today, on, allow_clash)
            got.rows[lid] = number
            if word in PASSED_WORDS:
                got.passed.append((lid, score))
            elif word in FAILED_WORDS:
                got.failed.append((lid, score))
            else:
                got.attended.append(lid)
        except PustakaError as err:
            errors.append(RowError(number, err))
    for tid, got in found.items():
        try:
            enrollment.record_finished(
                data, tid, got.attended, got.passed, got.failed, today, on, allow_clash
            )
        except PustakaError as err:
            errors.append(RowError(min(got.rows.values(), default=1), err))
    return found, errors


# --- learning outside the programme (domain/learning.py) --------------------------------

MAX_MINUTES = 600_000  # as store/records.py: 10,000 JP of an hour each


def learning(data: Dataset, fields: Mapping[str, str | None], today: dt.date) -> Record:
    """A course a librarian took elsewhere (``pustaka learning``): ``librarian``,
    ``title``, ``type`` and ``start`` required; JP as ``jp`` or ``minutes`` (not both);
    ``develops`` as ``katalogisasi:3,...``; an id made when none is given.

    >>> learning(data, {"librarian": "sari-w", "title": "Latsar", "type": "pelatihan",
    ...                 "start": "2026-03-02", "jp": "40"}, today)["id"]
    'pelatihan-2026-sari-w'
    """
    who = find_librarian(data, _required(fields, "librarian")).id
    title = _required(fields, "title")
    kind = a_choice(_required(fields, "type"), "type", vocab.ACTIVITY_TYPES)
    start = a_date(_required(fields, "start"), "start")
    end_text = given(fields, "end")
    end = None if end_text is None else a_date(end_text, "end")
    if end is not None and end < start:
        raise PustakaError("error.end-before-start", start=start, end=end)
    not_after_today(end or start, today)
    taken = {x.id for x in data.learning}
    given_id = given(fields, "id")
    if given_id is not None:
        lid = an_id(given_id, "id")
        if lid in taken:
            raise PustakaError("error.duplicate-id", id=lid)
    else:
        lid = unique_id(f"{kind}-{start.year}-{who}", taken)
    record: Record = {"id": lid, "librarian": who, "title": title, "type": kind}
    provider = given(fields, "provider")
    if provider is not None:
        record["provider"] = provider
    record["start"] = start
    if end is not None:
        record["end"] = end
    jp, minutes = given(fields, "jp"), given(fields, "minutes")
    if jp is not None and minutes is not None:
        raise PustakaError("error.jp-or-minutes")
    if jp is not None:
        record["jp"] = a_number(jp, "jp", 0, vocab.MAX_JP)
    if minutes is not None:
        count = a_number(minutes, "minutes", 0, MAX_MINUTES)
        if not isinstance(count, int):
            raise PustakaError("error.value-whole", field="minutes", value=minutes)
        record["minutes"] = count
    state = given(fields, "state")
    if state is not None:
        record["state"] = a_choice(state, "state", vocab.LEARNING_STATES)
    score = given(fields, "score")
    if score is not None:
        record["score"] = a_number(score, "score", 0, 100)
    develops = given(fields, "develops")
    if develops is not None:
        record["develops"] = competency_levels(data, develops, "develops", data.framework.max_level)
    number = given(fields, "certificate")
    if number is not None:
        paper: Record = {"number": number}
        day = given(fields, "certificate_date")
        if day is not None:
            paper["date"] = a_date(day, "certificate-date")
        record["certificate"] = paper
    notes = given(fields, "notes")
    if notes is not None:
        record["notes"] = notes
    return record

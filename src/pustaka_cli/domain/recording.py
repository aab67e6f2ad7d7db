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
from pustaka_cli.domain.enrollment import librarian as find_librarian
from pustaka_cli.domain.index import Index
from pustaka_cli.errors import PustakaError
from pustaka_cli.model import Dataset
from pustaka_cli.problems import suggest
from pustaka_cli.vocab import ID_PATTERN

Record = dict[str, Any]

_SCORE = re.compile(r"[+-]?\d+(\.\d+)?\Z")


# --- values ----------------------------------------------------------------------------


def a_date(text: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise PustakaError("error.value-date", field=name, value=text) from None


def a_number(text: str, name: str, low: float, high: float) -> float:
    cleaned = text.strip().replace(",", ".")
    if not _SCORE.match(cleaned):
        raise PustakaError("error.value-number", field=name, value=_shown(text))
    number = float(cleaned)  # thousands of digits give inf, out of any range
    if not low <= number <= high:
        raise PustakaError(
            "error.value-range", field=name, value=_shown(text), low=_fmt(low), high=_fmt(high)
        )
    return int(number) if number.is_integer() else number


def an_id(text: str, name: str) -> str:
    value = text.strip()
    if not ID_PATTERN.match(value):
        raise PustakaError("error.value-id", field=name, value=text)
    return value


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
) -> Record:
    """An assessment (levels) or a test result (kompeten / belum-kompeten) for one librarian.

    >>> evaluation(data, "sari-w", "supervisor", [("katalogisasi", "3")], day, today)
    {'librarian': 'sari-w', 'kind': 'supervisor', 'date': ..., 'levels': {'katalogisasi': 3}}
    """
    who = find_librarian(data, librarian_id)
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
    record: Record = {"librarian": who.id, "kind": kind, "date": day}
    if by:
        record["by"] = by
    record["results" if kind in vocab.RESULT_KINDS else "levels"] = values
    return record


# --- user feedback ---------------------------------------------------------------------


def feedback(
    data: Dataset,
    fields: Mapping[str, str],
    today: dt.date,
) -> Record:
    """A user-feedback result: ``date`` and ``score`` required; an id is made if none given."""
    day = a_date(fields.get("date", "") or "", "date")
    not_after_today(day, today)
    top = data.settings.feedback_scale_max
    score = a_number(fields.get("score", "") or "", "score", 1, top)
    record: Record = {}
    given_id = (fields.get("id") or "").strip()
    library = (fields.get("library") or "").strip()
    service = (fields.get("service") or "").strip()
    taken = {f.id for f in data.feedback}
    if given_id:
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
    who = (fields.get("librarian") or "").strip()
    if who:
        record["librarian"] = find_librarian(data, who).id
    method = (fields.get("method") or "").strip()
    if method:
        record["method"] = a_choice(method, "method", vocab.FEEDBACK_METHODS)
    respondents = (fields.get("respondents") or "").strip()
    if respondents:
        count = a_number(respondents, "respondents", 0, vocab.MAX_RESPONDENTS)
        if not isinstance(count, int):
            raise PustakaError("error.value-number", field="respondents", value=respondents)
        record["respondents"] = count
    record["score"] = score
    comments = fields.get("comments") or ""
    if comments.strip():
        record["comments"] = comments.strip()
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
    """A new mentoring pair; refused for self-mentoring, an inactive person, or a pair that
    already runs."""
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


def session(
    data: Dataset, mentoring_id: str, day: dt.date, minutes: int | None, notes: str | None,
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
    if notes:
        record["notes"] = notes
    return record


# --- librarians and activities ---------------------------------------------------------

LIBRARIAN_FIELDS = ("id", "name", "nip", "library", "grade", "employment", "started")
TRAINING_FIELDS = ("id", "title", "type", "mode", "start", "end", "jp", "capacity", "provider")


def new_librarian(data: Dataset, fields: Mapping[str, str]) -> Record:
    """A librarian with at least an id and a name; the rest is checked where given."""
    ix = Index.of(data)
    lid = an_id(_required(fields, "id"), "id")
    if lid in ix.librarians:
        raise PustakaError("error.duplicate-id", id=lid)
    record: Record = {"id": lid, "name": _required(fields, "name")}
    nip = (fields.get("nip") or "").strip()
    if nip:
        if not re.fullmatch(r"[0-9 ]+", nip):
            raise PustakaError("error.value-nip", value=nip)
        record["nip"] = nip
    library = (fields.get("library") or "").strip()
    if library:
        known = {lib.id for lib in data.settings.libraries}
        if known and library not in known:
            raise PustakaError("error.unknown-library", id=library)
        record["library"] = library
    grade = (fields.get("grade") or "").strip()
    if grade:
        found = ix.grade(grade)
        if found is None:
            raise PustakaError("error.unknown-grade", value=grade)
        record["grade"] = found
    employment = (fields.get("employment") or "").strip()
    if employment:
        record["employment"] = a_choice(employment, "employment", vocab.EMPLOYMENT_TYPES)
    started = (fields.get("started") or "").strip()
    if started:
        record["started"] = a_date(started, "started")
    return record


def new_training(data: Dataset, fields: Mapping[str, str]) -> Record:
    """An activity with at least an id, a title, a type and a start date."""
    ix = Index.of(data)
    tid = an_id(_required(fields, "id"), "id")
    if tid in ix.trainings:
        raise PustakaError("error.duplicate-id", id=tid)
    record: Record = {
        "id": tid,
        "title": _required(fields, "title"),
        "type": a_choice(_required(fields, "type"), "type", vocab.ACTIVITY_TYPES),
    }
    mode = (fields.get("mode") or "").strip()
    if mode:
        record["mode"] = a_choice(mode, "mode", vocab.MODES)
    provider = (fields.get("provider") or "").strip()
    if provider:
        record["provider"] = provider
    start = a_date(_required(fields, "start"), "start")
    record["start"] = start
    end = (fields.get("end") or "").strip()
    if end:
        last = a_date(end, "end")
        if last < start:
            raise PustakaError("error.end-before-start", start=start, end=last)
        record["end"] = last
    jp = (fields.get("jp") or "").strip()
    if jp:
        record["jp"] = a_number(jp, "jp", 0, vocab.MAX_JP)
    capacity = (fields.get("capacity") or "").strip()
    if capacity:
        seats = a_number(capacity, "capacity", 0, vocab.MAX_CAPACITY)
        if not isinstance(seats, int):
            raise PustakaError("error.value-number", field="capacity", value=capacity)
        record["capacity"] = seats
    return record


def _required(fields: Mapping[str, str], name: str) -> str:
    value = (fields.get(name) or "").strip()
    if not value:
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
            by = (cells.get("by") or "").strip() or None
            day = a_date(cells.get("date", "") or "", "date")
            one = evaluation(data, (cells.get("librarian") or "").strip(), kind, ratings, day,
                             today, by)
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
            record = feedback(data, cells, today)
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
    data: Dataset, rows: Rows, today: dt.date, allow_clash: bool = False
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
            enrollment.enrol(data, tid, [lid], today, allow_clash)
            seen[(tid, lid)] = number
            wanted.setdefault(enrollment.training(data, tid).id, []).append(lid)
        except PustakaError as err:
            errors.append(RowError(number, err))
    return wanted, errors

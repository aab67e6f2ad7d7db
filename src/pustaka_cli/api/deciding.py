"""Deciding: every change pustaka makes to a data folder, one call each, one path for all.

A write, whatever decides it (``enroll``, ``record``, ``evaluate``, ``import``...):

1. take the folder's lock (``writer.Transaction``) and read the folder whole, without the
   cache: a write decides on the bytes on disk;
2. refuse a folder with errors; with ``force`` only those that hide records or rules from
   the decision (``workspace.blocking``);
3. let the domain decide (``enrollment``, ``recording``, ``plan``); a refusal is raised;
4. turn the decision into the writer's changes: this module is the only place outside
   the store that builds a ``writer.Change``;
5. let the writer make and verify the new bytes; before any file is replaced the folder
   as it would be is checked whole, and a write that would add an error is refused with
   it (``workspace.caused``); with ``commit`` the change must be one git can commit alone;
6. replace the files (not on a dry run) and commit them if asked, still under the lock,
   so that a commit holds exactly this change;
7. return an ``Outcome``: the domain's decision, what changed in words, each file's bytes
   before and after.

>>> w = Write(folder, dt.date(2026, 11, 21), Translator("en"))
>>> enroll(w, "2026-bimtek-katalog", ["budi-h"]).what
'budi-h enrolled in 2026-bimtek-katalog'

A refusal is a ``PustakaError``, raised and never returned (one family, caught once by a
caller such as the command line): ``FolderProblems`` carries the located problems that
stop the write, ``ImportRefused`` the refused rows of a sheet. Nothing here prints or
asks a person: a caller that must show a decision, or ask before a write, passes a hook
(``shown``, ``consent``, ``preview``), called under the lock, that may raise to cancel.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pustaka_cli import numbers, workspace
from pustaka_cli.controls import visible
from pustaka_cli.domain import enrollment, recording
from pustaka_cli.domain.enrollment import Attendance, Completion, Seat, Taken, Withdrawal
from pustaka_cli.domain.recording import Record
from pustaka_cli.errors import FolderProblems, ImportRefused, PustakaError
from pustaka_cli.i18n import Translator
from pustaka_cli.model import Dataset, Training
from pustaka_cli.store import gitrepo, writer
from pustaka_cli.store.folder import within_budget

if TYPE_CHECKING:  # the planner is imported by ``apply_plan`` alone: a write of one
    from pustaka_cli.domain import plan as planning  # record does not wait for it
    from pustaka_cli.domain.personal import Erasure

D = TypeVar("D")

FileChange = writer.Outcome
"""One file of a write: ``path`` (relative to the folder), its bytes ``before`` and
``after``, whether it was ``written``; ``diff()`` shows it as ``git diff`` does."""


@dataclass(frozen=True, slots=True)
class Write:
    """Where and how a decision is written: the one data folder, the day it is decided
    on, the language of what is said (and of the commit message), and the switches."""

    folder: Path
    today: dt.date
    t: Translator
    dry_run: bool = False  # make and verify the change, replace nothing
    commit: bool = False  # commit the change alone in the folder's git repository
    force: bool = False  # decide despite cross-record errors elsewhere (never add one)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[D]):
    """A decision made and written (or, on a dry run, only made and verified).

    ``decision`` is the domain's own (the seats given, the record added...); ``what``
    says what changed, in ``Write.t``'s language; ``files`` holds each file's bytes
    before and after, none when there was nothing to write.
    """

    command: str
    decision: D
    what: str = ""
    files: tuple[FileChange, ...] = ()
    dry_run: bool = False
    committed: bool = False

    @property
    def message(self) -> str:
        """The commit message (``enroll: budi-h enrolled in ...``)."""
        return f"{self.command}: {self.what}"

    @property
    def paths(self) -> str:
        return ", ".join(f.path for f in self.files)


def one_folder(folders: Sequence[Path]) -> Path:
    """The folder a write goes to: exactly one (several folders combine only for reading)."""
    if len(folders) != 1:
        raise PustakaError("error.write-one-folder", count=len(folders))
    return folders[0]


# --- participants of activities -------------------------------------------------------


def enroll(
    w: Write,
    training: str,
    librarians: Sequence[str],
    *,
    allow_clash: bool = False,
    on: dt.date | None = None,
) -> Outcome[tuple[Seat, ...]]:
    """Enrol librarians (or waitlist them when it is full) by the rules of ``enrollment``;
    ``on``: the real enrolment date of an activity already over."""
    with _session(w) as s:
        seats = enrollment.enroll(s.dataset, training, list(librarians), w.today, allow_clash, on)
        return _seated(s, training, seats)


@dataclass(frozen=True, slots=True)
class Gaps:
    """Whom ``enroll_from_gaps`` may choose: a library, a grade, at most ``limit`` people."""

    library: str | None = None
    grade: str | None = None
    limit: int | None = None


def enroll_from_gaps(
    w: Write,
    training: str,
    gaps: Gaps | None = None,
    *,
    allow_clash: bool = False,
    on: dt.date | None = None,
    shown: Callable[[enrollment.FromGaps], None] | None = None,
    consent: Callable[[], None] | None = None,
) -> Outcome[tuple[Seat, ...]]:
    """Enrol those with the largest gaps in what the activity develops (``from_gaps``).

    ``shown`` sees whom pustaka chose (and whom it left out, not yet assessed); when it
    chose someone, ``consent`` is asked before anything is written (raise to cancel).
    Nobody chosen: an outcome with no seats and no files.
    """
    wanted = gaps or Gaps()
    with _session(w) as s:
        found = enrollment.from_gaps(
            s.dataset, training, w.today, wanted.library, wanted.grade, wanted.limit, allow_clash
        )
        if shown is not None:
            shown(found)
        if not found.chosen:
            return Outcome("enroll", ())
        if consent is not None:
            consent()
        chosen = [c.librarian for c in found.chosen]
        seats = enrollment.enroll(s.dataset, training, chosen, w.today, allow_clash, on)
        return _seated(s, training, seats)


def withdraw(w: Write, training: str, librarian: str) -> Outcome[Withdrawal]:
    """A librarian leaves an activity; the first on its waitlist moves up."""
    with _session(w) as s:
        left = enrollment.withdraw(s.dataset, training, librarian, w.today)
        t_ = enrollment.training(s.dataset, training)
        ops: list[writer.Op] = [writer.participant_set(t_.id, left.librarian, "state", "withdrawn")]
        ops += [writer.participant_set(t_.id, up, "state", "enrolled") for up in left.promoted]
        what = w.t("done.withdrawn", who=left.librarian, training=t_.id)
        if left.promoted:
            what += "; " + w.t("done.promoted", who=_names(left.promoted), training=t_.id)
        return s.write("withdraw", left, what, (_trainings(t_, ops),))


def attend(
    w: Write, training: str, librarians: Sequence[str], *, on: dt.date | None = None
) -> Outcome[tuple[Attendance, ...]]:
    """A day of attendance (``on``, else the activity's day today) for each librarian."""
    with _session(w) as s:
        marks = enrollment.attend(s.dataset, training, list(librarians), on, w.today)
        t_ = enrollment.training(s.dataset, training)
        ops: list[writer.Op] = []
        for m in marks:
            ops.append(writer.participant_add(t_.id, m.librarian, "attended", m.day))
            if m.state_changes:
                ops.append(writer.participant_set(t_.id, m.librarian, "state", m.state))
        what = w.t("done.attended", who=_names(librarians), training=t_.id, date=marks[0].day)
        return s.write("attend", tuple(marks), what, (_trainings(t_, ops),))


def complete(
    w: Write,
    training: str,
    librarians: Sequence[str],
    *,
    score: float | None = None,
    failed: bool = False,
) -> Outcome[tuple[Completion, ...]]:
    """Librarians completed (or ``failed``) an activity, with a post-test ``score``."""
    with _session(w) as s:
        marks = enrollment.complete(s.dataset, training, list(librarians), score, failed, w.today)
        t_ = enrollment.training(s.dataset, training)
        ops: list[writer.Op] = []
        for m in marks:
            ops.append(writer.participant_set(t_.id, m.librarian, "state", m.state))
            if m.score is not None:
                ops.append(writer.participant_set(t_.id, m.librarian, "score", m.score))
        key = "done.failed" if failed else "done.completed"
        what = w.t(key, who=_names(librarians), training=t_.id)
        if score is not None:
            what += " " + w.t("done.score", score=numbers.shown(score))
        return s.write("complete", tuple(marks), what, (_trainings(t_, ops),))


def record(
    w: Write,
    training: str,
    attended: Sequence[str] = (),
    passed: Sequence[tuple[str, float | None]] = (),
    failed: Sequence[tuple[str, float | None]] = (),
    *,
    on: dt.date | None = None,
    allow_clash: bool = False,
) -> Outcome[tuple[Taken, ...]]:
    """A finished activity at once: who attended, who passed and who failed (with scores),
    all or nobody (``enrollment.record_finished``)."""
    with _session(w) as s:
        taken = enrollment.record_finished(
            s.dataset, training, attended, passed, failed, w.today, on, allow_clash
        )
        t_ = enrollment.training(s.dataset, training)
        states = [x.state for x in taken]
        what = w.t(
            "done.recorded",
            training=t_.id,
            count=len(taken),
            passed=states.count("completed"),
            failed=states.count("failed"),
            attended=states.count("attended"),
        )
        return s.write("record", taken, what, (_finished_change(t_, taken),))


def add_guest(
    w: Write, training: str, name: str, institution: str, *, role: str | None = None
) -> Outcome[dict[str, str]]:
    """A participant from outside the staff (a name and an institution) in an activity,
    by the rules of ``enrollment.guest``: on its sign-in list, in its reach, never in JP."""
    with _session(w) as s:
        new = enrollment.guest(s.dataset, training, name, institution, role, w.today)
        t_ = enrollment.training(s.dataset, training)
        op = writer.Insert(writer.training_path(t_.id), "guests", dict(new), sort_by="name")
        what = w.t("done.guest", name=new["name"], institution=new["institution"], training=t_.id)
        return s.write("guest", new, what, (_trainings(t_, (op,)),))


# --- new records ----------------------------------------------------------------------


def evaluate(
    w: Write,
    librarian: str,
    assessor: str,
    ratings: Sequence[tuple[str, str]],
    *,
    on: dt.date | None = None,
    by: str | None = None,
    expires: dt.date | None = None,
) -> Outcome[Record]:
    """An assessment (competency, level) or a test result (competency, kompeten) of one
    librarian on day ``on`` (today when None)."""
    day = w.today if on is None else on
    with _session(w) as s:
        new = recording.evaluation(
            s.dataset, librarian, assessor, ratings, day, w.today, by, expires
        )
        what = w.t("done.evaluated", kind=new["kind"], who=new["librarian"], date=day)
        return s.write("evaluate", new, what, (_added(w.folder, "evaluations", new),))


def feedback(w: Write, fields: Mapping[str, str | None]) -> Outcome[Record]:
    """A user-feedback result from its fields as text (``date`` and ``score`` required)."""
    with _session(w) as s:
        new = recording.feedback(s.dataset, fields, w.today)
        what = w.t("done.feedback", id=new["id"], score=new["score"])
        return s.write("feedback", new, what, (_added(w.folder, "feedback", new),))


def learning(w: Write, fields: Mapping[str, str | None]) -> Outcome[Record]:
    """A course a librarian took outside the programme (``learning.yaml``), from its
    fields as text (``recording.learning``)."""
    with _session(w) as s:
        new = recording.learning(s.dataset, fields, w.today)
        what = w.t("done.learning", id=new["id"], who=new["librarian"])
        return s.write("learning", new, what, (_added(w.folder, "learning", new),))


def mentor(
    w: Write,
    mentor_id: str,
    mentee: str,
    competencies: Sequence[str],
    *,
    on: dt.date | None = None,
) -> Outcome[Record]:
    """A new mentoring pair, starting ``on`` (today when None)."""
    day = w.today if on is None else on
    with _session(w) as s:
        new = recording.mentoring(s.dataset, mentor_id, mentee, competencies, day, w.today)
        what = w.t("done.mentoring", id=new["id"], mentor=new["mentor"], mentee=new["mentee"])
        return s.write("mentor", new, what, (_added(w.folder, "mentoring", new),))


def mentoring_session(
    w: Write,
    pair: str,
    *,
    on: dt.date | None = None,
    minutes: int | None = None,
    notes: str | None = None,
) -> Outcome[Record]:
    """A session of an existing mentoring pair, on day ``on`` (today when None)."""
    day = w.today if on is None else on
    with _session(w) as s:
        new = recording.session(s.dataset, pair, day, minutes, notes, w.today)
        found = next(m for m in s.dataset.mentoring if m.id == pair)
        op = writer.Insert(("mentoring", ("id", found.id)), "sessions", new)
        change = writer.Change(found.src.loc.path, "mentoring", (op,))
        return s.write("mentor", new, w.t("done.session", id=found.id, date=day), (change,))


@dataclass(frozen=True, slots=True)
class Form:
    """A new librarian or activity being filled in by a person: what the folder offers to
    choose from (``dataset``), and the check of one answer (the one a flag gets)."""

    kind: str  # librarian | training
    dataset: Dataset

    def check(self, name: str, text: str, so_far: Mapping[str, Any]) -> Any:
        """The value to write for field ``name``, or a refusal naming it."""
        if self.kind == "librarian":
            return recording.librarian_value(self.dataset, name, text)
        return recording.training_value(self.dataset, name, text, so_far.get("start"))


def form(folder: Path, kind: str) -> Form:
    """The form of a new ``librarian`` or ``training`` in ``folder`` (read, not locked)."""
    from pustaka_cli.store.folder import load

    return Form(kind, load(folder).dataset)


Preview = Callable[[FileChange], None]
"""Sees the file a new record goes to, as it will be written; raises to cancel."""


def add_librarian(
    w: Write, fields: Mapping[str, str | None], *, preview: Preview | None = None
) -> Outcome[Record]:
    """A new librarian from its fields as text; ``preview`` (not on a dry run) sees the
    file as it will be, once verified and checked, before it is written."""
    with _session(w) as s:
        new = recording.new_librarian(s.dataset, fields)
        s.preview(preview)
        what = w.t("done.added-librarian", id=new["id"])
        return s.write("add", new, what, (_added(w.folder, "librarians", new),))


def add_training(
    w: Write, fields: Mapping[str, str | None], *, preview: Preview | None = None
) -> Outcome[Record]:
    """A new activity from its fields as text; ``preview`` as for ``add_librarian``."""
    with _session(w) as s:
        new = recording.new_training(s.dataset, fields)
        s.preview(preview)
        what = w.t("done.added-training", id=new["id"])
        return s.write("add", new, what, (_added(w.folder, "trainings", new),))


# --- spreadsheets ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sheet:
    """A spreadsheet (CSV) to import: its path as given, its header and its rows."""

    path: Path
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str], int], ...]  # line, cells by header, extra cells


def sheet(path: Path) -> Sheet:
    """Read a CSV file (refused when it cannot be read as one)."""
    from pustaka_cli.store.table import read_rows

    header, rows = read_rows(path)
    return Sheet(path, tuple(header), tuple((r.number, r.cells, r.extra) for r in rows))


def import_evaluations(w: Write, given: Sheet) -> Outcome[tuple[Record, ...]]:
    """Evaluations from a sheet, all or none (a refused row: ``ImportRefused``)."""
    with _session(w) as s:
        new, errors = recording.import_evaluations(
            s.dataset, list(given.header), given.rows, w.today
        )
        return _imported(s, given, "evaluations", new, errors)


def import_feedback(w: Write, given: Sheet) -> Outcome[tuple[Record, ...]]:
    """User-feedback results from a sheet, all or none."""
    with _session(w) as s:
        new, errors = recording.import_feedback(s.dataset, given.rows, w.today)
        return _imported(s, given, "feedback", new, errors)


def import_participants(
    w: Write, given: Sheet, *, on: dt.date | None = None, allow_clash: bool = False
) -> Outcome[int]:
    """Sign-ups (enrolled by the rules of ``enroll``), or, when the sheet has a result or
    score column, finished activities (recorded by the rules of ``record``); all or none.
    The decision is the number of people."""
    with _session(w) as s:
        if recording.is_finished_sheet(given.header):
            finished, errors = recording.import_finished(
                s.dataset, given.rows, w.today, on, allow_clash
            )
            _refuse_rows(given, errors)
            changes, count = _finished_changes(s.dataset, finished, w.today, on, allow_clash)
        else:
            wanted, errors = recording.import_participants(
                s.dataset, given.rows, w.today, allow_clash, on
            )
            _refuse_rows(given, errors)
            changes, count = _signup_changes(s.dataset, wanted, w.today, on, allow_clash)
        if not changes:
            return Outcome("import", 0)
        what = w.t("done.imported", count=count, kind="participants", path=visible(given.path.name))
        return s.write("import", count, what, changes)


# --- the programme plan ---------------------------------------------------------------


def apply_plan(
    w: Write,
    budget: float | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    shown: Callable[[planning.Plan, Dataset], None] | None = None,
    consent: Callable[[], None] | None = None,
) -> Outcome[planning.Plan]:
    """Enrol the plan's new participants; the plan is made again under the lock, from what
    is on disk now. ``budget`` None: what the year's budget has left (``--budget
    remaining``, ``plan.remaining_budget``). ``shown`` sees the plan; when it enrols
    anyone, ``consent`` is asked first. Nobody new: an outcome with no files."""
    from pustaka_cli.domain import careers
    from pustaka_cli.domain import plan as planning

    with _session(w) as s:
        held = careers.on(s.dataset, w.today)  # as `pustaka plan` shows it: grades held today
        if budget is None:
            left = planning.remaining_budget(held, start, end, w.today)
            budget, start, end = left.amount, left.start, left.end
        made = planning.plan(held, budget, start, end, w.today)
        if shown is not None:
            shown(made, held)
        changes = _plan_changes(s.dataset, made, w.today)
        if not changes:
            return Outcome("plan", made)
        if consent is not None:
            consent()
        what = w.t("plan.applied", count=made.enrollments, trainings=len(made.runs))
        return s.write("plan", made, what, changes)


# --- a new folder ---------------------------------------------------------------------


def start_folder(folder: Path, organisation: str, lang: str) -> tuple[str, ...]:
    """A new data folder (settings, framework, profiles, empty record files, schemas);
    the files written, relative to it. A folder that has records already is refused."""
    from pustaka_cli.store.scaffold import create

    return tuple(create(folder, organisation, lang))


# --- the one write session ------------------------------------------------------------


class _Session:
    """A folder opened for a write: the records a decision reads, and the transaction."""

    def __init__(self, w: Write, tx: writer.Transaction, dataset: Dataset) -> None:
        self.w = w
        self.tx = tx
        self.dataset = dataset

    def preview(self, hook: Preview | None) -> None:
        """Show the file to ``hook`` after every other check, before it is replaced."""
        if hook is not None and not self.w.dry_run:
            self.tx.before_replace.append(lambda proposed: hook(proposed[0]))

    def write(
        self, command: str, decision: D, what: str, changes: tuple[writer.Change, ...]
    ) -> Outcome[D]:
        files = tuple(self.tx.write_all(changes, dry_run=self.w.dry_run))
        committed = self.w.commit and not self.w.dry_run
        done = Outcome(command, decision, what, files, self.w.dry_run, committed)
        if committed:
            gitrepo.commit(self.w.folder, [f for f in files if f.written], done.message)
        return done


@contextlib.contextmanager
def _session(w: Write) -> Iterator[_Session]:
    """The folder locked and read; refused when it has errors (``force``: see
    ``workspace.blocking``). Every write made in it is checked first against the folder
    as it would be, and, with ``commit``, against what git could commit alone."""
    folder = w.folder
    if w.commit:
        gitrepo.ensure_repository(folder)
    with writer.Transaction(folder) as tx:
        within_budget([folder])
        opened = workspace.open_to_write(folder, w.today)
        stop = workspace.blocking(opened, w.force)
        if stop:
            forceable = not w.force and not workspace.blocking(opened, True)
            key = "error.write-broken-folder" if forceable else "error.write-broken-unforced"
            raise FolderProblems(key, stop, folder=folder, count=len(stop))
        before = opened.problems

        def whole_folder(proposed: list[FileChange]) -> None:
            after = workspace.problems_after(
                folder, w.today, {o.path: o.after for o in proposed if o.after != o.before}
            )
            new = workspace.caused(before, after)
            if new:
                raise FolderProblems("error.write-would-break", new, count=len(new))

        tx.before_replace.append(whole_folder)
        if w.commit:
            tx.before_replace.append(lambda proposed: gitrepo.check_alone(folder, proposed))
        yield _Session(w, tx, opened.dataset)


# --- decisions as file changes --------------------------------------------------------

# The field new records of each kind are kept in order of (docs/writing.md).
SORT_KEYS = {
    "evaluations": "librarian",
    "feedback": "id",
    "mentoring": "id",
    "librarians": "id",
    "trainings": "id",
    "learning": "id",
}


def _added(folder: Path, kind: str, new: Record) -> writer.Change:
    """One new record of ``kind``, in the file new records of that kind go to."""
    op = writer.Insert((), kind, new, sort_by=SORT_KEYS[kind])
    return writer.Change(writer.file_for_new(folder, kind), kind, (op,))


def _imported(
    s: _Session, given: Sheet, kind: str, new: list[Record], errors: list[recording.RowError]
) -> Outcome[tuple[Record, ...]]:
    _refuse_rows(given, errors)
    if not new:
        return Outcome("import", ())
    op = writer.Insert((), kind, tuple(new), many=True)
    change = writer.Change(writer.file_for_new(s.w.folder, kind), kind, (op,))
    what = s.w.t("done.imported", count=len(new), kind=kind, path=visible(given.path.name))
    return s.write("import", tuple(new), what, (change,))


def _refuse_rows(given: Sheet, errors: list[recording.RowError]) -> None:
    if errors:
        ordered = sorted(errors, key=lambda e: e.row)
        raise ImportRefused(given.path, tuple((e.row, e.error) for e in ordered))


def _trainings(t_: Training, ops: Sequence[writer.Op]) -> writer.Change:
    return writer.Change(t_.src.loc.path, "trainings", tuple(ops))


def _seated(s: _Session, training: str, seats: tuple[Seat, ...]) -> Outcome[tuple[Seat, ...]]:
    t_ = enrollment.training(s.dataset, training)
    parts = []
    enrolled = [x.librarian for x in seats if x.state == "enrolled"]
    if enrolled:
        parts.append(s.w.t("done.enrolled", who=_names(enrolled), training=t_.id))
    for x in seats:
        if x.state == "waitlisted":
            parts.append(
                s.w.t("done.waitlisted", who=x.librarian, training=t_.id, position=x.position)
            )
    change = _trainings(t_, _seat_ops(t_.id, seats))
    return s.write("enroll", seats, "; ".join(parts), (change,))


def _seat_ops(training_id: str, seats: Sequence[Seat]) -> tuple[writer.Op, ...]:
    """The operations that give these seats (new participants, or a state again)."""
    ops: list[writer.Op] = []
    for x in seats:
        if x.again:
            ops.append(writer.participant_set(training_id, x.librarian, "state", x.state))
            ops.append(writer.participant_set(training_id, x.librarian, "date", x.date))
        else:
            ops.append(writer.new_participant(training_id, x.librarian, x.state, x.date))
    return tuple(ops)


def _finished_change(t_: Training, taken: Sequence[Taken]) -> writer.Change:
    """The change that records ``taken`` (``enrollment.record_finished``) in ``t_``."""
    ops: list[writer.Op] = []
    for x in taken:
        if x.before is None:
            value: dict[str, writer.Value] = {
                "librarian": x.librarian,
                "state": x.state,
                "date": x.date,
            }
            if x.days:
                value["attended"] = tuple(x.days)
            if x.score is not None:
                value["score"] = x.score
            ops.append(
                writer.Insert(
                    writer.training_path(t_.id), "participants", value, sort_by="librarian"
                )
            )
            continue
        ops.append(writer.participant_set(t_.id, x.librarian, "state", x.state))
        for d in x.days:
            ops.append(writer.participant_add(t_.id, x.librarian, "attended", d))
        if x.score is not None:
            ops.append(writer.participant_set(t_.id, x.librarian, "score", x.score))
    return _trainings(t_, ops)


def _finished_changes(
    data: Dataset,
    finished: Mapping[str, recording.Finished],
    today: dt.date,
    on: dt.date | None,
    allow_clash: bool,
) -> tuple[tuple[writer.Change, ...], int]:
    """The changes that record a sheet's finished activities, and how many people."""
    recorded: list[writer.Change] = []
    count = 0
    for tid, got in finished.items():
        taken = enrollment.record_finished(
            data, tid, got.attended, got.passed, got.failed, today, on, allow_clash
        )
        count += len(taken)
        recorded.append(_finished_change(enrollment.training(data, tid), taken))
    return _merged(recorded), count


def _signup_changes(
    data: Dataset,
    wanted: Mapping[str, list[str]],
    today: dt.date,
    on: dt.date | None,
    allow_clash: bool,
) -> tuple[tuple[writer.Change, ...], int]:
    """The changes that enrol a sign-up sheet's people, and how many seats."""
    recorded: list[writer.Change] = []
    count = 0
    for tid, people in wanted.items():
        seats = enrollment.enroll(data, tid, people, today, allow_clash, on)
        count += len(seats)
        found = enrollment.training(data, tid)
        recorded.append(_trainings(found, _seat_ops(found.id, seats)))
    return _merged(recorded), count


def _merged(changes: list[writer.Change]) -> tuple[writer.Change, ...]:
    """One change per file: the operations of changes to the same file, in order."""
    ops: dict[str, list[writer.Op]] = {}
    for c in changes:
        ops.setdefault(c.path, []).extend(c.ops)
    return tuple(writer.Change(p, "trainings", tuple(o)) for p, o in ops.items())


def _plan_changes(data: Dataset, made: planning.Plan, today: dt.date) -> tuple[writer.Change, ...]:
    """One change per file: the plan's new participants, by the enrol rules."""
    ops: dict[str, list[writer.Op]] = {}
    for run in made.runs:
        new = [seat.librarian.id for seat in run.seats if seat.new]
        if new:
            seats = enrollment.enroll(data, run.training.id, new, today)
            ops.setdefault(run.training.src.loc.path, []).extend(_seat_ops(run.training.id, seats))
    return tuple(writer.Change(path, "trainings", tuple(o)) for path, o in sorted(ops.items()))


def _names(ids: Sequence[str]) -> str:
    return ", ".join(ids)


# --- erasing a person (UU PDP 27/2022) ------------------------------------------------


def erase(
    w: Write,
    librarian: str,
    *,
    consent: Callable[[Erasure], None] | None = None,
    rewrite_history: bool = False,
) -> Outcome[Erasure]:
    """Remove what names ``librarian`` from every file of the folder, as
    domain/personal.py rules: their id and name become a random pseudonym everywhere (so
    every total stays), their NIP, e-mail and the notes about them go, and mentions of
    them in other text and comments are replaced. ``consent`` sees the erasure before
    anything is written (raise to cancel). Once written, the folder's caches are cleared.

    With ``rewrite_history`` (git-filter-repo installed, the tracked files committed)
    the erasure is committed and every earlier commit rewritten without the person; else
    git history still holds them (``gitrepo.history_expressions`` says how to rewrite it).
    The outcome's files are those that changed.
    """
    from pustaka_cli.domain import personal
    from pustaka_cli.store import personal as personal_files
    from pustaka_cli.store.cache import Cache

    if rewrite_history:
        if not gitrepo.filter_repo_present():
            raise PustakaError("error.filter-repo-missing", tool=gitrepo.FILTER_REPO)
        gitrepo.ensure_clean(w.folder)
        w = dataclasses.replace(w, commit=True)
    with _session(w) as s:
        decision = personal.erasure(s.dataset, librarian, personal_files.token())
        erasing = personal_files.Erasing(
            decision.person, decision.alias, decision.mentions.replaced
        )
        changes = personal_files.erasure(w.folder, erasing)
        if consent is not None:
            consent(decision)
        done = s.write("erase", decision, w.t("done.erased", alias=decision.alias), changes)
        if not w.dry_run:
            Cache([w.folder]).clear()
            if rewrite_history:
                expressions = gitrepo.history_expressions(decision.words, decision.alias)
                gitrepo.rewrite_history(w.folder, expressions)
    return dataclasses.replace(done, files=tuple(f for f in done.files if f.after != f.before))


def history_expressions(decision: Erasure) -> tuple[str, ...]:
    """The git-filter-repo ``--replace-text`` lines that rewrite history as ``erase`` did
    the files (``--rewrite-history`` runs them; otherwise the coordinator may)."""
    return tuple(gitrepo.history_expressions(decision.words, decision.alias))

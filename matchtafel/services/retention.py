"""Retention and the rights of the young person: anonymising after the retention period (with a preview
first), erasure of one person, and inzage (everything stored about one person).

Anonymising replaces every personal field by an empty value or a placeholder and keeps the rows, so the
overview's counts stay right: the young person becomes "X-000042", their cases, proposals and placements
stay as numbers, their free texts are emptied. The audit log keeps its rows (ids only, no names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.orm import Session

from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from matchtafel.domain.privacy_classes import FREE_TEXT, IDENTIFYING, PERSONAL, SENSITIVE
from matchtafel.domain.vocabulary import MeetingStatus, YesNoUnknown
from matchtafel.models import (
    Agreement,
    Amendment,
    Case,
    Consent,
    ContactMoment,
    Erasure,
    Meeting,
    NazorgCheckpoint,
    Placement,
    Proposal,
    ProposalStep,
    SchoolLeaver,
    YoungPerson,
)
from matchtafel.models.stamping import session_clock
from matchtafel.services.base import ServiceBase
from matchtafel.services.subject_access import subject_record
from matchtafel.services.support_privacy import (
    SupporterDue,
    anonymise_support,
    last_support_activity,
    supporters_due,
)
from matchtafel.services.supporters import anonymise_supporter
from matchtafel.storage.backups import ErasureEntry, backup_sessions, remember_erasures

ANONYMISED_TEXT = "—"

# The classes of a young person's fields that anonymising empties when a field was added in the spec alone;
# the typed ones are emptied one by one in ``_anonymise`` (what the overview counts is kept there).
ANONYMISED_CLASSES = frozenset({IDENTIFYING, PERSONAL, SENSITIVE, FREE_TEXT})


@dataclass(frozen=True)
class PurgeCandidate:
    young_person_id: int
    code: str
    last_activity: date
    due_since: date


class RetentionService(ServiceBase):
    def preview(self, months: int, today: date | None = None) -> list[PurgeCandidate]:
        """Who would be anonymised now: ``months`` after their last case, nazorg call or registration."""
        today = today or self._clock.today()
        with self._transaction() as s:
            return self._due(s, months, today)

    def purge(self, young_person_ids: list[int], months: int, today: date | None = None) -> int:
        """The confirmed purge of what the preview showed; someone no longer due (a new case since) is kept."""
        today = today or self._clock.today()
        if young_person_ids:
            backup_sessions(self._sessions, "purge", now=self._clock.now())  # none made: nothing purged
        with self._transaction() as s:
            due = {c.young_person_id for c in self._due(s, months, today)}
            done: list[ErasureEntry] = []
            for young_person_id in young_person_ids:
                if young_person_id in due:
                    done.append(_anonymise(s, young_person_id, "retention", by=self._actor.label))
                    self._audit(s, "anonymise", "young_person", young_person_id, f"retention {months} months")
            engine = s.get_bind()
        _after_erasure(engine, done)
        return len(done)

    def purge_due(self, months: int, today: date | None = None) -> int:
        """At start: anonymise whoever is past the retention period now (supporters too); the count for the
        message."""
        due = self.preview(months, today)
        done = self.purge([c.young_person_id for c in due], months, today) if due else 0
        supporters = self.supporters_due(months, today)
        return done + (
            self.purge_supporters([c.supporter_id for c in supporters], months, today) if supporters else 0
        )

    def supporters_due(self, months: int, today: date | None = None) -> list[SupporterDue]:
        """Supporters archived and without an open link, ``months`` after their last link step or event."""
        today = today or self._clock.today()
        with self._transaction() as s:
            return supporters_due(s, months, today)

    def purge_supporters(self, supporter_ids: list[int], months: int, today: date | None = None) -> int:
        """The confirmed purge of the supporters the preview showed; one no longer due is kept."""
        today = today or self._clock.today()
        with self._transaction() as s:
            due = {c.supporter_id for c in supporters_due(s, months, today)}
            done = 0
            for supporter_id in supporter_ids:
                if supporter_id in due:
                    anonymise_supporter(s, supporter_id)
                    self._audit(s, "anonymise", "supporter", supporter_id, f"retention {months} months")
                    done += 1
            engine = s.get_bind()
        _compact(engine)
        return done

    def erase(self, young_person_id: int, reason: str) -> None:
        """Erasure on request of the young person: the same anonymisation, for one person, now."""
        if not reason.strip():
            raise ValidationError.one(
                "reason", QT_TRANSLATE_NOOP("errors", "Say on whose request this is erased.")
            )
        with self._transaction() as s:
            if s.get(YoungPerson, young_person_id) is None:
                raise NotFound.of("young_person", young_person_id)
        backup_sessions(self._sessions, "erase", now=self._clock.now())  # none made: nothing erased
        with self._transaction() as s:
            if s.get(YoungPerson, young_person_id) is None:
                raise NotFound.of("young_person", young_person_id)
            entry = _anonymise(s, young_person_id, "erase", by=self._actor.label)
            self._audit(s, "erase", "young_person", young_person_id, reason=reason.strip())
            engine = s.get_bind()
        _after_erasure(engine, [entry])

    def reapply_erasures(self, entries: Iterable[ErasureEntry], *, source: str) -> int:
        """After restoring the backup ``source``: everyone erased since it was made is erased again (matched
        on id and the moment their record was made, never on a name), and the ledger is completed. Returns
        how many; the restore itself is in the audit log."""
        done = 0
        with self._transaction() as s:
            self._audit(s, "restore", "database", None, source)
            known = {(row.young_person_id, row.registered_at) for row in s.scalars(select(Erasure))}
            for entry in entries:
                young = s.get(YoungPerson, entry.young_person_id)
                if young is None or young.created_at != entry.registered_at:
                    continue  # not in this backup (made later), or the id belongs to someone else now
                if young.anonymised_at is None:
                    _anonymise(
                        s, young.id, entry.kind, erased_at=entry.erased_at, record=False, by=self._actor.label
                    )
                    self._audit(s, "erase", "young_person", young.id, "re-applied after a restore")
                    done += 1
                if (young.id, young.created_at) not in known:
                    s.add(
                        Erasure(
                            young_person_id=young.id,
                            registered_at=young.created_at,
                            erased_at=entry.erased_at,
                            kind=entry.kind,
                        )
                    )
                    known.add((young.id, young.created_at))
            engine = s.get_bind()
        _compact(engine)
        return done

    def erasures(self) -> list[ErasureEntry]:
        """The erasure ledger (ids and moments), oldest first."""
        with self._transaction() as s:
            return [
                ErasureEntry(row.young_person_id, row.registered_at, row.erased_at, row.kind)
                for row in s.scalars(select(Erasure).order_by(Erasure.id))
            ]

    def subject_access(self, young_person_id: int, reason: str = "inzage") -> dict[str, Any]:
        """Inzage: everything stored about one young person, the audit entries about them included."""
        with self._transaction() as s:
            young = s.get(YoungPerson, young_person_id)
            if young is None:
                raise NotFound.of("young_person", young_person_id)
            record = subject_record(s, young)
            self._audit(s, "export", "young_person", young_person_id, "inzage", reason=reason)
            return record

    def inventory(self) -> list[tuple[str, str, str]]:
        """(table, column, kind of data) for every stored field, for the DPIA; making it is logged."""
        from matchtafel.domain.privacy_inventory import category_of
        from matchtafel.models import Base

        columns = [
            (table.name, column.name, category_of(table.name, column.name) or "personal")
            for table in Base.metadata.sorted_tables
            for column in table.columns
        ]
        with self._transaction() as s:
            self._audit(s, "export", "data_inventory", None)
        return columns

    # -- inside ------------------------------------------------------------------------------------

    @staticmethod
    def _due(s: Session, months: int, today: date) -> list[PurgeCandidate]:
        """Due ``months`` after the last of: registration, the last case, the last nazorg call, and a school
        leaver's last contact moment (kept in view for a year after leaving, then the retention runs)."""
        last_case = dict(
            s.execute(
                select(Case.young_person_id, func.max(Meeting.starts_at))
                .join(Meeting, Meeting.id == Case.meeting_id)
                .group_by(Case.young_person_id)
            )
            .tuples()
            .all()
        )
        last_call = dict(
            s.execute(
                select(Placement.young_person_id, func.max(NazorgCheckpoint.due_on))
                .join(NazorgCheckpoint, NazorgCheckpoint.placement_id == Placement.id)
                .group_by(Placement.young_person_id)
            )
            .tuples()
            .all()
        )
        last_support = last_support_activity(s, today)
        last_contact = dict(
            s.execute(
                select(SchoolLeaver.young_person_id, func.max(ContactMoment.due_on))
                .join(ContactMoment, ContactMoment.leaver_id == SchoolLeaver.id)
                .group_by(SchoolLeaver.young_person_id)
            )
            .tuples()
            .all()
        )
        found = []
        # Only someone registered at least ``months`` ago can be due (a month is 28 days or more): the
        # others are not read at all, which keeps this start-up task small in a region of 100,000.
        registered_by = datetime.combine(today - timedelta(days=28 * months), time.max)
        for young_person_id, code, created in s.execute(
            select(YoungPerson.id, YoungPerson.code, YoungPerson.created_at)
            .where(YoungPerson.anonymised_at.is_(None), YoungPerson.created_at <= registered_by)
            .order_by(YoungPerson.code)
        ):
            moments = [created.date()]
            if young_person_id in last_case:
                moments.append(last_case[young_person_id].date())
            if young_person_id in last_call:
                moments.append(last_call[young_person_id])
            if young_person_id in last_support:
                moments.append(last_support[young_person_id])
            if young_person_id in last_contact:
                moments.append(last_contact[young_person_id])
            last = max(moments)
            due_since = add_months(last, months)
            if due_since <= today:
                found.append(PurgeCandidate(young_person_id, code, last, due_since))
        return found


def _compact(engine: Engine | Connection) -> None:
    """SQLite: the old page images leave the write-ahead log for the file, where secure_delete has zeroed the
    freed cells. PostgreSQL's own VACUUM (autovacuum) clears its old row versions."""
    if engine.dialect.name != "sqlite" or not isinstance(engine, Engine):
        return
    raw = engine.raw_connection()  # outside SQLAlchemy's transaction: a checkpoint cannot run inside one
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def _after_erasure(engine: Engine | Connection, entries: list[ErasureEntry]) -> None:
    """The freed pages out of the write-ahead log; the erasures also in the backups folder's own ledger, so
    that a restore re-applies them even when this database is damaged."""
    _compact(engine)
    if entries and isinstance(engine, Engine) and engine.dialect.name == "sqlite" and engine.url.database:
        from pathlib import Path

        remember_erasures(Path(engine.url.database), entries)


def _anonymise(
    s: Session,
    young_person_id: int,
    kind: str,
    *,
    by: str,
    erased_at: datetime | None = None,
    record: bool = True,
) -> ErasureEntry:
    """Empty every field that names or describes the young person; with ``record`` also in the ledger. ``by``
    signs the amendments of locked sessions the young person was discussed in."""
    young = s.get(YoungPerson, young_person_id)
    assert young is not None
    entry = ErasureEntry(young.id, young.created_at, erased_at or session_clock(s).utcnow(), kind)
    if record:
        s.add(
            Erasure(
                young_person_id=entry.young_person_id,
                registered_at=entry.registered_at,
                erased_at=entry.erased_at,
                kind=kind,
            )
        )
    young.code = f"X-{young_person_id:06d}"
    young.initials = ""
    young.given_name = young.family_name = ""
    young.student_number = None
    young.birth_year = None
    young.home_place = ""
    young.travels_independently = young.driving_licence = None
    young.available_from = young.exit_expected_on = None
    young.hours_per_week = None
    young.support_note = ""
    young.needs_job_coach = False
    young.doelgroepregister = YesNoUnknown.UNKNOWN
    young.case_holder_id = None
    for spec_field in YoungPerson.spec_fields:  # one added in the spec alone: emptied unless it is no one's
        if spec_field.privacy in ANONYMISED_CLASSES:
            setattr(young, spec_field.key, spec_field.default)
    young.anonymised_at = session_clock(s).utcnow()
    # Kept for the overview: school, level, programme, exit status, situation, sectors; nothing that names.
    case_ids = select(Case.id).where(Case.young_person_id == young_person_id).scalar_subquery()
    # Locked minutes change too: each such session gets an amendment saying so (no personal details).
    for case_id, meeting_id in s.execute(
        select(Case.id, Case.meeting_id)
        .join(Meeting, Meeting.id == Case.meeting_id)
        .where(Case.young_person_id == young_person_id, Meeting.status == MeetingStatus.LOCKED)
        .order_by(Case.id)
    ):
        s.add(
            Amendment(
                meeting_id=meeting_id,
                at=session_clock(s).utcnow(),
                by=by,
                description=f"case {case_id}: anonymised",
            )
        )
    s.flush()
    s.execute(
        update(Case).where(Case.young_person_id == young_person_id).values(notes="", situation_summary="")
    )
    s.execute(update(Agreement).where(Agreement.case_id.in_(case_ids)).values(action=ANONYMISED_TEXT))
    s.execute(  # an agreement's words kept with a change after locking
        update(Amendment)
        .where(Amendment.young_person_id == young_person_id, Amendment.subject != "")
        .values(subject=ANONYMISED_TEXT)
    )
    proposal_ids = select(Proposal.id).where(Proposal.young_person_id == young_person_id).scalar_subquery()
    s.execute(update(ProposalStep).where(ProposalStep.proposal_id.in_(proposal_ids)).values(note=""))
    placement_ids = select(Placement.id).where(Placement.young_person_id == young_person_id).scalar_subquery()
    s.execute(
        update(NazorgCheckpoint).where(NazorgCheckpoint.placement_id.in_(placement_ids)).values(note="")
    )
    s.execute(update(Consent).where(Consent.young_person_id == young_person_id).values(note=""))
    anonymise_support(s, young_person_id)
    # A leaver's contact moments keep their status and the job's quality (the overview counts them); what was
    # said goes.
    leaver_ids = (
        select(SchoolLeaver.id).where(SchoolLeaver.young_person_id == young_person_id).scalar_subquery()
    )
    s.execute(update(ContactMoment).where(ContactMoment.leaver_id.in_(leaver_ids)).values(note=""))
    return entry

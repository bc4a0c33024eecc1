"""The minutes from the database: pseudonymised by default, full names only with consent, and logged."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from matchtafel.cli.main import run
from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.models import AuditEvent, Case, Consent, YoungPerson
from matchtafel.reports.minutes import write_minutes
from matchtafel.services import Services
from matchtafel.services.minutes import SessionNotHeld
from matchtafel.storage.db import Database
from tests.conftest import NOW, TODAY


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=13, today=TODAY)
    return services


def text_of(services: Services, meeting_id: int, *, full: bool = False) -> str:
    out = io.BytesIO()
    write_minutes(services.minutes.minutes(meeting_id, full_names=full), out)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages).split())


def names_on_the_agenda(db: Database, meeting_id: int) -> dict[int, tuple[str, bool]]:
    with db.sessions() as s:
        people = s.scalars(
            select(YoungPerson)
            .join(Case, Case.young_person_id == YoungPerson.id)
            .where(Case.meeting_id == meeting_id)
        ).all()
        consenting = set(
            s.scalars(
                select(Consent.young_person_id).where(
                    Consent.scope_table.is_(True), Consent.withdrawn_on.is_(None)
                )
            )
        )
        return {y.id: (f"{y.given_name} {y.family_name}", y.id in consenting) for y in people}


def test_default_minutes_hold_no_young_persons_name_and_every_agreement(demo: Services, db: Database) -> None:
    meeting_id = demo.minutes.find("latest")
    data = demo.minutes.minutes(meeting_id)
    text = text_of(demo, meeting_id)
    for name, _ in names_on_the_agenda(db, meeting_id).values():
        assert name not in text
    for case in data.cases:
        assert case.label in text
        for agreement in case.agreements:
            assert agreement.owner in text and f"{agreement.deadline:%d-%m-%Y}" in text
    assert data.review and all(line.action.split()[0] in text for line in data.review)
    assert data.actions() and "Actielijst" in text


def test_full_names_only_with_consent_and_each_one_logged(demo: Services, db: Database) -> None:
    meeting_id = demo.minutes.find("latest")
    people = names_on_the_agenda(db, meeting_id)
    assert any(c for _, c in people.values()) and not all(c for _, c in people.values())
    text = text_of(demo, meeting_id, full=True)
    for name, consented in people.values():
        assert (name in text) == consented, name
    with db.sessions() as s:
        logged = set(s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "print_name")))
    assert logged == {i for i, (_, c) in people.items() if c}


def test_find_a_session_by_number_date_or_latest(demo: Services) -> None:
    rows = demo.meetings.rows()
    assert demo.minutes.find(str(rows[0].id)) == rows[0].id
    assert demo.minutes.find(f"{rows[2].starts_at:%Y-%m-%d}") == rows[2].id
    latest = max((r for r in rows if r.status != MeetingStatus.PLANNED), key=lambda r: r.starts_at)
    assert demo.minutes.find("latest") == latest.id
    for wrong in ("2001-01-01", "9999", "gisteren"):
        with pytest.raises(UserError, match="No session"):
            demo.minutes.find(wrong)


def test_the_command_line_writes_minutes_and_action_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(db), "--seed", "3"], clock=clock) == 0
    out = tmp_path / "Verslag Matchtafel.pdf"
    assert (
        run(
            ["minutes", "latest", "--db", str(db), "--out", str(out), "--no-notes", "--lang", "en"],
            clock=clock,
        )
        == 0
    )
    assert "Minutes Matchtafel" in PdfReader(out).pages[0].extract_text()
    assert run(["actions", "latest", "--db", str(db), "--out", str(tmp_path / "a.pdf")], clock=clock) == 0
    capsys.readouterr()
    assert run(["minutes", "2001-01-01", "--db", str(db), "--out", str(tmp_path / "x.pdf")], clock=clock) == 1
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    assert run(["minutes", "latest", "--db", str(db), "--out", str(blocked / "x.pdf")], clock=clock) == 1
    assert (
        run(
            [
                "actions",
                "latest",
                "--db",
                str(db),
                "--out",
                str(tmp_path / "b.pdf"),
                "--organisation",
                "Nergens",
            ],
            clock=clock,
        )
        == 1
    )
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1].strip()[:8] for line in err] == ["No sessi", "The fold", "No organ"]
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".matchtafel-*"))


def test_latest_is_the_last_session_held_and_a_planned_one_needs_force(demo: Services) -> None:
    held = demo.minutes.held()
    assert held and all(h.status in (MeetingStatus.CLOSED, MeetingStatus.LOCKED) for h in held)
    assert [h.starts_at for h in held] == sorted((h.starts_at for h in held), reverse=True)
    assert demo.minutes.find("latest") == held[0].id
    planned = next(m for m in demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    assert planned.starts_at > held[0].starts_at and planned.id not in {h.id for h in held}
    with pytest.raises(SessionNotHeld, match="has not been held yet"):
        demo.minutes.minutes(planned.id)
    with pytest.raises(SessionNotHeld):
        demo.minutes.action_list(planned.id)
    assert demo.minutes.minutes(planned.id, force=True).status == "planned"


def test_changes_after_locking_are_kept_in_parts_and_printed_as_sentences(demo: Services) -> None:
    meeting = demo.minutes.find("latest")
    view = demo.session_view.view(meeting)
    if demo.meetings.get(meeting).status == MeetingStatus.CLOSED:
        demo.agenda.lock(meeting)
    case = view.cases[0]
    agreement = demo.agenda.add_agreement(
        meeting, action="Cv bijwerken", owner_id=None, deadline=None, case_id=case.id
    )
    demo.agenda.delete_agreement(agreement)
    demo.agenda.save_case_notes(case.id, "Aanvulling na de sessie.")
    data = demo.minutes.minutes(meeting)
    label = f"{case.code} {case.initials}"
    assert [(a.action, a.entity, a.case, a.subject, a.detail) for a in data.amendments] == [
        ("create", "agreement", label, "Cv bijwerken", ""),
        ("delete", "agreement", label, "Cv bijwerken", ""),
        ("update", "case", label, "", "notes"),
    ]
    assert data.locked_at is not None and data.amendments[0].at == NOW  # local time, from the clock
    out = io.BytesIO()
    write_minutes(data, out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages).split())
    who = "Test Gebruiker (Testschool)"
    assert f"Afspraak 'Cv bijwerken' van {label} verwijderd door {who} op {NOW:%d-%m-%Y %H:%M}." in text
    assert f"Notities bij {label} gewijzigd door {who}" in text
    assert f"agreement {agreement}: delete" not in text
    long = demo.agenda.add_agreement(
        meeting, action="Lang " + "woord " * 80, owner_id=None, deadline=None, case_id=case.id
    )
    out = io.BytesIO()
    write_minutes(demo.minutes.minutes(meeting), out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages).split())
    assert f"Afspraak 'Lang {'woord ' * 11}woord…' van {label} toegevoegd door" in text  # its first words
    demo.agenda.delete_agreement(long)
    demo.retention.erase(case.young_person_id, "verzoek van de jongere")
    erased = demo.minutes.minutes(meeting).amendments
    assert {a.subject for a in erased} == {"—", ""} and all(label not in a.case for a in erased)

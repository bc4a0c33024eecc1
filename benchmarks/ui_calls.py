"""What each service call a screen makes costs on a demo: the call itself, timed apart from any widget, so we
know which may stay on the UI thread (goal: none over 50 ms there) and which go through the operation runner.
Prints, never asserts. Writes go to a copy of the database.

    python benchmarks/ui_calls.py DB [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 50.0


def measure(name: str, call: Callable[[], Any], runs: int) -> tuple[str, list[float]]:
    call()  # the first call imports the service's module: start-up's cost, not the call's
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        values.append((time.perf_counter() - start) * 1000)
    return name, values


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from matchtafel.models import Meeting, Proposal, Vacancy, YoungPerson
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database
    from matchtafel.ui.sections.registers.young_people import YoungPeopleRegister

    QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    copy = folder / "copy.db"
    shutil.copy(args.db, copy)
    db = open_database(copy, exclusive=False)
    s = Services.create(db.sessions, Actor("benchmark"))
    with db.sessions() as session:
        young_id = session.scalars(select(YoungPerson.id).order_by(YoungPerson.id)).first()
        vacancy_id = session.scalars(select(Vacancy.id).order_by(Vacancy.id)).first()
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id.desc())).first()
        proposal_id = session.scalars(select(Proposal.id).order_by(Proposal.id)).first()
    assert young_id and vacancy_id and meeting_id and proposal_id
    today = s.clock.today()
    register = YoungPeopleRegister(s, s.overview.sectors())
    row = s.young_people.view(young_id)
    values = register.values_of(row)

    def change_young() -> None:
        nonlocal row
        row = register.save(values, row)

    calls: list[tuple[str, Callable[[], Any]]] = [
        (
            "young_people.list_rows (register reload)",
            lambda: s.young_people.list_rows(include_archived=False),
        ),
        ("young_people.view (open a record)", lambda: s.young_people.view(young_id)),
        ("young_people.change (save a record form)", change_young),
        ("history.of_young_person", lambda: s.history.of_young_person(young_id)),
        ("consent.history", lambda: s.consent.history(young_id)),
        ("leavers.of_young_person", lambda: s.leavers.of_young_person(young_id)),
        ("mentoring.links (young person)", lambda: s.mentoring.links(young_person_id=young_id)),
        ("accounts.my_role", lambda: s.accounts.my_role()),
        ("organisations.rows", lambda: s.organisations.rows()),
        ("people.rows (form choices)", lambda: s.people.rows()),
        ("employers.rows (form choices)", lambda: s.employers.rows()),
        ("supporters.rows", lambda: s.supporters.rows()),
        ("vacancies.list_rows", lambda: s.vacancies.list_rows(include_archived=False)),
        ("vacancies.get", lambda: s.vacancies.get(vacancy_id)),
        ("meetings.invitable", lambda: s.meetings.invitable()),
        ("meetings.latest_invitees", lambda: s.meetings.latest_invitees()),
        ("session_view.view (run a session)", lambda: s.session_view.view(meeting_id)),
        ("agenda.propose", lambda: s.agenda.propose(meeting_id)),
        ("followup.checkpoints", lambda: s.followup.checkpoints(today, days_ahead=7)),
        ("followup.next_session", lambda: s.followup.next_session()),
        ("leavers.moments", lambda: s.leavers.moments(today, days_ahead=7)),
        ("pipeline.proposals_page", lambda: s.pipeline.proposals_page()),
        ("pipeline.timeline", lambda: s.pipeline.timeline(proposal_id)),
        ("calendar.events (follow-up page)", lambda: s.calendar.events()),
        ("my_page.page", lambda: s.my_page.page(young_id)),
        ("retention.preview (privacy page)", lambda: s.retention.preview(24)),
        ("retention.supporters_due", lambda: s.retention.supporters_due(24)),
        ("audit_log.actions", lambda: s.audit_log.actions()),
        ("minutes.held", lambda: s.minutes.held()),
        ("monitoring.choices", lambda: s.monitoring.choices()),
        ("matching.for_young_person", lambda: s.matching.for_young_person(young_id)),
    ]
    print(f"{'call':48} {'median':>9} {'min':>9} {'max':>9}  goal {GOAL_MS:.0f} ms on the UI thread")
    for name, call in calls:
        try:
            _, values_ms = measure(name, call, args.runs)
        except Exception as exc:  # a call the demo cannot make: say so, go on
            print(f"{name:48} {'-':>9}  ({type(exc).__name__}: {exc})")
            continue
        median = statistics.median(values_ms)
        verdict = "may stay on the UI thread" if max(values_ms) < GOAL_MS else "off the UI thread"
        print(f"{name:48} {median:8.1f}ms {min(values_ms):8.1f}ms {max(values_ms):8.1f}ms  {verdict}")
    db.close()
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())

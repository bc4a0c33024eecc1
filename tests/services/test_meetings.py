from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from matchtafel.domain.errors import ValidationError
from matchtafel.services import Services
from matchtafel.services.meetings import MeetingInput
from tests.conftest import TODAY

from .helpers import make_basics


def test_plan_and_list_sessions_with_case_counts(services: Services) -> None:
    basics = make_basics(services)
    later = services.meetings.create(
        MeetingInput(
            starts_at=datetime.combine(TODAY + timedelta(days=14), time(13, 30)), chair_id=basics.coach.id
        )
    )
    earlier = services.meetings.create(
        MeetingInput(
            starts_at=datetime.combine(TODAY - timedelta(days=14), time(13, 30)), place="Gemeentehuis"
        )
    )
    rows = services.meetings.rows()
    assert [r.id for r in rows] == [earlier.id, later.id]
    assert rows[1].chair_name == "Fenna Jansen"
    assert [r.case_count for r in rows] == [0, 0]
    assert rows[0].status.value == "planned"


def test_session_length_and_people_are_checked(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.meetings.create(
            MeetingInput(starts_at=datetime.combine(TODAY, time(13, 30)), duration_minutes=5, chair_id=77)
        )
    assert {p.field for p in caught.value.problems} == {"duration_minutes", "chair_id"}

"""School leavers on a shared server: the Doorstroompunt's own login records a leaving, records it again (the
moments not yet made are replaced: a DELETE the server must allow) and answers a contact moment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchtafel.clock import FixedClock
from matchtafel.domain.vocabulary import ContactChannel, ExitStatus, LeaverStatus
from matchtafel.services import Actor, Services
from matchtafel.services.leavers import LeavingInput, MomentAnswer
from matchtafel.services.organisations import OrganisationInput
from matchtafel.storage.db import open_database
from tests.conftest import NOW, PG_URL, TODAY
from tests.services.helpers import kind_id, make_basics, make_young_person
from tests.storage.test_server import login_for, server  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")


def test_the_doorstroompunt_keeps_a_leaver_in_view_on_the_shared_server(
    server: tuple[str, list[str]],  # noqa: F811
) -> None:
    url, _ = server
    admin_db = open_database(url)
    admin = Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW))
    young = make_young_person(admin, make_basics(admin))
    admin.organisations.create(
        OrganisationInput(name="Doorstroompunt Achterhoek", kind_id=kind_id(admin, "doorstroompunt"))
    )
    admin_db.close()
    db = open_database(login_for(server, "municipality", "Doorstroompunt Achterhoek"))
    try:
        keeper = Services.create(
            db.sessions, Actor("Ruben Gerritsen", "Doorstroompunt Achterhoek"), clock=FixedClock(NOW)
        )
        first = LeavingInput(TODAY - timedelta(days=200), ExitStatus.DIPLOMA, None, ContactChannel.PHONE)
        keeper.leavers.record(young.id, first)
        again = LeavingInput(TODAY - timedelta(days=100), ExitStatus.DIPLOMA, None, ContactChannel.PHONE)
        row = keeper.leavers.record(young.id, again)
        moment = row.moments[0]
        result = keeper.leavers.answer(moment.id, moment.version, MomentAnswer(LeaverStatus.LOOKING))
        assert result.worrying
        assert [m.leaver_id for m in keeper.leavers.moments(TODAY, days_ahead=400)] == [row.id, row.id]
    finally:
        db.close()

"""Services are made (their modules imported) one thread at a time: two pool threads importing modules
that import each other could each find the other's half made."""

from __future__ import annotations

import threading
import time

from matchtafel.first_use import FIRST_USE
from matchtafel.services import Actor, Services
from matchtafel.storage.db import Database


def test_a_service_is_made_under_the_first_use_lock(db: Database) -> None:
    services = Services.create(db.sessions, Actor("Test", "WSP"))
    made: list[object] = []
    worker = threading.Thread(target=lambda: made.append(services.supporters))
    with FIRST_USE:  # another thread is importing: the service waits for it
        worker.start()
        # time enough to make it, were it not for the lock (a sleep: a timed join never returns under faketime)
        time.sleep(0.5)
        assert worker.is_alive() and made == []
    worker.join()
    assert made == [services.supporters]  # made once, then kept
    with FIRST_USE:  # the same thread may take it again (a service that makes another)
        assert services.reminders is services.reminders

"""One fixture set for the whole suite: offscreen Qt, isolated folders, a fresh database per test.

Time: every test reads "now" from the ``clock`` fixture, a ``FixedClock`` pinned to ``TODAY`` at 10:00.
``TODAY`` is the real date when the run starts (or ``MATCHTAFEL_TEST_TODAY=YYYY-MM-DD``), so the suite is
tested on whatever day it runs: CI runs it again with the whole process's clock moved (faketime).

Database tests take the ``backend`` parameter: SQLite always, PostgreSQL too when
MATCHTAFEL_TEST_PG_URL names a server (``.ci/run`` starts one). Each test gets its own database,
copied from a template that was migrated once per run.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from matchtafel.clock import SYSTEM_CLOCK, FixedClock
from matchtafel.services import Actor, Services
from matchtafel.storage.db import Database, open_database, to_url

PG_URL = os.environ.get("MATCHTAFEL_TEST_PG_URL", "")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
PG_TEMPLATE = "matchtafel_template"
_counter = itertools.count()


def _pinned_today() -> date:
    chosen = os.environ.get("MATCHTAFEL_TEST_TODAY", "")
    return date.fromisoformat(chosen) if chosen else SYSTEM_CLOCK.today()


TODAY = _pinned_today()
NOW = datetime.combine(TODAY, time(10, 0))


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock: it stands at ``NOW`` until the test moves it."""
    return FixedClock(NOW)


Cli = Callable[[list[str]], int]


@pytest.fixture
def cli(clock: FixedClock) -> Cli:
    """``cli(["sessions", "--db", path])``: the command line, on the test's clock."""
    from matchtafel.cli.main import run

    return lambda argv: run(argv, clock=clock)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own settings or database."""
    monkeypatch.setenv("MATCHTAFEL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MATCHTAFEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MATCHTAFEL_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("MATCHTAFEL_DB", raising=False)
    # The command line speaks the system's language: English here, whatever the machine's locale.
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """Migrates the template database once; every test copies it (CREATE DATABASE ... TEMPLATE)."""
    if not PG_URL:
        pytest.fail("backend=postgresql without MATCHTAFEL_TEST_PG_URL")  # never reached: not parametrized
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {PG_TEMPLATE}"))
    open_database(pg_url(PG_TEMPLATE)).close()
    yield PG_URL
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))
    admin.dispose()


def pg_url(database: str) -> str:
    return to_url(PG_URL).set(database=database).render_as_string(hide_password=False)


@pytest.fixture
def database_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a fresh, migrated database lives: a file path or a PostgreSQL URL."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "matchtafel.sqlite3"
        shutil.copyfile(template, target)
        yield str(target)
        return
    request.getfixturevalue("pg_admin_url")
    name = f"matchtafel_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}"))
    try:
        yield pg_url(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def db(database_target: str) -> Iterator[Database]:
    database = open_database(database_target)
    yield database
    if "PySide6.QtCore" in sys.modules:  # let background work (lists, suggestions) finish first
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
    database.close()


ACTOR = Actor("Test Gebruiker", "Testschool")


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    return Services.create(db.sessions, ACTOR, clock=clock)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After a test's body, before its fixtures go: let the background work it started finish and deliver its
    results while its database and widgets still exist. Work left running would deliver into the next test
    (a save failing on a database already dropped, a real message box on a deleted form: a crash under load)."""
    yield
    finish_background_work()


def finish_background_work(seconds: float = 20.0) -> None:
    """Wait for Qt's pool threads (with the clock the suite runs under: short sleeps, no timed Qt waits),
    then deliver what they sent to the UI thread."""
    import sys
    import time

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QThreadPool

    app = QCoreApplication.instance()
    if app is None:
        return
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + seconds
    while pool.activeThreadCount() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    # The cycles of this test's widgets, on this (the UI) thread (see qt_collects_on_its_thread): the young
    # generations after every test, all of them now and then (a full collection over the demo data is slow).
    gc.collect(2 if next(_tests_run) % 50 == 0 else 1)


_tests_run = itertools.count(1)


@pytest.fixture(scope="session", autouse=True)
def qt_collects_on_its_thread() -> Iterator[None]:
    """As the app does (``ui/widgets/collector.py``): no automatic cycle collection, which would run on
    whichever thread allocates and could destroy a test's widgets on a pool thread; each test's cycles are
    collected on the UI thread after it (``finish_background_work``)."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()

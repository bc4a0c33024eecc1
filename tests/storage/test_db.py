"""Opening databases: pragmas, migrations, and every way a database can be wrong."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from matchtafel.domain.errors import DatabaseError
from matchtafel.models import Base
from matchtafel.storage.db import SCHEMA_HEAD, Database, alembic_config, open_database
from tests.conftest import TODAY


def test_schema_head_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [SCHEMA_HEAD]


def test_migrated_schema_equals_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_pragmas_protect_a_live_meeting(tmp_path: Path) -> None:
    db = open_database(tmp_path / "m.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.close()


def test_foreign_keys_and_checks_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people (name, email, phone, role, organisation_id, created_at, created_by, "
                "updated_at, updated_by, version) VALUES ('x', '', '', '', 999, CURRENT_TIMESTAMP, '', "
                "CURRENT_TIMESTAMP, '', 1)"
            )
        )
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE organisation_kinds SET category = 'bakery'"))


def test_reopening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from matchtafel.storage.db import open_database; "
        f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_second_process_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    db = open_database(path)
    code = f"from matchtafel.storage.db import open_database; open_database({str(path)!r})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode != 0
    assert f"is already open in another Matchtafel (process {os.getpid()})" in out.stderr
    db.close()
    subprocess.run([sys.executable, "-c", code], check=True)  # free again once closed


def test_a_reader_may_open_beside_the_running_app(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    app = open_database(path)
    reader = open_database(path, exclusive=False)
    with reader.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM organisation_kinds")).scalar() == 14
    reader.close()
    app.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Verslag van de matchtafel\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"is not a Matchtafel database\. Nothing was changed\."):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "Verslag van de matchtafel\n"


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    db = open_database(path)
    db.close()
    raw = bytearray(path.read_bytes())
    for offset in range(4096, len(raw) - 4096, 4096):  # scribble over every page but the header page
        raw[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(raw))
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert "damaged" in caught.value.message or "cannot be used as a database" in caught.value.message
    assert "Nothing was changed" in caught.value.message or "Nothing was changed" in str(caught.value)
    assert path.read_bytes() == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseError, match="holds other tables but no Matchtafel data"):
        open_database(path)


def test_a_database_from_a_newer_version_is_refused(db: Database, database_target: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    db.close()
    with pytest.raises(DatabaseError, match=r"written by a newer Matchtafel \(schema 0099_future\)"):
        open_database(database_target)


def test_a_read_only_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    path.chmod(0o444)
    real_access = os.access
    # CI runs as root, for whom every file is writable; ask as an ordinary user would be answered.
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DatabaseError, match="cannot be written"):
        open_database(path)


def test_a_missing_folder_or_a_folder_as_file_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "m.sqlite3")
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_other_database_kinds_and_broken_urls_are_refused() -> None:
    with pytest.raises(DatabaseError, match="not 'mysql'"):
        open_database("mysql://user@localhost/db")
    with pytest.raises(DatabaseError, match="neither a file path nor a database URL"):
        open_database("postgresql://user@host:notaport/db")


def test_a_silent_postgresql_server_gives_up_within_5_seconds() -> None:
    """A server that accepts the connection and never answers: the connect timeout ends the wait."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(DatabaseError, match="cannot be reached"):
            open_database(f"postgresql://someone@127.0.0.1:{port}/matchtafel")
        assert time.monotonic() - started < 5


def test_a_refused_postgresql_connection_is_a_clear_message_without_the_password() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(DatabaseError, match="cannot be reached") as caught:
        open_database(f"postgresql://someone:secret@127.0.0.1:{port}/matchtafel")
    assert time.monotonic() - started < 5.5
    assert "secret" not in caught.value.message


def test_a_database_of_the_first_schema_is_upgraded_on_open_and_keeps_its_rows(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_initial")
        conn.execute(
            text(
                "INSERT INTO young_people (code, initials, given_name, family_name, programme_name, crebo, "
                "home_place, wanted_sectors, needs_job_coach, support_note, doelgroepregister, is_concern, "
                "created_at, created_by, updated_at, updated_by, version) VALUES ('J-2025-0001', 'A.B.', 'A', "
                "'B', '', '', '', '', 0, '', 'unknown', 0, '2025-01-01', '', '2025-01-01', '', 1)"
            )
        )
    engine.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.execute(text("SELECT code, looking_for_leerbaan FROM young_people")).one() == (
            "J-2025-0001",
            0,
        )
    db.close()


def test_initials_an_apostrophe_spoilt_are_made_again_on_upgrade(tmp_path: Path) -> None:
    """Before issue 14 "Mila ’t Hart" was stored as "M.’."; opening the file with this version mends it, and
    leaves other initials (also hand-made ones) and anonymised rows alone."""
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    rows = [
        ("J-2025-0001", "M.’.", "Mila", "’t Hart"),
        ("J-2025-0002", "'.B.", "'Ayla", "Bos"),
        ("J-2025-0003", "Z.B.", "Zoë", "van der Berg"),
        ("J-2025-0004", "X.Y.", "Anna", "Smit"),  # typed by hand once: left as it is
        ("J-2025-0005", "", "", ""),  # anonymised
    ]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0012_amendment_parts")
        for code, initials, given, family in rows:
            conn.execute(
                text(
                    "INSERT INTO young_people (code, initials, given_name, family_name, programme_name, crebo, "
                    "home_place, wanted_sectors, needs_job_coach, support_note, doelgroepregister, is_concern, "
                    "looking_for_leerbaan, created_at, created_by, updated_at, updated_by, version) VALUES "
                    "(:code, :initials, :given, :family, '', '', '', '', 0, '', 'unknown', 0, 0, '2025-01-01', "
                    "'', '2025-01-01', '', 1)"
                ),
                {"code": code, "initials": initials, "given": given, "family": family},
            )
    engine.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        found = dict(conn.execute(text("SELECT code, initials FROM young_people")).all())
    db.close()
    assert found == {
        "J-2025-0001": "M.H.",
        "J-2025-0002": "A.B.",
        "J-2025-0003": "Z.B.",
        "J-2025-0004": "X.Y.",
        "J-2025-0005": "",
    }


def test_upgrading_a_database_full_of_linked_rows_keeps_every_link(tmp_path: Path) -> None:
    """Batch migrations copy tables on SQLite; with foreign keys on, that failed on real data."""
    from alembic import command
    from sqlalchemy import create_engine

    from matchtafel.demo.region import generate_demo

    path = tmp_path / "full.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=3, today=TODAY)
    with db.engine.connect() as conn:
        before = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("young_people", "cases", "consents")
        }
    db.close()
    engine = create_engine(f"sqlite:///{path}")  # plain engine: foreign keys off, as an old release left it
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001_initial")
    engine.dispose()

    db = open_database(path)
    with db.engine.connect() as conn:
        after = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in before}
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    db.close()
    assert after == before

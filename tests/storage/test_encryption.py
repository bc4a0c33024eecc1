"""The encrypted database: unreadable without its passphrase, a clear message for a wrong one, and a plain
file converted after a backup; the command line reads the passphrase from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchtafel.clock import FixedClock
from matchtafel.domain.errors import DatabaseError, PassphraseNeeded, WrongPassphrase
from matchtafel.services import Actor, Services
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.storage.db import SCHEMA_HEAD, current_revision, open_database
from matchtafel.storage.encryption import encrypt_file, is_encrypted_file
from tests.conftest import NOW, Cli

PASSPHRASE = "Matchtafel-Achterhoek-2026"


def add_young_person(path: Path, passphrase: str | None) -> str:
    db = open_database(path, passphrase=passphrase)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
        return services.young_people.create(
            YoungPersonInput(given_name="Quirijntje", family_name="Zwanenburgh")
        ).code
    finally:
        db.close()


def stored_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_an_encrypted_database_is_unreadable_without_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.sqlite3"
    code = add_young_person(path, PASSPHRASE)
    assert is_encrypted_file(path)
    data = stored_bytes(path)
    assert (
        not data.startswith(b"SQLite format 3") and b"Zwanenburgh" not in data and code.encode() not in data
    )
    with pytest.raises(PassphraseNeeded, match="is encrypted: give its passphrase"):
        open_database(path)
    with pytest.raises(WrongPassphrase, match="The passphrase does not open"):
        open_database(path, passphrase="verkeerd wachtwoord")
    db = open_database(path, passphrase=PASSPHRASE)
    try:
        assert db.description.endswith("(SQLCipher)")
        services = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
        assert [r.code for r in services.young_people.rows()] == [code]
        backup = db.backup("test", now=services.clock.now())
        assert backup is not None and is_encrypted_file(backup)  # a backup copy is encrypted too
    finally:
        db.close()
    assert "Zwanenburgh" not in repr(db) and PASSPHRASE not in repr(db)


def test_a_plain_database_is_converted_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    code = add_young_person(path, None)
    assert b"Zwanenburgh" in stored_bytes(path)
    with pytest.raises(DatabaseError, match="at least 8 characters"):
        encrypt_file(path, "kort", now=NOW)
    backup = encrypt_file(path, PASSPHRASE, now=NOW)
    assert b"Zwanenburgh" in stored_bytes(backup) and not is_encrypted_file(backup)
    assert is_encrypted_file(path) and b"Zwanenburgh" not in stored_bytes(path)
    db = open_database(path, passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert current_revision(conn) == SCHEMA_HEAD
        assert [
            r.code
            for r in Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW)).young_people.rows()
        ] == [code]
    finally:
        db.close()
    with pytest.raises(DatabaseError, match="encrypted already"):
        encrypt_file(path, PASSPHRASE, now=NOW)


def test_the_command_line_encrypts_and_opens_with_the_passphrase_from_the_environment(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli: Cli,
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(path)]) == 0
    monkeypatch.setenv("MATCHTAFEL_PASSPHRASE", PASSPHRASE)
    assert cli(["encrypt", "--db", str(path)]) == 0
    assert "delete it once the encrypted file works" in capsys.readouterr().out
    assert cli(["sessions", "--db", str(path)]) == 0
    assert "Planned" in capsys.readouterr().out
    monkeypatch.setenv("MATCHTAFEL_PASSPHRASE", "niet het goede wachtwoord")
    assert cli(["sessions", "--db", str(path)]) == 1
    assert "The passphrase does not open" in capsys.readouterr().err
    monkeypatch.delenv("MATCHTAFEL_PASSPHRASE")
    assert cli(["sessions", "--db", str(path)]) == 1
    assert "is encrypted: give its passphrase" in capsys.readouterr().err

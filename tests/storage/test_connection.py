"""Connection settings for a shared server: the URL built from the settings, the password in the keyring
(never in the settings file), a clear message within 5 seconds, and the command line's connect."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import replace

import keyring
import pytest
from keyring.backend import KeyringBackend

from matchtafel.cli.main import run
from matchtafel.domain.errors import ServerUnreachable, UserError
from matchtafel.settings import (
    Settings,
    load_settings,
    resolve_database,
    save_settings,
    server_url,
    settings_path,
)
from matchtafel.storage.credentials import remember_server_password, server_password
from matchtafel.storage.db import open_database
from tests.conftest import PG_URL


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVER = Settings(
    use_server=True,
    server_host="db.regio.example",
    server_user="fenna_jansen",
    server_sslmode="verify-full",
    server_ca_file="/etc/ssl/regio-ca.pem",
)


def test_the_url_carries_tls_and_the_password_only_in_memory(memory_keyring: MemoryKeyring) -> None:
    assert server_url(SERVER) == (
        "postgresql://fenna_jansen@db.regio.example:5432/matchtafel?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fregio-ca.pem"
    )
    assert server_url(SERVER, "p@ss:w/rd").startswith(
        "postgresql://fenna_jansen:p%40ss%3Aw%2Frd@db.regio.example"
    )
    remember_server_password("fenna_jansen", "db.regio.example", "geheim wachtwoord")
    assert server_password("fenna_jansen", "db.regio.example") == "geheim wachtwoord"
    assert ":geheim%20wachtwoord@" in resolve_database(None, SERVER)
    save_settings(SERVER)
    stored = settings_path().read_text(encoding="utf-8")
    assert "geheim" not in stored and json.loads(stored)["server_host"] == "db.regio.example"
    assert load_settings() == SERVER
    assert resolve_database(None, replace(SERVER, use_server=False)).endswith("matchtafel.sqlite3")
    broken = replace(SERVER, server_sslmode="maybe", server_port=0).validated()
    assert (broken.server_sslmode, broken.server_port) == ("prefer", 5432) and len(broken.problems) == 2


def test_without_a_keyring_the_password_is_simply_not_found() -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert server_password("fenna_jansen", "db.regio.example") is None
        with pytest.raises(UserError, match="no system keyring"):
            remember_server_password("fenna_jansen", "db.regio.example", "x")
    finally:
        keyring.set_keyring(previous)


def test_a_server_that_does_not_answer_is_a_clear_message_within_5_seconds() -> None:
    started = time.perf_counter()
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        open_database(f"postgresql://nobody@127.0.0.1:{free_port()}/matchtafel")
    assert time.perf_counter() - started < 5


def test_connect_from_the_command_line(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(["connect", "--host", "127.0.0.1", "--port", str(free_port()), "--user", "fenna"]) == 1
    assert "cannot be reached" in capsys.readouterr().err
    assert not load_settings().use_server  # nothing is remembered from a failed try
    assert run(["connect", "--host", "h", "--user", "u", "--sslmode", "verify-full"]) == 1
    assert "--ca-file" in capsys.readouterr().err
    if PG_URL:  # a real server: the test server trusts loopback, so any password works
        from sqlalchemy import create_engine, text

        from matchtafel.storage.db import to_url

        url = to_url(PG_URL)
        name = f"matchtafel_connect_{os.getpid()}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            conn.execute(text(f"CREATE DATABASE {name}"))
        monkeypatch.setenv("MATCHTAFEL_SERVER_PASSWORD", "het wachtwoord")
        args = ["connect", "--host", str(url.host), "--port", str(url.port), "--user", str(url.username)]
        try:
            assert run([*args, "--database", name, "--sslmode", "disable"]) == 0
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()
        assert "uses this server from now on" in capsys.readouterr().out
        assert load_settings().use_server and memory_keyring.secrets == {
            ("matchtafel", f"{url.username}@{url.host}"): "het wachtwoord"
        }
        assert "het wachtwoord" not in settings_path().read_text(encoding="utf-8")
    assert run(["connect", "--local"]) == 0
    assert not load_settings().use_server

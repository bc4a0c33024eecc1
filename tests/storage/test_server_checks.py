"""What ``matchtafel server init`` warns about on a server it cannot fix itself (postgresql.conf, pg_hba.conf)."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

from matchtafel.storage.server_checks import warnings


class _Result:
    def __init__(self, value: Any) -> None:
        self.value = value

    def scalar(self) -> Any:
        return self.value

    def all(self) -> Any:
        return self.value


class _Server:
    """Answers the checks' three questions as a server with these settings and pg_hba.conf lines would."""

    def __init__(self, ssl: str, encryption: str, rules: list[tuple[Any, ...]] | None) -> None:
        self.ssl, self.encryption, self.rules = ssl, encryption, rules

    def begin_nested(self) -> Any:
        return nullcontext()

    def execute(self, statement: Any) -> _Result:
        sql = str(statement)
        if sql == "SHOW ssl":
            return _Result(self.ssl)
        if sql == "SHOW password_encryption":
            return _Result(self.encryption)
        if self.rules is None:
            raise PermissionError("permission denied for view pg_hba_file_rules")
        return _Result(self.rules)


def test_a_server_set_up_as_the_readme_says_gives_no_warning() -> None:
    rules = [
        (89, "local", "all", "postgres", "", "peer"),
        (91, "hostssl", "matchtafel", "+matchtafel_school", "0.0.0.0/0", "scram-sha-256"),
        (92, "host", "all", "all", "127.0.0.1/32", "scram-sha-256"),  # the machine itself: no network
        (93, "host", "all", "all", "0.0.0.0/0", "reject"),
    ]
    assert warnings(_Server("on", "scram-sha-256", rules)) == []


def test_no_tls_trust_clear_passwords_md5_and_old_hashing_are_each_named() -> None:
    rules = [
        (12, "local", "all", "all", "", "trust"),
        (14, "host", "matchtafel", "all", "10.0.0.0/8", "scram-sha-256"),
        (15, "hostssl", "all", "all", "0.0.0.0/0", "password"),
        (16, "hostssl", "all", "all", "0.0.0.0/0", "md5"),
        (17, "host", "all", "all", "127.0.0.1/32", "ident"),
    ]
    assert warnings(_Server("off", "md5", rules)) == [
        "ssl = off: passwords and data cross the network unencrypted. Turn ssl on (a certificate) and let "
        "clients connect with sslmode=verify-full.",
        "password_encryption is not scram-sha-256: set it, then set the logins' passwords again.",
        "pg_hba.conf line 12 (local all all) lets anyone in without a password.",
        "pg_hba.conf line 14 (host matchtafel all 10.0.0.0/8) allows connections without TLS: use hostssl.",
        "pg_hba.conf line 15 (hostssl all all 0.0.0.0/0) sends the password in clear.",
        "pg_hba.conf line 16 (hostssl all all 0.0.0.0/0) uses MD5 password hashes; prefer scram-sha-256.",
        "pg_hba.conf line 17 (host all all 127.0.0.1/32) trusts the client's own user name.",
    ]


def test_an_administrator_who_may_not_read_pg_hba_is_told_to_check_it_by_hand() -> None:
    assert warnings(_Server("on", "scram-sha-256", None)) == [
        "pg_hba.conf could not be read as this administrator: check it by hand (hostssl, scram-sha-256)."
    ]

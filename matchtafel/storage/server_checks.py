"""What ``matchtafel server init`` checks and reports about a server, as a careful DBA would.

Refused (init stops before changing anything): an app login with administrator rights. Warned: logins allowed
without a password (``trust``) or with one sent in clear, connections without TLS, old password hashing.
Messages are English source text: the administrator reads them on the command line.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from matchtafel.domain.access import OWNER

WEAK_METHODS = {
    "trust": "lets anyone in without a password",
    "password": "sends the password in clear",
    "md5": "uses MD5 password hashes; prefer scram-sha-256",
    "ident": "trusts the client's own user name",
}


def app_login_problems(conn: Any) -> list[str]:
    """The app's logins (rows of db_accounts) that are superuser, BYPASSRLS, may create roles or databases,
    or are members of the owner role: row-level security does not hold them."""
    if conn.execute(text("SELECT to_regclass('public.db_accounts')")).scalar() is None:
        return []
    return list(
        conn.execute(
            text(
                "SELECT a.login FROM public.db_accounts a JOIN pg_roles r ON r.rolname = a.login "
                "WHERE r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb "
                f"OR pg_has_role(r.oid, (SELECT oid FROM pg_roles WHERE rolname = '{OWNER}'), 'MEMBER') "
                "ORDER BY a.login"
            )
            if conn.execute(text(f"SELECT 1 FROM pg_roles WHERE rolname = '{OWNER}'")).first()
            else text(
                "SELECT a.login FROM public.db_accounts a JOIN pg_roles r ON r.rolname = a.login "
                "WHERE r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb ORDER BY a.login"
            )
        ).scalars()
    )


def warnings(conn: Any) -> list[str]:
    """What to fix on the server itself (pg_hba.conf, postgresql.conf); empty when nothing."""
    found: list[str] = []
    if conn.execute(text("SHOW ssl")).scalar() != "on":
        found.append(
            "ssl = off: passwords and data cross the network unencrypted. Turn ssl on (a certificate) and let "
            "clients connect with sslmode=verify-full."
        )
    if conn.execute(text("SHOW password_encryption")).scalar() != "scram-sha-256":
        found.append(
            "password_encryption is not scram-sha-256: set it, then set the logins' passwords again."
        )
    try:
        with conn.begin_nested():
            rules = conn.execute(
                text(
                    "SELECT line_number, type, array_to_string(database, ','), array_to_string(user_name, ','), "
                    "COALESCE(address, ''), auth_method FROM pg_hba_file_rules WHERE error IS NULL "
                    "ORDER BY line_number"
                )
            ).all()
    except Exception:  # pg_hba_file_rules is for superusers: say so instead of guessing
        found.append(
            "pg_hba.conf could not be read as this administrator: check it by hand (hostssl, scram-sha-256)."
        )
        return found
    for line, kind, databases, users, address, method in rules:
        where = f"pg_hba.conf line {line} ({' '.join(part for part in (kind, databases, users, address) if part)})"
        if method in WEAK_METHODS:
            found.append(f"{where} {WEAK_METHODS[method]}.")
        if kind in ("host", "hostnossl") and method != "reject" and not _loopback(address):
            found.append(f"{where} allows connections without TLS: use hostssl.")
    return found


def _loopback(address: str) -> bool:
    return address in ("127.0.0.1", "::1") or address.startswith(("127.", "::1/"))

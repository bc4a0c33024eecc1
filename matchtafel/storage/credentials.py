"""The shared server's password in the system keyring (the ``keyring`` package), never in a settings file.

Without a keyring (a server without a desktop), libpq's own ~/.pgpass or PGPASSWORD still work: the password
is then simply not found here.
"""

from __future__ import annotations

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

SERVICE = "matchtafel"


def _key(user: str, host: str) -> str:
    return f"{user}@{host}"


def server_password(user: str, host: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _key(user, host))
    except Exception:  # no keyring backend, a locked keyring: the password is not known here
        return None


def remember_server_password(user: str, host: str, password: str) -> None:
    try:
        import keyring

        keyring.set_password(SERVICE, _key(user, host), password)
    except Exception as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no system keyring ({reason}); put the password in ~/.pgpass instead.",
            ),
            reason=type(exc).__name__,
        ) from exc

"""Opening a shared PostgreSQL database: connect within seconds or say why, migrate when allowed, and refuse
to work as a login with administrator rights (it would pass every row-level security policy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, DatabaseError, ServerUnreachable
from matchtafel.storage.db import CONNECT_TIMEOUT_SECONDS, Database, driver_message
from matchtafel.storage.schema import migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


def open_postgresql(url: URL) -> Database:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}, pool_pre_ping=True)
    shown = url.set(drivername="postgresql").render_as_string(hide_password=True)
    db = Database(
        description=f"{url.host or 'localhost'}/{url.database or ''}",
        backend="postgresql",
        url=url,
        engine=engine,
    )
    try:
        migrate(db)
        _refuse_administrator_accounts(db)
    except OperationalError as exc:
        db.close()
        raise ServerUnreachable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The PostgreSQL server {url} cannot be reached: {detail}. "
                "Check the address, your network and that the server runs.",
            ),
            url=shown,
            detail=driver_message(exc),
        ) from exc
    except BaseException:
        db.close()
        raise
    return db


def _refuse_administrator_accounts(db: Database) -> None:
    """A person's login of the app with administrator rights would pass every row-level security policy:
    the app refuses to work as one (an administrator without an account may, to set things up)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r JOIN db_accounts a ON a.login = r.rolname "
                "WHERE r.rolname = session_user"
            )
        ).scalar()
    if found:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your login on {db} has administrator rights (superuser or BYPASSRLS), which the server's access "
                "rules do not hold. Ask the administrator for an ordinary login; Matchtafel does not work as this one.",
            ),
            db=db.description,
        )

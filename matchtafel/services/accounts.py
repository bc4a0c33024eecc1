"""Who the user is on a shared server: the role of their own login (``matchtafel server add-user``)."""

from __future__ import annotations

from sqlalchemy import func, select

from matchtafel.models import DbAccount
from matchtafel.services.base import ServiceBase


class AccountsService(ServiceBase):
    def my_role(self) -> str | None:
        """The role of the login this app connects with; None on a local file or for an unregistered login
        (an administrator), where the interface offers everything."""
        with self._transaction() as s:
            if s.get_bind().dialect.name != "postgresql":
                return None
            return s.scalar(select(DbAccount.role).where(DbAccount.login == func.session_user()))

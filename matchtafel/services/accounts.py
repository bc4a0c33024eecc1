"""Who the user is on a shared server: the role of their own login (``matchtafel server add-user``)."""

from __future__ import annotations

from matchtafel.services.base import ServiceBase, login_account


class AccountsService(ServiceBase):
    def my_role(self) -> str | None:
        """The role of the login this app connects with; None on a local file or for an unregistered login
        (an administrator), where the interface offers everything."""
        with self._transaction() as s:
            account = login_account(s)
            return account.role if account else None

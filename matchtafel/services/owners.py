"""Who owns an agreement: a person at the table, or a supporter (a mentor or coach). One owner at most.

Every list that shows an agreement's owner joins both and shows whichever is set; a supporter's organisation
is the text on their record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import aliased

from matchtafel.models import Agreement, Organisation, Person, Supporter


class AgreementOwner:
    """Aliases for one query: ``owner.name`` and ``owner.organisation`` are columns, ``owner.join(stmt)`` the
    outer joins they need (with the person's organisation when ``organisation`` is used)."""

    def __init__(self) -> None:
        self.person = aliased(Person)
        self.supporter = aliased(Supporter)
        self.person_organisation = aliased(Organisation)

    @property
    def name(self) -> Any:
        return func.coalesce(self.person.name, self.supporter.name)

    @property
    def organisation(self) -> Any:
        return func.coalesce(self.person_organisation.name, self.supporter.organisation)

    def join(self, stmt: Select[Any], *, organisation: bool = False) -> Select[Any]:
        stmt = stmt.outerjoin(self.person, Agreement.owner_id == self.person.id).outerjoin(
            self.supporter, Agreement.supporter_id == self.supporter.id
        )
        if organisation:
            stmt = stmt.outerjoin(
                self.person_organisation, self.person.organisation_id == self.person_organisation.id
            )
        return stmt

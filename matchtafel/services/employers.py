"""Employers: the companies that offer jobs, leerbanen and internships."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import FieldProblem
from matchtafel.models import Employer
from matchtafel.services.base import RegisterService
from matchtafel.services.spec_values import SpecValues
from matchtafel.services.validation import check_email, check_required


@dataclass(frozen=True, kw_only=True)
class EmployerInput(SpecValues):
    name: str
    place: str = ""
    sector: str = ""
    recognised_training_company: bool = False
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""


@dataclass(frozen=True, kw_only=True)
class EmployerRow(EmployerInput):
    id: int
    version: int
    archived: bool = False


class EmployersService(RegisterService[Employer, EmployerInput, EmployerRow]):
    model = Employer
    input_type = EmployerInput
    row_type = EmployerRow
    entity = "employer"

    def _list_statement(self) -> Select[Any]:
        return super()._list_statement().order_by(Employer.name)

    def _problems(self, s: Session, data: EmployerInput, current: Employer | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.name, "name", problems)
        check_email(data.contact_email, "contact_email", problems)
        return problems

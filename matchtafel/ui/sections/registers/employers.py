"""The employers register: companies offering places; an employer's form lists its vacancies."""

from __future__ import annotations

from matchtafel.domain.fields.organisations import EMPLOYERS as EMPLOYER_FIELDS
from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput, EmployerRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import date_text, distinct_options, related_list
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.record_form import RecordForm
from matchtafel.ui.widgets.row_model import Column


class EmployersRegister(ServiceRegister):
    key = "employers"
    input_type = EmployerInput
    export_kind = "werkgevers"

    def __init__(self, services: Services, sectors: list[str]) -> None:
        super().__init__(services, services.employers)
        self.sectors = sectors

    def title(self) -> str:
        return translate("EmployersRegister", "Employers")

    def columns(self) -> list[Column]:
        return list_columns(EMPLOYER_FIELDS)  # which, in which order, with which heading: the field specs

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("EmployersRegister", "Sector"),
                lambda r: r.sector,
                distinct_options(lambda r: r.sector),
            ),
            CategoryFilter(
                translate("EmployersRegister", "Recognised training company"),
                lambda r: r.recognised_training_company,
                lambda rows: [
                    (True, translate("EmployersRegister", "Recognised training company")),
                    (False, translate("EmployersRegister", "Not recognised")),
                ],
            ),
        ]

    def fields(self) -> list[FieldSpec]:
        return form_fields(EMPLOYER_FIELDS, {"sector": {"completions": lambda: self.sectors}})

    def form_title(self, row: EmployerRow | None) -> str:
        return (
            translate("EmployersRegister", "New employer")
            if row is None
            else translate("EmployersRegister", "Employer: {name}").format(name=row.name)
        )

    def prepare_form(self, form: RecordForm, row: EmployerRow | None) -> None:
        if row is None:
            return
        vacancies = self.services.vacancies.of_employer(row.id)
        lines = [
            translate("EmployersRegister", "{title} · {kind} · {status} · open until {date}").format(
                title=v.title, kind=label(v.kind), status=label(v.status), date=date_text(v.open_until)
            )
            for v in vacancies
        ]
        form.add_extra(
            related_list(
                translate("EmployersRegister", "Vacancies of this employer"),
                lines,
                translate("EmployersRegister", "No vacancies yet."),
            )
        )

"""The employers register: companies offering places; an employer's form lists its vacancies."""

from __future__ import annotations

from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput, EmployerRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import date_text, distinct_options, place_field, related_list
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label, yes_no
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
        return [
            Column(translate("EmployersRegister", "Name"), lambda r: r.name),
            Column(translate("EmployersRegister", "Place"), lambda r: r.place),
            Column(translate("EmployersRegister", "Sector"), lambda r: r.sector),
            Column(
                translate("EmployersRegister", "Recognised training company"),
                lambda r: yes_no(r.recognised_training_company),
                searchable=False,
            ),
            Column(translate("EmployersRegister", "Contact"), lambda r: r.contact_name),
            Column(translate("EmployersRegister", "Phone"), lambda r: r.contact_phone),
        ]

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
        return [
            FieldSpec("name", translate("EmployersRegister", "&Name"), required=True),
            place_field("place", translate("EmployersRegister", "&Place")),
            FieldSpec("sector", translate("EmployersRegister", "&Sector"), completions=lambda: self.sectors),
            FieldSpec(
                "recognised_training_company",
                translate("EmployersRegister", "Recognised training company (SBB)"),
                kind="bool",
            ),
            FieldSpec("contact_name", translate("EmployersRegister", "&Contact person")),
            FieldSpec("contact_email", translate("EmployersRegister", "Contact &e-mail")),
            FieldSpec("contact_phone", translate("EmployersRegister", "Contact p&hone")),
        ]

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

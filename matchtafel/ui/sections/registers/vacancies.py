"""The vacancies register: jobs, leerbanen, internships; those expiring within 14 days are marked."""

from __future__ import annotations

from datetime import date
from typing import Any

from matchtafel.domain.fields.vacancies import VACANCIES as VACANCY_FIELDS
from matchtafel.domain.vocabulary import LEVEL_ORDER, VacancyKind, VacancyStatus
from matchtafel.services import Services
from matchtafel.services.paging import Page
from matchtafel.services.vacancies import VacancyInput, VacancyListRow, VacancyRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import date_text, distinct_options, expires_soon
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.sections.run.suggestions_pane import SuggestionsPane
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.row_model import Column


def _hours(row: VacancyRow) -> str:
    if row.hours_min is None and row.hours_max is None:
        return ""
    if row.hours_min == row.hours_max or row.hours_max is None:
        return f"{row.hours_min}"
    return f"{row.hours_min or 0}–{row.hours_max}"


def _is_expiring(row: VacancyRow, today: date) -> bool:
    return row.status == VacancyStatus.OPEN and expires_soon(row.open_until, today)


class VacanciesRegister(ServiceRegister):
    key = "vacancies"
    input_type = VacancyInput
    export_kind = "vacatures"
    list_order = staticmethod(lambda r: (r.reference is None, r.reference or "", r.id))  # as list_rows

    def __init__(self, services: Services, sectors: list[str], weights: MatchWeights | None = None) -> None:
        super().__init__(services, services.vacancies)
        self.sectors = sectors
        self.weights = weights or MatchWeights()

    def side_panel(self) -> SuggestionsPane:
        """Young people who fit the selected vacancy (code and initials only)."""
        return SuggestionsPane(
            for_vacancies=False,
            load=lambda vacancy_id, weights: self.services.matching.for_vacancy(vacancy_id, weights=weights),
            propose=lambda vacancy_id, suggestion: self.services.proposals.propose(
                suggestion.young_person_id, vacancy_id
            ),
            weights=self.weights,
        )

    def title(self) -> str:
        return translate("VacanciesRegister", "Vacancies")

    def columns(self) -> list[Column]:
        # Which columns, their order and headings: the field specs. ``field``: the value a column shows and
        # sorts by; the list folds and ranks each value once.
        return list_columns(
            VACANCY_FIELDS,
            {
                "reference": lambda title: Column(title, lambda r: r.reference or "", field="reference"),
                "employer_id": lambda title: Column(title, lambda r: r.employer_name, field="employer_name"),
                "required_level": lambda title: Column(
                    title,
                    lambda r: label(r.required_level),
                    sort_key=lambda r: LEVEL_ORDER[r.required_level] if r.required_level else None,
                    field="required_level",
                ),
                "hours": lambda title: Column(
                    title, _hours, sort_key=lambda r: r.hours_min, searchable=False, align_right=True
                ),
                "open_until": lambda title: Column(
                    title,
                    lambda r: (
                        date_text(r.open_until)
                        + (
                            " ⚠ " + translate("VacanciesRegister", "expires soon")
                            if _is_expiring(r, self.services.clock.today())
                            else ""
                        )
                    ),
                    sort_key=lambda r: r.open_until,
                ),
            },
        )

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("VacanciesRegister", "Kind"), lambda r: r.kind, distinct_options(lambda r: r.kind)
            ),
            CategoryFilter(
                translate("VacanciesRegister", "Sector"),
                lambda r: r.sector,
                distinct_options(lambda r: r.sector),
            ),
            CategoryFilter(
                translate("VacanciesRegister", "Status"),
                lambda r: r.status,
                distinct_options(lambda r: r.status),
            ),
            CategoryFilter(
                translate("VacanciesRegister", "Level"),
                lambda r: r.required_level,
                distinct_options(lambda r: r.required_level, order=LEVEL_ORDER.__getitem__),
            ),
        ]

    def load(self, include_archived: bool) -> list[VacancyListRow]:
        return self.services.vacancies.list_rows(include_archived=include_archived)

    def load_page(self, include_archived: bool, after_id: int | None) -> Page[VacancyListRow]:
        return self.services.vacancies.list_page(after_id=after_id, include_archived=include_archived)

    def load_first(self, include_archived: bool, count: int) -> list[VacancyListRow]:
        """The first rows by reference, shown while the whole list is read."""
        return self.services.vacancies.list_rows(include_archived=include_archived, limit=count)

    def full_row(self, row: VacancyListRow | VacancyRow) -> VacancyRow:
        """The whole vacancy for its form (the list holds the columns it shows)."""
        return row if isinstance(row, VacancyRow) else self.services.vacancies.get(row.id)

    def highlight(self, row: VacancyRow) -> bool:
        return _is_expiring(row, self.services.clock.today())

    def fields(self) -> list[FieldSpec]:
        employers = lambda: [(e.id, e.name) for e in self.services.employers.rows()]  # noqa: E731
        contacts = lambda: [(p.id, f"{p.name} ({p.organisation_name})") for p in self.services.people.rows()]  # noqa: E731
        return form_fields(
            VACANCY_FIELDS,
            {
                "employer_id": {"choices": employers},
                "sector": {"completions": lambda: self.sectors},
                "hours_min": {"problem_keys": ("hours",)},
                "wsp_contact_id": {"choices": contacts},
            },
        )

    def new_values(self) -> dict[str, Any]:
        return {"kind": VacancyKind.JOB, "positions": 1, "status": VacancyStatus.OPEN}

    def make_input(self, values: dict[str, Any], row: VacancyRow | None) -> VacancyInput:
        return VacancyInput.of({**values, "reference": values["reference"] or None})  # empty: no reference

    def form_title(self, row: VacancyRow | None) -> str:
        return (
            translate("VacanciesRegister", "New vacancy")
            if row is None
            else translate("VacanciesRegister", "Vacancy: {title}").format(title=row.title)
        )

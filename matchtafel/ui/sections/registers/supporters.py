"""The supporters register: mentors and coaches with what they offer and how many young people at once; beside
the list, the young people (code and initials) who fit the selected supporter. The form lists the supporter's
links and agreements, with inzage and erasure for the supporter's own data."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from matchtafel.domain.fields.supporters import SUPPORTERS as SUPPORTER_FIELDS
from matchtafel.domain.vocabulary import SupportWish
from matchtafel.services import Services
from matchtafel.services.supporters import SupporterInput, SupporterRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import date_text, distinct_options, related_list
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.rights_bar import RightsBar
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.sections.run.support_suggestions import SupportSuggestionsPane
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.record_form import RecordForm
from matchtafel.ui.widgets.row_model import Column


def capacity_text(row: SupporterRow) -> str:
    return f"{row.taken} / {row.capacity}" if row.capacity is not None else f"{row.taken} / ?"


class SupportersRegister(ServiceRegister):
    key = "supporters"
    input_type = SupporterInput
    export_kind = "ondersteuners"

    def __init__(self, services: Services, sectors: list[str]) -> None:
        super().__init__(services, services.supporters)
        self.sectors = sectors

    def title(self) -> str:
        return translate("SupportersRegister", "Supporters")

    def side_panel(self) -> SupportSuggestionsPane:
        """Young people (code and initials) who fit the selected supporter."""
        return SupportSuggestionsPane(
            for_supporters=False,
            load=lambda supporter_id, weights: self.services.support_matching.for_supporter(
                supporter_id, weights=weights
            ),
            propose=lambda supporter_id, suggestion: self.services.mentoring.propose(
                suggestion.young_person_id, supporter_id
            ),
        )

    def columns(self) -> list[Column]:
        # which, in which order, with which heading: the field specs; here how a list or a count is shown
        return list_columns(
            SUPPORTER_FIELDS,
            {
                "sectors": lambda title: Column(title, lambda r: ", ".join(r.sectors)),
                "capacity": lambda title: Column(
                    title,
                    capacity_text,
                    sort_key=lambda r: (r.capacity - r.taken) if r.capacity is not None else None,
                    searchable=False,
                ),
                "wishes": lambda title: Column(
                    title, lambda r: ", ".join(label(SupportWish(w)) for w in r.wishes)
                ),
            },
        )

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("SupportersRegister", "Kind"),
                lambda r: r.kind,
                distinct_options(lambda r: r.kind),
            ),
            CategoryFilter(
                translate("SupportersRegister", "Room"),
                lambda r: r.capacity is None or r.taken < r.capacity,
                lambda rows: [
                    (True, translate("SupportersRegister", "Has room")),
                    (False, translate("SupportersRegister", "Full")),
                ],
            ),
        ]

    def highlight(self, row: SupporterRow) -> bool:
        return row.capacity is not None and row.taken >= row.capacity and not row.archived

    def fields(self) -> list[FieldSpec]:
        return form_fields(SUPPORTER_FIELDS, {"sectors": {"completions": lambda: self.sectors}})

    def new_values(self) -> dict[str, Any]:
        return {"capacity": 2}

    def form_title(self, row: SupporterRow | None) -> str:
        if row is None:
            return translate("SupportersRegister", "New supporter")
        return translate("SupportersRegister", "Supporter: {name}").format(name=row.name)

    def prepare_form(self, form: RecordForm, row: SupporterRow | None) -> None:
        if row is None:
            return
        links = self.services.mentoring.links(supporter_id=row.id)
        form.add_extra(
            related_list(
                translate("SupportersRegister", "Young people linked"),
                [
                    f"{link.young_code} {link.young_initials} · {label(link.status)}"
                    + (f" · {label(link.end_reason)}" if link.end_reason else "")
                    for link in links
                ],
                translate("SupportersRegister", "Not linked to anyone yet."),
            )
        )
        agreements = self.services.supporters.agreements(row.id)
        form.add_extra(
            related_list(
                translate("SupportersRegister", "Agreements"),
                [f"{a.action} · {date_text(a.deadline)} · {label(a.status)}" for a in agreements],
                translate("SupportersRegister", "No agreements."),
            )
        )
        rights = SupporterRightsBar(self.services, row.id, row.name, prompts=form.prompts)
        rights.erased.connect(lambda: _close(form, row))
        form.add_extra(rights)


class SupporterRightsBar(RightsBar):
    """Inzage and erasure of a supporter's own data (they are a person too)."""

    def __init__(
        self,
        services: Services,
        supporter_id: int,
        name: str,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(services, supporter_id, name, parent, prompts=prompts)
        self.erase_button.setAccessibleName(translate("RightsBar", "Erase this supporter (anonymise)"))
        self.my_page_button.hide()  # "Mijn afspraken" is the young person's page

    def _subject_access(self, reason: str) -> dict[str, object]:
        return self.services.supporters.subject_access(self.young_person_id, reason)

    def _erase(self, reason: str) -> None:
        self.services.supporters.erase(self.young_person_id, reason)


def _close(form: RecordForm, row: SupporterRow) -> None:
    from PySide6.QtWidgets import QDialog

    form.saved_row = row
    form.done(QDialog.DialogCode.Rejected)

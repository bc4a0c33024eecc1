"""The young people register: code and initials in the list; the name only after "Show name",
an explicit, audited action with a reason. The form lists the person's cases, agreements, proposals."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from matchtafel.domain.access import may, may_erase
from matchtafel.domain.errors import UserError
from matchtafel.domain.fields.young_people import YOUNG_PEOPLE as YOUNG_PERSON_FIELDS
from matchtafel.domain.vocabulary import (
    LEVEL_ORDER,
    YesNoUnknown,
)
from matchtafel.services import Services
from matchtafel.services.paging import Page
from matchtafel.services.young_people import YoungPersonInput, YoungPersonListRow, YoungPersonRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.registers.common import (
    date_text,
    distinct_options,
    related_list,
)
from matchtafel.ui.sections.registers.consent_panel import ConsentPanel
from matchtafel.ui.sections.registers.leaver_panel import LeaverPanel
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.rights_bar import RightsBar
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.sections.registers.support_links_panel import SupportLinksPanel
from matchtafel.ui.sections.run.suggestions_pane import SuggestionsPane
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.record_form import RecordForm
from matchtafel.ui.widgets.row_model import Column
from matchtafel.ui.widgets.text_guard_label import guard_remark

NAME_FIELDS = ("given_name", "family_name")


def reveal_reasons() -> list[str]:
    return [
        translate("YoungPeopleRegister", "Preparing the case"),
        translate("YoungPeopleRegister", "Contacting the young person"),
        translate("YoungPeopleRegister", "Correcting the record"),
        translate("YoungPeopleRegister", "Request of the young person (inzage)"),
    ]


class YoungPeopleRegister(ServiceRegister):
    key = "young_people"
    list_order = attrgetter("code")  # as list_rows gives them
    input_type = YoungPersonInput
    export_kind = "jongeren"
    name_reasons = staticmethod(reveal_reasons)

    def __init__(self, services: Services, sectors: list[str], weights: MatchWeights | None = None) -> None:
        super().__init__(services, services.young_people)
        self.sectors = sectors
        self.weights = weights or MatchWeights()

    def side_panel(self) -> SuggestionsPane:
        """Vacancies that fit the selected young person."""
        return SuggestionsPane(
            for_vacancies=True,
            load=lambda young_id, weights: self.services.matching.for_young_person(young_id, weights=weights),
            propose=lambda young_id, suggestion: self.services.proposals.propose(
                young_id, suggestion.vacancy_id
            ),
            weights=self.weights,
        )

    def title(self) -> str:
        return translate("YoungPeopleRegister", "Young people")

    def columns(self) -> list[Column]:
        # Which columns, their order and headings: the field specs. ``field``: the value each column shows and
        # sorts by; the list folds and ranks each value once.
        return list_columns(
            YOUNG_PERSON_FIELDS,
            {
                "school_id": lambda title: Column(title, lambda r: r.school_name or "", field="school_name"),
                "level": lambda title: Column(
                    title,
                    lambda r: label(r.level),
                    sort_key=lambda r: LEVEL_ORDER[r.level] if r.level else None,
                    field="level",
                ),
                "available_from": lambda title: Column(
                    title,
                    lambda r: date_text(r.available_from),
                    sort_key=lambda r: r.available_from,
                    field="available_from",
                ),
                "case_holder_id": lambda title: Column(
                    title, lambda r: r.case_holder_name or "", field="case_holder_name"
                ),
                "is_concern": lambda title: Column(
                    title,
                    lambda r: translate("YoungPeopleRegister", "concern") if r.is_concern else "",
                    searchable=False,
                    field="is_concern",
                ),
            },
        )

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("YoungPeopleRegister", "Level"),
                lambda r: r.level,
                distinct_options(lambda r: r.level, order=LEVEL_ORDER.__getitem__),
            ),
            CategoryFilter(
                translate("YoungPeopleRegister", "School"),
                lambda r: r.school_name,
                distinct_options(lambda r: r.school_name),
            ),
            CategoryFilter(
                translate("YoungPeopleRegister", "Situation"),
                lambda r: r.situation,
                distinct_options(lambda r: r.situation),
            ),
            CategoryFilter(
                translate("YoungPeopleRegister", "Concern"),
                lambda r: r.is_concern,
                lambda rows: [
                    (True, translate("YoungPeopleRegister", "Marked as concern")),
                    (False, translate("YoungPeopleRegister", "Not marked")),
                ],
            ),
        ]

    def fields(self) -> list[FieldSpec]:
        def schools() -> list[tuple[int, str]]:
            return [(o.id, o.name) for o in self.services.organisations.rows() if o.category == "school"]

        def people() -> list[tuple[int, str]]:
            return [(p.id, f"{p.name} ({p.organisation_name})") for p in self.services.people.rows()]

        return form_fields(
            YOUNG_PERSON_FIELDS,
            {
                "school_id": {"choices": schools},
                "support_note": {"warn": lambda text: guard_remark(text, self.services.clock.today())},
                "case_holder_id": {"choices": people},
            },
        )

    def values_of(self, row: YoungPersonRow) -> dict[str, Any]:
        values = super().values_of(row)
        values.update(given_name="", family_name="")  # not in the row: shown only after "Show name"
        return values

    def new_values(self) -> dict[str, Any]:
        return {"doelgroepregister": YesNoUnknown.UNKNOWN}

    def load(self, include_archived: bool) -> list[YoungPersonListRow]:
        return self.services.young_people.list_rows(include_archived=include_archived)

    def load_page(self, include_archived: bool, after_id: int | None) -> Page[YoungPersonListRow]:
        return self.services.young_people.list_page(after_id=after_id, include_archived=include_archived)

    def load_first(self, include_archived: bool, count: int) -> list[YoungPersonListRow]:
        """The first rows by code, shown while the whole list is read."""
        return self.services.young_people.list_rows(include_archived=include_archived, limit=count)

    def full_row(self, row: YoungPersonListRow) -> YoungPersonRow:
        return self.services.young_people.view(row.id)  # opening the record is logged

    def make_input(self, values: dict[str, Any], row: YoungPersonRow | None) -> YoungPersonInput:
        values = dict(values)
        if row is not None and not values["given_name"] and not values["family_name"]:
            values["given_name"] = values["family_name"] = None  # name not shown: keep the stored one
        return YoungPersonInput.of(values)

    def form_title(self, row: YoungPersonRow | None) -> str:
        if row is None:
            return translate("YoungPeopleRegister", "New young person")
        return translate("YoungPeopleRegister", "Young person {code} ({initials})").format(
            code=row.code, initials=row.initials
        )

    def prepare_form(self, form: RecordForm, row: YoungPersonRow | None) -> None:
        if row is None:
            return
        NameGuard(form, row, self.services).install()
        consent = ConsentPanel(self.services, row.id, prompts=form.prompts)
        form.add_extra(consent)
        form.add_extra(LeaverPanel(self.services, row.id, prompts=form.prompts))
        links = SupportLinksPanel(self.services, row.id, prompts=form.prompts)
        form.add_extra(links)
        rights = RightsBar(self.services, row.id, row.code, prompts=form.prompts)
        role = self.services.accounts.my_role()  # offer what the role may do (the server refuses the rest)
        links.find_button.setVisible(may(role, "mentoring_links", "insert"))
        consent.record_button.setVisible(may(role, "consents", "insert"))
        consent.withdraw_button.setVisible(may(role, "consents", "update"))
        rights.erase_button.setVisible(may_erase(role))
        rights.erased.connect(lambda: _close_after_erasure(form, row))
        form.add_extra(rights)
        history = self.services.history.of_young_person(row.id)
        form.add_extra(
            related_list(
                translate("YoungPeopleRegister", "Cases"),
                [
                    f"{c.starts_at:%d-%m-%Y} · {label(c.status)} · {c.situation_summary}"
                    for c in history.cases
                ],
                translate("YoungPeopleRegister", "Not discussed at a table yet."),
            )
        )
        form.add_extra(
            related_list(
                translate("YoungPeopleRegister", "Agreements"),
                [
                    f"{a.action} · {a.owner_name or '?'} · {date_text(a.deadline)} · {label(a.status)}"
                    for a in history.agreements
                ],
                translate("YoungPeopleRegister", "No agreements."),
            )
        )
        form.add_extra(
            related_list(
                translate("YoungPeopleRegister", "Proposals"),
                [f"{p.vacancy_title} ({p.employer_name}) · {label(p.status)}" for p in history.proposals],
                translate("YoungPeopleRegister", "No proposals."),
            )
        )


class NameGuard(QObject):
    """Keeps the name fields closed until "Show name" is chosen with a reason (written to the audit log).

    A child of the form, so it lives exactly as long as the form does."""

    def __init__(self, form: RecordForm, row: YoungPersonRow, services: Services) -> None:
        super().__init__(form)
        self.form, self.row, self.services = form, row, services
        self.button = QPushButton(translate("YoungPeopleRegister", "Show &name…"))
        self.button.setAccessibleName(translate("YoungPeopleRegister", "Show name"))
        self.button.setToolTip(
            translate(
                "YoungPeopleRegister", "Showing the name is recorded in the audit log with your reason."
            )
        )

    def install(self) -> None:
        for name in NAME_FIELDS:
            widget = self.form.editors[name].widget
            assert isinstance(widget, QLineEdit)
            widget.setEnabled(False)
            widget.setPlaceholderText(translate("YoungPeopleRegister", "hidden: use Show name"))
        self.button.clicked.connect(self.reveal)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        self.form.add_extra(holder)

    def reveal(self) -> None:
        reason = self.form.prompts.item(
            self.form,
            translate("YoungPeopleRegister", "Show name"),
            translate("YoungPeopleRegister", "Why do you need the name? This is recorded."),
            reveal_reasons(),
        )
        if not reason:
            return
        try:
            name = self.services.young_people.reveal_name(self.row.id, reason)
        except UserError as exc:
            self.form.prompts.warn(self.form, translate("YoungPeopleRegister", "Show name"), user_message(exc))
            return
        for field, value in zip(NAME_FIELDS, (name.given_name, name.family_name), strict=True):
            editor = self.form.editors[field]
            editor.widget.setEnabled(True)
            editor.set_value(value)
        self.form.mark_clean()  # revealing is not a change
        self.button.setEnabled(False)


def _close_after_erasure(form: RecordForm, row: YoungPersonRow) -> None:
    """Nothing is left to edit: the form closes without saving, and the list reloads with the new code."""
    form.saved_row = row
    form.done(QDialog.DialogCode.Rejected)

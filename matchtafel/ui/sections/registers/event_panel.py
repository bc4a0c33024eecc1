"""Under a matching event's form: who is invited and who came, the contacts made, proposals started from the
event, what it yielded, and the invitation list as a pseudonymous PDF.

Keys on the invitees: P present, A absent, E excused, I back to invited, Delete takes the invitation back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import AttendanceStatus, VacancyStatus
from matchtafel.services import Services
from matchtafel.services.events import EMPLOYER, SUPPORTER, YOUNG, InvitationRow
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.sections.run.minutes_dialog import documents_folder
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts, with_suffix

ATTENDANCE_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_I: AttendanceStatus.INVITED,
}


def invitation_refusal(owner: str) -> str:
    if owner:
        return translate(
            "EventPanel",
            "Invited by {owner}: only {owner}, the event's organiser and the coordinator change this invitation.",
        ).format(owner=owner)
    return translate("EventPanel", "Only the event's organiser and the coordinator change this invitation.")


def invitee_word(invitee: str) -> str:
    return {
        YOUNG: translate("EventPanel", "young person"),
        SUPPORTER: translate("EventPanel", "supporter"),
        EMPLOYER: translate("EventPanel", "employer"),
    }[invitee]


class EventPanel(QWidget):
    def __init__(
        self,
        services: Services,
        event_id: int,
        title: str,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.event_id, self.title = services, event_id, title
        self.prompts = prompts or Prompts()
        self.invitations: list[InvitationRow] = []
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            QLabel(
                "<b>"
                + translate("EventPanel", "Invited")
                + "</b> · P "
                + label(AttendanceStatus.PRESENT)
                + " · A "
                + label(AttendanceStatus.ABSENT)
                + " · E "
                + label(AttendanceStatus.EXCUSED)
                + " · Del"
            )
        )
        self.invited = QListWidget()
        self.invited.setAccessibleName(translate("EventPanel", "Invited and who came"))
        self.invited.installEventFilter(self)
        layout.addWidget(self.invited, 2)
        buttons = QGridLayout()
        actions = (
            (translate("EventPanel", "Invite a &young person…"), self.invite_young_person),
            (translate("EventPanel", "Invite a suppo&rter…"), self.invite_supporter),
            (translate("EventPanel", "Invite an e&mployer…"), self.invite_employer),
            (translate("EventPanel", "&Contact made…"), self.add_contact),
            (translate("EventPanel", "Propose from this e&vent…"), self.propose),
            (translate("EventPanel", "Invitation &list (PDF)…"), self.print_list),
        )
        self.buttons: list[QPushButton] = []
        for number, (text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 2, number % 2)
            self.buttons.append(button)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<b>" + translate("EventPanel", "Contacts made") + "</b>"))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(translate("EventPanel", "Contacts made"))
        self.contacts.setMaximumHeight(90)
        layout.addWidget(self.contacts)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("EventPanel", "What came of it"))
        layout.addWidget(self.outcome)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("EventPanel", "Event status"))
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        row = self.invited.currentRow()
        self.invitations = self.services.events.invitations(self.event_id)
        self.invited.clear()
        for invitation in self.invitations:
            item = QListWidgetItem(
                f"{invitation.label} · {invitee_word(invitation.invitee)} · {label(invitation.attendance)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, invitation.id)
            if not invitation.may_change:  # another organisation invited them (or nobody: the coordinator's)
                item.setToolTip(invitation_refusal(invitation.owner))
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.invited.addItem(item)
        self.invited.setCurrentRow(max(0, min(row, self.invited.count() - 1)))
        self.contacts.clear()
        for contact in self.services.events.contacts(self.event_id):
            note = f" · {contact.note}" if contact.note else ""
            self.contacts.addItem(f"{contact.young_label} — {contact.with_label}{note}")
        self.outcome.setText(self._outcome_text())

    def _outcome_text(self) -> str:
        o = self.services.event_outcome.outcome(self.event_id)
        return translate(
            "EventPanel",
            "Came: {young} of {young_invited} young people, {supporters} of {supporters_invited} supporters, "
            "{employers} of {employers_invited} employers · {contacts} contacts · {proposals} proposals "
            "({placed} placed) · {links} links",
        ).format(
            young=o.present[YOUNG],
            young_invited=o.invited[YOUNG],
            supporters=o.present[SUPPORTER],
            supporters_invited=o.invited[SUPPORTER],
            employers=o.present[EMPLOYER],
            employers_invited=o.invited[EMPLOYER],
            contacts=o.contacts,
            proposals=len(o.proposals),
            placed=o.placed,
            links=len(o.links),
        )

    # -- keys on the invitees ----------------------------------------------------------------------------

    read_only = (
        False  # the user's role may look at the invitations, not change them (a shared server's rules)
    )

    def set_read_only(self, read_only: bool) -> None:
        """Invitations, attendance and contacts to read; proposing and the printed list stay."""
        self.read_only = read_only
        for button in self.buttons[:4]:  # invite young person, supporter, employer; contact made
            button.setVisible(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.read_only
            or watched is not self.invited
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return False
        current = self.invited.currentItem()
        if current is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        invitation_id = int(current.data(Qt.ItemDataRole.UserRole))
        key = Qt.Key(event.key())
        if key in ATTENDANCE_KEYS:
            self._do(lambda: self.services.events.set_attendance(invitation_id, ATTENDANCE_KEYS[key]))
            return True
        if key == Qt.Key.Key_Delete:
            self._do(lambda: self.services.events.uninvite(invitation_id))
            return True
        return False

    def _do(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except UserError as exc:
            self.status.setText(user_message(exc))
            return False
        self.status.setText("")
        self.refresh()
        return True

    # -- inviting, contacts, proposals -------------------------------------------------------------------

    def invite_young_person(self) -> None:
        code = self.ask_text(
            translate("EventPanel", "Invite"), translate("EventPanel", "Code of the young person:")
        )
        if code:
            self._do(
                lambda: self.services.events.invite(
                    self.event_id, YOUNG, self.services.young_people.id_of(code)
                )
            )

    def invite_supporter(self) -> None:
        choices = {f"{s.name} ({label(s.kind)})": s.id for s in self.services.supporters.rows()}
        chosen = self.ask_item(translate("EventPanel", "Invite a supporter"), list(choices))
        if chosen:
            self._do(lambda: self.services.events.invite(self.event_id, SUPPORTER, choices[chosen]))

    def invite_employer(self) -> None:
        choices = {f"{e.name} ({e.place})": e.id for e in self.services.employers.rows()}
        chosen = self.ask_item(translate("EventPanel", "Invite an employer"), list(choices))
        if chosen:
            self._do(lambda: self.services.events.invite(self.event_id, EMPLOYER, choices[chosen]))

    def _young_people(self) -> dict[str, int]:
        return {i.label: i.invitee_id for i in self.invitations if i.invitee == YOUNG}

    def add_contact(self) -> None:
        young = self._young_people()
        met = {
            f"{i.label} ({invitee_word(i.invitee)})": i
            for i in self.invitations
            if i.invitee in (SUPPORTER, EMPLOYER)
        }
        if not young or not met:
            self.status.setText(
                translate("EventPanel", "Invite young people and employers or supporters first.")
            )
            return
        who = self.ask_item(translate("EventPanel", "Contact made: young person"), list(young))
        if not who:
            return
        other = self.ask_item(translate("EventPanel", "Contact made with"), list(met))
        if not other:
            return
        note = (
            self.ask_text(
                translate("EventPanel", "Contact made"), translate("EventPanel", "Note (optional):")
            )
            or ""
        )
        chosen = met[other]
        key = "employer_id" if chosen.invitee == EMPLOYER else "supporter_id"
        self._do(
            lambda: self.services.events.add_contact(
                self.event_id, young[who], note=note, **{key: chosen.invitee_id}
            )
        )

    def propose(self) -> None:
        """A proposal started at this event: an invited young person for an open place of an invited employer."""
        young = self._young_people()
        places = {
            f"{v.title} · {v.employer_name}": v.id
            for i in self.invitations
            if i.invitee == EMPLOYER
            for v in self.services.vacancies.of_employer(i.invitee_id)
            if v.status == VacancyStatus.OPEN and not v.archived
        }
        if not young or not places:
            self.status.setText(
                translate("EventPanel", "Invite young people and employers with open places first.")
            )
            return
        who = self.ask_item(translate("EventPanel", "Propose: young person"), list(young))
        if not who:
            return
        place = self.ask_item(translate("EventPanel", "Propose for"), list(places))
        if place and self._do(
            lambda: self.services.proposals.propose(young[who], places[place], event_id=self.event_id)
        ):
            self.status.setText(translate("EventPanel", "Proposed; it is followed up under Follow-up."))

    def print_list(self) -> None:
        from matchtafel.reports.events import write_invitation_list
        from matchtafel.reports.files import save_whole

        word = translate("EventPanel", "Invitation list")
        path = self.ask_path(documents_folder() / f"{word} {self.title}.pdf")
        if path is None:
            return
        language = interface_language()
        try:
            data = self.services.event_outcome.invitation_list(self.event_id)
            self.saved = save_whole(path, lambda out: write_invitation_list(data, out, language=language))
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(translate("EventPanel", "Saved in {path}.").format(path=str(self.saved)))

    # -- questions, through the injected prompts -------------------------------------------------------

    def ask_text(self, title: str, prompt: str) -> str | None:
        text = (self.prompts.text(self, title, prompt) or "").strip()
        return text or None

    def ask_item(self, title: str, options: list[str]) -> str | None:
        if not options:
            return None
        return self.prompts.item(self, title, title, options) or None

    def ask_path(self, suggested: Path) -> Path | None:
        path = self.prompts.save_path(
            self, translate("EventPanel", "Invitation list"), str(suggested), "*.pdf"
        )
        return with_suffix(path, ".pdf") if path else None

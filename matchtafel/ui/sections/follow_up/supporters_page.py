"""The section around the table: supporters (mentors and coaches), their links with young people, and the
calendar of matching events, in three tabs (Ctrl+Tab switches)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from matchtafel.services import Services
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.follow_up.links_page import LinksPage
from matchtafel.ui.sections.registers.events import EventsRegister
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.sections.registers.supporters import SupportersRegister
from matchtafel.ui.widgets.prompts import Prompts


class SupportersSection(QTabWidget):
    def __init__(
        self,
        services: Services,
        sectors: list[str],
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        prompts = prompts or Prompts()
        self.supporters = RegisterPage(register=SupportersRegister(services, sectors), prompts=prompts)
        self.links = LinksPage(services, prompts=prompts)
        self.events = RegisterPage(register=EventsRegister(services), prompts=prompts)
        self.addTab(self.supporters, translate("SupportersSection", "&Supporters"))
        self.addTab(self.links, translate("SupportersSection", "&Links"))
        self.addTab(self.events, translate("SupportersSection", "&Matching events"))
        self.setAccessibleName(translate("SupportersSection", "Mentors, coaches and matching events"))
        side = self.supporters.side_panel
        if side is not None:
            side.linked.connect(self._on_linked)  # type: ignore[attr-defined]
        self.links.stepped.connect(lambda _id: self.supporters.reload())  # an ended link frees a place

    def _on_linked(self, _young_person_id: int, _supporter_id: int) -> None:
        self.links.reload()
        self.supporters.reload()  # one place fewer

    def reload(self) -> None:
        self.supporters.reload()
        self.links.reload()
        self.events.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.supporters.set_read_only(read_only)
        self.links.set_read_only(read_only)
        self.events.set_read_only(read_only)

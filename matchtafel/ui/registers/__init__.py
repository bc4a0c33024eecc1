"""The register screens and sections, built once the database is open (they import the services)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from matchtafel.services import Services
from matchtafel.ui.register_page import RegisterPage
from matchtafel.ui.registers.employers import EmployersRegister
from matchtafel.ui.registers.organisations import OrganisationsRegister, PeopleRegister
from matchtafel.ui.registers.vacancies import VacanciesRegister
from matchtafel.ui.registers.young_people import YoungPeopleRegister
from matchtafel.ui.weights import MatchWeights


class OrganisationsPage(QTabWidget):
    """Organisations and people in two tabs (Ctrl+Tab switches)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisations = RegisterPage(register=OrganisationsRegister(services))
        self.people = RegisterPage(register=PeopleRegister(services))
        self.addTab(self.organisations, QCoreApplication.translate("OrganisationsRegister", "&Organisations"))
        self.addTab(self.people, QCoreApplication.translate("OrganisationsRegister", "&People"))
        self.setAccessibleName(
            QCoreApplication.translate("OrganisationsRegister", "Organisations and people")
        )

    def reload(self) -> None:
        self.organisations.reload()
        self.people.reload()


def build_register_pages(
    services: Services,
    sectors: list[str],
    weights: MatchWeights | None = None,
    *,
    nazorg_months: tuple[int, ...] = (3, 6, 12),
    retention_months: int = 24,
    employer_target_percent: int = 50,
) -> dict[str, QWidget]:
    """Keyed like the main window's sections; ``weights`` feed the suggestions panes."""
    weights = weights or MatchWeights()
    from matchtafel.ui.follow_up_page import FollowUpPage
    from matchtafel.ui.overview_page import OverviewPage
    from matchtafel.ui.privacy_page import PrivacyPage
    from matchtafel.ui.sessions_page import SessionsPage
    from matchtafel.ui.supporters_page import SupportersSection

    return {
        "sessions": SessionsPage(services=services, weights=weights),
        "young_people": RegisterPage(register=YoungPeopleRegister(services, sectors, weights)),
        "vacancies": RegisterPage(register=VacanciesRegister(services, sectors, weights)),
        "employers": RegisterPage(register=EmployersRegister(services, sectors)),
        "organisations": OrganisationsPage(services),
        "follow_up": FollowUpPage(services, nazorg_months=nazorg_months),
        "overview": OverviewPage(services, target_percent=employer_target_percent),
        "privacy": PrivacyPage(services, retention_months=retention_months),
        "supporters": SupportersSection(services, sectors),
    }


def apply_role(pages: dict[str, QWidget], role: str | None) -> None:
    """Offer only what the user's role on a shared server may do (the server enforces it regardless)."""
    from matchtafel.access import may_read_audit, may_write
    from matchtafel.ui.privacy_page import PrivacyPage
    from matchtafel.ui.sessions_page import SessionsPage
    from matchtafel.ui.supporters_page import SupportersSection

    for key, page in pages.items():
        if isinstance(page, RegisterPage):
            page.set_read_only(not may_write(role, key))
        elif isinstance(page, SessionsPage):
            page.set_read_only(not may_write(role, "sessions"))
        elif isinstance(page, OrganisationsPage):
            page.organisations.set_read_only(not may_write(role, "organisations"))
            page.people.set_read_only(not may_write(role, "people"))
        elif isinstance(page, SupportersSection):
            page.set_read_only(not may_write(role, "supporters"))
        elif isinstance(page, PrivacyPage):
            page.set_coordinator(may_read_audit(role))

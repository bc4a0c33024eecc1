"""The section screens, built once the database is open.

``page_factories`` gives one function per section that builds its screen (importing its modules then): the
main window builds a screen the first time it is shown, so start-up builds the sessions list alone.
``build_register_pages`` builds them all at once (tests, screenshots).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from matchtafel.ui.sections.keys import SectionKey
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from matchtafel.services import Services


class OrganisationsPage(QTabWidget):
    """Organisations and people in two tabs (Ctrl+Tab switches)."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        from matchtafel.ui.sections.registers.organisations import OrganisationsRegister, PeopleRegister
        from matchtafel.ui.sections.registers.register_page import RegisterPage

        super().__init__(parent)
        self.organisations = RegisterPage(register=OrganisationsRegister(services), prompts=prompts)
        self.people = RegisterPage(register=PeopleRegister(services), prompts=prompts)
        self.addTab(self.organisations, QCoreApplication.translate("OrganisationsRegister", "&Organisations"))
        self.addTab(self.people, QCoreApplication.translate("OrganisationsRegister", "&People"))
        self.setAccessibleName(
            QCoreApplication.translate("OrganisationsRegister", "Organisations and people")
        )

    def reload(self) -> None:
        self.organisations.reload()
        self.people.reload()


def page_factories(
    services: Services,
    sectors: list[str],
    weights: MatchWeights | None = None,
    *,
    nazorg_months: tuple[int, ...] | Callable[[], tuple[int, ...]] = (3, 6, 12),
    retention_months: int | Callable[[], int] = 24,
    employer_target_percent: int | Callable[[], int] = 50,
    role: str | None = None,
    prompts: Prompts | None = None,
) -> dict[str, Callable[[], QWidget]]:
    """Keyed like the main window's sections; ``weights`` feed the suggestions panes. ``sectors`` may be
    filled in later (the forms read it when they open); the settings may be given as functions, read
    when the screen is built; ``role`` limits what a shared server's login is offered; every screen asks
    its questions through ``prompts`` (the real dialogs unless a test gives its fake)."""
    weights = weights or MatchWeights()
    prompts = prompts or Prompts()

    def sessions() -> QWidget:
        from matchtafel.ui.sections.run.sessions_page import SessionsPage

        return SessionsPage(services=services, weights=weights, prompts=prompts)

    def young_people() -> QWidget:
        from matchtafel.ui.sections.registers.register_page import RegisterPage
        from matchtafel.ui.sections.registers.young_people import YoungPeopleRegister

        return RegisterPage(register=YoungPeopleRegister(services, sectors, weights), prompts=prompts)

    def vacancies() -> QWidget:
        from matchtafel.ui.sections.registers.register_page import RegisterPage
        from matchtafel.ui.sections.registers.vacancies import VacanciesRegister

        return RegisterPage(register=VacanciesRegister(services, sectors, weights), prompts=prompts)

    def employers() -> QWidget:
        from matchtafel.ui.sections.registers.employers import EmployersRegister
        from matchtafel.ui.sections.registers.register_page import RegisterPage

        return RegisterPage(register=EmployersRegister(services, sectors), prompts=prompts)

    def organisations() -> QWidget:
        return OrganisationsPage(services, prompts=prompts)

    def follow_up() -> QWidget:
        from matchtafel.ui.sections.follow_up.follow_up_page import FollowUpPage

        return FollowUpPage(
            services,
            nazorg_months=nazorg_months() if callable(nazorg_months) else nazorg_months,
            prompts=prompts,
        )

    def overview() -> QWidget:
        from matchtafel.ui.sections.overview.overview_page import OverviewPage

        return OverviewPage(
            services,
            target_percent=employer_target_percent()
            if callable(employer_target_percent)
            else employer_target_percent,
            prompts=prompts,
        )

    def privacy() -> QWidget:
        from matchtafel.ui.sections.privacy.privacy_page import PrivacyPage

        return PrivacyPage(
            services,
            retention_months=retention_months() if callable(retention_months) else retention_months,
            prompts=prompts,
        )

    def supporters() -> QWidget:
        from matchtafel.ui.sections.follow_up.supporters_page import SupportersSection

        return SupportersSection(services, sectors, prompts=prompts)

    makers: dict[str, Callable[[], QWidget]] = {
        SectionKey.SESSIONS: sessions,
        SectionKey.YOUNG_PEOPLE: young_people,
        SectionKey.VACANCIES: vacancies,
        SectionKey.EMPLOYERS: employers,
        SectionKey.ORGANISATIONS: organisations,
        SectionKey.FOLLOW_UP: follow_up,
        SectionKey.OVERVIEW: overview,
        SectionKey.PRIVACY: privacy,
        SectionKey.SUPPORTERS: supporters,
    }

    def with_role(key: str, make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def build() -> QWidget:
            page = make()
            if role is not None:  # None (a local file): every screen's default already offers everything
                apply_role({key: page}, role)
            return page

        return build

    return {key: with_role(key, make) for key, make in makers.items()}


def build_register_pages(
    services: Services,
    sectors: list[str],
    weights: MatchWeights | None = None,
    *,
    nazorg_months: tuple[int, ...] = (3, 6, 12),
    retention_months: int = 24,
    employer_target_percent: int = 50,
    prompts: Prompts | None = None,
) -> dict[str, QWidget]:
    """Every section's screen at once (the app builds each when it is first shown: ``page_factories``)."""
    factories = page_factories(
        services,
        sectors,
        weights,
        nazorg_months=nazorg_months,
        retention_months=retention_months,
        employer_target_percent=employer_target_percent,
        prompts=prompts,
    )
    return {key: make() for key, make in factories.items()}


def apply_role(pages: dict[str, QWidget], role: str | None) -> None:
    """Offer only what the user's role on a shared server may do (the server enforces it regardless)."""
    from matchtafel.domain.access import may_read_audit, may_write
    from matchtafel.ui.sections.registers.register_page import RegisterPage

    for key, page in pages.items():
        if isinstance(page, RegisterPage):
            page.set_read_only(not may_write(role, key))
        elif type(page).__name__ == "SessionsPage":  # by name, like the sections below
            page.set_read_only(not may_write(role, "sessions"))  # type: ignore[attr-defined]
        elif isinstance(page, OrganisationsPage):
            page.organisations.set_read_only(not may_write(role, "organisations"))
            page.people.set_read_only(not may_write(role, "people"))
        elif type(page).__name__ == "SupportersSection":  # by name: not imported unless it was built
            page.set_read_only(not may_write(role, "supporters"))  # type: ignore[attr-defined]
        elif type(page).__name__ == "PrivacyPage":  # not imported for this: it loads with its section
            page.set_coordinator(may_read_audit(role))  # type: ignore[attr-defined]

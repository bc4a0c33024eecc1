"""One public method per user action, one transaction each; plain dataclasses out.

``Services`` hands out every service over one sessionmaker, actor and clock. Each is made (and its module
imported) the first time it is asked for: the first screen needs three of the thirty-two, and start-up
does not wait for the import of matching (numpy), import and export, minutes or calendars.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, wraps
from typing import TYPE_CHECKING, TypeVar

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.first_use import FIRST_USE
from matchtafel.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from matchtafel.services.accounts import AccountsService
    from matchtafel.services.agenda import AgendaService
    from matchtafel.services.audit_log import AuditLogService
    from matchtafel.services.base import ServiceBase
    from matchtafel.services.calendar import CalendarService
    from matchtafel.services.consent import ConsentService
    from matchtafel.services.employers import EmployersService
    from matchtafel.services.event_outcome import EventOutcomeService
    from matchtafel.services.events import EventsService
    from matchtafel.services.exporting import ExportService
    from matchtafel.services.followup import FollowUpService
    from matchtafel.services.history import HistoryService
    from matchtafel.services.importing import ImportService
    from matchtafel.services.leavers import LeaversService
    from matchtafel.services.matching import MatchingService
    from matchtafel.services.meetings import MeetingsService
    from matchtafel.services.mentoring import MentoringService
    from matchtafel.services.minutes import MinutesService
    from matchtafel.services.monitoring import MonitoringService
    from matchtafel.services.my_page import MyPageService
    from matchtafel.services.organisations import OrganisationsService, PeopleService
    from matchtafel.services.overview import OverviewService
    from matchtafel.services.pipeline import PipelineService
    from matchtafel.services.proposals import ProposalsService
    from matchtafel.services.reminders import RemindersService
    from matchtafel.services.retention import RetentionService
    from matchtafel.services.review import ReviewService
    from matchtafel.services.session_view import SessionViewService
    from matchtafel.services.support_matching import SupportMatchingService
    from matchtafel.services.supporters import SupportersService
    from matchtafel.services.vacancies import VacanciesService
    from matchtafel.services.young_people import YoungPeopleService


S = TypeVar("S", bound="ServiceBase")


def _first_use(make: Callable[[Services], S]) -> cached_property[S]:
    """A service made (its module imported) once, under the lock that serializes such imports."""

    @wraps(make)
    def locked(services: Services) -> S:
        with FIRST_USE:
            return make(services)

    return cached_property(locked)


class Services:
    """Every service over one sessionmaker and one actor: what the app and the command line hand out."""

    def __init__(
        self,
        sessions: sessionmaker[Session] | None,
        actor: Actor,
        *,
        clock: Clock = SYSTEM_CLOCK,
        make_sessions: Callable[[], sessionmaker[Session]] | None = None,
    ) -> None:
        self._sessions = sessions
        self._make_sessions = make_sessions
        self._actor = actor
        self._clock = clock

    @classmethod
    def create(
        cls, sessions: sessionmaker[Session], actor: Actor, *, clock: Clock = SYSTEM_CLOCK
    ) -> Services:
        return cls(sessions, actor, clock=clock)

    @classmethod
    def deferred(
        cls, make_sessions: Callable[[], sessionmaker[Session]], actor: Actor, *, clock: Clock = SYSTEM_CLOCK
    ) -> Services:
        """Services whose sessionmaker (and with it SQLAlchemy's ORM) is made when the first service is."""
        return cls(None, actor, clock=clock, make_sessions=make_sessions)

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            assert self._make_sessions is not None
            self._sessions = self._make_sessions()
        return self._sessions

    def _make(self, service: type[S]) -> S:
        return service(sessions=self.sessions, actor=self._actor, clock=self._clock)

    @property
    def actor(self) -> Actor:
        return self._actor

    def database_key(self) -> str:
        """Which database these services work on, without its password: for files kept per database."""
        bind = self.sessions.kw.get("bind")
        url = getattr(bind, "url", None)
        return url.render_as_string(hide_password=True) if url is not None else "unknown"

    @property
    def clock(self) -> Clock:
        """The one clock every service reads "now" and "today" from; the interface asks it too."""
        return self._clock

    # -- the services, each made on first use ------------------------------------------------------

    @_first_use
    def organisations(self) -> OrganisationsService:
        from matchtafel.services.organisations import OrganisationsService

        return self._make(OrganisationsService)

    @_first_use
    def people(self) -> PeopleService:
        from matchtafel.services.organisations import PeopleService

        return self._make(PeopleService)

    @_first_use
    def employers(self) -> EmployersService:
        from matchtafel.services.employers import EmployersService

        return self._make(EmployersService)

    @_first_use
    def vacancies(self) -> VacanciesService:
        from matchtafel.services.vacancies import VacanciesService

        return self._make(VacanciesService)

    @_first_use
    def young_people(self) -> YoungPeopleService:
        from matchtafel.services.young_people import YoungPeopleService

        return self._make(YoungPeopleService)

    @_first_use
    def meetings(self) -> MeetingsService:
        from matchtafel.services.meetings import MeetingsService

        return self._make(MeetingsService)

    @_first_use
    def overview(self) -> OverviewService:
        from matchtafel.services.overview import OverviewService

        return self._make(OverviewService)

    @_first_use
    def history(self) -> HistoryService:
        from matchtafel.services.history import HistoryService

        return self._make(HistoryService)

    @_first_use
    def matching(self) -> MatchingService:
        from matchtafel.services.matching import MatchingService

        return self._make(MatchingService)

    @_first_use
    def proposals(self) -> ProposalsService:
        from matchtafel.services.proposals import ProposalsService

        return self._make(ProposalsService)

    @_first_use
    def imports(self) -> ImportService:
        from matchtafel.services.importing import ImportService

        return self._make(ImportService)

    @_first_use
    def exports(self) -> ExportService:
        from matchtafel.services.exporting import ExportService

        return self._make(ExportService)

    @_first_use
    def agenda(self) -> AgendaService:
        from matchtafel.services.agenda import AgendaService

        return self._make(AgendaService)

    @_first_use
    def review(self) -> ReviewService:
        from matchtafel.services.review import ReviewService

        return self._make(ReviewService)

    @_first_use
    def minutes(self) -> MinutesService:
        from matchtafel.services.minutes import MinutesService

        return self._make(MinutesService)

    @_first_use
    def session_view(self) -> SessionViewService:
        from matchtafel.services.session_view import SessionViewService

        return self._make(SessionViewService)

    @_first_use
    def accounts(self) -> AccountsService:
        from matchtafel.services.accounts import AccountsService

        return self._make(AccountsService)

    @_first_use
    def retention(self) -> RetentionService:
        from matchtafel.services.retention import RetentionService

        return self._make(RetentionService)

    @_first_use
    def audit_log(self) -> AuditLogService:
        from matchtafel.services.audit_log import AuditLogService

        return self._make(AuditLogService)

    @_first_use
    def consent(self) -> ConsentService:
        from matchtafel.services.consent import ConsentService

        return self._make(ConsentService)

    @_first_use
    def monitoring(self) -> MonitoringService:
        from matchtafel.services.monitoring import MonitoringService

        return self._make(MonitoringService)

    @_first_use
    def reminders(self) -> RemindersService:
        from matchtafel.services.reminders import RemindersService

        return self._make(RemindersService)

    @_first_use
    def followup(self) -> FollowUpService:
        from matchtafel.services.followup import FollowUpService

        return self._make(FollowUpService)

    @_first_use
    def pipeline(self) -> PipelineService:
        from matchtafel.services.pipeline import PipelineService

        return self._make(PipelineService)

    @_first_use
    def calendar(self) -> CalendarService:
        from matchtafel.services.calendar import CalendarService

        return self._make(CalendarService)

    @_first_use
    def leavers(self) -> LeaversService:
        from matchtafel.services.leavers import LeaversService

        return self._make(LeaversService)

    @_first_use
    def my_page(self) -> MyPageService:
        from matchtafel.services.my_page import MyPageService

        return self._make(MyPageService)

    @_first_use
    def supporters(self) -> SupportersService:
        from matchtafel.services.supporters import SupportersService

        return self._make(SupportersService)

    @_first_use
    def mentoring(self) -> MentoringService:
        from matchtafel.services.mentoring import MentoringService

        return self._make(MentoringService)

    @_first_use
    def support_matching(self) -> SupportMatchingService:
        from matchtafel.services.support_matching import SupportMatchingService

        return self._make(SupportMatchingService)

    @_first_use
    def events(self) -> EventsService:
        from matchtafel.services.events import EventsService

        return self._make(EventsService)

    @_first_use
    def event_outcome(self) -> EventOutcomeService:
        from matchtafel.services.event_outcome import EventOutcomeService

        return self._make(EventOutcomeService)


__all__ = ["Actor", "Services"]

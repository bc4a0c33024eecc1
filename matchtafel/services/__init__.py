"""One public method per user action, one transaction each; plain dataclasses out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.services.accounts import AccountsService
from matchtafel.services.agenda import AgendaService
from matchtafel.services.audit_log import AuditLogService
from matchtafel.services.base import Actor, ServiceBase
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

S = TypeVar("S", bound=ServiceBase)


@dataclass(frozen=True)
class Services:
    """Every service over one sessionmaker and one actor: what the app and the command line hand out."""

    organisations: OrganisationsService
    people: PeopleService
    employers: EmployersService
    vacancies: VacanciesService
    young_people: YoungPeopleService
    meetings: MeetingsService
    overview: OverviewService
    history: HistoryService
    matching: MatchingService
    proposals: ProposalsService
    imports: ImportService
    exports: ExportService
    agenda: AgendaService
    review: ReviewService
    minutes: MinutesService
    session_view: SessionViewService
    accounts: AccountsService
    retention: RetentionService
    audit_log: AuditLogService
    consent: ConsentService
    monitoring: MonitoringService
    reminders: RemindersService
    followup: FollowUpService
    pipeline: PipelineService
    calendar: CalendarService
    supporters: SupportersService
    mentoring: MentoringService
    support_matching: SupportMatchingService
    events: EventsService
    event_outcome: EventOutcomeService
    leavers: LeaversService
    my_page: MyPageService

    def database_key(self) -> str:
        """Which database these services work on, without its password: for files kept per database."""
        bind = self.agenda._sessions.kw.get("bind")
        url = getattr(bind, "url", None)
        return url.render_as_string(hide_password=True) if url is not None else "unknown"

    @property
    def clock(self) -> Clock:
        """The one clock every service reads "now" and "today" from; the interface asks it too."""
        return self.agenda.clock

    @classmethod
    def create(
        cls, sessions: sessionmaker[Session], actor: Actor, *, clock: Clock = SYSTEM_CLOCK
    ) -> Services:
        def make(service: type[S]) -> S:
            return service(sessions=sessions, actor=actor, clock=clock)

        return cls(
            organisations=make(OrganisationsService),
            people=make(PeopleService),
            employers=make(EmployersService),
            vacancies=make(VacanciesService),
            young_people=make(YoungPeopleService),
            meetings=make(MeetingsService),
            overview=make(OverviewService),
            history=make(HistoryService),
            matching=make(MatchingService),
            proposals=make(ProposalsService),
            imports=make(ImportService),
            exports=make(ExportService),
            agenda=make(AgendaService),
            review=make(ReviewService),
            minutes=make(MinutesService),
            session_view=make(SessionViewService),
            accounts=make(AccountsService),
            retention=make(RetentionService),
            audit_log=make(AuditLogService),
            consent=make(ConsentService),
            monitoring=make(MonitoringService),
            reminders=make(RemindersService),
            followup=make(FollowUpService),
            pipeline=make(PipelineService),
            calendar=make(CalendarService),
            supporters=make(SupportersService),
            mentoring=make(MentoringService),
            support_matching=make(SupportMatchingService),
            events=make(EventsService),
            event_outcome=make(EventOutcomeService),
            leavers=make(LeaversService),
            my_page=make(MyPageService),
        )


__all__ = ["Actor", "Services"]

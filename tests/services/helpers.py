"""Small builders for service tests: a school, a person, an employer, a young person."""

from __future__ import annotations

from dataclasses import dataclass

from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput, EmployerRow
from matchtafel.services.organisations import OrganisationInput, OrganisationRow, PersonInput, PersonRow
from matchtafel.services.young_people import YoungPersonInput, YoungPersonRow


@dataclass(frozen=True)
class Basics:
    school: OrganisationRow
    coach: PersonRow
    employer: EmployerRow


def kind_id(services: Services, code: str) -> int:
    return next(k.id for k in services.organisations.kinds() if k.code == code)


def make_basics(services: Services) -> Basics:
    school = services.organisations.create(
        OrganisationInput(name="Achterhoek College", kind_id=kind_id(services, "mbo"), place="Doetinchem")
    )
    coach = services.people.create(
        PersonInput(
            name="Fenna Jansen", organisation_id=school.id, role="loopbaancoach", email="f.jansen@ac.nl"
        )
    )
    employer = services.employers.create(
        EmployerInput(name="Bakkerij Ter Horst", place="Winterswijk", sector="Voedingsindustrie")
    )
    return Basics(school=school, coach=coach, employer=employer)


def make_young_person(
    services: Services,
    basics: Basics,
    given: str = "Zoë",
    family: str = "van der Berg",
    *,
    consent: bool = True,
) -> YoungPersonRow:
    """With consent for everything (table, WSP, employers) unless ``consent=False``."""
    young = services.young_people.create(
        YoungPersonInput(
            given_name=given, family_name=family, school_id=basics.school.id, case_holder_id=basics.coach.id
        )
    )
    if consent:
        give_consent(services, young.id)
    return young


def give_consent(services: Services, young_person_id: int, **scopes: bool) -> None:
    from datetime import timedelta

    from matchtafel.domain.vocabulary import ConsentGivenBy
    from matchtafel.services.consent import ConsentInput

    wanted = {"scope_table": True, "scope_share_wsp": True, "scope_employer_profile": True, **scopes}
    given = services.clock.today() - timedelta(days=365)  # a year before the services' own today
    services.consent.record(young_person_id, ConsentInput(given, ConsentGivenBy.YOUNG_PERSON, **wanted))


def make_vacancy(
    services: Services, basics: Basics, title: str = "Medewerker bakkerij", **fields: object
) -> int:
    from matchtafel.domain.vocabulary import VacancyKind
    from matchtafel.services.vacancies import VacancyInput

    values: dict[str, object] = {"kind": VacancyKind.JOB, **fields}
    return services.vacancies.create(
        VacancyInput(employer_id=basics.employer.id, title=title, **values)  # type: ignore[arg-type]
    ).id


def may_be_proposed(services: Services, young_person_ids: list[int]) -> list[int]:
    """Those whose consent in force lets the WSP put them forward to an employer."""
    allowed = []
    for young_person_id in young_person_ids:
        consent = services.consent.in_force(young_person_id)
        if consent is not None and consent.scope_share_wsp and consent.scope_employer_profile:
            allowed.append(young_person_id)
    return allowed

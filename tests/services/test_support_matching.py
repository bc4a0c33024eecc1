"""Suggestions of supporters for a young person and the reverse, over the database."""

from __future__ import annotations

from dataclasses import replace

from matchtafel.domain.vocabulary import SupporterKind, SupportWish, YesNoUnknown
from matchtafel.services import Services
from matchtafel.services.young_people import YoungPersonInput
from tests.services.helpers import make_basics, make_young_person
from tests.services.support_helpers import make_supporter


def _wanting(services: Services, young_id: int) -> None:
    row = services.young_people.get(young_id)
    values = {
        name: getattr(row, name) for name in YoungPersonInput.__dataclass_fields__ if hasattr(row, name)
    }
    services.young_people.change(
        young_id,
        row.version,
        YoungPersonInput(
            **{
                **values,
                "home_place": "Doetinchem",
                "wanted_sectors": ["Techniek en installatie"],
                "support_wishes": [SupportWish.NETWORK.value, SupportWish.APPLYING.value],
            }
        ),
    )


def test_supporters_for_a_young_person_best_first_linked_ones_left_out(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    _wanting(services, young.id)
    best = make_supporter(services, "Henk Wolters")
    other = make_supporter(services, "Ans Jansen", place="Winterswijk", sectors=("Zorg en welzijn",))
    coach = make_supporter(services, "Jan Coach", kind=SupporterKind.JOB_COACH)
    found = services.support_matching.for_young_person(young.id)
    assert [s.supporter_id for s in found] == [best.id, coach.id, other.id]
    assert found[0].match.score == 100
    only_coaches = services.support_matching.for_young_person(young.id, kind=SupporterKind.JOB_COACH)
    assert [s.name for s in only_coaches] == ["Jan Coach"]
    services.mentoring.propose(young.id, best.id)
    assert best.id not in [s.supporter_id for s in services.support_matching.for_young_person(young.id)]


def test_young_people_for_a_supporter_by_code_and_initials(services: Services) -> None:
    basics = make_basics(services)
    fits = make_young_person(services, basics, "Ali", "Yilmaz")
    _wanting(services, fits.id)
    other = make_young_person(services, basics, "Bo", "de Vries")
    supporter = make_supporter(services)
    found = services.support_matching.for_supporter(supporter.id)
    assert [(s.code, s.initials) for s in found] == [(fits.code, "A.Y."), (other.code, "B.V.")]
    assert not hasattr(found[0], "given_name")
    services.mentoring.propose(fits.id, supporter.id)
    assert [s.young_person_id for s in services.support_matching.for_supporter(supporter.id)] == [other.id]


def test_age_support_note_and_doelgroepregister_never_change_a_score(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    _wanting(services, young.id)
    make_supporter(services)
    before = [s.match for s in services.support_matching.for_young_person(young.id)]
    row = services.young_people.get(young.id)
    values = {
        name: getattr(row, name) for name in YoungPersonInput.__dataclass_fields__ if hasattr(row, name)
    }
    changed = replace(
        YoungPersonInput(**values),
        birth_year=services.clock.today().year - 25,
        support_note="Heeft baat bij vaste begeleider",
        doelgroepregister=YesNoUnknown.YES,
        needs_job_coach=True,
    )
    services.young_people.change(young.id, row.version, changed)
    after = [s.match for s in services.support_matching.for_young_person(young.id)]
    assert after == before

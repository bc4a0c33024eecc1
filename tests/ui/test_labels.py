from __future__ import annotations

from enum import StrEnum

import pytest

from matchtafel import vocabulary
from matchtafel.ui.labels import label

LABELLED = [
    vocabulary.Level,
    vocabulary.Leerweg,
    vocabulary.ExitStatus,
    vocabulary.Situation,
    vocabulary.YesNoUnknown,
    vocabulary.VacancyKind,
    vocabulary.ContractType,
    vocabulary.VacancyStatus,
    vocabulary.MeetingStatus,
    vocabulary.CaseStatus,
    vocabulary.AgreementStatus,
    vocabulary.ProposalStatus,
    vocabulary.OrganisationCategory,
    vocabulary.SupporterKind,
    vocabulary.SupportWish,
    vocabulary.LinkStatus,
    vocabulary.LinkEndReason,
    vocabulary.EventKind,
]


@pytest.mark.parametrize("enum_type", LABELLED)
def test_every_value_has_a_word(enum_type: type[StrEnum]) -> None:
    assert all(label(member) for member in enum_type)


def test_equal_values_of_different_vocabularies_keep_their_own_word() -> None:
    """StrEnum members compare equal to their value: 'planned' is a session's and a case's status."""
    assert label(vocabulary.MeetingStatus.PLANNED) == "Planned"
    assert label(vocabulary.CaseStatus.PLANNED) == "On the agenda"
    assert label(vocabulary.Level.OTHER) != label(vocabulary.OrganisationCategory.OTHER)
    assert label(None) == ""

from __future__ import annotations

from enum import StrEnum

import pytest

from matchtafel.domain import vocabulary
from matchtafel.ui.widgets.labels import label

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


def test_documents_and_exports_use_the_interfaces_words() -> None:
    """matchtafel.domain.words (read without Qt, for reports, exports and the command line) has the same
    English words as the interface, and the same Dutch words as the compiled translation."""
    from PySide6.QtCore import QTranslator

    from matchtafel.domain.words import LABELS, LINK_LABELS
    from matchtafel.domain.words import label as document_label
    from matchtafel.paths import translations_dir

    dutch = QTranslator()
    assert dutch.load("matchtafel_nl", str(translations_dir()))
    for member, source in LABELS:
        assert document_label(member, "en") == label(member) == source, member
        assert document_label(member, "nl") == dutch.translate("labels", source), member
    for member, source in LINK_LABELS:
        assert document_label(member, "en") == label(member) == source, member
        assert document_label(member, "nl") == dutch.translate("linklabels", source), member
    assert document_label(vocabulary.LinkStatus.PROPOSED, "nl") == "Voorgesteld"
    assert document_label(vocabulary.SupporterKind.BUSINESS_MENTOR, "nl") == "Bedrijfsmentor"
    assert document_label(vocabulary.AgreementStatus.DONE, "nl") == "Afgerond"

"""Suggestions of supporters beside a young person, or of young people beside a supporter: the same pane as
the vacancies' (a score bar, a filter, the reason per criterion), and "Link" (Koppelen) proposes a mentoring
link. Advice only: people decide.

Signals: ``linked(int, int)`` (young person id, supporter id) after a link was proposed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from matchtafel.domain.vocabulary import SupportWish
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.suggestions_pane import SuggestionsPane
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.row_model import Column


def wishes_text(codes: str) -> str:
    """Wish codes joined by "|" (as a reason carries them) in words."""
    return ", ".join(label(SupportWish(code)) for code in codes.split("|") if code) or "—"


def support_reason_text(template: str, params: tuple[tuple[str, str], ...]) -> str:
    values = dict(params)
    for key in ("met", "missing"):
        if key in values:
            values[key] = wishes_text(values[key])
    return translate("matching", template).format(**values)


class SupportSuggestionsPane(SuggestionsPane):
    linked = Signal(int, int)

    def __init__(
        self,
        *,
        for_supporters: bool,
        load: Callable[[int, dict[str, float]], list[Any]],
        propose: Callable[[int, Any], object],
        weights: MatchWeights | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``for_supporters``: beside a young person, listing supporters (else beside a supporter)."""
        self._for_supporters = for_supporters
        super().__init__(
            for_vacancies=False, load=load, propose=propose, weights=weights or MatchWeights(), parent=parent
        )
        self.setAccessibleName(self.heading.text().replace("<b>", "").replace("</b>", ""))

    def _title_and_columns(self) -> tuple[str, list[Column]]:
        score = Column(
            translate("SupportSuggestions", "Score"),
            lambda s: f"{s.match.score:.0f}",
            sort_key=lambda s: s.match.score,
            searchable=False,
        )
        if self._for_supporters:
            return translate("SupportSuggestions", "Suggested mentors and coaches"), [
                score,
                Column(translate("SupportSuggestions", "Name"), lambda s: s.name),
                Column(translate("SupportSuggestions", "Kind"), lambda s: label(s.kind)),
                Column(translate("SupportSuggestions", "Organisation"), lambda s: s.organisation),
                Column(translate("SupportSuggestions", "Place"), lambda s: s.place),
            ]
        return translate("SupportSuggestions", "Suggested young people"), [
            score,
            Column(translate("SupportSuggestions", "Code"), lambda s: s.code),
            Column(translate("SupportSuggestions", "Initials"), lambda s: s.initials),
            Column(translate("SupportSuggestions", "Home place"), lambda s: s.home_place),
        ]

    def _key(self, suggestion: Any) -> int | None:
        """What keeps the selection when the list reloads: the supporter, or the young person."""
        if suggestion is None:
            return None
        return int(suggestion.supporter_id if self._for_supporters else suggestion.young_person_id)

    def _propose_text(self) -> tuple[str, str]:
        return (
            translate("SupportSuggestions", "Lin&k (Koppelen)"),
            translate("SupportSuggestions", "Propose a link"),
        )

    def _reason_text(self, reason: Any) -> str:
        return support_reason_text(reason.template, reason.params)

    def _proposed(self, suggestion: Any) -> None:
        young, supporter = (
            (self._subject, suggestion.supporter_id)
            if self._for_supporters
            else (suggestion.young_person_id, self._subject)
        )
        self.status.setText(
            translate("SupportSuggestions", "Link proposed. Move it on under Mentors and events → Links.")
        )
        assert young is not None and supporter is not None
        self.linked.emit(young, supporter)
        self.refresh()  # the linked one leaves the list

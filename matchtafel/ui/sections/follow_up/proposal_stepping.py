"""Taking a step on a proposal (a part of ``ProposalsPage``): only the steps the pipeline allows, the question
each step needs (why rejected, a note on withdrawing, the placement's details) through the injected prompts,
then the step and what it set in motion (follow-up calls planned, the vacancy filled) in the status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from matchtafel.domain.dates import format_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.proposal_steps import PLACING, allowed_steps
from matchtafel.domain.vocabulary import ProposalStatus, RejectionReason, VacancyKind
from matchtafel.services.pipeline import PlacementInput, ProposalListRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.follow_up.step_dialogs import NoteDialog, PlacementDialog, RejectionDialog
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from matchtafel.services import Services


class ProposalStepping:
    """Mixed into ``ProposalsPage``: the names below are the page's."""

    services: Services
    prompts: Prompts
    nazorg_months: tuple[int, ...]
    message: QLabel
    stepped: SignalInstance

    if TYPE_CHECKING:

        def current(self) -> ProposalListRow | None: ...
        def reload(self) -> None: ...

    def _page(self) -> QWidget:
        assert isinstance(self, QWidget)  # ProposalsPage is one
        return self

    def take_step(self, target: ProposalStatus) -> None:
        row = self.current()
        if row is None:
            return
        allowed = allowed_steps(row.status)
        if target not in allowed:
            self.show_problem(
                translate("ProposalsPage", "A proposal that is {current} can go to: {allowed}.").format(
                    current=label(row.status), allowed=", ".join(label(s) for s in allowed) or "—"
                )
                if allowed
                else translate("ProposalsPage", "This proposal is {current}: that is final.").format(
                    current=label(row.status)
                )
            )
            return
        what = f"{row.young_code} {row.young_initials} · {row.vacancy_title} · {row.employer}"
        reason: RejectionReason | None = None
        note = ""
        placement: PlacementInput | None = None
        if target == ProposalStatus.REJECTED:
            answer = self.ask_rejection(what)
            if answer is None:
                return
            reason, note = answer
        elif target == ProposalStatus.WITHDRAWN:
            withdrawn = self.ask_withdrawal(what)
            if withdrawn is None:
                return
            note = withdrawn
        elif target in PLACING:
            placement = self.ask_placement(
                what, trial=target == ProposalStatus.TRIAL_PLACEMENT, bpv=row.vacancy_kind == VacancyKind.BPV
            )
            if placement is None:
                return
        try:
            result = self.services.pipeline.step(
                row.id,
                row.version,
                target,
                reason=reason,
                note=note,
                placement=placement,
                nazorg_months=self.nazorg_months,
            )
        except UserError as exc:
            self.show_problem(user_message(exc))
            self.reload()
            return
        done = translate("ProposalsPage", "{young}: {status}.").format(
            young=f"{row.young_code} {row.young_initials}", status=label(target)
        )
        if result.checkpoints:
            done += " " + translate("ProposalsPage", "Follow-up calls planned on {dates}.").format(
                dates=", ".join(format_date(d) for d in result.checkpoints)
            )
        if result.vacancy_filled:
            done += " " + translate(
                "ProposalsPage", "All places of this vacancy are taken: it is marked filled."
            )
        self.show_status(done)
        self.stepped.emit(row.id)
        self.reload()

    def show_status(self, message: str) -> None:
        self.message.setText(message)

    def ask_rejection(self, what: str) -> tuple[RejectionReason, str] | None:
        dialog = RejectionDialog(what, self._page())
        return dialog.chosen() if self.prompts.run(dialog) else None

    def ask_withdrawal(self, what: str) -> str | None:
        dialog = NoteDialog(translate("ProposalsPage", "Withdraw"), what, self._page())
        return dialog.note.toPlainText() if self.prompts.run(dialog) else None

    def ask_placement(self, what: str, *, trial: bool, bpv: bool = False) -> PlacementInput | None:
        dialog = PlacementDialog(what, trial=trial, bpv=bpv, today=self.services.clock.today(), parent=self._page())
        return dialog.placement() if self.prompts.run(dialog) else None

    def show_problem(self, message: str) -> None:
        self.prompts.warn(self._page(), translate("ProposalsPage", "Not possible"), message)

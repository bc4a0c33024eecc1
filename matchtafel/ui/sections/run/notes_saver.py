"""Run mode's one source of truth for what was typed and is not yet in the database.

Notes, agreements and proposals go through a journal on this computer before the database (``journal.py``).
The field shows the journal's text where it has one (it is newer than the database's), so recovery after a
crash fills the field before any autosave can run. When the database cannot take a text (a dropped server,
another program holding the file, a full disk) the text stays marked unsaved: a banner says why in the
interface language ("Niet opgeslagen — schijf vol"), the saver tries again every few seconds, "Save to
file…" puts everything unsent in a file of one's own, and leaving the session or quitting asks first. While
a failure lasts, typing only updates the journal; the database is asked by the retry timer, so a locked
database does not freeze every keystroke.

A failure that is not the environment's (a bug) is logged with its traceback and handled the same way: the
text is never dropped and the banner shows.

Signals: ``state_changed()`` when something became saved or unsaved, or the failure changed.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from matchtafel.domain.errors import ConnectionLost, DatabaseBusy, NotesConflict, StorageFull, UserError
from matchtafel.services import Services
from matchtafel.storage.journal import JournalError, NotesJournal
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
from matchtafel.ui.widgets.prompts import Option, Prompts

log = logging.getLogger(__name__)

RETRY_MS = {"away": 5_000, "busy": 2_000, "full": 3_000, "error": 10_000}
_TRANSIENT = (ConnectionLost, DatabaseBusy, StorageFull)


class NotesSaver(QObject):
    state_changed = Signal()

    def __init__(
        self,
        services: Services,
        journal: NotesJournal,
        labels: Callable[[], dict[int, str]],
        parent: QObject,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.journal, self.labels = services, journal, labels
        self.prompts = prompts or Prompts()
        self.failure: str | None = None  # "away", "busy", "full", "error": why the database has not got it
        self._detail = ""
        self._journal_problem = ""  # why the journal file could not be written, while it cannot
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.message.setAccessibleName(translate("RunSession", "Connection"))
        self.retry_button = QPushButton(translate("RunSession", "Try &again"))
        self.retry_button.setAccessibleName(translate("RunSession", "Try to save the unsent text again"))
        self.retry_button.clicked.connect(self.flush)
        self.export_button = QPushButton(translate("RunSession", "Save unsent notes…"))
        self.export_button.setAccessibleName(translate("RunSession", "Save the unsent notes to a file"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.message, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.export_button)
        self.banner.hide()
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.flush)
        self._replayed: set[str] = set()  # actions from an earlier run, checked against the database once

    # -- what the fields show ---------------------------------------------------------------------------

    def text_for(self, case_id: int, stored: str) -> str:
        """The notes to show: the journal's where it has newer text than the database, else the stored."""
        return self.journal.pending().get(case_id, stored)

    def is_unsaved(self, case_id: int) -> bool:
        return case_id in self.journal.pending()

    def unsaved_count(self) -> int:
        return len(self.journal.pending()) + len(self.journal.pending_actions())

    def held_actions(self) -> list[dict[str, Any]]:
        return list(self.journal.pending_actions().values())

    # -- saving -----------------------------------------------------------------------------------------

    def save(self, case_id: int, text: str, *, based_on: str | None = None) -> bool:
        """On disk first, then the database; False while the database cannot take it (the text is kept)."""
        self._keep(lambda: self.journal.keep(case_id, text, based_on=based_on))
        if self.failure is not None:
            self._schedule()  # the retry timer asks the database; typing does not wait for it
            self._show()
            return False
        return self._write_notes(case_id, text)

    def run_action(self, action: dict[str, Any]) -> int | None:
        """Write an agreement or proposal now; None when it is held for later (kept in the journal, shown as
        unsent, written by the retry). A refusal that waiting cannot cure raises its UserError."""
        key = uuid.uuid4().hex
        self._keep(lambda: self.journal.keep_action(key, action))
        if self.failure is not None:
            self._schedule()
            self._show()
            return None
        return self._write_action(key, action)

    def flush(self) -> bool:
        """Write whatever is unsent (after a failure, or left by an earlier run); True when nothing is left."""
        self.failure = None
        for case_id, text in self.journal.pending().items():
            try:
                if not self._write_notes(case_id, text) and self.failure is not None:
                    return False  # the database cannot take it: try again later (a conflict goes on)
            except UserError:
                continue  # its case is gone (removed meanwhile): nothing left to write it to
        for key, action in self.journal.pending_actions().items():
            try:
                if key not in self._replayed:
                    try:
                        if self._written_before(action):
                            self._forget_action(key)  # a run that died after the database had it
                            continue
                    except _TRANSIENT as exc:
                        return self._failed(exc)
                self._replayed.add(key)
                if self._write_action(key, action) is None:
                    return False
            except UserError:
                continue  # refused for good (the vacancy closed meanwhile): _write_action dropped it
        self._show()
        return True

    def _write_notes(self, case_id: int, text: str) -> bool:
        try:
            self.services.agenda.save_case_notes(case_id, text, based_on=self.journal.based_on(case_id))
        except NotesConflict as conflict:
            return self._on_conflict(conflict)
        except UserError as exc:
            if isinstance(exc, _TRANSIENT):
                return self._failed(exc)
            self._forget(lambda: self.journal.written(case_id, text))  # a case that is gone
            raise
        except Exception as exc:  # a bug: logged with its traceback, and the text is still kept
            log.exception("saving the notes of case %s failed", case_id)
            return self._failed(exc)
        self._forget(lambda: self.journal.written(case_id, text))
        self._show()
        return True

    def _on_conflict(self, conflict: NotesConflict) -> bool:
        """Someone else wrote these notes meanwhile: both texts side by side. The typed text stays in the
        journal until the person chooses; saving it over the stored one is a choice made seeing both."""
        choice = self.prompts.resolve_conflict(
            self.banner,
            [(translate("RunSession", "Notes"), conflict.mine, conflict.theirs)],
            conflict.saved_by,
        )
        if choice == ConflictChoice.TAKE_THEIRS:
            self._forget(lambda: self.journal.written(conflict.case_id, conflict.mine))
            self._show()
            return False
        self._keep(lambda: self.journal.resolved(conflict.case_id, conflict.theirs))
        if choice == ConflictChoice.KEEP_MINE:
            return self._write_notes(conflict.case_id, conflict.mine)
        self.message.setText(user_message(conflict))  # back: kept (unsaved), the banner says why
        self.banner.show()
        return False

    def _write_action(self, key: str, action: dict[str, Any]) -> int | None:
        try:
            new_id = self._perform(action)
        except UserError as exc:
            if isinstance(exc, _TRANSIENT):
                self._failed(exc)
                return None
            self._forget_action(key)
            raise
        except Exception as exc:
            log.exception("writing a %s failed", action.get("kind"))
            self._failed(exc)
            return None
        self._forget_action(key)
        self._show()
        return new_id

    def _perform(self, action: dict[str, Any]) -> int:
        if action["kind"] == "agreement":
            deadline = action.get("deadline")
            return self.services.agenda.add_agreement(
                int(action["meeting_id"]),
                action=str(action["action"]),
                owner_id=action.get("owner_id"),
                supporter_id=action.get("supporter_id"),  # absent in a journal written before supporters
                deadline=date.fromisoformat(deadline) if deadline else None,
                case_id=action.get("case_id"),
            )
        return self.services.proposals.propose(
            int(action["young_person_id"]), int(action["vacancy_id"]), case_id=action.get("case_id")
        ).id

    def _written_before(self, action: dict[str, Any]) -> bool:
        """An agreement from an earlier run that the database already has (the run died after the commit,
        before the journal forgot it). A proposal needs no check: the database refuses a second one."""
        if action.get("kind") != "agreement":
            return False
        view = self.services.session_view.view(int(action["meeting_id"]))
        deadline = date.fromisoformat(action["deadline"]) if action.get("deadline") else None
        return any(
            a.case_id == action.get("case_id")
            and a.action == str(action["action"]).strip()
            and a.deadline == deadline
            for a in view.agreements
        )

    # -- the journal's own trouble --------------------------------------------------------------------

    def _keep(self, step: Callable[[], None]) -> None:
        try:
            step()
        except JournalError as exc:
            self._journal_problem = exc.reason
            return
        self._journal_problem = ""

    def _forget(self, step: Callable[[], None]) -> None:
        try:
            step()
        except JournalError as exc:  # the stale file could not even be removed
            log.warning("the notes journal cannot be updated: %s", exc)
            self._journal_problem = exc.reason

    def _forget_action(self, key: str) -> None:
        self._forget(lambda: self.journal.action_done(key))

    # -- failure, retry, banner -------------------------------------------------------------------------

    def _failed(self, exc: Exception) -> bool:
        if isinstance(exc, ConnectionLost):
            self.failure = "away"
        elif isinstance(exc, DatabaseBusy):
            self.failure = "busy"
        elif isinstance(exc, StorageFull):
            self.failure = "full"
        else:
            self.failure = "error"
        self._detail = user_message(exc) if isinstance(exc, UserError) else str(exc)
        self._schedule()
        self._show()
        return False

    def _schedule(self) -> None:
        if not self._retry.isActive():
            self._retry.start(RETRY_MS[self.failure or "error"])

    def _show(self) -> None:
        if not self.unsaved_count():
            self.failure = None
            self._retry.stop()
            self.banner.hide()
            self.state_changed.emit()
            return
        if self.failure is None:
            self.state_changed.emit()
            return
        if self.failure == "away":
            text = translate(
                "RunSession",
                "The database is away: your notes are kept on this computer and written when it returns. ({detail})",
            ).format(detail=self._detail)
        else:
            reason = {
                "busy": translate("RunSession", "Not saved — database busy."),
                "full": translate("RunSession", "Not saved — disk full."),
                "error": translate("RunSession", "Not saved — unexpected error."),
            }[self.failure]
            text = (
                reason
                + " "
                + translate(
                    "RunSession", "Your text is kept on this computer and saved again in a few seconds."
                )
            )
        if self._journal_problem:
            text += " " + translate(
                "RunSession",
                "It cannot be kept on this computer either ({reason}): only this window has it. "
                "Save it to a file, or make room on the disk.",
            ).format(reason=self._journal_problem)
        self.message.setText(text)
        self.banner.show()
        self.state_changed.emit()

    # -- leaving with text unsaved ----------------------------------------------------------------------

    def may_leave(self, parent: QWidget | None) -> bool:
        """Closing the session or quitting: True when nothing typed is lost by it. Otherwise the person
        chooses: save to a file, leave it in the journal (written next time), or stay."""
        if not self.unsaved_count() or self.flush():
            return True
        on_disk = self.journal.on_disk and not self._journal_problem
        count = self.unsaved_count()
        if on_disk:
            text = translate(
                "RunSession",
                "{count} typed texts are not in the database yet. They are kept on this computer and written "
                "the next time this database is opened. Save them to a file as well?",
            ).format(count=count)
        else:
            text = translate(
                "RunSession",
                "{count} typed texts are not saved anywhere but in this window (the disk refused them). Save "
                "them to a file before leaving, or stay.",
            ).format(count=count)
        to_file = Option("file", translate("RunSession", "Save to &file…"), QMessageBox.ButtonRole.AcceptRole)
        leave = Option(
            "leave", translate("RunSession", "&Leave (kept here)"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = Option("stay", translate("RunSession", "&Stay"), QMessageBox.ButtonRole.RejectRole)
        options = (
            (to_file, leave, stay) if on_disk else (to_file, stay)
        )  # no leaving what only this window has
        answer = self.prompts.choose(
            parent, translate("RunSession", "Not saved"), text, options, default="stay"
        )
        if answer == "file":
            return self.export()
        return answer == "leave" and on_disk

    def export(self) -> bool:
        path = self.prompts.save_path(
            self.banner, translate("RunSession", "Save unsent notes"), "notities.txt", "*.txt"
        )
        if path is None:
            return False
        try:
            self.journal.export(path, self.labels())
        except OSError as exc:
            self.message.setText(
                translate("RunSession", "{path} cannot be written: {reason}").format(
                    path=str(path), reason=exc.strerror or exc
                )
            )
            self.banner.show()
            return False
        self.message.setText(translate("RunSession", "Unsent notes saved in {path}.").format(path=str(path)))
        return True

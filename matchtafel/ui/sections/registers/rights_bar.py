"""The rights of the young person under their form: inzage (a PDF and a JSON file with everything stored,
the audit entries included) and erasure (the same anonymisation as the retention purge, confirmed twice);
and 'Mijn afspraken', the young person's own page, saved as PDF and opened to print (logged)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.sections.run.minutes_dialog import documents_folder
from matchtafel.ui.widgets.operations import run_operation
from matchtafel.ui.widgets.prompts import Prompts, with_suffix


class RightsBar(QWidget):
    """Signal ``erased()`` after an erasure: the form closes and the list reloads."""

    erased = Signal()

    def __init__(
        self,
        services: Services,
        young_person_id: int,
        code: str,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.young_person_id, self.code = services, young_person_id, code
        self.prompts = prompts or Prompts()
        self.saved: list[Path] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        self.inzage_button = QPushButton(translate("RightsBar", "In&zage…"))
        self.inzage_button.setAccessibleName(
            translate("RightsBar", "Inzage: save everything stored as PDF and JSON")
        )
        self.erase_button = QPushButton(translate("RightsBar", "Eras&e…"))
        self.erase_button.setAccessibleName(translate("RightsBar", "Erase this young person (anonymise)"))
        self.my_page_button = QPushButton(translate("RightsBar", "&My agreements (for the young person)…"))
        self.my_page_button.setAccessibleName(
            translate("RightsBar", "Mijn afspraken: the young person's own page, to print or save as PDF")
        )
        self.inzage_button.clicked.connect(self.inzage)
        self.erase_button.clicked.connect(self.erase)
        self.my_page_button.clicked.connect(self.my_page)
        row.addWidget(self.my_page_button)
        row.addWidget(self.inzage_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)

    def inzage(self) -> None:
        from matchtafel.reports.files import save_whole
        from matchtafel.reports.privacy import write_inzage

        reason = self.ask_text(
            translate("RightsBar", "Inzage"), translate("RightsBar", "On whose request? (logged)")
        )
        if not reason:
            return
        path = self.ask_path(documents_folder() / f"Inzage {self.code}.pdf")
        if path is None:
            return
        language = interface_language()
        try:
            record = self._subject_access(reason)
            data = json.dumps(record, default=str, ensure_ascii=False, indent=2).encode("utf-8")
            pdf = save_whole(
                path,
                lambda out: write_inzage(record, out, today=self.services.clock.today(), language=language),
            )
            js = save_whole(path.with_suffix(".json"), lambda out: out.write(data))
        except UserError as exc:
            self.prompts.warn(self, translate("RightsBar", "Inzage"), user_message(exc))
            return
        self.saved = [pdf, js]

    def my_page(self) -> None:
        from matchtafel.reports.files import save_whole
        from matchtafel.reports.my_page import write_my_page

        language = interface_language()
        word = "Mijn afspraken" if language == "nl" else "My agreements"
        path = self.ask_path(documents_folder() / f"{word} {self.code}.pdf")
        if path is None:
            return
        my_page, young_person_id = self.services.my_page, self.young_person_id

        def work() -> Path:  # off the UI thread: the agreements read, the PDF laid out and written
            page = my_page.page(young_person_id)
            return save_whole(path, lambda out: write_my_page(page, out, language=language))

        def written(pdf: Path) -> None:
            self.saved = [pdf]
            self.prompts.open_document(pdf)  # opened in the PDF viewer, from where it is printed

        run_operation(
            self, translate("RightsBar", "My agreements"), work, written, disable=[self.my_page_button], prompts=self.prompts
        )

    def erase(self) -> None:
        first = translate(
            "RightsBar",
            "Erase {code}? Names, notes and every personal field are replaced; the counts stay. This cannot be undone.",
        ).format(code=self.code)
        if not self.confirm(first):
            return
        reason = self.ask_text(
            translate("RightsBar", "Erase"), translate("RightsBar", "On whose request? (logged)")
        )
        if not reason:
            return
        second = translate("RightsBar", "Really erase {code} now?").format(code=self.code)
        if not self.confirm(second):
            return
        try:
            self._erase(reason)
        except UserError as exc:
            self.prompts.warn(self, translate("RightsBar", "Erase"), user_message(exc))
            return
        self.erased.emit()

    def _subject_access(self, reason: str) -> dict[str, object]:
        return self.services.retention.subject_access(self.young_person_id, reason)

    def _erase(self, reason: str) -> None:
        self.services.retention.erase(self.young_person_id, reason)

    # -- questions, through the injected prompts -------------------------------------------------------

    def confirm(self, question: str) -> bool:
        return self.prompts.confirm(self, translate("RightsBar", "Erase"), question)

    def ask_text(self, title: str, label: str) -> str | None:
        text = (self.prompts.text(self, title, label) or "").strip()
        return text or None

    def ask_path(self, suggested: Path) -> Path | None:
        path = self.prompts.save_path(self, translate("RightsBar", "Inzage"), str(suggested), "*.pdf")
        return with_suffix(path, ".pdf") if path else None

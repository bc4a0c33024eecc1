"""Settings: who you are, the interface language, and the matching weights.

The weights apply while you change them (open suggestions re-rank at once); Cancel puts them back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matchtafel.settings import Settings
from matchtafel.ui.i18n import translate
from matchtafel.ui.server_settings import ServerSettings
from matchtafel.ui.weights import CRITERIA_KEYS, MatchWeights
from matchtafel.ui.widgets.theme import css


def criterion_titles() -> dict[str, str]:
    return {
        "level": translate("matching", "Level"),
        "field": translate("matching", "Field"),
        "travel": translate("matching", "Travel"),
        "hours": translate("matching", "Hours"),
        "start": translate("matching", "Start"),
        "coaching": translate("matching", "Job coach"),
        "kind": translate("matching", "Kind of place"),
    }


class SettingsDialog(QDialog):
    def __init__(self, *, settings: Settings, weights: MatchWeights, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._weights = weights
        self._original = weights.values()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(settings.user_name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.organisation_edit = QLineEdit(settings.user_organisation)
        self.organisation_edit.setAccessibleName(self.tr("Your organisation"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for value, text in (("system", self.tr("As the system")), ("nl", "Nederlands"), ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Language:"), self.language)
        self.nazorg_edit = QLineEdit(", ".join(str(m) for m in settings.nazorg_months))
        self.nazorg_edit.setAccessibleName(self.tr("Nazorg calls, months after the start of a job"))
        self.nazorg_edit.setToolTip(self.tr("For example 3, 6, 12: applies to placements made from now on"))
        form.addRow(self.tr("Na&zorg calls after (months):"), self.nazorg_edit)
        self.retention = QSpinBox()
        self.retention.setRange(1, 120)
        self.retention.setValue(settings.retention_months)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setAccessibleName(self.tr("Retention: anonymise after this many months"))
        self.retention.setToolTip(
            self.tr("After the last nazorg call or the last time the young person was discussed")
        )
        form.addRow(self.tr("&Retention:"), self.retention)
        self.employer_target = QSpinBox()
        self.employer_target.setRange(1, 100)
        self.employer_target.setValue(settings.employer_target_percent)
        self.employer_target.setSuffix(" %")
        self.employer_target.setAccessibleName(self.tr("Target: share of employers engaged"))
        self.employer_target.setToolTip(
            self.tr("The region's goal for employers engaged as employer or partner, shown in the overview")
        )
        form.addRow(self.tr("Employers engaged, &target:"), self.employer_target)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(css("error"))
        layout.addWidget(self.problem)
        note = QLabel(self.tr("A new language applies the next time Matchtafel starts."))
        note.setWordWrap(True)
        layout.addWidget(note)

        group = QGroupBox(self.tr("Matching weights"))
        weights_form = QFormLayout(group)
        explanation = QLabel(
            self.tr(
                "How much each criterion counts (0 switches it off). Age, support notes and the doelgroepregister "
                "never count. Open suggestions re-rank while you change these."
            )
        )
        explanation.setWordWrap(True)
        weights_form.addRow(explanation)
        self.spins: dict[str, QDoubleSpinBox] = {}
        titles = criterion_titles()
        for key in CRITERIA_KEYS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 5)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(self._original[key])
            spin.setAccessibleName(titles[key])
            spin.valueChanged.connect(lambda value, k=key: self._weights.set(k, value))
            weights_form.addRow(titles[key] + ":", spin)
            self.spins[key] = spin
        layout.addWidget(group)
        self.server = ServerSettings(settings)
        layout.addWidget(self.server)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def nazorg_months(self) -> tuple[int, ...] | None:
        """The months typed (3, 6, 12), or None when that is not a list of whole months from 1 to 60."""
        parts = self.nazorg_edit.text().replace(";", ",").replace(" ", ",").split(",")
        try:
            months = tuple(sorted({int(p) for p in parts if p.strip()}))
        except ValueError:
            return None
        return months if months and all(1 <= m <= 60 for m in months) else None

    def accept(self) -> None:
        if server_problem := self.server.problem():
            self.problem.setText(server_problem)
            return
        if self.nazorg_months() is None:
            self.problem.setText(
                self.tr(
                    "Nazorg calls: type whole months from 1 to 60, separated by commas, such as 3, 6, 12."
                )
            )
            self.nazorg_edit.setFocus()
            return
        super().accept()

    def reject(self) -> None:
        for key, value in self._original.items():
            self._weights.set(key, value)
        super().reject()

    def server_password(self) -> str:
        """What was typed in the password field: for the keyring, never for the settings file."""
        return self.server.password.text()

    def result_settings(self) -> Settings:
        return self.server.applied_to(self._general())

    def _general(self) -> Settings:
        return replace(
            self._settings,
            user_name=self.name_edit.text().strip() or self._settings.user_name,
            user_organisation=self.organisation_edit.text().strip(),
            language=str(self.language.currentData()),
            matching_weights=self._weights.values(),
            nazorg_months=self.nazorg_months() or self._settings.nazorg_months,
            retention_months=self.retention.value(),
            employer_target_percent=self.employer_target.value(),
        )

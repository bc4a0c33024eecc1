"""What the overview is made for: a period (school year, calendar year, custom, everything) and a selection
(a school, an employer, a sector, a kind of place). A change asks for new figures (``changed``).

Keyboard: Alt+E the period, then Tab through year or days and the four selections.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.domain.vocabulary import VacancyKind
from matchtafel.reports.period import ALL, CALENDAR_YEAR, CUSTOM, SCHOOL_YEAR, Period, Selection
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.labels import label

if TYPE_CHECKING:
    from matchtafel.services.monitoring import Choices

YEARS_BACK = 6


class OverviewFilters(QWidget):
    """Signal ``changed()`` when the period or the selection changed (and is valid)."""

    changed = Signal()

    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.problem = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("OverviewFilters", "Period"))
        for value, text in (
            (SCHOOL_YEAR, translate("OverviewFilters", "School year")),
            (CALENDAR_YEAR, translate("OverviewFilters", "Calendar year")),
            (CUSTOM, translate("OverviewFilters", "From … to …")),
            (ALL, translate("OverviewFilters", "Everything")),
        ):
            self.kind.addItem(text, value)
        period_label = QLabel(translate("OverviewFilters", "P&eriod:"))
        period_label.setBuddy(self.kind)
        self.year = QComboBox()
        self.year.setAccessibleName(translate("OverviewFilters", "Year"))
        self.start = QLineEdit()
        self.start.setAccessibleName(translate("OverviewFilters", "First day"))
        self.start.setPlaceholderText(translate("OverviewFilters", "from dd-mm-yyyy"))
        self.end = QLineEdit()
        self.end.setAccessibleName(translate("OverviewFilters", "Last day"))
        self.end.setPlaceholderText(translate("OverviewFilters", "to dd-mm-yyyy"))
        for field in (self.start, self.end):
            field.setMaximumWidth(130)
            field.editingFinished.connect(self._on_changed)
        self.school = self._choice(
            translate("OverviewFilters", "School"), translate("OverviewFilters", "All schools")
        )
        self.employer = self._choice(
            translate("OverviewFilters", "Employer"), translate("OverviewFilters", "All employers")
        )
        self.sector = self._choice(
            translate("OverviewFilters", "Sector"), translate("OverviewFilters", "All sectors")
        )
        self.place_kind = self._choice(
            translate("OverviewFilters", "Kind of place"), translate("OverviewFilters", "All kinds of place")
        )
        for kind in VacancyKind:
            self.place_kind.addItem(label(kind), kind)
        for widget in (period_label, self.kind, self.year, self.start, self.end):
            row.addWidget(widget)
        row.addSpacing(12)
        for widget in (self.school, self.employer, self.sector, self.place_kind):
            row.addWidget(widget, 1)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.year.currentIndexChanged.connect(self._on_changed)
        for box in (self.school, self.employer, self.sector, self.place_kind):
            box.currentIndexChanged.connect(self._on_changed)
        self._quiet = False
        self._on_kind()

    @staticmethod
    def _choice(name: str, everyone: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(everyone, None)
        box.setMinimumContentsLength(10)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def set_choices(self, choices: Choices) -> None:
        """Fill the schools, employers and sectors (once the database answered); keeps what was chosen."""
        self._quiet = True
        try:
            for box, items in (
                (self.school, choices.schools),
                (self.employer, choices.employers),
                (self.sector, tuple((s, s) for s in choices.sectors)),
            ):
                chosen = box.currentData()
                while box.count() > 1:
                    box.removeItem(1)
                for value, text in items:
                    box.addItem(text, value)
                box.setCurrentIndex(max(0, box.findData(chosen)))
        finally:
            self._quiet = False

    def _on_kind(self) -> None:
        kind = self.kind.currentData()
        self._quiet = True
        self.year.clear()
        this = Period.school_year_of(self.today).start.year if kind == SCHOOL_YEAR else self.today.year  # type: ignore[union-attr]
        for year in range(this, this - YEARS_BACK, -1):
            text = f"{year}-{year + 1}" if kind == SCHOOL_YEAR else str(year)
            self.year.addItem(text, year)
        self._quiet = False
        self.year.setVisible(kind in (SCHOOL_YEAR, CALENDAR_YEAR))
        self.start.setVisible(kind == CUSTOM)
        self.end.setVisible(kind == CUSTOM)
        if kind == CUSTOM and not self.start.text():
            school_year = Period.school_year_of(self.today)
            self.start.setText(format_date(school_year.start))
            self.end.setText(format_date(self.today))
        self._on_changed()

    def _on_changed(self) -> None:
        if not self._quiet and self.period() is not None:
            self.changed.emit()

    def period(self) -> Period | None:
        """The chosen period; None (with ``problem`` said) while the days typed are not a period."""
        kind = self.kind.currentData()
        self.problem = ""
        if kind == ALL:
            return Period()
        if kind in (SCHOOL_YEAR, CALENDAR_YEAR):
            year = int(self.year.currentData())
            return Period.school_year(year) if kind == SCHOOL_YEAR else Period.calendar_year(year)
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
        except DateParseError as exc:
            self.problem = translate(
                "OverviewFilters", "'{text}' is not a date; type it as 20-11-2026."
            ).format(text=str(exc.args[0]) if exc.args else "")
            return None
        if start is None or end is None or end < start:
            self.problem = translate(
                "OverviewFilters", "Type the first and the last day, the last not before the first."
            )
            return None
        return Period.custom(start, end)

    def selection(self) -> Selection:
        def text(box: QComboBox) -> str:
            return box.currentText() if box.currentData() is not None else ""

        return Selection(
            school_id=self.school.currentData(),
            school=text(self.school),
            employer_id=self.employer.currentData(),
            employer=text(self.employer),
            sector=self.sector.currentData() or "",
            kind=self.place_kind.currentData(),
        )

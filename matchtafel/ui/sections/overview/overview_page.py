"""The Overview section: the monitoring figures without names, as charts, saved as a PDF report or CSV, for a
period (the current school year at first) and a selection (school, employer, sector, kind of place).

The charts are the report's own reportlab drawings, shown through SVG: the screen and the paper agree.
Figures are computed on a pool thread (F5 computes them again; so does a change of period or selection).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.sections.overview.overview_filters import OverviewFilters
from matchtafel.ui.sections.run.minutes_dialog import documents_folder
from matchtafel.ui.widgets.prompts import Prompts, with_suffix
from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from matchtafel.reports.figures import Figures
    from matchtafel.reports.period import Period, Selection
    from matchtafel.services.monitoring import Choices

_CLIP = re.compile(r"<clipPath.*?</clipPath>", re.DOTALL)


def qt_svg(svg: str) -> bytes:
    """reportlab's SVG for Qt's SVG Tiny renderer: Qt draws a clipPath's rectangle as a black box (the
    drawing is clipped to its own size anyway), and knows the font by its family name."""
    svg = _CLIP.sub("", svg).replace("clip-path: url(#clip)", "")
    return svg.replace("font-family: DejaVuSans", "font-family: DejaVu Sans").encode("utf-8")


class OverviewPage(QWidget):
    """Signals: ``computed()`` when the figures and charts are shown."""

    computed = Signal()

    def __init__(
        self,
        services: Services,
        *,
        target_percent: int = 50,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.target_percent = target_percent  # the region's target for employers engaged (settings)
        self.figures: Figures | None = None
        self._choices_loaded = False
        self.chart_titles: list[str] = []
        self.setAccessibleName(translate("OverviewPage", "Overview"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(translate("OverviewPage", "Computing the figures…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("OverviewPage", "Summary"))
        top.addWidget(self.summary, 1)
        self.refresh_button = QPushButton(translate("OverviewPage", "&Refresh"))
        self.refresh_button.setToolTip("F5")
        self.pdf_button = QPushButton(translate("OverviewPage", "Save as &PDF…"))
        self.csv_button = QPushButton(translate("OverviewPage", "Save as &CSV…"))
        for button, name in (
            (self.refresh_button, translate("OverviewPage", "Compute the figures again")),
            (self.pdf_button, translate("OverviewPage", "Save the overview as a PDF report")),
            (self.csv_button, translate("OverviewPage", "Save the figures as a CSV file")),
        ):
            button.setAccessibleName(name)
            top.addWidget(button)
        self.refresh_button.clicked.connect(self.reload)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        layout.addLayout(top)
        self.filters = OverviewFilters(today=services.clock.today())
        self.filters.changed.connect(self.reload)
        layout.addWidget(self.filters)
        self.charts = QWidget()
        self.grid = QGridLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        scroll.setAccessibleName(translate("OverviewPage", "Charts"))
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self._enable(False)

    def _enable(self, ready: bool) -> None:
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    def reload(self) -> None:
        period = self.filters.period()
        if period is None:
            self.summary.setText(self.filters.problem)
            return
        self._enable(False)
        language, selection = interface_language(), self.filters.selection()
        target, choices = self.target_percent / 100, not self._choices_loaded

        def compute() -> tuple[Figures, list[tuple[str, bytes, int, int]], Choices | None]:
            return self._compute(language, period, selection, target, choices)

        run_in_background(compute, self._show, self._failed, owner=self)

    def _compute(
        self, language: str, period: Period, selection: Selection, target: float, choices: bool
    ) -> tuple[Figures, list[tuple[str, bytes, int, int]], Choices | None]:
        """On a pool thread: the figures, and each chart as SVG with its size (drawing them takes ~0.1 s)."""
        from reportlab.graphics import renderSVG

        from matchtafel.reports.charts import all_charts
        from matchtafel.reports.texts import Words

        figures = self.services.monitoring.figures(
            period=period, selection=selection, engagement_target=target
        )
        charts = [
            (title, qt_svg(renderSVG.drawToString(drawing)), int(drawing.width), int(drawing.height))
            for title, drawing in all_charts(figures, Words(language))
        ]
        return figures, charts, self.services.monitoring.choices() if choices else None

    def _show(self, result: tuple[Figures, list[tuple[str, bytes, int, int]], Choices | None]) -> None:
        figures, charts, choices = result
        if choices is not None:
            self.filters.set_choices(choices)
            self._choices_loaded = True
        self.figures = figures
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.chart_titles = [title for title, *_ in charts]
        for number, (title, svg_bytes, width, height) in enumerate(charts):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setAccessibleName(title)
            column = QVBoxLayout(card)
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            column.addWidget(heading)
            svg = QSvgWidget()
            svg.load(QByteArray(svg_bytes))
            svg.setFixedSize(int(width * 1.2), int(height * 1.2))
            svg.setAccessibleName(title)
            column.addWidget(svg, 0, Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(card, number // 2, number % 2)
            card.show()  # now, not on the next turn of the event loop
        durable = next((d for d in figures.durable if d.months == 6), None)
        share = (
            f"{durable.share_in_work:.0%}"
            if durable is not None and durable.share_in_work is not None
            else "—"
        )
        placed = dict(figures.funnel)
        self.summary.setText(
            translate(
                "OverviewPage",
                "{proposals} proposals, {placed} led to a job or trial placement; in work at the 6-month call: "
                "{share}. No names: counts only.",
            ).format(
                proposals=figures.proposals, placed=list(placed.values())[-1] if placed else 0, share=share
            )
        )
        if figures.selection.narrows_places:
            self.summary.setText(
                self.summary.text()
                + " "
                + translate(
                    "OverviewPage",
                    "Employer, sector and kind narrow proposals, placements and nazorg, not the young people "
                    "discussed or the school leavers.",
                )
            )
        self._enable(True)
        self.computed.emit()

    def _failed(self, error: Exception) -> None:
        self.summary.setText(user_message(error))

    def save(self, kind: str) -> None:
        from matchtafel.reports.files import save_whole
        from matchtafel.reports.overview import figures_csv, write_overview

        figures = self.figures
        if figures is None:
            return
        language = interface_language()
        word = "Overzicht" if language == "nl" else "Overview"
        period = figures.period
        stamp = (
            f"{period.start:%Y-%m-%d} {period.end:%Y-%m-%d}"
            if period.start and period.end
            else f"{figures.made_on:%Y-%m-%d}"
        )
        suggested = documents_folder() / f"{word} Matchtafel {stamp}.{kind}"
        path = self.ask_path(suggested, kind)
        if path is None:
            return
        actor = self.services.monitoring.actor
        try:
            if kind == "pdf":
                save_whole(
                    path,
                    lambda out: write_overview(figures, out, language=language, author=actor.organisation),
                )
            else:
                text = figures_csv(figures, language=language)
                save_whole(path, lambda out: out.write(text.encode("utf-8-sig")))
        except UserError as exc:
            self.prompts.warn(self, translate("OverviewPage", "Not saved"), user_message(exc))
            return
        self.summary.setText(translate("OverviewPage", "Saved in {path}.").format(path=str(path)))

    def ask_path(self, suggested: Path, kind: str) -> Path | None:
        pattern = (
            translate("OverviewPage", "PDF report (*.pdf)")
            if kind == "pdf"
            else translate("OverviewPage", "CSV file (*.csv)")
        )
        path = self.prompts.save_path(
            self, translate("OverviewPage", "Save the overview"), str(suggested), pattern
        )
        return with_suffix(path, f".{kind}") if path else None

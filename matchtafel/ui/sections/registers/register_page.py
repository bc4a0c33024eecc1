"""One screen per register: filter-as-you-type, category filters, a count, a sortable table, and the
keyboard routes to create (Ctrl+N), open (Enter), archive or restore (Ctrl+Shift+A) and reload (F5).

What differs per register (columns, filters, form fields, which service to call) lives in a
``Register``; this page only arranges and drives it (opening and archiving a record: register_records;
the export: register_export). Signals: ``rows_loaded(int)`` after each load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.registers.register import Register
from matchtafel.ui.sections.registers.register_records import RecordEditing
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.list_loading import FIRST_ROWS, LoadedList, load_list, prepare_list
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import RowTableModel
from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:  # the form's modules load when a form is first opened
    pass


class RegisterPage(RecordEditing):
    rows_loaded = Signal(int)

    def __init__(
        self, *, register: Register, prompts: Prompts | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.prompts = prompts or Prompts()  # handed to each record form, and by it to its panels
        self.setAccessibleName(register.title())
        self.model = RowTableModel(
            register.columns(),
            highlight=register.highlight,
            muted=lambda row: getattr(row, "archived", False),
        )
        self._filters = register.filters()
        self._loading = 0  # the latest load asked for; an older one's rows are dropped when they arrive
        self._first_load = True
        self.on_activate: Callable[[], None] | None = None
        self._build()
        self.model.counts_changed.connect(self._on_counts_changed)

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RegisterPage", "Filter… (Ctrl+F)"))
        self.search.setAccessibleName(translate("RegisterPage", "Filter the list"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)  # ↓ in the filter box moves into the list
        bar.addWidget(self.search, 2)
        self.combos: list[QComboBox] = []
        for category in self._filters:
            combo = QComboBox()
            combo.setAccessibleName(category.label)
            combo.setToolTip(category.label)
            combo.currentIndexChanged.connect(self._on_category_changed)
            self.combos.append(combo)
            bar.addWidget(combo, 1)
        self.show_archived = QCheckBox(translate("RegisterPage", "Show archived"))
        self.show_archived.toggled.connect(self.reload)
        bar.addWidget(self.show_archived)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("RegisterPage", "Number of rows"))
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("20000 van 20000") + 8)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setAccessibleName(self.register.title())
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: a keyboard route to the buttons
        self.table.doubleClicked.connect(lambda _index: self.activate_current())
        self.side_panel = self.register.side_panel()
        if self.side_panel is None:
            layout.addWidget(self.table, 1)
        else:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(self.table)
            splitter.addWidget(self.side_panel)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("plus"), translate("RegisterPage", "&New"))
        self.open_button = QPushButton(icon("square-pen"), translate("RegisterPage", "&Open"))
        self.archive_button = QPushButton(icon("archive"), translate("RegisterPage", "&Archive"))
        for button, slot in (
            (self.new_button, self.create_new),
            (self.open_button, self.open_current),
            (self.archive_button, self.toggle_archived),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.export_button = QPushButton(icon("download"), translate("RegisterPage", "E&xport…"))
        self.export_button.setToolTip(
            translate("RegisterPage", "The rows now shown, to Excel (.xlsx) or CSV")
        )
        self.export_button.clicked.connect(self.export_shown)
        self.export_button.setVisible(getattr(self.register, "export_kind", None) is not None)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.export_status = QLabel()
        self.export_status.setAccessibleName(translate("RegisterPage", "Export status"))
        buttons.addWidget(self.export_status)
        layout.addLayout(buttons)

        for keys, slot, scope in (
            (QKeySequence.StandardKey.New, self.create_new, self),
            (QKeySequence.StandardKey.Find, self.focus_search, self),
            (QKeySequence.StandardKey.Refresh, self.reload, self),
            (QKeySequence("Ctrl+Shift+A"), self.toggle_archived, self),
            (QKeySequence(Qt.Key.Key_Return), self.activate_current, self.table),
            (QKeySequence(Qt.Key.Key_Enter), self.activate_current, self.table),
        ):
            QShortcut(keys, scope, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_table()
            return True
        return super().eventFilter(watched, event)

    # -- loading -----------------------------------------------------------------------------------

    _loading = 0  # the reload the arriving rows belong to: a newer reload drops an older one's rows

    def reload(self) -> None:
        """Read the list again off the UI thread. The first time, the first rows are read and shown
        first, then the rest is read and prepared (a region's 100,000 young people take a moment)."""
        include_archived = self.show_archived.isChecked()
        self.count_label.setText(translate("RegisterPage", "Loading…"))
        self._loading += 1
        generation = self._loading
        load_first = getattr(self.register, "load_first", None)
        first = None
        if self.model.total == 0 and load_first is not None:

            def first() -> Any:
                return load_first(include_archived, FIRST_ROWS)

        run_in_background(
            lambda: load_list(self.register, self.model, self._filters, include_archived),
            lambda loaded: self._on_loaded(generation, loaded),
            self._on_failed,
            owner=self,
            first=first,
            on_first=lambda rows: self._show_first(generation, rows),
        )

    def _show_first(self, generation: int, rows: list[Any]) -> None:
        if generation != self._loading or self.model.total:  # a newer load, or rows shown already
            return
        self.model.set_rows(rows)
        self._fit_columns()
        self.count_label.setText(translate("RegisterPage", "Loading…"))

    def _on_loaded(self, generation: int, loaded: LoadedList) -> None:
        if generation == self._loading:  # else a newer load is on its way
            self._show(loaded)

    def set_rows(self, rows: list[Any]) -> None:
        """Show these rows (prepared here, on the UI thread: for lists read elsewhere, and tests)."""
        self._show(prepare_list(rows, self.model, self._filters))

    def _show(self, loaded: LoadedList) -> None:
        current = self.current_row()
        first_load = self._first_load
        self._first_load = False
        self.model.set_prepared(loaded.prepared)
        if first_load:
            self._fit_columns()
        self._refill_categories(loaded.options)
        self._apply_filter()
        if current is not None:
            self.select(lambda row: row.id == current.id)
        self.rows_loaded.emit(self.model.total)

    def _fit_columns(self) -> None:
        """Columns as wide as their first rows need, within reason; the first column sorts."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(25)  # measure the first rows, not 20,000
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 60), 280))
        if self.table.horizontalHeader().sortIndicatorSection() >= self.model.columnCount():
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _refill_categories(self, options: Sequence[list[tuple[Any, str]]]) -> None:
        for combo, category, choices in zip(self.combos, self._filters, options, strict=True):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("RegisterPage", "All: {category}").format(category=category.label), None)
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self._predicate = self._make_predicate()

    # -- filtering ---------------------------------------------------------------------------------

    def _on_category_changed(self) -> None:
        self._predicate = self._make_predicate()
        self._apply_filter()

    def _make_predicate(self) -> Callable[[Any], bool] | None:
        chosen = [
            (category.key, combo.currentData())
            for category, combo in zip(self._filters, self.combos, strict=True)
            if combo.currentData() is not None
        ]
        if not chosen:
            return None
        return lambda row: all(key(row) == value for key, value in chosen)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), getattr(self, "_predicate", None))
        self._update_buttons()

    def _on_counts_changed(self, visible: int, total: int) -> None:
        self.count_label.setText(
            translate("RegisterPage", "{visible} of {total}").format(visible=visible, total=total)
        )

    # -- actions -----------------------------------------------------------------------------------

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select(self, predicate: Callable[[Any], bool]) -> bool:
        index = self.model.index_of(predicate)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return index.isValid()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def activate_current(self) -> None:
        """Enter or double-click: open the record, unless the screen around it decided otherwise."""
        (self.on_activate or self.open_current)()

    read_only = False  # the user's role may look, not add or change (a shared server's rules)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.new_button.setVisible(not read_only)
        self._update_buttons()

    def reload_then_select(self, row_id: int) -> None:
        self._loading += 1
        generation = self._loading

        def done(loaded: LoadedList) -> None:
            if generation == self._loading:
                self._show(loaded)
                self.select(lambda row: row.id == row_id)

        include_archived = self.show_archived.isChecked()
        run_in_background(
            lambda: load_list(self.register, self.model, self._filters, include_archived),
            done,
            self._on_failed,
            owner=self,
        )

    def _on_current_changed(self) -> None:
        self._update_buttons()
        if self.side_panel is not None:
            row = self.current_row()
            self.side_panel.show_for(row.id if row is not None else None)  # type: ignore[attr-defined]

    def _update_buttons(self) -> None:
        row = self.current_row()
        refusal = self.register.change_refusal(row) if row is not None else ""
        self.open_button.setEnabled(row is not None)
        self.open_button.setToolTip(refusal)  # it opens to read
        self.archive_button.setEnabled(
            row is not None and self.register.can_archive and not (self.read_only or refusal)
        )
        self.archive_button.setToolTip(refusal)
        self.archive_button.setVisible(self.register.can_archive and not self.read_only)
        archived = row is not None and getattr(row, "archived", False)
        self.archive_button.setText(
            translate("RegisterPage", "&Restore") if archived else translate("RegisterPage", "&Archive")
        )

    def _on_failed(self, error: Exception) -> None:
        message = user_message(error)
        self.count_label.setText("")
        self.prompts.warn(self, self.register.title(), message)

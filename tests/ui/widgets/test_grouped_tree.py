"""The grouped list over plain rows: headings, their rows, the marked ones amber, the value handed back."""

from __future__ import annotations

import linecache

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from matchtafel.ui.widgets.grouped_tree import ROW_ROLE, GroupedTree
from matchtafel.ui.widgets.memory import fewer_malloc_arenas, forget_source_lines
from matchtafel.ui.widgets.theme import colour


def test_groups_rows_marks_and_values(qtbot: QtBot, qtmodeltester: object) -> None:
    tree = GroupedTree(["Young person", "When"])
    qtbot.addWidget(tree)
    qtmodeltester.check(tree.source)  # type: ignore[attr-defined]  # and it keeps watching
    tree.add_group("Fenna: 2 calls", [(["Noor", "today"], 11, True), (["Sem", "tomorrow"], 12, False)])
    tree.add_group("Empty heading", [])
    model = tree.source
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "When"
    heading = model.index(0, 0)
    assert model.data(heading) == "Fenna: 2 calls" and model.data(heading, Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 1).data() is None  # the heading spans; its second cell is empty
    assert model.rowCount(heading) == 2 and model.rowCount(model.index(1, 0)) == 0
    noor, sem = model.index(0, 1, heading), model.index(1, 0, heading)
    assert noor.data() == "today" and noor.parent() == heading
    assert model.data(noor, Qt.ItemDataRole.BackgroundRole).color() == colour("marked")
    assert model.data(sem, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(sem, ROW_ROLE) == 12
    assert model.rowCount(sem) == 0 and not model.index(0, 0, sem).isValid()
    assert tree.group_texts() == ["Fenna: 2 calls", "Empty heading"]
    assert tree.rows_of(0) == [["Noor", "today"], ["Sem", "tomorrow"]]
    assert tree.select_row(0, 1) and tree.current_value() == 12
    assert not tree.select_row(1, 0) and not tree.select_row(5, 0)
    tree.clear_groups()
    assert model.rowCount() == 0 and tree.group_texts() == []
    assert not model.parent(QModelIndex()).isValid()


def test_a_tree_without_headers_fits_its_widest_row(qtbot: QtBot, qtmodeltester: object) -> None:
    tree = GroupedTree()
    qtbot.addWidget(tree)
    qtmodeltester.check(tree.source)  # type: ignore[attr-defined]
    assert tree.isHeaderHidden()
    tree.add_group("Reminders", [(["one"], 1, False)])
    assert tree.source.columnCount() == 1
    tree.add_group("Overdue", [(["two", "3 days"], 2, True)])
    assert tree.source.columnCount() == 2
    assert tree.rows_of(0) == [["one"]] and tree.source.index(0, 1, tree.source.index(0, 0)).data() is None
    assert tree.select_first_row() and tree.current_value() == 1


def test_memory_helpers() -> None:
    linecache.getline(__file__, 1)
    assert __file__ in linecache.cache
    forget_source_lines()
    assert __file__ not in linecache.cache
    fewer_malloc_arenas()  # harmless when called again, and on a libc without mallopt

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from matchtafel.ui.row_model import ROW_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Item:
    name: str
    place: str
    due: date | None


ROWS = [
    Item("Zoë de Vries", "Doetinchem", date(2026, 12, 1)),
    Item("Coördinatie", "Zutphen", None),
    Item("Daan Bos", "'s-Heerenberg", date(2026, 1, 5)),
]


def model() -> RowTableModel:
    m = RowTableModel(
        [
            Column("Name", lambda r: r.name),
            Column("Place", lambda r: r.place),
            Column("Due", lambda r: r.due.strftime("%d-%m-%Y") if r.due else "", sort_key=lambda r: r.due),
        ]
    )
    m.set_rows(ROWS)
    return m


def names(m: RowTableModel) -> list[str]:
    return [m.index(i, 0).data() for i in range(m.rowCount())]


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    m = model()
    qtmodeltester.check(m)
    m.set_filter("zoe")
    qtmodeltester.check(m)
    m.sort(2)
    qtmodeltester.check(m)


def test_filter_ignores_case_and_diacritics_and_needs_every_word(qtbot: QtBot) -> None:
    m = model()
    with qtbot.waitSignal(m.counts_changed) as blocker:
        m.set_filter("ZOE")
    assert blocker.args == [1, 3]
    assert names(m) == ["Zoë de Vries"]
    m.set_filter("coordinatie")
    assert names(m) == ["Coördinatie"]
    m.set_filter("daan heerenberg")
    assert names(m) == ["Daan Bos"]
    m.set_filter("daan zutphen")
    assert names(m) == []
    m.set_filter("")
    assert len(names(m)) == 3


def test_narrowing_and_widening_the_query_give_the_same_as_fresh(qtbot: QtBot) -> None:
    m = model()
    for query in ("d", "do", "doe", "do", "d", "", "o"):
        m.set_filter(query)
        fresh = model()
        fresh.set_filter(query)
        assert names(m) == names(fresh), query


def test_predicate_filters_categories() -> None:
    m = model()
    early = lambda r: r.due is not None and r.due.year == 2026  # noqa: E731
    m.set_filter("", early)
    assert sorted(names(m)) == ["Daan Bos", "Zoë de Vries"]
    m.set_filter("zoe", early)
    assert names(m) == ["Zoë de Vries"]


def test_sorts_on_raw_values_with_empty_last() -> None:
    m = model()
    m.sort(2, Qt.SortOrder.AscendingOrder)
    assert names(m) == ["Daan Bos", "Zoë de Vries", "Coördinatie"]
    m.sort(2, Qt.SortOrder.DescendingOrder)
    assert names(m) == ["Zoë de Vries", "Daan Bos", "Coördinatie"]  # empty stays last
    m.sort(0)
    assert names(m) == ["Coördinatie", "Daan Bos", "Zoë de Vries"]
    m.set_filter("o")  # the order survives filtering
    assert names(m) == ["Coördinatie", "Daan Bos", "Zoë de Vries"]
    assert m.index(1, 0).data(ROW_ROLE) is ROWS[2]

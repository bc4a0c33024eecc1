from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from matchtafel.domain.text_fold import fold
from matchtafel.ui.widgets.row_model import ROW_ROLE, Column, RowTableModel


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


@dataclass(frozen=True)
class Person:
    code: str
    place: str
    due: date | None


def big_model(rows: list[Person]) -> RowTableModel:
    m = RowTableModel(
        [
            Column("Code", lambda r: r.code, field="code"),
            Column("Place", lambda r: r.place, field="place"),
            Column(
                "Due", lambda r: r.due.isoformat() if r.due else "", sort_key=lambda r: r.due, field="due"
            ),
        ]
    )
    m.set_rows(rows)
    return m


def many(n: int = 6_000) -> list[Person]:
    """More rows than ``NUMPY_FROM``: the long-list paths (ranks per distinct value, numpy sorting)."""
    import random

    rng = random.Random(7)
    places = ["Doetinchem", "Zoë's Hoeve", "'s-Heerenberg", "Aalten", ""]
    return [
        Person(
            f"J-2026-{rng.randint(0, 99999):05d}",
            rng.choice(places),
            None if rng.random() < 0.1 else date(2026, 1, 1 + rng.randint(0, 27)),
        )
        for _ in range(n)
    ]


def shown(m: RowTableModel) -> list[Person]:
    return [m.index(i, 0).data(ROW_ROLE) for i in range(m.rowCount())]


def test_a_long_list_sorts_as_a_stable_sort_on_raw_values_with_empty_last() -> None:
    from matchtafel.ui.widgets.row_model import NUMPY_FROM

    rows = many()
    assert len(rows) >= NUMPY_FROM
    m = big_model(rows)
    filled = [r for r in rows if r.due is not None]
    empty = [r for r in rows if r.due is None]
    m.sort(2, Qt.SortOrder.AscendingOrder)
    assert shown(m) == sorted(filled, key=lambda r: r.due) + empty  # type: ignore[arg-type, return-value]
    m.sort(2, Qt.SortOrder.DescendingOrder)
    assert shown(m) == sorted(filled, key=lambda r: r.due, reverse=True) + empty  # type: ignore[arg-type, return-value]
    m.sort(1, Qt.SortOrder.AscendingOrder)
    places = [r for r in rows if r.place]
    assert shown(m) == sorted(places, key=lambda r: fold(r.place)) + [r for r in rows if not r.place]
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown(m) == sorted(rows, key=lambda r: r.code.lower(), reverse=True)


def test_typing_and_taking_back_on_a_long_list_gives_what_a_fresh_filter_gives() -> None:
    rows = many()
    m = big_model(rows)
    m.sort(2, Qt.SortOrder.AscendingOrder)
    for query in (
        "z",
        "zo",
        "zoe",
        "zoe h",
        "zoe",
        "zo",
        "z",
        "",
        "2026-01",
        "2026-01-1",
        "heerenberg 00",
        "",
    ):
        m.set_filter(query)
        fresh = big_model(rows)
        fresh.sort(2, Qt.SortOrder.AscendingOrder)
        fresh.set_filter(query)
        assert shown(m) == shown(fresh), query
        words = fold(query).split()
        expected = [
            r
            for r in shown(fresh)
            if all(any(w in fold(t) for t in (r.code, r.place, str(r.due or ""))) for w in words)
        ]
        assert shown(m) == expected, query
    m.set_filter("zoe", lambda r: r.due is not None)
    assert all(r.due is not None and "Zoë" in r.place for r in shown(m)) and shown(m)
    # Places and dates (few distinct values) are kept once per value, not in each row's text.
    assert m._texts[:3] == [fold(r.code) for r in rows[:3]]
    assert sorted(len(group.texts) for group in m._groups) == [5, 29]  # 28 days and no date


def test_the_list_in_database_order_holds_no_order_of_its_own() -> None:
    rows = sorted(many(), key=lambda r: r.code)
    m = big_model(rows)
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert isinstance(m._order, range)  # sorted as read: no 100,000 numbers kept for it
    assert shown(m) == rows

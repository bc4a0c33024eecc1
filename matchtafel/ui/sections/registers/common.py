"""Small pieces the register definitions share: choices from enums, dates, the expiry mark."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from matchtafel.domain.dates import format_date
from matchtafel.matching.places import gazetteer
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label

EXPIRY_WARNING_DAYS = 14


def place_field(name: str, label_text: str, hint: str = "") -> FieldSpec:
    """A place: completion from the GeoNames table, and a remark when the place is unknown."""

    def unknown(value: Any) -> str | None:
        if value and gazetteer().lookup(value) is None:
            return translate("fields", "Unknown place: check the spelling. Travel distance cannot be used.")
        return None

    return FieldSpec(name, label_text, hint=hint, completions=lambda: gazetteer().names(), warn=unknown)


def enum_choices(enum_type: type[StrEnum]) -> Callable[[], list[tuple[Any, str]]]:
    return lambda: [(member, label(member)) for member in enum_type]


def distinct_options(
    key: Callable[[Any], Any], order: Callable[[Any], Any] | None = None
) -> Callable[[Sequence[Any]], list[tuple[Any, str]]]:
    """Filter options from the values the rows actually hold, sorted by ``order`` or their shown text."""

    def options(rows: Sequence[Any]) -> list[tuple[Any, str]]:
        values = {key(row) for row in rows} - {None, ""}
        pairs = [(v, label(v) if isinstance(v, StrEnum) else str(v)) for v in values]
        if order is not None:
            return sorted(pairs, key=lambda pair: order(pair[0]))
        return sorted(pairs, key=lambda pair: pair[1].casefold())

    return options


def date_text(value: date | None) -> str:
    return format_date(value)


def expires_soon(open_until: date | None, today: date) -> bool:
    """Open vacancies whose end date falls within the next 14 days get a mark in the lists."""
    return open_until is not None and today <= open_until <= today + timedelta(days=EXPIRY_WARNING_DAYS)


def related_list(title: str, lines: Iterable[str], empty: str) -> QWidget:
    """A titled, read-only list under a form (a person's cases, an employer's vacancies)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    heading = QLabel(f"<b>{title}</b>")
    layout.addWidget(heading)
    widget = QListWidget()
    widget.setAccessibleName(title)
    widget.setMaximumHeight(160)
    widget.setWordWrap(True)
    items = list(lines)
    widget.addItems(items or [empty])
    layout.addWidget(widget)
    return box

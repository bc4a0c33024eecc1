"""What one register is to its screen: its columns, filters, form fields and how it loads and saves.

Implemented per register in ``ui/registers``; ``ui.register_page.RegisterPage`` arranges and drives it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from matchtafel.ui.widgets.row_model import Column

if TYPE_CHECKING:  # the form's modules load when a form is first opened; paging (SQLAlchemy) when read
    from matchtafel.services.paging import Page
    from matchtafel.ui.widgets.fields import FieldSpec
    from matchtafel.ui.widgets.record_form import RecordForm


def owner_refusal(row: Any) -> str:
    """For a row another organisation owns (``may_change`` False): who may change it; "" otherwise."""
    from matchtafel.ui.i18n import translate

    if row is None or getattr(row, "may_change", True):
        return ""
    owner = getattr(row, "owner", "")
    if owner:
        return translate(
            "Register", "Registered by {owner}: only {owner} and the coordinator may change or archive this."
        ).format(owner=owner)
    return translate(
        "Register",
        "Registered without an owning organisation: only the coordinator may change or archive this.",
    )


@dataclass(frozen=True)
class CategoryFilter:
    """A drop-down that keeps the rows whose ``key(row)`` equals the chosen value."""

    label: str
    key: Callable[[Any], Any]
    options: Callable[[Sequence[Any]], list[tuple[Any, str]]]


class Register(ABC):
    """What one register shows and how it saves; implemented per register in ``ui/registers``."""

    key: str
    can_archive = True  # sessions are never archived: they are the record of what was agreed
    list_order: Callable[[Any], Any] | None = None  # the order load() gives, kept when pages are joined

    @abstractmethod
    def title(self) -> str: ...
    @abstractmethod
    def columns(self) -> list[Column]: ...
    @abstractmethod
    def fields(self) -> list[FieldSpec]: ...
    @abstractmethod
    def load(self, include_archived: bool) -> list[Any]: ...
    @abstractmethod
    def save(self, values: dict[str, Any], row: Any) -> Any: ...
    @abstractmethod
    def set_archived(self, row: Any, archived: bool) -> Any: ...
    @abstractmethod
    def form_title(self, row: Any) -> str: ...

    def load_page(self, include_archived: bool, after_id: int | None) -> Page[Any]:
        """A page of the rows: a shared server's long lists come a page at a time (by default all at once)."""
        from matchtafel.services.paging import Page

        return Page(self.load(include_archived), None)

    def load_all(self, include_archived: bool) -> list[Any]:
        """The whole list, read off the UI thread: on a shared server page after page (each page one short
        query, by id), in a local file at once; then in the list's own order (``list_order``), so the rows
        shown first keep their places when the rest comes."""
        page = self.load_page(include_archived, None)
        rows: list[Any] = list(page.rows)
        paged = page.last_id is not None
        while page.last_id is not None:
            page = self.load_page(include_archived, page.last_id)
            rows.extend(page.rows)
        if paged and self.list_order is not None:
            rows.sort(key=self.list_order)
        return rows

    def filters(self) -> list[CategoryFilter]:
        return []

    def full_row(self, row: Any) -> Any:
        """The complete record behind a list row (lists may carry fewer columns than forms need)."""
        return row

    def values_of(self, row: Any) -> dict[str, Any]:
        return {spec.name: getattr(row, spec.name, None) for spec in self.fields()}

    def new_values(self) -> dict[str, Any]:
        return {}

    def prepare_form(self, form: RecordForm, row: Any) -> None:  # noqa: B027 - an optional hook
        """Add what this register shows beside the fields (history, related records, actions)."""

    def highlight(self, row: Any) -> bool:
        return False

    def change_refusal(self, row: Any) -> str:
        """Why this login may read but not change or archive ``row`` (the buttons' tooltip), "" when it may.
        On a shared server the service answers per row (``may_change``, from the rights table)."""
        return owner_refusal(row)

    def side_panel(self) -> QWidget | None:
        """A panel beside the list that follows the selected row (it has ``show_for(id)``)."""
        return None

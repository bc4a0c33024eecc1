"""A register whose rows come from one register service: load, save (create or change) and archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matchtafel.ui.sections.registers.register import Register

if TYPE_CHECKING:
    from matchtafel.services import Services
    from matchtafel.services.base import RegisterService
    from matchtafel.services.paging import Page


class ServiceRegister(Register):
    """Subclasses set ``input_type`` and may adjust the form's values in ``make_input``."""

    input_type: type[Any]
    export_kind: str | None = None  # the ExportService list this register's rows go to

    def export(self, path: Path, ids: list[int], *, names: bool, reason: str = "") -> int:
        """The rows now shown, to a .xlsx or .csv file; returns how many were written."""
        from matchtafel.io.export import write_table
        from matchtafel.ui.i18n import interface_language

        assert self.export_kind is not None
        headers, rows = self.services.exports.table(self.export_kind, ids=ids, names=names, reason=reason)
        write_table(path, headers, rows, language=interface_language())
        return len(rows)

    def __init__(
        self,
        services: Services,
        service: RegisterService[Any, Any, Any] | Callable[[], RegisterService[Any, Any, Any]],
    ) -> None:
        """``service`` may be given as a function: the service (and SQLAlchemy) is then made when the
        register first needs it, not when its screen is built (the first screen shows before that)."""
        self.services = services
        self._service = service

    @property
    def service(self) -> RegisterService[Any, Any, Any]:
        if callable(self._service):
            self._service = self._service()
        return self._service

    def load(self, include_archived: bool) -> list[Any]:
        return self.service.rows(include_archived=include_archived)

    def load_page(self, include_archived: bool, after_id: int | None) -> Page[Any]:
        return self.service.rows_page(after_id=after_id, include_archived=include_archived)

    def load_first(self, include_archived: bool, count: int) -> list[Any]:
        """The list's first rows in the service's order, shown while the whole list is read."""
        return self.service.rows(include_archived=include_archived, limit=count)

    def make_input(self, values: dict[str, Any], row: Any) -> Any:
        """The input from the form's values; a field that exists only in the spec goes into its ``extra``."""
        of = getattr(self.input_type, "of", None)
        return of(values) if of is not None else self.input_type(**values)

    def save(self, values: dict[str, Any], row: Any) -> Any:
        data = self.make_input(values, row)
        if row is None:
            return self.service.create(data)
        return self.service.change(row.id, row.version, data)

    def set_archived(self, row: Any, archived: bool) -> Any:
        if archived:
            return self.service.archive(row.id, row.version)
        return self.service.restore(row.id, row.version)

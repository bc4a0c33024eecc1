"""Each register's fields (young people, vacancies, employers, organisations, people, supporters, matching
events), described once: one ``Field`` per field says how the form edits it, whether the list shows it, its
header in an export, the header names an import recognises, and its privacy class for the DPIA. The register
screens, the import, the export and the data inventory read these specs.

Spec-only fields. Adding a simple stored field (widget text, note, place, int, date, bool, tristate, or a
choice of a vocabulary ``enum``) is this spec line plus its migration, nothing else: the model makes the
column from the spec when its class is made (``class Vacancy(..., Base, fields=VACANCIES)``, the column from
the widget kind in ``models/base.py: spec_column``, which the migration must match); the services carry the
value in the one typed mapping ``extra`` of the input, the row and the lean list row
(``services/spec_values.py``), where ``getattr(row, key)`` finds it, so the form, the list's columns, the
export, the import and the DPIA need no line of their own. Why so, and not every field generic: the typed
fields keep their types, checks and mypy's eye; a new field starts plain and becomes typed (a model
attribute and an input attribute, which then win over the spec-made ones) only when it needs a rule, a
link or a list. ``tests/storage/spec_columns.py`` names a spec field without its column and a column without
its spec line; ``tests/services/added_field_scenario.py`` walks a new field through every reader.

Labels and headings are English source strings marked with ``QT_TRANSLATE_NOOP`` (the register's context,
``import`` for the import's headings); the screens translate them where they are shown. Export headers are
Dutch and literal: they are the import's own names, so an exported list can be read back in. Pure data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

# Form widget kinds (``ui/widgets/fields.py`` makes them): text | note | int | date | bool | tristate |
# choice | list | multi, and "place" (a text with the place names as completion and a remark when unknown).
WIDGETS = frozenset({"text", "note", "int", "date", "bool", "tristate", "choice", "list", "multi", "place"})

# The widget kinds a field may have when it exists only in its spec (see "Spec-only fields" above): the
# model makes its column from the kind (``models/base.py``), the services carry its value generically.
SIMPLE_WIDGETS = frozenset({"text", "note", "place", "int", "date", "bool", "tristate", "choice"})
TEXT_LENGTH = 200  # a spec-only text's column: String(200); a note is Text
PLACE_LENGTH = 100  # a spec-only place's column: String(100)

# How an imported cell is read (``io/import_spec.py`` maps each to a reader in ``io/cells.py``).
CELLS = frozenset(
    {"text", "code", "year", "crebo", "level", "leerweg", "day", "hours", "hours_range", "listing", "yes_no",
     "vacancy_kind", "places"}
)  # fmt: skip


@dataclass(frozen=True)
class Field:
    """One field of a register's records.

    ``key`` is the record's attribute: the ORM column when ``privacy`` is given (a stored field), otherwise
    a value the list, the import or the export derives (a name looked up, a range of hours).
    """

    key: str
    privacy: str | None = None  # the DPIA's class of a stored column (``privacy_classes``); None: not stored
    label: str = ""  # the form's label (with its & key); "" = not on the form
    widget: str = "text"  # the form's widget kind (WIDGETS)
    required: bool = False  # the form does not save without it
    hint: str = ""  # the form's hint under the field
    enum: type[StrEnum] | None = None  # a choice of a vocabulary: the form offers its values
    column: str = ""  # the heading of the register's list column; "" = not a column
    export: str = ""  # the header in an export (Dutch); "" = not exported
    named: bool = False  # exported only when the names are asked for (and consented)
    import_label: str = ""  # the heading in the import wizard (context "import"); "" = not imported
    aliases: tuple[str, ...] = ()  # header names an import recognises (folded: lower case, no accents)
    cell: str = "text"  # how an imported cell is read (CELLS)
    import_required: bool = False  # an import needs a column for it
    import_as: str = ""  # the import's name for the value when it is not ``key`` (a name to look up)

    @property
    def stored(self) -> bool:
        return self.privacy is not None

    @property
    def import_name(self) -> str:
        return self.import_as or self.key

    @property
    def length(self) -> int | None:
        """The longest value a spec-only text or place may hold (its column's length); None for the others."""
        return {"text": TEXT_LENGTH, "place": PLACE_LENGTH}.get(self.widget)

    @property
    def default(self) -> str | bool | None:
        """A spec-only field's value when none is given: "" for a text, False for a yes/no, else None."""
        if self.widget in ("text", "note", "place"):
            return ""
        return False if self.widget == "bool" else None


@dataclass(frozen=True)
class Entity:
    """A register's fields (in the form's order) and the stored columns that are not fields.

    The ``*_order`` tuples place fields first, in that order, for the list, the export and the import;
    the fields they do not name follow in spec order, so a new field appears everywhere without them.
    """

    table: str  # the database table
    context: str  # the translation context of labels, hints and headings
    fields: tuple[Field, ...]
    non_fields: Mapping[str, str]  # column -> privacy class: ids, links and stamps no form or file shows
    column_order: tuple[str, ...] = ()
    export_order: tuple[str, ...] = ()
    import_order: tuple[str, ...] = ()

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    def form_fields(self) -> list[Field]:
        return [f for f in self.fields if f.label]

    def list_columns(self) -> list[Field]:
        return _ordered([f for f in self.fields if f.column], self.column_order)

    def exported(self, *, names: bool = False) -> list[Field]:
        return _ordered([f for f in self.fields if f.export and (names or not f.named)], self.export_order)

    def export_headers(self, *, names: bool = False) -> list[str]:
        return [f.export for f in self.exported(names=names)]

    def imported(self) -> list[Field]:
        return _ordered([f for f in self.fields if f.import_label], self.import_order)

    def inventory(self) -> dict[str, str]:
        """Stored column -> privacy class, for every column of the table besides the COMMON ones."""
        return {**self.non_fields, **{f.key: f.privacy for f in self.fields if f.privacy is not None}}


def _ordered(fields: Sequence[Field], first: Sequence[str]) -> list[Field]:
    by_key = {f.key: f for f in fields}
    head = [by_key[k] for k in first if k in by_key]
    return head + [f for f in fields if f.key not in first]


def entities() -> tuple[Entity, ...]:
    """Every register described by field specs (imported here, not at the top: they import this module)."""
    from matchtafel.domain.fields.events import EVENTS
    from matchtafel.domain.fields.organisations import EMPLOYERS, ORGANISATIONS, PEOPLE
    from matchtafel.domain.fields.supporters import SUPPORTERS
    from matchtafel.domain.fields.vacancies import VACANCIES
    from matchtafel.domain.fields.young_people import YOUNG_PEOPLE

    return (YOUNG_PEOPLE, VACANCIES, EMPLOYERS, ORGANISATIONS, PEOPLE, SUPPORTERS, EVENTS)


def entity(table: str) -> Entity | None:
    """The register of ``table`` described by field specs, looked up when asked (so a test can add a field)."""
    return next((e for e in entities() if e.table == table), None)

"""Young people (jongeren): pseudonymous by default.

Rows carry code and initials only. The full name leaves the service through ``reveal_name`` alone,
and every reveal is an audit event. Names are written through the input, never read back in lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound, UserError, ValidationError
from matchtafel.domain.vocabulary import ExitStatus, Leerweg, Level, Situation, SupportWish, YesNoUnknown
from matchtafel.models import Organisation, Person, YoungPerson
from matchtafel.services.base import RegisterService, login_account
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.list_rows import as_bool, as_date, as_enum, fetch_list, same
from matchtafel.services.paging import Page, page_from, page_of
from matchtafel.services.spec_values import (
    NO_EXTRA,
    SpecValue,
    SpecValues,
    carry_extra,
    listed_columns,
    listed_converters,
    typed_fields,
)
from matchtafel.services.validation import (
    check_crebo,
    check_hours,
    check_list_items,
    check_plausible_date,
    check_required,
    check_year,
)

# Dutch family-name prefixes (tussenvoegsels) do not give an initial: "Zoë van der Berg" -> "Z.B."
PREFIXES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "'t",
    "'s",
    "la",
    "le",
    "du",
    "da",
    "di",
}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def initials_for(given_name: str, family_name: str) -> str:
    """The initials lists and minutes show: first given-name letter and the main family-name letter
    ("Mila 't Hart" -> "M.H.", "’s-Gravesande" -> "G."); an apostrophe is never an initial."""
    words = re.split(r"[\s-]+", family_name.translate(_APOSTROPHES).strip())
    main = [w for w in words if w and w.lower() not in PREFIXES and _first_letter(w)]
    family = main[0] if main else family_name
    letters = [_first_letter(given_name), _first_letter(family)]
    return "".join(f"{letter.upper()}." for letter in letters if letter)


def _first_letter(word: str) -> str:
    return next((char for char in word if char.isalnum()), "")


@dataclass(frozen=True, kw_only=True)
class YoungPersonFields(SpecValues):
    """What may be shown without revealing identity."""

    birth_year: int | None = None
    school_id: int | None = None
    student_number: str | None = None
    programme_name: str = ""
    crebo: str = ""
    level: Level | None = None
    leerweg: Leerweg | None = None
    exit_status: ExitStatus | None = None
    exit_expected_on: date | None = None
    home_place: str = ""
    travels_independently: bool | None = None
    driving_licence: bool | None = None
    available_from: date | None = None
    hours_per_week: int | None = None
    wanted_sectors: list[str] = field(default_factory=list)
    situation: Situation | None = None
    needs_job_coach: bool = False
    support_note: str = ""
    doelgroepregister: YesNoUnknown = YesNoUnknown.UNKNOWN
    is_concern: bool = False
    looking_for_leerbaan: bool = False
    case_holder_id: int | None = None
    support_wishes: list[str] = field(
        default_factory=list
    )  # SupportWish values: help wanted from a supporter


@dataclass(frozen=True, kw_only=True)
class YoungPersonInput(YoungPersonFields):
    """``given_name``/``family_name`` None on a change means: leave the stored name as it is."""

    given_name: str | None = None
    family_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class YoungPersonRow(YoungPersonFields):
    id: int
    version: int
    code: str
    initials: str
    school_name: str | None
    case_holder_name: str | None
    archived: bool = False


class YoungPersonListRow(NamedTuple):
    """What the register's list shows: fewer columns than a full row, read lean (``list_rows``), so that
    100,000 load in a fraction of a second and take ~0.3 KiB each."""

    id: int
    version: int
    code: str
    initials: str
    school_name: str | None
    programme_name: str
    level: Level | None
    situation: Situation | None
    home_place: str
    available_from: date | None
    case_holder_name: str | None
    is_concern: bool
    archived: bool = False
    extra: Mapping[str, SpecValue] = NO_EXTRA  # the spec-only fields the list shows (spec_values.py)


carry_extra(YoungPersonListRow)


@dataclass(frozen=True)
class PersonName:
    given_name: str
    family_name: str

    @property
    def full(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


LIST_CONVERT = {
    "initials": same,
    "programme_name": same,
    "level": as_enum(Level),
    "situation": as_enum(Situation),
    "home_place": same,
    "available_from": as_date,
    "is_concern": as_bool,
    "archived": as_bool,
}


class YoungPeopleService(RegisterService[YoungPerson, YoungPersonInput, YoungPersonRow]):
    model = YoungPerson
    input_type = YoungPersonInput
    row_type = YoungPersonRow
    entity = "young_person"

    def list_rows(
        self, *, include_archived: bool = False, limit: int | None = None
    ) -> list[YoungPersonListRow]:
        """The register's list by code; ``limit``: the first rows only (shown while the rest is read)."""
        stmt = self._list_rows_statement(include_archived)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._reading() as s:
            return self._fetch_list_rows(s, stmt)

    def list_page(
        self, *, after_id: int | None = None, include_archived: bool = False
    ) -> Page[YoungPersonListRow]:
        """The register's list a page at a time on a shared server (by id; the screen sorts), whole locally."""
        with self._reading() as s:
            stmt, paged = page_of(s, self._list_rows_statement(include_archived), YoungPerson.id, after_id)
            return page_from(self._fetch_list_rows(s, stmt), paged)

    @staticmethod
    def _fetch_list_rows(s: Session, stmt: Select[Any]) -> list[YoungPersonListRow]:
        """Schools and case holders are read apart and named by id: a few hundred names instead of a join
        that makes two strings per young person."""
        schools = {row_id: name for row_id, name in s.execute(select(Organisation.id, Organisation.name))}
        people = {row_id: name for row_id, name in s.execute(select(Person.id, Person.name))}
        convert: dict[str, Callable[[Any], Any]] = {
            **LIST_CONVERT,
            "school_name": schools.get,
            "case_holder_name": people.get,
        }
        return fetch_list(s, stmt, YoungPersonListRow, convert, listed_converters(YoungPerson))

    @staticmethod
    def _list_rows_statement(include_archived: bool) -> Select[Any]:
        y = YoungPerson
        stmt = select(
            y.id,
            y.version,
            y.code,
            y.initials,
            y.school_id,
            y.programme_name,
            y.level,
            y.situation,
            y.home_place,
            y.available_from,
            y.case_holder_id,
            y.is_concern,
            y.archived_at.is_not(None),
            *listed_columns(y),
        ).order_by(y.code)
        if not include_archived:
            stmt = stmt.where(y.archived_at.is_(None))
        return stmt

    def reveal_name(self, young_person_id: int, reason: str) -> PersonName:
        """The explicit "show name" action: only within the consent for the table, with a reason, and written
        to the audit log (who, when, why)."""
        with self._transaction() as s:
            person = s.get(YoungPerson, young_person_id)
            if person is None:
                raise NotFound.of(self.entity, young_person_id)
            consent = scopes_in_force(s, [young_person_id]).get(young_person_id)
            if consent is None or not consent.scope_table:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{code} has no consent in force for the table, so the name stays hidden; "
                        "record the consent first.",
                    ),
                    code=person.code,
                )
            if not reason.strip():
                raise ValidationError.one(
                    "reason", QT_TRANSLATE_NOOP("errors", "Choose why you need the name.")
                )
            self._audit(s, "view_name", self.entity, young_person_id, reason=reason.strip())
            return PersonName(person.given_name, person.family_name)

    def id_of(self, code: str) -> int:
        """The young person with this code (as the command line is given it, in any case)."""
        with self._transaction() as s:
            found = s.scalar(
                select(YoungPerson.id).where(func.upper(YoungPerson.code) == code.strip().upper())
            )
        if found is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "No young person has the code '{code}'."), code=code)
        return int(found)

    def view(self, young_person_id: int) -> YoungPersonRow:
        """Opening a young person's record: the record, and a line in the audit log that it was viewed."""
        with self._transaction() as s:
            row = self._get_row(s, young_person_id)
            self._audit(s, "view", self.entity, young_person_id)
            return row

    def _list_statement(self) -> Select[Any]:
        y = YoungPerson
        school = aliased(Organisation)
        holder = aliased(Person)
        shown = [getattr(y, name) for name in typed_fields(YoungPersonFields)]
        return (
            select(
                y.id,
                y.version,
                y.code,
                y.initials,
                *shown,
                school.name.label("school_name"),
                holder.name.label("case_holder_name"),
                y.archived_at.is_not(None).label("archived"),
            )
            .outerjoin(school, y.school_id == school.id)
            .outerjoin(holder, y.case_holder_id == holder.id)
            .order_by(y.code)
        )

    def _apply(self, s: Session, obj: YoungPerson, data: YoungPersonInput) -> list[str]:
        changed = [
            name
            for name in typed_fields(YoungPersonFields)
            if getattr(obj, name, None) != getattr(data, name)
        ]
        for name in changed:
            setattr(obj, name, getattr(data, name))
        changed += self._apply_extra(obj, data)
        if data.given_name is not None and data.family_name is not None:
            new_name = (data.given_name.strip(), data.family_name.strip())
            if (obj.given_name, obj.family_name) != new_name:
                obj.given_name, obj.family_name = new_name
                obj.initials = initials_for(*new_name)
                changed.append("name")
        return changed

    def _before_insert(self, s: Session, obj: YoungPerson) -> None:
        if not obj.code:  # an import hands out codes itself, one query for all rows
            obj.code = next_code(s, self._clock.today().year) or ""

    def _problems(
        self, s: Session, data: YoungPersonInput, current: YoungPerson | None
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        if current is None or data.given_name is not None or data.family_name is not None:
            check_required(data.given_name or "", "given_name", problems)
            check_required(data.family_name or "", "family_name", problems)
        check_crebo(data.crebo, "crebo", problems)
        check_list_items(data.wanted_sectors, "wanted_sectors", problems)
        if set(data.support_wishes) - {w.value for w in SupportWish}:
            problems.append(
                FieldProblem(
                    "support_wishes", QT_TRANSLATE_NOOP("errors", "Choose the wishes from the list.")
                )
            )
        check_plausible_date(data.available_from, "available_from", self._clock.today(), problems)
        check_plausible_date(data.exit_expected_on, "exit_expected_on", self._clock.today(), problems)
        check_hours(data.hours_per_week, "hours_per_week", problems)
        check_year(data.birth_year, "birth_year", self._clock.today(), problems)
        if len(data.support_note) > 500:
            problems.append(
                FieldProblem(
                    "support_note", QT_TRANSLATE_NOOP("errors", "Keep the support note under 500 characters.")
                )
            )
        if data.exit_status == ExitStatus.DIPLOMA_EXPECTED and data.exit_expected_on is None:
            problems.append(
                FieldProblem(
                    "exit_expected_on", QT_TRANSLATE_NOOP("errors", "Give the expected diploma date.")
                )
            )
        return problems


def next_code(s: Session, year: int) -> str | None:
    """J-2026-0042: the year's highest number plus one (codes are never reused).

    None when a shared server hands out the code itself: a login of the app there sees only some of the codes,
    and the server's code (a keyed permutation, see server_sql.py) says nothing about other schools' codes or
    how many young people the region has."""
    if login_account(s) is not None:
        return None
    prefix = f"J-{year}-"
    code = YoungPerson.code
    last = s.scalar(  # longest first: "J-2026-10000" sorts before "J-2026-9999" as text
        select(code).where(code.like(prefix + "%")).order_by(func.length(code).desc(), code.desc()).limit(1)
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"

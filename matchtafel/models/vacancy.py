"""Open places: jobs, leerbanen (BBL), BPV internships, work-experience and trial placements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.fields.vacancies import VACANCIES
from matchtafel.domain.vocabulary import ContractType, Level, VacancyKind, VacancyStatus
from matchtafel.models.base import Archivable, Base, StringList, Tracked, enum_column
from matchtafel.models.organisation import Employer, Person


class Vacancy(Tracked, Archivable, Base, fields=VACANCIES):
    __tablename__ = "vacancies"
    __table_args__ = (
        CheckConstraint(
            "hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max", name="hours_range"
        ),
        CheckConstraint("positions >= 1", name="positions_positive"),
        Index("ix_vacancies_status_archived_at", "status", "archived_at"),  # counting the open ones (0011)
        Index("ix_vacancies_updated_at", "updated_at"),  # the last change, for the suggestions (0011)
        # the employers that offered a place open during a period, from the index alone (0016)
        Index("ix_vacancies_employer_open", "employer_id", "created_at", "open_until", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    reference: Mapped[str | None] = mapped_column(String(40), unique=True, default=None)
    title: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(100), default="", index=True)
    kind: Mapped[VacancyKind] = mapped_column(enum_column(VacancyKind, "vacancy_kind"), index=True)
    required_level: Mapped[Level | None] = mapped_column(enum_column(Level, "required_level"))
    crebo_codes: Mapped[list[str]] = mapped_column(StringList, default=list)
    place: Mapped[str] = mapped_column(String(100), default="")
    hours_min: Mapped[int | None] = mapped_column(Integer, default=None)
    hours_max: Mapped[int | None] = mapped_column(Integer, default=None)
    contract_type: Mapped[ContractType | None] = mapped_column(enum_column(ContractType, "contract_type"))
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    open_until: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    positions: Mapped[int] = mapped_column(Integer, default=1)
    driving_licence_required: Mapped[bool] = mapped_column(Boolean, default=False)
    coaching_possible: Mapped[bool] = mapped_column(Boolean, default=False)
    open_for_banenafspraak: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    wsp_contact_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[VacancyStatus] = mapped_column(
        enum_column(VacancyStatus, "vacancy_status"), default=VacancyStatus.OPEN, index=True
    )

    employer: Mapped[Employer] = relationship()
    wsp_contact: Mapped[Person | None] = relationship()

"""The command line's verbs around the table: the overview for a period and a selection, and a young person's
own page 'Mijn afspraken' (see ``matchtafel.cli.main``). --db and --lang come from the common options; messages
and documents are in the run's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

EXIT_OK = 0
KINDS = ("job", "leerbaan", "bpv", "work_experience", "trial_placement")


def add_verbs(
    verbs: Any, db_option: argparse.ArgumentParser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    from matchtafel.cli.main import _iso_date

    overview = verbs.add_parser(
        "overview", parents=[db_option], help="the monitoring figures (no names) as a PDF report or CSV"
    )
    overview.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    period = overview.add_mutually_exclusive_group()
    period.add_argument(
        "--school-year", type=int, metavar="YEAR", help="1 August YEAR to 31 July the year after"
    )
    period.add_argument("--year", type=int, metavar="YEAR", help="a calendar year")
    period.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD", help="first day")
    overview.add_argument(
        "--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day (with --from)"
    )
    overview.add_argument("--school", default="", metavar="NAME", help="only this school's young people")
    overview.add_argument("--employer", default="", metavar="NAME", help="only this employer's places")
    overview.add_argument("--sector", default="", help="only places in this sector")
    overview.add_argument("--kind", choices=KINDS, help="only this kind of place")
    overview.add_argument(
        "--target", type=int, metavar="PERCENT", help="employers engaged, target (default: the settings, 50)"
    )
    page = verbs.add_parser(
        "mijn-afspraken",
        parents=[db_option],
        help="'Mijn afspraken': one page for the young person, as PDF (logged as a print)",
    )
    page.add_argument("code", metavar="CODE", help="the young person's code, e.g. J-2026-0042")
    page.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return {"overview": _overview, "mijn-afspraken": _my_page}


def _period(args: argparse.Namespace) -> Any:
    from matchtafel.reports.period import Period

    if args.school_year is not None:
        return Period.school_year(args.school_year)
    if args.year is not None:
        return Period.calendar_year(args.year)
    if args.start is not None or args.end is not None:
        if args.start is None or args.end is None or args.end < args.start:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Give --from and --to, the last day not before the first.")
            )
        return Period.custom(args.start, args.end)
    return Period()


def _selection(args: argparse.Namespace, services: Any) -> Any:
    from matchtafel.domain.text_fold import fold
    from matchtafel.domain.vocabulary import VacancyKind
    from matchtafel.reports.period import Selection

    choices = services.monitoring.choices()

    def find(name: str, options: tuple[tuple[int, str], ...], unknown: str) -> tuple[int | None, str]:
        if not name:
            return None, ""
        for option_id, option in options:
            if fold(option) == fold(name):
                return option_id, option
        raise UserError(unknown, name=name)

    school_id, school = find(
        args.school, choices.schools, QT_TRANSLATE_NOOP("errors", "No school is called '{name}'.")
    )
    employer_id, employer = find(
        args.employer, choices.employers, QT_TRANSLATE_NOOP("errors", "No employer is called '{name}'.")
    )
    return Selection(
        school_id=school_id,
        school=school,
        employer_id=employer_id,
        employer=employer,
        sector=args.sector,
        kind=VacancyKind(args.kind) if args.kind else None,
    )


def _overview(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.overview import figures_csv, write_overview
    from matchtafel.settings import load_settings

    out = output_path(args, (".pdf", ".csv"))
    target = args.target if args.target is not None else load_settings().employer_target_percent
    if not 1 <= target <= 100:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The target is a percentage from 1 to 100."))
    period = _period(args)
    with open_services(args, exclusive=False) as services:
        figures = services.monitoring.figures(
            period=period, selection=_selection(args, services), engagement_target=target / 100
        )
    language = args.language
    if out.suffix.lower() == ".pdf":
        author = services.monitoring.actor.organisation
        path = save_whole(
            out, lambda handle: write_overview(figures, handle, language=language, author=author)
        )
    else:
        text = figures_csv(figures, language=language).encode("utf-8-sig")
        path = save_whole(out, lambda handle: handle.write(text))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Overview ({count} proposals) written to {path}."),
        count=figures.proposals,
        path=path,
    )
    return EXIT_OK


def _my_page(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.my_page import write_my_page

    out = output_path(args, (".pdf",), add=".pdf")
    with open_services(args, exclusive=False) as services:
        page = services.my_page.page(int(services.young_people.id_of(args.code)))
    language = args.language
    path = save_whole(out, lambda handle: write_my_page(page, handle, language=language))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "'Mijn afspraken' of {code} written to {path} (logged as a print)."),
        code=page.code,
        path=path,
    )
    return EXIT_OK

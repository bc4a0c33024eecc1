"""The verbs of the command line that read or write a file: import, export, minutes, actions and calendar (see
``matchtafel.cli.main``). Apart from import, each reads the database only: a missing database is an error, never
created.

``--out verslag`` writes verslag.pdf; a missing output folder is created. The minutes and action list of a
planned or running session are refused unless ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

EXIT_OK = 0
PROBLEM_LINES = 200
EXPORTS = ("jongeren", "vacatures", "werkgevers", "organisaties", "personen", "afspraken", "voordrachten")


def add_verbs(verbs: Any, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    importing = verbs.add_parser(
        "import", parents=[common], help="import young people or vacancies (CSV, XLSX)"
    )
    importing.add_argument("kind", choices=("jongeren", "vacatures"))
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    importing.add_argument(
        "--encoding", choices=("utf-8-sig", "utf-8", "cp1252"), help="CSV encoding (default: found)"
    )
    importing.add_argument("--delimiter", choices=(";", ",", "tab"), help="CSV delimiter (default: found)")
    importing.add_argument(
        "--school",
        default="",
        metavar="NAME",
        help="young people: the school of every row, for a school's own export without a School column",
    )
    exporting = verbs.add_parser("export", parents=[common], help="export a list to .xlsx or .csv")
    exporting.add_argument("kind", choices=EXPORTS)
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    minutes = verbs.add_parser("minutes", parents=[common], help="print a session's minutes (verslag) as PDF")
    _session_options(minutes)
    minutes.add_argument(
        "--names",
        choices=("codes", "full"),
        default="codes",
        help="codes and initials (default), or full names where the young person consented (logged)",
    )
    for part in ("review", "notes", "vacancies", "actions"):
        minutes.add_argument(f"--no-{part}", action="store_true", help=f"leave the {part} out")
    minutes.add_argument(
        "--list-undecided",
        action="store_true",
        help="list the open agreements the session did not discuss (default: one line that counts them)",
    )
    actions = verbs.add_parser("actions", parents=[common], help="print a session's action list as PDF")
    _session_options(actions)
    actions.add_argument(
        "--organisation", default="", metavar="NAME", help="only what this organisation agreed"
    )
    calendar = verbs.add_parser(
        "calendar",
        parents=[common],
        help="open agreement deadlines, sessions and matching events as an .ics file",
    )
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    whose = calendar.add_mutually_exclusive_group()
    whose.add_argument("--person", default="", metavar="NAME", help="only this person's deadlines")
    whose.add_argument("--organisation", default="", metavar="NAME", help="only this organisation's")
    return {
        "import": _import,
        "export": _export,
        "minutes": _minutes,
        "actions": _actions,
        "calendar": _calendar,
    }


def _session_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "session", metavar="SESSION", help="its number, its date (2026-11-20) or latest (the last one held)"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--force", action="store_true", help="also print a session that has not been held yet"
    )


def _import(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import message, say, services_for
    from matchtafel.io.import_spec import guess_mapping, ignored_columns
    from matchtafel.io.tabular import read_file
    from matchtafel.services.importing import ImportRefused

    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    table = read_file(args.file, encoding=args.encoding, delimiter=delimiter)
    db, services = services_for(args)

    def show_problems(problems: list[Any]) -> None:
        for p in problems[:PROBLEM_LINES]:
            text = message(UserError(p.template, **dict(p.params)), args.language)
            print(f"{args.file}:{p.row_number}:{p.column}: {text}", file=sys.stderr)
        rest = problems[PROBLEM_LINES:]
        if rest:  # a million-row file with a problem in every row: the first ones, then a count
            more = UserError(
                QT_TRANSLATE_NOOP("cli", "{file}: {count} more problems in {rows} more rows are not shown."),
                file=args.file,
                count=len(rest),
                rows=len({p.row_number for p in rest}),
            )
            print(message(more, args.language), file=sys.stderr)

    try:
        mapping = guess_mapping(table.headers, services.imports.fields(args.kind))
        for header in ignored_columns(table.headers):
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "cli", "{file}: column '{column}' is not imported: Matchtafel never stores it."
                ),
                file=args.file,
                column=header,
            )
        summary = services.imports.check(args.kind, table, mapping, school=args.school)
        if summary.problems:
            show_problems(summary.problems)
            raise UserError(
                QT_TRANSLATE_NOOP("cli", "{count} rows have problems; nothing was imported."),
                count=len(summary.problem_rows),
            )
        if not args.dry_run:
            backup = db.backup("import", now=args.clock.now())
            try:
                summary = services.imports.run(args.kind, table, mapping, school=args.school)
            except ImportRefused as refused:
                show_problems(refused.summary.problems)
                raise
            if backup:
                say(args, QT_TRANSLATE_NOOP("cli", "Backup copy made first: {path}"), path=backup)
    finally:
        db.close()
    counts = {
        "kind": args.kind,
        "file": args.file,
        "new": summary.new,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
    }
    if args.dry_run:
        template = QT_TRANSLATE_NOOP(
            "cli", "Would import {kind} from {file}: {new} new, {updated} updated, {unchanged} unchanged."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "cli", "Imported {kind} from {file}: {new} new, {updated} updated, {unchanged} unchanged."
        )
    say(args, template, **counts)
    if summary.new_employers:
        say(
            args,
            QT_TRANSLATE_NOOP("cli", "New employers: {names}."),
            names=", ".join(summary.new_employers),
        )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.io.export import write_table

    path = output_path(args, (".csv", ".xlsx"))
    with open_services(args, exclusive=False) as services:
        headers, rows = services.exports.table(args.kind)
    write_table(path, headers, rows, language=args.language)
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Exported {count} {kind} to {path}."),
        count=len(rows),
        kind=args.kind,
        path=path,
    )
    return EXIT_OK


def _session_data(args: argparse.Namespace, make: Callable[[int, bool], Any], services: Any) -> Any:
    """What ``make(meeting_id, force)`` gathers for the session asked for; a planned or running one only
    with --force, and the message says so."""
    from matchtafel.cli.main import message
    from matchtafel.services.minutes import SessionNotHeld

    try:
        return make(services.minutes.find(args.session), args.force)
    except SessionNotHeld as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "{message} Add --force to print it anyway."),
            message=message(exc, args.language),
        ) from exc


def _minutes(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.minutes import write_minutes
    from matchtafel.reports.model import MinutesOptions

    path = output_path(args, (".pdf",), add=".pdf")
    with open_services(args, exclusive=False) as services:
        full = args.names == "full"
        data = _session_data(
            args,
            lambda meeting, force: services.minutes.minutes(meeting, full_names=full, force=force),
            services,
        )
    options = MinutesOptions(
        review=not args.no_review,
        notes=not args.no_notes,
        new_vacancies=not args.no_vacancies,
        actions=not args.no_actions,
        language=args.language,
        list_undecided=args.list_undecided,
    )
    path = save_whole(path, lambda out: write_minutes(data, out, options))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Minutes of {date} ({count} cases) written to {path}."),
        date=f"{data.starts_at:%d-%m-%Y}",
        count=len(data.cases),
        path=path,
    )
    return EXIT_OK


def _actions(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.minutes import write_actions

    path = output_path(args, (".pdf",), add=".pdf")
    with open_services(args, exclusive=False) as services:
        organisation = args.organisation
        data = _session_data(
            args,
            lambda meeting, force: services.minutes.action_list(
                meeting, organisation=organisation, force=force
            ),
            services,
        )
    path = save_whole(path, lambda out: write_actions(data, out, language=args.language))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Action list of {date} ({count} actions) written to {path}."),
        date=f"{data.starts_at:%d-%m-%Y}",
        count=len(data.actions),
        path=path,
    )
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.io.calendar import calendar_ics
    from matchtafel.reports.files import save_whole

    path = output_path(args, (".ics",), add=".ics")
    with open_services(args, exclusive=False) as services:
        events = services.calendar.events(
            person=args.person, organisation=args.organisation, language=args.language
        )
    data = calendar_ics(events, name="Matchtafel", now=args.clock.now())
    path = save_whole(path, lambda out: out.write(data))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "{count} appointments written to {path}."),
        count=len(events),
        path=path,
    )
    return EXIT_OK

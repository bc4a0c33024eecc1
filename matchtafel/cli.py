"""Command-line verbs. No widgets here: the window starts through ``matchtafel.app`` only when asked.

Exit codes: 0 done, 1 the user's or the environment's error (one line, no traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.errors import UserError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def _db_option() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql://user@host/dbname (default: MATCHTAFEL_DB, then the data folder)",
    )
    return db_option


def _app_parser(db_option: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of starting the app (``matchtafel [--db ...] [--demo] [--lang nl|en]``)."""
    parser = argparse.ArgumentParser(
        prog="matchtafel",
        description="Matchtafel: run the regional table that finds work for young people.",
        parents=[db_option],
    )
    from matchtafel.versions import VersionAction

    parser.add_argument("--version", action=VersionAction, help="the version, and what it runs on")
    parser.add_argument("--demo", action="store_true", help="open the demo database (see 'matchtafel demo')")
    parser.add_argument("--lang", choices=("nl", "en"), help="interface language for this run")
    return parser


# The start options, and whether each takes a value: a command line of these alone starts the app.
START_OPTIONS = {"--db": True, "--lang": True, "--demo": False}


def _starts_the_app(argv: Sequence[str]) -> bool:
    position = 0
    while position < len(argv):
        name = argv[position].split("=", 1)[0]
        if name not in START_OPTIONS:
            return False
        position += 2 if START_OPTIONS[name] and "=" not in argv[position] else 1
    return True


def build_parser(*, verbs_too: bool = True) -> argparse.ArgumentParser:
    """``verbs_too=False``: only the start options, for a command line that starts the app (building
    twenty sub-parsers costs start-up more than the rest of the command line)."""
    db_option = _db_option()
    parser = _app_parser(db_option)
    if not verbs_too:
        parser.set_defaults(verb=None, extra_handlers={})
        return parser
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    demo = verbs.add_parser("demo", parents=[db_option], help="create or renew the demo database")
    demo.add_argument("--size", choices=("small", "medium", "large", "xl"), default="small")
    demo.add_argument(
        "--seed", type=int, default=42, help="same seed and date give the same data (default 42)"
    )
    demo.add_argument("--date", type=_iso_date, help="reference date YYYY-MM-DD (default: today)")
    demo.add_argument(
        "--region", choices=("achterhoek", "kempen"), default="achterhoek", help="Dutch or Flemish table"
    )
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing when the database file already exists"
    )

    verbs.add_parser("sessions", parents=[db_option], help="list the sessions: id, date, status, cases")

    importing = verbs.add_parser(
        "import", parents=[db_option], help="import young people or vacancies (CSV, XLSX)"
    )
    importing.add_argument("kind", choices=("jongeren", "vacatures"))
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    importing.add_argument(
        "--encoding", choices=("utf-8-sig", "utf-8", "cp1252"), help="CSV encoding (default: found)"
    )
    importing.add_argument("--delimiter", choices=(";", ",", "tab"), help="CSV delimiter (default: found)")

    exporting = verbs.add_parser("export", parents=[db_option], help="export a list to .xlsx or .csv")
    exporting.add_argument(
        "kind",
        choices=(
            "jongeren",
            "vacatures",
            "werkgevers",
            "organisaties",
            "personen",
            "afspraken",
            "voordrachten",
        ),
    )
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    minutes = verbs.add_parser(
        "minutes", parents=[db_option], help="print a session's minutes (verslag) as PDF"
    )
    minutes.add_argument("session", metavar="SESSION", help="its number, its date (2026-11-20) or latest")
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    minutes.add_argument(
        "--names",
        choices=("codes", "full"),
        default="codes",
        help="codes and initials (default), or full names where the young person consented (logged)",
    )
    minutes.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the document")
    for part in ("review", "notes", "vacancies", "actions"):
        minutes.add_argument(f"--no-{part}", action="store_true", help=f"leave the {part} out")
    actions = verbs.add_parser("actions", parents=[db_option], help="print a session's action list as PDF")
    actions.add_argument("session", metavar="SESSION", help="its number, its date (2026-11-20) or latest")
    actions.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    actions.add_argument(
        "--organisation", default="", metavar="NAME", help="only what this organisation agreed"
    )
    actions.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the document")
    calendar = verbs.add_parser(
        "calendar",
        parents=[db_option],
        help="open agreement deadlines, sessions and matching events as an .ics file",
    )
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    whose = calendar.add_mutually_exclusive_group()
    whose.add_argument("--person", default="", metavar="NAME", help="only this person's deadlines")
    whose.add_argument("--organisation", default="", metavar="NAME", help="only this organisation's")
    calendar.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the appointments")
    from matchtafel.cli_around import add_verbs as add_around_verbs
    from matchtafel.cli_backup import add_verbs as add_backup_verbs
    from matchtafel.cli_privacy import add_verbs
    from matchtafel.cli_server import add_verbs as add_server_verbs
    from matchtafel.cli_support import add_verbs as add_support_verbs

    parser.set_defaults(
        extra_handlers={
            **add_verbs(verbs, db_option),
            **add_server_verbs(verbs),
            **add_support_verbs(verbs, db_option),
            **add_around_verbs(verbs, db_option),
            **add_backup_verbs(verbs, db_option),
        }
    )
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-20") from exc


def run(argv: Sequence[str], *, clock: Clock = SYSTEM_CLOCK) -> int:
    """Run one verb; ``clock`` is where every "now" and "today" comes from (tests pin it)."""
    parser = build_parser(verbs_too=not _starts_the_app(argv))
    args = parser.parse_args(argv)  # exits with 2 on wrong usage
    logging.getLogger(__name__).info("command: %s", args.verb or "start the app")  # never its arguments
    args.clock = clock
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _start_app,
        "demo": _demo,
        "sessions": _sessions,
        "import": _import,
        "export": _export,
        "minutes": _minutes,
        "actions": _actions,
        "calendar": _calendar,
        **args.extra_handlers,
    }
    try:
        return handlers[args.verb](args)
    except UserError as exc:
        print(f"matchtafel: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`matchtafel sessions | head`): not an error. Python's documented recipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _database_target(args: argparse.Namespace) -> str:
    from matchtafel.settings import demo_database, load_settings, resolve_database

    if getattr(args, "demo", False) and not args.db:
        return str(demo_database())
    return resolve_database(args.db, load_settings())


def _start_app(args: argparse.Namespace) -> int:
    from matchtafel.app import run_app

    return run_app(database=_database_target(args), language=args.lang)


def _demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from matchtafel.settings import demo_database

    target = args.db or str(demo_database())
    if "://" not in target:
        path = Path(target)
        if args.if_missing and path.exists():
            print(f"Demo database present: {path}")
            return EXIT_OK
        if not args.db:
            path.parent.mkdir(parents=True, exist_ok=True)

    from matchtafel.services.demo import generate_demo

    db = open_with_passphrase(target)
    try:
        summary = generate_demo(
            db.sessions, size=args.size, seed=args.seed, today=args.date, clock=args.clock, region=args.region
        )
    finally:
        db.close()
    counts = summary.counts
    print(
        f"Demo database ({summary.region}, {summary.size}, seed {summary.seed}) written to {db.description}: "
        f"{counts['young_people']} young people, {counts['vacancies']} vacancies, "
        f"{counts['employers']} employers, {counts['meetings']} sessions, {counts['cases']} cases, "
        f"{counts['school_leavers']} school leavers kept in view."
    )
    return EXIT_OK


def _sessions(args: argparse.Namespace) -> int:
    from matchtafel.services import Actor, Services

    db = open_with_passphrase(_database_target(args), exclusive=False)
    try:
        rows = Services.create(db.sessions, Actor("command line"), clock=args.clock).meetings.rows()
    finally:
        db.close()
    print(f"{'id':>5}  {'date':<16}  {'status':<8}  {'cases':>5}")
    for row in rows:
        print(f"{row.id:>5}  {row.starts_at:%Y-%m-%d %H:%M}  {row.status.value:<8}  {row.case_count:>5}")
    return EXIT_OK


def _services_for(args: argparse.Namespace, *, exclusive: bool = True) -> tuple[Any, Any]:
    from matchtafel.services import Actor, Services
    from matchtafel.settings import load_settings

    settings = load_settings()
    actor = Actor(
        settings.user_name or f"command line ({os.environ.get('USER', '?')})", settings.user_organisation
    )
    db = open_with_passphrase(_database_target(args), exclusive=exclusive, clock=args.clock)
    return db, Services.create(db.sessions, actor, clock=args.clock)


def _import(args: argparse.Namespace) -> int:
    from matchtafel.io.import_spec import guess_mapping, ignored_columns
    from matchtafel.io.tabular import read_file
    from matchtafel.services.importing import ImportRefused

    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    table = read_file(args.file, encoding=args.encoding, delimiter=delimiter)
    db, services = _services_for(args)
    try:
        mapping = guess_mapping(table.headers, services.imports.fields(args.kind))
        for header in ignored_columns(table.headers):
            print(f"{args.file}: column '{header}' is not imported: Matchtafel never stores it.")
        summary = services.imports.check(args.kind, table, mapping)
        if summary.problems:
            _print_problems(args.file, summary.problems)
            print(
                f"matchtafel: {len(summary.problem_rows)} rows have problems; nothing was imported.",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        if not args.dry_run:
            backup = db.backup("import", now=args.clock.now())
            try:
                summary = services.imports.run(args.kind, table, mapping)
            except ImportRefused as refused:
                _print_problems(args.file, refused.summary.problems)
                raise
            if backup:
                print(f"Backup copy made first: {backup}")
    finally:
        db.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {args.kind} from {args.file}: {summary.new} new, {summary.updated} updated, "
        f"{summary.unchanged} unchanged"
        + (f"; new employers: {', '.join(summary.new_employers)}" if summary.new_employers else "")
        + "."
    )
    return EXIT_OK


PROBLEM_LINES = 200  # a million-row file with a problem in every row: the first ones, then a count


def _print_problems(path: Path, problems: Sequence[Any]) -> None:
    for p in problems[:PROBLEM_LINES]:
        print(f"{path}:{p.row_number}:{p.column}: {p.message}", file=sys.stderr)
    rest = problems[PROBLEM_LINES:]
    if rest:
        rows = len({p.row_number for p in rest})
        print(f"{path}: {len(rest)} more problems in {rows} more rows are not shown.", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    from matchtafel.io.export import write_table

    db, services = _services_for(args, exclusive=False)
    try:
        headers, rows = services.exports.table(args.kind)
    finally:
        db.close()
    write_table(args.out, headers, rows)
    print(f"Exported {len(rows)} {args.kind} to {args.out}.")
    return EXIT_OK


def _minutes(args: argparse.Namespace) -> int:
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.minutes import write_minutes
    from matchtafel.reports.model import MinutesOptions

    db, services = _services_for(args, exclusive=False)
    try:
        meeting_id = services.minutes.find(args.session)
        data = services.minutes.minutes(meeting_id, full_names=args.names == "full")
    finally:
        db.close()
    options = MinutesOptions(
        review=not args.no_review,
        notes=not args.no_notes,
        new_vacancies=not args.no_vacancies,
        actions=not args.no_actions,
        language=args.lang,
    )
    path = save_whole(args.out, lambda out: write_minutes(data, out, options))
    print(f"Minutes of {data.starts_at:%Y-%m-%d} ({len(data.cases)} cases) written to {path}.")
    return EXIT_OK


def _actions(args: argparse.Namespace) -> int:
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.minutes import write_actions

    db, services = _services_for(args, exclusive=False)
    try:
        meeting_id = services.minutes.find(args.session)
        data = services.minutes.action_list(meeting_id, organisation=args.organisation)
    finally:
        db.close()
    path = save_whole(args.out, lambda out: write_actions(data, out, language=args.lang))
    print(f"Action list of {data.starts_at:%Y-%m-%d} ({len(data.actions)} actions) written to {path}.")
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from matchtafel.io.calendar import calendar_ics
    from matchtafel.reports.files import save_whole

    db, services = _services_for(args, exclusive=False)
    try:
        events = services.calendar.events(
            person=args.person, organisation=args.organisation, language=args.lang
        )
    finally:
        db.close()
    data = calendar_ics(events, name="Matchtafel", now=args.clock.now())
    path = save_whole(args.out, lambda out: out.write(data))
    print(f"{len(events)} appointments written to {path}.")
    return EXIT_OK


def open_with_passphrase(target: str, *, exclusive: bool = True, clock: Clock = SYSTEM_CLOCK) -> Any:
    """An encrypted file takes its passphrase from MATCHTAFEL_PASSPHRASE, or asks for it on a terminal."""
    import getpass

    from matchtafel.db import open_database
    from matchtafel.encryption import PASSPHRASE_ENV
    from matchtafel.errors import PassphraseNeeded, WrongPassphrase

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    try:
        return open_database(target, exclusive=exclusive, passphrase=passphrase, clock=clock)
    except WrongPassphrase:
        raise
    except PassphraseNeeded:
        if passphrase or not sys.stdin.isatty():
            raise
        return open_database(
            target, exclusive=exclusive, passphrase=getpass.getpass("Passphrase: "), clock=clock
        )

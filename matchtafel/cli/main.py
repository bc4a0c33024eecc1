"""Command-line verbs. No widgets here: the window starts through ``matchtafel.ui.app`` only when asked.

Exit codes: 0 done, 1 the user's or the environment's error (one line, no traceback), 2 wrong usage.

``--db`` and ``--lang`` may stand before or after the verb; given twice with different values they are an
error. Messages, statuses and exported values are in the interface language: ``--lang``, else the settings,
else the system's (Dutch on a Dutch system). A verb that only reads never creates a database.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
# Verbs that write may create a new database file; every other verb refuses a file that is not there.
CREATING_VERBS = {None, "demo", "import", "encrypt", "connect", "server", "backup"}  # backup: restore
# --out with one of these suffixes names another kind of file than the verb writes: refused, not extended.
OTHER_FILE_TYPES = {".pdf", ".csv", ".xlsx", ".xls", ".ics", ".txt", ".doc", ".docx", ".odt", ".ods", ".json"}
# A UserError's template comes from one of these translation contexts.
MESSAGE_CONTEXTS = ("errors", "import", "cli")


class _Once(argparse.Action):
    """An option given once, or again with the same value; two different values are a usage error."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        before = getattr(namespace, self.dest, None)
        if before is not None and before != values:
            parser.error(f"{option} given twice: '{before}' and '{values}'")
        setattr(namespace, self.dest, values)


def _common_options(parser: argparse.ArgumentParser, *, suffix: str = "") -> None:
    """--db and --lang; before the verb they land in ``db_top``/``lang_top``, after it in ``db``/``lang``."""
    default = None if suffix else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        dest="db" + suffix,
        action=_Once,
        default=default,
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql://user@host/dbname (default: MATCHTAFEL_DB, then the data folder)",
    )
    parser.add_argument(
        "--lang",
        dest="lang" + suffix,
        action=_Once,
        default=default,
        choices=("nl", "en"),
        help="language of messages, exports and documents (default: the settings, then the system's)",
    )


def _app_parser() -> argparse.ArgumentParser:
    """The options of starting the app (``matchtafel [--db ...] [--demo] [--lang nl|en]``); --db and --lang
    land in ``db_top``/``lang_top`` here."""
    parser = argparse.ArgumentParser(
        prog="matchtafel", description="Matchtafel: run the regional table that finds work for young people."
    )
    _common_options(parser, suffix="_top")
    from matchtafel.versions import VersionAction

    parser.add_argument("--version", action=VersionAction, help="the version, and what it runs on")
    parser.add_argument("--demo", action="store_true", help="open the demo database (see 'matchtafel demo')")
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
    parser = _app_parser()
    if not verbs_too:
        parser.set_defaults(verb=None, extra_handlers={})
        return parser
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    demo = verbs.add_parser("demo", parents=[common], help="create or renew the demo database")
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

    verbs.add_parser("sessions", parents=[common], help="list the sessions: id, date, status, cases")

    from matchtafel.cli.around import add_verbs as add_around_verbs
    from matchtafel.cli.backup import add_verbs as add_backup_verbs
    from matchtafel.cli.documents import add_verbs as add_document_verbs
    from matchtafel.cli.privacy import add_verbs
    from matchtafel.cli.server import add_verbs as add_server_verbs
    from matchtafel.cli.support import add_verbs as add_support_verbs

    parser.set_defaults(
        extra_handlers={
            **add_document_verbs(verbs, common),
            **add_verbs(verbs, common),
            **add_server_verbs(verbs),
            **add_support_verbs(verbs, common),
            **add_around_verbs(verbs, common),
            **add_backup_verbs(verbs, common),
        }
    )
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-20") from exc


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, with ``db`` and ``lang`` from wherever they were given (exits 2 on wrong usage)."""
    parser = build_parser(verbs_too=not _starts_the_app(argv))
    args = parser.parse_args(argv)
    for name in ("db", "lang"):
        before, after = getattr(args, name + "_top", None), getattr(args, name, None)
        if before is not None and after is not None and before != after:
            parser.error(f"--{name} given twice: '{before}' and '{after}'")
        setattr(args, name, after if after is not None else before)
    return args


def run(argv: Sequence[str], *, clock: Clock = SYSTEM_CLOCK) -> int:
    """Run one verb; ``clock`` is where every "now" and "today" comes from (tests pin it)."""
    args = parse(argv)
    logging.getLogger(__name__).info("command: %s", args.verb or "start the app")  # never its arguments
    args.clock = clock
    if args.verb is not None:  # the window chooses its own (ui/i18n.py); the start does without these imports
        args.language = language_of(args)
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _start_app,
        "demo": _demo,
        "sessions": _sessions,
        **args.extra_handlers,
    }
    try:
        return handlers[args.verb](args)
    except UserError as exc:
        print(f"matchtafel: {message(exc, language_of(args))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`matchtafel sessions | head`): not an error. Python's documented recipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def language_of(args: argparse.Namespace) -> str:
    """The run's language: ``--lang``, else the settings', else the system's."""
    from matchtafel.domain.words import choose_language
    from matchtafel.settings import load_settings

    chosen: str | None = getattr(args, "language", None)
    return chosen or choose_language(args.lang, load_settings().language)


def message(error: UserError, language: str) -> str:
    """A UserError in ``language``: its template translated, vocabulary values in the interface's words."""
    from enum import StrEnum

    from matchtafel.domain.words import label, translate

    template = error.template
    for context in MESSAGE_CONTEXTS:
        translated = translate(language, context, error.template)
        if translated != error.template:
            template = translated
            break
    params = {k: label(v, language) if isinstance(v, StrEnum) else v for k, v in error.params.items()}
    return template.format(**params)


def say(args: argparse.Namespace, template: str, **params: Any) -> None:
    """Print one of the command line's own messages (context "cli") in the run's language."""
    from matchtafel.domain.words import translate

    print(translate(args.language, "cli", template).format(**params))


def output_path(args: argparse.Namespace, suffixes: tuple[str, ...], *, add: str = "") -> Path:
    """Where ``--out`` writes: ``add`` is appended when the name has none of ``suffixes`` (``--out verslag``
    writes verslag.pdf), otherwise such a name is refused, as is a name of another kind of file (x.csv for a
    PDF); a missing folder is created."""
    path: Path = args.out.expanduser()
    if not path.name.lower().endswith(suffixes):
        if not add or path.suffix.lower() in OTHER_FILE_TYPES:  # x.csv.pdf would hide a mistake
            raise UserError(
                QT_TRANSLATE_NOOP("cli", "Save it as a {suffixes} file, not '{name}'."),
                suffixes=" or ".join(suffixes),
                name=path.name,
            )
        path = path.with_name(path.name + add)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "The folder {folder} cannot be made: {reason}"),
            folder=path.parent,
            reason=exc.strerror or exc,
        ) from exc
    return path


def database_target(args: argparse.Namespace) -> str:
    """The database of this run; for a verb that only reads, it must exist (nothing is created)."""
    from matchtafel.settings import demo_database, load_settings, resolve_database

    if getattr(args, "demo", False) and not args.db:
        target = str(demo_database())
    else:
        target = resolve_database(args.db, load_settings())
    if args.verb not in CREATING_VERBS and "://" not in target:
        path = Path(target).expanduser()
        if path.parent.is_dir() and not path.exists():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "cli", "There is no database at {path}; give --db, or make one with 'matchtafel demo'."
                ),
                path=path,
            )
    return target


def _start_app(args: argparse.Namespace) -> int:
    import gc

    # The window's collector runs the cycle collector on the UI thread from here on (ui/widgets/collector.py);
    # off from now, the start's imports and first screen are not interrupted by some fifty collections.
    gc.disable()
    from matchtafel.ui.app import run_app  # noqa: TID251 (no verb: the window, imported only then)

    return run_app(database=database_target(args), language=args.lang)


def _demo(args: argparse.Namespace) -> int:
    from matchtafel.settings import demo_database

    target = args.db or str(demo_database())
    if "://" not in target:
        path = Path(target)
        if args.if_missing and path.exists():
            say(args, QT_TRANSLATE_NOOP("cli", "Demo database present: {path}"), path=path)
            return EXIT_OK
        if not args.db:
            path.parent.mkdir(parents=True, exist_ok=True)

    from matchtafel.demo.region import generate_demo

    db = open_with_passphrase(target, clock=args.clock)
    try:
        summary = generate_demo(
            db.sessions, size=args.size, seed=args.seed, today=args.date, clock=args.clock, region=args.region
        )
    finally:
        db.close()
    counts = summary.counts
    say(
        args,
        QT_TRANSLATE_NOOP(
            "cli",
            "Demo database ({region}, {size}, seed {seed}) written to {database}: {young} young people, "
            "{vacancies} vacancies, {employers} employers, {sessions} sessions, {cases} cases, "
            "{leavers} school leavers kept in view.",
        ),
        region=summary.region,
        size=summary.size,
        seed=summary.seed,
        database=db.description,
        young=counts["young_people"],
        vacancies=counts["vacancies"],
        employers=counts["employers"],
        sessions=counts["meetings"],
        cases=counts["cases"],
        leavers=counts["school_leavers"],
    )
    return EXIT_OK


def _sessions(args: argparse.Namespace) -> int:
    from matchtafel.domain.words import label, translate
    from matchtafel.services import Actor, Services

    db = open_with_passphrase(database_target(args), exclusive=False, clock=args.clock)
    try:
        rows = Services.create(db.sessions, Actor("command line"), clock=args.clock).meetings.rows()
    finally:
        db.close()
    headings = (
        QT_TRANSLATE_NOOP("cli", "id"),
        QT_TRANSLATE_NOOP("cli", "date"),
        QT_TRANSLATE_NOOP("cli", "status"),
        QT_TRANSLATE_NOOP("cli", "cases"),
    )
    words = [translate(args.language, "cli", word) for word in headings]
    print(f"{words[0]:>5}  {words[1]:<16}  {words[2]:<12}  {words[3]:>5}")
    for row in rows:
        status = label(row.status, args.language)
        print(f"{row.id:>5}  {row.starts_at:%Y-%m-%d %H:%M}  {status:<12}  {row.case_count:>5}")
    return EXIT_OK


def services_for(args: argparse.Namespace, *, exclusive: bool = True) -> tuple[Any, Any]:
    from matchtafel.services import Actor, Services
    from matchtafel.settings import load_settings

    settings = load_settings()
    actor = Actor(
        settings.user_name or f"command line ({os.environ.get('USER', '?')})", settings.user_organisation
    )
    db = open_with_passphrase(database_target(args), exclusive=exclusive, clock=args.clock)
    return db, Services.create(db.sessions, actor, clock=args.clock)


@contextmanager
def open_services(args: argparse.Namespace, *, exclusive: bool = True) -> Iterator[Any]:
    """The services on the database the command names, closed again however the verb ends."""
    db, services = services_for(args, exclusive=exclusive)
    try:
        yield services
    finally:
        db.close()


def open_with_passphrase(target: str, *, exclusive: bool = True, clock: Clock = SYSTEM_CLOCK) -> Any:
    """An encrypted file takes its passphrase from MATCHTAFEL_PASSPHRASE, or asks for it on a terminal."""
    import getpass

    from matchtafel.domain.errors import PassphraseNeeded, WrongPassphrase
    from matchtafel.storage.db import open_database
    from matchtafel.storage.encryption import PASSPHRASE_ENV

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

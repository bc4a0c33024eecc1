"""The backup verbs of the command line: ``matchtafel backup list|now|restore FILE`` (see ``matchtafel.storage.backups``
and ``matchtafel.services.restore``)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import UserError

EXIT_OK = 0


def add_verbs(
    verbs: Any, db_option: argparse.ArgumentParser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    backup = verbs.add_parser(
        "backup", parents=[db_option], help="list the backups, make one now, or restore one (SQLite)"
    )
    what = backup.add_subparsers(dest="backup_verb", metavar="list|now|restore", required=True)
    what.add_parser("list", parents=[db_option], help="the backups of the database, newest first")
    what.add_parser("now", parents=[db_option], help="make a backup now")
    restore = what.add_parser(
        "restore",
        parents=[db_option],
        help="put a backup in the database's place (the current one is kept aside; erasures re-applied)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="confirm: without it, only the check is shown")
    return {"backup": _backup}


def _database_path(args: argparse.Namespace) -> Path:
    from matchtafel.cli.main import database_target

    target = database_target(args)
    if "://" in target:
        raise UserError(
            "A shared PostgreSQL server is backed up by its administrator (pg_dump), not by Matchtafel."
        )
    return Path(target)


def _backup(args: argparse.Namespace) -> int:
    from matchtafel.storage.datafolder import risky_place

    database = _database_path(args)
    place = risky_place(database)
    if place:
        print(
            f"Warning: {database.parent} is a shared or synchronised folder ({place}). The database can be damaged "
            "there when two computers or the sync program write at once; keep it on this computer."
        )
    return {"list": _list, "now": _now, "restore": _restore}[args.backup_verb](args, database)


def _list(_args: argparse.Namespace, database: Path) -> int:
    from matchtafel.storage.backups import folder_of, list_backups

    backups = list_backups(database)
    print(f"{len(backups)} backups of {database} in {folder_of(database)}")
    for backup in backups:
        print(
            f"{backup.made_at:%Y-%m-%d %H:%M:%S}  {backup.reason:<15} {backup.size / 1024:>9.0f} kB  {backup.path.name}"
        )
    return EXIT_OK


def _now(args: argparse.Namespace, database: Path) -> int:
    from matchtafel.cli.main import open_with_passphrase
    from matchtafel.settings import load_settings

    if not database.exists():
        raise UserError("{path} does not exist: there is nothing to back up.", path=database)
    db = open_with_passphrase(str(database), exclusive=False, clock=args.clock)
    try:
        path = db.backup("manual", now=args.clock.now(), keep_months=load_settings().retention_months)
    finally:
        db.close()
    print(f"Backup made: {path}")
    return EXIT_OK


def _restore(args: argparse.Namespace, database: Path) -> int:
    from matchtafel.services.restore import check_backup, restore_backup
    from matchtafel.storage.encryption import PASSPHRASE_ENV

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    check = check_backup(args.file, passphrase=passphrase)
    made = f"{check.last_change:%Y-%m-%d %H:%M}" if check.last_change else "unknown"
    print(
        f"{args.file}: a whole Matchtafel database (schema {check.revision}), {check.young_people} young people, "
        f"{check.sessions} sessions, last change {made}."
    )
    if not args.yes:
        print(f"Nothing was changed. Add --yes to put it in the place of {database}.")
        return 1
    result = restore_backup(database, args.file, clock=args.clock, passphrase=passphrase)
    if result.kept_aside:
        print(f"The database as it was is kept in {result.kept_aside}.")
    print(
        f"Restored {args.file} as {database}; {result.erasures_reapplied} young people erased since that backup "
        "were erased again."
    )
    return EXIT_OK

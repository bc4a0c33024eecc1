"""The privacy verbs of the command line: inzage, erase, purge, audit and dpia (see ``matchtafel.cli.main``).

Messages and documents are in the run's language (``--lang``, the settings, the system's)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.cli.main import open_services, output_path, say
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

EXIT_OK = 0


def add_verbs(
    verbs: Any, db_option: argparse.ArgumentParser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    inzage = verbs.add_parser(
        "inzage", parents=[db_option], help="everything stored about one young person (.pdf or .json; logged)"
    )
    inzage.add_argument("code", metavar="CODE", help="the young person's code, e.g. J-2026-0042")
    inzage.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.json")
    inzage.add_argument("--reason", required=True, help="why (e.g. 'verzoek van de jongere'); logged")
    erase = verbs.add_parser("erase", parents=[db_option], help="anonymise one young person now (logged)")
    erase.add_argument("code", metavar="CODE")
    erase.add_argument("--reason", required=True, help="on whose request; logged")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    purge = verbs.add_parser(
        "purge",
        parents=[db_option],
        help="anonymise who is past the retention period (preview without --yes)",
    )
    purge.add_argument(
        "--months", type=int, help="retention in months, at least 1 (default: the settings, 24)"
    )
    purge.add_argument("--yes", action="store_true", help="anonymise what the preview lists")
    audit = verbs.add_parser("audit", parents=[db_option], help="export the audit log (.csv or .xlsx)")
    audit.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    audit.add_argument("--action", default="")
    audit.add_argument("--person", default="", help="who did it (part of the name)")
    audit.add_argument("--young", default="", metavar="CODE", help="about which young person")
    dpia = verbs.add_parser("dpia", parents=[db_option], help="the data inventory for the DPIA as PDF")
    dpia.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    verbs.add_parser(
        "encrypt",
        parents=[db_option],
        help="encrypt a database file with a passphrase (SQLCipher; a backup is made first)",
    )
    return {
        "inzage": _inzage,
        "erase": _erase,
        "purge": _purge,
        "audit": _audit,
        "dpia": _dpia,
        "encrypt": _encrypt,
    }


def _young_person_id(services: Any, code: str) -> int:
    return int(services.young_people.id_of(code))


def _inzage(args: argparse.Namespace) -> int:
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.privacy import write_inzage

    out = output_path(args, (".pdf", ".json"))
    with open_services(args, exclusive=False) as services:
        record = services.retention.subject_access(_young_person_id(services, args.code), args.reason)
    if out.suffix.lower() == ".json":
        data = json.dumps(record, default=str, ensure_ascii=False, indent=2).encode("utf-8")
        path = save_whole(out, lambda handle: handle.write(data))
    else:
        today, language = args.clock.today(), args.language
        path = save_whole(out, lambda handle: write_inzage(record, handle, today=today, language=language))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Inzage of {code} written to {path} (logged)."),
        code=args.code,
        path=path,
    )
    return EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UserError(QT_TRANSLATE_NOOP("cli", "Erasing cannot be undone: add --yes to confirm."))
    with open_services(args, exclusive=True) as services:
        services.retention.erase(_young_person_id(services, args.code), args.reason)
    say(args, QT_TRANSLATE_NOOP("cli", "{code} is anonymised (logged)."), code=args.code)
    return EXIT_OK


def _purge(args: argparse.Namespace) -> int:
    from matchtafel.settings import load_settings

    if args.months is not None and args.months < 1:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "--months is the retention period: at least 1 month, not {months}."),
            months=args.months,
        )
    months = args.months or load_settings().retention_months
    with open_services(args, exclusive=args.yes) as services:
        due = services.retention.preview(months)
        for candidate in due:
            say(
                args,
                QT_TRANSLATE_NOOP("cli", "{code}\tlast activity {last}\tdue since {due}"),
                code=candidate.code,
                last=f"{candidate.last_activity:%d-%m-%Y}",
                due=f"{candidate.due_since:%d-%m-%Y}",
            )
        if args.yes:
            done = services.retention.purge([c.young_person_id for c in due], months)
            say(
                args,
                QT_TRANSLATE_NOOP("cli", "{count} young people anonymised (retention {months} months)."),
                count=done,
                months=months,
            )
        else:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{count} young people would be anonymised (retention {months} months); --yes does it.",
                ),
                count=len(due),
                months=months,
            )
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from matchtafel.io.export import write_table
    from matchtafel.services.audit_log import AuditFilter

    out = output_path(args, (".csv", ".xlsx"))
    with open_services(args, exclusive=False) as services:
        headers, rows = services.audit_log.table(
            AuditFilter(person=args.person, young_person=args.young, action=args.action)
        )
    write_table(out, headers, rows, language=args.language)
    say(args, QT_TRANSLATE_NOOP("cli", "{count} audit lines written to {path}."), count=len(rows), path=out)
    return EXIT_OK


def _dpia(args: argparse.Namespace) -> int:
    from matchtafel.reports.files import save_whole
    from matchtafel.reports.privacy import write_dpia
    from matchtafel.settings import load_settings

    out = output_path(args, (".pdf",), add=".pdf")
    with open_services(args, exclusive=False) as services:
        columns = services.retention.inventory()
    months = load_settings().retention_months
    today, language = args.clock.today(), args.language
    path = save_whole(out, lambda handle: write_dpia(columns, months, handle, today=today, language=language))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Data inventory ({count} fields) written to {path}."),
        count=len(columns),
        path=path,
    )
    return EXIT_OK


def _encrypt(args: argparse.Namespace) -> int:
    """A new file is created encrypted; an existing plain one is converted, after a backup."""
    import getpass
    import os
    import sys

    from matchtafel.cli.main import database_target
    from matchtafel.storage.db import open_database
    from matchtafel.storage.encryption import PASSPHRASE_ENV, encrypt_file

    target = database_target(args)
    if "://" in target:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "Only an SQLite file can be encrypted; a PostgreSQL server protects its own data."
            )
        )
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if not passphrase and sys.stdin.isatty():
        passphrase = getpass.getpass("New passphrase: ")
        if getpass.getpass("The same passphrase again: ") != passphrase:
            raise UserError(QT_TRANSLATE_NOOP("cli", "The two passphrases differ; nothing was changed."))
    if len(passphrase) < 8:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose a passphrase of at least 8 characters."))
    path = Path(target)
    if not path.exists() or path.stat().st_size == 0:
        open_database(path, passphrase=passphrase).close()
        say(
            args,
            QT_TRANSLATE_NOOP(
                "cli", "New encrypted database {path}. The passphrase is not stored anywhere: keep it safe."
            ),
            path=path,
        )
        return EXIT_OK
    backup = encrypt_file(path, passphrase, now=args.clock.now())
    open_database(path, passphrase=passphrase).close()  # it opens with the passphrase
    say(
        args,
        QT_TRANSLATE_NOOP(
            "cli",
            "{path} is encrypted. The unencrypted backup {backup} was made first: "
            "delete it once the encrypted file works.",
        ),
        path=path,
        backup=backup,
    )
    return EXIT_OK

"""The command-line verbs around the table: the matching events and an event's invitation list (see
``matchtafel.cli``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.errors import QT_TRANSLATE_NOOP, UserError

EXIT_OK = 0


def add_verbs(
    verbs: Any, db_option: argparse.ArgumentParser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    verbs.add_parser(
        "events", parents=[db_option], help="list the matching events: id, date, kind, title, counts"
    )
    invitations = verbs.add_parser(
        "invitations",
        parents=[db_option],
        help="an event's invitation list as PDF: young people by code and initials (logged)",
    )
    invitations.add_argument(
        "event", type=int, metavar="EVENT", help="the event's number (see 'matchtafel events')"
    )
    invitations.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    invitations.add_argument("--lang", choices=("nl", "en"), default="nl")
    return {"events": _events, "invitations": _invitations}


def _services(args: argparse.Namespace) -> tuple[Any, Any]:
    from matchtafel.cli import _services_for

    return _services_for(args, exclusive=False)


def _events(args: argparse.Namespace) -> int:
    db, services = _services(args)
    try:
        rows = services.events.rows()
    finally:
        db.close()
    for e in rows:
        print(
            f"{e.id:>4}  {e.starts_at:%Y-%m-%d %H:%M}  {e.kind.value:<16} {e.title}  "
            f"(invited {e.invited}, came {e.present}, contacts {e.contacts}, proposals {e.proposals})"
        )
    return EXIT_OK


def _invitations(args: argparse.Namespace) -> int:
    from matchtafel.reports.events import write_invitation_list
    from matchtafel.reports.files import save_whole

    if args.out.suffix.lower() != ".pdf":
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The invitation list is a PDF: give a name ending in .pdf.")
        )
    db, services = _services(args)
    try:
        data = services.event_outcome.invitation_list(args.event)
    finally:
        db.close()
    path = save_whole(args.out, lambda out: write_invitation_list(data, out, language=args.lang))
    print(f"Invitation list ({len(data.young_people)} young people) written to {path}.")
    return EXIT_OK

"""The command-line verbs around the table: the matching events and an event's invitation list (see
``matchtafel.cli.main``). --db and --lang come from the common options; both verbs only read (a missing database is
an error, never created); messages, kinds and the document are in the run's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP

EXIT_OK = 0


def add_verbs(verbs: Any, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    verbs.add_parser(
        "events", parents=[common], help="list the matching events: id, date, kind, title, counts"
    )
    invitations = verbs.add_parser(
        "invitations",
        parents=[common],
        help="an event's invitation list as PDF: young people by code and initials (logged)",
    )
    invitations.add_argument(
        "event", type=int, metavar="EVENT", help="the event's number (see 'matchtafel events')"
    )
    invitations.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return {"events": _events, "invitations": _invitations}


def _events(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, say
    from matchtafel.domain.words import label

    with open_services(args, exclusive=False) as services:
        rows = services.events.rows()
    for e in rows:
        print(f"{e.id:>4}  {e.starts_at:%Y-%m-%d %H:%M}  {label(e.kind, args.language):<20} ", end="")
        say(
            args,
            QT_TRANSLATE_NOOP(
                "cli",
                "{title}  (invited {invited}, came {present}, contacts {contacts}, proposals {proposals})",
            ),
            title=e.title,
            invited=e.invited,
            present=e.present,
            contacts=e.contacts,
            proposals=e.proposals,
        )
    return EXIT_OK


def _invitations(args: argparse.Namespace) -> int:
    from matchtafel.cli.main import open_services, output_path, say
    from matchtafel.reports.events import write_invitation_list
    from matchtafel.reports.files import save_whole

    out = output_path(args, (".pdf",), add=".pdf")
    with open_services(args, exclusive=False) as services:
        data = services.event_outcome.invitation_list(args.event)
    language = args.language
    path = save_whole(out, lambda handle: write_invitation_list(data, handle, language=language))
    say(
        args,
        QT_TRANSLATE_NOOP("cli", "Invitation list ({count} young people) written to {path}."),
        count=len(data.young_people),
        path=path,
    )
    return EXIT_OK

"""``matchtafel server init|add-user|upgrade``: set up and maintain a shared PostgreSQL server."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from matchtafel.errors import UserError

EXIT_OK = 0
PASSWORD_ENV = "MATCHTAFEL_NEW_PASSWORD"  # for scripts; otherwise asked twice on the terminal


def add_verbs(verbs: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    from matchtafel.server import ROLES

    server = verbs.add_parser("server", help="set up a shared PostgreSQL server (run as its administrator)")
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    for name, text in (
        ("init", "create the schema, the group roles, row-level security and the audit protection"),
        ("upgrade", "migrate the schema and renew the grants and policies"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "--url", required=True, metavar="ADMIN_URL", help="postgresql://admin@host/dbname"
        )
    user = actions.add_parser("add-user", help="a login for one person, with the role of their organisation")
    user.add_argument("login", metavar="LOGIN", help="lower-case letters, digits and _")
    user.add_argument("--organisation", required=True, metavar="NAME")
    user.add_argument("--role", required=True, choices=ROLES)
    user.add_argument(
        "--person", default="", metavar="NAME", help="the person in the register (for nazorg, minutes)"
    )
    user.add_argument("--url", required=True, metavar="ADMIN_URL")
    return {"server": _server}


def _server(args: argparse.Namespace) -> int:
    from matchtafel.server import add_user, init_server

    if args.server_action in ("init", "upgrade"):
        init_server(args.url)  # migrations first (the same as every database), then grants and policies
        print(
            f"Server {'set up' if args.server_action == 'init' else 'upgraded'}: roles, grants and policies in place."
        )
        return EXIT_OK
    password = os.environ.get(PASSWORD_ENV, "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.login}: ")
        if getpass.getpass("The same password again: ") != password:
            raise UserError("The two passwords differ; nothing was changed.")
    if len(password) < 12:
        raise UserError("Choose a password of at least 12 characters.")
    add_user(
        args.url,
        args.login,
        organisation=args.organisation,
        role=args.role,
        password=password,
        person=args.person,
    )
    print(
        f"Login {args.login} ({args.role}, {args.organisation}) created. The password is not stored by Matchtafel."
    )
    return EXIT_OK

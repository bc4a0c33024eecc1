"""``matchtafel server init|add-user|upgrade``: set up and maintain a shared PostgreSQL server."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from matchtafel.domain.errors import UserError

EXIT_OK = 0
PASSWORD_ENV = "MATCHTAFEL_NEW_PASSWORD"  # for scripts; otherwise asked twice on the terminal


def add_verbs(verbs: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    from matchtafel.storage.server import ROLES

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
    connect = verbs.add_parser(
        "connect", help="work on a shared PostgreSQL server from now on (--local: the file on this computer)"
    )
    connect.add_argument("--host", default="")
    connect.add_argument("--port", type=int, default=5432)
    connect.add_argument("--database", default="matchtafel")
    connect.add_argument("--user", default="", help="your own login on the server")
    connect.add_argument(
        "--sslmode", choices=("disable", "prefer", "require", "verify-full"), default="prefer"
    )
    connect.add_argument("--ca-file", default="", metavar="FILE", help="the CA certificate for verify-full")
    connect.add_argument("--local", action="store_true", help="back to the local file")
    return {"server": _server, "connect": _connect}


def _server(args: argparse.Namespace) -> int:
    from matchtafel.storage.server import add_user, init_server

    if args.server_action in ("init", "upgrade"):
        # roles and ownership, the migrations as the owner, then functions, policies and grants
        found = init_server(args.url)
        print(
            f"Server {'set up' if args.server_action == 'init' else 'upgraded'}: owner role, grants, "
            "row-level security and triggers in place."
        )
        for warning in found:
            print(f"Warning: {warning}")
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


def _connect(args: argparse.Namespace) -> int:
    """Test the connection first; then remember the server (settings) and the password (system keyring)."""
    from dataclasses import replace

    from matchtafel.settings import load_settings, save_settings, server_url
    from matchtafel.storage.credentials import remember_server_password
    from matchtafel.storage.db import open_database

    settings = load_settings()
    if args.local:
        save_settings(replace(settings, use_server=False))
        print("Matchtafel works on the local file again.")
        return EXIT_OK
    if not args.host or not args.user:
        raise UserError("Give at least --host and --user (or --local).")
    if args.sslmode == "verify-full" and not args.ca_file:
        raise UserError("verify-full needs the server's CA certificate: give --ca-file.")
    chosen = replace(
        settings,
        use_server=True,
        server_host=args.host,
        server_port=args.port,
        server_database=args.database,
        server_user=args.user,
        server_sslmode=args.sslmode,
        server_ca_file=args.ca_file,
    ).validated()
    password = os.environ.get("MATCHTAFEL_SERVER_PASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(f"Password of {args.user} on {args.host}: ")
    open_database(server_url(chosen, password or None), exclusive=False).close()  # a clear message within 5 s
    save_settings(chosen)
    if password:
        try:
            remember_server_password(args.user, args.host, password)
        except UserError as exc:
            print(f"Connected, but the password is not remembered: {exc.message}")
            return EXIT_OK
    print(
        f"Connected to {args.host}/{args.database} as {args.user}; Matchtafel uses this server from now on."
    )
    return EXIT_OK

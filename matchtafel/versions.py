"""Which versions this Matchtafel runs on: for "Over Matchtafel", ``--version`` and a problem report.

Each is looked up when asked (Qt and SQLCipher are not loaded for it before they are needed).
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from matchtafel import __version__


def qt_version() -> str:
    try:
        import PySide6  # noqa: TID251 (the version it runs with, for --version and the log)
        from PySide6.QtCore import qVersion  # noqa: TID251 (as above)
    except ImportError:
        return "-"
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def sqlcipher_version() -> str:
    try:
        import sqlcipher3
    except ImportError:
        return "-"
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return f"{row[0] if row else '?'} (sqlcipher3, SQLite {sqlcipher3.sqlite_version})"


def runtime_versions() -> list[tuple[str, str]]:
    """(what, version) pairs, in the order a reader wants them."""
    return [
        ("Matchtafel", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qt_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLCipher", sqlcipher_version()),
        ("Platform", f"{platform.platform(terse=True)} {platform.machine()}"),
        ("Frozen app", "yes" if getattr(sys, "frozen", False) else "no"),
    ]


class VersionAction(argparse.Action):
    """``matchtafel --version``: the app's version and what it runs on, looked up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        lines = [f"matchtafel {__version__}"]
        lines += [f"  {name}: {version}" for name, version in runtime_versions()[1:]]
        if sys.stdout is not None:  # a windowed app on Windows may have none
            print("\n".join(lines))
        parser.exit()

"""Arrows point one way (ARCHITECTURE.md): ui -> services -> models -> storage; domain, matching, io and reports
stay pure; only ui (the composition root ui/app*.py among it) knows Qt; the command line never builds a widget.

Ruff says the same while one types (TID251: a ``ruff.toml`` per room bans what the room may not import); the
tests here also see imports that ruff's list cannot express (the composition root opening the database)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "matchtafel"


def imports_of(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def test_pure_packages_import_neither_qt_nor_the_orm_nor_the_ui() -> None:
    for folder in ("matching", "io", "reports", "models", "services"):
        for file, names in imports_of(folder).items():
            bad = {n for n in names if n.startswith(("PySide6", "matchtafel.ui"))}
            if folder in ("matching", "io", "reports"):
                bad |= {
                    n
                    for n in names
                    if n.startswith(("sqlalchemy", "matchtafel.services", "matchtafel.models"))
                }
            assert not bad, f"{file} imports {bad}"


def test_domain_is_pure() -> None:
    """Rules only: no Qt, no database, and none of the rooms that use them."""
    for file, names in imports_of("domain").items():
        bad = {
            n
            for n in names
            if n.startswith(("PySide6", "sqlalchemy", "alembic"))
            or (
                n.startswith("matchtafel.")
                and not n.startswith(("matchtafel.domain", "matchtafel.clock", "matchtafel.paths"))
            )
        }
        assert not bad, f"{file} imports {bad}"


def test_storage_knows_no_screen_and_no_command() -> None:
    """Storage may read the schema (models) and, to set up a server's logins, name people as the services do;
    it never reaches up to a screen or the command line."""
    for file, names in imports_of("storage").items():
        bad = {n for n in names if n.startswith(("PySide6", "matchtafel.ui", "matchtafel.cli"))}
        assert not bad, f"{file} imports {bad}"


def test_qt_lives_in_ui_and_the_composition_root_only() -> None:
    for folder in ("domain", "storage", "models", "services", "matching", "io", "reports", "demo", "cli"):
        for file, names in imports_of(folder).items():
            bad = {n for n in names if n.startswith("PySide6")}
            assert not bad, f"{file} imports {bad}"


def test_models_do_not_import_services() -> None:
    for file, names in imports_of("models").items():
        assert not any(n.startswith("matchtafel.services") for n in names), file


COMPOSITION_ROOT = ("ui/app.py", "ui/app_start.py", "ui/app_backups.py")


def test_ui_builds_no_queries() -> None:
    """Screens ask services; only the composition root opens the database (and hands the window plain values)."""
    for file, names in imports_of("ui").items():
        forbidden = ("sqlalchemy", "matchtafel.models") + (
            () if file in COMPOSITION_ROOT else ("matchtafel.storage.db",)
        )
        assert not any(n.startswith(forbidden) for n in names), file


def test_every_rooms_ruff_list_keeps_the_clock_bans() -> None:
    """A room's ``ruff.toml`` replaces the project's banned list: each must repeat the clock's lines, and every
    room but ui/ bans Qt."""
    import tomllib

    root = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    clock = root["tool"]["ruff"]["lint"]["flake8-tidy-imports"]["banned-api"]
    configs = sorted(PACKAGE.rglob("ruff.toml"))
    assert {str(c.parent.relative_to(PACKAGE)) for c in configs} >= {
        ".",
        "ui",
        "domain",
        "matching",
        "io",
        "reports",
    }
    for config in configs:
        banned = tomllib.loads(config.read_text(encoding="utf-8"))["lint"]["flake8-tidy-imports"][
            "banned-api"
        ]
        assert clock.items() <= banned.items(), config
        assert ("PySide6" in banned) == (config.parent.name != "ui"), config


def test_the_window_can_show_before_the_database_layer_is_imported() -> None:
    """Start-up shows the window first; SQLAlchemy, Alembic and reportlab load afterwards."""
    import subprocess
    import sys

    code = (
        "import sys, matchtafel.ui.app, matchtafel.ui.main_window, matchtafel.cli.main; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""Arrows point one way (ARCHITECTURE.md): ui -> services -> models -> storage; domain, matching, io and reports
stay pure; only ui and the composition root (app*) know Qt; the command line never builds a widget."""

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


def test_ui_builds_no_queries() -> None:
    for file, names in imports_of("ui").items():
        assert not any(
            n.startswith(("sqlalchemy", "matchtafel.models", "matchtafel.storage.db")) for n in names
        ), file


def test_the_window_can_show_before_the_database_layer_is_imported() -> None:
    """Start-up shows the window first; SQLAlchemy, Alembic and reportlab load afterwards."""
    import subprocess
    import sys

    code = (
        "import sys, matchtafel.app, matchtafel.ui.main_window, matchtafel.cli.main; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from matchtafel.demo.region import generate_demo
from matchtafel.services import Services
from matchtafel.storage.db import Database
from matchtafel.ui.i18n import install_translators

from .prompts import refuse_real_dialogs


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> None:
    """The app installs its translators at start; the widget tests see the English interface."""
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def no_real_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A screen given no ``FakePrompts`` fails its test at its first question instead of hanging it in a
    modal loop; a test marked ``real_dialogs`` answers the real ones (with a timer and keys)."""
    if request.node.get_closest_marker("real_dialogs") is None:
        refuse_real_dialogs(monkeypatch)


@pytest.fixture
def session_demo(db: Database, services: Services) -> Services:
    """The small demo with its history of sessions; run mode opens the upcoming one."""
    generate_demo(db.sessions, size="small", seed=17, clock=services.clock)
    return services

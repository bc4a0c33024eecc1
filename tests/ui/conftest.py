from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from matchtafel.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> None:
    """The app installs its translators at start; the widget tests see the English interface."""
    install_translators(qapp, "en")

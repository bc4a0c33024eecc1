"""The first start: who is this? Name and organisation, asked once the database is open (the organisations to
pick from are read with it, off the UI thread), remembered in the settings; a new organisation is added."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from matchtafel.settings import save_settings
from matchtafel.ui.change_feed import Area, announce
from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from matchtafel.services import Services
    from matchtafel.ui.app import Matchtafel


class FirstStart:
    def __init__(self, app: Matchtafel) -> None:
        self.app = app

    def ask(self, organisations: list[str], kinds: list[tuple[int, str]]) -> bool:
        """Name and organisation (a new one is added); False when the person cancels: the app ends."""
        from matchtafel.services import Actor, Services
        from matchtafel.settings import demo_database
        from matchtafel.ui.user_dialog import UserDialog

        app = self.app
        assert app.database is not None
        dialog = UserDialog(
            organisations=organisations,
            kinds=kinds,
            demo=os.path.abspath(app.target) == os.path.abspath(demo_database()),
            database=app.database.description,
            parent=app.window,
        )
        answer = dialog.values() if app.prompts.run(dialog) else None
        if answer is None:
            print("matchtafel: Matchtafel needs your name to record who changes what.", file=sys.stderr)
            app.refused = True
            app.window.close()  # the last window: the app ends
            return False
        app.settings = replace(app.settings, user_name=answer.name, user_organisation=answer.organisation)
        save_settings(app.settings)
        services = Services.create(
            app.database.sessions,
            Actor(app.settings.user_name, app.settings.user_organisation),
            clock=app.clock,
        )
        app.services = services
        app.window.show_user(app.settings.actor_label)
        if answer.new_kind_id is not None:
            from matchtafel.services.organisations import OrganisationInput

            data = OrganisationInput(name=answer.organisation, kind_id=answer.new_kind_id)
            run_in_background(
                lambda: services.organisations.create(data),
                lambda _row: announce(Area.ORGANISATIONS),
                self._organisation_not_added,
                owner=app.window,
            )
        return True

    def _organisation_not_added(self, error: Exception) -> None:
        from matchtafel.domain.errors import UserError
        from matchtafel.ui.i18n import user_message

        if not isinstance(error, UserError):
            raise error  # a bug: the exception hook logs it and says so
        self.app.window.statusBar().showMessage(user_message(error), 15_000)


def first_start_choices(services: Services) -> tuple[list[str], list[tuple[int, str]]]:
    """The organisations to pick from, and the kinds a new one can have (in the interface language). Runs on
    the pool thread that opens the database."""
    from matchtafel.ui.i18n import interface_language

    dutch = interface_language() == "nl"
    organisations = [row.name for row in services.organisations.rows()]
    kinds = [
        (
            kind.id,
            f"{kind.name_nl if dutch else kind.name_en}"
            + (f" ({kind.country})" if kind.country != "NL" else ""),
        )
        for kind in services.organisations.kinds()
    ]
    return organisations, kinds

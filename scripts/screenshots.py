"""Render every screen with the demo data to screenshots/*.png (offscreen grab: same pixels as a screen).

python scripts/screenshots.py [--db DEMO_DB] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("sessions", "young_people", "vacancies", "employers", "organisations")


def screenshot_prompts() -> object:
    """The pages' prompts: the next form a page opens is grabbed instead of run modally (``capture_form``)."""
    from PySide6.QtWidgets import QDialog

    from matchtafel.ui.widgets.prompts import Prompts

    class ScreenshotPrompts(Prompts):
        capture: object = None

        def run(self, dialog: QDialog) -> bool:
            assert self.capture is not None, f"an unexpected dialog: {dialog.windowTitle()}"
            capture, self.capture = self.capture, None
            capture(dialog)  # type: ignore[operator]
            return False

    return ScreenshotPrompts()


def capture_form(page: object, name: str, size: tuple[int, int], save: object) -> None:
    """Instead of running the next form modally: show it, grab it, close it."""

    def show(form: QWidget) -> None:
        form.show()
        form.resize(*size)
        save(form, name)  # type: ignore[operator]
        form.done(0)  # type: ignore[attr-defined]

    page.prompts.capture = show  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="demo database (default: a fresh small demo)")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()

    from matchtafel.demo.region import generate_demo
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    target = args.db or str(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    if not args.db:
        db = open_database(target)
        generate_demo(db.sessions, size="small", seed=42)
        db.close()
    db = open_database(target)
    services = Services.create(db.sessions, Actor("Anna de Wit", "Werkgeversservicepunt Achterhoek"))
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    app = QApplication(sys.argv[:1])
    from matchtafel.ui.widgets.theme import apply_look

    apply_look(app)

    from matchtafel.domain.vocabulary import CaseStatus
    from matchtafel.ui.i18n import install_translators
    from matchtafel.ui.main_window import MainWindow
    from matchtafel.ui.sections.follow_up.supporters_page import SupportersSection
    from matchtafel.ui.sections.registers import OrganisationsPage, build_register_pages
    from matchtafel.ui.sections.registers.register_page import RegisterPage
    from matchtafel.ui.sections.run.sessions_page import SessionsPage
    from matchtafel.ui.widgets.labels import reset_labels

    def save(widget: QWidget, name: str) -> None:
        from PySide6.QtCore import QThreadPool

        app.processEvents()
        QThreadPool.globalInstance().waitForDone()  # lists and suggestions loading in the background
        app.processEvents()
        app.processEvents()  # the layout of what the results just added
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def settle() -> None:
        """Until what runs off the UI thread (run mode's reads of its session) has landed."""
        from PySide6.QtCore import QThreadPool

        for _ in range(3):  # a result may start the next read
            app.processEvents()
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    for language in ("nl", "en"):
        translators = install_translators(app, language)
        reset_labels()
        window = MainWindow()
        window.resize(1366, 768)
        window.show_user("Anna de Wit (Werkgeversservicepunt Achterhoek)")
        window.show_database(Path(target).name)
        window.show_counts(services.overview.counts())
        pages = build_register_pages(services, services.overview.sectors(), prompts=screenshot_prompts())  # type: ignore[arg-type]
        window.install_pages(pages)
        for key, page in pages.items():  # load synchronously, not on a pool thread
            if key in ("follow_up", "overview", "privacy"):
                continue  # loaded when shown, below
            if isinstance(page, OrganisationsPage):
                inner: list[QWidget] = [page.organisations, page.people]
            elif isinstance(page, SupportersSection):
                inner = [page.supporters, page.events]
            elif isinstance(page, SessionsPage):
                inner = [page.list_page]
            else:
                inner = [page]
            for register_page in inner:
                assert isinstance(register_page, RegisterPage)
                register_page.set_rows(register_page.register.load(False))
                if register_page.side_panel is not None and register_page.model.rowCount():
                    register_page.select(lambda row: getattr(row, "status", "open") == "open")
                    register_page.side_panel.load_now(register_page.current_row().id)  # type: ignore[attr-defined]
        window.show()
        from PySide6.QtCore import QThreadPool

        app.processEvents()
        QThreadPool.globalInstance().waitForDone()  # background loads started by the window
        app.processEvents()
        for index, key in enumerate(SECTIONS):
            window.navigation.setCurrentRow(index)
            save(window, f"{key}_{language}")
        young = pages["young_people"]
        assert isinstance(young, RegisterPage)
        window.navigation.setCurrentRow(1)
        young.search.setText("doetinchem")
        save(window, f"young_people_filtered_{language}")
        young.search.clear()
        with_history = next(
            row for row in young.model.visible_rows() if services.history.of_young_person(row.id).proposals
        )
        young.select(lambda row, wanted=with_history.id: row.id == wanted)
        capture_form(young, f"young_person_form_{language}", (1100, 760), save)
        young.open_current()
        leaver = next(
            row
            for row in young.model.visible_rows()
            if (kept := services.leavers.of_young_person(row.id)) is not None and kept.moments[1].status
        )
        young.select(lambda row, wanted=leaver.id: row.id == wanted)
        capture_form(young, f"young_person_leaver_{language}", (1100, 900), save)
        young.open_current()
        vacancies = pages["vacancies"]
        assert isinstance(vacancies, RegisterPage)
        capture_form(vacancies, f"vacancy_form_{language}", (760, 760), save)
        vacancies.create_new()
        sessions = pages["sessions"]
        assert isinstance(sessions, SessionsPage)
        window.navigation.setCurrentRow(0)
        sessions.list_page.set_rows(sessions.list_page.register.load(False))
        sessions.list_page.select(lambda row: row.status == "planned")
        sessions.run_current()
        settle()  # run mode opens once the session is read
        screen = sessions.run_screen
        assert screen is not None
        save(window, f"run_review_{language}")
        # mid-session: the first case discussed, the second with notes, two agreements and a proposal
        screen.next_case()
        screen.notes.setPlainText("Stage liep goed; zoekt een leerbaan in de buurt.")
        screen.save_notes()
        screen.services.agenda.set_case_status(screen.current_case().id, CaseStatus.DISCUSSED)
        screen.reload()
        settle()
        screen.next_case()
        screen.notes.setPlainText(
            "Wil graag in de zorg werken; heeft nog geen rijbewijs. Jobcoach bij de start."
        )
        screen.save_notes()
        owner = next(name for _, name, invited in screen.view.people if invited).split()[0]
        for action, who, when in (
            ("Cv bijwerken samen met de jongere en opsturen naar de werkgever", owner, "vr"),
            ("Proefplaatsing bespreken met de jobcoach", "", "geen termijn"),
        ):
            screen.action.setText(action)
            screen.owner.setText(who)
            screen.deadline.setText(when)
            screen.add_agreement()
            settle()
        screen.suggestions.load_now(screen.current_case().young_person_id)
        if screen.suggestions.current() is not None:
            screen.suggestions.propose_current()
        screen.suggestions.load_now(screen.current_case().young_person_id)
        screen.action.setFocus()
        save(window, f"run_session_{language}")
        screen.toggle_table_screen()
        table = screen.table.window
        assert table is not None
        for width, height in ((1920, 1080), (1280, 720)):
            table.resize(width, height)
            screen._sync_table()
            save(table, f"table_screen_{width}_{language}")
        screen.show_review()
        table.resize(1920, 1080)
        save(table, f"table_screen_agenda_{language}")
        table.close()
        sessions.back_to_list()
        follow_up = pages["follow_up"]
        window.navigation.setCurrentRow(5)
        follow_up.reload()  # type: ignore[attr-defined]
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        follow_up.proposals.owner.setCurrentIndex(1)  # type: ignore[attr-defined]  everyone's
        follow_up.proposals.table.setFocus()  # type: ignore[attr-defined]
        save(window, f"follow_up_proposals_{language}")
        follow_up.setCurrentWidget(follow_up.checkpoints)  # type: ignore[attr-defined]
        follow_up.checkpoints.days_ahead.setValue(30)  # type: ignore[attr-defined]
        save(window, f"follow_up_nazorg_{language}")
        follow_up.setCurrentWidget(follow_up.contact_moments)  # type: ignore[attr-defined]
        follow_up.contact_moments.days_ahead.setValue(30)  # type: ignore[attr-defined]
        save(window, f"follow_up_leavers_{language}")
        window.navigation.setCurrentRow(6)
        save(window, f"overview_{language}")
        window.navigation.setCurrentRow(7)
        privacy = pages["privacy"]
        privacy.reload()  # type: ignore[attr-defined]
        save(window, f"privacy_{language}")
        around = pages["supporters"]
        assert isinstance(around, SupportersSection)
        window.navigation.setCurrentRow(8)
        around.setCurrentWidget(around.supporters)
        save(window, f"supporters_{language}")
        around.setCurrentWidget(around.links)
        around.links._loaded(services.mentoring.links(), None)
        around.links.status.setCurrentIndex(1)  # all statuses: the ended links and their reasons too
        around.links.table.selectRow(0)
        save(window, f"links_{language}")
        around.setCurrentWidget(around.events)
        save(window, f"events_{language}")
        around.events.select(lambda row: row.present > 0)
        capture_form(around.events, f"event_form_{language}", (1180, 760), save)
        around.events.open_current()
        window.show_reminders(services.reminders.reminders())
        window.navigation.setCurrentRow(0)
        save(window, f"reminders_{language}")
        from matchtafel.paths import resources_dir
        from matchtafel.ui.sections.registers.import_wizard import ImportWizard

        wizard = ImportWizard(services=services, backup=lambda: None)
        wizard.resize(900, 620)
        wizard.show()
        bad = Path(tempfile.mkdtemp()) / "jongeren.csv"
        bad.write_bytes(
            (
                "Studentnummer;School;Voornaam;Achternaam;Niveau;Uren per week;BSN\n"
                "9001;Achterhoek College;Sem;Smit;vijf;32;123456782\n"
                "9002;Achterhoek College;Lina;Bos;2;24,0;\n"
                "9003;Onbekend College;Noor;Jansen;3;70;\n"
            ).encode("cp1252")
        )
        wizard.file_page.path.setText(str(bad))
        wizard.next()
        save(wizard, f"import_columns_{language}")
        wizard.next()
        save(wizard, f"import_check_{language}")
        wizard.close()
        del resources_dir
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    db.close()
    kempen(app, out, save)
    return 0


def kempen(app: QApplication, out: Path, save: object) -> None:
    """The Flemish table (matchtafel demo --region kempen): its young people and its overview, in Dutch."""
    from PySide6.QtCore import QThreadPool

    from matchtafel.demo.region import generate_demo
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database
    from matchtafel.ui.i18n import install_translators
    from matchtafel.ui.main_window import MainWindow
    from matchtafel.ui.sections.registers import build_register_pages
    from matchtafel.ui.sections.registers.register_page import RegisterPage
    from matchtafel.ui.widgets.labels import reset_labels

    target = str(Path(tempfile.mkdtemp()) / "kempen.sqlite3")
    db = open_database(target)
    generate_demo(db.sessions, size="small", seed=42, region="kempen")
    services = Services.create(db.sessions, Actor("Lotte Peeters", "VDAB Turnhout"))
    translators = install_translators(app, "nl")
    reset_labels()
    window = MainWindow()
    window.resize(1366, 768)
    window.show_user("Lotte Peeters (VDAB Turnhout)")
    window.show_database(Path(target).name)
    window.show_counts(services.overview.counts())
    pages = build_register_pages(services, services.overview.sectors(), prompts=screenshot_prompts())  # type: ignore[arg-type]
    window.install_pages(pages)
    young = pages["young_people"]
    assert isinstance(young, RegisterPage)
    young.set_rows(young.register.load(False))
    window.show()
    window.navigation.setCurrentRow(1)
    young.select(lambda row: row.level == "buso")
    young.side_panel.load_now(young.current_row().id)  # type: ignore[union-attr]
    save(window, "kempen_young_people_nl")  # type: ignore[operator]
    window.navigation.setCurrentRow(6)
    for _ in range(3):  # the figures on their pool thread, then the charts laid out
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    from PySide6.QtWidgets import QScrollArea

    charts = pages["overview"].findChild(QScrollArea)
    assert charts is not None
    charts.verticalScrollBar().setValue(
        charts.verticalScrollBar().maximum()
    )  # the employers engaged, the target
    save(window, "kempen_overview_nl")  # type: ignore[operator]
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    QThreadPool.globalInstance().waitForDone()
    db.close()


if __name__ == "__main__":
    sys.exit(main())

"""Render the screens with the demo data to screenshots/*.png (offscreen grab: same pixels as a screen).

python scripts/screenshots.py [--db DEMO_DB]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="demo database (default: a fresh small demo)")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()

    from matchtafel.db import open_database
    from matchtafel.services import Actor, Services
    from matchtafel.services.demo import generate_demo
    from matchtafel.ui.i18n import install_translators

    target = args.db
    if not target:
        target = str(Path(tempfile.mkdtemp()) / "demo.sqlite3")
        db = open_database(target)
        generate_demo(db.sessions, size="small", seed=42)
        db.close()
    db = open_database(target, exclusive=False)
    counts = Services.create(db.sessions, Actor("Screenshots")).overview.counts()
    db.close()

    out = Path(args.out)
    out.mkdir(exist_ok=True)
    app = QApplication(sys.argv[:1])
    from matchtafel.ui.main_window import MainWindow

    for language in ("nl", "en"):
        translators = install_translators(app, language)
        for section_index, name in ((0, "sessions"), (1, "young_people")):
            window = MainWindow()
            window.resize(1366, 768)
            window.show_user("Anna de Wit (WSP Achterhoek)")
            window.show_database("demo.sqlite3")
            window.show_counts(counts)
            window.navigation.setCurrentRow(section_index)
            window.show()
            app.processEvents()
            path = out / f"main_window_{name}_{language}.png"
            window.grab().save(str(path))
            print(path)
            window.close()
        for translator in translators:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())

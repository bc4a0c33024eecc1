"""Import figures (issue 8): 10,000 young people from XLSX and from CSV into a demo database, with the
check, the backup copy and the write, as the wizard does them. Prints, never asserts.

python benchmarks/importing.py DB [--size 20k] [--runs 5]

Each run imports into a fresh copy of DB (a register of that size), half of the rows new and half
updating young people already there (matched on school and student number, as a second import of a
school's list does).
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit

HEADERS = [
    "Studentnummer",
    "School",
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Niveau",
    "Woonplaats",
    "Beschikbaar vanaf",
    "Uren per week",
    "Gewenste sectoren",
    "Rijbewijs",
]


def write_files(folder: Path, existing: list[tuple[str, str]], rows: int = 10_000) -> dict[str, Path]:
    """``existing``: (student number, school) of young people in the database; half the file updates them."""
    from openpyxl import Workbook

    updates = existing[: rows // 2]
    keys = updates + [(f"{900000 + i:06d}", existing[0][1]) for i in range(rows - len(updates))]
    table = [
        [
            number,
            school,
            f"Jo{i}",
            "van",
            "Dijk",
            str(1 + i % 4),
            "Doetinchem",
            f"{1 + i % 28:02d}-03-2027",
            "32",
            "Zorg en welzijn, Logistiek en transport",
            "nee",
        ]
        for i, (number, school) in enumerate(keys)
    ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    for row in table:
        sheet.append(row)
    book.save(folder / "jongeren.xlsx")
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([HEADERS, *table])
    (folder / "jongeren.csv").write_bytes(buffer.getvalue().encode("cp1252"))
    return {"xlsx": folder / "jongeren.xlsx", "csv": folder / "jongeren.csv"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import sqlite3

    from matchtafel.clock import SYSTEM_CLOCK
    from matchtafel.io.import_spec import YOUNG_PEOPLE, guess_mapping
    from matchtafel.io.tabular import read_file
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    folder = Path(tempfile.mkdtemp())
    with sqlite3.connect(args.db) as source:
        existing = source.execute(
            "SELECT y.student_number, o.name FROM young_people y JOIN organisations o ON o.id = y.school_id "
            "WHERE y.student_number IS NOT NULL AND y.archived_at IS NULL ORDER BY y.id"
        ).fetchall()
    source.close()
    files = write_files(folder, existing)
    for kind, path in files.items():
        times = []
        for attempt in range(args.runs):
            copy = folder / f"db-{kind}-{attempt}.sqlite3"
            shutil.copyfile(args.db, copy)
            db = open_database(copy)
            services = Services.create(db.sessions, Actor("benchmark"))
            started = time.perf_counter()
            table = read_file(path)
            mapping = guess_mapping(table.headers, YOUNG_PEOPLE)
            summary = services.imports.check("jongeren", table, mapping)
            assert not summary.problems, summary.problems[:3]
            db.backup("import", now=SYSTEM_CLOCK.now())
            done = services.imports.run("jongeren", table, mapping)
            times.append(time.perf_counter() - started)
            assert done.new + done.updated + done.unchanged == 10_000, done
            db.close()
            for leftover in folder.glob(f"db-{kind}-{attempt}*"):
                leftover.unlink()
        emit(
            Figure(
                f"import.{kind}",
                f"Import 10,000 young people from {kind.upper()}, half new (read, check, backup, write)",
                "s",
                times,
                args.size,
            )
        )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

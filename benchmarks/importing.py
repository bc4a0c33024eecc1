"""Import figures (issue 8): 10,000 rows from XLSX and from CSV, with validation. Prints, never asserts.

python benchmarks/importing.py
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> list[tuple[str, str, str]]:
    from openpyxl import Workbook

    from matchtafel.clock import SYSTEM_CLOCK
    from matchtafel.db import open_database
    from matchtafel.io.import_spec import YOUNG_PEOPLE, guess_mapping
    from matchtafel.io.tabular import read_file
    from matchtafel.services import Actor, Services
    from matchtafel.services.demo import generate_demo

    folder = Path(tempfile.mkdtemp())
    headers = [
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
    rows = [
        [
            f"{i:06d}",
            "Achterhoek College",
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
        for i in range(10_000)
    ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(folder / "jongeren.xlsx")
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([headers, *rows])
    (folder / "jongeren.csv").write_bytes(buffer.getvalue().encode("cp1252"))

    results = []
    for name in ("jongeren.xlsx", "jongeren.csv"):
        times = []
        for attempt in range(2):
            db = open_database(folder / f"db-{name}-{attempt}.sqlite3")
            generate_demo(db.sessions, size="small", seed=1)
            services = Services.create(db.sessions, Actor("benchmark"))
            started = time.perf_counter()
            table = read_file(folder / name)
            mapping = guess_mapping(table.headers, YOUNG_PEOPLE)
            summary = services.imports.check("jongeren", table, mapping)
            assert not summary.problems, summary.problems[:3]
            db.backup("import", now=SYSTEM_CLOCK.now())
            done = services.imports.run("jongeren", table, mapping)
            times.append(time.perf_counter() - started)
            assert done.new == 10_000
            db.close()
        results.append(
            (
                f"import 10,000 young people from {name.split('.')[1].upper()} (read, check, backup, write)",
                f"{statistics.median(times):.2f} s",
                "goal <= 5 s",
            )
        )
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from registers import print_table  # type: ignore[import-not-found]

    print_table(main())

"""Write the import templates resources/templates/*.xlsx: the expected columns and one example row.

python scripts/make_templates.py
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates"

TEMPLATES = {
    "jongeren.xlsx": (
        [
            "Studentnummer",
            "School",
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "Geboortejaar",
            "Opleiding",
            "Crebo",
            "Niveau",
            "Leerweg",
            "Woonplaats",
            "Beschikbaar vanaf",
            "Uren per week",
            "Gewenste sectoren",
            "Rijbewijs",
            "Reist zelfstandig",
            "Jobcoach",
        ],
        [
            "00123",
            "Achterhoek College",
            "Zoë",
            "van der",
            "Berg",
            2008,
            "Logistiek medewerker",
            "25410",
            "2",
            "BOL",
            "Doetinchem",
            "01-02-2027",
            32,
            "Logistiek en transport, Metaal",
            "nee",
            "ja",
            "nee",
        ],
    ),
    "vacatures.xlsx": (
        [
            "Vacaturenummer",
            "Werkgever",
            "Functie",
            "Soort",
            "Sector",
            "Niveau",
            "Crebo",
            "Plaats",
            "Uren min",
            "Uren max",
            "Startdatum",
            "Open tot",
            "Aantal plekken",
            "Rijbewijs vereist",
            "Jobcoaching mogelijk",
            "Banenafspraak",
        ],
        [
            "V-2026-0001",
            "Bakkerij Ter Horst",
            "Medewerker bakkerij",
            "baan",
            "Voedingsindustrie",
            "2",
            "",
            "Winterswijk",
            16,
            24,
            "05-01-2027",
            "31-12-2026",
            1,
            "nee",
            "ja",
            "ja",
        ],
    ),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (headers, example) in TEMPLATES.items():
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Matchtafel"
        sheet.append(headers)
        sheet.append(example)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            letter = column[0].column_letter
            sheet.column_dimensions[letter].width = max(12, len(str(column[0].value)) + 4)
        book.save(OUT / name)
        print(OUT / name)


if __name__ == "__main__":
    main()

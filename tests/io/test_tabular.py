"""Files as Dutch offices save them: cp1252 with ;, quoted ; cells, BOM, Excel dates, merged headers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import Leerweg, Level
from matchtafel.io import cells
from matchtafel.io.import_spec import YOUNG_PEOPLE, guess_mapping, ignored_columns, parse_rows
from matchtafel.io.tabular import detect_delimiter, detect_encoding, read_csv, read_file, read_xlsx


def test_cp1252_with_semicolons_as_dutch_excel_writes_it() -> None:
    data = "Studentnummer;Voornaam;Woonplaats\r\n00123;Zoë;'s-Heerenberg\r\n".encode("cp1252")
    table = read_csv(data)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers == ["Studentnummer", "Voornaam", "Woonplaats"]
    assert table.rows == [["00123", "Zoë", "'s-Heerenberg"]]


def test_utf8_with_bom_and_a_quoted_cell_holding_the_delimiter() -> None:
    data = '\ufeffFunctie;Omschrijving;Plaats\n"Kok";"Snijden; koken; afwassen";Aalten\n'.encode()
    table = read_csv(data)
    assert table.encoding == "utf-8-sig" and table.headers[0] == "Functie"
    assert table.rows == [["Kok", "Snijden; koken; afwassen", "Aalten"]]


@pytest.mark.parametrize(
    "text, delimiter",
    [
        ("a;b;c\n1;2;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('a;b\n"1,5";"x,y"\n', ";"),
    ],
)
def test_delimiter_is_found_by_counting_outside_quotes(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_encoding_detection() -> None:
    assert detect_encoding(b"\xef\xbb\xbfabc") == "utf-8-sig"
    assert detect_encoding("Zoë".encode()) == "utf-8"
    assert detect_encoding("Zoë".encode("cp1252")) == "cp1252"


def test_empty_rows_and_trailing_columns_are_ignored_and_title_rows_skipped() -> None:
    data = b"Jongeren 2026;;;\n;;;\nStudentnummer;Niveau;;\n1;2;;\n;;;\n2;3;;\n;;;\n"
    table = read_csv(data)
    assert table.headers == ["Studentnummer", "Niveau"]
    assert table.rows == [["1", "2"], ["2", "3"]]
    assert table.row_numbers == [4, 6]


def test_xlsx_with_excel_dates_numbers_and_a_merged_header(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Vacatures Achterhoek"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Vacaturenummer", "Uren", None, "Open tot"])  # "Uren" merged over two columns
    sheet.merge_cells("B2:C2")
    sheet.append(["00042", 16, 24, datetime(2026, 12, 31)])
    sheet.append([None, None, None, None])
    path = tmp_path / "v.xlsx"
    book.save(path)
    table = read_file(path)
    assert table.headers == ["Vacaturenummer", "Uren", "Uren (3)", "Open tot"]
    assert table.rows == [["00042", 16, 24, datetime(2026, 12, 31)]]
    assert cells.code(table.rows[0][0]) == "00042"
    assert cells.day(table.rows[0][3]) == date(2026, 12, 31)


def test_a_broken_xlsx_or_empty_file_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not an Excel"):
        read_xlsx(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="holds no rows"):
        read_csv(b"\n\n;;\n")
    with pytest.raises(UserError, match="cannot be read"):
        read_file(tmp_path / "missing.csv")


@pytest.mark.parametrize(
    "cell, expected",
    [
        (46022, date(2025, 12, 31)),
        (46022.0, date(2025, 12, 31)),
        ("31-12-2025", date(2025, 12, 31)),
        ("2025-12-31", date(2025, 12, 31)),
        (datetime(2025, 12, 31, 0, 0), date(2025, 12, 31)),
        (None, None),
    ],
)
def test_dates_from_excel_serials_and_text(cell: object, expected: date | None) -> None:
    assert cells.day(cell) == expected


def test_cell_parsing_rules() -> None:
    assert cells.hours("24,0") == 24 and cells.hours(24.0) == 24
    assert cells.hours_range("16-24") == (16, 24) and cells.hours_range("32") == (32, 32)
    assert cells.level("Niveau 2").value == "2" and cells.level("PrO").value == "pro"
    assert cells.yes_no("Ja") is True and cells.yes_no("nee") is False and cells.yes_no("") is None
    assert cells.listing("Zorg; ICT, Bouw") == ["Zorg", "ICT", "Bouw"]
    assert cells.crebo(25180) == "25180"
    assert cells.year_of("14-03-2008") == 2008  # a date of birth keeps only its year


def test_flemish_levels_and_duaal_leren_are_read() -> None:
    assert cells.level("BuSO") == Level.BUSO and cells.level("okan") == Level.OKAN
    assert cells.level("BSO") == Level.BSO
    assert cells.leerweg("Duaal leren") == Leerweg.DUAAL and cells.leerweg("duaal") == Leerweg.DUAAL


@pytest.mark.parametrize(
    "parse, cell, message",
    [
        (
            cells.level,
            "vijf",
            "'vijf' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO",
        ),
        (cells.hours, "24,5", "'24,5' is not a whole number from 0 to 60"),
        (cells.hours, "veel", "'veel' is not a number"),
        (cells.day, "31-02-2027", "'31-02-2027' is not a date; write it like 20-11-2026"),
        (cells.yes_no, "misschien", "'misschien' is not yes or no; write ja or nee"),
        (cells.crebo, "2518", "'2518' is not a crebo code; write 5 digits, e.g. 25180"),
        (
            cells.vacancy_kind,
            "klus",
            "'klus' is not a kind of place; write baan, leerbaan, bpv, werkervaringsplaats or proefplaatsing",
        ),
        (cells.leerweg, "deeltijd", "'deeltijd' is not a leerweg; write BOL, BBL or duaal"),
    ],
)
def test_every_cell_message_says_how_to_fix_it(parse: object, cell: object, message: str) -> None:
    with pytest.raises(cells.CellProblem) as caught:
        parse(cell)  # type: ignore[operator]
    assert str(caught.value) == message


def test_header_names_in_dutch_and_english_are_recognised_and_bsn_is_never_read() -> None:
    headers = [
        "Leerlingnummer",
        "School",
        "ROEPNAAM",
        "Tussenvoegsel",
        "Achternaam",
        "Level",
        "BSN",
        "Woonplaats",
    ]
    mapping = guess_mapping(headers, YOUNG_PEOPLE)
    assert mapping == {
        "student_number": 0,
        "school": 1,
        "given_name": 2,
        "name_prefix": 3,
        "family_name": 4,
        "level": 5,
        "home_place": 7,
    }
    assert ignored_columns(headers) == ["BSN"]


def test_row_problems_name_row_and_column() -> None:
    table = read_csv(b"Studentnummer;School;Niveau\n1;A;vijf\n;A;2\n")
    _, problems = parse_rows(table, YOUNG_PEOPLE, guess_mapping(table.headers, YOUNG_PEOPLE))
    assert [(p.row_number, p.column, p.message) for p in problems] == [
        (2, "Niveau", "'vijf' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO"),
        (3, "Studentnummer", "empty; this column is required"),
    ]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        table = read_csv(data)
    except UserError:
        return
    rows, problems = parse_rows(table, YOUNG_PEOPLE, guess_mapping(table.headers, YOUNG_PEOPLE))
    assert len(rows) == len(table.rows)
    assert all(p.row_number in table.row_numbers for p in problems)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(st.text(max_size=12), st.integers(), st.floats(allow_nan=False), st.none()),
            min_size=1,
            max_size=6,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_arbitrary_cells_give_values_or_row_problems(records: list[list[object]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(
        [["Studentnummer", "School", "Niveau", "Uren", "Beschikbaar vanaf"], *records]
    )
    try:
        table = read_csv(buffer.getvalue().encode())
    except UserError:
        return
    parse_rows(table, YOUNG_PEOPLE, guess_mapping(table.headers, YOUNG_PEOPLE))

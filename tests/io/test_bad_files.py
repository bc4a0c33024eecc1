"""Every bad file a clear message, nothing changed: a damaged or cut-off .xlsx, a sheetless one, a cell over
131,072 characters, mixed encodings (row and column of the first byte, never a guess), a CSV cut off in its
last row, duplicate column names, a locked file; the problem list stops after 200 lines with a count. The
readers are fuzzed: any bytes give a table or a UserError, never another exception."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from matchtafel.cli.main import run
from matchtafel.domain.errors import UserError
from matchtafel.io.tabular import read_csv, read_file, read_xlsx

HEADER = "Studentnummer;Voornaam;Achternaam;School;Niveau\n"


def workbook_bytes(rows: int = 30) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Studentnummer", "Voornaam", "Achternaam", "School", "Niveau"])
    for number in range(rows):
        sheet.append([f"{number:05d}", "Zoë", "de Vries", "Achterhoek College", "2"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewritten(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The same .xlsx archive with some members replaced (None: left out)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = change.get(item.filename, source.read(item.filename))
            if item.filename in change and content is None:
                continue
            target.writestr(item, content)  # type: ignore[arg-type]
    return out.getvalue()


def test_an_xlsx_with_its_sheet_cut_off_halfway() -> None:
    data = workbook_bytes()
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    with pytest.raises(UserError, match=r"This Excel file is damaged or cut off \(.+\)"):
        read_xlsx(rewritten(data, {"xl/worksheets/sheet1.xml": sheet[: len(sheet) // 2]}))


def test_a_damaged_zip_and_an_xlsx_without_a_sheet() -> None:
    data = workbook_bytes()
    with pytest.raises(UserError, match=r"This is not an Excel \(\.xlsx\) file that can be read"):
        read_xlsx(data[: len(data) // 2])
    scribbled = bytearray(data)
    scribbled[len(data) // 3 : len(data) // 3 + 200] = b"\x00" * 200
    with pytest.raises(UserError, match=r"not an Excel|damaged or cut off"):
        read_xlsx(bytes(scribbled))
    workbook = zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml").decode()
    start, end = workbook.index("<sheets>"), workbook.index("</sheets>") + len("</sheets>")
    sheetless = rewritten(
        data,
        {
            "xl/workbook.xml": (workbook[:start] + "<sheets/>" + workbook[end:]).encode(),
            "xl/worksheets/sheet1.xml": None,
        },
    )
    with pytest.raises(UserError, match="This Excel file holds no sheet"):
        read_xlsx(sheetless)


def test_a_cell_over_131072_characters_names_its_row() -> None:
    data = (HEADER + "1;Zoë;de Vries;AC;2\n2;" + "x" * 140_000 + ";Bos;AC;2\n").encode()
    with pytest.raises(UserError, match=r"Row 3 holds a cell of more than 131,072 characters"):
        read_csv(data)


def test_a_utf8_file_with_one_cp1252_row_is_reported_not_guessed() -> None:
    data = (HEADER + "1;Zoë;de Vries;AC;2\n").encode() + "2;Anaïs;Bos;AC;2\n".encode("cp1252")
    with pytest.raises(UserError) as caught:
        read_csv(data)
    assert caught.value.message.startswith(
        "The file mixes encodings: row 3, column 2 (Voornaam) holds byte 0xEF, which is not UTF-8"
    )
    with pytest.raises(
        UserError, match=r"cannot be read as utf-8: row 2, column 2 \(Voornaam\) holds byte 0xEB"
    ):
        read_csv("Studentnummer;Voornaam\n1;Zoë\n".encode("cp1252"), encoding="utf-8")  # chosen, not found
    plain_cp1252 = (HEADER + "1;Zoë;de Vries;AC;2\n").encode("cp1252")
    assert read_csv(plain_cp1252).rows[0][1] == "Zoë"  # a whole cp1252 file is still read as such


def test_a_csv_cut_off_in_its_last_row() -> None:
    whole = (HEADER + "1;Zoë;de Vries;AC;2\n2;Noor;Bos;AC;3\n").encode()
    assert len(read_csv(whole).rows) == 2
    assert len(read_csv(whole.rstrip(b"\n")).rows) == 2  # no final line break, but a whole row: fine
    with pytest.raises(UserError, match=r"The last row \(3\) is cut off: it has 3 of 5 columns"):
        read_csv(whole[: whole.index(b";AC;3")])
    quoted = (HEADER + '1;Zoë;de Vries;AC;2\n2;"Noor;Bos').encode()
    with pytest.raises(UserError, match=r"cut off in row 3: a quoted cell is never closed"):
        read_csv(quoted)


def test_duplicate_headers_are_an_error_naming_them() -> None:
    data = b"Studentnummer;Naam;School;naam;Niveau;School\n1;A;AC;B;2;AC\n"
    with pytest.raises(UserError) as caught:
        read_csv(data)
    assert caught.value.message == (
        "Columns with the same name: 'Naam' in columns 2, 4; 'School' in columns 3, 6. "
        "Give every column its own name; nothing was imported."
    )


def test_a_locked_file_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "jongeren.xlsx"
    path.write_bytes(workbook_bytes())
    real = Path.read_bytes

    def locked(self: Path) -> bytes:
        if self == path:  # what Windows says while Excel has the file open
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(UserError, match="it is locked by another program"):
        read_file(path)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(path)]) == 0
    return path


def young_people(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM young_people").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize(
    "name, content",
    [
        ("cut.xlsx", "cut-sheet"),
        ("half.xlsx", "half-zip"),
        ("huge.csv", (HEADER + "1;" + "x" * 140_000 + ";B;AC;2\n").encode()),
        ("mixed.csv", (HEADER + "1;Zoë;V;AC;2\n").encode() + "2;Anaïs;B;AC;2\n".encode("cp1252")),
        ("short.csv", (HEADER + "1;Zoë;V;AC;2\n2;No").encode()),
        ("twice.csv", b"Studentnummer;Naam;Naam\n1;A;B\n"),
    ],
)
def test_every_bad_file_is_one_line_on_the_command_line_and_changes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | str
) -> None:
    data = workbook_bytes()
    if content == "cut-sheet":
        sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
        content = rewritten(data, {"xl/worksheets/sheet1.xml": sheet[: len(sheet) // 2]})
    elif content == "half-zip":
        content = data[: len(data) // 2]
    assert isinstance(content, bytes)
    path = tmp_path / name
    path.write_bytes(content)
    before = young_people(demo_db)
    capsys.readouterr()
    assert run(["import", "jongeren", str(path), "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("matchtafel: ") and err.count("\n") == 1 and "Traceback" not in err, err
    assert young_people(demo_db) == before


def test_a_problem_list_stops_after_200_lines_with_a_count(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "veel.csv"
    path.write_text(
        "Studentnummer;Voornaam;Achternaam;School;Niveau\n"
        + "".join(f"{n};Zoë;Bos;Achterhoek College;vijf\n" for n in range(1000)),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(["import", "jongeren", str(path), "--db", str(demo_db), "--dry-run"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 202
    assert lines[200] == f"{path}: 800 more problems in 800 more rows are not shown."
    assert lines[201] == "matchtafel: 1000 rows have problems; nothing was imported."


VALID_XLSX = workbook_bytes(rows=3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(VALID_XLSX) - 1), st.binary(min_size=1, max_size=64))
def test_a_damaged_xlsx_never_crashes_the_reader(offset: int, scribble: bytes) -> None:
    damaged = VALID_XLSX[:offset] + scribble + VALID_XLSX[offset + len(scribble) :]
    for data in (damaged, VALID_XLSX[:offset]):
        with contextlib.suppress(UserError):
            read_xlsx(data)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(max_size=10), min_size=1, max_size=5),
    st.lists(st.lists(st.text(max_size=10), max_size=6), max_size=6),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    st.booleans(),
)
def test_any_csv_text_gives_a_table_or_a_clear_message(
    header: list[str], rows: list[list[str]], encoding: str, cut: bool
) -> None:
    text = "\n".join(";".join(cells) for cells in [header, *rows])
    data = text.encode(encoding, errors="ignore")
    if cut:
        data = data[: len(data) // 2]
    try:
        table = read_csv(data)
    except UserError as exc:
        assert exc.message
        return
    assert len({h.casefold() for h in table.headers}) == len(table.headers)  # never a doubled column

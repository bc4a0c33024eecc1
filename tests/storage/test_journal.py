"""The notes journal: typed text is on disk before the database is asked, and stays until it has it."""

from __future__ import annotations

from pathlib import Path

from matchtafel.storage.journal import NotesJournal


def test_notes_stay_until_the_database_has_them(tmp_path: Path) -> None:
    journal = NotesJournal(tmp_path, "postgresql://anna@db/matchtafel")
    journal.keep(7, "Wil in de zorg werken")
    journal.keep(9, "Zoë: rijbewijs in januari €")
    again = NotesJournal(tmp_path, "postgresql://anna@db/matchtafel")  # after a crash: read from disk
    assert again.pending() == {7: "Wil in de zorg werken", 9: "Zoë: rijbewijs in januari €"}
    assert NotesJournal(tmp_path, "another.sqlite3").pending() == {}  # one journal per database
    again.keep(7, "Wil in de zorg werken, 24 uur")
    again.written(7, "Wil in de zorg werken")  # an older text written: the newer one stays
    assert again.pending()[7] == "Wil in de zorg werken, 24 uur"
    again.written(7, "Wil in de zorg werken, 24 uur")
    out = tmp_path / "notes.txt"
    again.export(out, {9: "J-2026-0009 Z.B."})
    assert out.read_text(encoding="utf-8") == "J-2026-0009 Z.B.\nZoë: rijbewijs in januari €\n"
    again.written(9, "Zoë: rijbewijs in januari €")
    assert not again.path.exists()  # nothing pending: no file left with notes in it

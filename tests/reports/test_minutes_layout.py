"""Minutes a coordinator can hand out: the adopted line, amendments as sentences, the review as decisions
with the undecided ones counted, the interface's words, codes on one line, headings with their tables, only
embedded fonts, and any length of text laid out (issue 16: "minutes that always print")."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from matchtafel.domain.vocabulary import (
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    ProposalStatus,
    ReviewDecision,
)
from matchtafel.domain.words import label
from matchtafel.reports.minutes import amendment_sentence, write_actions
from matchtafel.reports.model import (
    ActionLine,
    ActionList,
    AmendmentLine,
    Attendee,
    MinutesOptions,
    ReviewLine,
)
from matchtafel.reports.texts import Words
from tests.reports.test_minutes_pdf import DAY, flat, minutes, pdf_pages

AT = DAY + timedelta(days=3, hours=-3, minutes=-18)  # 23-11-2026 10:12
BY = "Anna Smit (Gemeente Doetinchem)"


def review_line(i: int, decision: str | None) -> ReviewLine:
    return ReviewLine(
        f"J-2026-{100 + i:04d} M.E.",
        f"Open afspraak {i}",
        "Indy Schilt",
        date(2026, 10, 2),
        date(2026, 10, 16),
        decision,
        date(2026, 12, 4) if decision == "new_deadline" else None,
    )


def test_the_adopted_line_says_when_and_by_whom() -> None:
    text = flat(pdf_pages(minutes())[0])
    assert "Status: Vastgesteld op 22-11-2026 13:30 door Danique Merckx (Gemeente Doetinchem)" in text
    assert "{" not in text
    nobody = flat(pdf_pages(replace(minutes(), locked_by=""))[0])
    assert "Status: Vastgesteld op 22-11-2026 13:30 Jongeren" in nobody  # no dangling "door"
    closed = flat(pdf_pages(replace(minutes(), status="closed", locked_at=None, locked_by=""))[0])
    assert "Status: Gesloten · Nog niet vastgesteld" in closed
    english = flat(pdf_pages(minutes(), MinutesOptions(language="en"))[0])
    assert "Status: Adopted on 22-11-2026 13:30 by Danique Merckx (Gemeente Doetinchem)" in english


def test_amendments_read_as_sentences_in_the_documents_language() -> None:
    changes = [
        AmendmentLine(
            AT, BY, "agreement 337: delete", "delete", "agreement", "J-2026-0081 T.B.", "Cv bijwerken"
        ),
        AmendmentLine(AT, BY, "agreement 338: create", "create", "agreement", "", "Zaal reserveren"),
        AmendmentLine(
            AT, BY, "agreement 12: review (done)", "review", "agreement", "J-2026-0081 T.B.", "Bellen", "done"
        ),
        AmendmentLine(AT, BY, "case 4: update (notes)", "update", "case", "J-2026-0081 T.B.", "", "notes"),
        AmendmentLine(AT, BY, "case 5: create (undo)", "create", "case", "J-2026-0082 K.L.", "", "undo"),
        AmendmentLine(
            AT, BY, "attendance 9: update (excused)", "update", "attendance", "", "Piet Bos", "excused"
        ),
        AmendmentLine(AT, BY, "case 7: delete", "delete", "case", "", ""),  # the young person was erased
        AmendmentLine(AT, BY, "case 3: update (notes)"),  # recorded before amendments had parts
    ]
    dutch = [amendment_sentence(a, Words("nl")) for a in changes]
    assert dutch == [
        f"Afspraak 'Cv bijwerken' van J-2026-0081 T.B. verwijderd door {BY} op 23-11-2026 10:12.",
        f"Afspraak 'Zaal reserveren' toegevoegd door {BY} op 23-11-2026 10:12.",
        f"Besluit over afspraak 'Bellen' van J-2026-0081 T.B.: Gedaan door {BY} op 23-11-2026 10:12.",
        f"Notities bij J-2026-0081 T.B. gewijzigd door {BY} op 23-11-2026 10:12.",
        f"J-2026-0082 K.L. weer op de agenda gezet door {BY} op 23-11-2026 10:12.",
        f"Aanwezigheid van Piet Bos: Afgemeld door {BY} op 23-11-2026 10:12.",
        f"een jongere van de agenda gehaald door {BY} op 23-11-2026 10:12.",
        f"case 3: update (notes) door {BY} op 23-11-2026 10:12.",
    ]
    english = amendment_sentence(changes[0], Words("en"))
    assert english == f"Agreement 'Cv bijwerken' for J-2026-0081 T.B. deleted by {BY} on 23-11-2026 10:12."
    text = flat(pdf_pages(replace(minutes(cases=1), amendments=changes[:3]))[0])
    assert dutch[0] in text and "agreement 337" not in text


def test_the_review_prints_decisions_and_counts_what_was_not_discussed() -> None:
    lines = [review_line(i, "done" if i == 0 else "new_deadline" if i == 1 else None) for i in range(14)]
    data = replace(minutes(cases=1), review=lines)
    text = flat(pdf_pages(data)[0])
    assert "Open afspraak 0" in text and "Open afspraak 1" in text and "Nieuwe termijn: 04-12-2026" in text
    assert "12 afspraken niet besproken, blijven open." in text
    assert "Open afspraak 2" not in text and "Niet besproken" not in text.replace("niet besproken", "")
    listed = flat(pdf_pages(data, MinutesOptions(list_undecided=True))[0])
    assert "Niet besproken, blijven open" in listed
    assert all(f"Open afspraak {i}" in listed for i in range(14))
    one = flat(pdf_pages(replace(data, review=lines[:3]))[0])
    assert "1 afspraak niet besproken, blijft open." in one
    none_decided = flat(pdf_pages(replace(data, review=lines[2:]), MinutesOptions(language="en"))[0])
    assert "Nothing was decided about the open agreements." in none_decided
    assert "12 agreements not discussed; they stay open." in none_decided


def test_the_documents_words_are_the_interfaces_words() -> None:
    text = flat(pdf_pages(minutes())[0])
    for word in (
        label(MeetingStatus.LOCKED, "nl"),
        label(CaseStatus.DISCUSSED, "nl"),
        label(ProposalStatus.PROPOSED, "nl"),
        label(ReviewDecision.DONE, "nl"),
        label(ReviewDecision.NEW_DEADLINE, "nl"),
        label(AttendanceStatus.PRESENT, "nl"),
        label(AttendanceStatus.EXCUSED, "nl"),
        label(AttendanceStatus.ABSENT, "nl"),
    ):
        assert word in text, word
    assert Words("nl").vocab("planned", CaseStatus) == "Geagendeerd"
    assert Words("nl").vocab("planned", MeetingStatus) == "Gepland"


def test_codes_never_wrap_and_a_heading_stays_with_its_table() -> None:
    """Whatever pushes the review, vacancies or action list down the page, no page ends on a heading or a
    table's header row, and a code with its initials is one line."""
    headings = (
        "Terugblik op open afspraken",
        "Besproken jongeren",
        "Nieuwe vacatures sinds de vorige sessie",
        "Actielijst",
    )
    headers = (
        "Jongere Afspraak Wie Termijn Besluit",
        "Wat Wie Wanneer Bij",
        "Vacature Werkgever Plaats Niveau Open tot",
    )
    code = re.compile(r"J-2026-\d{4} [A-Z]\.[A-Z]\.")
    for extra in range(0, 46, 3):
        people = [Attendee(f"Persoon {i}", f"Organisatie {i}", "present") for i in range(extra)]
        data = replace(minutes(cases=2, review=24), attendees=people)
        for page in pdf_pages(data)[0]:
            lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
            body = [line for line in lines if not line.startswith("Vertrouwelijk — pagina")]
            assert body and body[-1] not in headings + headers, (extra, body[-1])
            assert not any(re.fullmatch(r"J-2026-\d{4}", line.split()[-1]) for line in body if line.split())
        assert len(code.findall(" ".join(pdf_pages(data)[0]))) >= 24 + 2 * 3


def test_only_embedded_fonts() -> None:
    _, reader = pdf_pages(minutes())
    out = io.BytesIO()
    write_actions(
        ActionList("Matchtafel", DAY, "", "WSP", [ActionLine("Bellen", "Piet", "WSP", None, "")]), out
    )
    for document in (reader, PdfReader(io.BytesIO(out.getvalue()))):
        for page in document.pages:
            for reference in page["/Resources"]["/Font"].values():
                font = reference.get_object()
                assert "Helvetica" not in str(font["/BaseFont"])
                if "/DescendantFonts" in font:
                    font = font["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType


@pytest.mark.parametrize("language", ["nl", "en"])
def test_any_length_of_agreement_note_or_word_lays_out(language: str) -> None:
    agreement = ("Cv bijwerken en de werkgever bellen over de proefplaatsing; " * 170)[:9_995] + "EINDE"
    word = "W" * 4_995 + "EINDE"
    data = minutes(cases=1, notes=agreement + " " + word)
    case = replace(
        data.cases[0],
        situation=word,
        agreements=[
            ActionLine(agreement, "Piet", "Gemeente", date(2026, 12, 1), "J-2026-0000 A.B."),
            ActionLine(word, word[:300], "Gemeente", None, "J-2026-0000 A.B."),
        ],
    )
    data = replace(data, cases=[case], review=[replace(review_line(0, "keep"), action=agreement)])
    pages, _ = pdf_pages(data, MinutesOptions(language=language, list_undecided=True))
    assert len(pages) > 5
    text = "".join("".join(p.split()) for p in pages)
    assert text.count("EINDE") >= 4  # the end of every long text made it onto paper
    out = io.BytesIO()
    write_actions(ActionList("Matchtafel", DAY, "", "WSP", case.agreements), out, language=language)
    assert "EINDE" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_english_minutes_take_the_interfaces_english_words() -> None:
    text = flat(pdf_pages(minutes(), MinutesOptions(language="en"))[0])
    assert "Status: Locked" not in text  # the adopted line says it
    assert "Discussed" in text and "Present" in text and "Excused" in text and "Done" in text
    assert datetime  # the module's dates are the minutes' own

"""The minutes PDF read back as text: every part there, user text printed exactly as typed, headers repeat."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from matchtafel.reports.document import REPLACEMENT
from matchtafel.reports.minutes import write_actions, write_minutes
from matchtafel.reports.model import (
    ActionLine,
    ActionList,
    AmendmentLine,
    Attendee,
    CaseSection,
    Minutes,
    MinutesOptions,
    ProposalLine,
    ReviewLine,
    VacancyLine,
)

DAY = datetime(2026, 11, 20, 13, 30)
TRICKY = "<para>Ouders & school</para> <b>vet</b> &amp; <font size=60>groot</font> ĳs łódź søster 漢"


def minutes(cases: int = 3, *, notes: str = "Zoekt werk in de buurt.", review: int = 2) -> Minutes:
    return Minutes(
        title="Matchtafel Achterhoek",
        starts_at=DAY,
        place="Huis van de Arbeidsmarkt",
        chair="Danique Merckx",
        minute_taker="Suus van Nus",
        status="locked",
        locked_at=DAY + timedelta(days=2),
        locked_by="Danique Merckx (Gemeente Doetinchem)",
        author_organisation="WSP Achterhoek",
        attendees=[
            Attendee("Anouk van Baalen", "Achterhoek College", "present"),
            Attendee("Riley Carnotte", "UWV Doetinchem", "excused"),
            Attendee("Renske Willems", "UWV Doetinchem", "absent"),
        ],
        review=[
            ReviewLine(
                f"J-2026-{900 + i:04d} R.V.",
                f"Terugblikactie {i}",
                "Indy Schilt",
                date(2026, 10, 2),
                date(2026, 10, 16),
                "new_deadline" if i % 2 else "done",
                date(2026, 12, 4) if i % 2 else None,
            )
            for i in range(review)
        ],
        cases=[
            CaseSection(
                f"J-2026-{i:04d} A.B.",
                "Verzorgende IG",
                "2",
                "Zoekt sinds de zomer werk.",
                notes if i == 0 else "Besproken; zie afspraken.",
                "discussed",
                [ProposalLine("Helpende zorg", "Zorggroep Oost", "Ulft", "proposed")] if i == 0 else [],
                [
                    ActionLine(
                        f"Actie {i}a",
                        "Jet van Breugel",
                        "Doorstroompunt",
                        date(2026, 12, 4),
                        f"J-2026-{i:04d} A.B.",
                    ),
                    ActionLine(
                        f"Actie {i}b",
                        "Cas Janse",
                        "Gemeente Doetinchem",
                        date(2026, 12, 18),
                        f"J-2026-{i:04d} A.B.",
                    ),
                ],
            )
            for i in range(cases)
        ],
        new_vacancies=[VacancyLine("Medewerker kwekerij", "Cornelisz BV", "Zelhem", "1", date(2027, 1, 15))],
        next_session=datetime(2026, 12, 18, 13, 30),
        amendments=[AmendmentLine(DAY + timedelta(days=3), "Suus van Nus", "case 4: update (notes)")],
    )


def pdf_pages(data: Minutes, options: MinutesOptions | None = None) -> tuple[list[str], PdfReader]:
    out = io.BytesIO()
    write_minutes(data, out, options)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [page.extract_text() for page in reader.pages], reader


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def test_every_part_of_the_minutes_is_there() -> None:
    pages, reader = pdf_pages(minutes())
    text = flat(pages)
    for heading in (
        "Verslag Matchtafel Achterhoek",
        "Aanwezigheid",
        "Terugblik op open afspraken",
        "Besproken jongeren",
        "Nieuwe vacatures sinds de vorige sessie",
        "Actielijst",
        "Volgende sessie",
        "Wijzigingen na vaststelling",
    ):
        assert heading in text, heading
    assert "Datum: 20-11-2026 13:30" in text and "Voorzitter: Danique Merckx" in text
    assert "Vastgesteld op 22-11-2026 13:30 door Danique Merckx (Gemeente Doetinchem)" in text
    assert "Riley Carnotte" in text and "Renske Willems" in text
    assert "Nieuwe termijn: 04-12-2026" in text and "Gedaan" in text
    for i in range(3):
        assert f"J-2026-{i:04d} A.B." in text
        assert f"Actie {i}a" in text and f"Actie {i}b" in text
    assert "Jet van Breugel" in text and "Cas Janse" in text and "18-12-2026" in text
    assert "Helpende zorg" in text and "Voorgedragen" in text
    assert "Medewerker kwekerij" in text and "case 4: update (notes)" in text
    assert "18-12-2026 13:30" in text
    for number, page in enumerate(pages, start=1):
        assert f"Vertrouwelijk — pagina {number} van {len(pages)}" in page
    info = reader.metadata
    assert info is not None
    assert info.title == "Verslag Matchtafel Achterhoek 2026-11-20"
    assert info.author == "WSP Achterhoek" and info.subject == "Verslag van de Matchtafel"
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # embedded DejaVu: the font objects carry a font file
    assert all(
        "/FontFile2" in font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/DescendantFonts" in font.get_object()
    )


def test_user_text_prints_exactly_as_typed() -> None:
    pages, _ = pdf_pages(minutes(cases=1, notes=TRICKY))
    text = flat(pages)
    assert "<para>Ouders & school</para> <b>vet</b> &amp; <font size=60>groot</font>" in text
    assert "ĳs łódź søster" in text
    assert "søster " + REPLACEMENT in text  # the font has no 漢: a visible replacement, not a black box
    assert "漢" not in text


def test_options_leave_parts_out_and_english_works() -> None:
    pages, _ = pdf_pages(
        minutes(),
        MinutesOptions(review=False, notes=False, new_vacancies=False, actions=False, language="en"),
    )
    text = flat(pages)
    assert "Minutes Matchtafel Achterhoek" in text and "Young people discussed" in text
    for gone in (
        "Review of open agreements",
        "Terugblikactie",
        "Zoekt werk in de buurt.",
        "Medewerker kwekerij",
        "Action list",
    ):
        assert gone not in text
    assert "Confidential — page 1 of" in text


def test_no_cases_and_eighty_cases_with_headers_repeating() -> None:
    empty, _ = pdf_pages(minutes(cases=0, review=0))
    text = flat(empty)
    assert "Er stonden geen jongeren op de agenda." in text and "Er zijn geen afspraken gemaakt." in text
    long_notes = " ".join(["Een lange notitie die over pagina's loopt."] * 400)
    pages, _ = pdf_pages(minutes(cases=80, review=90, notes=long_notes))
    assert len(pages) > 10
    assert "J-2026-0079 A.B." in flat(pages)
    review_pages = [p for p in pages if "Terugblikactie" in p]
    assert len(review_pages) >= 2 and all(
        "Jongere Afspraak Wie Termijn Besluit" in " ".join(p.split()) for p in review_pages
    )
    first = next(i for i, p in enumerate(pages) if "Actielijst" in p)
    last = next(i for i, p in enumerate(pages) if "Volgende sessie" in p)
    assert last > first  # 160 actions run over pages, each with the header
    assert all("Wat Wie Wanneer Bij" in " ".join(p.split()) for p in pages[first : last + 1])
    assert sum("Een lange notitie" in p for p in pages) >= 2  # long notes flow on to the next page


def test_the_action_list_on_its_own() -> None:
    out = io.BytesIO()
    actions = ActionList(
        "Matchtafel Achterhoek",
        DAY,
        "Gemeente Doetinchem",
        "WSP Achterhoek",
        [ActionLine("Cv sturen", "Cas Janse", "Gemeente Doetinchem", date(2026, 12, 1), "J-2026-0001 A.B.")],
    )
    write_actions(actions, out)
    text = flat([p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages])
    assert "Wat Gemeente Doetinchem heeft afgesproken" in text
    assert "Cv sturen" in text and "Cas Janse (Gemeente Doetinchem)" in text and "01-12-2026" in text


def test_an_agreement_without_an_owner_says_so_in_words() -> None:
    data = minutes(cases=1)
    case = data.cases[0]
    ownerless = dataclasses.replace(case.agreements[0], owner="", organisation="")
    data = dataclasses.replace(data, cases=[dataclasses.replace(case, agreements=[ownerless])])
    assert "nog niemand" in flat(pdf_pages(data)[0])
    english = flat(pdf_pages(data, MinutesOptions(language="en"))[0])
    assert "no one yet" in english and "?" not in english

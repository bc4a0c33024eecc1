"""'Mijn afspraken': one page for the young person, in plain Dutch (B1): short sentences, "je", no jargon
(no "casus", "voordracht" or "nazorg"), large letters. English is there for the interface language.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from matchtafel.reports.document import BOLD, CONTENT_WIDTH, FONT, GRID, HEADER_FILL, build, safe
from matchtafel.reports.my_page_data import ContactPerson, MyPage, NextStep
from matchtafel.reports.texts import Words

PAGE_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Mijn afspraken",
        "page": "Mijn afspraken — pagina {page} van {pages}",
        "hello": "Hoi {name},",
        "intro": "Op deze pagina staat wat we samen hebben afgesproken. Bewaar hem goed. "
        "Heb je een vraag? Bel of mail je contactpersoon.",
        "made_on": "Gemaakt op {day}. Jouw code: {code}.",
        "contact": "Je contactpersoon",
        "contact_after_school": "Na school houdt {name} contact met je.",
        "how_phone": "{name} belt je ongeveer elke {weeks} weken.",
        "how_in_person": "Jullie spreken ongeveer elke {weeks} weken af.",
        "how_message": "{name} stuurt je ongeveer elke {weeks} weken een bericht.",
        "phone": "Telefoon: {phone}",
        "email": "E-mail: {email}",
        "no_contact": "Je hebt nog geen vaste contactpersoon. Vraag je school of de gemeente wie dat is.",
        "agreed": "Wat we hebben afgesproken",
        "what": "Wat",
        "who": "Wie doet het",
        "when": "Klaar op",
        "no_date": "zo snel mogelijk",
        "no_agreements": "Er staan nu geen afspraken open.",
        "more": "Er zijn nog {n} afspraken. Vraag je contactpersoon ernaar.",
        "next": "Wat er nu gebeurt",
        "proposed": "We hebben je voorgesteld voor: {title} bij {employer}. We wachten op een reactie.",
        "contact_made": "Over {title} bij {employer} is er contact met de werkgever.",
        "interview_planned": "Je hebt een gesprek voor {title} bij {employer}. Bereid je goed voor.",
        "trial_placement": "Je werkt op proef als {title} bij {employer}.",
        "checkpoint": "Op {day} vraagt {who} hoe het gaat op je werk.",
        "bpv_check": "Op {day} vraagt {who} hoe het gaat op je stage.",
        "contact_moment": "Op {day} neemt {who} contact met je op. Hoe gaat het dan met je?",
        "someone": "iemand van de Matchtafel",
        "no_steps": "Er staat nu niets klaar. Je contactpersoon laat het je weten als er iets is.",
        "events": "Wat komt eraan",
        "event": "{day}: {title}, {place}",
        "closing": "Succes! Lukt iets niet? Zeg het op tijd. Dan zoeken we samen een oplossing.",
    },
    "en": {
        "title": "My agreements",
        "page": "My agreements — page {page} of {pages}",
        "hello": "Hi {name},",
        "intro": "This page shows what we agreed together. Keep it safe. Got a question? Call or e-mail your "
        "contact person.",
        "made_on": "Made on {day}. Your code: {code}.",
        "contact": "Your contact person",
        "contact_after_school": "After school, {name} keeps in touch with you.",
        "how_phone": "{name} calls you about every {weeks} weeks.",
        "how_in_person": "You meet about every {weeks} weeks.",
        "how_message": "{name} sends you a message about every {weeks} weeks.",
        "phone": "Phone: {phone}",
        "email": "E-mail: {email}",
        "no_contact": "You do not have a contact person yet. Ask your school or the municipality who it is.",
        "agreed": "What we agreed",
        "what": "What",
        "who": "Who does it",
        "when": "Done by",
        "no_date": "as soon as possible",
        "no_agreements": "There are no open agreements now.",
        "more": "There are {n} more agreements. Ask your contact person about them.",
        "next": "What happens now",
        "proposed": "We put you forward for: {title} at {employer}. We are waiting for an answer.",
        "contact_made": "About {title} at {employer}, we are in touch with the employer.",
        "interview_planned": "You have an interview for {title} at {employer}. Prepare well.",
        "trial_placement": "You are working on trial as {title} at {employer}.",
        "checkpoint": "On {day}, {who} asks how your job is going.",
        "bpv_check": "On {day}, {who} asks how your internship is going.",
        "contact_moment": "On {day}, {who} gets in touch with you. How are you doing then?",
        "someone": "someone from the Matchtafel",
        "no_steps": "Nothing is planned right now. Your contact person lets you know when there is.",
        "events": "Coming up",
        "event": "{day}: {title}, {place}",
        "closing": "Good luck! Something not working out? Say so in time. Then we find a way together.",
    },
}


class _PageWords(Words):
    """The documents' words, with this page's own footer (not "confidential": it is the young person's)."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.table = {**self.table, "page": PAGE_TEXTS[self.language]["page"]}


@cache
def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("b1", fontName=FONT, fontSize=11.5, leading=16, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("b1title", parent=body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=8),
        "h2": ParagraphStyle(
            "b1h2", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=10, spaceAfter=4
        ),
        "small": ParagraphStyle("b1small", parent=body, fontSize=9.5, leading=12),
        "cell": ParagraphStyle("b1cell", parent=body, fontSize=11, leading=14.5, spaceAfter=0),
        "head": ParagraphStyle("b1head", parent=body, fontName=BOLD, fontSize=11, leading=14.5, spaceAfter=0),
    }


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(safe(text), _styles()[style])


def write_my_page(page: MyPage, out: str | Path | BinaryIO, *, language: str = "nl") -> None:
    w = _PageWords(language)
    t = PAGE_TEXTS[w.language]
    story: list[Flowable] = [_p(t["title"], "title")]
    if page.given_name:
        story.append(_p(t["hello"].format(name=page.given_name)))
    story += [_p(t["intro"]), _p(t["made_on"].format(day=w.date(page.made_on), code=page.code), "small")]
    story.append(_p(t["contact"], "h2"))
    if not page.contacts:
        story.append(_p(t["no_contact"]))
    for contact in page.contacts:
        story += _contact(contact, t)
    story.append(_p(t["agreed"], "h2"))
    if page.agreements:
        rows = [
            [a.action, a.who, w.date(a.deadline) if a.deadline else t["no_date"]] for a in page.agreements
        ]
        story.append(_grid([t["what"], t["who"], t["when"]], rows))
        if page.more_agreements:
            story.append(_p(t["more"].format(n=page.more_agreements)))
    else:
        story.append(_p(t["no_agreements"]))
    story.append(_p(t["next"], "h2"))
    lines = [_step(step, t, w) for step in page.steps]
    story += [_p("• " + line) for line in lines] if lines else [_p(t["no_steps"])]
    if page.events:
        story.append(_p(t["events"], "h2"))
        story += [
            _p("• " + t["event"].format(day=w.date(e.starts_at), title=e.title, place=e.place))
            for e in page.events
        ]
    story += [Spacer(0, 6 * mm), _p(t["closing"])]
    build(story, out, words=w, title=t["title"], subject=t["title"], author="Matchtafel")


def _contact(contact: ContactPerson, t: dict[str, str]) -> list[Flowable]:
    lines = [f"{contact.name}, {contact.organisation}"]
    if contact.keeps_contact_after_school:
        lines.append(t["contact_after_school"].format(name=contact.name))
        if contact.channel is not None and contact.every_weeks:
            lines.append(t[f"how_{contact.channel}"].format(name=contact.name, weeks=contact.every_weeks))
    if contact.phone:
        lines.append(t["phone"].format(phone=contact.phone))
    if contact.email:
        lines.append(t["email"].format(email=contact.email))
    return [Paragraph("<br/>".join(safe(line) for line in lines), _styles()["body"])]


def _step(step: NextStep, t: dict[str, str], w: Words) -> str:
    day = w.date(step.on) if step.on else ""
    who = step.who or t["someone"]
    if step.kind == "proposal":
        return t[str(step.status)].format(title=step.title, employer=step.employer)
    return t[step.kind].format(day=day, who=who)


def _widths() -> list[float]:
    return [CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.24, CONTENT_WIDTH * 0.18]


def _grid(header: list[str], rows: list[list[str]]) -> Flowable:
    """The documents' table layout, in the page's larger letters."""
    styles = _styles()
    data = [[Paragraph(safe(h), styles["head"]) for h in header]]
    data += [[Paragraph(safe(cell), styles["cell"]) for cell in row] for row in rows]
    grid = Table(data, colWidths=[w * mm for w in _widths()], repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid

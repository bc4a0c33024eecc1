"""Matching events on paper: the invitation list of one event, pseudonymous (young people by code and
initials, whatever the consent), with the confidential footer every Matchtafel document carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from matchtafel.domain.vocabulary import EventKind
from matchtafel.reports.document import CONTENT_WIDTH, build, markup, para, safe, section, table
from matchtafel.reports.texts import Words

WORDS = {
    "nl": {
        "invitations": "Uitnodigingslijst",
        "time": "Tijd",
        "organiser": "Organisator",
        "young_people": "Jongeren",
        "supporters": "Ondersteuners",
        "employers": "Werkgevers",
        "number": "Nr.",
        "who": "Wie",
        "came": "Aanwezig",
        "pseudonymous": "Jongeren staan op deze lijst met code en initialen.",
        "nobody": "Niemand uitgenodigd.",
        "made_by": "Gemaakt door {who}",
    },
    "en": {
        "invitations": "Invitation list",
        "time": "Time",
        "organiser": "Organiser",
        "young_people": "Young people",
        "supporters": "Supporters",
        "employers": "Employers",
        "number": "No.",
        "who": "Who",
        "came": "Present",
        "pseudonymous": "Young people are on this list by code and initials.",
        "nobody": "Nobody invited.",
        "made_by": "Made by {who}",
    },
}


@dataclass(frozen=True)
class EventLine:
    """An event coming up, as the session's review and the agenda show it."""

    event_id: int
    title: str
    kind: str  # EventKind value
    starts_at: datetime
    place: str
    organiser: str
    invited: int


@dataclass(frozen=True)
class InvitationList:
    title: str
    kind: str  # EventKind value
    starts_at: datetime
    minutes: int
    place: str
    organiser: str
    young_people: list[str] = field(default_factory=list)  # code and initials
    supporters: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    made_by: str = ""


def event_kind_word(kind: str, language: str) -> str:
    """The kind of event in the interface's words (one vocabulary with the screens)."""
    return Words(language).vocab(kind, EventKind)


def write_invitation_list(data: InvitationList, out: str | Path | BinaryIO, *, language: str = "nl") -> None:
    """One table per kind of invitee, numbered, with an empty column to tick who came."""
    w, t = Words(language), WORDS.get(language, WORDS["nl"])
    ends = data.starts_at + timedelta(minutes=data.minutes)
    facts = [
        (w["date"], f"{data.starts_at:%d-%m-%Y}"),
        (t["time"], f"{data.starts_at:%H:%M}–{ends:%H:%M}"),
        (w["place"], data.place),
        (t["organiser"], data.organiser),
    ]
    story: list[Flowable] = [
        para(f"{t['invitations']}: {data.title}", "title"),
        markup(
            f"<b>{safe(w['confidential']).upper()}</b> · {safe(event_kind_word(data.kind, language))}",
            "small",
        ),
        Spacer(0, 4),
    ]
    story += [markup(f"<b>{safe(label)}:</b> {safe(value)}") for label, value in facts if value]
    story.append(para(t["pseudonymous"], "small"))
    for key, names in (
        ("young_people", data.young_people),
        ("supporters", data.supporters),
        ("employers", data.employers),
    ):
        story += section(f"{t[key]} ({len(names)})", room=24)
        if not names:
            story.append(para(t["nobody"]))
            continue
        rows = [[str(number), name, ""] for number, name in enumerate(names, start=1)]
        story.append(table([t["number"], t["who"], t["came"]], rows, [12, CONTENT_WIDTH - 42, 30]))
    if data.made_by:
        story += [Spacer(0, 8), para(t["made_by"].format(who=data.made_by), "small")]
    title = f"{t['invitations']} {data.title} {data.starts_at:%Y-%m-%d}"
    build(story, out, words=w, title=title, subject=t["invitations"], author=data.made_by or "Matchtafel")

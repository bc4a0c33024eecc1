"""The minutes (verslag) of one Matchtafel session as a PDF, and the action list on its own.

Content as DOMAIN.md lists it: header, attendance per organisation, review of open agreements (what was
decided; the undecided ones as one line, or listed on request), each case, new vacancies, the closing action
list, the next session, amendments after locking as sentences; every page says "Vertrouwelijk — pagina X van
Y". Options leave out the review, notes, new vacancies or action list. Any length of text lays out: long
paragraphs flow on, table rows split across pages, a very long word is broken.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from matchtafel.domain.vocabulary import (
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    ProposalStatus,
    ReviewDecision,
)
from matchtafel.reports.document import (
    CONTENT_WIDTH,
    build,
    fit_width,
    markup,
    para,
    safe,
    section,
    table,
    with_table,
)
from matchtafel.reports.model import (
    ActionLine,
    ActionList,
    AmendmentLine,
    Minutes,
    MinutesOptions,
    ReviewLine,
)
from matchtafel.reports.texts import Words


def write_minutes(
    minutes: Minutes, out: str | Path | BinaryIO, options: MinutesOptions | None = None
) -> None:
    options = options or MinutesOptions()
    w = Words(options.language)
    story = _header(minutes, w)
    story += _attendance(minutes, w)
    if options.review:
        story += _review(minutes, w, options.list_undecided)
    story += _cases(minutes, w, options)
    if options.new_vacancies:
        story += _new_vacancies(minutes, w)
    if options.actions:
        story += _action_table(minutes.actions(), w, section(w["actions"]))
    story += section(w["next_session"], room=16)
    story.append(para(w.date(minutes.next_session) if minutes.next_session else w["no_next_session"]))
    if minutes.amendments:
        story += section(w["amendments"], room=25)
        story += [para(amendment_sentence(a, w)) for a in minutes.amendments]
    title = f"{w['minutes']} {minutes.title} {minutes.starts_at:%Y-%m-%d}"
    build(story, out, words=w, title=title, subject=w["subject"], author=minutes.author_organisation)


def write_actions(actions: ActionList, out: str | Path | BinaryIO, *, language: str = "nl") -> None:
    w = Words(language)
    heading = (
        w["actions_for"].format(organisation=actions.organisation) if actions.organisation else w["actions"]
    )
    story: list[Flowable] = [
        para(f"{heading} — {actions.title}", "title"),
        para(f"{w['date']}: {w.date(actions.starts_at)} · {w['confidential']}", "small"),
        Spacer(0, 6),
    ]
    story += _action_table(actions.actions, w)
    title = f"{w['actions_title']} {actions.title} {actions.starts_at:%Y-%m-%d}"
    build(story, out, words=w, title=title, subject=heading, author=actions.author_organisation)


SUBJECT_LIMIT = 80  # characters of an agreement quoted in a change after locking


def amendment_sentence(a: AmendmentLine, w: Words) -> str:
    """A change after locking as a sentence in the document's language: "Afspraak 'Cv bijwerken' van
    J-2026-0081 T.B. verwijderd door Anna (Gemeente) op 23-11-2026 10:12."."""
    case = a.case or w["someone"]
    parts = {
        "case": case,
        "subject": short(a.subject),
        "of": w["agreement_of"].format(case=a.case) if a.case else "",
        "decision": w.vocab(a.detail, ReviewDecision),
        "status": w.vocab(a.detail, AttendanceStatus),
    }
    keys = [f"{a.entity}_{a.action}_{a.detail}", f"{a.entity}_{a.action}"]
    template = next((w.table[k] for k in keys if k in w.table), None)
    change = template.format(**parts) if a.action and template else a.description
    return w["change_by"].format(change=change, by=a.by, at=w.date(a.at))


def short(text: str, limit: int = SUBJECT_LIMIT) -> str:
    """An agreement named in a sentence: its first words, not 500 characters (the table above has it all)."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", limit // 2, limit)  # end on a whole word when one ends in the second half
    return text[: space if space > 0 else limit].rstrip(" ,.;:") + "…"


def _header(m: Minutes, w: Words) -> list[Flowable]:
    if m.locked_at:  # "Vastgesteld op 22-11-2026 13:30 door Danique Merckx": the status says it all
        template = w["adopted_by"] if m.locked_by else w["adopted"]
        status = template.format(at=w.date(m.locked_at), by=m.locked_by)
    else:
        status = f"{w.vocab(m.status, MeetingStatus)} · {w['not_locked']}"
    facts = [
        (w["date"], w.date(m.starts_at)),
        (w["place"], m.place),
        (w["chair"], m.chair),
        (w["minute_taker"], m.minute_taker),
        (w["status"], status),
    ]
    story: list[Flowable] = [
        para(f"{w['minutes']} {m.title}", "title"),
        markup(f"<b>{safe(w['confidential']).upper()}</b> · " + safe(w["distribution"]), "small"),
        Spacer(0, 4),
    ]
    story += [markup(f"<b>{safe(label)}:</b> {safe(value)}") for label, value in facts]
    story.append(para(w["names_full"] if m.full_names else w["names_pseudo"], "small"))
    return story


def _attendance(m: Minutes, w: Words) -> list[Flowable]:
    by_organisation: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person in m.attendees:
        by_organisation[person.organisation][person.status].append(person.name)
    shown = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)
    rows = [
        [organisation, *(", ".join(statuses.get(s, [])) for s in shown)]
        for organisation, statuses in sorted(by_organisation.items())
    ]
    header = [w["organisation"], *(w.vocab(s) for s in shown)]
    return with_table(section(w["attendance"]), table(header, rows, [45, 55, 40, CONTENT_WIDTH - 140]))


def _review(m: Minutes, w: Words, list_undecided: bool) -> list[Flowable]:
    heading: list[Flowable] = section(w["review"])
    if not m.review:
        return [*heading, para(w["no_review"])]
    decided = [line for line in m.review if line.decision]
    undecided = [line for line in m.review if not line.decision]
    story: list[Flowable] = []
    if decided:
        rows = []
        for line in decided:
            decision = w.vocab(line.decision or "", ReviewDecision)
            if line.new_deadline:
                decision += f": {w.date(line.new_deadline)}"
            rows.append([*_review_cells(line, w), decision])
        story += with_table(heading, _review_table(w, rows, decided, w["decision"]))
    else:
        story += [*heading, para(w["no_decisions"])]
    if undecided:
        count = len(undecided)
        summary = w["undecided_one"] if count == 1 else w["undecided_many"].format(n=count)
        story.append(para(summary))
        if list_undecided:
            rows = [_review_cells(line, w) for line in undecided]
            story += with_table([para(w["undecided_list"], "h3")], _review_table(w, rows, undecided))
    return story


def _review_cells(line: ReviewLine, w: Words) -> list[str]:
    return [line.case or w["general"], line.action, line.owner or w["unknown"], w.date(line.deadline)]


def _review_table(w: Words, rows: list[list[str]], lines: list[ReviewLine], last: str = "") -> Flowable:
    case = fit_width([line.case or w["general"] for line in lines], 22, 40)
    header = [w["case"], w["agreement"], w["owner"], w["deadline"]]
    widths = [case, CONTENT_WIDTH - case - 54 - (30 if last else 0), 34, 20]
    if last:
        header.append(last)
        widths.append(30)
    return table(header, rows, widths)


def _cases(m: Minutes, w: Words, options: MinutesOptions) -> list[Flowable]:
    story: list[Flowable] = section(w["cases_planned" if m.status == "planned" else "cases"])
    if not m.cases:
        return [*story, para(w["no_cases"])]
    for number, case in enumerate(m.cases, start=1):
        status = w.vocab(case.status, CaseStatus)
        facts = " · ".join(p for p in (case.programme, w.level(case.level), status) if p)
        block: list[Flowable] = [para(f"{number}. {case.label}", "h3"), para(facts, "small")]
        if case.situation:
            block.append(markup(f"<b>{safe(w['situation'])}:</b> {safe(case.situation)}"))
        story.append(KeepTogether(block))
        if options.notes and case.notes.strip():
            story.append(markup(f"<b>{safe(w['notes'])}:</b>", "label"))
            story.append(para(case.notes))  # a plain paragraph: long notes flow on to the next page
        if case.proposals:
            rows = [
                [p.vacancy, p.employer, p.place, w.vocab(p.status, ProposalStatus)] for p in case.proposals
            ]
            header = [w["proposals"], w["employer"], w["place"], w["status"]]
            story += with_table([], table(header, rows, [CONTENT_WIDTH - 125, 55, 35, 35]))
        rows = [[a.action, a.owner or w["unknown"], w.date(a.deadline)] for a in case.agreements]
        if rows:
            story.append(Spacer(0, 3))
            header = [w["agreements"], w["owner"], w["deadline"]]
            story += with_table([], table(header, rows, [CONTENT_WIDTH - 80, 55, 25]))
    return story


def _new_vacancies(m: Minutes, w: Words) -> list[Flowable]:
    heading: list[Flowable] = section(w["new_vacancies"])
    if not m.new_vacancies:
        return [*heading, para(w["no_new_vacancies"])]
    rows = [[v.title, v.employer, v.place, w.level(v.level), w.date(v.open_until)] for v in m.new_vacancies]
    header = [w["vacancy"], w["employer"], w["place"], w["level"], w["open_until"]]
    return with_table(heading, table(header, rows, [CONTENT_WIDTH - 137, 50, 32, 30, 25]))


def _action_table(
    actions: list[ActionLine], w: Words, heading: list[Flowable] | None = None
) -> list[Flowable]:
    heading = heading or []
    if not actions:
        return [*heading, para(w["no_actions"])]
    rows = [
        [
            a.action,
            f"{a.owner} ({a.organisation})" if a.organisation else a.owner or w["unknown"],
            w.date(a.deadline),
            a.case or w["general"],
        ]
        for a in actions
    ]
    case = fit_width([row[3] for row in rows], 25, 45)
    header = [w["what"], w["owner"], w["by_when"], w["for_case"]]
    return with_table(heading, table(header, rows, [CONTENT_WIDTH - 85 - case, 60, 25, case]))

"""The minutes (verslag) of one Matchtafel session as a PDF, and the action list on its own.

Content as DOMAIN.md lists it: header, attendance per organisation, review of open agreements, each case,
new vacancies, the closing action list, the next session, amendments after locking; every page says
"Vertrouwelijk — pagina X van Y". Options leave out the review, notes, new vacancies or action list.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from matchtafel.reports.document import CONTENT_WIDTH, build, markup, para, safe, section, table
from matchtafel.reports.model import ActionLine, ActionList, Minutes, MinutesOptions
from matchtafel.reports.texts import Words


def write_minutes(
    minutes: Minutes, out: str | Path | BinaryIO, options: MinutesOptions | None = None
) -> None:
    options = options or MinutesOptions()
    w = Words(options.language)
    story = _header(minutes, w)
    story += _attendance(minutes, w)
    if options.review:
        story += _review(minutes, w)
    story += _cases(minutes, w, options)
    if options.new_vacancies:
        story += _new_vacancies(minutes, w)
    if options.actions:
        story += section(w["actions"])
        story += _action_table(minutes.actions(), w)
    story += section(w["next_session"], room=16)
    story.append(para(w.date(minutes.next_session) if minutes.next_session else w["no_next_session"]))
    if minutes.amendments:
        story += section(w["amendments"])
        rows = [[w.date(a.at), a.by, a.description] for a in minutes.amendments]
        story.append(table([w["at"], w["by"], w["change"]], rows, [32, 50, CONTENT_WIDTH - 82]))
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


def _header(m: Minutes, w: Words) -> list[Flowable]:
    locked = w["locked"].format(at=w.date(m.locked_at), by=m.locked_by) if m.locked_at else w["not_locked"]
    facts = [
        (w["date"], w.date(m.starts_at)),
        (w["place"], m.place),
        (w["chair"], m.chair),
        (w["minute_taker"], m.minute_taker),
        (w["status"], f"{w[m.status]} · {locked}"),
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
    rows = [
        [organisation, *(", ".join(statuses.get(s, [])) for s in ("present", "excused", "absent"))]
        for organisation, statuses in sorted(by_organisation.items())
    ]
    header = [w["organisation"], w["present"], w["excused"], w["absent"]]
    return [*section(w["attendance"]), table(header, rows, [45, 55, 40, CONTENT_WIDTH - 140])]


def _review(m: Minutes, w: Words) -> list[Flowable]:
    story: list[Flowable] = section(w["review"])
    if not m.review:
        return [*story, para(w["no_review"])]
    rows = []
    for line in m.review:
        decision = w[line.decision] if line.decision else w["not_decided"]
        if line.new_deadline:
            decision += f": {w.date(line.new_deadline)}"
        rows.append(
            [
                line.case or w["general"],
                line.action,
                line.owner or w["unknown"],
                w.date(line.deadline),
                decision,
            ]
        )
    header = [w["case"], w["agreement"], w["owner"], w["deadline"], w["decision"]]
    return [*story, table(header, rows, [28, CONTENT_WIDTH - 112, 34, 20, 30])]


def _cases(m: Minutes, w: Words, options: MinutesOptions) -> list[Flowable]:
    story: list[Flowable] = section(w["cases"])
    if not m.cases:
        return [*story, para(w["no_cases"])]
    for number, case in enumerate(m.cases, start=1):
        facts = " · ".join(p for p in (case.programme, w.level(case.level), w[case.status]) if p)
        block: list[Flowable] = [para(f"{number}. {case.label}", "h3"), para(facts, "small")]
        if case.situation:
            block.append(markup(f"<b>{safe(w['situation'])}:</b> {safe(case.situation)}"))
        story.append(KeepTogether(block))
        if options.notes and case.notes.strip():
            story.append(markup(f"<b>{safe(w['notes'])}:</b>", "label"))
            story.append(para(case.notes))  # a plain paragraph: long notes flow on to the next page
        if case.proposals:
            rows = [[p.vacancy, p.employer, p.place, w[p.status]] for p in case.proposals]
            header = [w["proposals"], w["employer"], w["place"], w["status"]]
            story.append(table(header, rows, [CONTENT_WIDTH - 125, 55, 35, 35]))
        rows = [[a.action, a.owner or w["unknown"], w.date(a.deadline)] for a in case.agreements]
        if rows:
            story.append(Spacer(0, 3))
            story.append(
                table([w["agreements"], w["owner"], w["deadline"]], rows, [CONTENT_WIDTH - 80, 55, 25])
            )
    return story


def _new_vacancies(m: Minutes, w: Words) -> list[Flowable]:
    story: list[Flowable] = section(w["new_vacancies"])
    if not m.new_vacancies:
        return [*story, para(w["no_new_vacancies"])]
    rows = [[v.title, v.employer, v.place, w.level(v.level), w.date(v.open_until)] for v in m.new_vacancies]
    header = [w["vacancy"], w["employer"], w["place"], w["level"], w["open_until"]]
    return [*story, table(header, rows, [CONTENT_WIDTH - 137, 50, 32, 30, 25])]


def _action_table(actions: list[ActionLine], w: Words) -> list[Flowable]:
    if not actions:
        return [para(w["no_actions"])]
    rows = [
        [
            a.action,
            f"{a.owner} ({a.organisation})" if a.organisation else a.owner or w["unknown"],
            w.date(a.deadline),
            a.case or w["general"],
        ]
        for a in actions
    ]
    header = [w["what"], w["owner"], w["by_when"], w["for_case"]]
    return [table(header, rows, [CONTENT_WIDTH - 125, 60, 25, 40])]

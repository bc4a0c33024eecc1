"""The overview report's parts around the table: the selection it was made for, and the CSV rows and key
figures of BPV and jobs, first jobs, school leavers and employers engaged."""

from __future__ import annotations

from matchtafel.reports.figures import Figures
from matchtafel.reports.texts import Words

Row = tuple[str, str, str, object]


def selection_lines(figures: Figures, w: Words) -> list[str]:
    """What the overview was narrowed to, one line each, and the note on what the narrowing applies to;
    nothing for an overview of everyone."""
    chosen = figures.selection
    if chosen.is_everyone:
        return []
    lines = []
    if chosen.school_id is not None:
        lines.append(w["selection_school"].format(name=chosen.school))
    if chosen.employer_id is not None:
        lines.append(w["selection_employer"].format(name=chosen.employer))
    if chosen.sector:
        lines.append(w["selection_sector"].format(name=chosen.sector))
    if chosen.kind is not None:
        lines.append(w["selection_kind"].format(name=w.kind(chosen.kind)))
    return [*lines, w["selection_note"]]


def around_rows(figures: Figures, w: Words) -> list[Row]:
    rows: list[Row] = []
    for name, moment in ((w["moment_bpv"], figures.bpv), (w["moment_job"], figures.jobs)):
        rows += [
            (w["csv_moments"], name, w["found"], moment.found),
            (w["csv_moments"], name, w["checked"], moment.checked),
            (w["csv_moments"], name, w["kept"], moment.kept),
        ]
    jobs = figures.first_jobs
    for key, value in (
        ("count_jobs", jobs.count),
        ("permanent", jobs.permanent),
        ("temporary", jobs.temporary),
        ("at_level", jobs.at_level),
        ("below_level", jobs.below_level),
        ("in_field", jobs.in_field),
        ("outside_field", jobs.outside_field),
    ):
        rows.append((w["csv_first_jobs"], "", w[key], value))
    leavers = figures.leavers
    rows += [
        (w["csv_leavers"], "", w["left_school"], leavers.left),
        (w["csv_leavers"], "", w["without_diploma"], leavers.without_diploma),
    ]
    for contact in leavers.moments:
        name = w["csv_leaver_moment"].format(months=contact.months)
        rows += [(name, "", w[str(status)], n) for status, n in sorted(contact.statuses.items())]
        rows += [(name, "", w["not_yet"], contact.not_yet), (name, "", w["worrying"], contact.worrying)]
    engaged = figures.engagement
    rows += [
        (w["csv_engagement"], "", w["employers_total"], engaged.employers),
        (w["csv_engagement"], "", w["as_employer"], engaged.as_employer),
        (w["csv_engagement"], "", w["as_partner"], engaged.as_partner),
        (w["csv_engagement"], "", w["share_engaged"], _share(engaged.share)),
        (w["csv_engagement"], "", w["target"], _share(engaged.target)),
    ]
    return rows


def around_key_figures(figures: Figures, w: Words) -> list[list[str]]:
    rows = []
    for name, moment in ((w["moment_bpv"], figures.bpv), (w["moment_job"], figures.jobs)):
        rows.append(
            [
                name,
                w["key_moments"].format(
                    found=moment.found,
                    kept=moment.kept,
                    checked=moment.checked,
                    share=_share(moment.share_kept),
                ),
            ]
        )
    jobs = figures.first_jobs
    rows.append(
        [
            w["csv_first_jobs"],
            w["key_first_jobs"].format(
                count=jobs.count, permanent=jobs.permanent, at_level=jobs.at_level, in_field=jobs.in_field
            ),
        ]
    )
    leavers = figures.leavers
    rows.append(
        [
            w["csv_leavers"],
            w["key_leavers"].format(
                left=leavers.left,
                without=leavers.without_diploma,
                worrying=sum(m.worrying for m in leavers.moments),
            ),
        ]
    )
    engaged = figures.engagement
    rows.append(
        [
            w["csv_engagement"],
            w["key_engagement"].format(
                engaged=engaged.engaged,
                employers=engaged.employers,
                share=_share(engaged.share),
                target=_share(engaged.target),
            ),
        ]
    )
    return rows


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"

"""Matching figures on the large demo database (issue 4). Prints, never asserts.

python benchmarks/matching.py [DB]     (make bench runs it)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

LARGE_DB = Path(__file__).resolve().parents[1] / ".bench" / "large.sqlite3"


def main(db_path: Path = LARGE_DB) -> list[tuple[str, str, str]]:
    from sqlalchemy import select

    from matchtafel.db import open_database
    from matchtafel.matching.scorer import Matcher
    from matchtafel.models import YoungPerson
    from matchtafel.services import Actor, Services
    from matchtafel.services.matching import CANDIDATE_COLUMNS, candidate_from, opening_from

    db = open_database(db_path, exclusive=False)
    services = Services.create(db.sessions, Actor("benchmark"))
    today = services.clock.today()
    with db.sessions() as s:
        young_rows = s.execute(select(*[getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS])).mappings().all()
        vacancy_rows = s.execute(services.matching._vacancy_select()).mappings().all()
    candidates = [candidate_from(r) for r in young_rows]
    openings = [opening_from(r) for r in vacancy_rows]
    matcher = Matcher(today=today)
    started = time.perf_counter()
    openings_table = matcher.openings_table(openings)
    build_openings = time.perf_counter() - started
    started = time.perf_counter()
    candidates_table = matcher.candidates_table(candidates)
    build_candidates = time.perf_counter() - started

    one_person = []
    for candidate in candidates[:200]:
        started = time.perf_counter()
        matcher.rank_openings(candidate, openings_table, limit=25)
        one_person.append(time.perf_counter() - started)
    one_vacancy = []
    for opening in openings[:100]:
        started = time.perf_counter()
        matcher.rank_candidates(opening, candidates_table, limit=25)
        one_vacancy.append(time.perf_counter() - started)

    agenda = [c.id for c in candidates[1000:1030]]
    started = time.perf_counter()
    services.matching.for_young_people(agenda, today=today)
    agenda_cold = time.perf_counter() - started
    warm = []
    for offset in range(5):
        ids = [c.id for c in candidates[2000 + 30 * offset : 2030 + 30 * offset]]
        started = time.perf_counter()
        services.matching.for_young_people(ids, today=today)
        warm.append(time.perf_counter() - started)
    db.close()
    ms = lambda seconds: f"{seconds * 1000:.1f} ms"  # noqa: E731
    return [
        (
            f"rank {len(openings)} vacancies for one young person (median of 200)",
            ms(statistics.median(one_person)),
            "goal <= 20 ms",
        ),
        ("... worst of those 200", ms(max(one_person)), "-"),
        (
            f"rank {len(candidates)} young people for one vacancy (median of 100)",
            ms(statistics.median(one_vacancy)),
            "-",
        ),
        (
            "suggestions for a 30-case agenda, through the service (tables cached)",
            ms(statistics.median(warm)),
            "goal <= 300 ms",
        ),
        ("... the first time (reads and builds the vacancy table)", ms(agenda_cold), "-"),
        (f"build the vacancy table ({len(openings)})", ms(build_openings), "-"),
        (f"build the young people table ({len(candidates)})", ms(build_candidates), "-"),
    ]


if __name__ == "__main__":
    from registers import print_table  # type: ignore[import-not-found]

    print_table(main(Path(sys.argv[1]) if len(sys.argv) > 1 else LARGE_DB))

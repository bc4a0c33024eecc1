"""Matching figures (issue 4) on a demo database. Prints, never asserts.

python benchmarks/matching.py DB [--size 20k]     (make bench runs it per size)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db_path = args.db
    from sqlalchemy import select

    from matchtafel.matching.scorer import Matcher
    from matchtafel.models import YoungPerson
    from matchtafel.services import Actor, Services
    from matchtafel.services.match_features import CANDIDATE_COLUMNS, candidate_from, opening_from
    from matchtafel.storage.db import open_database

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
    for offset in range(max(5, args.runs)):
        ids = [c.id for c in candidates[2000 + 30 * offset : 2030 + 30 * offset]]
        started = time.perf_counter()
        services.matching.for_young_people(ids, today=today)
        warm.append(time.perf_counter() - started)
    db.close()
    ms = lambda values: [v * 1000 for v in values]  # noqa: E731
    size = args.size
    emit(
        Figure(
            "matching.one_person",
            f"Suggestions: rank {len(openings)} vacancies for one young person (200 people)",
            "ms",
            ms(one_person),
            size,
        )
    )
    emit(
        Figure(
            "matching.one_vacancy",
            f"Suggestions: rank {len(candidates)} young people for one vacancy (100 vacancies)",
            "ms",
            ms(one_vacancy),
            size,
        )
    )
    emit(
        Figure(
            "matching.agenda", "Suggestions for a 30-case agenda (service, tables kept)", "ms", ms(warm), size
        )
    )
    emit(
        Figure(
            "matching.agenda_cold",
            "... the first time (reads and builds the tables)",
            "ms",
            ms([agenda_cold]),
            size,
        )
    )
    emit(Figure("matching.build_openings", "Build the vacancy table", "ms", ms([build_openings]), size))
    emit(
        Figure(
            "matching.build_candidates", "Build the young people table", "ms", ms([build_candidates]), size
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

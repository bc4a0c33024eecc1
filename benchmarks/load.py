"""Load on a shared PostgreSQL server, as the region would put it on (issue 10, made honest in issue 15).
Prints, never asserts.

    python benchmarks/load.py [--url ADMIN_URL] [--clients 20] [--seconds 60] [--size large] [--think 1.0]
                              [--runs 5] [--reuse] [--explain]

Without --url it starts a throw-away server with scripts/pg-test-server. The database is the demo (large: 20,000
young people, 10,000 vacancies) set up with ``server init``: row-level security on every person-level table.

Two phases in the same run, the same clients and seeds:

1. **with RLS**: each client is one person with their own login (a mix of the roles: schools, WSP, the
   municipality, minute takers, the coordinator), so every query passes the policies;
2. **without RLS**: the same clients as the administrator (a superuser: no policy applies), for comparison.

Each client is its own process with its own connection pool, doing the usual mix: the lists (young people,
vacancies: a page as the registers ask for it; the proposals), a session's view, adding an agreement and
proposing, with about a second between actions as a person takes (--think 0: a stress test). What a role may
not do, or a young person without consent, is refused as the app would refuse it: counted apart.

Each run starts again from the same demo (a fresh copy of the template, the rules and the logins set up anew);
the verdict is on the median over the runs (--runs, at least 5 for a figure to report).

Goals: 0 errors; p95 of the list queries <= 100 ms with RLS. --explain prints EXPLAIN ANALYZE of each list query
as each role.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE = "matchtafel_load"
TEMPLATE = "matchtafel_load_demo"  # the demo, made once with --reuse
PASSWORD = "Belasting-test-2026"
LISTS = ("list young people", "list vacancies", "list proposals")
ROLE_MIX = (
    ("school",) * 8 + ("wsp",) * 4 + ("municipality",) * 3 + ("minute_taker",) * 3 + ("coordinator",) * 2
)
WEIGHTS = {
    "list young people": 25,
    "list vacancies": 25,
    "list proposals": 15,
    "session view": 15,
    "add agreement": 12,
    "propose": 8,
}


def client(url: str, seconds: float, seed: int, think: float, out: Any, start: Any) -> None:
    from matchtafel.domain.errors import UserError
    from matchtafel.domain.vocabulary import MeetingStatus, VacancyStatus
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    rng = random.Random(seed)
    db = open_database(url, exclusive=False)
    services = Services.create(db.sessions, Actor(f"client {seed}", "Benchmark"))
    meeting = next(m.id for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    young = [y.id for y in services.young_people.list_page().rows]
    vacancies = [v.id for v in services.vacancies.rows_page().rows if v.status == VacancyStatus.OPEN]
    proposals = [p.id for p in services.pipeline.proposals_page().rows]
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    refused = 0
    actions = {
        # a page as the registers ask for them: the first, or one further on
        "list young people": lambda: services.young_people.list_page(
            after_id=rng.choice([None, *young[::50]])
        ),
        "list vacancies": lambda: services.vacancies.rows_page(after_id=rng.choice([None, *vacancies[::50]])),
        "list proposals": lambda: services.pipeline.proposals_page(
            after_id=rng.choice([None, *proposals[::25]])
        ),
        "session view": lambda: services.session_view.view(meeting),
        "add agreement": lambda: services.agenda.add_agreement(
            meeting, action=f"Bellen {rng.randint(1, 10**6)}", owner_id=None, deadline=None
        ),
        "propose": lambda: services.proposals.propose(rng.choice(young), rng.choice(vacancies)),
    }
    start.wait(timeout=300)  # measure once every client is in (starting 20 Pythons is not the server)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        name = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
        started = time.perf_counter()
        try:
            actions[name]()
        except UserError:
            refused += 1  # no consent, already proposed, not this role's to do: the app says so
        except Exception as exc:
            errors.append(f"{name}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
        timings.setdefault(name, []).append(time.perf_counter() - started)
        if think:
            time.sleep(rng.uniform(0.5, 1.5) * think)  # a person reads the screen before the next action
    db.close()
    out.put((timings, errors, refused))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="an administrator's postgresql:// URL (default: a throw-away server)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--size", choices=("small", "medium", "large", "xl"), default="large")
    parser.add_argument("--think", type=float, default=1.0, help="seconds between actions (0: flat out)")
    parser.add_argument(
        "--runs", type=int, default=5, help="runs of both phases; the verdict is their median"
    )
    parser.add_argument("--reuse", action="store_true", help=f"keep the demo ({TEMPLATE}) for the next run")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each list query per role")
    args = parser.parse_args()
    server_dir = None
    admin_url = args.url
    if not admin_url:
        server_dir = tempfile.mkdtemp(prefix="matchtafel-load-pg.")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        admin_url = subprocess.run(
            [str(ROOT / "scripts" / "pg-test-server"), "start", server_dir, str(port)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    try:
        return run(admin_url, args)
    finally:
        if server_dir:
            subprocess.run([str(ROOT / "scripts" / "pg-test-server"), "stop", server_dir], check=False)


def prepare(admin_url: str, args: argparse.Namespace, *, keep_template: bool = False) -> str:
    """The demo database, set up as a shared server (row-level security on every person-level table)."""
    from sqlalchemy import create_engine, text

    from matchtafel.demo.region import generate_demo
    from matchtafel.storage.db import open_database, to_url
    from matchtafel.storage.server import init_server

    url = to_url(admin_url).set(database=DATABASE).render_as_string(hide_password=False)
    template = to_url(admin_url).set(database=TEMPLATE).render_as_string(hide_password=False)
    admin = create_engine(to_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": TEMPLATE}).first()
        if not ((args.reuse or keep_template) and exists):
            conn.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {TEMPLATE}"))
            started = time.perf_counter()
            db = open_database(template)
            generate_demo(db.sessions, size=args.size, seed=7)
            db.close()
            print(f"demo ({args.size}) made in {time.perf_counter() - started:.0f} s")
        # every run starts from the same data (--reuse keeps the demo, not what the last run added)
        conn.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {DATABASE} TEMPLATE {TEMPLATE}"))
    admin.dispose()
    init_server(url)
    with create_engine(to_url(url), isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("ANALYZE"))
    return url


def make_logins(url: str, count: int) -> list[tuple[str, str]]:
    """One login per client, in the role of ROLE_MIX, tied to a person of a fitting organisation."""
    from sqlalchemy import create_engine, text

    from matchtafel.storage.db import to_url
    from matchtafel.storage.server import add_user

    engine = create_engine(to_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DELETE FROM db_accounts WHERE login LIKE 'load\\_%'"))
        for (login,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'load\\_%'")):
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))  # left by an interrupted run

        def people_of(kinds: tuple[str, ...]) -> list[tuple[str, str]]:
            return list(
                conn.execute(
                    text(
                        "SELECT o.name, p.name FROM people p JOIN organisations o ON o.id = p.organisation_id "
                        "JOIN organisation_kinds k ON k.id = o.kind_id WHERE k.code = ANY(:k) ORDER BY o.name, p.id"
                    ),
                    {"k": list(kinds)},
                ).tuples()
            )

        pools = {
            "school": people_of(("mbo", "pro", "vso")),
            "wsp": people_of(("wsp", "uwv")),
            "municipality": people_of(("gemeente", "doorstroompunt")),
            "coordinator": people_of(("gemeente",)),
            "minute_taker": list(
                conn.execute(
                    text(
                        "SELECT o.name, p.name FROM meetings m JOIN people p ON p.id = m.minute_taker_id "
                        "JOIN organisations o ON o.id = p.organisation_id GROUP BY o.name, p.name ORDER BY p.name"
                    )
                ).tuples()
            ),
        }
    engine.dispose()
    logins = []
    for number in range(count):
        role = ROLE_MIX[number % len(ROLE_MIX)]
        organisation, person = pools[role][number % len(pools[role])]
        login = f"load_{role}_{number}"
        add_user(url, login, organisation=organisation, role=role, password=PASSWORD, person=person)
        logins.append((login, role))
    return logins


def phase(urls: list[str], args: argparse.Namespace) -> tuple[dict[str, list[float]], list[str], int]:
    context = multiprocessing.get_context("spawn")
    queue: Any = context.Queue()
    start: Any = context.Barrier(len(urls) + 1)
    processes = [
        context.Process(target=client, args=(url, args.seconds, n, args.think, queue, start))
        for n, url in enumerate(urls)
    ]
    for p in processes:
        p.start()
    start.wait(timeout=300)
    results = [queue.get(timeout=args.seconds + 300) for _ in processes]
    for p in processes:
        p.join()
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    refused = 0
    for client_timings, client_errors, client_refused in results:
        for name, values in client_timings.items():
            timings.setdefault(name, []).extend(values)
        errors += client_errors
        refused += client_refused
    return timings, errors, refused


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * 0.95) - 1, 0)] * 1000 if ordered else 0.0


def report(title: str, timings: dict[str, list[float]], errors: list[str], refused: int) -> tuple[float, int]:
    print(f"\n{title}")
    for name, values in sorted(timings.items()):
        print(
            f"  {name:<20} {len(values):6d} calls   median {statistics.median(values) * 1000:7.1f} ms   "
            f"p95 {p95(values):7.1f} ms   max {max(values) * 1000:7.1f} ms"
        )
    lists = [v for name in LISTS for v in timings.get(name, [])]
    print(f"  errors: {len(errors)} (goal 0); refused as the app would: {refused}")
    print(f"  p95 of the list queries: {p95(lists):.1f} ms (goal <= 100 ms)")
    for line in sorted(set(errors))[:10]:
        print("    ", line)
    return p95(lists), len(errors)


def explain(url: str, logins: list[tuple[str, str]]) -> None:
    """EXPLAIN ANALYZE of each list query, as the first login of each role."""
    from sqlalchemy import text
    from sqlalchemy.dialects import postgresql

    from matchtafel.models import Proposal, Vacancy, YoungPerson
    from matchtafel.services.paging import LIST_PAGE
    from matchtafel.services.pipeline import PipelineService
    from matchtafel.services.vacancies import VacanciesService
    from matchtafel.services.young_people import YoungPeopleService
    from matchtafel.storage.db import open_database, to_url

    queries = {
        "young people (a page)": YoungPeopleService._list_rows_statement(False)
        .order_by(None)
        .order_by(YoungPerson.id)
        .limit(LIST_PAGE),
        "vacancies (a page)": VacanciesService.__new__(VacanciesService)
        ._list_statement()
        .where(Vacancy.archived_at.is_(None))
        .order_by(None)
        .order_by(Vacancy.id)
        .limit(LIST_PAGE),
        "proposals (a page)": PipelineService._list_statement()
        .order_by(None)
        .order_by(Proposal.id)
        .limit(LIST_PAGE),
    }
    seen = set()
    for login, role in logins:
        if role in seen:
            continue
        seen.add(role)
        db = open_database(
            to_url(url).set(username=login, password=PASSWORD).render_as_string(hide_password=False)
        )
        with db.engine.connect() as conn:
            for name, stmt in queries.items():
                sql = str(stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
                plan = conn.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}")).scalars().all()
                print(f"\n-- {role}: {name}")
                print("\n".join(plan))
        db.close()


def run(admin_url: str, args: argparse.Namespace) -> int:
    from matchtafel.storage.db import to_url

    figures: list[tuple[float, float]] = []
    errors = 0
    for number in range(1, args.runs + 1):
        url = prepare(admin_url, args, keep_template=number > 1)
        logins = make_logins(url, args.clients)
        if number == 1:
            roles = ", ".join(f"{[r for _, r in logins].count(r)} {r}" for r in dict.fromkeys(ROLE_MIX))
            print(
                f"{args.clients} clients ({roles}), {args.seconds:.0f} s a phase, about {args.think:.1f} s between "
                f"actions, {args.size} demo, {args.runs} runs, against {to_url(admin_url).host}"
            )
            if args.explain:
                explain(url, logins)
        as_logins = [
            to_url(url).set(username=login, password=PASSWORD).render_as_string(hide_password=False)
            for login, _ in logins
        ]
        with_rls, failed = report(
            f"Run {number}: with RLS (each client its own login)", *phase(as_logins, args)
        )
        without, failed_without = report(
            f"Run {number}: without RLS (the same clients as the administrator)",
            *phase([url] * len(logins), args),
        )
        errors += failed + failed_without
        figures.append((with_rls, without))
        print(f"run {number}: list p95 {with_rls:.1f} ms with RLS, {without:.1f} ms without")
    median_with = statistics.median(f[0] for f in figures)
    median_without = statistics.median(f[1] for f in figures)
    met = median_with <= 100 and errors == 0
    print(
        f"\nlist p95, median of {len(figures)} runs: {median_with:.1f} ms with RLS, {median_without:.1f} ms without "
        f"(goal <= 100 ms with RLS); errors {errors} (goal 0): {'MET' if met else 'NOT MET'}"
        + ("" if len(figures) >= 5 else " (fewer than 5 runs: not a figure to report)")
    )
    from sqlalchemy import create_engine, text

    admin = create_engine(to_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        if not args.reuse:
            conn.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
        for login, _ in logins:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

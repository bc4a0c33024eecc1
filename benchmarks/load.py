"""Load on a shared PostgreSQL server over loopback (issue 10). Prints, never asserts.

    python benchmarks/load.py [--url ADMIN_URL] [--clients 20] [--seconds 60]

Without --url it starts a throw-away server with scripts/pg-test-server. Each client is its own process
with its own connection pool, doing the usual mix: the lists (young people, vacancies, proposals), a
session's view, agreements and proposals, with about a second between actions as a person takes (--think 0:
a stress test). Goals: 0 errors; p95 of the list queries <= 100 ms. On the large demo by default (20,000 young
people, 10,000 vacancies); before the load, the plan of every query the three lists send (EXPLAIN ANALYZE by
PostgreSQL's auto_explain, as the lists send them). The clients log in as the administrator: the role logins
and row-level security of issue 15 are not on this branch yet.
An expected refusal (a young person already proposed for that vacancy) is counted apart, not as an error.
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

LISTS = ("list young people", "list vacancies", "list proposals")


def client(url: str, seconds: float, seed: int, think: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from matchtafel.db import open_database
    from matchtafel.errors import UserError
    from matchtafel.services import Actor, Services
    from matchtafel.vocabulary import MeetingStatus, VacancyStatus

    rng = random.Random(seed)
    db = open_database(url, exclusive=False)
    services = Services.create(db.sessions, Actor(f"client {seed}", "Benchmark"))
    meeting = next(m.id for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    young = [y.id for y in services.young_people.list_rows()]
    vacancies = [v.id for v in services.vacancies.rows() if v.status == VacancyStatus.OPEN]
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    refused = 0
    actions = {
        "list young people": lambda: services.young_people.list_rows(),
        "list vacancies": lambda: services.vacancies.rows(),
        "list proposals": lambda: services.pipeline.proposals(),
        "session view": lambda: services.session_view.view(meeting),
        "add agreement": lambda: services.agenda.add_agreement(
            meeting, action=f"Bellen {rng.randint(1, 10**6)}", owner_id=None, deadline=None
        ),
        "propose": lambda: services.proposals.propose(rng.choice(young), rng.choice(vacancies)),
    }
    weights = (25, 25, 15, 15, 12, 8)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        name = rng.choices(list(actions), weights)[0]
        started = time.perf_counter()
        try:
            actions[name]()
        except UserError:
            refused += 1  # no consent, already proposed: the app says so, the server is fine
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
    parser.add_argument("--no-explain", action="store_true", help="skip the plans of the list queries")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="seconds a person takes between actions (0: as fast as possible)",
    )
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


def run(admin_url: str, args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine, text

    from matchtafel.db import open_database, to_url
    from matchtafel.services.demo import generate_demo

    admin = create_engine(to_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS matchtafel_load WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE matchtafel_load"))
    url = to_url(admin_url).set(database="matchtafel_load").render_as_string(hide_password=False)
    db = open_database(url)
    generate_demo(db.sessions, size=args.size, seed=7)
    db.close()
    with create_engine(url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("ANALYZE"))  # as autovacuum would soon after: plans from the real row counts
    if not args.no_explain:
        explain_lists(url)
    print(
        f"{args.clients} clients, {args.seconds:.0f} s each, about {args.think:.1f} s between actions, "
        f"{args.size} demo, against {to_url(admin_url).host}"
    )
    queue: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()  # type: ignore[type-arg]
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=client, args=(url, args.seconds, n, args.think, queue))
        for n in range(args.clients)
    ]
    for p in processes:
        p.start()
    results = [queue.get(timeout=args.seconds + 120) for _ in processes]
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
    for name, values in sorted(timings.items()):
        ordered = sorted(values)
        p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000 if ordered else 0
        print(
            f"{name:<20} {len(values):6d} calls   median {statistics.median(values) * 1000:7.1f} ms   p95 {p95:7.1f} ms"
        )
    lists = sorted(v for name in LISTS for v in timings.get(name, []))
    p95_lists = lists[int(len(lists) * 0.95) - 1] * 1000 if lists else 0
    print(f"errors: {len(errors)} (goal 0); refused as the app would: {refused}")
    print(f"p95 of the list queries: {p95_lists:.1f} ms (goal <= 100 ms)")
    for line in sorted(set(errors))[:10]:
        print("  ", line)
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS matchtafel_load WITH (FORCE)"))
    admin.dispose()
    return 0


def explain_lists(url: str) -> None:
    """Each list once, with auto_explain sending the plan of every statement to this client as a notice."""
    from sqlalchemy import event

    from matchtafel.db import open_database
    from matchtafel.services import Actor, Services

    db = open_database(url, exclusive=False)
    plans: list[str] = []

    @event.listens_for(db.engine, "connect")
    def _explained(connection: Any, _record: Any) -> None:
        connection.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
        with connection.cursor() as cursor:
            for setting in (
                "LOAD 'auto_explain'",
                "SET auto_explain.log_min_duration = 0",
                "SET auto_explain.log_analyze = on",
                "SET auto_explain.log_level = notice",
                "SET client_min_messages = notice",
            ):
                cursor.execute(setting)
        connection.commit()

    db.engine.dispose()  # connections made from now on explain
    services = Services.create(db.sessions, Actor("explain", "Benchmark"))
    for name, action in (
        ("list young people", services.young_people.list_rows),
        ("list vacancies", services.vacancies.list_rows),
        ("list proposals", services.pipeline.proposals),
    ):
        plans.clear()
        action()
        print(f"--- {name}: {len(plans)} statement(s)")
        for plan in plans:
            print(plan.strip())
    db.close()


if __name__ == "__main__":
    sys.exit(main())

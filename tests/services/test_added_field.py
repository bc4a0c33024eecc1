"""Adding a simple stored field is its spec line and its migration: the scenario adds six (a text, a date, a
yes/no, a number, a vocabulary choice, a note) to the vacancies' spec and a migration's columns to a throw-away
database, and follows them through form, service, database, list, export, import and the DPIA inventory; a
second adds three to the supporters' spec (and one to the matching events') and follows them through form, list,
export, DPIA and erasure.

Each runs in its own process: the models are made from the specs when first imported, and this process's
models must stay those of the product (the other tests' databases are made from them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_scenario(module: str, work: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", module, str(work)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_field_added_in_the_spec_alone_goes_through_form_service_list_export_import_and_dpia(
    tmp_path: Path,
) -> None:
    done = run_scenario("tests.services.added_field_scenario", tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stdout + done.stderr


def test_a_supporter_field_added_in_the_spec_alone_goes_through_form_list_export_dpia_and_erasure(
    tmp_path: Path,
) -> None:
    done = run_scenario("tests.services.added_supporter_field_scenario", tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stdout + done.stderr


def test_the_product_ships_no_field_that_only_the_scenarios_add() -> None:
    from matchtafel.models import MatchingEvent, Supporter, Vacancy

    assert Vacancy.spec_fields == () and not hasattr(Vacancy, "dress_code")
    assert Supporter.spec_fields == () and not hasattr(Supporter, "languages")
    assert MatchingEvent.spec_fields == () and not hasattr(MatchingEvent, "theme")


def test_anonymising_a_young_person_empties_a_personal_field_added_in_the_spec_alone(tmp_path: Path) -> None:
    done = run_scenario("tests.services.added_young_person_field_scenario", tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stdout + done.stderr

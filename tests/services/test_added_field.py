"""Adding a simple stored field is its spec line and its migration: the scenario adds six (a text, a date, a
yes/no, a number, a vocabulary choice, a note) to the vacancies' spec and a migration's columns to a throw-away
database, and follows them through form, service, database, list, export, import and the DPIA inventory.

It runs in its own process: the models are made from the specs when first imported, and this process's
models must stay those of the product (the other tests' databases are made from them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_field_added_in_the_spec_alone_goes_through_form_service_list_export_import_and_dpia(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.services.added_field_scenario", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stdout + done.stderr


def test_the_product_ships_no_field_that_only_the_scenario_adds() -> None:
    from matchtafel.models import Vacancy

    assert Vacancy.spec_fields == () and not hasattr(Vacancy, "dress_code")

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchtafel.settings import (
    Settings,
    default_database,
    load_settings,
    resolve_database,
    save_settings,
    settings_path,
)


def test_missing_file_gives_defaults() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert not settings.has_user and settings.problems == ()


def test_saved_settings_come_back(tmp_path: Path) -> None:
    saved = Settings(
        user_name="Anna de Wit", user_organisation="WSP Achterhoek", language="nl", nazorg_months=(12, 3, 6)
    )
    save_settings(saved.validated())
    loaded = load_settings()
    assert loaded.user_name == "Anna de Wit" and loaded.language == "nl"
    assert loaded.nazorg_months == (3, 6, 12)
    assert loaded.actor_label == "Anna de Wit (WSP Achterhoek)"
    assert settings_path().is_relative_to(tmp_path)


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{not json", "could not be read"),
        ("[1, 2]", "does not hold settings"),
    ],
)
def test_a_broken_file_gives_defaults_and_says_so(content: str, problem: str) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(content, encoding="utf-8")
    settings = load_settings()
    assert settings.user_name == "" and problem in settings.problems[0]


def test_invalid_values_fall_back_to_defaults_one_by_one() -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(
        json.dumps(
            {
                "user_name": "Piet",
                "language": "fr",
                "nazorg_months": [0, 6],
                "retention_months": 500,
                "unknown_key": 1,
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert (settings.user_name, settings.language, settings.nazorg_months, settings.retention_months) == (
        "Piet",
        "system",
        (3, 6, 12),
        24,
    )
    assert len(settings.problems) == 3


def test_database_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(database="/srv/from-settings.sqlite3")
    assert resolve_database("/cli.sqlite3", settings) == "/cli.sqlite3"
    monkeypatch.setenv("MATCHTAFEL_DB", "postgresql://me@server/matchtafel")
    assert resolve_database(None, settings) == "postgresql://me@server/matchtafel"
    monkeypatch.delenv("MATCHTAFEL_DB")
    assert resolve_database(None, settings) == "/srv/from-settings.sqlite3"
    assert resolve_database(None, Settings()) == str(default_database())
    assert default_database().parent.is_dir()

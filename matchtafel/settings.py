"""Typed settings with defaults and validation, stored as JSON in the platform's config folder.

No widgets here: the command line and the app read the same file. ``MATCHTAFEL_CONFIG_DIR`` and
``MATCHTAFEL_DATA_DIR`` move the folders (tests, portable installs); ``MATCHTAFEL_DB`` picks the database.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("system", "nl", "en")
SSL_MODES = ("disable", "prefer", "require", "verify-full")
APP_NAME = "matchtafel"


def config_dir() -> Path:
    override = os.environ.get("MATCHTAFEL_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    override = os.environ.get("MATCHTAFEL_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "matchtafel.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


def resolve_database(cli_value: str | None, settings: Settings) -> str:
    """Command line first, then MATCHTAFEL_DB, then the settings file (a path, or the shared server), then the
    data folder."""
    for candidate in (cli_value, os.environ.get("MATCHTAFEL_DB"), settings.database):
        if candidate:
            return candidate
    if settings.use_server and settings.server_host and settings.server_user:
        from matchtafel.storage.credentials import server_password

        return server_url(settings, server_password(settings.server_user, settings.server_host))
    path = default_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


@dataclass(frozen=True)
class Settings:
    user_name: str = ""
    user_organisation: str = ""
    language: str = "system"
    database: str = ""
    nazorg_months: tuple[int, ...] = (3, 6, 12)
    retention_months: int = 24
    # The region's target for the share of employers engaged as employer or partner (the Kempen's: 1 in 2).
    employer_target_percent: int = 50
    # A shared PostgreSQL server instead of the local file; its password lives in the system keyring.
    use_server: bool = False
    server_host: str = ""
    server_port: int = 5432
    server_database: str = "matchtafel"
    server_user: str = ""
    server_sslmode: str = "prefer"  # disable, prefer, require or verify-full (with server_ca_file)
    server_ca_file: str = ""
    # Matching weights per criterion (0 switches one off); see matchtafel.matching.criteria.
    matching_weights: dict[str, float] = field(default_factory=dict)
    # The reminders the person closed (a fingerprint): at the next start they stay closed until one is new.
    reminders_dismissed: str = ""
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_user(self) -> bool:
        return bool(self.user_name.strip())

    @property
    def actor_label(self) -> str:
        if self.user_organisation:
            return f"{self.user_name} ({self.user_organisation})"
        return self.user_name

    def validated(self) -> Settings:
        """Replace invalid values by their defaults and say which ones (``problems``)."""
        defaults = Settings()
        problems: list[str] = []
        fixed = self
        if self.language not in LANGUAGES:
            problems.append(f"language '{self.language}' is not one of {', '.join(LANGUAGES)}")
            fixed = replace(fixed, language=defaults.language)
        months = self.nazorg_months
        if not months or any(not isinstance(m, int) or not 1 <= m <= 60 for m in months):
            problems.append("nazorg_months must be whole months between 1 and 60")
            fixed = replace(fixed, nazorg_months=defaults.nazorg_months)
        else:
            fixed = replace(fixed, nazorg_months=tuple(sorted(set(months))))
        if not isinstance(self.retention_months, int) or not 1 <= self.retention_months <= 120:
            problems.append("retention_months must be between 1 and 120")
            fixed = replace(fixed, retention_months=defaults.retention_months)
        target = self.employer_target_percent
        if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 100:
            problems.append("employer_target_percent must be a whole percentage from 1 to 100")
            fixed = replace(fixed, employer_target_percent=defaults.employer_target_percent)
        if self.server_sslmode not in SSL_MODES:
            problems.append(f"server_sslmode must be one of {', '.join(SSL_MODES)}")
            fixed = replace(fixed, server_sslmode=defaults.server_sslmode)
        if not isinstance(self.server_port, int) or not 1 <= self.server_port <= 65535:
            problems.append("server_port must be a port number from 1 to 65535")
            fixed = replace(fixed, server_port=defaults.server_port)
        weights = self.matching_weights
        if not isinstance(weights, dict) or any(
            not isinstance(k, str) or not isinstance(v, int | float) or not 0 <= v <= 10
            for k, v in weights.items()
        ):
            problems.append("matching_weights must map criteria to numbers from 0 to 10")
            fixed = replace(fixed, matching_weights={})
        return replace(fixed, problems=tuple(problems))


def server_url(settings: Settings, password: str | None = None) -> str:
    """The shared server's URL, with the password only in memory (it comes from the keyring)."""
    from urllib.parse import quote, urlencode

    query = {"sslmode": settings.server_sslmode}
    if settings.server_ca_file:
        query["sslrootcert"] = settings.server_ca_file
    secret = f":{quote(password, safe='')}" if password else ""
    return (
        f"postgresql://{quote(settings.server_user, safe='')}{secret}@{settings.server_host}:{settings.server_port}"
        f"/{quote(settings.server_database, safe='')}?{urlencode(query)}"
    )


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read the file; a missing file gives defaults, a broken one gives defaults plus a problem."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable: %s", path, exc)
        return Settings(problems=(f"{path} could not be read ({exc}); defaults are used",))
    if not isinstance(raw, dict):
        return Settings(problems=(f"{path} does not hold settings; defaults are used",))
    known = {f.name for f in fields(Settings)} - {"problems"}
    values: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
    if "nazorg_months" in values and isinstance(values["nazorg_months"], list):
        values["nazorg_months"] = tuple(values["nazorg_months"])
    try:
        settings = Settings(**values)
    except TypeError as exc:  # pragma: no cover - defensive: dataclass rejects odd shapes
        return Settings(problems=(f"{path}: {exc}; defaults are used",))
    return settings.validated()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash while saving never leaves half a file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data.pop("problems")
    data["nazorg_months"] = list(settings.nazorg_months)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)

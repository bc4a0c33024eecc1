"""The sections of the main window's navigation, by key: one name for the navigation, the pages, the help
chapters, the change feed and the start tasks (a ``StrEnum``: the keys stay plain strings where stored)."""

from __future__ import annotations

from enum import StrEnum


class SectionKey(StrEnum):
    SESSIONS = "sessions"
    YOUNG_PEOPLE = "young_people"
    VACANCIES = "vacancies"
    EMPLOYERS = "employers"
    ORGANISATIONS = "organisations"
    FOLLOW_UP = "follow_up"
    OVERVIEW = "overview"
    PRIVACY = "privacy"
    SUPPORTERS = "supporters"

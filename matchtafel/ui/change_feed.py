"""One change feed: after an action changed data (here, or another client on a shared server), the screens that
show it reload.

An operation that succeeds announces the areas it changed (``run_operation(..., changes={Area.SESSIONS})``); the
shared server's NOTIFY listener (``ui/change_listener.py``) announces the areas of the tables someone else
changed. A screen subscribes to the areas it shows with ``subscribe(screen, areas, reload)``: a visible screen
reloads on the next turn of the event loop (several announcements in one turn: one reload); a hidden one marks
itself stale and reloads when it is next shown. The subscription ends with the screen.

Signal of ``ChangeFeed``: ``changed(frozenset[Area])``, each announcement as it comes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from matchtafel.ui.sections.keys import SectionKey


class Area(enum.StrEnum):
    """What changed: the kinds of data the screens show."""

    YOUNG_PEOPLE = "young_people"
    VACANCIES = "vacancies"
    EMPLOYERS = "employers"
    ORGANISATIONS = "organisations"  # organisations and their people (contacts, mentors' schools)
    SESSIONS = "sessions"  # sessions, their cases, attendance, agreements
    FOLLOW_UP = "follow_up"  # proposals, checkpoints, school leavers' contact moments
    SUPPORTERS = "supporters"  # supporters, mentoring links, matching events
    PRIVACY = "privacy"  # consent, retention, the audit log


EVERYTHING = frozenset(Area)

# What each section's screen shows (the overview counts everything).
AREAS_OF_SECTION: dict[str, frozenset[Area]] = {
    SectionKey.SESSIONS: frozenset({Area.SESSIONS, Area.YOUNG_PEOPLE}),
    SectionKey.YOUNG_PEOPLE: frozenset({Area.YOUNG_PEOPLE}),
    SectionKey.VACANCIES: frozenset({Area.VACANCIES, Area.EMPLOYERS}),
    SectionKey.EMPLOYERS: frozenset({Area.EMPLOYERS, Area.VACANCIES}),
    SectionKey.ORGANISATIONS: frozenset({Area.ORGANISATIONS}),
    SectionKey.FOLLOW_UP: frozenset({Area.FOLLOW_UP, Area.VACANCIES, Area.SESSIONS, Area.SUPPORTERS}),
    SectionKey.SUPPORTERS: frozenset({Area.SUPPORTERS}),
    SectionKey.OVERVIEW: EVERYTHING,
    SectionKey.PRIVACY: frozenset({Area.PRIVACY, Area.YOUNG_PEOPLE, Area.SUPPORTERS}),
}

# What saving a record of a register changes (by the register's key).
AREAS_OF_REGISTER: dict[str, frozenset[Area]] = {
    "young_people": frozenset({Area.YOUNG_PEOPLE}),
    "vacancies": frozenset({Area.VACANCIES}),
    "employers": frozenset({Area.EMPLOYERS}),
    "organisations": frozenset({Area.ORGANISATIONS}),
    "people": frozenset({Area.ORGANISATIONS}),
    "supporters": frozenset({Area.SUPPORTERS}),
    "events": frozenset({Area.SUPPORTERS}),
    "sessions": frozenset({Area.SESSIONS}),
}

# Which areas the shared server's tables belong to (their NOTIFY names the table).
AREAS_OF_TABLE: dict[str, frozenset[Area]] = {
    "young_people": frozenset({Area.YOUNG_PEOPLE}),
    "vacancies": frozenset({Area.VACANCIES}),
    "employers": frozenset({Area.EMPLOYERS}),
    "organisations": frozenset({Area.ORGANISATIONS}),
    "people": frozenset({Area.ORGANISATIONS}),
    "meetings": frozenset({Area.SESSIONS}),
    "cases": frozenset({Area.SESSIONS}),
    "agreements": frozenset({Area.SESSIONS}),
    "proposals": frozenset({Area.FOLLOW_UP}),
    "supporters": frozenset({Area.SUPPORTERS}),
    "mentoring_links": frozenset({Area.SUPPORTERS}),
    "matching_events": frozenset({Area.SUPPORTERS}),
    "event_invitations": frozenset({Area.SUPPORTERS}),
    "event_contacts": frozenset({Area.SUPPORTERS}),
}


class _Subscription(QObject):
    """One screen's interest: reloads it now (visible) or when next shown (hidden). A child of the screen, so
    it ends with it."""

    def __init__(self, screen: QWidget, areas: frozenset[Area], reload: Callable[[], None]) -> None:
        super().__init__(screen)
        self.screen = screen
        self.areas = areas
        self._reload = reload
        self.stale = False
        self._due = False
        screen.installEventFilter(self)

    def notice(self, areas: frozenset[Area]) -> None:
        if not areas & self.areas:
            return
        if _shown(self.screen):
            if not self._due:  # several announcements in one turn of the event loop: one reload
                self._due = True
                QTimer.singleShot(0, self._reload_now)
        else:
            self.stale = True

    def _reload_now(self) -> None:
        self._due = False
        self.stale = False
        if shiboken6.isValid(self.screen):
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ShowToParent too: a page made current in a window not (yet) on screen gets no Show event.
        if self.stale and event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent):
            self.stale = False
            if not self._due:
                self._due = True
                QTimer.singleShot(0, self._reload_now)
        return False


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def _shown(widget: QWidget) -> bool:
    """Shown, or would be once its window is (a window hidden for a moment, or never put on a screen in a test,
    still has its current page)."""
    window = widget.window()
    return not widget.isHidden() if window is widget else widget.isVisibleTo(window)


class ChangeFeed(QObject):
    """The one place that says what changed; see the module's docstring."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._subscriptions: list[_Subscription] = []

    def announce(self, areas: Iterable[Area], *, source: QWidget | None = None) -> None:
        """``source``: the widget the change was made in; the screen around it brings itself up to date (a
        saved record selected in its list), so the feed leaves it alone (Anki's "handler" of an operation)."""
        changed = frozenset(areas)
        if not changed:
            return
        self._subscriptions = [s for s in self._subscriptions if shiboken6.isValid(s)]
        for subscription in list(self._subscriptions):
            if source is not None and shiboken6.isValid(source) and _within(source, subscription.screen):
                continue
            subscription.notice(changed)
        self.changed.emit(changed)

    def subscribe(self, screen: QWidget, areas: Iterable[Area], reload: Callable[[], None]) -> None:
        """``screen`` shows ``areas``: call ``reload`` after they change (when it is shown)."""
        self._subscriptions.append(_Subscription(screen, frozenset(areas), reload))

    def is_stale(self, screen: QWidget) -> bool:
        """Whether ``screen`` waits to be shown to reload (for tests and the window's status)."""
        return any(s.stale for s in self._subscriptions if shiboken6.isValid(s) and s.screen is screen)


_feed: ChangeFeed | None = None


def change_feed() -> ChangeFeed:
    """The application's change feed (one for the process, like the application itself)."""
    global _feed
    if _feed is None or not shiboken6.isValid(_feed):
        _feed = ChangeFeed()
    return _feed


def announce(*areas: Area) -> None:
    """Say that data of these areas changed (after a successful action)."""
    change_feed().announce(areas)


__all__ = ["AREAS_OF_REGISTER", "AREAS_OF_SECTION", "AREAS_OF_TABLE", "EVERYTHING", "Area", "ChangeFeed", "announce", "change_feed"]

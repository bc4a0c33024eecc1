"""When the program itself fails: the error goes to the log, and a calm dialog says what to do.

``install_exception_hooks`` replaces ``sys.excepthook`` (an exception in a slot or a timer: PySide6 hands
it there and the event loop goes on, so the app keeps running) and ``threading.excepthook`` (a thread's
exception, shown on the UI thread). One dialog at a time: a second error while it is open is only logged.

"Kopieer details" copies the version, the platform and the log's last lines: the log holds no names or
notes (``matchtafel.logfile`` redacts exceptions), so the details can be mailed to whoever supports the app.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.logfile import ExcInfo, last_lines, log_dir, log_uncaught, print_to_stderr


def problem_details(exc_info: ExcInfo | None) -> str:
    """What a supporter needs: versions, where it failed (code only), and the end of the log."""
    from matchtafel.versions import runtime_versions

    lines = [f"{name}: {version}" for name, version in runtime_versions()]
    if exc_info is not None:
        import traceback

        kind, _value, tb = exc_info
        frames = traceback.extract_tb(tb)
        where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
        lines.append(f"Error: {kind.__qualname__}{where}")
    lines.append("")
    lines.append(f"Log ({log_dir()}), last lines:")
    lines += last_lines(40)
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Something went wrong in Matchtafel; the work goes on. Buttons: Kopieer details, Logmap openen, Doorgaan."""

    def __init__(self, *, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "Matchtafel ran into a problem it did not expect. What was saved is safe, and you can "
                "usually carry on working.\n\nIf this happens again, restart Matchtafel and send the "
                "details to whoever supports Matchtafel in your region. The details hold the version and "
                "the end of the log file, no names or notes."
            )
        )
        message.setWordWrap(True)
        message.setAccessibleName(self.tr("What happened"))
        layout.addWidget(message)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._copy)
        self.folder_button = QPushButton(self.tr("Open the &log folder"))
        self.folder_button.clicked.connect(self._open_folder)
        self.close_button = QPushButton(self.tr("C&arry on"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


class _Reporter(QObject):
    """Lives on the UI thread; a thread's exception reaches it through a queued signal."""

    failed = Signal(object)


class ExceptionHooks:
    """The installed hooks; ``show`` builds and runs the dialog (a test gives its own)."""

    def __init__(self, *, show: Callable[[str], None]) -> None:
        self._show = show
        self._showing = False
        self._reporter = _Reporter()
        self._reporter.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._previous: tuple[Any, Any] = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(self, kind: type[BaseException], value: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self._handle((kind, value, tb), where="the window")

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
        log_uncaught(exc_info, where=f"thread {args.thread.name if args.thread else '?'}")
        self._reporter.failed.emit(exc_info)

    def _handle(self, exc_info: ExcInfo, *, where: str) -> None:
        log_uncaught(exc_info, where=where)
        print_to_stderr(exc_info)
        self._on_failed(exc_info)

    def _on_failed(self, exc_info: ExcInfo) -> None:
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time; the log has this one too
        self._showing = True
        try:
            self._show(problem_details(exc_info))
        except Exception:  # the hook must never fail itself
            log_uncaught(sys.exc_info(), where="the error dialog")  # type: ignore[arg-type]
        finally:
            self._showing = False


def install_exception_hooks(
    parent: Callable[[], QWidget | None], *, interactive: bool = True
) -> ExceptionHooks:
    """From now on an unexpected error is logged and shown calmly; the app goes on where it can.

    Not ``interactive`` (a benchmark or smoke test, nobody to click): the details go to stderr and the app
    ends with exit code 1 instead of waiting on a dialog."""

    def show(details: str) -> None:
        CrashDialog(details=details, parent=parent()).exec()

    def fail(details: str) -> None:
        if sys.stderr is not None:
            print(details, file=sys.stderr)
        QApplication.exit(1)

    hooks = ExceptionHooks(show=show if interactive else fail)
    hooks.install()
    return hooks

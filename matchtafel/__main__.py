"""``python -m matchtafel``, the ``matchtafel`` command and the windowed ``matchtafel-gui``.

Two entry points, one program. ``matchtafel`` is a console script: the command line (``matchtafel
sessions``), and the window when no verb is given. ``matchtafel-gui`` (a gui-script; ``Matchtafel.exe``
in the bundle) starts without a console window on Windows; given a verb there, it writes to the console
it was started from when there is one, and otherwise only to the log file. Scripts use ``matchtafel``
(``matchtafel-cli.exe`` in the Windows bundle), whose output and exit code a shell waits for.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from matchtafel.logfile import log_uncaught, start_logging

    start_logging()
    from matchtafel.cli.main import run

    try:
        code = run(sys.argv[1:] if argv is None else argv)
    except Exception:
        log_uncaught(sys.exc_info(), where="the command line")  # type: ignore[arg-type]
        raise
    if code:
        import logging

        logging.getLogger("matchtafel").info("finished with exit code %d", code)
    return code


def gui_main() -> int:
    """The windowed entry point: without a console (Windows), print() must still have somewhere to go."""
    _give_streams_somewhere_to_go()
    return main()


def _give_streams_somewhere_to_go() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    if sys.platform == "win32":
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            return
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink


if __name__ == "__main__":
    sys.exit(main())

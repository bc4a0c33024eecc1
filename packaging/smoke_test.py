#!/usr/bin/env python3
"""Run the built bundle the way a school would: unpacked from its tarball into an empty folder, far from
the source tree, with its own data, settings and log folders. Exits 1 at the first step that fails.

    python packaging/smoke_test.py dist/matchtafel-VERSION-linux-x86_64.tar.gz

Steps: --version (a frozen app, SQLCipher inside), demo, sessions, minutes latest (a real PDF), an encrypted
database (SQLCipher in the bundle), the window shown offscreen in Dutch until its database is open and
closed again, and the log file written. Prints one line per step.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path


def main(tarball: str) -> int:
    with tempfile.TemporaryDirectory(prefix="matchtafel-smoke-") as folder:
        work = Path(folder)
        with tarfile.open(tarball) as tar:
            tar.extractall(work, filter="tar")
        [top] = [p for p in work.iterdir() if p.is_dir()]
        exe = ".exe" if sys.platform == "win32" else ""
        cli, gui = top / f"matchtafel-cli{exe}", top / f"Matchtafel{exe}"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "MATCHTAFEL_", "VIRTUAL_ENV"))
        }
        env |= {
            "MATCHTAFEL_DATA_DIR": str(work / "data"),
            "MATCHTAFEL_CONFIG_DIR": str(work / "config"),
            "MATCHTAFEL_LOG_DIR": str(work / "log"),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(work / "home"),
        }
        db = work / "demo.sqlite3"

        def run(what: str, command: list[str], *, expect: str = "", **extra: str) -> str:
            started = time.monotonic()
            done = subprocess.run(
                command, cwd=work, env=env | extra, capture_output=True, text=True, timeout=300, check=False
            )
            seconds = time.monotonic() - started
            ok = done.returncode == 0 and expect in done.stdout
            print(f"{'ok  ' if ok else 'FAIL'} {what} ({seconds:.1f} s)", flush=True)
            if not ok:
                print(done.stdout[-2000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
                raise SystemExit(1)
            return done.stdout

        run("--version names a frozen app with SQLCipher", [str(cli), "--version"], expect="Frozen app: yes")
        run("demo", [str(cli), "demo", "--db", str(db)], expect="200 young people")
        run("sessions", [str(cli), "sessions", "--db", str(db), "--lang", "en"], expect="Closed")
        pdf = work / "verslag.pdf"
        run("minutes latest", [str(cli), "minutes", "latest", "--db", str(db), "--out", str(pdf)])
        if not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 10_000:
            print("FAIL the minutes are not a PDF", file=sys.stderr)
            return 1
        secret = work / "versleuteld.sqlite3"
        passphrase = {"MATCHTAFEL_PASSPHRASE": "geheim-genoeg-1"}
        run("encrypt (SQLCipher)", [str(cli), "encrypt", "--db", str(secret)], **passphrase)
        run("sessions on the encrypted file", [str(cli), "sessions", "--db", str(secret)], **passphrase)
        if secret.read_bytes()[:16] == b"SQLite format 3\x00":
            print("FAIL the encrypted file is plain SQLite", file=sys.stderr)
            return 1
        # The windowed program has no stdout of its own on Windows: its log says when it was ready.
        run(
            "the window, shown offscreen in Dutch until the database is open, then closed",
            [str(gui), "--db", str(db), "--lang", "nl"],
            expect="" if exe else "ready ",
            MATCHTAFEL_EXIT_WHEN_READY="ready",
        )
        log = (work / "log" / "matchtafel.log").read_text(encoding="utf-8")
        if "bundle)" not in log or "database opened" not in log or "window ready" not in log:
            print("FAIL the log file lacks the start or the database", file=sys.stderr)
            return 1
        print("ok   the log file records the bundle's starts and the database")
        print(f"The bundle in {top.name} runs unpacked in an empty folder, without the source tree.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

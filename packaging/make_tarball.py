#!/usr/bin/env python3
"""Pack the one-folder bundle (dist/matchtafel) with the .desktop file, the icon and the set-up script into
dist/matchtafel-VERSION-linux-MACHINE.tar.gz (one top folder, matchtafel-VERSION). Prints the tarball's path.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchtafel import __version__  # noqa: E402


def main() -> int:
    bundle = ROOT / "dist" / "matchtafel"
    if not (bundle / "matchtafel-cli").exists() and not (bundle / "matchtafel-cli.exe").exists():
        print(f"no bundle in {bundle}: run make dist", file=sys.stderr)
        return 1
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    top = f"matchtafel-{__version__}"
    out = ROOT / "dist" / f"{top}-{system}-{platform.machine().lower()}.tar.gz"
    extras = {
        ROOT / "packaging" / "linux" / "matchtafel.desktop": "matchtafel.desktop",
        ROOT / "packaging" / "linux" / "install-desktop-entry.sh": "install-desktop-entry.sh",
        ROOT / "resources" / "icons" / "matchtafel.png": "matchtafel.png",
    }
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
        for source, name in extras.items():
            tar.add(source, arcname=f"{top}/{name}")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

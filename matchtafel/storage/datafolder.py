"""Is the database on a network drive or in a cloud-sync folder? SQLite's locking does not hold there (two
computers, or the sync program, can write at once and damage the file), and a sync program copies the
personal data somewhere else. Pure: a path in, the kind of place out (or None).
"""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILE_SYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "sshfs",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
}
# Folder names the sync programs create (compared case-insensitively, whole path parts).
SYNC_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "pcloud drive": "pCloud",
    "box": "Box",
    "box sync": "Box",
    "megasync": "MEGA",
    "seafile": "Seafile",
}


def risky_place(path: Path, *, mounts: str | None = None) -> str | None:
    """The kind of risky place ``path`` is in ("OneDrive", "network drive (nfs)"), or None. ``mounts`` is
    the text of /proc/mounts (read when not given, on Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")) or PureWindowsPath(text).drive.startswith("\\\\"):
        return "network drive"
    for part in Path(text).parts:
        folded = part.casefold()
        for name, kind in SYNC_FOLDERS.items():
            if folded == name or folded.startswith(name + " -") or folded.startswith(name + "-"):
                return kind  # "OneDrive - Gemeente Doetinchem" is OneDrive for Business
    fs = _file_system(path, mounts)
    if fs is not None and fs in NETWORK_FILE_SYSTEMS:
        return f"network drive ({fs})"
    return None


def _file_system(path: Path, mounts: str | None) -> str | None:
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        target = path.resolve()
    except OSError:
        target = path.absolute()
    best, best_fs = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(target) == point or str(target).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_fs = point, fields[2]
    return best_fs

"""Where a database file lives: on this computer, or on a network share.

SQLite's WAL mode (every CMDesk database uses it) keeps its lock index in shared
memory beside the file (`-shm`): it works only for programs on one computer. Over a
network share (SMB/CIFS, NFS, a mapped drive) two computers can both believe they
hold the write lock and damage the file, and a dropped connection in the middle of
a write can lose it (https://www.sqlite.org/wal.html, "WAL does not work over a
network filesystem"). CMDesk does not refuse such a file (it may be the only copy):
it warns, and the window offers to copy it to this computer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath
from typing import Callable

from cmdesk.i18n import translate

NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "coda", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone",
})
"""Linux filesystem types (the third field of /proc/mounts) that are network shares."""
DRIVE_REMOTE = 4
"""GetDriveTypeW's answer for a mapped network drive."""


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space in a path as \\040 (and tab, newline, backslash)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _linux_mount(path: str, mounts: str) -> tuple[str, str, str] | None:
    """(device, mount point, type) of the mount holding `path`: the longest mount
    point that contains it."""
    best = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, kind = _unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (device, point, kind)
    return best


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def network_location(
    path: Path | str,
    *,
    windows: bool | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """A description of the network share holding `path` ("the network share
    \\\\server\\share", "the NFS mount server:/export at /mnt/va"), or None when it is
    on this computer (or the system cannot say). The keyword arguments stand in for
    the system in tests: `windows`, the text of /proc/mounts, GetDriveTypeW."""
    windows = (os.name == "nt") if windows is None else windows
    if windows:
        text = str(path)
        if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
            text = "\\\\" + text[8:]
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            pure = PureWindowsPath(text)
            return translate("Store", "the network share {share}").format(share=pure.anchor.rstrip("\\"))
        drive = PureWindowsPath(text).drive
        if drive and len(drive) == 2:
            try:
                kind = (drive_type or _windows_drive_type)(drive + "\\")
            except (OSError, AttributeError):
                return None
            if kind == DRIVE_REMOTE:
                return translate("Store", "the network drive {drive}").format(drive=drive)
        return None
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        resolved = str(Path(path).resolve())
    except OSError:
        resolved = os.path.abspath(path)
    found = _linux_mount(resolved, mounts)
    if found is None:
        return None
    device, point, kind = found
    gvfs_share = "/gvfs/" in resolved and any(
        f"/{scheme}" in resolved for scheme in ("smb-share:", "nfs:", "sftp:", "dav:"))
    if kind in NETWORK_FILESYSTEMS or kind.startswith("nfs") or gvfs_share:
        return translate("Store", "the {kind} network mount {device} at {point}").format(
            kind=kind.upper() if not gvfs_share else "GVFS", device=device, point=point)
    return None


def network_warning(path: Path | str) -> str | None:
    """The warning to give when the database at `path` is on a network share."""
    where = network_location(path)
    if where is None:
        return None
    return translate(
        "Store", "{path} is on {where}. CMDesk keeps its database in SQLite's WAL mode, which must "
        "not be shared over a network: two computers using it at once can damage it, and a "
        "dropped connection during a save can lose the change. Copy the file to this computer "
        "and work on the copy.").format(path=path, where=where)

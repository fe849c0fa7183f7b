"""Where a database lives (cmdesk/store/location.py): a network share is recognised
on Windows (UNC paths, mapped drives) and Linux (/proc/mounts), and warned about."""

from pathlib import Path

import pytest

from cmdesk.store.location import network_location, network_warning

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/va\\040data /mnt/va\\040data cifs rw,vers=3.0 0 0
nas:/export/cmaa /srv/cmaa nfs4 rw,relatime 0 0
/dev/sdb1 /srv/cmaa/local ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.mark.parametrize("path, says", [
    ("/mnt/va data/office.cmdesk", "CIFS network mount //fileserver/va data at /mnt/va data"),
    ("/srv/cmaa/2024/office.cmdesk", "NFS4 network mount nas:/export/cmaa"),
    ("/run/user/1000/gvfs/smb-share:server=fs,share=va/office.cmdesk", "GVFS"),
])
def test_linux_network_mounts_are_recognised(path, says):
    where = network_location(Path(path), windows=False, mounts=MOUNTS)
    assert where is not None and says in where


@pytest.mark.parametrize("path", [
    "/home/sokha/office.cmdesk",
    "/srv/cmaa/local/office.cmdesk",  # a local disk mounted inside the share
    "/mnt/va/office.cmdesk",  # not inside "/mnt/va data"
    "/run/user/1000/gvfs/mtp:host=phone/office.cmdesk",
])
def test_local_linux_paths_are_not(path):
    assert network_location(Path(path), windows=False, mounts=MOUNTS) is None


@pytest.mark.parametrize("path, says", [
    (r"\\fileserver\va\office.cmdesk", r"the network share \\fileserver\va"),
    ("//fileserver/va/office.cmdesk", "the network share"),
    (r"\\?\UNC\fileserver\va\office.cmdesk", r"the network share \\fileserver\va"),
    (r"Z:\VA\office.cmdesk", "the network drive Z:"),
])
def test_windows_shares_and_mapped_drives_are_recognised(path, says):
    types = {"Z:\\": 4, "C:\\": 3}
    where = network_location(path, windows=True, drive_type=types.__getitem__)
    assert where is not None and says in where


@pytest.mark.parametrize("path", [r"C:\Users\sokha\office.cmdesk", r"\\?\C:\long\office.cmdesk"])
def test_local_windows_paths_are_not(path):
    assert network_location(path, windows=True, drive_type={"C:\\": 3}.__getitem__) is None


def test_the_warning_names_the_file_the_share_and_what_to_do(monkeypatch):
    from cmdesk.store import location

    monkeypatch.setattr(location, "network_location", lambda path: "the network share \\\\fs\\va")
    text = network_warning(r"\\fs\va\office.cmdesk")
    assert text.startswith(r"\\fs\va\office.cmdesk is on the network share \\fs\va.")
    assert "WAL mode" in text and "Copy the file to this computer" in text
    monkeypatch.setattr(location, "network_location", lambda path: None)
    assert network_warning("/home/sokha/office.cmdesk") is None

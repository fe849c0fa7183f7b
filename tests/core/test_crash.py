"""Killed mid-way: `cmdesk import casualties` and `cmdesk backup`, run as the user
runs them (a subprocess), are killed (SIGKILL: no clean-up runs) at several
moments. The register is then the old one or the new one, never a part; the file
passes SQLite's integrity check; and no file under a backup name is incomplete.

The moments: as soon as the process starts, at fractions of the time a run takes
on this machine (measured first, in the same test), and at the moment the work is
seen writing (the import's -wal file growing; the backup's temporary copy present).
Time only chooses the moments; nothing asserts a duration."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmdesk.store import backups, integrity_check
from cmdesk.store.sqlite import SIDE_FILE_SUFFIXES
from tests.conftest import REPO
from tests.core.conftest import make_database, peek

RECORDS = 4000
FRACTIONS = (0.5, 0.9)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _cmdesk(*argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cmdesk", *map(str, argv)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _timed_run(*argv) -> float:
    started = time.monotonic()
    process = _cmdesk(*argv)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


def _kill_when(process: subprocess.Popen, ready, deadline: float) -> None:
    """SIGKILL `process` once `ready()` is true (or at `deadline`, or when it ended)."""
    while process.poll() is None and not ready() and time.monotonic() < deadline:
        time.sleep(0.002)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def _casualties(path: Path) -> int:
    # A connection that may recover the WAL (as the next opening would): not immutable.
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM casualties").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def register_csv(tmp_path_factory):
    from benchmarks.register import generate

    path = tmp_path_factory.mktemp("crash") / "register.csv"
    generate(path, RECORDS)
    return path


STAGED_IMPORT = """
import contextlib, sys, time
from cmdesk.store.sqlite import Database

real_atomic = Database.atomic

@contextlib.contextmanager
def atomic(self):
    outermost = not self.conn.in_transaction
    with real_atomic(self):
        yield self
        if outermost and self.conn.total_changes > 1000:
            print("written-not-committed", self.conn.total_changes, flush=True)
            time.sleep(60)  # killed here by the test

Database.atomic = atomic
from cmdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""
"""`cmdesk import casualties`, stopping (to be killed) when every row of the import
is written and the transaction is not yet committed."""


def test_an_import_killed_at_any_moment_leaves_the_old_register_or_the_new(
    tmp_path, catalog, register_csv
):
    pristine = make_database(tmp_path / "pristine.cmdesk", catalog)
    reference = tmp_path / "reference.cmdesk"
    shutil.copy(pristine, reference)
    duration = _timed_run("import", "casualties", register_csv, "--db", reference)
    assert _casualties(reference) == RECORDS

    # Every row written, not committed: the most an interrupted import can leave.
    db = tmp_path / "killed-before-commit.cmdesk"
    shutil.copy(pristine, db)
    process = subprocess.Popen(
        [sys.executable, "-c", STAGED_IMPORT, "import", "casualties", str(register_csv),
         "--db", str(db)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stage, changes = process.stdout.readline().split()
    assert stage == "written-not-committed" and int(changes) >= RECORDS  # the rows, the audit
    process.kill()
    process.wait(timeout=60)
    assert _casualties(db) == 0 and integrity_check(db) == []

    for fraction in FRACTIONS:  # and wherever else the kills land
        db = tmp_path / f"killed-at-{fraction}.cmdesk"
        shutil.copy(pristine, db)
        process = _cmdesk("import", "casualties", register_csv, "--db", db)
        started = time.monotonic()
        _kill_when(process, lambda: time.monotonic() - started >= fraction * duration,
                   started + 10 * duration)
        assert _casualties(db) in (0, RECORDS), fraction
        assert integrity_check(db) == [], fraction


STAGED_BACKUP = """
import os, sqlite3, sys, time
from cmdesk.store import backups

def stage(name):
    print(name, flush=True)
    if name == os.environ["CMDESK_TEST_STOP_AT"]:
        time.sleep(60)  # killed here by the test

class Connections:  # sqlite3 as backups.py sees it: marks the copy's start
    Error = sqlite3.Error
    def connect(self, path):
        connection = sqlite3.connect(path)
        if path.endswith(backups.PARTIAL_SUFFIX):
            stage("copy-started")
        return connection

real_fsync, real_fsync_folder = backups._fsync, backups._fsync_folder
def fsync(path):
    real_fsync(path)
    stage("checked-not-renamed")

def fsync_folder(folder):
    stage("renamed")
    real_fsync_folder(folder)

backups.sqlite3 = Connections()
backups._fsync = fsync
backups._fsync_folder = fsync_folder
from cmdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""
"""`cmdesk backup`, stopping (to be killed) at a stage it names on stdout: the
temporary copy just created, checked but not yet renamed, renamed. The stages are
what backups.py does, found by its own functions, not added to it for the test."""


def _assert_backups_sound(db: Path, out: Path) -> None:
    for backup in backups.list_backups(db):
        assert peek(backup.path, "PRAGMA integrity_check") == [("ok",)], backup.path
        assert peek(backup.path, "SELECT COUNT(*) FROM casualties") == [(RECORDS,)]
    if out.exists():
        assert peek(out, "PRAGMA integrity_check") == [("ok",)]
        assert peek(out, "SELECT COUNT(*) FROM casualties") == [(RECORDS,)]
    assert _casualties(db) == RECORDS and integrity_check(db) == []


def test_a_backup_killed_at_any_moment_leaves_no_incomplete_file_under_a_backup_name(
    tmp_path, catalog, register_csv
):
    db = make_database(tmp_path / "office.cmdesk", catalog)
    _timed_run("import", "casualties", register_csv, "--db", db)
    folder = backups.backup_dir(db)
    shutil.rmtree(folder, ignore_errors=True)  # the import's daily backup: not this test's
    duration = _timed_run("backup", "--db", db)
    shutil.rmtree(folder)
    out = tmp_path / "copy.cmdesk"
    by_hand, to_out = ("backup", "--db", db), ("backup", "--db", db, "--out", out, "--replace")

    stages_seen = []
    for argv in (by_hand, to_out):
        for stage in ("copy-started", "checked-not-renamed", "renamed"):
            process = subprocess.Popen(
                [sys.executable, "-c", STAGED_BACKUP, *map(str, argv)], cwd=REPO,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                env={**os.environ, "CMDESK_TEST_STOP_AT": stage})
            while True:
                line = process.stdout.readline().strip()
                if line == stage or not line:
                    break
            process.kill()
            process.wait(timeout=60)
            stages_seen.append(line)
            _assert_backups_sound(db, out)
            partials = [p for p in out.parent.iterdir() if p.name.endswith(backups.PARTIAL_SUFFIX)]
            if folder.exists():
                partials += [p for p in folder.iterdir() if p.name.endswith(backups.PARTIAL_SUFFIX)]
            # Killed before its rename, the copy is only ever under its temporary name.
            assert bool(partials) == (stage != "renamed"), (argv, stage, partials)
            for partial in partials:
                partial.unlink()
    assert stages_seen == ["copy-started", "checked-not-renamed", "renamed"] * 2
    assert len(backups.list_backups(db)) == 1  # the one killed after its rename

    for fraction in FRACTIONS:
        process = _cmdesk(*by_hand)
        started = time.monotonic()
        _kill_when(process, lambda: time.monotonic() - started >= fraction * duration,
                   started + 10 * duration)
        _assert_backups_sound(db, out)
    listed = {b.path.name for b in backups.list_backups(db)}
    partial_endings = (backups.PARTIAL_SUFFIX,
                       *(f"{backups.PARTIAL_SUFFIX}{side}" for side in SIDE_FILE_SUFFIXES))
    for path in folder.iterdir():  # a copy killed mid-way leaves its -journal, or -wal and -shm
        assert path.name in listed or (path.name.startswith(".office-")
                                       and path.name.endswith(partial_endings)), path.name

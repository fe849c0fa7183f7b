"""The store: the only place in CMDesk with SQL.

Each kind of data has its repository module (values, casualties, funding, ...); every
write runs in one transaction (`db.atomic()`, which nests with savepoints) and leaves
one audit-log row per changed field.

`Store.create` makes a new database with the reference data loaded; `Store.open`
opens one safely (see `database.py`). A Store carries the user name written to the
audit log and exposes one repository per kind of data.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Hashable, TypeVar

from cmdesk.catalog import Catalog, Office
from cmdesk.store import backups
from cmdesk.store.database import (
    ProbeResult,
    connect,
    create_database,
    explain,
    integrity_check,
    needs_migration_error,
    open_database,
    probe,
)
from cmdesk.store.schema import SCHEMA_VERSION, migrations
from cmdesk.store.sqlite import Database

if TYPE_CHECKING:
    from cmdesk.store.acknowledgements import Acknowledgements
    from cmdesk.store.audit import AuditLog
    from cmdesk.store.casualties import CasualtyRegister
    from cmdesk.store.exchange import ExchangeStore
    from cmdesk.store.funding import FundingLines
    from cmdesk.store.narratives import Narratives
    from cmdesk.store.reference import ReferenceData
    from cmdesk.store.returns import SourceReturns
    from cmdesk.store.snapshots import YearSnapshots
    from cmdesk.store.submissions import SubmissionDetails
    from cmdesk.store.values import AggregateValues
    from cmdesk.store.years import ReportingYears

__all__ = ["Store", "probe", "integrity_check", "explain", "SCHEMA_VERSION"]

T = TypeVar("T")

COUNTED_TABLES = (
    "reporting_years", "sources", "items", "aggregate_values", "funding_lines",
    "casualties", "narratives", "acknowledgements", "audit_log",
)


class Store:
    def __init__(self, db: Database, path: Path, user: str, catalog: Catalog, *,
                 read_only: bool = False) -> None:
        self.db = db
        self.path = Path(path)
        self.user = user
        self.read_only = read_only
        self._read_meta()
        # What opening found (set by `open`): schema version, whether every page was read.
        self.probed: ProbeResult | None = None
        self.daily_backup_deferred = False  # Store.open's `defer_daily_backup`: the caller takes it
        # The catalog as this database has it (items added, renamed or retired here,
        # PRC names): `catalog` (the shipped one) until create and open read the
        # database's own (reference.catalog).
        self.catalog: Catalog = catalog
        # What `remembered` computed, and the state of the database it was computed at.
        self._remembered: dict[Hashable, object] = {}
        self._remembered_at: tuple[int, int] | None = None

    # --- repositories, one per kind of data ---------------------------------------------
    # Each is made, and its module imported, when first used: a command or a window
    # pays only for the kinds of data it touches (start-up is measured:
    # benchmarks/startup.py).

    @cached_property
    def audit(self) -> AuditLog:
        from cmdesk.store.audit import AuditLog
        return AuditLog(self)

    @cached_property
    def reference(self) -> ReferenceData:
        from cmdesk.store.reference import ReferenceData
        return ReferenceData(self)

    @cached_property
    def years(self) -> ReportingYears:
        from cmdesk.store.years import ReportingYears
        return ReportingYears(self)

    @cached_property
    def values(self) -> AggregateValues:
        from cmdesk.store.values import AggregateValues
        return AggregateValues(self)

    @cached_property
    def casualties(self) -> CasualtyRegister:
        from cmdesk.store.casualties import CasualtyRegister
        return CasualtyRegister(self)

    @cached_property
    def exchange(self) -> ExchangeStore:
        from cmdesk.store.exchange import ExchangeStore
        return ExchangeStore(self)

    @cached_property
    def funding(self) -> FundingLines:
        from cmdesk.store.funding import FundingLines
        return FundingLines(self)

    @cached_property
    def narratives(self) -> Narratives:
        from cmdesk.store.narratives import Narratives
        return Narratives(self)

    @cached_property
    def submissions(self) -> SubmissionDetails:
        from cmdesk.store.submissions import SubmissionDetails
        return SubmissionDetails(self)

    @cached_property
    def acknowledgements(self) -> Acknowledgements:
        from cmdesk.store.acknowledgements import Acknowledgements
        return Acknowledgements(self)

    @cached_property
    def returns(self) -> SourceReturns:
        from cmdesk.store.returns import SourceReturns
        return SourceReturns(self)

    @cached_property
    def snapshots(self) -> YearSnapshots:
        from cmdesk.store.snapshots import YearSnapshots
        return YearSnapshots(self)

    # --- lifecycle ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, catalog: Catalog, office: Office, user: str) -> "Store":
        """Create a database at `path` for `office`, with the reference data loaded."""
        db = create_database(Path(path), office, user)
        store = cls(db, path, user, catalog)
        try:
            store.reference.sync(catalog)
            store.catalog = store.reference.catalog(catalog)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(
        cls,
        path: Path,
        catalog: Catalog,
        user: str,
        *,
        read_only: bool = False,
        daily_backup: bool = True,
        defer_daily_backup: bool = False,
        now: datetime | None = None,
        refuse_older: bool = False,
    ) -> "Store":
        """Open an existing database (see `database.open_database` for the checks:
        one probe, a full quick_check at most once a day).

        Read-write: reference data a newer catalog brings is added, and the first
        opening of each day takes a backup when `daily_backup` is set; with
        `defer_daily_backup` it is left to the caller (`daily_backup_deferred` is then
        true when it is due): the window takes it on a worker after its first paint, so
        that the copy's integrity check (~1.3 s of CPU at 130,000 records) does not hold
        the window back. Read-only: the
        file is never written; with `refuse_older`, a database made by an older
        CMDesk is refused (`DatabaseNeedsMigrationError`, saying what updates it)
        instead of being read as it is."""
        path = Path(path)
        if read_only and refuse_older:
            found = probe(path, today=(now or datetime.now()).date())
            if found.needs_migration:
                raise needs_migration_error(path, found.schema_version)
            db = connect(path, read_only=True)
        else:
            db, found = open_database(path, read_only=read_only,
                                      today=(now or datetime.now()).date())
        try:
            store = cls(db, path, user, catalog, read_only=read_only)
        except BaseException:
            db.close()
            raise
        store.probed = found
        try:
            if not read_only:
                store.reference.sync(catalog)
            store.catalog = store.reference.catalog(catalog)
            if not read_only and daily_backup and store.daily_backup_due(now):
                if defer_daily_backup:
                    store.daily_backup_deferred = True
                else:
                    store.backup("daily", now=now)
        except sqlite3.Error as error:
            # Damage the day's cheap checks cannot see, met on a page read here.
            store.close()
            raise explain(error, path) from None
        except BaseException:
            store.close()
            raise
        return store

    def another_connection(self) -> "Store":
        """This database through a new connection of its own, for another thread:
        an SQLite connection may only be used by the thread that opened it. Call it
        in the thread that will use it, and close it there.

        The database is open already, so none of `open`'s checks, updates or backups
        are run again. In WAL mode the two connections work side by side: each reads
        what was committed when its read began, and a write through one waits (up to
        the lock time-out) for a write through the other to end."""
        db = connect(self.path, read_only=self.read_only)
        return Store(db, self.path, self.user, self.catalog, read_only=self.read_only)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        """`with Store.open(...) as store:` closes the store however the block ends."""
        self.close()

    # --- facts -------------------------------------------------------------------------

    def _read_meta(self) -> None:
        """What the database says about itself: its office, its id, whether it is the demo."""
        meta = {row["key"]: row["value"] for row in self.db.query("SELECT key, value FROM meta")}
        self.office = Office(meta.get("office_code", "hq"), meta.get("office_name", "Headquarters"))
        self.database_id = meta.get("database_id", "")
        self.is_demo = meta.get("demo") == "1"

    @property
    def schema_version(self) -> int:
        (count,) = self.db.execute(
            "SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = 'cmdesk'"
        ).fetchone()
        return count

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            old = self.meta(key)
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")
            self.audit.record("meta", key, "value", old, value)

    def counts(self) -> dict[str, int]:
        """Rows per user-data table."""
        return {
            table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in COUNTED_TABLES
        }

    # --- backups -----------------------------------------------------------------------

    def backup(self, reason: str = "manual", now: datetime | None = None) -> Path:
        """A copy in the rotating backup folder beside the database."""
        return backups.take_backup(self.db, self.path, reason=reason, now=now)

    def daily_backup_due(self, now: datetime | None = None) -> bool:
        """True when no daily backup of this database was taken today."""
        return backups.daily_backup_due(self.path, now)

    def save_copy(self, destination: Path, *, replace: bool = False) -> Path:
        """A checked copy where the user asked; an existing file there is replaced
        only with `replace` (see `backups.save_copy`)."""
        return backups.save_copy(self.db, self.path, destination, replace=replace)

    def list_backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.path)

    # --- values derived from the data, computed once while it is unchanged --------------

    def data_state(self) -> tuple[int, int]:
        """What changes whenever this database's data may have: SQLite's data_version
        (moves when another connection commits) and the rows this connection has
        changed (its own writes, committed or not)."""
        (version,) = self.db.execute("PRAGMA data_version").fetchone()
        return version, self.db.conn.total_changes

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, computed once and kept while the data are unchanged
        (`data_state`), outside a transaction (inside one, computed each time): what several parts of a screen derive from the same data (the
        year's national figures: Overview's key figures, the review, the documents'
        figures) is computed once. The value is shared: callers must not change it."""
        if self.db.conn.in_transaction:
            # What this connection reads now may yet be rolled back, which no state
            # tells (its count of changes only grows): computed, not kept.
            return compute()
        state = self.data_state()
        if state != self._remembered_at:
            self._remembered, self._remembered_at = {}, state
        if key not in self._remembered:
            self._remembered[key] = compute()
        return self._remembered[key]  # type: ignore[return-value]  # stored as T by compute

    def restore(self, backup_path: Path) -> Path:
        """Replace this database's content with the backup at `backup_path`.

        The backup is checked first (a foreign, damaged or newer file is refused and
        nothing changes); the current content is itself backed up before it is
        replaced. Returns the path of that safety backup."""
        backup_path = Path(backup_path)
        found = probe(backup_path, deep=True)  # another file: whatever it says of itself
        safety = self.backup("before-restore")
        source = connect(backup_path, read_only=True, brief=True)
        self._remembered_at = None  # SQLite's backup into this connection counts no change
        try:
            backups.restore_into(self.db, source)
        finally:
            source.close()
        if found.needs_migration:
            migrations.apply(self.db)
        self._read_meta()
        self.catalog = self.reference.catalog(self.catalog)
        return safety


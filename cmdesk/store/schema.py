"""The database schema, as sqlite-utils migrations.

Never edit a migration that has shipped: add a new one. `SCHEMA_VERSION` is the
number of migrations this CMDesk knows; a database records the ones applied to it
in `_sqlite_migrations`, so one made by an older CMDesk is migrated on opening
(after a backup) and one made by a newer CMDesk is refused.

Every table whose rows users create has `id` (a UUID), `office` (the office the row
was entered in) and `created_at`/`modified_at` (UTC, ISO 8601), so that databases
from provincial offices can be merged without collisions.
"""

from __future__ import annotations

from typing import Callable

from cmdesk.store.sqlite import Database, migrations_class

MIGRATION_SET = "cmdesk"
APPLICATION_ID = 0x434D444B  # "CMDK": marks the file as a CMDesk database


class MigrationList:
    """The migrations in order, registered with `@migrations(name=...)`.

    sqlite-utils' `Migrations` applies them; it is built only when a database is
    created or migrated, so that opening one (which only compares the names applied
    with `MIGRATION_NAMES`) does not import sqlite-utils (see sqlite.py)."""

    def __init__(self, migration_set: str) -> None:
        self.migration_set = migration_set
        self.steps: list[tuple[str, Callable]] = []

    def __call__(self, *, name: str) -> Callable[[Callable], Callable]:
        def register(step: Callable) -> Callable:
            if any(known == name for known, _ in self.steps):
                raise ValueError(f"Migration {name!r} is registered twice")
            self.steps.append((name, step))
            return step

        return register

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.steps]

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        """Apply, each in its own transaction, the migrations `db` lacks (those
        before `stop_before`, when it is given: the tests make old databases so)."""
        runner = migrations_class()(self.migration_set)
        for name, step in self.steps:
            # Each step is given CMDesk's Database, whatever sqlite-utils passes.
            runner(name=name)(lambda _utils, step=step: step(db))
        runner.apply(db.utils, stop_before=stop_before)


migrations = MigrationList(MIGRATION_SET)

_ROW = """
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL"""


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE provinces (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_km TEXT NOT NULL
        );
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            province_code TEXT REFERENCES provinces(code),
            editable INTEGER NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0,{_ROW}
        );
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            group_code TEXT NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'count',
            components TEXT NOT NULL DEFAULT '[]',
            sort_order INTEGER NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0,{_ROW}
        );
        CREATE TABLE item_parts (
            item_code TEXT NOT NULL REFERENCES items(code),
            part TEXT NOT NULL,
            PRIMARY KEY (item_code, part)
        );
        CREATE TABLE reporting_years (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1979 AND 2100),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'checked', 'submitted')),{_ROW}
        );
        CREATE TABLE aggregate_values (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            source_code TEXT NOT NULL REFERENCES sources(code),
            item_code TEXT NOT NULL REFERENCES items(code),
            part TEXT NOT NULL DEFAULT 'total',
            value INTEGER NOT NULL CHECK (value >= 0),
            comment TEXT NOT NULL DEFAULT '',{_ROW},
            UNIQUE (year, source_code, item_code, part)
        );
        CREATE TABLE funding_lines (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            funder TEXT NOT NULL,
            funder_kind TEXT NOT NULL CHECK (funder_kind IN
                ('national_budget', 'un_agency', 'donor_government', 'ngo', 'private')),
            purpose TEXT NOT NULL DEFAULT '',
            amount REAL NOT NULL CHECK (amount >= 0),
            currency TEXT NOT NULL,
            rate_to_usd REAL CHECK (rate_to_usd IS NULL OR rate_to_usd > 0),
            earmarked INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',{_ROW}
        );
        CREATE TABLE casualties (
            id TEXT PRIMARY KEY,
            source_id TEXT,
            incident_date TEXT,
            incident_year INTEGER,
            province_code TEXT REFERENCES provinces(code),
            district TEXT NOT NULL DEFAULT '',
            commune TEXT NOT NULL DEFAULT '',
            village TEXT NOT NULL DEFAULT '',
            latitude REAL,
            longitude REAL,
            device_type TEXT NOT NULL DEFAULT 'unknown',
            outcome TEXT NOT NULL CHECK (outcome IN ('killed', 'injured')),
            amputation TEXT NOT NULL DEFAULT 'unknown',
            status TEXT NOT NULL DEFAULT 'unknown',
            sex TEXT NOT NULL DEFAULT 'unknown',
            age INTEGER,
            age_group TEXT NOT NULL DEFAULT 'unknown',
            activity TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',{_ROW}
        );
        CREATE TABLE sraap_indicators (
            code TEXT PRIMARY KEY,
            action INTEGER NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE TABLE narratives (
            id TEXT PRIMARY KEY,
            indicator_code TEXT NOT NULL REFERENCES sraap_indicators(code),
            year INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'not_reported' CHECK (status IN
                ('reported', 'partly', 'not_reported', 'not_applicable')),
            narrative TEXT NOT NULL DEFAULT '',
            committee_request TEXT NOT NULL DEFAULT '',
            state_answer TEXT NOT NULL DEFAULT '',{_ROW},
            UNIQUE (indicator_code, year)
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            office TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_lookup_indexes")
def _lookup_indexes(db: Database) -> None:
    # The register is browsed and summarised by year and province, and imports match
    # on the CMVIS number; the audit log is read per row for a value's history.
    db.executescript(
        """
        CREATE INDEX casualties_year ON casualties(incident_year);
        CREATE INDEX casualties_province ON casualties(province_code);
        CREATE INDEX casualties_source_id ON casualties(source_id);
        CREATE INDEX audit_log_row ON audit_log(table_name, row_key);
        CREATE INDEX aggregate_values_item ON aggregate_values(item_code, year);
        """
    )


@migrations(name="0003_casualty_register")
def _casualty_register(db: Database) -> None:
    # Possible duplicates share date, province, sex, age and device type: one index
    # finds them, and serves the register's default order (by date). Pairs that staff
    # have checked and marked as different casualties are kept so that they are not
    # listed again; a pair goes with either of its records.
    db.executescript(
        f"""
        CREATE INDEX casualties_duplicate_key
            ON casualties(incident_date, province_code, sex, age, device_type);
        CREATE TABLE casualty_distinct_pairs (
            id TEXT PRIMARY KEY,
            first_id TEXT NOT NULL REFERENCES casualties(id) ON DELETE CASCADE,
            second_id TEXT NOT NULL REFERENCES casualties(id) ON DELETE CASCADE,{_ROW},
            CHECK (first_id < second_id),
            UNIQUE (first_id, second_id)
        );
        CREATE INDEX casualty_distinct_pairs_second ON casualty_distinct_pairs(second_id);
        """
    )


@migrations(name="0004_submissions")
def _submissions(db: Database) -> None:
    # `based_on` remembers the figures a narrative was drafted from (JSON {figure key:
    # value}, cmdesk/narratives.py), so that a narrative whose numbers no longer match
    # the data can be flagged. `submission_details` holds, per reporting year, what the
    # documents' cover blocks need: the focal point, its contact and the date.
    db.executescript(
        f"""
        ALTER TABLE narratives ADD COLUMN based_on TEXT NOT NULL DEFAULT '';
        CREATE TABLE submission_details (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE REFERENCES reporting_years(year),
            focal_point TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '',
            contact_position TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            contact_address TEXT NOT NULL DEFAULT '',
            submission_date TEXT NOT NULL DEFAULT '',{_ROW}
        );
        """
    )


@migrations(name="0005_acknowledgements")
def _acknowledgements(db: Database) -> None:
    # A finding of the year's checks that staff looked at and accepted, with their
    # reason (cmdesk/review.py). `finding_key` names the rule, where and the
    # figures, so a finding whose figures change is looked at again.
    db.executescript(
        f"""
        CREATE TABLE acknowledgements (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            finding_key TEXT NOT NULL,
            rule TEXT NOT NULL,
            message TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (trim(reason) <> ''),
            who TEXT NOT NULL,{_ROW},
            UNIQUE (year, finding_key)
        );
        """
    )


@migrations(name="0006_year_signoff")
def _year_signoff(db: Database) -> None:
    # A reporting year moves draft -> checked -> submitted (reporting_years.status);
    # `year_status_changes` keeps every move with who, when and why (a step back
    # needs a reason). A submission keeps a snapshot of the year: every row of its
    # data as JSON under the audit log's table and row key (so that a comparison can
    # find who changed a row since), and the documents sent, as produced. A snapshot
    # is written once and never changed; `audit_mark` is the last audit-log id at the
    # time it was taken: the changes after it are those with a larger id.
    db.executescript(
        f"""
        CREATE TABLE year_snapshots (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            taken_by TEXT NOT NULL,
            audit_mark INTEGER NOT NULL,{_ROW}
        );
        CREATE INDEX year_snapshots_year ON year_snapshots(year, created_at);
        CREATE TABLE snapshot_rows (
            snapshot_id TEXT NOT NULL REFERENCES year_snapshots(id),
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, table_name, row_key)
        ) WITHOUT ROWID;
        CREATE TABLE snapshot_documents (
            snapshot_id TEXT NOT NULL REFERENCES year_snapshots(id),
            kind TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('xlsx', 'pdf')),
            file_name TEXT NOT NULL,
            content BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, kind, format)
        );
        CREATE TABLE year_status_changes (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            old_status TEXT NOT NULL,
            new_status TEXT NOT NULL
                CHECK (new_status IN ('draft', 'checked', 'submitted')),
            reason TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL,
            snapshot_id TEXT REFERENCES year_snapshots(id),{_ROW}
        );
        CREATE INDEX year_status_changes_year ON year_status_changes(year, created_at);
        """
    )


@migrations(name="0007_completeness")
def _completeness(db: Database) -> None:
    # One row per reporting year, source and section (cmdesk/completeness.py) once
    # anything about that return is recorded. `expected` and `due_date` are the year's
    # changes to the defaults of resources/catalog/returns.toml (NULL: the default);
    # `received_on` is the day the return arrived (YYYY-MM-DD, NULL: not recorded);
    # `checked_by`/`checked_at` who checked its figures and when (UTC, ISO 8601).
    db.executescript(
        f"""
        CREATE TABLE source_returns (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES reporting_years(year),
            source_code TEXT NOT NULL REFERENCES sources(code),
            section TEXT NOT NULL,
            expected INTEGER CHECK (expected IS NULL OR expected IN (0, 1)),
            due_date TEXT,
            received_on TEXT,
            checked_by TEXT,
            checked_at TEXT,{_ROW},
            CHECK (checked_at IS NULL OR received_on IS NOT NULL),
            UNIQUE (year, source_code, section)
        );
        """
    )


# The register's columns that the Casualties page sorts by (every column of its table:
# store/casualties.py SORTABLE) and not yet the first column of an index.
_SORT_INDEXED = ("incident_date", "district", "commune", "village", "latitude", "longitude",
                 "device_type", "outcome", "amputation", "status", "sex", "age", "age_group",
                 "activity", "name", "notes", "created_at", "modified_at")

REGISTER_SORT_INDEXES: dict[str, str] = {
    **{f"casualties_by_{column}": f"CREATE INDEX IF NOT EXISTS casualties_by_{column} "
       f"ON casualties({column})" for column in _SORT_INDEXED},
    "casualties_by_counted_age_group": (
        "CREATE INDEX IF NOT EXISTS casualties_by_counted_age_group ON casualties((CASE WHEN "
        "age IS NULL THEN age_group WHEN age < 18 THEN 'child' ELSE 'adult' END))"),
}
"""The register's sort indexes (migration 0008), by name: the only statement of them.
A bulk import leaves them to be built after its commit (store/casualties.py,
`indexes_built_after` and `build_sort_indexes`). A change to this set needs a new
migration that drops or creates the difference: 0008 runs once per database."""


@migrations(name="0008_register_sort_indexes")
def _register_sort_indexes(db: Database) -> None:
    # The Casualties page sorts the whole register by any column, and reads the first
    # screen first: with an index per column (its key ends with the rowid) SQLite
    # walks the index in the order asked, either way, and stops after a screen,
    # instead of sorting 130,000 records at each click (benchmarks/page.py). Empty
    # values go last: the store reads them as a second range of the same index
    # (store/casualties.py). The age group as counted (from the age when known) has an
    # index on that expression, for the filter. Provinces sort by name through
    # casualties_province, one province after another.
    db.executescript(";\n".join(REGISTER_SORT_INDEXES.values()) + ";")


@migrations(name="0009_word_documents_and_qualified_values")
def _word_documents_and_qualified_values(db: Database) -> None:
    # A submission also keeps the VA update and Form J as Word documents (.docx): the
    # format CHECK of snapshot_documents is widened (SQLite changes a CHECK only by
    # copying the table). A value may be stated with a qualifier ("over 2,800",
    # "about 100,000", "at least 50"): part of the value, kept beside it ('' none).
    db.executescript(
        """
        CREATE TABLE snapshot_documents_new (
            snapshot_id TEXT NOT NULL REFERENCES year_snapshots(id),
            kind TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('xlsx', 'pdf', 'docx')),
            file_name TEXT NOT NULL,
            content BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, kind, format)
        );
        INSERT INTO snapshot_documents_new SELECT snapshot_id, kind, format, file_name, content,
            sha256 FROM snapshot_documents;
        DROP TABLE snapshot_documents;
        ALTER TABLE snapshot_documents_new RENAME TO snapshot_documents;
        ALTER TABLE aggregate_values ADD COLUMN qualifier TEXT NOT NULL DEFAULT ''
            CHECK (qualifier IN ('', 'more_than', 'about', 'at_least'));
        """
    )


@migrations(name="0010_bicycles_unit")
def _bicycles_unit(db: Database) -> None:
    # "Bicycles provided" counts bicycles (seed 000: "65 bicycles were provided to
    # persons with disabilities"), but the first catalogs gave it the unit "persons",
    # which put it beside persons in the same-value check. Only the shipped unit is
    # corrected: a unit changed in Tools > Items stays.
    db.execute("UPDATE items SET unit = 'bicycles' WHERE code = 'inc.bicycle' AND unit = 'persons'")


@migrations(name="0011_exchange")
def _exchange(db: Database) -> None:
    # Exchange packages between headquarters and a provincial office (docs/exchange.md).
    # `exchange_pairs`: one row per office this database exchanges with, with that
    # database's id, the pair's secret key (HMAC-SHA256, never printed), and the
    # sequence numbers: the last package sent, the last one received and applied, and
    # the last of ours the other side acknowledged. `exchange_base`: the last agreed
    # state of each shared row (JSON of its shared fields), what a package's changes are
    # found against; a row absent there is not agreed to exist. `exchange_outbox`: what
    # each package sent carried (JSON, NULL: a deletion), which becomes the agreed state
    # once the other side acknowledges it (rowid tables: a row's JSON is too large for
    # WITHOUT ROWID, SQLite's docs say beyond ~1/20 of a page). `exchange_conflicts`: the changes put before
    # a person (both sides changed a field, a deletion against an edit, a submitted
    # year), open until resolved; `resolved_sent` is the first package that carried a
    # person's choice to the other side. `exchange_receipts`: each package received.
    db.executescript(
        f"""
        CREATE TABLE exchange_pairs (
            id TEXT PRIMARY KEY,
            peer_office TEXT NOT NULL UNIQUE,
            peer_name TEXT NOT NULL,
            peer_database_id TEXT NOT NULL,
            peer_is_hq INTEGER NOT NULL CHECK (peer_is_hq IN (0, 1)),
            secret TEXT NOT NULL,
            personal_fields INTEGER NOT NULL DEFAULT 0,
            sent_seq INTEGER NOT NULL DEFAULT 0,
            received_seq INTEGER NOT NULL DEFAULT 0,
            acked_seq INTEGER NOT NULL DEFAULT 0,
            last_sent_at TEXT,
            last_received_at TEXT,{_ROW}
        );
        CREATE TABLE exchange_base (
            pair_id TEXT NOT NULL REFERENCES exchange_pairs(id),
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            data TEXT NOT NULL,
            UNIQUE (pair_id, table_name, row_key)
        );
        CREATE TABLE exchange_outbox (
            pair_id TEXT NOT NULL REFERENCES exchange_pairs(id),
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            data TEXT,
            UNIQUE (pair_id, seq, table_name, row_key)
        );
        CREATE TABLE exchange_conflicts (
            id TEXT PRIMARY KEY,
            pair_id TEXT NOT NULL REFERENCES exchange_pairs(id),
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            field TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('both_changed', 'deleted_here', 'deleted_there',
                                                'frozen')),
            year INTEGER,
            base TEXT,
            mine TEXT,
            theirs TEXT,
            theirs_row TEXT,
            theirs_who TEXT NOT NULL DEFAULT '',
            theirs_at TEXT NOT NULL DEFAULT '',
            package_seq INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
            resolution TEXT,
            resolved_by TEXT,
            resolved_at TEXT,
            resolved_sent INTEGER,{_ROW}
        );
        CREATE UNIQUE INDEX exchange_conflicts_open
            ON exchange_conflicts(pair_id, table_name, row_key, field) WHERE status = 'open';
        CREATE INDEX exchange_conflicts_year ON exchange_conflicts(year, status);
        CREATE TABLE exchange_receipts (
            id TEXT PRIMARY KEY,
            pair_id TEXT NOT NULL REFERENCES exchange_pairs(id),
            seq INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            who TEXT NOT NULL,
            report TEXT NOT NULL,
            audit_before INTEGER NOT NULL,
            audit_after INTEGER NOT NULL,
            undo_backup TEXT,{_ROW},
            UNIQUE (pair_id, seq)
        );
        """
    )
@migrations(name="0012_source_contacts")
def _source_contacts(db: Database) -> None:
    # Whom each reporting source's collection workbook goes to (Tools > Items and
    # reporting sources); CMDesk sends no mail, it shows the address.
    db.executescript("ALTER TABLE sources ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';")


@migrations(name="0013_unanswered_requests")
def _unanswered_requests(db: Database) -> None:
    # The decision made at submit about the Committee's requests nobody answered: left
    # out of the VA update ('', as before) or said in the State's voice ('state_voice').
    # Kept with the submission details, so a snapshot keeps it with the documents.
    db.executescript("ALTER TABLE submission_details ADD COLUMN unanswered_requests TEXT NOT NULL "
                     "DEFAULT '' CHECK (unanswered_requests IN ('', 'state_voice'));")


MIGRATION_NAMES = migrations.names
SCHEMA_VERSION = len(MIGRATION_NAMES)

TABLES_CREATED = {
    "0001_initial": ("meta", "provinces", "sources", "items", "item_parts", "reporting_years",
                     "aggregate_values", "funding_lines", "casualties", "sraap_indicators",
                     "narratives", "audit_log"),
    "0003_casualty_register": ("casualty_distinct_pairs",),
    "0004_submissions": ("submission_details",),
    "0005_acknowledgements": ("acknowledgements",),
    "0006_year_signoff": ("year_snapshots", "snapshot_rows", "snapshot_documents",
                          "year_status_changes"),
    "0007_completeness": ("source_returns",),
    "0011_exchange": ("exchange_pairs", "exchange_outbox", "exchange_receipts", "exchange_base",
                      "exchange_conflicts"),
}
"""The tables each migration creates (a migration that creates none is not listed).
Opening a database checks that the tables of its applied migrations are all there,
without reading every page (`database.probe`), so that a damaged schema is refused
with the missing table named. tests/core/test_store_database.py holds this list to
the migrations: a new migration that creates a table adds it here."""


def tables_expected(applied: list[str]) -> list[str]:
    """The tables a database with the migrations `applied` must have."""
    return [table for name in applied for table in TABLES_CREATED.get(name, ())]

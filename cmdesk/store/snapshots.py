"""Snapshots of submitted years: what was sent, kept as it was sent.

A snapshot holds every row of one reporting year's data (values, funding lines,
casualty records by incident year, narratives, submission details) and the documents
produced from it. Each row is kept as a JSON object of its data fields under the
table name and row key the audit log uses for it (`ROW_KEYS`), so that a comparison
can find who changed a row after the snapshot. Today's data are read through the
same SQL (`current_rows`), so that a snapshot and today compare field for field.

A snapshot is taken inside the submission's transaction (cmdesk/signoff) and never
changed or deleted afterwards: a year reopened and submitted again has one snapshot
per submission.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable, NamedTuple

from cmdesk.errors import InputError
from cmdesk.funding import FIELDS as FUNDING_FIELDS
from cmdesk.i18n import translate
from cmdesk.store.casualties import CASUALTY_FIELDS
from cmdesk.store.narratives import NARRATIVE_FIELDS
from cmdesk.store.rows import new_row
from cmdesk.store.submissions import SUBMISSION_FIELDS

if TYPE_CHECKING:
    from cmdesk.store import Store

SNAPSHOTS = "year_snapshots"
ROWS = "snapshot_rows"
DOCUMENTS = "snapshot_documents"


class _RowSource(NamedTuple):
    """How one table's rows of a year are read: the audit log's row key (an SQL
    expression), the data fields ({name in the snapshot: column}) and which rows."""

    key: str
    fields: dict[str, str]
    where: str  # over the table, with one parameter: the year


ROW_SOURCES: dict[str, _RowSource] = {
    "aggregate_values": _RowSource(
        "year || '/' || source_code || '/' || item_code || '/' || part",
        {"source": "source_code", "item": "item_code", "part": "part", "value": "value",
         "comment": "comment", "qualifier": "qualifier"},
        "year = ?"),
    "funding_lines": _RowSource("id", {name: name for name in FUNDING_FIELDS}, "year = ?"),
    "casualties": _RowSource("id", {name: name for name in CASUALTY_FIELDS}, "incident_year = ?"),
    "narratives": _RowSource(
        "indicator_code || '/' || year",
        {"indicator": "indicator_code", **{name: name for name in NARRATIVE_FIELDS}},
        "year = ?"),
    "submission_details": _RowSource(
        "CAST(year AS TEXT)", {name: name for name in SUBMISSION_FIELDS}, "year = ?"),
}
"""The tables a snapshot keeps, in the order comparisons list them."""

TABLES = tuple(ROW_SOURCES)

Rows = dict[str, dict[str, dict]]
"""{table: {row key: {field: value}}}: a year's data, kept or today's."""


def _select(table: str) -> str:
    source = ROW_SOURCES[table]
    pairs = ", ".join(f"'{name}', {column}" for name, column in source.fields.items())
    return f"SELECT {source.key}, json_object({pairs}) FROM {table} WHERE {source.where}"


class Snapshot(NamedTuple):
    id: str
    year: int
    taken_at: str  # UTC, ISO 8601
    taken_by: str
    office: str
    audit_mark: int  # the last audit-log id when it was taken: later changes are above it


class StoredDocument(NamedTuple):
    kind: str
    format: str
    file_name: str
    size: int
    sha256: str


def _snapshot(row: dict) -> Snapshot:
    return Snapshot(row["id"], row["year"], row["created_at"], row["taken_by"], row["office"],
                    row["audit_mark"])


class YearSnapshots:
    def __init__(self, store: "Store") -> None:
        self._store = store

    # --- reading ---------------------------------------------------------------------------

    def current_rows(self, year: int) -> Rows:
        """Today's data of `year`, as a snapshot keeps them."""
        db = self._store.db
        return {table: {key: json.loads(data) for key, data in db.execute(_select(table), [year])}
                for table in TABLES}

    def for_year(self, year: int) -> list[Snapshot]:
        """The snapshots of `year`, oldest first."""
        return [_snapshot(row) for row in self._store.db.query(
            f"SELECT * FROM {SNAPSHOTS} WHERE year = ? ORDER BY created_at, rowid", [year])]

    def latest(self, year: int) -> Snapshot | None:
        snapshots = self.for_year(year)
        return snapshots[-1] if snapshots else None

    def get(self, snapshot_id: str) -> Snapshot:
        """The snapshot with that id; InputError when there is none."""
        rows = list(self._store.db.query(f"SELECT * FROM {SNAPSHOTS} WHERE id = ?", [snapshot_id]))
        if not rows:
            raise InputError(translate(
                "Store", "There is no snapshot with id '{id}'. `cmdesk year status --year YEAR` "
                "lists a year's snapshots.").format(id=snapshot_id))
        return _snapshot(rows[0])

    def find(self, year: int, id_or_prefix: str) -> Snapshot:
        """A snapshot of `year` by its id, the start of it, or its end (`short_id`, as
        the status lists them); InputError when none or several match."""
        text = id_or_prefix.strip()
        matches = [s for s in self.for_year(year)
                   if text and (s.id.startswith(text) or s.id.endswith(text))]
        if len(matches) != 1:
            raise InputError(translate(
                "Store", "{year} has no snapshot '{id}'{several}. `cmdesk year status --year "
                "{year}` lists its snapshots.").format(
                year=year, id=text, several=translate("Store", " (several start so: give more of "
                                                      "the id)") if matches else ""))
        return matches[0]

    def rows(self, snapshot_id: str) -> Rows:
        """The data a snapshot kept, as `current_rows` gives today's."""
        kept: Rows = {table: {} for table in TABLES}
        for table, key, data in self._store.db.execute(
                f"SELECT table_name, row_key, data FROM {ROWS} WHERE snapshot_id = ?", [snapshot_id]):
            kept.setdefault(table, {})[key] = json.loads(data)
        return kept

    def documents(self, snapshot_id: str) -> list[StoredDocument]:
        """The documents a snapshot kept (without their content)."""
        return [StoredDocument(*row) for row in self._store.db.execute(
            f"SELECT kind, format, file_name, length(content), sha256 FROM {DOCUMENTS} "
            "WHERE snapshot_id = ? ORDER BY kind, format", [snapshot_id])]

    def document(self, snapshot_id: str, kind: str, fmt: str) -> bytes | None:
        """The bytes of one kept document, or None when the snapshot has no such one."""
        row = self._store.db.execute(
            f"SELECT content FROM {DOCUMENTS} WHERE snapshot_id = ? AND kind = ? AND format = ?",
            [snapshot_id, kind, fmt]).fetchone()
        return None if row is None else bytes(row[0])

    # --- writing ---------------------------------------------------------------------------

    def take(self, year: int, documents: Iterable[tuple[str, str, str, bytes]]) -> Snapshot:
        """Keep `year`'s data as they are now, with `documents` ((kind, format, file
        name, content) each), in one transaction (the caller's: a submission's).
        Returns the new snapshot."""
        import hashlib  # only when submitting: opening a database stays cheap

        store = self._store
        db = store.db
        with db.atomic():
            store.years.ensure(year)
            row = {**new_row(store.office.code), "year": year, "taken_by": store.user,
                   "audit_mark": store.audit.last_id()}
            db[SNAPSHOTS].insert(row)
            for table in TABLES:
                db.execute(f"INSERT INTO {ROWS} (snapshot_id, table_name, row_key, data) "
                           f"SELECT ?, ?, * FROM ({_select(table)})", [row["id"], table, year])
            for kind, fmt, file_name, content in documents:
                db.execute(
                    f"INSERT INTO {DOCUMENTS} (snapshot_id, kind, format, file_name, content, sha256) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [row["id"], kind, fmt, file_name, content, hashlib.sha256(content).hexdigest()])
            store.audit.record(SNAPSHOTS, row["id"], "*", None, f"snapshot of {year}")
        return _snapshot(row)

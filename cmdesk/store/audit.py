"""The audit log: one row per changed field, with who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from cmdesk.store.rows import utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store


class AuditLog:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def record(self, table: str, key: str, field: str, old: object, new: object) -> None:
        """Log one changed field. Call inside the transaction that makes the change.
        (One prepared INSERT, as `record_many`: sqlite-utils' `insert` reads the table's
        columns first: ~105 against ~18 us for each audited field.)"""
        self.record_many([(table, key, field, old, new)])

    def record_many(self, changes: Iterable[tuple[str, str, str, object, object]]) -> None:
        """Log many changed fields, each (table, key, field, old, new), with one
        statement: what a bulk import needs. Call inside the transaction."""
        who, at, office = self._store.user, utc_now(), self._store.office.code
        self._store.db.conn.executemany(
            "INSERT INTO audit_log (table_name, row_key, field, old_value, new_value, who, at, "
            "office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(table, key, field, None if old is None else str(old),
              None if new is None else str(new), who, at, office)
             for table, key, field, old, new in changes])

    def last_id(self) -> int:
        """The id of the latest audit row (0 when there is none): a mark in time that
        later changes are after, whatever their clocks say."""
        (last,) = self._store.db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()
        return last

    def entries(self, tables: Iterable[str], after: int, up_to: int | None = None) -> list[dict]:
        """The audit rows of `tables` with an id above `after` (and at most `up_to`),
        oldest first: table_name, row_key, field, old_value, new_value, who, at."""
        tables = list(tables)
        bound = "" if up_to is None else " AND id <= ?"
        return list(self._store.db.query(
            "SELECT id, table_name, row_key, field, old_value, new_value, who, at FROM audit_log "
            f"WHERE id > ?{bound} AND table_name IN ({','.join('?' * len(tables))}) ORDER BY id",
            [after, *([] if up_to is None else [up_to]), *tables]))

    def record_inserted(self, table: str, after_rowid: int, count: int, old: object,
                        new: object) -> None:
        """Log the `count` rows a statement just inserted into `table` (those after
        rowid `after_rowid`, the table's largest before it), each as one audit row
        (its id, field "*", `old` -> `new`), in the order they were inserted. Call
        inside the transaction, with no other insert into `table` in between.

        One INSERT ... SELECT: for a bulk import it saves building and binding
        65,000 rows in Python (benchmarks/register.py). SQLite gives a new row the
        largest rowid plus one; the count is checked all the same, so that a
        different numbering fails (and rolls back) instead of logging other rows."""
        cursor = self._store.db.execute(
            "INSERT INTO audit_log (table_name, row_key, field, old_value, new_value, who, at, "
            f"office) SELECT ?, id, '*', ?, ?, ?, ?, ? FROM {table} WHERE rowid > ? ORDER BY rowid",
            [table, None if old is None else str(old), None if new is None else str(new),
             self._store.user, utc_now(), self._store.office.code, after_rowid])
        if cursor.rowcount != count:
            raise RuntimeError(f"{table}: {cursor.rowcount} rows after rowid {after_rowid}, "
                               f"{count} inserted; not audited")

    def history(self, table: str, key: str) -> list[dict]:
        """The changes to one row, oldest first."""
        return list(
            self._store.db.query(
                "SELECT field, old_value, new_value, who, at FROM audit_log "
                "WHERE table_name = ? AND row_key = ? ORDER BY id",
                [table, key],
            )
        )

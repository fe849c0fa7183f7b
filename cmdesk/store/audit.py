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
        """Log one changed field. Call inside the transaction that makes the change."""
        self._store.db["audit_log"].insert(
            {
                "table_name": table,
                "row_key": key,
                "field": field,
                "old_value": None if old is None else str(old),
                "new_value": None if new is None else str(new),
                "who": self._store.user,
                "at": utc_now(),
                "office": self._store.office.code,
            }
        )

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

    def history(self, table: str, key: str) -> list[dict]:
        """The changes to one row, oldest first."""
        return list(
            self._store.db.query(
                "SELECT field, old_value, new_value, who, at FROM audit_log "
                "WHERE table_name = ? AND row_key = ? ORDER BY id",
                [table, key],
            )
        )

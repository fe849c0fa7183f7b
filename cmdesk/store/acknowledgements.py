"""Acknowledgements: findings of the year's checks that staff accepted, with a reason.

An acknowledged error no longer blocks the year's export or submission. Giving and
withdrawing one is audit-logged like any other change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row

if TYPE_CHECKING:
    from cmdesk.store import Store

TABLE = "acknowledgements"


class Acknowledgements:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def for_year(self, year: int) -> dict[str, dict]:
        """finding key -> {rule, message, reason, who, at} for `year`."""
        return {
            row["finding_key"]: row for row in self._store.db.query(
                f"SELECT finding_key, rule, message, reason, who, modified_at AS at FROM {TABLE} "
                "WHERE year = ? ORDER BY created_at", [year])
        }

    def give(self, year: int, finding_key: str, rule: str, message: str, reason: str) -> None:
        """Acknowledge a finding (or change the reason of an acknowledgement)."""
        reason = reason.strip()
        if not reason:
            raise InputError(translate(
                "Store", "Give a reason to acknowledge this finding: it is kept in the audit log "
                "and read by whoever checks the year."))
        # The findings a submission was made with stay as they were while it is frozen.
        self._store.years.require_editable(year)
        db = self._store.db
        with db.atomic():
            self._store.years.ensure(year)
            old = db.execute(f"SELECT id, reason FROM {TABLE} WHERE year = ? AND finding_key = ?",
                             [year, finding_key]).fetchone()
            row = new_row(self._store.office.code)
            if old is None:
                db[TABLE].insert({**row, "year": year, "finding_key": finding_key, "rule": rule,
                                  "message": message, "reason": reason, "who": self._store.user})
            else:
                db.execute(f"UPDATE {TABLE} SET reason = ?, who = ?, modified_at = ? WHERE id = ?",
                           [reason, self._store.user, row["modified_at"], old[0]])
            self._store.audit.record(TABLE, f"{year}/{finding_key}", "reason",
                                     None if old is None else old[1], reason)

    def withdraw(self, year: int, finding_key: str) -> bool:
        """Withdraw an acknowledgement; False when there was none."""
        self._store.years.require_editable(year)
        db = self._store.db
        with db.atomic():
            old = db.execute(f"SELECT reason FROM {TABLE} WHERE year = ? AND finding_key = ?",
                             [year, finding_key]).fetchone()
            if old is None:
                return False
            db.execute(f"DELETE FROM {TABLE} WHERE year = ? AND finding_key = ?", [year, finding_key])
            self._store.audit.record(TABLE, f"{year}/{finding_key}", "reason", old[0], None)
        return True

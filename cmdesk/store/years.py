"""Reporting years: their rows, their status (draft, checked, submitted) and the
freeze of a submitted year.

A submitted year's data are frozen: every write path of the store that touches a
year's data (values, funding lines, narratives, submission details, casualty records
by incident year) calls `require_editable` first, inside or before its transaction,
and is refused with `YearFrozenError` saying when and by whom the year was submitted
and how to reopen it. The status itself moves only through `set_status`, called by
the sign-off workflow (cmdesk/signoff), which decides which moves are allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from cmdesk.errors import InputError, YearFrozenError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row

if TYPE_CHECKING:
    from cmdesk.store import Store

STATUSES = ("draft", "checked", "submitted")
DRAFT, CHECKED, SUBMITTED = STATUSES
CHANGES = "year_status_changes"
STORED_YEARS = range(1979, 2101)  # the reporting years a database holds (schema.py's CHECK)


class ReportingYears:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def ensure(self, year: int) -> None:
        """Make sure `year` exists; call inside the transaction that writes to it."""
        if year not in STORED_YEARS:
            raise InputError(translate("Store", "Year {year} is outside 1979-2100.").format(year=year))
        db = self._store.db
        if not db.execute("SELECT 1 FROM reporting_years WHERE year = ?", [year]).fetchone():
            db["reporting_years"].insert({**new_row(self._store.office.code), "year": year})
            self._store.audit.record("reporting_years", str(year), "year", None, year)

    def with_data(self) -> list[int]:
        """Years that have a reporting-year row or any casualty record, ascending."""
        # The register's years one index seek each (the next year after the last
        # found), not a walk over its 130,000 entries: 0.3 ms instead of ~45 ms, and
        # the window asks at start-up and on every page that lists the years.
        rows = self._store.db.query(
            "WITH RECURSIVE present(year) AS ("
            " SELECT MIN(incident_year) FROM casualties UNION ALL"
            " SELECT (SELECT MIN(incident_year) FROM casualties WHERE incident_year > present.year)"
            " FROM present WHERE present.year IS NOT NULL) "
            "SELECT year FROM reporting_years UNION "
            "SELECT year FROM present WHERE year IS NOT NULL ORDER BY 1"
        )
        return [r["year"] for r in rows]

    # --- status ------------------------------------------------------------------------

    def status(self, year: int) -> str:
        """"draft", "checked" or "submitted" ("draft" for a year with no row yet)."""
        row = self._store.db.execute(
            "SELECT status FROM reporting_years WHERE year = ?", [year]).fetchone()
        return DRAFT if row is None else row[0]

    def status_changes(self, year: int) -> list[dict]:
        """Every change of `year`'s status, oldest first: old_status, new_status,
        reason, who, at (UTC, ISO 8601), snapshot_id (a submission's snapshot)."""
        return list(self._store.db.query(
            f"SELECT id, year, old_status, new_status, reason, who, created_at AS at, "
            f"snapshot_id, office FROM {CHANGES} WHERE year = ? ORDER BY rowid", [year]))

    def last_change(self, year: int) -> dict | None:
        """The latest change of `year`'s status (as in `status_changes`), or None."""
        changes = self.status_changes(year)
        return changes[-1] if changes else None

    def set_status(self, year: int, status: str, *, reason: str = "",
                   snapshot_id: str | None = None, at: str | None = None) -> dict:
        """Move `year` to `status`, with one row in the status history and its audit
        rows (the status, and the reason when one is given), in one transaction
        (the caller's, when it has one: a submission writes its snapshot in it).
        `at` is the change's time (UTC, ISO 8601), now when not given: a submission
        passes its snapshot's, so that both say the same moment.
        Returns the history row. Which moves are allowed is the sign-off workflow's
        business (cmdesk/signoff); this only refuses an unknown status."""
        if status not in STATUSES:
            raise InputError(translate("Store", "Unknown year status '{status}'.").format(status=status))
        store = self._store
        with store.db.atomic():
            self.ensure(year)
            old = self.status(year)
            row = {**new_row(store.office.code, at), "year": year, "old_status": old,
                   "new_status": status, "reason": reason, "who": store.user,
                   "snapshot_id": snapshot_id}
            store.db[CHANGES].insert(row)
            store.db.execute("UPDATE reporting_years SET status = ?, modified_at = ? WHERE year = ?",
                             [status, row["created_at"], year])
            store.audit.record("reporting_years", str(year), "status", old, status)
            if reason:
                store.audit.record("reporting_years", str(year), "status_reason", None, reason)
        return {"id": row["id"], "year": year, "old_status": old, "new_status": status,
                "reason": reason, "who": store.user, "at": row["created_at"],
                "snapshot_id": snapshot_id, "office": row["office"]}

    # --- the freeze ----------------------------------------------------------------------

    def frozen_years(self) -> set[int]:
        """The submitted years: their data cannot be changed until they are reopened."""
        return {row[0] for row in self._store.db.execute(
            "SELECT year FROM reporting_years WHERE status = ?", [SUBMITTED])}

    def frozen_message(self, year: int) -> str | None:
        """Why `year` cannot be changed and how to reopen it; None when it can be."""
        if self.status(year) != SUBMITTED:
            return None
        submitted = next((change for change in reversed(self.status_changes(year))
                          if change["new_status"] == SUBMITTED), None)
        when = submitted["at"][:10] if submitted else "?"
        who = submitted["who"] if submitted else "?"
        return translate(
            "Store", "{year} was submitted on {date} by {who} and is frozen. Reopen the year "
            "to change it.").format(year=year, date=when, who=who)

    def require_editable(self, *years: int | None) -> None:
        """Refuse (YearFrozenError, nothing written) a write that touches any of
        `years` while it is submitted. None (a casualty record without a date) is in
        no year and always editable. Call before writing."""
        self.require_editable_all(years)

    def require_editable_all(self, years: Iterable[int | None]) -> None:
        """`require_editable` for every year in `years` (as many as a batch holds)."""
        wanted = {year for year in years if year is not None}
        if not wanted:
            return
        frozen = sorted(wanted & self.frozen_years())
        if frozen:
            raise YearFrozenError(self.frozen_message(frozen[0]) or "", frozen[0])

"""Reporting years."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row

if TYPE_CHECKING:
    from cmdesk.store import Store


class ReportingYears:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def ensure(self, year: int) -> None:
        """Make sure `year` exists; call inside the transaction that writes to it."""
        if not 1979 <= year <= 2100:
            raise InputError(translate("Store", "Year {year} is outside 1979-2100.").format(year=year))
        db = self._store.db
        if not db.execute("SELECT 1 FROM reporting_years WHERE year = ?", [year]).fetchone():
            db["reporting_years"].insert({**new_row(self._store.office.code), "year": year})
            self._store.audit.record("reporting_years", str(year), "year", None, year)

    def with_data(self) -> list[int]:
        """Years that have a reporting-year row or any casualty record, ascending."""
        rows = self._store.db.query(
            "SELECT year FROM reporting_years UNION "
            "SELECT DISTINCT incident_year FROM casualties WHERE incident_year IS NOT NULL "
            "ORDER BY 1"
        )
        return [r["year"] for r in rows]

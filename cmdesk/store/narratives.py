"""Narratives per SRAAP indicator and year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store


NARRATIVE_STATUSES = ("reported", "partly", "not_reported", "not_applicable")
NARRATIVE_FIELDS = ("status", "narrative", "committee_request", "state_answer", "based_on")
"""`based_on`: the figures the narrative was drafted from, as JSON (cmdesk/narratives.py)."""


class Narratives:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def set_fields(self, indicator: str, year: int, **fields: str) -> None:
        """Set status / narrative / committee_request / state_answer / based_on of one
        indicator and year, creating the row when needed, in one transaction."""
        allowed = set(NARRATIVE_FIELDS)
        if set(fields) - allowed:
            raise InputError(f"Unknown narrative fields: {sorted(set(fields) - allowed)}")
        if "status" in fields and fields["status"] not in NARRATIVE_STATUSES:
            raise InputError(translate("Store", "Unknown status '{status}'.").format(status=fields["status"]))
        self._store.years.require_editable(year)
        db = self._store.db
        key = f"{indicator}/{year}"
        with db.atomic():
            current = db.execute(
                "SELECT id, " + ", ".join(NARRATIVE_FIELDS) + " "
                "FROM narratives WHERE indicator_code = ? AND year = ?",
                [indicator, year],
            ).fetchone()
            if current is None:
                db["narratives"].insert(
                    {**new_row(self._store.office.code), "indicator_code": indicator,
                     "year": year, **fields}
                )
                old = {}
            else:
                old = dict(zip(NARRATIVE_FIELDS, current[1:]))
                assignments = ", ".join(f"{name} = ?" for name in fields)
                db.execute(
                    f"UPDATE narratives SET {assignments}, modified_at = ? WHERE id = ?",
                    [*fields.values(), utc_now(), current[0]],
                )
            for name, value in fields.items():
                if old.get(name) != value:
                    self._store.audit.record("narratives", key, name, old.get(name), value)

    def for_year(self, year: int) -> list[dict]:
        return list(
            self._store.db.query(
                "SELECT indicator_code AS indicator, status, narrative, committee_request, "
                "state_answer, based_on FROM narratives WHERE year = ? ORDER BY indicator_code",
                [year],
            )
        )

    def set_many(self, year: int, changes: dict[str, dict[str, str]]) -> None:
        """Set fields of several indicators of `year` ({indicator: {field: value}}) in
        one transaction: all are written or none."""
        self._store.years.require_editable(year)
        with self._store.db.atomic():
            for indicator, fields in changes.items():
                self.set_fields(indicator, year, **fields)

    def years_with_rows(self) -> list[int]:
        return [row["year"] for row in self._store.db.query(
            "SELECT DISTINCT year FROM narratives ORDER BY year")]

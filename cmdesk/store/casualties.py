"""The casualty register."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row

if TYPE_CHECKING:
    from cmdesk.store import Store


CASUALTY_FIELDS = (
    "source_id", "incident_date", "province_code", "district", "commune", "village",
    "latitude", "longitude", "device_type", "outcome", "amputation", "status", "sex",
    "age", "age_group", "activity", "name", "notes",
)


@dataclass(frozen=True)
class CasualtyCounts:
    total: int
    killed: int
    injured: int
    amputations: int


class CasualtyRegister:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def add_many(self, records: Iterable[dict]) -> int:
        """Add casualty records (dicts with CASUALTY_FIELDS) in one transaction."""
        db = self._store.db
        office = self._store.office.code
        # insert_all gives every row the columns of all rows, a missing one as NULL:
        # fill each record's missing fields with the column's default instead, so a
        # batch may mix records that give different fields.
        defaults = db["casualties"].default_values
        blank = {name: defaults.get(name) for name in CASUALTY_FIELDS}
        rows = []
        for record in records:
            unknown = set(record) - set(CASUALTY_FIELDS)
            if unknown:
                raise InputError(
                    translate("Store", "Unknown casualty fields: {fields}.").format(fields=", ".join(sorted(unknown)))
                )
            row = {**new_row(office), **blank, **record}
            date = row.get("incident_date") or ""
            row["incident_year"] = int(date[:4]) if date[:4].isdigit() else None
            rows.append(row)
        with db.atomic():
            for row in rows:
                if row["incident_year"] is not None:
                    self._store.years.ensure(row["incident_year"])
            db["casualties"].insert_all(rows)
            for row in rows:
                self._store.audit.record("casualties", row["id"], "*", None, "added")
        return len(rows)

    def counts(self, year: int | None = None) -> CasualtyCounts:
        where, params = ("WHERE incident_year = ?", [year]) if year is not None else ("", [])
        total, killed, injured, amputations = self._store.db.execute(
            "SELECT COUNT(*), "
            "COALESCE(SUM(outcome = 'killed'), 0), "
            "COALESCE(SUM(outcome = 'injured'), 0), "
            "COALESCE(SUM(outcome = 'injured' AND amputation = 'yes'), 0) "
            f"FROM casualties {where}",
            params,
        ).fetchone()
        return CasualtyCounts(total, killed, injured, amputations)

    def breakdown(self, year: int) -> dict[str, dict[str, int]]:
        """Counts of `year`'s casualties, as the published tables give them (counts
        only, never a record's fields):

        - "outcome": killed / injured (without amputation) / lost_limb, three disjoint
          groups as Cambodia reports them;
        - "person": men / women / boys / girls / unknown (a child is under 18: the age
          group when known, else the age);
        - "device_type" and "status": the stored codes.
        Categories with no casualty are left out."""
        child = "(age_group = 'child' OR (age_group NOT IN ('child', 'adult') AND age < 18))"
        adult = "(age_group = 'adult' OR (age_group NOT IN ('child', 'adult') AND age >= 18))"
        expressions = {
            "outcome": "CASE WHEN outcome = 'killed' THEN 'killed' "
                       "WHEN amputation = 'yes' THEN 'lost_limb' ELSE 'injured' END",
            "person": f"CASE WHEN sex = 'male' AND {adult} THEN 'men' "
                      f"WHEN sex = 'female' AND {adult} THEN 'women' "
                      f"WHEN sex = 'male' AND {child} THEN 'boys' "
                      f"WHEN sex = 'female' AND {child} THEN 'girls' ELSE 'unknown' END",
            "device_type": "device_type",
            "status": "status",
        }
        result: dict[str, dict[str, int]] = {}
        for name, expression in expressions.items():
            rows = self._store.db.execute(
                f"SELECT {expression} AS category, COUNT(*) FROM casualties "
                "WHERE incident_year = ? GROUP BY category ORDER BY category",
                [year],
            ).fetchall()
            result[name] = {category: count for category, count in rows}
        return result

"""Repositories: the operations on each kind of stored data. The only SQL in CMDesk
lives in `cmdesk/store`; callers get plain Python values back.

Every write runs in one transaction (`db.atomic()`, which nests with savepoints)
and leaves one audit-log row per changed field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

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

    def history(self, table: str, key: str) -> list[dict]:
        """The changes to one row, oldest first."""
        return list(
            self._store.db.query(
                "SELECT field, old_value, new_value, who, at FROM audit_log "
                "WHERE table_name = ? AND row_key = ? ORDER BY id",
                [table, key],
            )
        )


class ReferenceData:
    """Provinces, reporting sources, items and SRAAP indicators as stored in the
    database. The shipped catalog is the starting point; `sync` adds what a newer
    catalog brings and never changes or removes what is already stored."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    def sync(self, catalog: Catalog) -> int:
        """Insert catalog entries missing from the database; return how many."""
        db = self._store.db
        office = self._store.office.code
        have_provinces = {r["code"] for r in db.query("SELECT code FROM provinces")}
        have_sources = {r["code"] for r in db.query("SELECT code FROM sources")}
        have_items = {r["code"] for r in db.query("SELECT code FROM items")}
        have_indicators = {r["code"] for r in db.query("SELECT code FROM sraap_indicators")}
        provinces = [
            {"code": p.code, "name": p.name, "name_km": p.name_km}
            for p in catalog.provinces
            if p.code not in have_provinces
        ]
        sources = [
            {
                **new_row(office),
                "code": s.code,
                "name": s.name,
                "kind": s.kind,
                "province_code": s.province,
                "editable": int(s.editable),
            }
            for s in catalog.sources
            if s.code not in have_sources
        ]
        items = [
            {
                **new_row(office),
                "code": i.code,
                "label": i.label,
                "group_code": i.group,
                "unit": i.unit,
                "kind": i.kind,
                "components": json.dumps(list(i.components)),
                "sort_order": order,
            }
            for order, i in enumerate(catalog.items)
            if i.code not in have_items
        ]
        parts = [
            {"item_code": i.code, "part": part}
            for i in catalog.items
            if i.code not in have_items
            for part in i.parts
        ]
        indicators = [
            {"code": ind.code, "action": ind.action, "position": position, "text": ind.text}
            for position, ind in enumerate(catalog.indicators())
            if ind.code not in have_indicators
        ]
        added = len(provinces) + len(sources) + len(items) + len(indicators)
        if added:
            with db.atomic():
                db["provinces"].insert_all(provinces)
                db["sources"].insert_all(sources)
                db["items"].insert_all(items)
                db["item_parts"].insert_all(parts)
                db["sraap_indicators"].insert_all(indicators)
        return added

    def source_codes(self) -> set[str]:
        return {r["code"] for r in self._store.db.query("SELECT code FROM sources")}

    def item_parts(self) -> dict[str, set[str]]:
        """Each stored item's allowed parts (TOTAL always included)."""
        allowed: dict[str, set[str]] = {
            r["code"]: {TOTAL} for r in self._store.db.query("SELECT code FROM items")
        }
        for r in self._store.db.query("SELECT item_code, part FROM item_parts"):
            allowed[r["item_code"]].add(r["part"])
        return allowed


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


@dataclass(frozen=True)
class ValueChange:
    """What one write did to one stored value (None: there was / is no value)."""

    year: int
    source: str
    item: str
    part: str
    old: int | None
    new: int | None


class AggregateValues:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def _key(self, year: int, source: str, item: str, part: str) -> str:
        return f"{year}/{source}/{item}/{part}"

    def _check(
        self, year: int, source: str, item: str, part: str, value: object,
        sources: set[str], parts: dict[str, set[str]],
    ) -> None:
        where = translate("Store", "{year}, source '{source}', item '{item}', part '{part}'").format(
            year=year, source=source, item=item, part=part
        )
        if source not in sources:
            raise InputError(translate("Store", "Unknown reporting source '{source}'.").format(source=source))
        if item not in parts:
            raise InputError(translate("Store", "Unknown item '{item}'.").format(item=item))
        if part not in parts[item]:
            raise InputError(
                translate("Store", "{where}: this item has no part '{part}' (allowed: {allowed}).").format(
                    where=where, part=part, allowed=", ".join(sorted(parts[item]))
                )
            )
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise InputError(
                translate("Store", "{where}: {value!r} is not a whole number of 0 or more.").format(
                    where=where, value=value
                )
            )

    def get(self, year: int, source: str, item: str, part: str = TOTAL) -> int | None:
        row = self._store.db.execute(
            "SELECT value FROM aggregate_values "
            "WHERE year = ? AND source_code = ? AND item_code = ? AND part = ?",
            [year, source, item, part],
        ).fetchone()
        return None if row is None else row[0]

    def set(
        self,
        year: int,
        source: str,
        item: str,
        part: str,
        value: int | None,
        comment: str | None = None,
    ) -> ValueChange:
        """Store (or, with None, clear) one value in one transaction."""
        return self.set_many([(year, source, item, part, value, comment)])[0]

    def set_many(
        self, rows: Iterable[tuple[int, str, str, str, int | None, str | None]]
    ) -> list[ValueChange]:
        """Store several values in one transaction: all are written or none."""
        rows = list(rows)
        sources = self._store.reference.source_codes()
        parts = self._store.reference.item_parts()
        for year, source, item, part, value, _ in rows:
            self._check(year, source, item, part, value, sources, parts)
        db = self._store.db
        office = self._store.office.code
        changes = []
        with db.atomic():
            for year, source, item, part, value, comment in rows:
                key = self._key(year, source, item, part)
                current = db.execute(
                    "SELECT id, value, comment FROM aggregate_values WHERE year = ? "
                    "AND source_code = ? AND item_code = ? AND part = ?",
                    [year, source, item, part],
                ).fetchone()
                if value is None:
                    if current is not None:
                        db.execute("DELETE FROM aggregate_values WHERE id = ?", [current[0]])
                        self._store.audit.record("aggregate_values", key, "value", current[1], None)
                    changes.append(ValueChange(year, source, item, part, current and current[1], None))
                    continue
                self._store.years.ensure(year)
                if current is None:
                    db["aggregate_values"].insert(
                        {
                            **new_row(office),
                            "year": year,
                            "source_code": source,
                            "item_code": item,
                            "part": part,
                            "value": value,
                            "comment": comment or "",
                        }
                    )
                    self._store.audit.record("aggregate_values", key, "value", None, value)
                    if comment:
                        self._store.audit.record("aggregate_values", key, "comment", None, comment)
                    changes.append(ValueChange(year, source, item, part, None, value))
                    continue
                row_id, old_value, old_comment = current
                new_comment = old_comment if comment is None else comment
                if old_value != value or new_comment != old_comment:
                    db.execute(
                        "UPDATE aggregate_values SET value = ?, comment = ?, modified_at = ? "
                        "WHERE id = ?",
                        [value, new_comment, utc_now(), row_id],
                    )
                    if old_value != value:
                        self._store.audit.record("aggregate_values", key, "value", old_value, value)
                    if new_comment != old_comment:
                        self._store.audit.record(
                            "aggregate_values", key, "comment", old_comment, new_comment
                        )
                changes.append(ValueChange(year, source, item, part, old_value, value))
        return changes

    def for_year(self, year: int) -> list[dict]:
        return list(
            self._store.db.query(
                "SELECT source_code AS source, item_code AS item, part, value, comment "
                "FROM aggregate_values WHERE year = ? ORDER BY source_code, item_code, part",
                [year],
            )
        )

    def figure(self, year: int, item: str, part: str = TOTAL) -> int | None:
        """The year's national figure for an item: the `national` source's value when
        one was entered, otherwise the sum over all sources (None when nothing is)."""
        national = self.get(year, "national", item, part)
        if national is not None:
            return national
        (total,) = self._store.db.execute(
            "SELECT SUM(value) FROM aggregate_values WHERE year = ? AND item_code = ? "
            "AND part = ? AND source_code != 'national'",
            [year, item, part],
        ).fetchone()
        return total


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


FUNDER_KINDS = ("national_budget", "un_agency", "donor_government", "ngo", "private")


class FundingLines:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def add(self, line: dict) -> str:
        """Add one funding line (year, funder, funder_kind, purpose, amount, currency,
        rate_to_usd, earmarked, note); returns its id."""
        if line.get("funder_kind") not in FUNDER_KINDS:
            raise InputError(
                translate("Store", "Unknown funder kind '{kind}' (allowed: {allowed}).").format(
                    kind=line.get("funder_kind"), allowed=", ".join(FUNDER_KINDS)
                )
            )
        currency = str(line.get("currency", "")).upper()
        if currency != "USD" and not line.get("rate_to_usd"):
            raise InputError(
                translate("Store", "Funding line '{funder}': a rate to US$ is required for {currency}.").format(
                    funder=line.get("funder"), currency=currency
                )
            )
        row = {**new_row(self._store.office.code), **line, "currency": currency}
        with self._store.db.atomic():
            self._store.years.ensure(row["year"])
            self._store.db["funding_lines"].insert(row)
            self._store.audit.record("funding_lines", row["id"], "*", None, "added")
        return row["id"]

    def for_year(self, year: int) -> list[dict]:
        return list(
            self._store.db.query(
                "SELECT *, amount * COALESCE(rate_to_usd, 1.0) AS amount_usd "
                "FROM funding_lines WHERE year = ? ORDER BY funder_kind, funder",
                [year],
            )
        )


NARRATIVE_STATUSES = ("reported", "partly", "not_reported", "not_applicable")


class Narratives:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def set_fields(self, indicator: str, year: int, **fields: str) -> None:
        """Set status / narrative / committee_request / state_answer of one indicator
        and year, creating the row when needed, in one transaction."""
        allowed = {"status", "narrative", "committee_request", "state_answer"}
        if set(fields) - allowed:
            raise InputError(f"Unknown narrative fields: {sorted(set(fields) - allowed)}")
        if "status" in fields and fields["status"] not in NARRATIVE_STATUSES:
            raise InputError(translate("Store", "Unknown status '{status}'.").format(status=fields["status"]))
        db = self._store.db
        key = f"{indicator}/{year}"
        with db.atomic():
            current = db.execute(
                "SELECT id, status, narrative, committee_request, state_answer "
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
                old = dict(zip(("status", "narrative", "committee_request", "state_answer"), current[1:]))
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
                "state_answer FROM narratives WHERE year = ? ORDER BY indicator_code",
                [year],
            )
        )

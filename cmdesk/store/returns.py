"""Returns from reporting sources, per year, source and section: the year's changes to
what is expected and when it is due, the day each return was received, and who
checked it and when (cmdesk/completeness.py), plus the first-entry times of the data
that suggest a return has arrived."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from cmdesk.dates import stored_date
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_ids, new_row, utc_now
from cmdesk.store.years import STORED_YEARS

if TYPE_CHECKING:
    from cmdesk.store import Store

TABLE = "source_returns"
RETURN_FIELDS = ("expected", "due_date", "received_on", "checked_by", "checked_at")


def _check_field(name: str, value: object) -> object:
    """`value` as stored, or InputError. None always means "nothing recorded"."""
    if value is None:
        return None
    if name == "expected":
        if value not in (0, 1):  # True and False compare equal to 1 and 0
            raise InputError(translate("Store", "'expected' must be yes or no, not {value!r}.")
                             .format(value=value))
        return int(value)
    if not isinstance(value, str) or not value.strip():
        raise InputError(translate("Store", "'{field}' must be text, not {value!r}.")
                         .format(field=name, value=value))
    if name in ("due_date", "received_on"):
        return stored_date(value, translate("Store", "The date"))
    return value.strip()


class SourceReturns:
    def __init__(self, store: "Store") -> None:
        self._store = store

    @staticmethod
    def key(year: int, source: str, section: str) -> str:
        """The audit-log key of one return (for its history)."""
        return f"{year}/{source}/{section}"

    def for_year(self, year: int) -> dict[tuple[str, str], dict]:
        """{(source, section): {field: value}} for every return of `year` with anything
        recorded (RETURN_FIELDS; None where nothing is)."""
        return {
            (row.pop("source_code"), row.pop("section")): row
            for row in self._store.db.query(
                f"SELECT source_code, section, {', '.join(RETURN_FIELDS)} FROM {TABLE} "
                "WHERE year = ?", [year])
        }

    def get(self, year: int, source: str, section: str) -> dict:
        """The recorded fields of one return (every field None when nothing is)."""
        rows = list(self._store.db.query(
            f"SELECT {', '.join(RETURN_FIELDS)} FROM {TABLE} "
            "WHERE year = ? AND source_code = ? AND section = ?", [year, source, section]))
        return rows[0] if rows else dict.fromkeys(RETURN_FIELDS)

    def update(self, year: int, source: str, section: str, **fields: object) -> dict[str, tuple]:
        """Change some fields of one return in one transaction (None clears a field);
        returns {field: (old, new)} for those that changed. A return is checked only
        once it has a date received."""
        unknown = set(fields) - set(RETURN_FIELDS)
        if unknown:
            raise InputError(translate("Store", "Unknown fields of a return: {fields}.").format(
                fields=", ".join(sorted(unknown))))
        if source not in self._store.reference.source_codes():
            raise InputError(translate("Store", "Unknown reporting source '{source}'.")
                             .format(source=source))
        clean = {name: _check_field(name, value) for name, value in fields.items()}
        current = self.get(year, source, section)
        after = {**current, **clean}
        if after["checked_at"] is not None and after["received_on"] is None:
            raise InputError(translate("Store", "A return must be received before it is checked."))
        changes = {name: (current[name], value) for name, value in clean.items()
                   if current[name] != value}
        if not changes:
            return {}
        # What was received and checked is part of the year that was submitted.
        self._store.years.require_editable(year)
        db = self._store.db
        with db.atomic():
            self._store.years.ensure(year)
            exists = db.execute(
                f"SELECT id FROM {TABLE} WHERE year = ? AND source_code = ? AND section = ?",
                [year, source, section]).fetchone()
            if exists is None:
                db[TABLE].insert({**new_row(self._store.office.code), "year": year,
                                  "source_code": source, "section": section, **clean})
            else:
                assignments = ", ".join(f"{name} = ?" for name in changes)
                db.execute(f"UPDATE {TABLE} SET {assignments}, modified_at = ? WHERE id = ?",
                           [*(new for _, new in changes.values()), utc_now(), exists[0]])
            key = self.key(year, source, section)
            for name, (old, new) in changes.items():
                self._store.audit.record(TABLE, key, name, old, new)
        return changes

    def record_received_many(self, returns: Iterable[tuple[int, str, str]],
                             on: str) -> list[tuple[int, str, str]]:
        """Record `on` as the day each of `returns` ((year, source, section)) was
        received, unless a date is recorded for it already, with the audit rows
        `update(year, source, section, received_on=on)` writes for each, in one
        transaction (the caller's, when it has one). Those it cannot record are left
        out, where `update` would refuse them: an unknown source, a year outside
        1979-2100 or submitted. Returns those recorded, in the order given.

        One read, one insert, one update and one audit statement for them all: a
        package of values spanning many years brings hundreds of returns, and `update`
        costs ~0.14 ms each (benchmarks/exchange.py)."""
        received_on = _check_field("received_on", on)
        store, db = self._store, self._store.db
        sources, frozen = store.reference.source_codes(), store.years.frozen_years()
        wanted = [key for key in dict.fromkeys(returns)
                  if key[1] in sources and key[0] in STORED_YEARS and key[0] not in frozen]
        years = sorted({year for year, _, _ in wanted})
        stored: dict[tuple[int, str, str], tuple[str, str | None]] = {}
        if years:
            stored = {(year, source, section): (row_id, date) for row_id, year, source, section, date
                      in db.execute(f"SELECT id, year, source_code, section, received_on FROM {TABLE} "
                                    f"WHERE year IN ({','.join('?' * len(years))})", years)}
        recorded = [key for key in wanted if key not in stored or stored[key][1] is None]
        if not recorded:
            return []
        now, office = utc_now(), store.office.code
        added = [key for key in recorded if key not in stored]
        with db.atomic():
            for year in sorted({year for year, _, _ in recorded}):
                store.years.ensure(year)
            db.conn.executemany(
                f"INSERT INTO {TABLE} (id, office, created_at, modified_at, year, source_code, "
                "section, received_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(row_id, office, now, now, *key, received_on)
                 for row_id, key in zip(new_ids(len(added)), added)])
            db.conn.executemany(
                f"UPDATE {TABLE} SET received_on = ?, modified_at = ? WHERE id = ?",
                [(received_on, now, stored[key][0]) for key in recorded if key in stored])
            store.audit.record_many([(TABLE, self.key(*key), "received_on", None, received_on)
                                     for key in recorded])
        return recorded

    def history(self, year: int, source: str, section: str) -> list[dict]:
        """The changes to one return, oldest first (from the audit log)."""
        return self._store.audit.history(TABLE, self.key(year, source, section))

    # --- the data that suggests a return has arrived ------------------------------------

    def values_first_entered(self, year: int) -> dict[tuple[str, str], str]:
        """{(source, item group): the earliest created_at of `year`'s values} over every
        source and group that has values (the item's group as this database has it)."""
        return {
            (row["source_code"], row["group_code"]): row["first"]
            for row in self._store.db.query(
                "SELECT v.source_code, i.group_code, MIN(v.created_at) AS first "
                "FROM aggregate_values v JOIN items i ON i.code = v.item_code "
                "WHERE v.year = ? GROUP BY v.source_code, i.group_code", [year])
        }

    def funding_first_entered(self, year: int) -> str | None:
        """The earliest created_at of `year`'s funding lines (None: there are none)."""
        (first,) = self._store.db.execute(
            "SELECT MIN(created_at) FROM funding_lines WHERE year = ?", [year]).fetchone()
        return first

    def casualties_first_entered(self, year: int) -> str | None:
        """The earliest created_at of the casualty records of incidents in `year`."""
        (first,) = self._store.db.execute(
            "SELECT MIN(created_at) FROM casualties WHERE incident_year = ?", [year]).fetchone()
        return first

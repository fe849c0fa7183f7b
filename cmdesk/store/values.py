"""Aggregate values: one number per year, source, item and part."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, NamedTuple

from cmdesk.catalog import TOTAL
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store


class ValueChange(NamedTuple):
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
        qualifier: str | None = None,
    ) -> ValueChange:
        """Store (or, with None, clear) one value in one transaction (a comment or
        qualifier of None keeps the stored one)."""
        return self.set_many([(year, source, item, part, value, comment, qualifier)])[0]

    def set_many(
        self, rows: Iterable[tuple]
    ) -> list[ValueChange]:
        """Store several values in one transaction: all are written or none. Each row
        is (year, source, item, part, value, comment[, qualifier]): a comment or
        qualifier of None keeps the stored one; the qualifier is one of
        cmdesk.numbers.QUALIFIERS ("" exact, "more_than", "about", "at_least"). A value
        of a submitted year is refused (YearFrozenError), and then nothing is written."""
        from cmdesk.numbers import QUALIFIERS

        rows = [(*row, None) if len(row) == 6 else tuple(row) for row in rows]
        self._store.years.require_editable_all(row[0] for row in rows)
        sources = self._store.reference.source_codes()
        parts = self._store.reference.item_parts()
        for year, source, item, part, value, _, qualifier in rows:
            self._check(year, source, item, part, value, sources, parts)
            if qualifier is not None and qualifier not in QUALIFIERS:
                raise InputError(translate(
                    "Store", "{year}, item '{item}': unknown qualifier '{qualifier}' (known: more_than, "
                    "about, at_least, or none).").format(year=year, item=item, qualifier=qualifier))
        db = self._store.db
        office = self._store.office.code
        changes = []
        with db.atomic():
            for year, source, item, part, value, comment, qualifier in rows:
                key = self._key(year, source, item, part)
                current = db.execute(
                    "SELECT id, value, comment, qualifier FROM aggregate_values WHERE year = ? "
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
                            "qualifier": qualifier or "",
                        }
                    )
                    self._store.audit.record("aggregate_values", key, "value", None, value)
                    if comment:
                        self._store.audit.record("aggregate_values", key, "comment", None, comment)
                    if qualifier:
                        self._store.audit.record("aggregate_values", key, "qualifier", None, qualifier)
                    changes.append(ValueChange(year, source, item, part, None, value))
                    continue
                row_id, old_value, old_comment, old_qualifier = current
                new_comment = old_comment if comment is None else comment
                new_qualifier = old_qualifier if qualifier is None else qualifier
                if old_value != value or new_comment != old_comment or new_qualifier != old_qualifier:
                    db.execute(
                        "UPDATE aggregate_values SET value = ?, comment = ?, qualifier = ?, "
                        "modified_at = ? WHERE id = ?",
                        [value, new_comment, new_qualifier, utc_now(), row_id],
                    )
                    if new_qualifier != old_qualifier:
                        self._store.audit.record("aggregate_values", key, "qualifier", old_qualifier,
                                                 new_qualifier)
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

    def qualifiers(self, year: int) -> dict[tuple[str, str], dict[str, str]]:
        """{(item, part): {source: qualifier}} for `year`'s values stated with a
        qualifier ("more_than", "about", "at_least"); exact values are left out."""
        result: dict[tuple[str, str], dict[str, str]] = {}
        for source, item, part, qualifier in self._store.db.execute(
            "SELECT source_code, item_code, part, qualifier FROM aggregate_values "
            "WHERE year = ? AND qualifier != ''", [year],
        ):
            result.setdefault((item, part), {})[source] = qualifier
        return result

    def key(self, year: int, source: str, item: str, part: str) -> str:
        """The audit-log key of one value (for its history)."""
        return self._key(year, source, item, part)

    def entered_on(self, year: int, source: str) -> dict[tuple[str, str], str]:
        """{(item, part): when it was first entered (UTC, ISO 8601)} of `source`'s
        values for `year`."""
        return {(row["item_code"], row["part"]): row["created_at"] for row in self._store.db.query(
            "SELECT item_code, part, created_at FROM aggregate_values "
            "WHERE year = ? AND source_code = ?", [year, source])}

    def by_source(self, year: int) -> dict[tuple[str, str], dict[str, tuple[int, str]]]:
        """{(item, part): {source: (value, comment)}} for every value of `year`."""
        result: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}
        for row in self._store.db.query(
            "SELECT source_code, item_code, part, value, comment FROM aggregate_values "
            "WHERE year = ?",
            [year],
        ):
            cell = (row["item_code"], row["part"])
            result.setdefault(cell, {})[row["source_code"]] = (row["value"], row["comment"])
        return result

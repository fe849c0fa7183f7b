"""The casualty register (domain.md section 2.3): one row per casualty.

Records are dicts of `CASUALTY_FIELDS` (plus id, office and time stamps when read).
The store trusts that a record was checked by `cmdesk.casualties.check_record`; it
refuses unknown fields and years outside 1979-2100, and computes `incident_year`
from the date. Every write runs in one transaction with its audit rows and returns
what it did (an id, the changes, the deleted records with their marks as distinct
from other records) so that callers can refresh and undo. A write that touches a
record of a submitted year (by its incident year, before or after the change) is
refused (store.years.require_editable).

Browsing: `keys` gives the rowids of the records matching a `CasualtyFilter`, in
the order asked, sorted by SQLite; `rows` reads the records of some rowids. A table
over 130,000 records thus holds 130,000 integers and reads only the rows on screen.
Summaries are GROUP BY queries (`breakdown`, `per_year`).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from contextlib import contextmanager
from itertools import combinations, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

from cmdesk.casualties.fields import CASUALTY_FIELDS, CHILD_UNDER, DUPLICATE_KEY
from cmdesk.collation import sort_key
from cmdesk.errors import InputError, Remedy
from cmdesk.i18n import ZWSP, translate
from cmdesk.store.rows import new_ids, new_row, utc_now
from cmdesk.store.schema import REGISTER_SORT_INDEXES

if TYPE_CHECKING:
    from cmdesk.store import Store


_FIELD_SET = frozenset(CASUALTY_FIELDS)
TABLE = "casualties"
DISTINCT = "casualty_distinct_pairs"
_STAMPS = ("id", "office", "created_at", "modified_at")
_INSERT_COLUMNS = (*_STAMPS, *CASUALTY_FIELDS, "incident_year")
_FIELD_VALUES = itemgetter(*CASUALTY_FIELDS)
_DATE_INDEX = CASUALTY_FIELDS.index("incident_date")
_PROVINCE_INDEX = CASUALTY_FIELDS.index("province_code")
PAUSE_FOR_WRITERS = 0.15
"""Seconds a builder of sort indexes beside other writers (the window's worker)
leaves the write lock free after each index (`build_sort_indexes`)."""
SORTABLE = (*CASUALTY_FIELDS, "created_at", "modified_at")
"""The columns the register can be sorted by."""
_NULLABLE = frozenset(("source_id", "incident_date", "province_code", "latitude", "longitude", "age"))
"""The columns of SORTABLE that may be empty (NULL): sorted as two ranges."""

# The age group as counted: from the age when it is known (a child is under
# CHILD_UNDER, casualties.records' rule), else as recorded. Filters and summaries use
# the same expression.
AGE_GROUP_SQL = (f"(CASE WHEN age IS NULL THEN age_group WHEN age < {int(CHILD_UNDER)} THEN 'child' "
                 "ELSE 'adult' END)")
# Records alike in DUPLICATE_KEY's fields are possibly one casualty; IS, since the
# province and the age may be unknown (NULL). Every query that matches, groups or
# counts by that key is made from it.
_DUPLICATE_COLUMNS = ", ".join(DUPLICATE_KEY)
_DUPLICATE_GROUPING = ", ".join(str(n) for n in range(1, len(DUPLICATE_KEY) + 1))
_DUPLICATE_MATCH = " AND ".join(f"{name} IS ?" for name in DUPLICATE_KEY)
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


class CasualtyCounts(NamedTuple):
    total: int
    killed: int
    injured: int
    amputations: int


class DeletedRecord(NamedTuple):
    """A deleted record as it was stored (every column), and the rows that marked it
    as distinct from other records (casualty_distinct_pairs), deleted with it."""

    record: dict
    distinct_pairs: tuple[dict, ...] = ()


class MergedRecords(NamedTuple):
    """What `merge` did: the kept record's fields it filled ({field: (old, new)})
    and the records it deleted, with their distinct marks."""

    keep_id: str
    changes: dict[str, tuple[object, object]]
    removed: tuple[DeletedRecord, ...]


class CasualtyFilter(NamedTuple):
    """Which records to show; every criterion given must hold. `search` is found
    in the CMVIS number, district, commune, village or name (any case);
    `date_from`/`date_to` are YYYY-MM-DD, inclusive, and a record whose day is
    unknown matches when its month overlaps the range."""

    search: str = ""
    year: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    province_code: str | None = None
    device_type: str | None = None
    outcome: str | None = None
    status: str | None = None
    sex: str | None = None
    age_group: str | None = None

    def is_empty(self) -> bool:
        return all(value in (None, "") for value in self)


def _where(selection: CasualtyFilter | None, by_order: bool = False) -> tuple[str, list]:
    """The WHERE clause of `selection`. `by_order`: its equality terms written so that
    no index serves them (`+column`), for SQLite to walk the sort column's index
    and test each record, which finds a screenful of many matches sooner than
    sorting all of them (`first_keys`)."""
    if selection is None:
        return "", []
    plus = "+" if by_order else ""
    clauses: list[str] = []
    params: list = []
    # Khmer text may be typed with zero-width spaces between words or without: the
    # search ignores them on both sides (a LIKE '%...%' scans anyway; no index is lost).
    term = _search_term(selection)
    if term:
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # The zero-width spaces are taken out only of a value holding one: replace() on
        # every value was half of a search's time (at 130,000 records ~125 -> ~72 ms).
        clauses.append("(source_id LIKE ? ESCAPE '\\' OR " + " OR ".join(
            f"(CASE WHEN instr({column}, '{ZWSP}') THEN replace({column}, '{ZWSP}', '') "
            f"ELSE {column} END) LIKE ? ESCAPE '\\'" for column in
            ("district", "commune", "village", "name")) + ")")
        params += [like] * 5
    if selection.year is not None:
        clauses.append(f"{plus}incident_year = ?")
        params.append(selection.year)
    if selection.date_from:
        # 'YYYY-MM' (day unknown) overlaps the range when its month's last day is in it.
        clauses.append("(incident_date >= ? OR incident_date = substr(?, 1, 7))")
        params += [selection.date_from, selection.date_from]
    if selection.date_to:
        clauses.append("incident_date <= ?")
        params.append(selection.date_to)
    if selection.province_code:
        clauses.append(f"{plus}province_code = ?")
        params.append(selection.province_code)
    for name in ("device_type", "outcome", "status", "sex"):
        value = getattr(selection, name)
        if value:
            clauses.append(f"{plus}{name} = ?")
            params.append(value)
    if selection.age_group:
        clauses.append(f"{plus}{AGE_GROUP_SQL} = ?")
        params.append(selection.age_group)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _search_term(selection: CasualtyFilter) -> str:
    """What the search looks for: zero-width spaces and outer spaces left out."""
    return selection.search.replace(ZWSP, "").strip()


def _require_sortable(sort: str) -> None:
    if sort not in SORTABLE:
        raise InputError(translate("Store", "The register cannot be sorted by '{column}'.")
                         .format(column=sort))


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class CasualtyRegister:
    def __init__(self, store: "Store") -> None:
        self._store = store

    # --- reading -------------------------------------------------------------------------

    def count(self, selection: CasualtyFilter | None = None) -> int:
        where, params = _where(selection)

        def counted() -> int:
            return self._store.db.execute(f"SELECT COUNT(*) FROM {TABLE}{where}", params).fetchone()[0]

        # The whole register's count (~8 ms at 130,000 records) is asked by the page's
        # model and by its count line: read once while the data are unchanged.
        return self._store.remembered(("casualties.count",), counted) if not where else counted()

    def _key_queries(self, selection: CasualtyFilter | None, sort: str, descending: bool,
                     by_order: bool = False,
                     province_order: Sequence[str] | None = None) -> Iterator[tuple[str, list]]:
        """The queries whose rowids, one after the other, are the matching records in
        the order asked: by `sort`, empty values last either way, ties in the order
        the records were stored. Each is served by an index of the sort column
        (migration 0008), walked in the direction asked, so that a screenful costs a
        screenful: no `col IS NULL` term to sort on (an index cannot serve it), but
        the stored values as one range and the empty ones as a second; provinces one
        after another, in `province_order` (codes: by the names the reader sees),
        else by their English names."""
        _require_sortable(sort)
        where, params = _where(selection, by_order)
        direction = "DESC" if descending else "ASC"
        also = " AND " if where else " WHERE "
        if sort == "province_code":  # by the name people read, not the code
            order = self._province_order(province_order)
            for code in reversed(order) if descending else order:
                yield (f"SELECT rowid FROM {TABLE}{where}{also}province_code = ? "
                       f"ORDER BY rowid {direction}", [*params, code])
        elif sort not in _NULLABLE:
            yield f"SELECT rowid FROM {TABLE}{where} ORDER BY {sort} {direction}, rowid {direction}", params
            return
        else:
            yield (f"SELECT rowid FROM {TABLE}{where}{also}{sort} IS NOT NULL "
                   f"ORDER BY {sort} {direction}, rowid {direction}", params)
        yield f"SELECT rowid FROM {TABLE}{where}{also}{sort} IS NULL ORDER BY rowid {direction}", params

    def _province_order(self, province_order: Sequence[str] | None) -> list[str]:
        """Every province code, those of `province_order` first, in its order, the rest
        by their English names."""
        names = dict(self._store.db.execute("SELECT code, name FROM provinces").fetchall())
        order = [code for code in province_order or () if code in names]
        return order + sorted(set(names) - set(order), key=lambda code: sort_key(names[code]))

    def _searched_keys(self, selection: CasualtyFilter, sort: str, descending: bool,
                       province_order: Sequence[str] | None) -> list[int]:
        """Every record a search matches, in the order `_key_queries` gives, in one
        pass over the register that SQLite sorts. No index serves a search (LIKE
        '%...%'): through the sort column's index each of its two ranges read every
        record one by one (at 130,000 records ~340 ms; now ~75 ms for a search that
        matches few, ~160 ms for one that matches every record)."""
        _require_sortable(sort)
        where, params = _where(selection)
        direction = "DESC" if descending else "ASC"
        order, order_params = sort, []
        if sort == "province_code":  # by name, as `_key_queries`; a code not listed last
            codes = self._province_order(province_order)
            order = ("CASE province_code " + " ".join("WHEN ? THEN ?" for _ in codes)
                     + f" ELSE {len(codes)} END")
            order_params = [value for n, code in enumerate(codes) for value in (code, n)]
        return [key for (key,) in self._store.db.execute(
            f"SELECT rowid FROM {TABLE} NOT INDEXED{where} "
            f"ORDER BY {sort} IS NULL, {order} {direction}, rowid {direction}",
            [*params, *order_params])]

    def _ordered_keys(self, selection: CasualtyFilter | None, sort: str, descending: bool,
                      limit: int | None = None, by_order: bool = False,
                      province_order: Sequence[str] | None = None) -> list[int]:
        if selection is not None and _search_term(selection):
            every = self._searched_keys(selection, sort, descending, province_order)
            return every if limit is None else every[:limit]
        keys: list[int] = []
        for sql, params in self._key_queries(selection, sort, descending, by_order, province_order):
            if limit is None:
                keys += [key for (key,) in self._store.db.execute(sql, params)]
            else:
                keys += [key for (key,) in self._store.db.execute(
                    f"{sql} LIMIT ?", [*params, limit - len(keys)])]
                if len(keys) >= limit:
                    break
        return keys

    def is_empty(self) -> bool:
        """Whether the register holds no record (one seek, where `count` reads an index)."""
        return not self._store.db.execute(f"SELECT EXISTS (SELECT 1 FROM {TABLE})").fetchone()[0]

    def key_of(self, record_id: str) -> int | None:
        """The rowid (the key `keys` lists) of the record with `record_id`, or None."""
        found = self._store.db.execute(f"SELECT rowid FROM {TABLE} WHERE id = ?",
                                       [record_id]).fetchone()
        return None if found is None else found[0]

    def keys(self, selection: CasualtyFilter | None = None, sort: str = "incident_date",
             descending: bool = False, limit: int | None = None,
             province_order: Sequence[str] | None = None) -> list[int]:
        """The rowids of the matching records, sorted by `sort` (a column of
        SORTABLE; empty values last either way, ties in the order stored), the first
        `limit` of them when it is given (a screenful is read at once at 130,000
        records; all of them take a few times longer). By province: in
        `province_order` (province codes), else by English name. Rowids identify rows only
        until the database is next vacuumed or restored: re-read them after such a
        change."""
        return self._ordered_keys(selection, sort, descending, limit, province_order=province_order)

    def first_keys(self, selection: CasualtyFilter | None, sort: str, descending: bool,
                   limit: int, province_order: Sequence[str] | None = None) -> tuple[list[int], int]:
        """(the first `limit` keys as `keys` orders them, how many records match):
        what a screen of the register needs, in a few milliseconds at 130,000
        records; for a search, which finds every match in one pass, all the keys
        (a caller scrolling on then needs no second pass). Many matches are found by walking the sort column's index and
        testing each record (a screenful comes after about limit x total / matches
        records); few by their filter's index, then sorted (matches x log matches)."""
        if selection is not None and _search_term(selection):
            # No index serves a search: one pass finds every match (_searched_keys).
            every = self._searched_keys(selection, sort, descending, province_order)
            return every, len(every)
        count = self.count(selection)
        total = count if selection is None or selection.is_empty() else self.count()
        # The two costs are alike at about sqrt(limit x total / 10) matches (1,600 of
        # 130,000 for a screen of 200), measured on this register (benchmarks/page.py).
        by_order = count * count * 10 > limit * total
        return self._ordered_keys(selection, sort, descending, limit, by_order, province_order), count

    def rows(self, keys: Sequence[int]) -> dict[int, dict]:
        """rowid -> the record (every column), for those of `keys` still stored."""
        found: dict[int, dict] = {}
        for chunk in _chunks(list(keys)):
            cursor = self._store.db.execute(
                f"SELECT rowid AS _key, * FROM {TABLE} WHERE rowid IN ({','.join('?' * len(chunk))})",
                list(chunk))
            columns = [d[0] for d in cursor.description]
            for values in cursor:
                row = dict(zip(columns, values))
                found[row.pop("_key")] = row
        return found

    def query(self, selection: CasualtyFilter | None = None, sort: str = "incident_date",
              descending: bool = False, offset: int = 0, limit: int | None = None) -> list[dict]:
        """The matching records (every column), sorted as `keys` sorts them, from
        `offset`, at most `limit`."""
        keys = self.keys(selection, sort, descending, None if limit is None else offset + limit)
        keys = keys[offset:]
        found = self.rows(keys)
        return [found[key] for key in keys if key in found]

    def get(self, record_id: str) -> dict | None:
        rows = list(self._store.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [record_id]))
        return rows[0] if rows else None

    def _existing(self, record_id: str) -> dict:
        record = self.get(record_id)
        if record is None:
            raise InputError(translate(
                "Store", "There is no casualty record with id {id}: it may have been deleted since "
                "the register was read. Read the register again and try again.").format(id=record_id),
                remedy=Remedy.READ_AGAIN)
        return record

    def by_source_ids(self, source_ids: Iterable[str]) -> dict[str, dict]:
        """source_id -> the first record stored with it (every column)."""
        wanted = list(dict.fromkeys(source_ids))
        found: dict[str, dict] = {}
        for chunk in _chunks(wanted):
            for row in self._store.db.query(
                    f"SELECT * FROM {TABLE} WHERE source_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY rowid", list(chunk)):
                found.setdefault(row["source_id"], row)
        return found

    def duplicate_key_counts(self) -> Counter:
        """How many records share each duplicate key (date, province, sex, age,
        device type); what an import matches rows without a CMVIS number on."""
        return Counter({
            tuple(row[:-1]): row[-1] for row in self._store.db.execute(
                f"SELECT {_DUPLICATE_COLUMNS}, COUNT(*) FROM {TABLE} GROUP BY {_DUPLICATE_GROUPING}")
        })

    def districts(self, province_code: str | None) -> list[str]:
        """The districts already recorded in a province, for the form's list."""
        if not province_code:
            return []
        return [r[0] for r in self._store.db.execute(
            f"SELECT DISTINCT district FROM {TABLE} WHERE province_code = ? AND district != '' "
            "ORDER BY district", [province_code])]

    def counts(self, year: int | None = None) -> CasualtyCounts:
        return self.people(year)[0]

    def people(self, year: int | None = None, *, through: int | None = None,
               pairs: Sequence[tuple[str, str]] = ()) -> tuple[CasualtyCounts, tuple[int, ...]]:
        """The counts of `year`'s records (all records; with `through`, every record
        dated up to it), and how many of them are of each (sex, age group as counted)
        of `pairs`: one pass over the records, with no sort (at 130,000 records ~80 ms,
        against ~160 ms for the GROUP BY of `breakdown`'s "people")."""
        if through is not None:
            # `+`: not through the year's index, which would read nearly every record
            # one by one (~0.6 s at 130,000 when a later year is recorded).
            where, params = "WHERE +incident_year <= ?", [through]
        else:
            where, params = ("WHERE incident_year = ?", [year]) if year is not None else ("", [])
        per_pair = "".join(f", COALESCE(SUM(sex = ? AND {AGE_GROUP_SQL} = ?), 0)" for _ in pairs)
        row = self._store.db.execute(
            "SELECT COUNT(*), "
            "COALESCE(SUM(outcome = 'killed'), 0), "
            "COALESCE(SUM(outcome = 'injured'), 0), "
            f"COALESCE(SUM(outcome = 'injured' AND amputation = 'yes'), 0){per_pair} "
            f"FROM {TABLE} {where}",
            [value for pair in pairs for value in pair] + params,
        ).fetchone()
        return CasualtyCounts(*row[:4]), tuple(row[4:])

    # --- summaries -----------------------------------------------------------------------

    def breakdown(self, year: int | None = None, *, through: int | None = None,
                  people: bool = True) -> dict[str, list[tuple]]:
        """The GROUP BY counts a summary is made of, for `year` or all years (or, with
        `through`, every year up to and including it: the totals since records began):
        "people" (unless not asked for): (outcome, amputation, sex, age group as
        counted, n); "device_type", "status", "province_code": (value, n)."""
        if through is not None and not self._holds_only_years_through(through):
            # Every record less those dated later or undated: the first read from each
            # column's index alone, the second through the year's index, and few
            # (through it, nearly every record would be read one by one: ~4x slower).
            every = self.breakdown(people=people)
            later = self._grouped("WHERE incident_year > ? OR incident_year IS NULL", [through], people,
                                  few=True)
            return {name: [(*key, n) for key, n in (
                        Counter({tuple(row[:-1]): row[-1] for row in rows})
                        - Counter({tuple(row[:-1]): row[-1] for row in later[name]})).items()]
                    for name, rows in every.items()}
        # A year, or every record (also when every record is dated up to `through`): with
        # no WHERE each count is read from its column's index alone.
        where, params = ("WHERE incident_year = ?", [year]) if year is not None else ("", [])
        return self._grouped(where, params, people)

    def _grouped(self, where: str, params: list, people: bool, few: bool = False) -> dict[str, list[tuple]]:
        """`few`: `where` selects few records, which its index finds (a column's count
        would otherwise walk that column's index and read every record to test them)."""
        db = self._store.db
        result = {}
        group = "+{}" if few else "{}"  # `+`: an expression, which no index orders
        if people:
            result["people"] = db.execute(
                f"SELECT outcome, amputation, sex, {AGE_GROUP_SQL}, COUNT(*) FROM {TABLE} {where} "
                "GROUP BY 1, 2, 3, 4", params).fetchall()
        for column in ("device_type", "status", "province_code"):
            result[column] = db.execute(
                f"SELECT {column}, COUNT(*) FROM {TABLE} {where} GROUP BY {group.format(column)}",
                params).fetchall()
        return result

    def _holds_only_years_through(self, year: int) -> bool:
        """Whether every record is dated in `year` or before (two index seeks)."""
        db = self._store.db
        return not db.execute(
            f"SELECT EXISTS (SELECT 1 FROM {TABLE} WHERE incident_year > ?) "
            f"OR EXISTS (SELECT 1 FROM {TABLE} WHERE incident_year IS NULL)", [year]).fetchone()[0]

    def first_year(self) -> int | None:
        """The earliest incident year in the register (None when it holds no dated record)."""
        return self._store.db.execute(f"SELECT MIN(incident_year) FROM {TABLE}").fetchone()[0]

    def per_year(self) -> list[tuple]:
        """(year, total, killed, injured, amputations) for each year with records,
        ascending; records without a date are not in any year."""
        return self._store.db.execute(
            "SELECT incident_year, COUNT(*), SUM(outcome = 'killed'), SUM(outcome = 'injured'), "
            f"SUM(outcome = 'injured' AND amputation = 'yes') FROM {TABLE} "
            "WHERE incident_year IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()

    # --- writing -------------------------------------------------------------------------

    @staticmethod
    def _refuse_unknown_fields(record: dict) -> None:
        unknown = set(record) - _FIELD_SET
        if unknown:
            raise InputError(
                translate("Store", "Unknown casualty fields: {fields}.").format(fields=", ".join(sorted(unknown)))
            )

    def _values(self, record: dict, stamps: dict | None = None, blank: dict | None = None) -> tuple:
        """The INSERT values of `record` in _INSERT_COLUMNS order: its stamps (`stamps`
        or new ones), its fields, and the year of its date. A missing field takes the
        column's default, so a batch may mix records that give different fields."""
        # A checked record (check_record) has every field: its values are taken in one
        # C call, which an import of 65,000 records notices (benchmarks/register.py).
        if record.keys() != _FIELD_SET:
            self._refuse_unknown_fields(record)
            record = {**(blank or self._blank), **record}
        stamps = stamps or new_row(self._store.office.code)
        date = record["incident_date"] or ""
        return (stamps["id"], stamps["office"], stamps["created_at"], stamps["modified_at"],
                *_FIELD_VALUES(record), int(date[:4]) if date[:4].isdigit() else None)

    @property
    def _blank(self) -> dict:
        defaults = self._store.db[TABLE].default_values
        return {name: defaults.get(name) for name in CASUALTY_FIELDS}

    def _insert(self, rows: list[tuple], audit_new: str = "added",
                columns: Sequence[str] = _INSERT_COLUMNS) -> None:
        """Insert rows (`_values` tuples, or tuples of `columns`, which end with the
        year), inside a transaction, each with its audit row. Rows in a submitted year
        are refused (YearFrozenError) before any is written."""
        years = sorted({row[-1] for row in rows if row[-1] is not None})
        self._store.years.require_editable_all(years)
        for year in years:
            self._store.years.ensure(year)
        (last,) = self._store.db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {TABLE}").fetchone()
        self._store.db.conn.executemany(
            f"INSERT INTO {TABLE} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})", rows)
        self._store.audit.record_inserted(TABLE, last, len(rows),
                                          None if audit_new == "added" else "deleted", audit_new)

    def add_many(self, records: Iterable[dict]) -> int:
        """Add casualty records (dicts with CASUALTY_FIELDS) in one transaction."""
        blank, office, now = self._blank, self._store.office.code, utc_now()
        rows = [self._values(record, new_row(office, now), blank) for record in records]
        with self._store.db.atomic():
            self._insert(rows)
        return len(rows)

    def add(self, record: dict) -> str:
        """Add one record; returns its new id."""
        row = self._values(record)
        with self._store.db.atomic():
            self._insert([row])
        return row[0]

    # The id positional-only: a change may name any field (ui/undo.py's Repository).
    def update(self, record_id: str, /, **changes_wanted) -> dict[str, tuple[object, object]]:
        """Change some fields of a record; returns {field: (old, new)} for the
        fields that really changed (empty: nothing was written). One audit row per
        changed field."""
        current = self._existing(record_id)
        self._refuse_unknown_fields(changes_wanted)
        changes = {name: (current[name], value) for name, value in changes_wanted.items()
                   if value != current[name]}
        if not changes:
            return {}
        update = {name: new for name, (_, new) in changes.items()}
        if "incident_date" in update:
            date = update["incident_date"] or ""
            update["incident_year"] = int(date[:4]) if date[:4].isdigit() else None
        # A record in a submitted year, or moved into one, changes that year's data.
        self._store.years.require_editable(current["incident_year"], update.get("incident_year"))
        with self._store.db.atomic():
            if update.get("incident_year") is not None:
                self._store.years.ensure(update["incident_year"])
            self._store.db[TABLE].update(record_id, {**update, "modified_at": utc_now()})
            self._store.audit.record_many(
                (TABLE, record_id, name, old, new) for name, (old, new) in changes.items())
        return changes

    def delete(self, record_id: str) -> DeletedRecord:
        """Delete a record, with the marks that it is distinct from other records;
        returns both as they were stored, which `restore` takes back. The audit rows
        keep the deleted record's and marks' content."""
        record = self._existing(record_id)
        with self._store.db.atomic():
            return self._delete(record)

    def _delete(self, record: dict) -> DeletedRecord:
        self._store.years.require_editable(record["incident_year"])
        # The marks would go with the record anyway (ON DELETE CASCADE); deleting them
        # first audits them and gives them back to undo.
        pairs = tuple(self._store.db.query(
            f"SELECT * FROM {DISTINCT} WHERE first_id = ? OR second_id = ? ORDER BY rowid",
            [record["id"], record["id"]]))
        for pair in pairs:
            self._store.db.execute(f"DELETE FROM {DISTINCT} WHERE id = ?", [pair["id"]])
            self._store.audit.record(DISTINCT, pair["id"], "*",
                                     f"{pair['first_id']} {pair['second_id']}", "deleted")
        self._store.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [record["id"]])
        self._store.audit.record(TABLE, record["id"], "*",
                                 json.dumps(record, ensure_ascii=False), "deleted")
        return DeletedRecord(record, pairs)

    def restore(self, deleted: DeletedRecord) -> str:
        """Put back a record that `delete` returned, with its same id, office and
        time stamps, and its marks as distinct from records still stored; returns
        the id. One whose id is in use is refused."""
        with self._store.db.atomic():
            self._restore_record(deleted.record)
            self._restore_pairs(deleted.distinct_pairs)
        return deleted.record["id"]

    def _restore_record(self, record: dict) -> None:
        record_id = record.get("id")
        if not record_id:
            raise InputError(translate("Store", "A casualty record to restore needs its id."))
        if self.get(record_id) is not None:
            raise InputError(translate(
                "Store", "Casualty record {id} cannot be restored: a record with that id exists "
                "already.").format(id=record_id))
        stamps = {**new_row(self._store.office.code),
                  **{k: record[k] for k in _STAMPS if record.get(k)}}
        row = self._values({k: record[k] for k in CASUALTY_FIELDS if k in record}, stamps)
        self._insert([row], audit_new="restored")

    def _restore_pairs(self, pairs: Iterable[dict]) -> None:
        """Put back distinct marks as they were stored (same id and stamps), but a
        mark whose other record is no longer stored: it would mark nothing."""
        for pair in pairs:
            if self._store.db.execute(
                    f"SELECT COUNT(*) FROM {TABLE} WHERE id IN (?, ?)",
                    [pair["first_id"], pair["second_id"]]).fetchone()[0] < 2:
                continue
            if self._store.db.execute(f"SELECT 1 FROM {DISTINCT} WHERE id = ?", [pair["id"]]).fetchone():
                continue  # already back (a mark between two restored records is given twice)
            self._store.db[DISTINCT].insert(dict(pair))
            self._store.audit.record(DISTINCT, pair["id"], "*", "deleted", "restored")

    def apply_import(self, adds: Sequence[tuple],
                     updates: Sequence[tuple[str, Mapping[str, object]]]) -> None:
        """Add `adds` (checked records as tuples of their CASUALTY_FIELDS values, in that
        order) and apply `updates` ((id, {field: new value})), inside
        the caller's transaction (the importer's, which spans every batch). The added
        records share one time stamp and take new ids in the order given.

        Their provinces are checked here, once per distinct code, so that the caller
        may turn SQLite's per-row foreign-key check off for its transaction
        (`Database.foreign_keys_checked_by_caller`: ~0.04 s CPU of 65,000 records)."""
        self._require_known_provinces(
            {row[_PROVINCE_INDEX] for row in adds}
            | {changes["province_code"] for _, changes in updates if "province_code" in changes})
        if adds:
            office, now = self._store.office.code, utc_now()
            # The rows put together by zip, column by column, in C (an import adds
            # 65,000): the id, the stamps, the fields, the year of each distinct date.
            columns = list(zip(*adds))
            dates = columns[_DATE_INDEX]
            year_of = {date: int(date[:4]) if date else None  # a stored date: YYYY-MM[-DD]
                       for date in set(dates)}
            # A column empty in every row of the batch (the coordinates, in most
            # registers) is left out of the INSERT: it is NULL all the same, and
            # sqlite3 binds a None ~0.7 us slower than a value (it looks for an
            # adapter: two failed attribute lookups), ~0.05 s CPU at 65,000 records.
            count = len(adds)
            given = [n for n, (name, values) in enumerate(zip(CASUALTY_FIELDS, columns))
                     if name not in _NULLABLE or values.count(None) != count]
            self._insert(list(zip(new_ids(count), repeat(office), repeat(now), repeat(now),
                                  *(columns[n] for n in given), map(year_of.__getitem__, dates))),
                         columns=(*_STAMPS, *(CASUALTY_FIELDS[n] for n in given), "incident_year"))
        for record_id, changes in updates:
            self.update(record_id, **changes)

    def _require_known_provinces(self, codes: set) -> None:
        codes.discard(None)
        if not codes:
            return
        wanted = sorted(codes)
        known = {code for (code,) in self._store.db.execute(
            f"SELECT code FROM provinces WHERE code IN ({','.join('?' * len(wanted))})", wanted)}
        unknown = [code for code in wanted if code not in known]
        if unknown:
            raise InputError(translate(
                "Store", "Province code {codes} is not in this database's list of provinces: "
                "nothing was written. Check the catalog's provinces and try again.").format(
                codes=", ".join(f"'{code}'" for code in unknown)))

    @contextmanager
    def indexes_built_after(self, adding: int = 0) -> Iterator[None]:
        """For a bulk insert inside the caller's transaction: when the register is
        empty, or holds no more records than the block adds (`adding`, when the
        caller knows it), its secondary indexes are dropped first, and at the end
        the four that queries and the import's own checks need (the year, the
        province, the CMVIS number, the duplicate key) are built again, the same
        (sorting every key once is cheaper than putting 65,000 keys into 23 B-trees
        one by one). The 19 sort indexes (schema.REGISTER_SORT_INDEXES) are left
        for `build_sort_indexes`, after the commit: the register is whole and
        correct without them, only its page's sorts and the filters and counts by
        outcome, sex, status, device and age group are slower until they are
        there, and the import's wait is half as long (130,000 records: 0.85
        instead of 1.6 s CPU to apply, benchmarks/register.py). When the block
        fails or is abandoned nothing is built: the caller's rollback gives every
        index back with the rest.

        Adding n records to N, in CPU seconds (the 23 indexes of migration 0008):
        building them again costs 0.6-0.9x of keeping them when n >= N (5,000 to
        5,000 0.87x, 65,000 to 65,000 0.70x, 65,000 to 130,000 still 0.85x), but
        1.2x at 5,000 to 10,000 and 2-6x for 1,000 to 5,000-20,000: n >= N is where
        it never loses (benchmarks/exchange.py)."""
        db = self._store.db
        # Outside a transaction a failure between the DROPs and the rebuild would leave
        # the register without its indexes for good.
        assert db.conn.in_transaction, "indexes_built_after needs the caller's transaction"
        # At most `adding` + 1 rows read to tell, not a count of the whole register.
        (held,) = db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {TABLE} LIMIT ?)",
                             [adding + 1]).fetchone()
        if held > adding:
            yield
            return
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name", [TABLE]).fetchall()
        for name, _ in indexes:
            db.execute(f'DROP INDEX "{name}"')
        yield
        for name, sql in indexes:
            if name not in REGISTER_SORT_INDEXES:
                db.execute(sql)

    def missing_sort_indexes(self) -> list[str]:
        """The names of the register's sort indexes that are not built (a bulk import
        left them for later, or the program stopped before they were done)."""
        built = {name for (name,) in self._store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [TABLE])}
        return [name for name in REGISTER_SORT_INDEXES if name not in built]

    def build_sort_indexes(self, stop: Callable[[], bool] | None = None,
                           between: float = 0.0) -> int:
        """Build the sort indexes that are missing, each in a transaction of its own
        (a program stopped half way keeps those done), until `stop()` says so.
        Returns how many it went through. Safe beside another builder (IF NOT
        EXISTS): an index another connection built meanwhile is left as it is.

        `between`: seconds to leave the write lock free after each index, for a
        write another connection is waiting to make. SQLite's busy handler sleeps
        up to 100 ms between two tries, so a builder that begins again at once
        takes the lock before the waiting write every time (the reviewer's test: an
        edit waited for the whole build, 0.63 s at 130,000 records). With 0.15 s the
        write waits at most the index being built (20-60 ms at 130,000) and one try
        (PAUSE_FOR_WRITERS)."""
        built = 0
        for name in self.missing_sort_indexes():
            if stop is not None and stop():
                break
            if built and between and _stopped_within(between, stop):
                break
            with self._store.db.atomic():
                self._store.db.execute(REGISTER_SORT_INDEXES[name])
            built += 1
        return built

    # --- possible duplicates -------------------------------------------------------------

    def _distinct_pairs(self, ids: Sequence[str]) -> set[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            pairs.update(self._store.db.execute(
                f"SELECT first_id, second_id FROM {DISTINCT} WHERE first_id IN ({marks}) "
                f"OR second_id IN ({marks})", [*chunk, *chunk]).fetchall())
        return pairs

    def possible_duplicates(self, record: dict, exclude_id: str | None = None) -> list[dict]:
        """The stored records with `record`'s date, province, sex, age and device
        type (none when the date is unknown), except `exclude_id` and records marked
        as distinct from it."""
        if not record.get("incident_date"):
            return []
        rows = list(self._store.db.query(
            f"SELECT * FROM {TABLE} WHERE {_DUPLICATE_MATCH} ORDER BY rowid",
            [record.get("incident_date"), record.get("province_code"),
             record.get("sex") or "unknown", record.get("age"),
             record.get("device_type") or "unknown"]))
        rows = [row for row in rows if row["id"] != exclude_id]
        if exclude_id and rows:
            distinct = self._distinct_pairs([exclude_id])
            rows = [row for row in rows if tuple(sorted((exclude_id, row["id"]))) not in distinct]
        return rows

    def duplicate_groups(self, year: int | None = None) -> list[list[dict]]:
        """The groups of records that are possibly one casualty (same date,
        province, sex, age and device type), by date, in `year` or in every year; a
        group whose records are all marked as distinct from one another is left out."""
        in_year = "" if year is None else " AND incident_year = ?"
        keys = self._store.db.execute(
            f"SELECT {_DUPLICATE_COLUMNS} FROM {TABLE} "
            f"WHERE incident_date IS NOT NULL{in_year} GROUP BY {_DUPLICATE_GROUPING} "
            "HAVING COUNT(*) > 1 ORDER BY 1, 2", [] if year is None else [year]).fetchall()
        groups = []
        for key in keys:
            rows = list(self._store.db.query(
                f"SELECT * FROM {TABLE} WHERE {_DUPLICATE_MATCH} ORDER BY rowid", list(key)))
            distinct = self._distinct_pairs([row["id"] for row in rows])
            if any(tuple(sorted((a["id"], b["id"]))) not in distinct for a, b in combinations(rows, 2)):
                groups.append(rows)
        return groups

    def mark_distinct(self, record_ids: Sequence[str]) -> list[str]:
        """Mark the records as different casualties, pair by pair; returns the ids
        of the pairs newly marked (those marked already are left as they are), which
        `unmark_distinct` takes back."""
        ids = sorted(set(record_ids))
        records = [self._existing(record_id) for record_id in ids]
        self._store.years.require_editable_all(record["incident_year"] for record in records)
        known = self._distinct_pairs(ids)
        pairs = [pair for pair in combinations(ids, 2) if pair not in known]
        office = self._store.office.code
        marked = []
        with self._store.db.atomic():
            for first, second in pairs:
                row = {**new_row(office), "first_id": first, "second_id": second}
                self._store.db[DISTINCT].insert(row)
                self._store.audit.record(DISTINCT, row["id"], "*", None, f"{first} {second}")
                marked.append(row["id"])
        return marked

    def unmark_distinct(self, pair_ids: Sequence[str]) -> int:
        """Take back marks that `mark_distinct` made; returns how many were still
        stored (and are now deleted, each audited)."""
        removed = 0
        with self._store.db.atomic():
            for pair_id in pair_ids:
                pair = self._store.db.execute(
                    f"SELECT first_id, second_id FROM {DISTINCT} WHERE id = ?", [pair_id]).fetchone()
                if pair is None:
                    continue
                self._store.db.execute(f"DELETE FROM {DISTINCT} WHERE id = ?", [pair_id])
                self._store.audit.record(DISTINCT, pair_id, "*", f"{pair[0]} {pair[1]}", "deleted")
                removed += 1
        return removed

    def merge(self, keep_id: str, other_ids: Sequence[str]) -> MergedRecords:
        """Keep `keep_id` as the one record of a casualty: its empty fields take the
        first value the others give, then the others are deleted (each audited with
        its content, and with its marks as distinct from other records). Returns
        what changed, which `unmerge` takes back."""
        kept = self._existing(keep_id)
        others = [self._existing(other) for other in other_ids if other != keep_id]
        self._store.years.require_editable_all(
            record["incident_year"] for record in (kept, *others))
        fill: dict = {}
        for name in CASUALTY_FIELDS:
            if kept[name] in (None, "", "unknown"):
                for other in others:
                    if other[name] not in (None, "", "unknown"):
                        fill[name] = other[name]
                        break
        with self._store.db.atomic():
            removed = tuple(self._delete(other) for other in others)
            changes = self.update(keep_id, **fill) if fill else {}
            self._store.audit.record(TABLE, keep_id, "merged", None,
                                     " ".join(other["id"] for other in others))
        return MergedRecords(keep_id, changes, removed)

    def unmerge(self, merged: MergedRecords) -> None:
        """Undo `merge`, in one transaction: the removed records and their distinct
        marks come back as they were stored, and the kept record's fields that the
        merge filled are emptied again."""
        with self._store.db.atomic():
            for deleted in merged.removed:
                self._restore_record(deleted.record)
            # Once every record is back: a mark may join two of them.
            self._restore_pairs(pair for deleted in merged.removed for pair in deleted.distinct_pairs)
            if merged.changes:
                self.update(merged.keep_id, **{name: old for name, (old, _) in merged.changes.items()})
            self._store.audit.record(TABLE, merged.keep_id, "unmerged", None,
                                     " ".join(deleted.record["id"] for deleted in merged.removed))


def _stopped_within(seconds: float, stop: Callable[[], bool] | None) -> bool:
    """Wait `seconds`, looking at `stop()` every 10 ms: whether it said stop (a
    window closing waits 10 ms for a builder's pause, not the whole pause)."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if stop is not None and stop():
            return True
        time.sleep(min(left, 0.01))
    return stop is not None and stop()

"""Exchange packages, as stored: the pairs of offices, the last agreed state (base),
what each package sent carried (outbox), the conflicts and the packages received.

Which rows travel is described here as data (`SHARED_TABLES`): per table, the
columns naming a row (its key, joined with "/" as the audit log names it), the
fields merged one by one, and whose rows they are. A row is a dict of its key
columns and fields, the same in a package, in the base and in the database, so that
comparing two of them is comparing two dicts. The merge itself is plain Python in
cmdesk/exchange/packages; this module reads and writes what it decides.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, NamedTuple

from cmdesk.casualties.fields import DUPLICATE_KEY, PERSONAL_FIELDS
from cmdesk.errors import InputError
from cmdesk.funding import FIELDS as FUNDING_FIELDS
from cmdesk.i18n import translate
from cmdesk.store.casualties import CASUALTY_FIELDS
from cmdesk.store.narratives import NARRATIVE_FIELDS
from cmdesk.store.rows import new_ids, new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store

PAIRS = "exchange_pairs"
BASE = "exchange_base"
OUTBOX = "exchange_outbox"
CONFLICTS = "exchange_conflicts"
RECEIPTS = "exchange_receipts"

# Whose rows a table holds, for a pair of headquarters and one province:
OWNED_BY_OFFICE = "office"  # rows entered in the province (their `office` column)
SOURCE_IN_PROVINCE = "source"  # values of the reporting sources located in the province
REFERENCE = "reference"  # every row; only headquarters sends them


class SharedTable(NamedTuple):
    """One table as it travels."""

    name: str
    key: tuple[str, ...]  # the columns naming a row; row key = their values joined with "/"
    fields: tuple[str, ...]  # merged field by field
    owner: str  # OWNED_BY_OFFICE, SOURCE_IN_PROVINCE or REFERENCE
    year: str | None = None  # the column giving the reporting year a row belongs to
    carried: tuple[str, ...] = ()  # kept as the sender had them when a row is added
    personal: tuple[str, ...] = ()  # travel only when the pair's settings say so

    def fields_for(self, personal: bool) -> tuple[str, ...]:
        return self.fields if personal else tuple(f for f in self.fields if f not in self.personal)

    def key_of(self, row: dict) -> str:
        return "/".join(str(row[column]) for column in self.key)


SHARED_TABLES: tuple[SharedTable, ...] = (
    # Reference data first: the rows below refer to it.
    SharedTable("sources", ("code",), ("name", "kind", "province_code", "editable", "retired"),
                REFERENCE),
    SharedTable("items", ("code",), ("label", "group_code", "unit", "kind", "components",
                                     "sort_order", "retired", "parts"), REFERENCE),
    SharedTable("reporting_years", ("year",), ("status",), REFERENCE, year="year"),
    SharedTable("casualties", ("id",), tuple(f for f in CASUALTY_FIELDS), OWNED_BY_OFFICE,
                year="incident_year", carried=("office", "created_at"),
                personal=PERSONAL_FIELDS),
    SharedTable("aggregate_values", ("year", "source_code", "item_code", "part"),
                ("value", "comment", "qualifier"), SOURCE_IN_PROVINCE, year="year"),
    SharedTable("funding_lines", ("id",), FUNDING_FIELDS, OWNED_BY_OFFICE, year="year",
                carried=("office", "created_at")),
    SharedTable("narratives", ("indicator_code", "year"), NARRATIVE_FIELDS, OWNED_BY_OFFICE,
                year="year", carried=("office",)),
    SharedTable("acknowledgements", ("year", "finding_key"), ("rule", "message", "reason", "who"),
                OWNED_BY_OFFICE, year="year", carried=("office",)),
)
TABLES = {table.name: table for table in SHARED_TABLES}

# items.parts is not a column: the item's parts (item_parts) as a JSON list.
_ITEM_PARTS = ("(SELECT json_group_array(part) FROM (SELECT part FROM item_parts "
               "WHERE item_code = items.code ORDER BY part)) AS parts")


_CHUNK = 500  # keys per IN (...) list, well under SQLite's variable limit


def province_of(office_code: str) -> str | None:
    """The province code of a provincial office ("province:02" -> "02"), None for HQ."""
    return office_code.split(":", 1)[1] if office_code.startswith("province:") else None


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                            check_circular=False)


def _json(value: object) -> str:
    return _ENCODER.encode(value)


class Pair(NamedTuple):
    id: str
    peer_office: str
    peer_name: str
    peer_database_id: str
    peer_is_hq: bool
    secret: str
    personal_fields: bool
    sent_seq: int
    received_seq: int
    acked_seq: int
    last_sent_at: str | None
    last_received_at: str | None

    @property
    def province_office(self) -> str:
        """The provincial office of the pair (the peer, or this database)."""
        return "" if self.peer_is_hq else self.peer_office


class ExchangeStore:
    def __init__(self, store: "Store") -> None:
        self._store = store
        self._affinities: dict[str, dict[str, str]] = {}  # table -> column -> affinity

    # --- pairs ---------------------------------------------------------------------------

    def pairs(self) -> list[Pair]:
        return [self._pair(row) for row in self._store.db.query(
            f"SELECT * FROM {PAIRS} ORDER BY peer_is_hq DESC, peer_office")]

    def pair(self, peer_office: str) -> Pair | None:
        rows = list(self._store.db.query(f"SELECT * FROM {PAIRS} WHERE peer_office = ?",
                                         [peer_office]))
        return self._pair(rows[0]) if rows else None

    def pair_by_id(self, pair_id: str) -> Pair:
        rows = list(self._store.db.query(f"SELECT * FROM {PAIRS} WHERE id = ?", [pair_id]))
        return self._pair(rows[0])

    @staticmethod
    def _pair(row: dict) -> Pair:
        return Pair(row["id"], row["peer_office"], row["peer_name"], row["peer_database_id"],
                    bool(row["peer_is_hq"]), row["secret"], bool(row["personal_fields"]),
                    row["sent_seq"], row["received_seq"], row["acked_seq"], row["last_sent_at"],
                    row["last_received_at"])

    def add_pair(self, peer_office: str, peer_name: str, peer_database_id: str, peer_is_hq: bool,
                 secret: str, personal_fields: bool) -> Pair:
        """Pair this database with another office's. The secret is written to the
        audit log as "(secret)", never as itself."""
        if self.pair(peer_office) is not None:
            raise InputError(translate(
                "Exchange", "This database is already paired with {office}.").format(office=peer_name))
        row = {**new_row(self._store.office.code), "peer_office": peer_office,
               "peer_name": peer_name, "peer_database_id": peer_database_id,
               "peer_is_hq": int(peer_is_hq), "secret": secret,
               "personal_fields": int(personal_fields)}
        with self._store.db.atomic():
            self._store.db[PAIRS].insert(row)
            self._store.audit.record(PAIRS, row["id"], "*", None,
                                     f"paired with {peer_office} ({peer_database_id})")
        return self.pair_by_id(row["id"])

    def set_sequences(self, pair_id: str, **fields: object) -> None:
        """Update a pair's sequence numbers and times (sent_seq, received_seq, acked_seq,
        last_sent_at, last_received_at); inside the caller's transaction."""
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self._store.db.execute(f"UPDATE {PAIRS} SET {assignments}, modified_at = ? WHERE id = ?",
                               [*fields.values(), utc_now(), pair_id])

    # --- the shared rows as this database has them ---------------------------------------

    def _scope(self, table: SharedTable, pair: Pair) -> tuple[str, list]:
        office = pair.province_office or self._store.office.code
        if table.owner == OWNED_BY_OFFICE:
            return " WHERE office = ?", [office]
        if table.owner == SOURCE_IN_PROVINCE:
            return (" WHERE source_code IN (SELECT code FROM sources WHERE province_code = ?)",
                    [province_of(office)])
        return "", []

    def _columns(self, table: SharedTable, fields: tuple[str, ...] | None = None) -> list[str]:
        fields = table.fields if fields is None else fields
        columns = list(dict.fromkeys([*table.key, *(f for f in fields if f != "parts"),
                                      *table.carried]))
        if table.name == "items" and "parts" in fields:
            columns.append(_ITEM_PARTS)
        return columns

    def rows(self, table: SharedTable, pair: Pair,
             fields: tuple[str, ...] | None = None) -> dict[str, dict]:
        """{row key: row} of the rows of `table` the pair shares, as stored here: their
        key columns, `fields` (default: every shared field) and the carried ones."""
        where, parameters = self._scope(table, pair)
        cursor = self._store.db.execute(
            f"SELECT {', '.join(self._columns(table, fields))} FROM {table.name}{where}", parameters)
        names = [d[0] for d in cursor.description]
        # The key columns come first (`_columns`): the key is read off the tuple.
        if len(table.key) == 1:
            return {str(values[0]): dict(zip(names, values)) for values in cursor}
        count = len(table.key)
        return {"/".join(map(str, values[:count])): dict(zip(names, values)) for values in cursor}

    def json_object_text(self, values: Mapping[str, object]) -> str:
        """The text SQLite's json_object writes for `values` (text, integers, NULL): what
        `rows_as_text` gives of a row holding them."""
        names = list(values)
        (text,) = self._store.db.execute(
            "SELECT json_object(" + ", ".join("?, ?" for _ in names) + ")",
            [part for name in names for part in (name, values[name])]).fetchone()
        return text

    def rows_as_text(self, table: SharedTable, pair: Pair,
                     fields: tuple[str, ...]) -> tuple[dict[str, str], dict[str, dict]] | None:
        """The rows `rows(table, pair, fields)` gives, each as its JSON text, {key: text},
        and, as dicts, those the text is not given for; None when the table holds
        columns of REAL affinity (or items' parts): read them with `rows`.

        SQLite's json_object writes text, integers and NULL exactly as the package's
        encoder does (compact, UTF-8, the same escapes: tests/core/test_exchange_packages.py),
        and costs less than building each row as a dict and encoding it (a province's
        first package of 5,000 records: 32 -> 9 ms, benchmarks/exchange.py). A REAL it
        writes with 15 digits, where Python writes as many as it takes: a row holding
        one is given as a dict."""
        if table.name == "items":
            return None
        columns = self._columns(table, fields)
        if table.name not in self._affinities:
            # SQLite's affinity rules, by the declared type: INT first, then TEXT, REAL.
            self._affinities[table.name] = {
                name: "integer" if "INT" in kind.upper() else "text"
                if any(t in kind.upper() for t in ("CHAR", "CLOB", "TEXT")) else "real"
                if any(t in kind.upper() for t in ("REAL", "FLOA", "DOUB")) else "other"
                for _, name, kind, *_ in self._store.db.execute(f"PRAGMA table_info({table.name})")}
        affinity = self._affinities[table.name]
        if any(affinity.get(column) in ("real", None) for column in columns):
            return None
        # A text column stores a number given to it as text; any other may hold a REAL.
        plain = " AND ".join(f"typeof({c}) <> 'real'" for c in columns
                             if affinity[c] != "text") or "1"
        text = "json_object(" + ", ".join(f"'{c}', {c}" for c in columns) + ")"
        where, parameters = self._scope(table, pair)
        count = len(table.key)
        texts: dict[str, str] = {}
        others: list[str] = []
        for values in self._store.db.execute(
                f"SELECT {', '.join(table.key)}, CASE WHEN {plain} THEN {text} END "
                f"FROM {table.name}{where}", parameters):
            key = str(values[0]) if count == 1 else "/".join(map(str, values[:count]))
            if values[count] is None:
                others.append(key)
            else:
                texts[key] = values[count]
        rows = self.rows(table, pair, fields) if others else {}
        return texts, {key: rows[key] for key in others}

    def row(self, table: SharedTable, key: str) -> dict | None:
        """One row of `table` by its key, whoever owns it (None: not stored here)."""
        values = key.split("/", len(table.key) - 1)
        if len(values) != len(table.key):
            return None
        where = " AND ".join(f"{column} = ?" for column in table.key)
        rows = list(self._store.db.query(
            f"SELECT {', '.join(self._columns(table))} FROM {table.name} WHERE {where}", values))
        return rows[0] if rows else None

    def rows_by_keys(self, table: SharedTable, keys: list[str]) -> dict[str, dict]:
        """{row key: row} of those of `keys` stored here, whoever owns them."""
        found: dict[str, dict] = {}
        columns = ", ".join(self._columns(table))
        if len(table.key) == 1:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                for row in self._store.db.query(
                        f"SELECT {columns} FROM {table.name} WHERE {table.key[0]} IN "
                        f"({','.join('?' * len(chunk))})", chunk):
                    found[table.key_of(row)] = row
            return found
        if len(keys) > 50:  # many rows: one scan of the table beats a query each
            wanted = set(keys)
            for row in self._store.db.query(f"SELECT {columns} FROM {table.name}"):
                key = table.key_of(row)
                if key in wanted:
                    found[key] = row
            return found
        for key in keys:
            stored = self.row(table, key)
            if stored is not None:
                found[key] = stored
        return found

    def possible_duplicates(self, ids: list[str]) -> list[tuple[str, str]]:
        """(record, other record) for each of the records `ids` and each stored record
        alike in the register's duplicate key (cmdesk.casualties.records.DUPLICATE_KEY;
        none when the date is unknown), each pair once, not marked as distinct."""
        match = " AND ".join(f"other.{f} IS new.{f}" for f in DUPLICATE_KEY)
        pairs: set[tuple[str, str]] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for new_id, other_id in self._store.db.execute(
                    f"SELECT new.id, other.id FROM casualties new JOIN casualties other "
                    f"ON {match} AND other.id <> new.id WHERE new.incident_date IS NOT NULL "
                    f"AND new.id IN ({','.join('?' * len(chunk))}) AND NOT EXISTS (SELECT 1 "
                    "FROM casualty_distinct_pairs d WHERE d.first_id = min(new.id, other.id) "
                    "AND d.second_id = max(new.id, other.id))", chunk):
                pair = (new_id, other_id) if (other_id, new_id) not in pairs else None
                if pair:
                    pairs.add(pair)
        return sorted(pairs)

    def last_authors(self, table: str, keys: list[str]) -> dict[str, dict[str, tuple[str, str]]]:
        """{row key: {field: (who, at)}}: who last changed each field of those rows,
        and when, from the audit log ("*": the row's addition or deletion)."""
        authors: dict[str, dict[str, tuple[str, str]]] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            for key, field, who, at in self._store.db.execute(
                    "SELECT row_key, field, who, at FROM audit_log WHERE table_name = ? AND "
                    f"row_key IN ({','.join('?' * len(chunk))}) ORDER BY id", [table, *chunk]):
                authors.setdefault(key, {})[field] = (who, at)
        return authors

    def source_provinces(self) -> dict[str, str | None]:
        return {row["code"]: row["province_code"] for row in self._store.db.query(
            "SELECT code, province_code FROM sources")}

    # --- writing received rows -----------------------------------------------------------

    def _year_of(self, table: SharedTable, row: dict) -> int | None:
        if table.name == "casualties":
            date = row.get("incident_date") or ""
            return int(date[:4]) if date[:4].isdigit() else None
        return row.get(table.year) if table.year else None

    def _audit(self, entries: list[tuple[str, str, str, object, object]], who: str,
               office: str) -> None:
        at = utc_now()
        self._store.db.conn.executemany(
            "INSERT INTO audit_log (table_name, row_key, field, old_value, new_value, who, at, "
            "office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(t, k, f, None if old is None else str(old), None if new is None else str(new), who, at,
              office) for t, k, f, old, new in entries])

    def insert_rows(self, table: SharedTable, rows: list[dict], who: str, office: str) -> None:
        """Add rows received in a package (each with its key columns, its fields and
        what `carried` names); inside the caller's transaction."""
        if not rows:
            return
        db = self._store.db
        # Each row's year read once, and its values put in the columns' order in one
        # pass (a first package has 65,000 rows: benchmarks/exchange.py).
        casualties = table.name == "casualties"
        years = [self._year_of(table, row) for row in rows] \
            if table.year and table.name != "reporting_years" else []
        for year in sorted({year for year in years if year is not None}):
            self._store.years.ensure(year)
        now = utc_now()
        given = [name for name in rows[0] if name != "parts"]
        filled = [c for c in ("id", "office", "created_at") if c not in given]
        columns = [*given, *filled, "modified_at", *(["incident_year"] if casualties else [])]
        ids = new_ids(len(rows)) if "id" in filled else None
        stamps = [office if c == "office" else now for c in filled if c != "id"] + [now]
        values = []
        for n, row in enumerate(rows):
            record = [*map(row.get, given)]
            if ids is not None:
                record.append(ids[n])
            record += stamps
            if casualties:
                record.append(years[n])
            values.append(record)
        (last,) = db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table.name}").fetchone()
        # A first package (a province's whole register) into a register no larger
        # than it: the register's secondary indexes built once after the rows, as the CSV
        # import does, rather than each kept up to date row by row.
        with self._store.casualties.indexes_built_after(len(rows)) \
                if table.name == "casualties" else nullcontext():
            db.conn.executemany(
                f"INSERT INTO {table.name} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})", values)
        if table.name == "items":
            for row in rows:
                self._set_parts(row["code"], row.get("parts"))
        # The audit rows in one INSERT ... SELECT over the rows just added, as
        # AuditLog.record_inserted does for an import (benchmarks/exchange.py).
        key = " || '/' || ".join(table.key)
        cursor = db.execute(
            "INSERT INTO audit_log (table_name, row_key, field, old_value, new_value, who, at, "
            f"office) SELECT ?, {key}, '*', NULL, 'received', ?, ?, ? FROM {table.name} "
            "WHERE rowid > ? ORDER BY rowid", [table.name, who, now, office, last])
        if cursor.rowcount != len(rows):
            raise RuntimeError(f"{table.name}: {cursor.rowcount} rows after rowid {last}, "
                               f"{len(rows)} received; not audited")

    def _set_parts(self, code: str, parts: str | None) -> None:
        self._store.db.execute("DELETE FROM item_parts WHERE item_code = ?", [code])
        self._store.db.conn.executemany(
            "INSERT INTO item_parts (item_code, part) VALUES (?, ?)",
            [(code, part) for part in json.loads(parts or "[]")])

    def update_row(self, table: SharedTable, key: str, changes: dict[str, tuple[object, object]],
                   who: str, office: str) -> None:
        """Change some fields of one row ({field: (old, new)}); inside the caller's
        transaction."""
        values = key.split("/", len(table.key) - 1)
        where = " AND ".join(f"{column} = ?" for column in table.key)
        columns = {name: new for name, (_, new) in changes.items() if name != "parts"}
        if table.name == "casualties" and "incident_date" in columns:
            year = self._year_of(table, columns)
            columns["incident_year"] = year
            if year is not None:
                self._store.years.ensure(year)
        if columns:
            assignments = ", ".join(f"{name} = ?" for name in columns)
            self._store.db.execute(
                f"UPDATE {table.name} SET {assignments}, modified_at = ? WHERE {where}",
                [*columns.values(), utc_now(), *values])
        if "parts" in changes:
            self._set_parts(values[0], changes["parts"][1])  # type: ignore[arg-type]  # the parts: a list of part names
        self._audit([(table.name, key, name, old, new) for name, (old, new) in changes.items()],
                    who, office)

    def delete_row(self, table: SharedTable, key: str, old: dict, who: str, office: str) -> None:
        values = key.split("/", len(table.key) - 1)
        where = " AND ".join(f"{column} = ?" for column in table.key)
        self._store.db.execute(f"DELETE FROM {table.name} WHERE {where}", values)
        self._audit([(table.name, key, "*", _json(old), "deleted")], who, office)

    # --- the base: the last agreed state -------------------------------------------------

    def base(self, pair_id: str, table: str) -> dict[str, dict]:
        return {row[0]: json.loads(row[1]) for row in self._store.db.execute(
            f"SELECT row_key, data FROM {BASE} WHERE pair_id = ? AND table_name = ?",
            [pair_id, table])}

    def base_row(self, pair_id: str, table: str, key: str) -> dict | None:
        row = self._store.db.execute(
            f"SELECT data FROM {BASE} WHERE pair_id = ? AND table_name = ? AND row_key = ?",
            [pair_id, table, key]).fetchone()
        return None if row is None else json.loads(row[0])

    def set_base(self, pair_id: str, rows: Iterable[tuple[str, str, dict | str | None]]) -> None:
        """Set the agreed state of rows, each (table, key, row, or its JSON text, or
        None: agreed gone)."""
        put, gone = [], []
        for table, key, row in rows:
            if row is None:
                gone.append((pair_id, table, key))
            else:
                put.append((pair_id, table, key, row if isinstance(row, str) else _json(row)))
        db = self._store.db.conn
        db.executemany(f"DELETE FROM {BASE} WHERE pair_id = ? AND table_name = ? AND row_key = ?",
                       gone)
        db.executemany(f"INSERT OR REPLACE INTO {BASE} (pair_id, table_name, row_key, data) "
                       "VALUES (?, ?, ?, ?)", put)

    # --- the outbox: what each package sent carried ---------------------------------------

    def add_outbox(self, pair_id: str, seq: int, rows: Iterable[tuple[str, str, str | None]]) -> None:
        """Keep what package `seq` told of each row: (table, key, the row as JSON
        text, or None: deleted)."""
        self._store.db.conn.executemany(
            f"INSERT INTO {OUTBOX} (pair_id, seq, table_name, row_key, data) VALUES (?, ?, ?, ?, ?)",
            [(pair_id, seq, table, key, text) for table, key, text in rows])

    def unacknowledged(self, pair_id: str, table: str) -> dict[str, dict | None]:
        """{row key: row (None: deleted)} as the latest package not yet acknowledged
        told the other side."""
        return {key: None if data is None else json.loads(data) for key, data in self._store.db.execute(
            f"SELECT row_key, data FROM {OUTBOX} WHERE pair_id = ? AND table_name = ? ORDER BY seq",
            [pair_id, table])}

    def take_outbox(self, pair_id: str, up_to: int) -> Iterator[tuple[str, str, dict | None]]:
        """What the packages up to `up_to` carried, oldest first (a later package's
        row after an earlier one's); they are removed from the outbox."""
        rows = self._store.db.execute(
            f"SELECT table_name, row_key, data FROM {OUTBOX} WHERE pair_id = ? AND seq <= ? "
            "ORDER BY seq", [pair_id, up_to]).fetchall()
        self._store.db.execute(f"DELETE FROM {OUTBOX} WHERE pair_id = ? AND seq <= ?",
                               [pair_id, up_to])
        for table, key, data in rows:
            yield table, key, None if data is None else json.loads(data)

    # --- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True, year: int | None = None) -> list[dict]:
        """Conflicts, oldest first; values (base, mine, theirs, theirs_row) as stored
        (JSON text)."""
        where, parameters = [], []
        if open_only:
            where.append("c.status = 'open'")
        if year is not None:
            where.append("c.year = ?")
            parameters.append(year)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return list(self._store.db.query(
            f"SELECT c.*, p.peer_office, p.peer_name FROM {CONFLICTS} c JOIN {PAIRS} p "
            f"ON p.id = c.pair_id{clause} ORDER BY c.rowid", parameters))

    def open_conflict(self, pair_id: str, table: str, key: str, field: str) -> dict | None:
        rows = list(self._store.db.query(
            f"SELECT * FROM {CONFLICTS} WHERE pair_id = ? AND table_name = ? AND row_key = ? "
            "AND field = ? AND status = 'open'", [pair_id, table, key, field]))
        return rows[0] if rows else None

    def open_conflict_fields(self, pair_id: str) -> set[tuple[str, str, str]]:
        return {tuple(row) for row in self._store.db.execute(
            f"SELECT table_name, row_key, field FROM {CONFLICTS} WHERE pair_id = ? "
            "AND status = 'open'", [pair_id])}

    def put_conflict(self, pair_id: str, conflict: dict) -> str:
        """Open a conflict, or bring an open one on the same field up to date (the
        other side's latest value); returns its id."""
        existing = self.open_conflict(pair_id, conflict["table_name"], conflict["row_key"],
                                      conflict["field"])
        values = {name: (_json(value) if name in ("base", "mine", "theirs", "theirs_row") else value)
                  for name, value in conflict.items()}
        if existing is not None:
            keep = {k: v for k, v in values.items() if k not in ("base", "table_name", "row_key", "field")}
            self._store.db[CONFLICTS].update(existing["id"], {**keep, "modified_at": utc_now()})
            return existing["id"]
        row = {**new_row(self._store.office.code), "pair_id": pair_id, **values}
        self._store.db[CONFLICTS].insert(row)
        self._store.audit.record(CONFLICTS, row["id"], "*", None,
                                 f"{conflict['kind']} {conflict['table_name']}/{conflict['row_key']}"
                                 f".{conflict['field']}")
        return row["id"]

    def close_conflict(self, conflict_id: str, resolution: str, who: str) -> None:
        self._store.db.execute(
            f"UPDATE {CONFLICTS} SET status = 'resolved', resolution = ?, resolved_by = ?, "
            "resolved_at = ?, modified_at = ? WHERE id = ?",
            [resolution, who, utc_now(), utc_now(), conflict_id])
        self._store.audit.record(CONFLICTS, conflict_id, "status", "open", f"resolved: {resolution}")

    def find_conflict(self, key: str) -> dict:
        """The open conflict named by `key`: its short id (`short_id`, the last
        characters of its id: ids made in the same minute share their first ones), or
        its whole id (InputError when none or many)."""
        key = key.strip().lower()
        rows = [row for row in self.conflicts()
                if row["id"].endswith(key) or row["id"] == key] if key else []
        if len(rows) != 1:
            raise InputError(translate(
                "Exchange", "No open conflict has the key '{key}'{many}. List them with "
                "`cmdesk conflicts`.").format(
                    key=key, many=translate("Exchange", " alone") if rows else ""))
        return rows[0]

    def resolved_unsent(self, pair_id: str, acked_seq: int) -> set[tuple[str, str, str]]:
        """Fields whose conflict a person resolved here and that the other side has not
        yet acknowledged (their change travels marked as a resolution)."""
        return {tuple(row) for row in self._store.db.execute(
            f"SELECT table_name, row_key, field FROM {CONFLICTS} WHERE pair_id = ? AND "
            "status = 'resolved' AND resolution IN ('mine', 'theirs', 'value') AND "
            "(resolved_sent IS NULL OR resolved_sent > ?)",
            [pair_id, acked_seq])}

    def mark_resolutions_sent(self, pair_id: str, seq: int) -> None:
        self._store.db.execute(
            f"UPDATE {CONFLICTS} SET resolved_sent = ? WHERE pair_id = ? AND status = 'resolved' "
            "AND resolution IN ('mine', 'theirs', 'value') AND resolved_sent IS NULL", [seq, pair_id])

    def open_conflict_years(self) -> dict[int, int]:
        """{year: open conflicts touching it}."""
        return {row[0]: row[1] for row in self._store.db.execute(
            f"SELECT year, COUNT(*) FROM {CONFLICTS} WHERE status = 'open' AND year IS NOT NULL "
            "GROUP BY year")}

    def open_conflict_count(self) -> int:
        (count,) = self._store.db.execute(
            f"SELECT COUNT(*) FROM {CONFLICTS} WHERE status = 'open'").fetchone()
        return count

    # --- receipts -------------------------------------------------------------------------

    def receipt(self, pair_id: str, seq: int) -> dict | None:
        rows = list(self._store.db.query(
            f"SELECT * FROM {RECEIPTS} WHERE pair_id = ? AND seq = ?", [pair_id, seq]))
        return rows[0] if rows else None

    def add_receipt(self, pair_id: str, seq: int, sha256: str, report: dict, audit_before: int,
                    undo_backup: str | None) -> str:
        row = {**new_row(self._store.office.code), "pair_id": pair_id, "seq": seq,
               "sha256": sha256, "who": self._store.user, "report": _json(report),
               "audit_before": audit_before, "audit_after": 0, "undo_backup": undo_backup}
        self._store.db[RECEIPTS].insert(row)
        self._store.audit.record(RECEIPTS, row["id"], "*", None, f"package {seq} received")
        # The mark after the receipt's own audit row: a later change has a larger id.
        self._store.db.execute(f"UPDATE {RECEIPTS} SET audit_after = ? WHERE id = ?",
                               [self._store.audit.last_id(), row["id"]])
        return row["id"]

    def last_receipt(self) -> dict | None:
        rows = list(self._store.db.query(f"SELECT * FROM {RECEIPTS} ORDER BY rowid DESC LIMIT 1"))
        return rows[0] if rows else None

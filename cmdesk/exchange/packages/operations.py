"""Sending and receiving packages, conflicts and their resolution (docs/exchange.md).

- `create_province`: a provincial database paired with this headquarters database.
- `pairing_code` / `pair_with_code`: pair a database made by `cmdesk init --office X`.
- `send`: one package with every shared row this database changed since the last
  state the other side acknowledged.
- `receive`: check a package, plan it (`dry_run`: only that), apply it in one
  transaction; `undo_receive` takes the last one back until the next change.
- `conflicts` / `resolve`: what waits for a person, and their choice.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import tempfile
import zlib
from collections import Counter
from datetime import date
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cmdesk.catalog import Catalog, Office
from cmdesk.errors import InputError, Remedy
from cmdesk.exchange.packages.files import (
    ENCODE,
    FORMAT,
    PackageRefused,
    read_manifest,
    read_package,
    write_package,
)
from cmdesk.exchange.packages.merge import (
    ADD,
    CHANGE,
    DELETE,
    INSERT,
    NOTHING,
    ROW,
    Outcome,
    held_for_frozen_year,
    merge_row,
)
from cmdesk.i18n import translate
from cmdesk.store.exchange import (
    OWNED_BY_OFFICE,
    REFERENCE,
    SHARED_TABLES,
    SOURCE_IN_PROVINCE,
    TABLES,
    Pair,
    SharedTable,
    province_of,
)
from cmdesk.store.rows import short_id, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store

HQ = "hq"
CODE_PREFIX = "cmdx1"


# --- pairing -------------------------------------------------------------------------------


def _new_secret() -> str:
    return secrets.token_hex(32)


def create_province(hq: "Store", catalog: Catalog, office: Office, path: Path, *,
                    personal_fields: bool = False) -> "Store":
    """Make a provincial database at `path` for `office`, paired with `hq` (a new
    key kept in both), holding HQ's reference data and what HQ has of the
    province's rows: HQ's first package, received there, and the province's
    acknowledgement, received here. Returns the province's store (open)."""
    from cmdesk.store import Store

    if hq.office.code != HQ:
        raise InputError(translate("Exchange", "Provincial databases are made at headquarters; "
                                   "this database belongs to {office}.").format(office=hq.office.name))
    if province_of(office.code) is None:
        raise InputError(translate("Exchange", "Give a province (for example Battambang or 02), "
                                   "not headquarters."))
    if hq.exchange.pair(office.code) is not None:
        raise InputError(translate(
            "Exchange", "{office} already has a provincial database paired with this one.").format(
                office=office.name))
    province = Store.create(path, hq.catalog or catalog, office, hq.user)
    try:
        secret = _new_secret()
        hq.exchange.add_pair(office.code, office.name, province.database_id, False, secret,
                             personal_fields)
        province.exchange.add_pair(HQ, hq.office.name, hq.database_id, True, secret,
                                   personal_fields)
        with tempfile.TemporaryDirectory() as folder:
            first = send(hq, office.code, Path(folder) / "first.cmdx").path
            receive(province, first, keep_undo=False)
            back = send(province, HQ, Path(folder) / "back.cmdx").path
            receive(hq, back, keep_undo=False)
        # The first package is the province's whole register: received into an empty
        # one, it leaves the sort indexes for after its commit (store/casualties.py).
        # The file is new and no other program has it. The package coming back adds
        # nothing to HQ's register (it carries what the province entered: nothing yet).
        province.casualties.build_sort_indexes()
        province.catalog = province.reference.catalog(catalog)
    except BaseException:
        province.close()
        raise
    return province


def pairing_code(hq: "Store", office: Office, *, personal_fields: bool = False) -> str:
    """Pair `office` with this HQ database and return the one-line code that pairs the
    office's own database (made by `cmdesk init --office ...`): it holds HQ's
    database id, the office and the pair's key. Show it once; whoever holds it can
    sign packages for that office."""
    if hq.office.code != HQ or province_of(office.code) is None:
        raise InputError(translate("Exchange", "Pairing codes are made at headquarters, for a "
                                   "province."))
    secret = _new_secret()
    hq.exchange.add_pair(office.code, office.name, "", False, secret, personal_fields)
    body = f"{CODE_PREFIX}:{hq.database_id}:{office.code}:{int(personal_fields)}:{secret}"
    return f"{body}:{zlib.crc32(body.encode()):08x}"


def pair_with_code(store: "Store", code: str) -> Pair:
    """Pair this provincial database with headquarters from a `pairing_code`."""
    parts = code.strip().split(":")
    wrong = InputError(translate(
        "Exchange", "This is not a CMDesk pairing code, or it was mistyped: it starts with "
        "'cmdx1:' and is one line, as headquarters gave it."))
    if len(parts) != 7 or parts[0] != CODE_PREFIX:
        raise wrong
    body, check = ":".join(parts[:6]), parts[6]
    if f"{zlib.crc32(body.encode()):08x}" != check.lower():
        raise wrong
    _, hq_id, office_kind, office_number, personal, secret = parts[:6]
    office_code = f"{office_kind}:{office_number}"
    if office_code != store.office.code:
        raise InputError(translate(
            "Exchange", "This pairing code is for office {code}; this database belongs to "
            "{office} ({mine}).").format(code=office_code, office=store.office.name,
                                         mine=store.office.code))
    return store.exchange.add_pair(HQ, translate("Exchange", "Headquarters"), hq_id, True, secret,
                                   personal == "1")


def the_pair(store: "Store", peer_office: str | None) -> Pair:
    """The pair with `peer_office`, or the only one when it is not given."""
    pairs = store.exchange.pairs()
    if peer_office is None:
        if len(pairs) == 1:
            return pairs[0]
        if not pairs:
            raise InputError(translate(
                "Exchange", "This database is not paired with any office. At headquarters, make "
                "a provincial database for the office, paired with headquarters."),
                remedy=Remedy.MAKE_PROVINCIAL_DATABASE)
        raise InputError(translate("Exchange", "This database exchanges with {n} offices: say "
                                   "which one (--office).").format(n=len(pairs)))
    pair = store.exchange.pair(peer_office)
    if pair is None:
        raise InputError(translate("Exchange", "This database is not paired with {office}.").format(
            office=peer_office))
    return pair


# --- sending ---------------------------------------------------------------------------------


class SendResult(NamedTuple):
    path: Path
    seq: int
    counts: dict[str, dict[str, int]]  # table -> {"add": n, "change": n, "delete": n}
    acknowledged: int  # the other side's last package this one acknowledges

    @property
    def rows(self) -> int:
        return sum(sum(ops.values()) for ops in self.counts.values())




@lru_cache(maxsize=32)
def _add_head(table: str) -> str:
    return f'{{"t":{encode_basestring(table)},"k":'


def _add_prefix(table: str, key: str) -> str:
    """An added row's package line up to its row: `{"t":...,"k":...,"op":"add","n":`,
    as ENCODE writes it (for a string ENCODE is `encode_basestring`, called here
    directly, and the table's part once per table: 7,000 rows a package)."""
    return f'{_add_head(table)}{encode_basestring(key)},"op":"add","n":'


def _travelling(store: "Store", pair: Pair) -> list[SharedTable]:
    """The tables this database sends to the pair: a province sends no reference data."""
    return [t for t in SHARED_TABLES if t.owner != REFERENCE or store.office.code == HQ]


# Every character a JSON encoder may escape one way or another (each control
# character, the quote, the backslash, the slash, DEL, the line and paragraph
# separators), Khmer, a character beyond the BMP, the integers' extremes, NULL.
_JSON_PROBE = {"text": "".join(map(chr, range(0x20))) + '"\\/\x7f\u2028\u2029ខ្មែរ\U0001F600',
               "empty": "", "low": -2**63, "high": 2**63 - 1, "zero": 0, "none": None}
_json_agrees: dict[str, bool] = {}  # SQLite's version -> its json_object writes ENCODE's text


def _sqlite_writes_package_json(store: "Store") -> bool:
    """Whether this process's SQLite writes a row's JSON text exactly as the package
    encoder does (checked once per SQLite version: its escapes are its own, and a
    newer library may change them); if not, rows are read as dicts and encoded here,
    so that the same row never travels as two different texts."""
    version = sqlite3.sqlite_version
    if version not in _json_agrees:
        _json_agrees[version] = store.exchange.json_object_text(_JSON_PROBE) == ENCODE(_JSON_PROBE)
    return _json_agrees[version]


def changes_to_send(store: "Store", pair: Pair) -> tuple[list[dict], list[tuple[str, str, dict | str | None]]]:
    """The package rows for `pair` and, for each, the state it tells the other side
    (an added row's "n", and its state, may be the row's JSON text: `rows_as_text`)."""
    entries: list[dict] = []
    sent: list[tuple[str, str, dict | str | None]] = []
    waiting = store.exchange.open_conflict_fields(pair.id)
    resolved = store.exchange.resolved_unsent(pair.id, pair.acked_seq)
    for table in _travelling(store, pair):
        fields = table.fields_for(pair.personal_fields)
        base = store.exchange.base(pair.id, table.name)
        # A row sent and not yet acknowledged may be there: its deletion must travel.
        told = store.exchange.unacknowledged(pair.id, table.name)
        changed_keys: list[str] = []
        first = len(entries)
        flagged_keys = {key for name, key, _ in resolved if name == table.name}
        waiting_keys = {key for name, key, _ in waiting if name == table.name}
        if not base and not told and not flagged_keys and not waiting_keys:
            # Nothing agreed or told yet (a first package): every row is added, as
            # the steps below would add it, its JSON text written by SQLite where it
            # can be, without building the row (benchmarks/exchange.py).
            read = (store.exchange.rows_as_text(table, pair, fields)
                    if _sqlite_writes_package_json(store) else None)
            if read is not None:
                texts, others = read
                for key in sorted(texts.keys() | others.keys()):
                    row: dict | str = texts[key] if key in texts else others[key]
                    entries.append({"t": table.name, "k": key, "op": ADD, "n": row})
                    sent.append((table.name, key, row))
                continue
        current = store.exchange.rows(table, pair, fields)
        for key in sorted(current.keys() | base.keys() | flagged_keys | told.keys()):
            if key in waiting_keys and (table.name, key, ROW) in waiting:
                continue
            mine, agreed = current.get(key), base.get(key)
            if mine is None and agreed is None:
                agreed = told.get(key)
            flags = [f for f in (ROW, *fields) if (table.name, key, f) in resolved] \
                if key in flagged_keys else []
            if mine is not None and agreed is None:
                entries.append({"t": table.name, "k": key, "op": ADD, "n": mine})
                sent.append((table.name, key, mine))
            elif mine is not None and agreed is not None:
                # A person's resolution travels even when it took the other side's
                # value, so that the same conflict there is settled too.
                changed = [f for f in fields if mine.get(f) != agreed.get(f)] \
                    if key not in waiting_keys and key not in flagged_keys else \
                    [f for f in fields if (table.name, key, f) not in waiting
                     and (mine.get(f) != agreed.get(f) or (table.name, key, f) in resolved)]
                if not changed and ROW not in flags:
                    continue
                entries.append({"t": table.name, "k": key, "op": CHANGE,
                                "b": {f: agreed.get(f) for f in changed}, "n": mine})
                sent.append((table.name, key, {**agreed, **{f: mine.get(f) for f in changed}}))
                changed_keys.append(key)
            elif agreed is not None or ROW in flags:
                # With no agreed row, a resolution that took the row away: the empty
                # base settles the conflict there without deleting anything.
                entries.append({"t": table.name, "k": key, "op": DELETE, "b": agreed or {}})
                sent.append((table.name, key, None))
                changed_keys.append(key)
            else:
                continue
            if flags:
                entries[-1]["r"] = flags
        authors = store.exchange.last_authors(table.name, changed_keys)
        for entry in entries[first:] if authors else ():  # this table's entries only
            if entry["k"] in authors:
                entry["w"] = authors[entry["k"]]
    return entries, sent


def send(store: "Store", peer_office: str | None, path: Path) -> SendResult:
    """Write the next package for the pair with `peer_office` to `path`."""
    pair = the_pair(store, peer_office)
    path = Path(path)
    entries, sent = changes_to_send(store, pair)
    seq = pair.sent_seq + 1
    counts: dict[str, dict[str, int]] = {}
    for entry in entries:
        ops = counts.setdefault(entry["t"], {ADD: 0, CHANGE: 0, DELETE: 0})
        ops[entry["op"]] += 1
    now = utc_now()
    manifest = {
        "format": FORMAT, "from_office": store.office.code, "from_name": store.office.name,
        "from_database_id": store.database_id, "to_office": pair.peer_office,
        "to_database_id": pair.peer_database_id, "seq": seq, "ack": pair.received_seq,
        "counts": counts, "created_at": now, "created_by": store.user,
        "personal_fields": pair.personal_fields,
    }
    # Each row written once as JSON: an added row's text is both its package line's
    # and what the outbox keeps (benchmarks/exchange.py).
    lines: list[str] = []
    told: list[tuple[str, str, str | None]] = []  # (table, key, the row sent as JSON)
    for entry, (table_name, key, state) in zip(entries, sent):
        if entry["op"] == ADD and len(entry) == 4:
            text = entry["n"] if isinstance(entry["n"], str) else ENCODE(entry["n"])
            lines.append(f'{_add_prefix(table_name, key)}{text}}}')
            told.append((table_name, key, text))
        else:
            lines.append(ENCODE(entry))
            told.append((table_name, key, None if state is None else ENCODE(state)))
    with store.db.atomic():
        store.exchange.add_outbox(pair.id, seq, told)
        store.exchange.mark_resolutions_sent(pair.id, seq)
        store.exchange.set_sequences(pair.id, sent_seq=seq, last_sent_at=now)
        store.audit.record("exchange_pairs", pair.id, "sent_seq", pair.sent_seq, seq)
        # Written inside the transaction: a file that cannot be written leaves the
        # sequence as it was.
        write_package(path, manifest, lines, pair.secret)
    return SendResult(path, seq, counts, pair.received_seq)


# --- receiving -------------------------------------------------------------------------------


class Item(NamedTuple):
    """One line of a receipt's report."""

    table: str
    key: str
    field: str  # a field, or "*" for the whole row
    outcome: str  # added, changed, deleted, same, conflict, held, refused
    detail: str = ""  # the reason, for refused rows and conflicts
    old: object = None
    new: object = None


class Receipt(NamedTuple):
    """What receiving a package did (or, in a dry run, would do)."""

    peer_office: str
    peer_name: str
    seq: int
    acknowledged: int
    items: tuple[Item, ...]
    duplicates: tuple[tuple[str, str], ...]  # (received record, record it may duplicate)
    returns_recorded: tuple[tuple[int, str, str], ...]  # (year, source, section)
    applied: bool

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def changed_anything(self) -> bool:
        return any(item.outcome in ("added", "changed", "deleted") for item in self.items)

    @property
    def changed_catalog(self) -> bool:
        """True when it changed headquarters' reference data here (sources, items, ...):
        what the window's pages are built from."""
        return self.applied and any(
            item.outcome in ("added", "changed", "deleted") and item.table in TABLES
            and TABLES[item.table].owner == REFERENCE for item in self.items)

    def counts(self) -> dict[str, int]:
        """{outcome: items} for every outcome, in one pass over the items."""
        counted = Counter(item.outcome for item in self.items)
        return {o: counted[o] for o in
                ("added", "changed", "deleted", "same", "conflict", "held", "refused")}

    def as_json(self) -> dict:
        return {
            "from": self.peer_office, "from_name": self.peer_name, "seq": self.seq,
            "acknowledged": self.acknowledged, "applied": self.applied,
            "counts": self.counts(),
            "items": [item._asdict() for item in self.items],
            "possible_duplicates": [list(pair) for pair in self.duplicates],
            "returns_recorded": [list(r) for r in self.returns_recorded],
        }


def _check_envelope(store: "Store", path: Path):
    manifest, members = read_manifest(path)
    name = Path(path).name
    if manifest.get("to_database_id") not in (store.database_id, "") or \
            manifest.get("to_office") != store.office.code:
        raise PackageRefused(translate(
            "Exchange", "{file} is meant for another database ({office}), not this one. Nothing "
            "was changed.").format(file=name, office=manifest.get("to_office", "?")), "foreign")
    pair = store.exchange.pair(str(manifest.get("from_office", "")))
    if pair is None:
        raise PackageRefused(translate(
            "Exchange", "{file} comes from {office}, which this database is not paired with. "
            "Nothing was changed.").format(file=name, office=manifest.get("from_name", "?")),
            "not_paired")
    if pair.peer_database_id and manifest.get("from_database_id") != pair.peer_database_id:
        raise PackageRefused(translate(
            "Exchange", "{file} comes from another database than the one paired with {office} "
            "(another headquarters, or a copy). Nothing was changed.").format(
                file=name, office=pair.peer_name), "foreign")
    package = read_package(path, manifest, members, pair.secret)
    seq = manifest.get("seq")
    if not isinstance(seq, int) or seq < 1:
        raise PackageRefused(translate("Exchange", "{file} has no sequence number.").format(file=name),
                             "damaged")
    done = store.exchange.receipt(pair.id, seq)
    if done is not None:
        raise PackageRefused(translate(
            "Exchange", "Package {seq} from {office} was received already (on {date}): receiving "
            "it again changes nothing.").format(seq=seq, office=pair.peer_name,
                                                date=done["created_at"][:10]), "replayed")
    if seq <= pair.received_seq:
        raise PackageRefused(translate(
            "Exchange", "Package {seq} from {office} is older than package {last}, received "
            "already, which carried everything it did: nothing to do.").format(
                seq=seq, office=pair.peer_name, last=pair.received_seq), "superseded")
    return pair, package


class _Planned(NamedTuple):
    table: SharedTable
    entry: dict
    mine: dict | None
    outcome: Outcome
    refused: str  # the reason, or ""
    text: str | None = None  # an added row's JSON as the package has it


def _refusal(store: "Store", pair: Pair, table: SharedTable, entry: dict, mine: dict | None,
             source_provinces: dict[str, str | None]) -> str:
    """Why a province may not make this change here (HQ may change everything)."""
    if not pair.peer_is_hq and store.office.code != HQ:
        return translate("Exchange", "provincial offices exchange only with headquarters")
    if pair.peer_is_hq:
        return ""
    province = pair.peer_office
    if table.owner == REFERENCE:
        return translate("Exchange", "the catalog, the sources and the years' status are changed "
                         "at headquarters only")
    if table.owner == OWNED_BY_OFFICE:
        offices = {row.get("office") for row in (entry.get("n"), entry.get("b"), mine)
                   if row and "office" in row}
        others = sorted(o for o in offices if o and o != province)
        if others:
            return translate("Exchange", "a row of another office ({office})").format(office=others[0])
    if table.owner == SOURCE_IN_PROVINCE:
        source = (entry.get("n") or entry.get("b") or {}).get("source_code")
        if source not in source_provinces:
            return translate("Exchange", "unknown reporting source '{source}'").format(source=source)
        if source_provinces[source] != province_of(province):
            return translate("Exchange", "values of {source}, which is not located in the province "
                             "(national totals and other sources are entered at headquarters)"
                             ).format(source=source)
    return ""


def _year(table: SharedTable, row: dict | None) -> int | None:
    if row is None or table.year is None:
        return None
    if table.name == "casualties":
        text = row.get("incident_date") or ""
        return int(text[:4]) if text[:4].isdigit() else None
    value = row.get(table.year)
    return value if isinstance(value, int) else None


def _added_texts(rows: list[dict], lines: list[str]) -> dict[int, str]:
    """{id(row): the JSON text of its new row} for the added rows whose package line
    is exactly as `send` writes it: what the agreed state keeps, without writing the
    row as JSON again (benchmarks/exchange.py)."""
    texts = {}
    for row, line in zip(rows, lines):
        if row.get("op") == ADD and len(row) == 4 and line.endswith("}") and \
                isinstance(row["t"], str) and isinstance(row["k"], str):
            prefix = _add_prefix(row["t"], row["k"])
            if line.startswith(prefix):
                texts[id(row)] = line[len(prefix):-1]
    return texts


def _plan(store: "Store", pair: Pair, rows: list[dict], personal: bool,
          lines: list[str] | None = None) -> list[_Planned]:
    source_provinces = store.exchange.source_provinces()
    # The years this package reopens are open for its data; those it submits are
    # frozen after its data are written (they were corrected before submission).
    frozen = set(store.years.frozen_years())
    for entry in rows:
        if entry.get("t") == "reporting_years" and pair.peer_is_hq and entry.get("n"):
            if entry["n"].get("status") != "submitted":
                frozen.discard(entry["n"].get("year"))
    texts = _added_texts(rows, lines) if lines and len(lines) == len(rows) else {}
    by_table: dict[str, list[dict]] = {}
    planned: list[_Planned] = []
    for entry in rows:
        table = TABLES.get(str(entry.get("t")))
        if table is None or entry.get("op") not in (ADD, CHANGE, DELETE) or not entry.get("k"):
            planned.append(_Planned(SHARED_TABLES[0], entry, None, NOTHING, translate(
                "Exchange", "not a kind of data this CMDesk exchanges ({table})").format(
                    table=entry.get("t"))))
            continue
        by_table.setdefault(table.name, []).append(entry)
    for table in SHARED_TABLES:
        entries = by_table.get(table.name, [])
        if not entries:
            continue
        fields = table.fields_for(personal)
        mine_rows = store.exchange.rows_by_keys(table, [entry["k"] for entry in entries])
        known_rows = store.exchange.base(pair.id, table.name)
        authoritative = pair.peer_is_hq and table.owner == REFERENCE
        for entry in entries:
            mine = mine_rows.get(entry["k"])
            if mine is None and entry["op"] == ADD and not authoritative and not frozen and (
                    pair.peer_is_hq or (table.owner == OWNED_BY_OFFICE
                                        and entry["n"].get("office") == pair.peer_office)):
                # The common case of a first package, without the general checks.
                planned.append(_Planned(table, entry, None, INSERT, "", texts.get(id(entry))))
                continue
            refused = _refusal(store, pair, table, entry, mine, source_provinces)
            if refused:
                planned.append(_Planned(table, entry, mine, NOTHING, refused))
                continue
            outcome = merge_row(
                entry["op"], entry.get("b"), entry.get("n"), mine, fields,
                known=known_rows.get(entry["k"]), authoritative=pair.peer_is_hq and table.owner == REFERENCE,
                resolutions=frozenset(entry.get("r", ())) if pair.peer_is_hq else frozenset())
            if table.name != "reporting_years" and outcome.writes and \
                    {_year(table, mine), _year(table, entry.get("n"))} & frozen:
                outcome = held_for_frozen_year(outcome, entry.get("b"), mine, entry.get("n"))
            planned.append(_Planned(table, entry, mine, outcome, ""))
    return planned


def receive(store: "Store", path: Path, *, dry_run: bool = False, keep_undo: bool = True,
            today: date | None = None) -> Receipt:
    """Check the package at `path`, then apply it in one transaction (`dry_run`: only
    say what it would do). A refused package raises PackageRefused and changes
    nothing. With `keep_undo`, a backup taken first lets `undo_receive` take it back."""
    if store.read_only:
        from cmdesk.errors import DatabaseReadOnlyError
        if not dry_run:
            raise DatabaseReadOnlyError(translate(
                "Exchange", "{path} is open read-only: a package cannot be received.").format(
                    path=store.path))
    pair, package = _check_envelope(store, Path(path))
    manifest = package.manifest
    planned = _plan(store, pair, package.rows, bool(manifest.get("personal_fields")),
                    package.lines)
    items = _items(planned)
    receipt = Receipt(pair.peer_office, pair.peer_name, manifest["seq"], int(manifest.get("ack", 0)),
                      tuple(items), (), (), False)
    if dry_run:
        return receipt
    backup = str(store.backup("before-receive")) if keep_undo else None
    audit_before = store.audit.last_id()
    with store.db.atomic():
        _apply(store, pair, manifest, planned)
        duplicates = _possible_duplicates(store, planned)
        returns = _record_returns(store, pair, planned, today)
        receipt = receipt._replace(duplicates=tuple(duplicates), returns_recorded=tuple(returns),
                                   applied=True)
        # Kept: the counts and what a person may look for later (the rows added and
        # left as they were are in the audit log and the data).
        kept = receipt._replace(items=tuple(item for item in receipt.items
                                            if item.outcome not in ("same", "added")))
        store.exchange.add_receipt(pair.id, manifest["seq"], package.sha256,
                                   {**kept.as_json(), "counts": receipt.counts()},
                                   audit_before, backup)
    # Headquarters' catalog changes, now stored here (a store's catalog is never None).
    store.catalog = store.reference.catalog(store.catalog)
    return receipt


def _items(planned: list[_Planned]) -> list[Item]:
    items: list[Item] = []
    for plan in planned:
        table, key = plan.entry.get("t", "?"), plan.entry.get("k", "?")
        if plan.refused:
            items.append(Item(str(table), str(key), ROW, "refused", plan.refused))
            continue
        outcome = plan.outcome
        if outcome.action == "insert":
            items.append(Item(table, key, ROW, "added"))
        elif outcome.action == "delete":
            items.append(Item(table, key, ROW, "deleted"))
        for field, (old, new) in outcome.changes.items():
            items.append(Item(table, key, field, "changed", "", old, new))
        for field in outcome.same:
            if plan.entry["op"] != ADD or plan.mine is not None:
                items.append(Item(table, key, field, "same"))
        for conflict in outcome.conflicts:
            items.append(Item(table, key, conflict.field,
                              "held" if conflict.kind == "frozen" else "conflict",
                              conflict.kind, conflict.mine, conflict.theirs))
    return items


def _who(entry: dict, field: str, manifest: dict) -> tuple[str, str]:
    authors = entry.get("w") or {}
    who, at = authors.get(field) or authors.get(ROW) or (manifest.get("created_by", "?"),
                                                         manifest.get("created_at", ""))
    return str(who), str(at)


def _apply(store: "Store", pair: Pair, manifest: dict, planned: list[_Planned]) -> None:
    exchange = store.exchange
    seq = manifest["seq"]
    office = pair.peer_office
    who = translate("Exchange", "{user} (received from {office}, package {seq})").format(
        user=manifest.get("created_by", "?"), office=pair.peer_name, seq=seq)
    # What the other side acknowledges becomes the agreed state of what we sent.
    ack = int(manifest.get("ack", 0))
    if ack > pair.acked_seq:
        exchange.set_base(pair.id, list(exchange.take_outbox(pair.id, min(ack, pair.sent_seq))))
    open_before = exchange.open_conflict_fields(pair.id)
    base_updates: list[tuple[str, str, dict | str | None]] = []  # a row, or its JSON text
    inserts: dict[str, list] = {}  # table -> the rows to insert (an insert carries its row)
    freezes: list[tuple[int, str]] = []
    for plan in planned:
        if plan.refused:
            continue
        table, entry, outcome = plan.table, plan.entry, plan.outcome
        key, new = entry["k"], entry.get("n")
        if plan.text is not None and outcome is INSERT and table.name != "reporting_years" \
                and not open_before:
            # Most of a first package: a new row, added as it came, settling nothing
            # (no conflict is open), its package text the agreed state; what the
            # general steps below do for it, without them.
            inserts.setdefault(table.name, []).append(new)
            base_updates.append((table.name, key, plan.text))
            continue
        if table.name == "reporting_years":
            if outcome.writes and new is not None:
                status = new.get("status")
                if status == "submitted":
                    freezes.append((new["year"], status))
                else:
                    _set_year_status(store, new["year"], status, pair, seq)
        elif outcome.action == "insert":
            inserts.setdefault(table.name, []).append(new)
        elif outcome.action == "update":
            exchange.update_row(table, key, outcome.changes, who, office)
        elif outcome.action == "delete":
            exchange.delete_row(table, key, plan.mine or {}, who, office)
        for conflict in outcome.conflicts:
            theirs_who, theirs_at = _who(entry, conflict.field, manifest)
            exchange.put_conflict(pair.id, {
                "table_name": table.name, "row_key": key, "field": conflict.field,
                "kind": conflict.kind,
                "year": _year(table, new) or _year(table, plan.mine) or _year(table, entry.get("b")),
                "base": conflict.base, "mine": conflict.mine, "theirs": conflict.theirs,
                "theirs_row": new, "theirs_who": theirs_who, "theirs_at": theirs_at,
                "package_seq": seq})
        # A field now agreed settles a conflict waiting on it.
        settled = [*outcome.changes, *outcome.same]
        exists_here = outcome.action == "insert" or (plan.mine is not None and outcome.action != "delete")
        if not any(c.field == ROW for c in outcome.conflicts) and exists_here == (new is not None):
            settled.append(ROW)
        for field in settled:
            if (table.name, key, field) in open_before:
                waiting = exchange.open_conflict(pair.id, table.name, key, field)
                if waiting is not None:
                    exchange.close_conflict(waiting["id"], "other-side", who)
        # The other side has `new` now, whatever happens here.
        if entry["op"] == ADD and plan.text is not None:
            base_updates.append((table.name, key, plan.text))
        elif entry["op"] == CHANGE:
            agreed = exchange.base_row(pair.id, table.name, key)
            changed = {f: new.get(f) for f in entry.get("b", {})} if new else {}
            base_updates.append((table.name, key, {**(new or {}), **(agreed or {}), **changed}
                                 if agreed is not None else new))
        else:
            base_updates.append((table.name, key, new))
    for table in SHARED_TABLES:
        if table.name in inserts:
            exchange.insert_rows(table, inserts[table.name], who, office)
    for year, status in freezes:
        _set_year_status(store, year, status, pair, seq)
    exchange.set_base(pair.id, base_updates)
    fields: dict[str, object] = {"received_seq": seq, "last_received_at": utc_now()}
    if ack > pair.acked_seq:
        fields["acked_seq"] = min(ack, pair.sent_seq)
    if not pair.peer_database_id:
        fields["peer_database_id"] = manifest.get("from_database_id", "")
    exchange.set_sequences(pair.id, **fields)


def _set_year_status(store: "Store", year: int, status: str, pair: Pair, seq: int) -> None:
    if store.years.status(year) != status:
        store.years.set_status(year, status, reason=translate(
            "Exchange", "Received from {office} (package {seq}).").format(office=pair.peer_name, seq=seq))


def _possible_duplicates(store: "Store", planned: list[_Planned]) -> list[tuple[str, str]]:
    """The register's duplicate rule over the casualty records just added."""
    added = [plan.entry["k"] for plan in planned if plan.table.name == "casualties"
             and not plan.refused and plan.outcome.action == "insert"]
    return store.exchange.possible_duplicates(added)


def _record_returns(store: "Store", pair: Pair, planned: list[_Planned],
                    today: date | None) -> list[tuple[int, str, str]]:
    """Completeness: each (year, source, group) whose values arrived is recorded as
    received today, unless a date is recorded already."""
    from cmdesk.catalog.returns import VALUES, load_returns
    from cmdesk.completeness import record_received_many

    if pair.peer_is_hq:
        return []
    catalog = store.catalog
    defaults = load_returns(catalog)
    sections = {section.code for section in defaults.sections if section.data == VALUES}
    wanted: set[tuple[int, str, str]] = set()
    for plan in planned:
        if plan.table.name != "aggregate_values" or plan.refused or not plan.outcome.writes:
            continue
        row = plan.entry.get("n") or plan.entry.get("b") or {}
        if not catalog.has_item(row.get("item_code", "")):
            continue
        group = catalog.item(row["item_code"]).group
        if group in sections:
            wanted.add((row["year"], row["source_code"], group))
    day = today or date.today()
    return record_received_many(store, catalog, sorted(wanted), day, today=day, defaults=defaults)


def undo_receive(store: "Store") -> Receipt:
    """Take back the last package received, if nothing changed since; returns what
    it had done, or raises InputError saying why it cannot."""
    last = store.exchange.last_receipt()
    if last is None or not last["undo_backup"]:
        raise InputError(translate("Exchange", "There is no package to undo."))
    if store.audit.last_id() != last["audit_after"]:
        raise InputError(translate(
            "Exchange", "The package cannot be undone: the database was changed after it was "
            "received. Correct what it changed by hand, or resolve its conflicts."))
    backup = Path(last["undo_backup"])
    if not backup.exists():
        raise InputError(translate("Exchange", "The copy taken before the package was received "
                                   "is gone ({path}): it cannot be undone.").format(path=backup))
    report = json.loads(last["report"])
    store.restore(backup)
    return Receipt(report["from"], report["from_name"], report["seq"], report["acknowledged"],
                   tuple(Item(**item) for item in report["items"]), (), (), True)


# --- conflicts -----------------------------------------------------------------------------


class OpenConflict(NamedTuple):
    key: str  # what `resolve` takes: its short id (cmdesk.store.rows.short_id)
    id: str
    peer_office: str
    peer_name: str
    table: str
    row_key: str
    field: str
    kind: str
    year: int | None
    base: object
    mine: object  # as stored here now
    theirs: object
    theirs_who: str
    theirs_at: str
    mine_who: str
    mine_at: str

    def as_json(self) -> dict:
        return self._asdict()


def conflicts(store: "Store", year: int | None = None) -> list[OpenConflict]:
    """The open conflicts (of `year`, when given), oldest first, with this side's value
    as it is now."""
    result = []
    for row in store.exchange.conflicts(year=year):
        table = TABLES[row["table_name"]]
        current = store.exchange.row(table, row["row_key"])
        if row["field"] == ROW:
            mine: object = None if current is None else {f: current.get(f) for f in table.fields}
        else:
            mine = None if current is None else current.get(row["field"])
        history = [h for h in store.audit.history(row["table_name"], row["row_key"])
                   if h["field"] in (row["field"], ROW)]
        mine_who, mine_at = (history[-1]["who"], history[-1]["at"]) if history else ("", "")
        result.append(OpenConflict(
            short_id(row["id"]), row["id"], row["peer_office"], row["peer_name"], row["table_name"],
            row["row_key"], row["field"], row["kind"], row["year"],
            json.loads(row["base"]) if row["base"] else None, mine,
            json.loads(row["theirs"]) if row["theirs"] else None, row["theirs_who"],
            row["theirs_at"], mine_who, mine_at))
    return result


def open_conflict_years(store: "Store") -> dict[int, int]:
    """{year: open conflicts touching it}: what blocks the year's sign-off."""
    return store.exchange.open_conflict_years()


def _typed(text: str, like: object) -> object:
    """A value typed by a person, as the type of the field's other values."""
    if isinstance(like, bool) or not isinstance(like, (int, float)):
        return text
    try:
        return int(text) if isinstance(like, int) else float(text)
    except ValueError:
        raise InputError(translate("Exchange", "'{text}' is not a number.").format(text=text)) from None


def resolve(store: "Store", key: str, take: str, value: str | None = None) -> OpenConflict:
    """Settle a conflict: keep this side's value (`take` "mine"), the other side's
    ("theirs"), or `value` ("value"). The choice is written here with its audit rows
    and travels in the next package to the other side. Returns the conflict."""
    if take not in ("mine", "theirs", "value"):
        raise InputError(translate("Exchange", "Take 'mine', 'theirs' or a value."))
    row = store.exchange.find_conflict(key)
    conflict = next(c for c in conflicts(store) if c.id == row["id"])
    table = TABLES[conflict.table]
    pair = store.exchange.pair_by_id(row["pair_id"])
    current = store.exchange.row(table, conflict.row_key)
    who, office = store.user, store.office.code
    with store.db.atomic():
        if conflict.field == ROW:
            if take == "value":
                raise InputError(translate(
                    "Exchange", "This conflict is about the whole row (deleted on one side): take "
                    "mine or theirs."))
            theirs_row = json.loads(row["theirs_row"]) if row["theirs_row"] else None
            if take == "theirs":
                _require_editable(store, table, current, theirs_row)
                if theirs_row is None and current is not None:
                    store.exchange.delete_row(table, conflict.row_key, current, who, office)
                elif theirs_row is not None and current is None:
                    store.exchange.insert_rows(table, [theirs_row], who, office)
                elif theirs_row is not None and current is not None:
                    changes = {f: (current.get(f), theirs_row.get(f)) for f in table.fields
                               if f in theirs_row and current.get(f) != theirs_row.get(f)}
                    if changes:
                        store.exchange.update_row(table, conflict.row_key, changes, who, office)
            store.exchange.set_base(pair.id, [(table.name, conflict.row_key, theirs_row)])
        else:
            if current is None:
                raise InputError(translate(
                    "Exchange", "The row of this conflict is no longer stored here: it was deleted "
                    "since."))
            chosen = {"mine": current.get(conflict.field), "theirs": conflict.theirs}.get(
                take, None) if take != "value" else _typed(value or "", conflict.theirs
                                                           if conflict.theirs is not None
                                                           else conflict.mine)
            if chosen != current.get(conflict.field):
                _require_editable(store, table, current, {**current, conflict.field: chosen})
                store.exchange.update_row(table, conflict.row_key,
                                          {conflict.field: (current.get(conflict.field), chosen)},
                                          who, office)
            agreed = store.exchange.base_row(pair.id, table.name, conflict.row_key) or \
                {k: v for k, v in current.items()}
            store.exchange.set_base(pair.id, [(table.name, conflict.row_key,
                                               {**agreed, conflict.field: conflict.theirs})])
        store.exchange.close_conflict(row["id"], take, who)
    return conflict


def _require_editable(store: "Store", table: SharedTable, *rows: dict | None) -> None:
    if table.name == "reporting_years":
        return
    years = [_year(table, row) for row in rows]
    store.years.require_editable_all(years)


__all__ = [
    "OpenConflict", "PackageRefused", "Receipt", "SendResult", "conflicts", "create_province", "open_conflict_years", "pair_with_code",
    "pairing_code", "receive", "resolve", "send", "undo_receive",
]

"""Funding lines for victim assistance (domain.md section 2.2).

Every write checks the whole line first (`cmdesk.funding.check_line`), so a refused
line changes nothing, then runs in one transaction with its audit rows. The US$
amount is computed when lines are read (`amount_usd`), never stored.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from cmdesk.errors import InputError, Remedy
from cmdesk.funding import FIELDS, FUNDER_KINDS, amount_usd, check_line
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store

__all__ = ["FundingLines", "FUNDER_KINDS"]

TABLE = "funding_lines"
# National budget first, then the other kinds in FUNDER_KINDS order.
_KIND_ORDER = "CASE funder_kind " + " ".join(
    f"WHEN '{kind}' THEN {n}" for n, kind in enumerate(FUNDER_KINDS)) + " END"


def _with_usd(row: dict) -> dict:
    return {**row, "amount_usd": amount_usd(row["amount"], row["currency"], row["rate_to_usd"])}


class FundingLines:
    """The funding_lines table. Lines are dicts of every column; the ones read also
    carry `amount_usd`. Each write returns what it did (an id, the changes, the
    deleted line) so that callers can refresh and undo."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    def add(self, line: dict) -> str:
        """Add one funding line (year, funder, funder_kind, purpose, amount, currency,
        rate_to_usd, earmarked, note; see `check_line`); returns its new id.
        Raises InputError, and writes nothing, when the line is wrong."""
        clean = check_line(line)
        self._store.years.require_editable(clean["year"])
        row = {**new_row(self._store.office.code), **clean}
        with self._store.db.atomic():
            self._store.years.ensure(row["year"])
            self._store.db[TABLE].insert(row)
            self._store.audit.record(TABLE, row["id"], "*", None, "added")
        return row["id"]

    def get(self, line_id: str) -> dict | None:
        """The stored line with that id (every column, plus `amount_usd`), or None."""
        rows = list(self._store.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [line_id]))
        return _with_usd(rows[0]) if rows else None

    def _existing(self, line_id: str) -> dict:
        line = self.get(line_id)
        if line is None:
            raise InputError(translate(
                "Store", "There is no funding line with id {id}: it may have been deleted since "
                "the funding lines were read. Read them again and try again.").format(id=line_id),
                remedy=Remedy.READ_AGAIN)
        return line

    # The id positional-only: a change may name any field (ui/undo.py's Repository).
    def update(self, line_id: str, /, **fields) -> dict[str, tuple[object, object]]:
        """Change some fields of a line; returns {field: (old, new)} for the fields
        that really changed (empty: nothing was written).

        The line as it would become is checked as a whole first (changing the
        currency to KHR needs a rate). One audit row per changed field."""
        current = self._existing(line_id)
        clean = check_line({**{name: current[name] for name in FIELDS}, **fields})
        changes = {name: (current[name], clean[name]) for name in FIELDS
                   if clean[name] != current[name]}
        if not changes:
            return {}
        # Moving a line into or out of a submitted year changes that year too.
        self._store.years.require_editable(current["year"], clean["year"])
        with self._store.db.atomic():
            if "year" in changes:
                self._store.years.ensure(clean["year"])
            self._store.db[TABLE].update(
                line_id, {**{name: new for name, (_, new) in changes.items()}, "modified_at": utc_now()})
            for name, (old, new) in changes.items():
                self._store.audit.record(TABLE, line_id, name, old, new)
        return changes

    def delete(self, line_id: str) -> dict:
        """Delete a line; returns it as it was stored (every column), which `restore`
        takes back. The audit row keeps the deleted line's content."""
        line = self._existing(line_id)
        line.pop("amount_usd")
        self._store.years.require_editable(line["year"])
        with self._store.db.atomic():
            self._store.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [line_id])
            self._store.audit.record(TABLE, line_id, "*", json.dumps(line, ensure_ascii=False),
                                     "deleted")
        return line

    def restore(self, line: dict) -> str:
        """Put back a line that `delete` returned, with its same id, office and time
        stamps (so that later edits referring to it apply again); returns the id.

        The line is checked as `add` checks it; one with no id, or whose id is in
        use, is refused."""
        line_id = line.get("id")
        if not line_id:
            raise InputError(translate("Store", "A funding line to restore needs its id."))
        clean = check_line({name: line[name] for name in FIELDS if name in line})
        self._store.years.require_editable(clean["year"])
        if self.get(line_id) is not None:
            raise InputError(translate(
                "Store", "Funding line {id} cannot be restored: a line with that id exists "
                "already.").format(id=line_id))
        stamps = new_row(self._store.office.code)
        row = {**stamps, **{k: line[k] for k in ("office", "created_at", "modified_at") if line.get(k)},
               **clean, "id": line_id}
        with self._store.db.atomic():
            self._store.years.ensure(row["year"])
            self._store.db[TABLE].insert(row)
            self._store.audit.record(TABLE, line_id, "*", "deleted", "restored")
        return line_id

    def for_year(self, year: int) -> list[dict]:
        """The year's lines (every column, plus `amount_usd`): national budget first,
        then by funder kind, funder and when entered."""
        rows = self._store.db.query(
            f"SELECT * FROM {TABLE} WHERE year = ? ORDER BY {_KIND_ORDER}, funder, created_at, id",
            [year],
        )
        return [_with_usd(row) for row in rows]

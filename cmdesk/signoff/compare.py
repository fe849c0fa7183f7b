"""What changed in a reporting year: a snapshot against today's data, or two snapshots.

`compare_year` returns a plain `Comparison`: per row that differs (a value, a funding
line, a casualty record, a narrative, the submission details), whether it was added,
removed or changed, field by field (old -> new, raw and as text), and who changed it
and when: the audit-log rows of that row after the older snapshot (and, between two
snapshots, up to the newer one). The CLI prints it, the GUI shows it in a table.

Casualty records' personal fields (name, village, coordinates) are marked `personal`:
callers hide their values unless the user asked to see them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from cmdesk.casualties import PERSONAL_FIELDS, code_labels, field_labels
from cmdesk.catalog import TOTAL, Catalog
from cmdesk.collation import sort_key
from cmdesk.funding import format_money, funder_kind_label
from cmdesk.i18n import translate
from cmdesk.narratives import status_label as narrative_status_label
from cmdesk.numbers import EXACT, format_qualified
from cmdesk.store.snapshots import TABLES, Rows, Snapshot

if TYPE_CHECKING:
    from cmdesk.store import Store

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
IGNORED_FIELDS = {("narratives", "based_on"), ("narratives", "indicator")}
"""Fields kept but not compared: `based_on` is CMDesk's own note of the figures a
narrative was drafted from, not something the State wrote or sent."""


def table_labels() -> dict[str, str]:
    """What each kind of row is called, in TABLES order."""
    return {
        "aggregate_values": translate("Compare", "Values"),
        "funding_lines": translate("Compare", "Funding lines"),
        "casualties": translate("Compare", "Casualty records"),
        "narratives": translate("Compare", "Narratives"),
        "submission_details": translate("Compare", "Submission details"),
    }


class FieldChange(NamedTuple):
    field: str
    label: str  # the field's name for people
    old: object  # None: no value (or the row did not exist)
    new: object
    old_text: str
    new_text: str
    personal: bool = False  # a casualty record's name, village or coordinates
    # A value's qualifier ("more_than", "about", "at_least"; "" exact) before and after:
    # part of the value (cmdesk.numbers), so a change of it alone is a change of the value.
    old_qualifier: str = ""
    new_qualifier: str = ""


class Edit(NamedTuple):
    """One audit-log row behind a change: who did what, when."""

    who: str
    at: str  # UTC, ISO 8601
    field: str  # "*" for the whole row (added, deleted, restored, merged)
    old: str | None
    new: str | None


class RowChange(NamedTuple):
    table: str
    key: str  # the row's key in the audit log
    label: str  # the row for people: "PWDF · Prostheses, lower limb · Total"
    action: str  # ADDED, REMOVED or CHANGED
    fields: tuple[FieldChange, ...]
    edits: tuple[Edit, ...]

    @property
    def who(self) -> tuple[str, ...]:
        """Who changed the row, in order of their first change."""
        return tuple(dict.fromkeys(edit.who for edit in self.edits))

    @property
    def last_at(self) -> str | None:
        return self.edits[-1].at if self.edits else None


class Comparison(NamedTuple):
    year: int
    older: Snapshot
    newer: Snapshot | None  # None: today's data
    changes: tuple[RowChange, ...]

    def of(self, table: str) -> list[RowChange]:
        return [change for change in self.changes if change.table == table]

    def counts(self) -> dict[str, int]:
        """How many rows of each table differ (every table of TABLES)."""
        return {table: len(self.of(table)) for table in TABLES}

    def as_json(self, personal: bool = False) -> dict:
        """A JSON-ready dict; personal fields' values are left out unless `personal`."""
        def change_json(change: RowChange) -> dict:
            # _asdict is not recursive: the fields and edits are made dicts one by one.
            data = change._asdict()
            data["fields"] = [
                {**field, **({} if personal or not field["personal"] else
                             {"old": None, "new": None, "old_text": "", "new_text": ""})}
                for field in (f._asdict() for f in change.fields)]
            hidden = {f.field for f in change.fields if f.personal} if not personal else set()
            data["edits"] = [{**edit, **({"old": None, "new": None} if edit["field"] in hidden
                                         or edit["field"] == "*" else {})}
                             for edit in (e._asdict() for e in change.edits)]
            return data

        return {
            "year": self.year,
            "older": self.older._asdict(),
            "newer": self.newer._asdict() if self.newer else None,
            "changes": [change_json(change) for change in self.changes],
        }


# --- describing rows and values -------------------------------------------------------------


class _Describer:
    """Row labels and values as people read them, from the catalog and the code lists."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.sources = {source.code: source.name for source in catalog.sources}
        self.provinces = {province.code: province.name for province in catalog.provinces}
        self.casualty_fields = field_labels()
        self.casualty_fields["province_code"] = self.casualty_fields.get("province", "province_code")
        self.generic = {
            "value": translate("Compare", "Value"), "comment": translate("Compare", "Comment"),
            "funder": translate("Compare", "Funder"), "funder_kind": translate("Compare", "Funder kind"),
            "purpose": translate("Compare", "Purpose"), "amount": translate("Compare", "Amount"),
            "currency": translate("Compare", "Currency"),
            "rate_to_usd": translate("Compare", "Rate to US$"),
            "earmarked": translate("Compare", "Earmarked"), "note": translate("Compare", "Note"),
            "year": translate("Compare", "Year"), "status": translate("Compare", "Status"),
            "narrative": translate("Compare", "Narrative"),
            "committee_request": translate("Compare", "Committee's request"),
            "state_answer": translate("Compare", "Answer"),
            "focal_point": translate("Compare", "Focal point"),
            "contact_name": translate("Compare", "Contact name"),
            "contact_position": translate("Compare", "Position"),
            "contact_email": translate("Compare", "E-mail"),
            "contact_phone": translate("Compare", "Telephone"),
            "contact_address": translate("Compare", "Address"),
            "submission_date": translate("Compare", "Submission date"),
            "unanswered_requests": translate("Compare", "Unanswered requests"),
        }

    def item_label(self, code: str) -> str:
        return self.catalog.item(code).label if self.catalog.has_item(code) else code

    def part_label(self, part: str) -> str:
        return translate("Compare", "Total") if part == TOTAL else self.catalog.parts.get(part, part)

    def row_label(self, table: str, data: dict) -> str:
        if table == "aggregate_values":
            return " · ".join((self.sources.get(data["source"], data["source"]),
                               self.item_label(data["item"]), self.part_label(data["part"])))
        if table == "funding_lines":
            purpose = (data.get("purpose") or "").strip()
            return f"{data['funder']} · {purpose}" if purpose else str(data["funder"])
        if table == "casualties":
            if data.get("source_id"):
                return translate("Compare", "CMVIS {number}").format(number=data["source_id"])
            return translate("Compare", "Record of {date}, {province} (no CMVIS number)").format(
                date=data.get("incident_date") or "?",
                province=self.provinces.get(data.get("province_code") or "", "?"))
        if table == "narratives":
            return translate("Compare", "Indicator {code}").format(code=data.get("indicator", ""))
        return translate("Compare", "Submission details")

    def field_label(self, table: str, field: str) -> str:
        if table == "casualties":
            return self.casualty_fields.get(field, field)
        return self.generic.get(field, field)

    def value_text(self, table: str, field: str, value: Any) -> str:
        if table == "submission_details" and field == "unanswered_requests" and not value:
            return translate("Compare", "left out of the VA update")
        if value is None or value == "":
            return translate("Compare", "(empty)")
        if table == "casualties":
            if field == "province_code":
                return self.provinces.get(value, str(value))
            labels = code_labels(field) if field in ("device_type", "outcome", "amputation", "status",
                                                     "sex", "age_group") else {}
            return labels.get(value, str(value))
        if table == "funding_lines":
            if field == "funder_kind":
                return funder_kind_label(str(value))
            if field == "amount":
                return format_money(float(value))
            if field == "earmarked":
                return translate("Compare", "yes") if value else translate("Compare", "no")
        if table == "submission_details" and field == "unanswered_requests":
            return translate("Compare", "said in the State's voice")
        if table == "narratives" and field == "status":
            return narrative_status_label(str(value))
        if table == "aggregate_values" and field == "value" and isinstance(value, int):
            return f"{value:,}"
        return str(value)


# --- comparing --------------------------------------------------------------------------------


def _value_change(describe: _Describer, old: dict | None, new: dict | None) -> FieldChange | None:
    """A value and its qualifier as one field: "2,800 -> over 2,800" is a change."""
    before, after = (old or {}).get("value"), (new or {}).get("value")
    # Snapshots kept before qualifiers were kept have none: their values were exact.
    old_qualifier = (old or {}).get("qualifier") or EXACT
    new_qualifier = (new or {}).get("qualifier") or EXACT
    if (before, old_qualifier) == (after, new_qualifier):
        return None

    def text(value: object, qualifier: str) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return format_qualified(value, qualifier)
        return describe.value_text("aggregate_values", "value", value)

    return FieldChange("value", describe.field_label("aggregate_values", "value"), before, after,
                       text(before, old_qualifier) if old is not None else "",
                       text(after, new_qualifier) if new is not None else "",
                       old_qualifier=old_qualifier, new_qualifier=new_qualifier)


def _field_changes(describe: _Describer, table: str, old: dict | None, new: dict | None
                   ) -> list[FieldChange]:
    names = list(dict.fromkeys([*(old or {}), *(new or {})]))
    changes = []
    for name in names:
        if (table, name) in IGNORED_FIELDS:
            continue
        if table == "aggregate_values" and name in ("value", "qualifier"):
            if name == "value":
                change = _value_change(describe, old, new)
                changes += [change] if change is not None else []
            continue
        before = (old or {}).get(name)
        after = (new or {}).get(name)
        if before == after or (old is None and after in (None, "")) or (new is None and before in (None, "")):
            continue
        if before in (None, "") and after in (None, ""):
            continue  # a field a snapshot of an older CMDesk had not, and still empty
        changes.append(FieldChange(
            name, describe.field_label(table, name), before, after,
            describe.value_text(table, name, before) if old is not None else "",
            describe.value_text(table, name, after) if new is not None else "",
            table == "casualties" and name in PERSONAL_FIELDS))
    return changes


def compare_rows(store: "Store", catalog: Catalog, older: Rows, newer: Rows,
                 after_mark: int, up_to_mark: int | None) -> list[RowChange]:
    """The rows that differ between `older` and `newer` (each {table: {key: data}}),
    with the audit-log rows of each between the two marks."""
    describe = _Describer(catalog)
    edits: dict[tuple[str, str], list[Edit]] = {}
    for row in store.audit.entries(TABLES, after_mark, up_to_mark):
        edits.setdefault((row["table_name"], row["row_key"]), []).append(
            Edit(row["who"], row["at"], row["field"], row["old_value"], row["new_value"]))
    result = []
    for table in TABLES:
        before, after = older.get(table, {}), newer.get(table, {})
        found = []
        for key in dict.fromkeys([*before, *after]):
            old, new = before.get(key), after.get(key)
            if old == new:
                continue
            fields = _field_changes(describe, table, old, new)
            if old is not None and new is not None and not fields:
                continue  # only ignored fields differ
            action = ADDED if old is None else REMOVED if new is None else CHANGED
            found.append(RowChange(table, key, describe.row_label(table, new or old or {}), action,
                                   tuple(fields), tuple(edits.get((table, key), ()))))
        result += sorted(found, key=lambda change: (sort_key(change.label), change.key))
    return result


def compare_year(store: "Store", catalog: Catalog, year: int, snapshot_id: str | None = None,
                 with_id: str | None = None) -> Comparison:
    """What changed in `year`: from snapshot `snapshot_id` (default: the latest) to
    today's data, or to snapshot `with_id`. Ids may be given by their first
    characters. Two snapshots are compared oldest first, whichever order they are
    given in. InputError when the year has no snapshot or an id matches none."""
    from cmdesk.errors import InputError

    if snapshot_id is None:
        older = store.snapshots.latest(year)
        if older is None:
            raise InputError(translate(
                "Compare", "{year} has no snapshot yet: a snapshot is kept when the year is "
                "submitted.").format(year=year))
    else:
        older = store.snapshots.find(year, snapshot_id)
    newer = store.snapshots.find(year, with_id) if with_id is not None else None
    if newer is not None and (newer.taken_at, newer.audit_mark) < (older.taken_at, older.audit_mark):
        older, newer = newer, older
    older_rows = store.snapshots.rows(older.id)
    newer_rows = store.snapshots.rows(newer.id) if newer else store.snapshots.current_rows(year)
    changes = compare_rows(store, catalog, older_rows, newer_rows, older.audit_mark,
                           newer.audit_mark if newer else None)
    return Comparison(year, older, newer, tuple(changes))


def comparison_text(comparison: Comparison, catalog: Catalog, personal: bool = False) -> list[str]:
    """The comparison as lines of plain text (what the CLI prints)."""
    older = comparison.older
    newer = comparison.newer
    lines = [translate("Compare", "{year}: the snapshot of {older_at} (submitted by {older_by}) "
                       "against {newer}.").format(
        year=comparison.year, older_at=_when(older.taken_at), older_by=older.taken_by,
        newer=(translate("Compare", "the snapshot of {at} (submitted by {who})").format(
            at=_when(newer.taken_at), who=newer.taken_by) if newer else translate(
            "Compare", "today's data")))]
    if not comparison.changes:
        lines.append(translate("Compare", "Nothing changed."))
        return lines
    actions = {ADDED: translate("Compare", "added"), REMOVED: translate("Compare", "removed"),
               CHANGED: translate("Compare", "changed")}
    hidden = translate("Compare", "(personal data: use --personal to show)")
    for table, label in table_labels().items():
        changes = comparison.of(table)
        if not changes:
            continue
        lines.append("")
        lines.append(f"{label} ({len(changes)})")
        for change in changes:
            lines.append(f"  {change.label}: {actions[change.action]}")
            for field in change.fields:
                if field.personal and not personal:
                    lines.append(f"    {field.label}: {hidden}")
                elif change.action == CHANGED:
                    lines.append(f"    {field.label}: {_one_line(field.old_text)} -> {_one_line(field.new_text)}")
                else:
                    lines.append(f"    {field.label}: {_one_line(field.new_text or field.old_text)}")
            if change.edits:
                lines.append("    " + translate("Compare", "by {who}, last on {at}").format(
                    who=", ".join(change.who), at=_when(change.last_at or "")))
            else:
                lines.append("    " + translate("Compare", "(no change recorded in the audit log)"))
    return lines


def _when(at: str) -> str:
    """An audit time as people read it: 2025-04-30 09:15 (UTC)."""
    return at.replace("T", " ")[:16]


def _one_line(text: str, limit: int = 120) -> str:
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 1] + "…"

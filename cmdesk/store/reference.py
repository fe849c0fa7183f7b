"""Reference data as stored: provinces, reporting sources, items, SRAAP indicators."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from cmdesk.catalog import TOTAL, Catalog, Item
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store


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

    # --- the catalog as this database has it --------------------------------------------

    def catalog(self, shipped: Catalog) -> Catalog:
        """`shipped` with the items and reporting sources as stored in this database:
        items added here, labels changed here, retired items, renamed sources.
        Stored rows are the truth, so every copy of a database agrees."""
        parts: dict[str, list[str]] = {}
        for row in self._store.db.query("SELECT item_code, part FROM item_parts"):
            parts.setdefault(row["item_code"], []).append(row["part"])
        part_order = list(shipped.parts)
        items = [
            Item(
                code=row["code"],
                label=row["label"],
                group=row["group_code"],
                unit=row["unit"],
                parts=tuple(sorted(parts.get(row["code"], ()), key=part_order.index)),
                kind=row["kind"],
                components=tuple(json.loads(row["components"])),
                retired=bool(row["retired"]),
            )
            for row in self._store.db.query(
                "SELECT code, label, group_code, unit, kind, components, retired "
                "FROM items ORDER BY sort_order, code"
            )
        ]
        names = {row["code"]: row["name"] for row in self._store.db.query("SELECT code, name FROM sources")}
        sources = [source._replace(name=names.get(source.code, source.name)) for source in shipped.sources]
        return shipped.replace(items=items, sources=sources)

    def add_item(self, item: Item) -> None:
        """Add an item to this database's catalog (after the last item of its group)."""
        catalog = self._store.catalog
        problems = _item_problems(catalog, item)
        if catalog.has_item(item.code) or any(c.code == item.code for c in catalog.computed):
            problems.insert(0, translate("Catalog", "the code {code} is already used (codes are never "
                                         "reused, even for retired items)").format(code=item.code))
        if not _CODE.fullmatch(item.code):
            problems.insert(0, translate("Catalog", "the code must be lowercase letters, digits, '_' and "
                                         "'.', starting with a letter (for example svc.home_visits)"))
        if problems:
            raise InputError(translate("Catalog", "The item cannot be added: {problems}.")
                             .format(problems="; ".join(problems)))
        db = self._store.db
        # Pages list a group's items by sort_order: the new one comes last in its group.
        (order,) = db.execute("SELECT COALESCE(MAX(sort_order), 0) FROM items").fetchone()
        with db.atomic():
            db["items"].insert({
                **new_row(self._store.office.code), "code": item.code, "label": item.label.strip(),
                "group_code": item.group, "unit": item.unit, "kind": item.kind,
                "components": json.dumps(list(item.components)), "sort_order": order + 1,
            })
            db["item_parts"].insert_all([{"item_code": item.code, "part": part} for part in item.parts])
            self._store.audit.record("items", item.code, "*", None, "added")
            self._store.catalog = self.catalog(self._store.catalog)

    def update_item(self, code: str, *, label: str | None = None, retired: bool | None = None) -> None:
        """Rename an item or retire it (or bring it back). Its code, and every value
        stored for it, stay as they are."""
        catalog = self._store.catalog
        catalog.item(code)  # CatalogError when unknown
        changes: dict[str, object] = {}
        if label is not None:
            if not label.strip():
                raise InputError(translate("Catalog", "An item needs a label."))
            changes["label"] = label.strip()
        if retired is not None:
            changes["retired"] = int(retired)
        self._update("items", code, changes)

    def rename_source(self, code: str, name: str) -> None:
        """Give an editable reporting source (a PRC whose name was not known) its name."""
        source = self._store.catalog.source(code)
        if not source.editable:
            raise InputError(translate("Catalog", "{name} is a fixed reporting source; only the "
                                       "rehabilitation centres' names can be changed.").format(name=source.name))
        if not name.strip():
            raise InputError(translate("Catalog", "A reporting source needs a name."))
        self._update("sources", code, {"name": name.strip()})

    def source_contacts(self) -> dict[str, str]:
        """Each reporting source's e-mail address, where one is entered."""
        return {row["code"]: row["contact_email"] for row in self._store.db.query(
            "SELECT code, contact_email FROM sources WHERE contact_email != ''")}

    def set_source_contact(self, code: str, email: str) -> None:
        """Give a reporting source the e-mail address its collection workbook goes to
        ("" removes it)."""
        source = self._store.catalog.source(code)
        email = email.strip()
        if email and not _EMAIL.fullmatch(email):
            raise InputError(translate("Catalog", "{name}: '{email}' is not an e-mail address "
                                       "(name@example.org).").format(name=source.name, email=email))
        self._update("sources", code, {"contact_email": email})
    def locate_source(self, code: str, province_code: str | None) -> None:
        """Say which province a reporting source is located in (None: not known): a
        provincial office sends the values of the sources located in its province."""
        self._store.catalog.source(code)  # CatalogError when unknown
        if province_code is not None and not self._store.db.execute(
                "SELECT 1 FROM provinces WHERE code = ?", [province_code]).fetchone():
            raise InputError(translate("Catalog", "Unknown province '{code}'.").format(code=province_code))
        self._update("sources", code, {"province_code": province_code})

    def _update(self, table: str, code: str, changes: dict[str, object]) -> None:
        db = self._store.db
        names = list(changes)
        with db.atomic():
            old = db.execute(f"SELECT {', '.join(names)} FROM {table} WHERE code = ?", [code]).fetchone()
            assignments = ", ".join(f"{name} = ?" for name in names)
            db.execute(f"UPDATE {table} SET {assignments}, modified_at = ? WHERE code = ?",
                       [*changes.values(), utc_now(), code])
            for name, before in zip(names, old):
                if before != changes[name]:
                    self._store.audit.record(table, code, name, before, changes[name])
            self._store.catalog = self.catalog(self._store.catalog)


_EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")
_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


def _item_problems(catalog: Catalog, item: Item) -> list[str]:
    problems = []
    if not item.label.strip():
        problems.append(translate("Catalog", "it needs a label"))
    if item.group not in {group.code for group in catalog.groups}:
        problems.append(translate("Catalog", "unknown group '{group}'").format(group=item.group))
    if item.unit not in catalog.units:
        problems.append(translate("Catalog", "unknown unit '{unit}'").format(unit=item.unit))
    unknown = [part for part in item.parts if part not in catalog.parts]
    if unknown:
        problems.append(translate("Catalog", "unknown part(s) {parts}").format(parts=", ".join(unknown)))
    if item.kind not in ("count", "stated_total"):
        problems.append(translate("Catalog", "unknown kind '{kind}'").format(kind=item.kind))
    if item.kind == "stated_total":
        if not item.components:
            problems.append(translate("Catalog", "a stated total needs the items it should add up"))
        missing = [code for code in item.components if not catalog.has_item(code)]
        if missing:
            problems.append(translate("Catalog", "unknown component(s) {codes}").format(codes=", ".join(missing)))
    return problems

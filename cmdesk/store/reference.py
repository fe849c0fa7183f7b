"""Reference data as stored: provinces, reporting sources, items, SRAAP indicators."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.store.rows import new_row

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

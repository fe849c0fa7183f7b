"""Loading the catalog: each TOML file of `resources/catalog` read and checked, and
the Catalog made from them; a fault is a CatalogError naming the file and entry."""

from __future__ import annotations

from pathlib import Path

from cmdesk.catalog.compilation import load_compilation
from cmdesk.catalog.files import read_catalog_file, require, unique
from cmdesk.catalog.model import (
    TOTAL,
    Action,
    Catalog,
    ComputedItem,
    Group,
    Indicator,
    Item,
    Province,
    Source,
)
from cmdesk.catalog.rules import load_rules
from cmdesk.catalog.sentences import load_sentences
from cmdesk.errors import CatalogError
from cmdesk.paths import catalog_dir


def load_catalog(directory: Path | None = None) -> Catalog:
    """Load and check the catalog in `directory` (default: the shipped one)."""
    directory = directory or catalog_dir()

    data = read_catalog_file(directory, "provinces.toml")
    provinces = [
        Province(
            code=require(p, "code", f"provinces.toml, province {n}"),
            name=require(p, "name", f"provinces.toml, province {n}"),
            name_km=require(p, "name_km", f"provinces.toml, province {n}"),
        )
        for n, p in enumerate(data.get("province", []), 1)
    ]
    unique([p.code for p in provinces], "province", "provinces.toml")
    province_codes = {p.code for p in provinces}

    data = read_catalog_file(directory, "sources.toml")
    source_kinds = dict(data.get("kinds", {}))
    sources = []
    for n, s in enumerate(data.get("source", []), 1):
        where = f"sources.toml, source {n}"
        source = Source(
            code=require(s, "code", where),
            name=require(s, "name", where),
            kind=require(s, "kind", where),
            province=s.get("province"),
            editable=bool(s.get("editable", False)),
        )
        if source.kind not in source_kinds:
            raise CatalogError(f"{where} ('{source.code}'): unknown kind '{source.kind}'.")
        if source.province is not None and source.province not in province_codes:
            raise CatalogError(
                f"{where} ('{source.code}'): unknown province '{source.province}'."
            )
        sources.append(source)
    unique([s.code for s in sources], "source", "sources.toml")

    data = read_catalog_file(directory, "items.toml")
    units = dict(data.get("units", {}))
    parts = dict(data.get("parts", {}))
    if TOTAL in parts:
        raise CatalogError(f"items.toml: '{TOTAL}' is reserved and cannot be a part.")
    groups = [
        Group(
            code=require(g, "code", f"items.toml, group {n}"),
            label=require(g, "label", f"items.toml, group {n}"),
            page=require(g, "page", f"items.toml, group {n}"),
        )
        for n, g in enumerate(data.get("group", []), 1)
    ]
    unique([g.code for g in groups], "group", "items.toml")
    group_codes = {g.code for g in groups}

    items = []
    for n, i in enumerate(data.get("item", []), 1):
        where = f"items.toml, item {n}"
        code = require(i, "code", where)
        where = f"items.toml, item '{code}'"
        item = Item(
            code=code,
            label=require(i, "label", where),
            group=require(i, "group", where),
            unit=require(i, "unit", where),
            parts=tuple(i.get("parts", ())),
            kind=i.get("kind", "count"),
            components=tuple(i.get("components", ())),
        )
        if item.group not in group_codes:
            raise CatalogError(f"{where}: unknown group '{item.group}'.")
        if item.unit not in units:
            raise CatalogError(f"{where}: unknown unit '{item.unit}'.")
        for part in item.parts:
            if part not in parts:
                raise CatalogError(f"{where}: unknown part '{part}'.")
        if item.kind not in ("count", "stated_total"):
            raise CatalogError(f"{where}: unknown kind '{item.kind}'.")
        if item.kind == "stated_total" and not item.components:
            raise CatalogError(f"{where}: a stated total needs its components.")
        items.append(item)

    computed = []
    for n, c in enumerate(data.get("computed", []), 1):
        code = require(c, "code", f"items.toml, computed {n}")
        where = f"items.toml, computed '{code}'"
        row = ComputedItem(
            code=code,
            label=require(c, "label", where),
            group=require(c, "group", where),
            unit=require(c, "unit", where),
            sum_of=tuple(require(c, "sum_of", where)),
            columns=tuple(c.get("columns", ())),
        )
        if row.columns and len(row.columns) != len(row.sum_of):
            raise CatalogError(f"{where}: give one column heading per item of sum_of "
                               f"({len(row.sum_of)}), not {len(row.columns)}.")
        if row.group not in group_codes:
            raise CatalogError(f"{where}: unknown group '{row.group}'.")
        if row.unit not in units:
            raise CatalogError(f"{where}: unknown unit '{row.unit}'.")
        computed.append(row)
    unique([i.code for i in items] + [c.code for c in computed], "item", "items.toml")

    item_codes = {i.code for i in items}
    for item in items:
        for component in item.components:
            if component not in item_codes:
                raise CatalogError(
                    f"items.toml, item '{item.code}': unknown component '{component}'."
                )
    for row in computed:
        for component in row.sum_of:
            if component not in item_codes:
                raise CatalogError(
                    f"items.toml, computed '{row.code}': unknown item '{component}'."
                )

    data = read_catalog_file(directory, "sraap.toml")
    actions = []
    for n, a in enumerate(data.get("action", []), 1):
        where = f"sraap.toml, action {n}"
        number = a.get("number")
        if not isinstance(number, int):
            raise CatalogError(f"{where}: 'number' must be a whole number.")
        indicators = tuple(
            Indicator(
                code=require(ind, "code", f"{where}, indicator {k}"),
                action=number,
                text=require(ind, "text", f"{where}, indicator {k}"),
            )
            for k, ind in enumerate(a.get("indicator", []), 1)
        )
        if not indicators:
            raise CatalogError(f"{where}: an action needs at least one indicator.")
        actions.append(
            Action(
                number=number,
                cross_cutting=bool(a.get("cross_cutting", False)),
                theme=require(a, "theme", where),
                indicators=indicators,
                figures=tuple(a.get("figures", ())),
            )
        )
        for figure in actions[-1].figures:
            kind, _, code = figure.partition(":")
            if not (figure in ("casualties", "funding")
                    or (kind == "group" and code in group_codes)
                    or (kind == "item" and code in {i.code for i in items})):
                raise CatalogError(
                    f"{where}: unknown figures '{figure}' (give \"casualties\", \"funding\", "
                    f"\"group:<group code>\" or \"item:<item code>\").")
    unique([str(a.number) for a in actions], "action", "sraap.toml")
    unique([i.code for a in actions for i in a.indicators], "indicator", "sraap.toml")

    rules = load_rules(directory, items, parts)
    sentences = load_sentences(directory, items, computed,
                               {i.code for a in actions for i in a.indicators}, group_codes)
    compilation = load_compilation(
        read_catalog_file(directory, "compilation.toml"), [s.code for s in sources],
        source_kinds, [i.code for i in items], group_codes)

    return Catalog(
        rules=rules,
        compilation=compilation,
        provinces=provinces,
        source_kinds=source_kinds,
        sources=sources,
        units=units,
        parts=parts,
        groups=groups,
        items=items,
        computed=computed,
        actions=actions,
        sentences=sentences,
    )

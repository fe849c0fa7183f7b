"""The catalog's Khmer labels, and the catalog as a Khmer reader sees it.

Each entry people read has, next to its English, a Khmer label in the same TOML file
(`label_km` beside `label`, `name_km`, `theme_km`, `description_km`, `message_km`,
`text_km`, and tables `units_km`, `parts_km`, `kinds_km`). `in_khmer(catalog)` gives
a copy of a catalog whose labels are the Khmer ones, for the window and the command
line in Khmer; the copy keeps the English one as `.english`, which the documents for
the Convention use, and the indicator texts stay the Committee's English (their
Khmer is a gloss, `indicator_gloss`).

An entry renamed in a database (Tools > Items and reporting sources) shows as it was
renamed: its Khmer label is for the English it had when shipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, TypeVar

from cmdesk.catalog import Catalog, read_catalog_file
from cmdesk.errors import CatalogError

KHMER = "km"
T = TypeVar("T")


class KhmerLabels(NamedTuple):
    """code -> (shipped English, Khmer), per kind of entry; tables code -> Khmer."""

    groups: dict[str, tuple[str, str]]
    items: dict[str, tuple[str, str]]  # items and computed rows
    columns: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # computed rows' columns
    sources: dict[str, tuple[str, str]]
    themes: dict[int, str]
    indicators: dict[str, str]
    rules: dict[str, tuple[str, str]]  # code -> (description_km, message_km)
    sections: dict[str, str]
    units: dict[str, str]
    parts: dict[str, str]
    source_kinds: dict[str, str]


def _pairs(entries: list[dict], key: str, where: str, code_key: str = "code") -> dict:
    found = {}
    for n, entry in enumerate(entries, 1):
        khmer = entry.get(f"{key}_km")
        if not isinstance(khmer, str) or not khmer.strip():
            raise CatalogError(f"{where} {n} ('{entry.get(code_key)}'): '{key}_km', its Khmer "
                               f"{key}, is missing or empty.")
        found[entry[code_key]] = (entry[key], khmer)
    return found


def _table(data: dict, name: str, filename: str) -> dict[str, str]:
    english, khmer = data.get(name, {}), data.get(f"{name}_km", {})
    missing = sorted(set(english) - set(khmer))
    if missing:
        raise CatalogError(f"{filename}: [{name}_km] has no Khmer for {', '.join(missing)}.")
    return dict(khmer)


def _columns(entries: list[dict], where: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """code -> (English, Khmer) of each computed row's document columns."""
    found = {}
    for n, entry in enumerate(entries, 1):
        english, khmer = tuple(entry.get("columns", ())), tuple(entry.get("columns_km", ()))
        if len(khmer) != len(english) or not all(isinstance(k, str) and k.strip() for k in khmer):
            raise CatalogError(f"{where} {n} ('{entry.get('code')}'): 'columns_km', the Khmer of its "
                               f"{len(english)} columns, is missing or has not one per column.")
        if english:
            found[entry["code"]] = (english, khmer)
    return found


def load_khmer_labels(directory: Path | None = None) -> KhmerLabels:
    """The Khmer labels of the catalog in `directory` (default: the shipped one); an
    entry without its Khmer label is a CatalogError naming it."""
    items_file = read_catalog_file(directory, "items.toml")
    sources_file = read_catalog_file(directory, "sources.toml")
    sraap = read_catalog_file(directory, "sraap.toml")
    rules_file = read_catalog_file(directory, "rules.toml")
    returns_file = read_catalog_file(directory, "returns.toml")
    actions = sraap.get("action", [])
    rules = {}
    for n, rule in enumerate(rules_file.get("rule", []), 1):
        for key in ("description", "message"):
            if not str(rule.get(f"{key}_km", "")).strip():
                raise CatalogError(f"rules.toml, rule {n} ('{rule.get('code')}'): '{key}_km', its "
                                   f"Khmer {key}, is missing or empty.")
        rules[rule["code"]] = (rule["description_km"], rule["message_km"])
    return KhmerLabels(
        groups=_pairs(items_file.get("group", []), "label", "items.toml, group"),
        items={**_pairs(items_file.get("item", []), "label", "items.toml, item"),
               **_pairs(items_file.get("computed", []), "label", "items.toml, computed")},
        columns=_columns(items_file.get("computed", []), "items.toml, computed"),
        sources=_pairs(sources_file.get("source", []), "name", "sources.toml, source"),
        themes={n: km for n, (_, km) in
                _pairs(actions, "theme", "sraap.toml, action", code_key="number").items()},
        indicators={code: km for action in actions for code, (_, km) in
                    _pairs(action.get("indicator", []), "text", "sraap.toml, indicator").items()},
        rules=rules,
        sections={code: km for code, (_, km) in _pairs(
            [s for s in returns_file.get("section", []) if "label" in s], "label",
            "returns.toml, section").items()},
        units=_table(items_file, "units", "items.toml"),
        parts=_table(items_file, "parts", "items.toml"),
        source_kinds=_table(sources_file, "kinds", "sources.toml"),
    )


_shipped: KhmerLabels | None = None


def shipped_labels() -> KhmerLabels:
    global _shipped
    if _shipped is None:
        _shipped = load_khmer_labels()
    return _shipped


def _khmer(labels: dict[str, tuple[T, T]], code: str, english: T) -> T:
    """The Khmer of entry `code`, unless a database renamed it from the shipped English."""
    shipped = labels.get(code)
    return shipped[1] if shipped is not None and shipped[0] == english else english


def in_khmer(catalog: Catalog, labels: KhmerLabels | None = None) -> Catalog:
    """`catalog` with its entries' Khmer labels (indicator texts stay English); the
    result's `.english` is `catalog`. Provinces keep their `name` (English): names are
    matched when reading files, and each province has its `name_km` beside it."""
    if catalog.language == KHMER:
        return catalog
    labels = labels or shipped_labels()
    khmer = catalog.replace(
        groups=[g._replace(label=_khmer(labels.groups, g.code, g.label)) for g in catalog.groups],
        items=[i._replace(label=_khmer(labels.items, i.code, i.label)) for i in catalog.items],
        computed=[c._replace(label=_khmer(labels.items, c.code, c.label),
                             columns=_khmer(labels.columns, c.code, c.columns))
                  for c in catalog.computed],
        sources=[s._replace(name=_khmer(labels.sources, s.code, s.name)) for s in catalog.sources],
        actions=[a._replace(theme=labels.themes.get(a.number, a.theme)) for a in catalog.actions],
        rules=[r._replace(description=labels.rules[r.code][0], message=labels.rules[r.code][1])
               if r.code in labels.rules else r for r in catalog.rules],
        units={code: labels.units.get(code, text) for code, text in catalog.units.items()},
        parts={code: labels.parts.get(code, text) for code, text in catalog.parts.items()},
        source_kinds={code: labels.source_kinds.get(code, text)
                      for code, text in catalog.source_kinds.items()},
    )
    khmer.language = KHMER
    khmer.english = catalog
    return khmer


def indicator_gloss(code: str) -> str:
    """The Khmer meaning of an indicator's text (which itself stays the Committee's
    English), or "" when there is none."""
    return shipped_labels().indicators.get(code, "")


def section_label(code: str, english: str) -> str:
    return shipped_labels().sections.get(code, english)

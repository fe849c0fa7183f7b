"""Overview's key figures (resources/catalog/key_figures.toml): which figures, in which
order, over which items; checked against the catalog."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from cmdesk.catalog.files import read_catalog_file
from cmdesk.catalog.model import Catalog
from cmdesk.errors import CatalogError

KEY_FIGURES_FILE = "key_figures.toml"

ITEM_FIGURES = ("devices", "prc_clients", "medical_care")
"""The figures that read an item."""
FIGURE_KEYS = ("casualties", "devices", "prc_clients", "medical_care", "funding", "values_entered")


class KeyFigureSpec(NamedTuple):
    key: str  # one of FIGURE_KEYS
    item: str | None = None
    detail_part: str | None = None


def load_key_figures(catalog: Catalog, directory: Path | None = None) -> tuple[KeyFigureSpec, ...]:
    """Read and check key_figures.toml from `directory` (default: the shipped catalog)."""
    data = read_catalog_file(directory, KEY_FIGURES_FILE)
    figures: list[KeyFigureSpec] = []
    for n, entry in enumerate(data.get("figure", []), 1):
        key = entry.get("key")
        where = f"{KEY_FIGURES_FILE}, figure {n}"
        if key not in FIGURE_KEYS:
            raise CatalogError(f"{where}: 'key' must be one of {', '.join(FIGURE_KEYS)}, not {key!r}.")
        where = f"{KEY_FIGURES_FILE}, figure '{key}'"
        unknown = set(entry) - {"key", "item", "detail_part"}
        if unknown:
            raise CatalogError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}.")
        item, part = entry.get("item"), entry.get("detail_part")
        if key in ITEM_FIGURES and item is None:
            raise CatalogError(f"{where}: 'item' is missing.")
        if key not in ITEM_FIGURES and item is not None:
            raise CatalogError(f"{where}: this figure reads no item; remove 'item'.")
        if item is not None and not catalog.has_item(item):
            raise CatalogError(f"{where}: unknown item '{item}'.")
        if key == "devices" and item is not None and not catalog.item(item).is_stated_total:
            raise CatalogError(f"{where}: '{item}' is not a stated total (kind = \"stated_total\").")
        if part is not None and (item is None or part not in catalog.item(item).parts):
            raise CatalogError(f"{where}: '{part}' is not a part of '{item}'.")
        if any(figure.key == key for figure in figures):
            raise CatalogError(f"{where}: appears twice.")
        figures.append(KeyFigureSpec(key, item, part))
    return tuple(figures)

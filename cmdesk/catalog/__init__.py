"""The reference catalog: provinces, reporting sources, items, parts, units and the
SRAAP actions and indicators, loaded from the TOML files in `resources/catalog`.

The catalog is data. Forms, grid columns, spreadsheet headers and report tables are
generated from it; code never lists items by hand. `load_catalog` checks the files
and raises `CatalogError` naming the file and entry at fault.

model.py holds the records and the Catalog, files.py reads a TOML file (with its
parse cache), rules.py reads and checks the rules, loading.py puts the catalog
together; import them all from here.
"""

from __future__ import annotations

from cmdesk.catalog.compilation import Compilation, NationalFigure, compile_national, load_compilation
from cmdesk.catalog.files import PARSED_FOLDER, read_catalog_file
from cmdesk.catalog.loading import load_catalog
from cmdesk.catalog.model import (
    HEADQUARTERS,
    TOTAL,
    Action,
    Catalog,
    ComputedItem,
    Group,
    Indicator,
    Item,
    Office,
    Province,
    Rule,
    Source,
)
from cmdesk.catalog.rules import RECORD_RULE_NAMES, RULE_KINDS, SEVERITIES, value_cell

__all__ = [
    "HEADQUARTERS", "PARSED_FOLDER", "RECORD_RULE_NAMES", "RULE_KINDS", "SEVERITIES", "TOTAL",
    "Action", "Catalog", "ComputedItem", "Group", "Indicator", "Item", "Office", "Province",
    "Rule", "Source", "load_catalog", "read_catalog_file", "value_cell",
    "Compilation", "NationalFigure", "compile_national", "load_compilation",
]

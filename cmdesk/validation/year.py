"""The year's review: every check over one reporting year.

`year_findings` runs the catalog's rules over each reporting source's values and over
the national view; `unacknowledged_errors` is what blocks a final export and the
year's submission.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cmdesk.catalog import Catalog
from cmdesk.validation import Finding, check_values

if TYPE_CHECKING:
    from cmdesk.store import Store


def year_findings(store: "Store", catalog: Catalog, year: int) -> list[Finding]:
    """Every finding of the year's checks: over each reporting source's values and
    over the national view (a finding found in several is listed once)."""
    from cmdesk.entry import NATIONAL_VIEW, load_grid

    by_source: dict[str, dict] = {}
    for cell, per_source in store.values.by_source(year).items():
        for source, (value, _) in per_source.items():
            by_source.setdefault(source, {})[cell] = value
    national = load_grid(store, catalog, year, NATIONAL_VIEW).values
    found: dict[tuple, Finding] = {}
    for source, values in ((None, national), *by_source.items()):
        for finding in check_values(catalog, values):
            found.setdefault((finding.rule, finding.message), replace(finding, source=source))
    return list(found.values())


def unacknowledged_errors(store: "Store", catalog: Catalog, year: int) -> list[Finding]:
    """The errors of the year that nobody has acknowledged: what blocks a final export
    and the year's submission."""
    return [f for f in year_findings(store, catalog, year) if f.severity == "error"]

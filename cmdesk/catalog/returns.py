"""The returns the reporting sources are expected to send: sections, due dates and who
sends what (resources/catalog/returns.toml), checked against the catalog's groups and
sources. cmdesk/completeness.py compares them with what was received."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from cmdesk.catalog import Catalog, read_catalog_file
from cmdesk.errors import CatalogError

RETURNS_FILE = "returns.toml"

VALUES = "values"
FUNDING = "funding"
CASUALTIES = "casualties"
RECORD_SECTIONS = (FUNDING, CASUALTIES)
"""Sections whose data (funding lines, casualty records) names no reporting source."""

_DUE = re.compile(r"(\d{2})-(\d{2})")


class Section(NamedTuple):
    """A kind of return: an item group's values, the funding lines or the register."""

    code: str
    label: str
    data: str  # VALUES (the items of group `code`), FUNDING or CASUALTIES
    due_month: int
    due_day: int

    def default_due(self, year: int) -> date:
        """The day returns of `year` are due: in the following year."""
        return date(year + 1, self.due_month, self.due_day)


class ReturnDefaults(NamedTuple):
    sections: tuple[Section, ...]
    expected: frozenset[tuple[str, str]]  # (source code, section code)

    def section(self, code: str) -> Section:
        for section in self.sections:
            if section.code == code:
                return section
        raise CatalogError(f"Unknown section '{code}' (returns.toml).")

    def is_expected(self, source: str, section: str) -> bool:
        return (source, section) in self.expected


def load_returns(catalog: Catalog, directory: Path | None = None) -> ReturnDefaults:
    """Read and check returns.toml from `directory` (default: the shipped catalog)."""
    data = read_catalog_file(directory, RETURNS_FILE)
    groups = {group.code: group for group in catalog.groups}
    sections: list[Section] = []
    for n, entry in enumerate(data.get("section", []), 1):
        code = entry.get("code")
        if not code:
            raise CatalogError(f"{RETURNS_FILE}, section {n}: 'code' is missing or empty.")
        where = f"{RETURNS_FILE}, section '{code}'"
        if any(section.code == code for section in sections):
            raise CatalogError(f"{where}: appears twice.")
        if code in groups:
            if "label" in entry:
                raise CatalogError(f"{where}: a group's section takes its label from items.toml; "
                                   f"remove 'label'.")
            kind, label = VALUES, groups[code].label
        elif code in RECORD_SECTIONS:
            key = "label_km" if catalog.language == "km" else "label"  # catalog/khmer.py
            label = entry.get(key)
            if not label:
                raise CatalogError(f"{where}: '{key}' is missing or empty.")
            kind = code
        else:
            raise CatalogError(f"{where}: not an item group of items.toml, nor "
                               f"\"{FUNDING}\" or \"{CASUALTIES}\".")
        due = str(entry.get("due", ""))
        match = _DUE.fullmatch(due)
        if match is None:
            raise CatalogError(f"{where}: 'due' must be a month and day as \"MM-DD\", "
                               f"for example \"01-31\".")
        month, day = int(match[1]), int(match[2])
        try:
            date(2001, month, day)  # not a leap year: 29 February would be missing in most years
        except ValueError:
            raise CatalogError(f"{where}: '{due}' is not a day that every year has.") from None
        sections.append(Section(code, label, kind, month, day))

    section_codes = {section.code for section in sections}
    source_codes = {source.code for source in catalog.sources}
    expected: set[tuple[str, str]] = set()
    for n, entry in enumerate(data.get("expect", []), 1):
        where = f"{RETURNS_FILE}, expect {n}"
        named, kinds = list(entry.get("sources", [])), list(entry.get("kinds", []))
        if not named and not kinds:
            raise CatalogError(f"{where}: give 'sources' or 'kinds'.")
        for code in named:
            if code not in source_codes:
                raise CatalogError(f"{where}: unknown reporting source '{code}'.")
        for kind in kinds:
            if kind not in catalog.source_kinds:
                raise CatalogError(f"{where}: unknown source kind '{kind}'.")
        wanted = list(entry.get("sections", []))
        if not wanted:
            raise CatalogError(f"{where}: 'sections' is missing or empty.")
        for code in wanted:
            if code not in section_codes:
                raise CatalogError(f"{where}: unknown section '{code}'.")
        senders = set(named) | {s.code for s in catalog.sources if s.kind in kinds}
        expected.update((source, section) for source in senders for section in wanted)
    return ReturnDefaults(tuple(sections), frozenset(expected))

"""What every window and page is given instead of globals (design.md, habit 7)."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.store import Store
from ui.settings import Settings


class AppContext:
    # A plain class: start-up defines no dataclass (cmdesk.catalog.Catalog says why).
    def __init__(self, shipped_catalog: Catalog, settings: Settings, user: str,
                 store: Store | None = None, language: str = "en") -> None:
        self.shipped_catalog = shipped_catalog  # what CMDesk ships; new databases start from it
        self.settings = settings
        self.user = user
        self.store = store
        self.language = language  # the window's: "en" or "km"
        self.khmer_digits = False  # figures shown with ០-៩ (View > Khmer digits)
        self._khmer: tuple[Catalog, Catalog] | None = None  # (English, its Khmer copy)

    @property
    def open_store(self) -> Store:
        """The open database, for what runs only while one is open (a page's actions
        and the parts of its review): never None there."""
        assert self.store is not None, "no database is open"
        return self.store

    def figure(self, text: str) -> str:
        """A formatted figure as the window shows it: in Khmer digits when chosen."""
        if not self.khmer_digits:
            return text
        from cmdesk.numbers import khmer_digits

        return khmer_digits(text)

    def office_name(self, office) -> str:
        """An office's name as the window shows it: in Khmer when the window is
        (headquarters, or the provincial office of a province)."""
        return self.catalog.office_name(office)

    def province_name(self, province) -> str:
        """A province's name as the window shows it: in Khmer when the window is."""
        return province.name_km if self.language == "km" else province.name

    def provinces_in_order(self) -> list:
        """The catalog's provinces by the names shown: in Khmer in dictionary order
        (cmdesk.collation), not in their codes' order."""
        from cmdesk.collation import sort_key

        return sorted(self.catalog.provinces, key=lambda p: sort_key(self.province_name(p)))

    @property
    def catalog(self) -> Catalog:
        """The catalog as the open database has it (items added, renamed or retired
        there; PRC names), else the shipped one; in Khmer, its Khmer copy (whose
        `.english` the documents for the Convention use)."""
        catalog = self.store.catalog if self.store is not None else self.shipped_catalog
        if self.language != "km":
            return catalog
        if self._khmer is None or self._khmer[0] is not catalog:
            from cmdesk.catalog.khmer import in_khmer

            self._khmer = (catalog, in_khmer(catalog))
        return self._khmer[1]

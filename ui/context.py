"""What every window and page is given instead of globals (design.md, habit 7)."""

from __future__ import annotations

from dataclasses import dataclass

from cmdesk.catalog import Catalog
from cmdesk.store import Store
from ui.settings import Settings


@dataclass
class AppContext:
    shipped_catalog: Catalog  # what CMDesk ships; new databases start from it
    settings: Settings
    user: str
    store: Store | None = None

    @property
    def catalog(self) -> Catalog:
        """The catalog as the open database has it (items added, renamed or retired
        there; PRC names), else the shipped one."""
        if self.store is not None and self.store.catalog is not None:
            return self.store.catalog
        return self.shipped_catalog

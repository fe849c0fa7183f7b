"""What every window and page is given instead of globals (design.md, habit 7)."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.store import Store
from ui.settings import Settings


class AppContext:
    # A plain class: start-up defines no dataclass (cmdesk.catalog.Catalog says why).
    def __init__(self, shipped_catalog: Catalog, settings: Settings, user: str,
                 store: Store | None = None) -> None:
        self.shipped_catalog = shipped_catalog  # what CMDesk ships; new databases start from it
        self.settings = settings
        self.user = user
        self.store = store

    @property
    def catalog(self) -> Catalog:
        """The catalog as the open database has it (items added, renamed or retired
        there; PRC names), else the shipped one."""
        return self.store.catalog if self.store is not None else self.shipped_catalog

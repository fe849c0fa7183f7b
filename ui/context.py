"""What every window and page is given instead of globals (design.md, habit 7)."""

from __future__ import annotations

from dataclasses import dataclass

from cmdesk.catalog import Catalog
from cmdesk.store import Store
from ui.settings import Settings


@dataclass
class AppContext:
    catalog: Catalog
    settings: Settings
    user: str
    store: Store | None = None

"""What every page of the main window offers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A page shows one part of the open database for the selected reporting year.

    The main window calls `show_year` whenever the database or the year changes;
    a page reads what it needs from `context.store` then. A page that wrote data other
    pages show (an import may bring a new year) emits `content_changed`; one that
    changed the catalog the pages are built from (a package from headquarters brought
    items or sources) emits `catalog_changed`, and the window builds the others again."""

    content_changed = Signal()
    catalog_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def show_year(self, year: int) -> None:
        raise NotImplementedError

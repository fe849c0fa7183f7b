"""The main window's pages, in navigation order."""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.pages.base import Page


class PageSpec(NamedTuple):  # not a dataclass: see ui.settings.Option
    key: str
    title: str
    module: str  # the page's module, imported when the page is first built
    make: Callable[[ModuleType], Page]  # the page, from its module

    def build(self) -> Page:
        return self.make(import_module(self.module))

    def import_module(self) -> bool:
        """Import the page's module if it is not yet; whether it was imported now."""
        if self.module in sys.modules:
            return False
        import_module(self.module)
        return True


def page_specs(context: AppContext) -> list[PageSpec]:
    """Every page of the navigation list, in order. Pages are built, and their modules
    imported, when first shown or once start-up has settled (MainWindow._warm_pages):
    PySide6 makes the Python enums of a Qt class when the class is first imported,
    ~50 ms for the classes the Budget and entry pages use, so building every page up
    front would double start-up (benchmarks/startup.py)."""
    # Named `translate`, not `tr`: pyside6-lupdate reads tr(a, b) as (text, disambiguation).
    translate = QCoreApplication.translate
    services, devices = translate("Pages", "Services"), translate("Pages", "Assistive devices")
    return [
        PageSpec("overview", translate("Pages", "Overview"), "ui.pages.overview",
                 lambda m: m.OverviewPage(context)),
        PageSpec("services", services, "ui.pages.entry",
                 lambda m: m.EntryPage(context, "services", services)),
        PageSpec("devices", devices, "ui.pages.entry",
                 lambda m: m.EntryPage(context, "devices", devices)),
        PageSpec("budget", translate("Pages", "Budget"), "ui.pages.budget",
                 lambda m: m.BudgetPage(context)),
        PageSpec("casualties", translate("Pages", "Casualties"), "ui.pages.casualties",
                 lambda m: m.CasualtiesPage(context)),
        PageSpec("sraap", translate("Pages", "SRAAP & narrative"), "ui.pages.sraap",
                 lambda m: m.SraapPage(context)),
        PageSpec("reports", translate("Pages", "Reports"), "ui.pages.reports",
                 lambda m: m.ReportsPage(context)),
        PageSpec("exchange", translate("Pages", "Data exchange"), "ui.pages.exchange",
                 lambda m: m.ExchangePage(context)),
    ]

"""The main window's pages, in navigation order."""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.pages.base import Page


class PageSpec(NamedTuple):  # not a dataclass: see ui.settings.Option
    key: str
    title: str
    build: Callable[[], Page]


def page_specs(context: AppContext) -> list[PageSpec]:
    """Every page of the navigation list, in order. Pages are built, and their modules
    imported, when first shown: PySide6 makes the Python enums of a Qt class when the
    class is first imported, ~50 ms for the classes the Budget and entry pages use,
    so importing every page up front would double start-up (benchmarks/startup.py)."""
    # Named `translate`, not `tr`: pyside6-lupdate reads tr(a, b) as (text, disambiguation).
    translate = QCoreApplication.translate
    services, devices = translate("Pages", "Services"), translate("Pages", "Assistive devices")
    specs = [
        PageSpec("overview", translate("Pages", "Overview"), lambda: _overview_page(context)),
        PageSpec("services", services, lambda: _entry_page(context, "services", services)),
        PageSpec("devices", devices, lambda: _entry_page(context, "devices", devices)),
        PageSpec("budget", translate("Pages", "Budget"), lambda: _budget_page(context)),
        PageSpec("casualties", translate("Pages", "Casualties"), lambda: _casualties_page(context)),
        PageSpec("sraap", translate("Pages", "SRAAP & narrative"), lambda: _sraap_page(context)),
        PageSpec("reports", translate("Pages", "Reports"), lambda: _reports_page(context)),
        PageSpec("exchange", translate("Pages", "Data exchange"), lambda: _exchange_page(context)),
    ]
    return specs


def _overview_page(context: AppContext) -> Page:
    from ui.pages.overview import OverviewPage

    return OverviewPage(context)


def _entry_page(context: AppContext, section: str, title: str) -> Page:
    from ui.pages.entry import EntryPage

    return EntryPage(context, section, title)


def _budget_page(context: AppContext) -> Page:
    from ui.pages.budget import BudgetPage

    return BudgetPage(context)


def _casualties_page(context: AppContext) -> Page:
    from ui.pages.casualties import CasualtiesPage

    return CasualtiesPage(context)


def _sraap_page(context: AppContext) -> Page:
    from ui.pages.sraap import SraapPage

    return SraapPage(context)


def _reports_page(context: AppContext) -> Page:
    from ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _exchange_page(context: AppContext) -> Page:
    from ui.pages.exchange import ExchangePage

    return ExchangePage(context)

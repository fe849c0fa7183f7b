"""The main window's pages, in navigation order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.budget import BudgetPage
from ui.pages.casualties import CasualtiesPage
from ui.pages.entry import EntryPage
from ui.pages.overview import OverviewPage
from ui.pages.planned import PlannedPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[], Page]


def page_specs(context: AppContext) -> list[PageSpec]:
    """Every page of the navigation list, in order. Pages are built when first shown,
    which keeps start-up close to a bare window's (benchmarks/startup.py)."""
    tr = QCoreApplication.translate
    planned = [
        ("sraap", QCoreApplication.translate("Pages", "SRAAP & narrative"), QCoreApplication.translate("Pages", 
            "For each SRAAP action and indicator: the status, the State's narrative, the "
            "Committee's request and the State's answer, with sentences drafted from the "
            "year's figures.")),
        ("reports", QCoreApplication.translate("Pages", "Reports"), QCoreApplication.translate("Pages", 
            "The submissions: the SRAAP country reporting tracker (xlsx), the VA update and "
            "Form J of the Article 7 report (xlsx and printed PDF).")),
        ("exchange", QCoreApplication.translate("Pages", "Data exchange"), QCoreApplication.translate("Pages", 
            "Import values and casualty records from CSV and Excel files, export raw data, "
            "and exchange packages with provincial offices.")),
    ]
    services, devices = tr("Pages", "Services"), tr("Pages", "Assistive devices")
    specs = [
        PageSpec("overview", tr("Pages", "Overview"), lambda: OverviewPage(context)),
        PageSpec("services", services, lambda: EntryPage(context, "services", services)),
        PageSpec("devices", devices, lambda: EntryPage(context, "devices", devices)),
        PageSpec("budget", tr("Pages", "Budget"), lambda: BudgetPage(context)),
        PageSpec("casualties", tr("Pages", "Casualties"), lambda: CasualtiesPage(context)),
    ]
    specs += [
        PageSpec(key, title, lambda title=title, text=text: PlannedPage(context, title, text))
        for key, title, text in planned
    ]
    return specs

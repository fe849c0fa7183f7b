"""The main window's pages, in navigation order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.overview import OverviewPage
from ui.pages.planned import PlannedPage


def build_pages(context: AppContext) -> list[tuple[str, Page]]:
    """(key, page) for every page of the navigation list, in order."""
    planned = [
        ("services", QCoreApplication.translate("Pages", "Services"), QCoreApplication.translate("Pages", 
            "The year's service figures, typed or pasted like a spreadsheet: rehabilitation "
            "and health, psychological and peer support, social and economic inclusion, and "
            "data collection. One row per item, with Total and its parts (female, child, "
            "survivor), the previous year beside it, and checks as you type.")),
        ("devices", QCoreApplication.translate("Pages", "Assistive devices"), QCoreApplication.translate("Pages", 
            "Devices produced or repaired by each physical rehabilitation centre: prostheses, "
            "orthoses, wheelchairs, walking aids and repairs, with the computed group totals "
            "and the stated total checked against the sum of its parts.")),
        ("budget", QCoreApplication.translate("Pages", "Budget"), QCoreApplication.translate("Pages", 
            "Funding lines for victim assistance: funder, kind, purpose, amount in the "
            "original currency with its rate to US$, earmarked or not; totals by funder kind "
            "and national against international.")),
        ("casualties", QCoreApplication.translate("Pages", "Casualties"), QCoreApplication.translate("Pages", 
            "The casualty register: browse, search and filter every record since 1979, add and "
            "edit records, import CMVIS files, find likely duplicates, and the year's summary "
            "(killed, injured, lost limbs; men, women, boys, girls; device types).")),
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
    pages: list[tuple[str, Page]] = [("overview", OverviewPage(context))]
    pages += [(key, PlannedPage(context, title, text)) for key, title, text in planned]
    return pages

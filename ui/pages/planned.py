"""Pages whose work is planned: they say plainly what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page


class PlannedPage(Page):
    def __init__(self, context: AppContext, title: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.year_label = QLabel()
        self.year_label.setObjectName("pageSubheading")
        layout.addWidget(self.year_label)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.setObjectName("plannedBody")
        layout.addWidget(body)
        status = QLabel(self.tr("This page is planned and not ready yet; the Overview page "
                                "and the command line work today."))
        status.setObjectName("plannedStatus")
        status.setWordWrap(True)
        layout.addWidget(status)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title

    def show_year(self, year: int) -> None:
        self.year_label.setText(self.tr("Reporting year {year}").format(year=year))

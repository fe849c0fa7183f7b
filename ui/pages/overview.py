"""Overview: the open database, its office, the reporting year and its key figures."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmdesk.overview import KeyFigure, key_figures
from ui.context import AppContext
from ui.pages.base import Page

if TYPE_CHECKING:  # imported when the review is first built, after the first paint
    from ui.widgets.completeness import CompletenessWidget
    from ui.widgets.findings import FindingsPanel
    from ui.widgets.year_status import YearStatusWidget

T = TypeVar("T")


def _built(part: T | None) -> T:
    """A part of the review that the steps before built."""
    assert part is not None, "each part is built by the step before the one filling it"
    return part

CARD_COLUMNS = 3


class FigureCard(QFrame):
    """One key figure: the number large, its label and a line of detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value_label = QLabel()
        self.value_label.setObjectName("figureValue")
        self.label = QLabel()
        self.label.setObjectName("figureLabel")
        self.label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("figureDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, figure: KeyFigure, show=str) -> None:
        if figure.value is None:
            self.value_label.setText("—")
            self.detail.setText(self.tr("Nothing entered for this year yet."))
        else:
            number = show(f"{figure.value:,.0f}")
            self.value_label.setText(f"US${number}" if figure.unit == "US$" else number)
            self.detail.setText(show(figure.detail))
        self.label.setText(figure.label)
        self.setToolTip(figure.detail)


class OverviewPage(Page):
    """The page every start shows first. Like the main window it uses no `Qt.…` enum:
    PySide6 builds all the Qt namespace's Python enums (~20 ms) the first time one
    is used, and start-up is measured (benchmarks/startup.py).

    `finding_opened(Finding)` asks the main window to show where a finding is;
    `review_shown` says that the year's review is complete on screen.

    The review (what the database holds, the year's status, the findings of every
    check, the returns) is filled after the first paint, in slices: each part is one
    step run by a zero-delay timer, so that the window answers a click or a key
    between two parts instead of after all of them (benchmarks/startup.py,
    "settled"). Its parts read the store on the GUI thread's connection, in steps of
    a few tens of milliseconds at 130,000 records; none runs on a worker."""

    finding_opened = Signal(object)
    review_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)

        self.demo_banner = QLabel(
            self.tr("DEMO DATABASE: Cambodia's published 2024 figures, for trying CMDesk out. "
                    "Do not enter real data here and do not submit from it.")
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        layout.addWidget(self.demo_banner)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        self.database_line = QLabel()
        self.database_line.setObjectName("pageSubheading")
        self.database_line.setWordWrap(True)
        layout.addWidget(self.database_line)

        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        layout.addLayout(self.grid)
        self.cards: dict[str, FigureCard] = {}

        # The year's review (findings, ...) is built and filled by a zero-delay timer,
        # after the page is first painted: the checks read the whole year, and the
        # first paint is what a user waits for at start-up (benchmarks/startup.py).
        # Everything under the key figures sits in one box, hidden until the first
        # review is complete: its parts are built in steps, and each part added to a
        # shown box would lay out and paint the whole page again (~4 ms a step, a third
        # of settling). Later reviews (another year) fill the shown parts in place.
        self.review_box = QWidget()
        box = QVBoxLayout(self.review_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.review_box.hide()
        layout.addWidget(self.review_box)
        self.review_layout = QVBoxLayout()
        self.review_layout.setSpacing(14)
        box.addLayout(self.review_layout)
        self.findings: FindingsPanel | None = None  # once built
        self.completeness: CompletenessWidget | None = None  # once built
        self.year_status: YearStatusWidget | None = None  # once built
        self._review_year = 0
        self.drawn = False  # the review waits for the window's first paint
        self.review_pending = False  # parts of the review are still to be filled
        self._review_round = 0  # a newer review makes an older one's remaining steps stop

        # Open exchange conflicts (cmdesk.exchange.packages): shown with the review.
        self.conflicts_line = QLabel()
        self.conflicts_line.setObjectName("conflictsLine")
        self.conflicts_line.setWordWrap(True)
        self.conflicts_line.setVisible(False)
        box.addWidget(self.conflicts_line)

        self.years_line = QLabel()
        self.years_line.setWordWrap(True)
        box.addWidget(self.years_line)

        counts_row = QHBoxLayout()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")  # rich text, recognised as such
        counts_row.addWidget(self.counts_label)
        counts_row.addStretch(1)
        box.addLayout(counts_row)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def card(self, key: str) -> FigureCard:
        return self.cards[key]

    def show_year(self, year: int) -> None:
        store = self.context.store
        if store is None:
            return
        self.demo_banner.setVisible(store.is_demo)
        self.heading.setText(self.tr("Overview of {year}").format(year=year))
        self.database_line.setText(
            self.tr("{office}  ·  {path}").format(office=self.context.office_name(store.office),
                                                  path=store.path)
        )
        for index, figure in enumerate(key_figures(store, self.context.catalog, year)):
            if figure.key not in self.cards:
                card = FigureCard()
                self.cards[figure.key] = card
                self.grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards[figure.key].show_figure(figure, self.context.figure)
        self._review_year = year
        if self.drawn:
            # With `self` as context: the timer is dropped if the page is deleted first.
            QTimer.singleShot(0, self, lambda: self.show_review(in_steps=True))

    def _show_contents(self) -> None:
        """What the database holds: its years and its rows of each kind. Filled with
        the review, after the first paint: the rich-text table costs about as much
        to lay out as all the key figures (benchmarks/startup.py)."""
        store = self.context.open_store
        years = store.years.with_data()
        self.years_line.setText(
            self.tr("Years in this database: {years}").format(
                years=", ".join(map(str, years)) if years else self.tr("none yet"))
        )
        counts = store.counts()
        labels = [
            (self.tr("Values entered"), counts["aggregate_values"]),
            (self.tr("Funding lines"), counts["funding_lines"]),
            (self.tr("Casualty records (all years)"), counts["casualties"]),
            (self.tr("SRAAP narratives"), counts["narratives"]),
            (self.tr("Changes in the audit log"), counts["audit_log"]),
        ]
        rows = "".join(
            f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{count:,}</td></tr>"
            for label, count in labels
        )
        title = self.tr("In this database")  # not inside the f-string: lupdate would miss it
        self.counts_label.setText(f"<b>{title}</b><table>{rows}</table>")

    def _show_conflicts(self) -> None:
        years = self.context.open_store.exchange.open_conflict_years()
        total = self.context.open_store.exchange.open_conflict_count()
        self.conflicts_line.setVisible(bool(total))
        if total:
            text = self.tr("{n} change(s) received from other offices wait for your choice "
                           "(Data exchange > Conflicts).").format(n=total)
            if years.get(self._review_year):
                text += " " + self.tr("{n} of them touch {year}: it cannot be marked as checked "
                                      "or submitted until they are settled.").format(
                                          n=years[self._review_year], year=self._review_year)
            self.conflicts_line.setText(text)

    def window_drawn(self) -> None:
        """The main window was drawn for the first time: the review can be read."""
        self.drawn = True
        self.show_review(in_steps=True)

    def show_review(self, in_steps: bool = False) -> None:
        """Build (first time) and fill the year's review (its status, the findings of
        every check, the returns) and what the database holds: at once, or `in_steps`
        (see the class) after the first paint and when the year changes.
        `review_shown` is emitted when every part is filled."""
        if self.context.store is None or not self._review_year:
            return
        year = self._review_year
        # Each step a few milliseconds to a few tens (the first use of a part imports
        # its module and builds its widgets).
        steps = [self._show_contents, self._show_conflicts,
                 self._build_status, lambda: _built(self.year_status).set_year(year),
                 self._build_findings, lambda: _built(self.findings).show_year(year),
                 self._build_completeness, lambda: _built(self.completeness).set_year(year)]
        self._review_round += 1
        self.review_pending = True
        if in_steps:
            self._next_step(self._review_round, steps)
        else:
            for step in steps:
                step()
            self._review_done()

    def _next_step(self, review_round: int, steps: list) -> None:
        if review_round != self._review_round:
            return  # a newer review started: it fills every part itself
        if self.context.store is None or not self.window().isVisible():
            self.review_pending = False  # no database, or the window was closed meanwhile
            return
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, self, lambda: self._next_step(review_round, steps[1:]))
        else:
            self._review_done()

    def _review_done(self) -> None:
        self.review_pending = False
        self.review_box.show()
        self.review_shown.emit()

    def _build_status(self) -> None:
        if self.year_status is not None:
            return
        from ui.widgets.year_status import YearStatusWidget

        self.year_status = YearStatusWidget(self.context)
        self.year_status.status_changed.connect(self._status_changed)
        self.review_layout.addWidget(self.year_status)

    def _build_findings(self) -> None:
        # The page scrolls: each part keeps room for several rows rather than being
        # squeezed into the window's height.
        if self.findings is not None:
            return
        from ui.widgets.findings import FindingsPanel

        self.findings = FindingsPanel(self.context)
        self.findings.setMinimumHeight(260)
        self.findings.open_requested.connect(self.finding_opened)
        self.findings.changed.connect(self._review_changed)
        self.review_layout.addWidget(self.findings)

    def _build_completeness(self) -> None:
        if self.completeness is not None:
            return
        from ui.widgets.completeness import CompletenessWidget
        from ui.widgets.heading import section_heading

        self.review_layout.addWidget(section_heading(self.tr("Returns from the reporting sources")))
        self.completeness = CompletenessWidget(self.context)
        self.completeness.setMinimumHeight(340)
        self.completeness.changed.connect(self.content_changed)
        self.review_layout.addWidget(self.completeness)

    def _status_changed(self, _year: int) -> None:
        # Submitting freezes the year and reopening thaws it: every part is read again,
        # at once (the user's action changed them).
        self.show_review()
        self.content_changed.emit()

    def _review_changed(self) -> None:
        # An acknowledgement can unblock a return's check: the returns are read again
        # (unless not built yet: their own step, still to come, reads them).
        if self.completeness is not None:
            self.completeness.set_year(self._review_year)
        self.content_changed.emit()

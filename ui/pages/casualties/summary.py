"""The Summary tab: the year's figures from the register, with charts savable as PNG."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import code_label
from cmdesk.casualty_summary import by_sex_and_age, per_year_counts, summarise
from cmdesk.errors import InputError
from ui.errors import show_error
from ui.pages.casualties.parts import PagePart

if TYPE_CHECKING:  # imported where used: opening the page at 130,000 records is measured
    from ui.widgets.casualty_charts import BreakdownChart, PerYearChart


CHART_MIN_WIDTH = 260  # pixels: a chart narrower than that shows no bars worth reading


class CasualtySummaryTab(PagePart):
    """The Summary tab's part of CasualtiesPage (which mixes it in)."""

    def _build_summary(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        self.figures_box = QGroupBox()
        form = QFormLayout(self.figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        for key, label in (
            ("total", self.tr("Total")), ("killed", self.tr("Killed")),
            ("injured", self.tr("Injured (all survivors)")),
            ("injured_without_amputation", self.tr("  injured, no amputation")),
            ("amputations", self.tr("  lost limbs (amputations)")),
            ("men", self.tr("Men")), ("women", self.tr("Women")), ("boys", self.tr("Boys")),
            ("girls", self.tr("Girls")), ("sex_age_unknown", self.tr("Sex or age unknown")),
            ("previous_year_total", self.tr("Previous year's total")),
        ):
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(70)
            self.figure_labels[key] = value
            form.addRow(label, value)
        self.breakdown_label = QLabel()
        self.breakdown_label.setWordWrap(True)
        self.breakdown_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(self.breakdown_label)
        layout.addWidget(self.figures_box)
        # The charts (QtCharts, ~0.1 s to import) are built when the tab is first shown.
        self._charts = QVBoxLayout()
        self.per_year_chart: PerYearChart | None = None
        self.breakdown_chart: BreakdownChart | None = None
        layout.addLayout(self._charts, 1)
        self._summary_stale = True
        return tab

    def _build_charts(self) -> None:
        if self.per_year_chart is not None:
            return
        from ui.widgets.casualty_charts import BreakdownChart, PerYearChart

        self.per_year_chart = PerYearChart()
        self.breakdown_chart = BreakdownChart()
        for chart, key in ((self.per_year_chart, "per_year"), (self.breakdown_chart, "breakdown")):
            chart.setMinimumWidth(CHART_MIN_WIDTH)  # the figures beside it wrap instead
            self._charts.addWidget(chart, 1)
            button = QPushButton(self.tr("Save chart as PNG…"))
            button.clicked.connect(lambda _checked=False, key=key: self.save_chart(key))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            self._charts.addLayout(row)

    def refresh_summary(self) -> None:
        self._summary_stale = False
        if self._store is None or not self.year:
            return
        summary = summarise(self._store, self.year)
        # Of the whole register only the total and the per-year series are shown, not
        # its whole summary (130,000 records: 0.10 s against 0.16 s).
        total = self._store.casualties.count()
        self.figures_box.setTitle(self.tr("Casualties in {year}").format(year=self.year))
        for key, label in self.figure_labels.items():
            value = getattr(summary, key)
            label.setText("—" if value is None else f"{value:,}")
        devices = ", ".join(f"{code_label('device_type', code)} {n:,}"
                            for code, n in summary.device_type.items() if n)
        statuses = ", ".join(f"{code_label('status', code)} {n:,}"
                             for code, n in summary.status.items() if n)
        self.breakdown_label.setText(self.tr("By device: {devices}\nBy status: {statuses}\n"
                                             "Since records began: {total:,}").format(
            devices=devices or "—", statuses=statuses or "—", total=total))
        self.summary = summary
        self._build_charts()
        assert self.per_year_chart is not None and self.breakdown_chart is not None  # built now
        self.per_year_chart.show_years(per_year_counts(self._store))
        self.breakdown_chart.show_summary(summary, by_sex_and_age(self._store, self.year))

    def save_chart(self, key: str, path: Path | None = None) -> Path | None:
        self._build_charts()
        chart = self.per_year_chart if key == "per_year" else self.breakdown_chart
        assert chart is not None  # built just above
        if path is None:
            default = f"casualties-{'per-year' if key == 'per_year' else self.year}.png"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), default,
                                                    self.tr("PNG images (*.png)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            return chart.save_png(path)
        except OSError as error:
            show_error(self, InputError(str(error)), self.tr("Cannot save the chart"))
            return None

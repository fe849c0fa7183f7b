"""Charts of the casualty register (QtCharts): casualties per year, killed and
injured stacked, and a year's breakdown by sex and age, each savable as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter

from cmdesk.casualty_summary import CasualtySummary, YearCounts

KILLED_COLOUR = QColor("#8c2d19")
INJURED_COLOUR = QColor("#e0a040")
AMPUTATION_COLOUR = QColor("#c0632a")


class ChartView(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.bars: dict[str, list[float]] = {}  # set name -> values, as drawn (for tests)
        self.categories: list[str] = []

    def _draw(self, title: str, categories: list[str],
              sets: list[tuple[str, list[int], QColor]]) -> None:
        chart = QChart()
        chart.setTitle(title)
        series = QStackedBarSeries()
        self.bars = {}
        for name, values, colour in sets:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(colour)
            series.append(bar_set)
            self.bars[name] = [float(v) for v in values]
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        if len(categories) > 20:
            axis_x.setLabelsAngle(-90)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        highest = max([sum(col) for col in zip(*[v for _, v, _ in sets])] or [0])
        axis_y.setRange(0, max(highest, 1))
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.categories = categories
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def save_png(self, path: Path) -> Path:
        """Write the chart as it is shown to a PNG file; raises OSError when it cannot."""
        path = Path(path)
        if not self.grab().save(str(path), "PNG"):
            raise OSError(QCoreApplication.translate("CasualtyCharts", "Cannot write {path}.").format(path=path))
        return path


class PerYearChart(ChartView):
    def show_years(self, per_year: tuple[YearCounts, ...]) -> None:
        self._draw(QCoreApplication.translate("CasualtyCharts", "Casualties per year"), [str(y.year) for y in per_year], [
            (QCoreApplication.translate("CasualtyCharts", "Killed"), [y.killed for y in per_year], KILLED_COLOUR),
            (QCoreApplication.translate("CasualtyCharts", "Injured"), [y.injured for y in per_year], INJURED_COLOUR),
        ])


class BreakdownChart(ChartView):
    def show_summary(self, summary: CasualtySummary, by_group: dict[str, dict[str, int]]) -> None:
        """`by_group`: group (men, women, boys, girls, sex_age_unknown) -> killed,
        injured_without_amputation, amputations."""
        groups = ["men", "women", "boys", "girls", "sex_age_unknown"]
        names = [QCoreApplication.translate("CasualtyCharts", "Men"), QCoreApplication.translate("CasualtyCharts", "Women"), QCoreApplication.translate("CasualtyCharts", "Boys"), QCoreApplication.translate("CasualtyCharts", "Girls"), QCoreApplication.translate("CasualtyCharts", "Unknown")]
        self._draw(QCoreApplication.translate("CasualtyCharts", "Casualties in {year} by sex and age").format(year=summary.year), names, [
            (QCoreApplication.translate("CasualtyCharts", "Killed"), [by_group[g]["killed"] for g in groups], KILLED_COLOUR),
            (QCoreApplication.translate("CasualtyCharts", "Injured, no amputation"), [by_group[g]["injured_without_amputation"] for g in groups],
             INJURED_COLOUR),
            (QCoreApplication.translate("CasualtyCharts", "Lost limbs"), [by_group[g]["amputations"] for g in groups], AMPUTATION_COLOUR),
        ])

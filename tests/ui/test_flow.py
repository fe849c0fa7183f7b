"""ui/widgets/flow.py: the bar that starts a new line when the room runs out, and the
heights it remembers for a width until Qt says its widgets changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.flow import FlowLayout


def bar_with(qtbot, *texts: str) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    bar = QWidget()
    flow = FlowLayout(bar)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    qtbot.addWidget(bar)
    bar.show()
    return bar, flow, buttons


def test_the_widgets_take_more_lines_as_the_width_shrinks(qtbot):
    _bar, flow, buttons = bar_with(qtbot, "Mark received…", "Mark checked", "Expected and due…")
    one_line = flow.heightForWidth(flow.sizeHint().width())
    assert one_line == max(b.sizeHint().height() for b in buttons)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.heightForWidth(widest) > 2 * one_line  # one button a line


def test_a_widget_grown_or_hidden_changes_the_height_for_the_same_width(qtbot, qapp):
    _bar, flow, buttons = bar_with(qtbot, "A", "B", "C")
    width = flow.sizeHint().width()
    one_line = flow.heightForWidth(width)
    buttons[0].setText("A much longer text than the bar has room for on its line")
    qapp.processEvents()
    assert flow.heightForWidth(width) > one_line  # remembered for this width, and forgotten
    buttons[0].hide()
    qapp.processEvents()
    assert flow.heightForWidth(width) == one_line
    flow.addWidget(QLabel("A label wider than the width asked about, on a line of its own"))
    qapp.processEvents()  # Qt shows a widget added to a shown bar at the next turn
    assert flow.heightForWidth(width) > one_line


def test_a_bar_over_a_stretched_table_takes_no_height_from_it(qtbot, qapp):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    bar, flow, buttons = bar_with(qtbot, "One", "Two")
    table = QWidget()
    layout.addWidget(bar)
    layout.addWidget(table, 1)
    qtbot.addWidget(holder)
    holder.resize(600, 600)
    holder.show()
    qapp.processEvents()
    assert bar.height() == flow.heightForWidth(bar.width())
    assert table.height() > 400

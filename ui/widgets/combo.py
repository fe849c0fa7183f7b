"""A combo box that may be narrower than its longest choice.

A QComboBox is by default as wide as its longest item, which in Khmer (or with a long
source name) makes a row of them wider than a laptop's window at 125 % scaling. A
`shrinkable` combo box needs room for a few characters only; when narrower than its
choice, the style elides the text, and the tooltip gives it whole. Its list still opens
as wide as its longest item.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QComboBox


def shrinkable(box: QComboBox, characters: int = 10, whole: str = "") -> QComboBox:
    """Let `box` shrink to about `characters` characters, but not below the width of
    `whole` (the text it shows before a choice is made, such as "Killed and
    injured", which a user should never see cut); returns it."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if whole:
        metrics = box.fontMetrics()  # in average characters, the unit Qt's minimum is in
        characters = max(characters, math.ceil(metrics.horizontalAdvance(whole)
                                               / max(1, metrics.averageCharWidth())))
    box.setMinimumContentsLength(characters)

    def show_whole(_index: int = 0) -> None:
        box.setToolTip(box.currentText())
        view = box.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)

    box.currentIndexChanged.connect(show_whole)
    box.model().rowsInserted.connect(lambda *_: show_whole())
    show_whole()
    return box

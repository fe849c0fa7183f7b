"""Qt's values that the window and Overview's review need, as plain ints, and a
call that takes one without an enum.

PySide6 builds the Python enums of the whole Qt namespace (93 classes, ~14 ms here)
the first time a module imports `Qt` from PySide6.QtCore, touches one of its enums,
makes an overloaded call such as `QBrush(QColor)` that tries the Qt-typed overloads,
or has Qt call a Python override whose signature names one (a model's `headerData`,
a layout's `expandingDirections`). The window is drawn, and Overview's review
completed, without any of that (benchmarks/startup.py: painted, settled); the other
pages, opened later, pay it. tests/ui/test_enumless.py checks each value against
Qt's and that Overview's review builds none of those enums.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
BACKGROUND_ROLE = 8
FOREGROUND_ROLE = 9
USER_ROLE = 256

# Qt.TextInteractionFlag.TextSelectableByMouse
TEXT_SELECTABLE_BY_MOUSE = 1


def make_selectable(label: QLabel) -> None:
    """Let the user select `label`'s text with the mouse (to copy a message)."""
    # The property takes the flag as an int; setTextInteractionFlags takes the enum.
    label.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)

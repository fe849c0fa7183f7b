"""A layout that lays its widgets out in a line and starts a new line when the room
runs out: a bar of filters that fits a laptop's window at 125 % scaling (1093x614)
without cutting a text or scrolling sideways, and stays one line on a wider window.
(Qt's own "flow layout" example, which Qt does not ship as a class.)"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

_GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    # No `expandingDirections` override (Qt's example returns none): Qt calling a
    # Python override that returns a Qt.Orientation builds the Qt namespace's enums
    # (ui/enumless.py), and the Overview's returns use this layout. QLayout's default
    # (both directions) lets a bar grow only beside nothing with a stretch factor;
    # each bar here sits above a table added with one.
    # Give it a parent widget (the bar it lays out): PySide does not let a parent layout
    # keep a Python layout alive, and an exception in one of these methods, called by
    # Qt, ends the program.
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks the height for one width many times per layout pass (82 times on the
        # Casualties page's first showing); what Qt invalidates is forgotten.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of every widget."""
        width = sum(item.sizeHint().width() for item in self._items) + self._spacing * max(0, self.count() - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as its widest widget (one a line)."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the widgets line by line within `rect` (when `move`); the height used.
        A widget that may grow (the search box) takes what is left of its line."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            natural = sum(item.sizeHint().width() for item in line) + self._spacing * (len(line) - 1)
            growing = [item for item in line
                       if (widget := item.widget()) is not None
                       and widget.sizePolicy().horizontalPolicy() in _GROWING]
            extra = max(0, area.width() - natural) // len(growing) if growing else 0
            x = area.x()
            for item in line:
                width = min(item.sizeHint().width() + (extra if item in growing else 0), area.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                           QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom() if y > area.y() else 0



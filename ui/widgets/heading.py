"""Headings inside a page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def section_heading(text: str) -> QLabel:
    """A heading for a part of a page: bold, a quarter larger than the body text
    (set as a font, not a style sheet, so it holds whatever the application style)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label

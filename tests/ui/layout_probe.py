"""Finding cut texts: each visible label, button, check box, radio button, group box
title, tab, header, list title and combo box whose text does not fit its widget.

`cut_texts(root)` is used in the tests' own process (tests/ui/test_layout_khmer.py). Run
as a program, this module opens CMDesk on a demo database in one language, shows every
page of the main window (each tab of a page too) and the main dialogs, at the
window's default size and at its minimum size (what a page shows only when scrolled
too), and prints what it found as JSON:

    QT_SCALE_FACTOR=1.25 .venv/bin/python -m tests.ui.layout_probe --lang km [--grab DIR]

A scale factor must be set before the QApplication exists, hence a process per scale
(tests/ui/test_layout_scaling.py runs them). With --grab, each view is saved as PNG.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

ELLIPSIS = "\u2026"
ZWSP = "\u200b"


def _shown(widget: QWidget) -> bool:
    """Visible, and not scrolled or squeezed to nothing."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _text_size(widget: QWidget, text: str) -> tuple[int, int]:
    """Width and height the text's lines need in the widget's font (mnemonics as Qt
    draws them: the '&' not shown)."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextShowMnemonic
    rect = widget.fontMetrics().boundingRect(QRect(0, 0, 100_000, 100_000), int(flags), text)
    return rect.width(), rect.height()


def cut_texts(root: QWidget) -> list[str]:
    """Each visible text under `root` (itself included) that does not fit its widget,
    saying by how much. A text elided on purpose (ending in "…", the whole of it in its
    tooltip) is not cut."""
    cut = []

    def widgets(kind):
        found = root.findChildren(kind)
        return [root, *found] if isinstance(root, kind) else found

    for label in widgets(QLabel):
        text = label.text()
        if not _shown(label) or not text or GuiQt.mightBeRichText(text) or label.pixmap() and not text:
            continue
        if text.endswith(ELLIPSIS) and label.toolTip():
            continue
        has = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                cut.append(f"label {text!r}: needs {needed} px high, has {label.height()}")
            continue
        width, height = _text_size(label, text)
        if width > has.width() + 1 or height > has.height() + 1:
            cut.append(f"label {text!r}: needs {width}x{height}, has {has.width()}x{has.height()}")
    for button in widgets(QAbstractButton):
        if not _shown(button) or not button.text() or isinstance(button.parent(), QTabBar):
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 2:
            cut.append(f"{type(button).__name__} {button.text()!r}: needs {hint.width()}x{hint.height()}, "
                       f"has {button.width()}x{button.height()}")
    for box in widgets(QGroupBox):
        if not _shown(box) or not box.title():
            continue
        width, _ = _text_size(box, box.title())
        indicator = 24 if box.isCheckable() else 0
        if width + indicator + 8 > box.width():
            cut.append(f"group box {box.title()!r}: needs {width + indicator + 8}, has {box.width()}")
    for header in widgets(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
            continue
        for column in range(header.count()):
            text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
            if header.isSectionHidden(column) or not text:
                continue
            needed = header.sectionSizeHint(column)  # the text, its margins, a sort arrow
            if needed > header.sectionSize(column):
                cut.append(f"header {text!r}: needs {needed}, has {header.sectionSize(column)}")
    for table in widgets(QAbstractItemView):
        rows = table.verticalHeader() if isinstance(table, QTableView) else None
        if rows is not None and _shown(table) and rows.defaultSectionSize() < table.fontMetrics().height():
            cut.append(f"rows of {type(table).__name__}: {rows.defaultSectionSize()} px, "
                       f"the font's line is {table.fontMetrics().height()} px")
    for tabs in widgets(QTabBar):
        for index in range(tabs.count() if _shown(tabs) else 0):
            if tabs.tabSizeHint(index).width() > tabs.tabRect(index).width() + 1:
                cut.append(f"tab {tabs.tabText(index)!r}: needs {tabs.tabSizeHint(index).width()}, "
                           f"has {tabs.tabRect(index).width()}")
    for combo in widgets(QComboBox):
        text = combo.currentText()
        if not _shown(combo) or combo.isEditable() or not text:
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        needed = combo.fontMetrics().horizontalAdvance(text)
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4
        if needed > field.width() + 1:
            cut.append(f"combo box {text!r}: needs {needed}, has {field.width()}")
    for titles in widgets(QListWidget):
        if not _shown(titles) or titles.objectName() != "navigation":
            continue
        for row in range(titles.count()):
            text = titles.item(row).text()
            if titles.fontMetrics().horizontalAdvance(text) >= titles.viewport().width():
                cut.append(f"navigation title {text!r}")
    return cut


def settle(app, window: QWidget) -> None:
    """Lay out and paint as a screen would, letting a page finish what it fills in
    after its first paint (Overview's review)."""
    window.grab()
    overview = getattr(window, "pages", {}).get("overview")
    for _ in range(1000):
        if overview is None or (overview.findings is not None and not overview.review_pending):
            break
        app.processEvents()
    window.grab()
    for _ in range(4):
        app.processEvents()


def below_the_fold(app, root: QWidget, seen: list[str]) -> list[str]:
    """The cut texts, not in `seen`, of what `root`'s scroll areas show only when
    scrolled (a page taller than the window: Overview's findings on a laptop), found
    by scrolling each from the top down, a screen at a time (200 at most), then
    back where it was. A scroll area inside another's hidden part is not reached
    (CMDesk has none: the window's holder around Overview's own does not scroll)."""
    found: dict[str, str] = {}
    holders = root.findChildren(QScrollArea)
    for holder in [root, *holders] if isinstance(root, QScrollArea) else holders:
        bar = holder.verticalScrollBar()
        if not _shown(holder) or bar.maximum() == 0:
            continue
        was = bar.value()
        bar.setValue(0)
        for _ in range(200):
            if bar.value() >= bar.maximum():
                break
            bar.setValue(min(bar.maximum(), bar.value() + max(1, bar.pageStep())))
            for _ in range(2):
                app.processEvents()
            for text in cut_texts(root):
                if text not in seen:
                    found.setdefault(text, f"{text} (scrolled down {bar.value()} px)")
        bar.setValue(was)
        app.processEvents()
    return list(found.values())


def main_dialogs(context, year: int, parent: QWidget) -> list:
    """The main dialogs reachable from the menus and the pages' buttons, built as the
    window builds them."""
    from ui.dialogs.casualty import CasualtyDialog
    from ui.dialogs.catalog import CatalogDialog, NewItemDialog
    from ui.dialogs.funding_line import FundingLineDialog
    from ui.dialogs.new_database import NewDatabaseDialog
    from ui.dialogs.provinces import ProvincesDialog
    from ui.dialogs.restore import RestoreDialog
    from ui.dialogs.snapshots import SnapshotsDialog
    from ui.dialogs.who import WhoDialog
    from ui.dialogs.workbooks import WriteWorkbooksDialog

    store, catalog = context.store, context.catalog
    return [
        WhoDialog("tester", parent), NewDatabaseDialog(context.shipped_catalog, parent),
        RestoreDialog(store, parent), CatalogDialog(store, parent), NewItemDialog(store, parent),
        ProvincesDialog(store, context.shipped_catalog, parent), FundingLineDialog(year, None, parent),
        SnapshotsDialog(context, year, parent), WriteWorkbooksDialog(store, year, parent),
        CasualtyDialog(catalog.provinces, lambda province: [], lambda record: [], parent=parent),
    ]


def probe(language: str, grab: Path | None = None) -> dict:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from ui.app import application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import USER_NAME, Settings

    app = application(language)
    views = []
    with tempfile.TemporaryDirectory() as scratch:
        catalog = load_catalog()
        store = create_demo(Path(scratch) / "demo.cmdesk", catalog, "tester")
        settings = Settings(Path(scratch) / "settings.ini")
        settings.set(USER_NAME, "tester")
        window = MainWindow(AppContext(catalog, settings, "tester", store, language=language))
        window.show()
        screen = window.screen()
        default = window.size()
        window.resize(1, 1)  # the layouts' minimum, or the window's if larger
        settle(app, window)
        minimum = window.size()
        sizes = {"default": default, "minimum": minimum}

        room = screen.availableGeometry().size()

        def look(where: str, widget: QWidget, size) -> None:
            settle(app, widget)
            cut = cut_texts(widget)
            cut += below_the_fold(app, widget, cut)
            if size.width() > room.width() or size.height() > room.height():
                cut.append(f"{size.width()}x{size.height()}: larger than the screen's {room.width()}x{room.height()}")
            for holder in widget.findChildren(QScrollArea):
                bar = holder.horizontalScrollBar()
                if _shown(holder) and holder.widgetResizable() and bar.maximum() > 0:
                    cut.append(f"{type(holder.widget()).__name__} scrolls sideways by {bar.maximum()} px")
            views.append({"where": where, "size": [size.width(), size.height()], "cut": cut})
            if grab is not None:
                name = where.replace(" ", "-").replace("/", "-")
                widget.grab().save(str(grab / f"{language}-{name}.png"))

        for size_name, size in sizes.items():
            window.resize(size)
            for key in window.page_keys():
                window.show_page(key)
                page = window.page(key)
                settle(app, window)
                look(f"{key} {size_name}", window, window.size())
                for tabs in page.findChildren(QTabWidget):
                    for index in range(1, tabs.count()):
                        tabs.setCurrentIndex(index)
                        look(f"{key} tab{index} {size_name}", window, window.size())
                    tabs.setCurrentIndex(0)
        window.resize(default)
        for dialog in main_dialogs(window.context, 2024, window):
            name = type(dialog).__name__
            dialog.show()
            settle(app, dialog)
            look(f"{name} default", dialog, dialog.size())
            dialog.resize(1, 1)
            settle(app, dialog)
            look(f"{name} minimum", dialog, dialog.size())
            dialog.close()
        window.close()
        store.close()
    return {"language": language, "scale": os.environ.get("QT_SCALE_FACTOR", "1"),
            "screen": list(screen.availableGeometry().size().toTuple()),
            "window": {name: [s.width(), s.height()] for name, s in sizes.items()}, "views": views}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.layout_probe", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("en", "km"), default="en")
    parser.add_argument("--grab", type=Path, help="save each view as PNG in this folder")
    parser.add_argument("--screen", default="1366x768", help="the screen's size in pixels (default: "
                        "the CMAA laptops'; at 125 %% the window has 1093x614 of it)")
    args = parser.parse_args(argv)
    width, _, height = args.screen.partition("x")
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": int(width), "height": int(height),
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    if args.grab:
        args.grab.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "screen.json"  # the offscreen platform's screens
        config.write_text(json.dumps(screen), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        json.dump(probe(args.lang, args.grab), sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
